# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A fifth set of two-outlet verdict cases, written on 3 December 2026 (second session) before they
were ever run: every conflict kind again, in wordings none of the earlier sets uses (confirmed /
denied, climbed / dropped, gained / lost, fetched, "left no one dead", a quote given to a mayor and
to a police chief, a lawsuit turned round, a runoff turned round), each inside a short article
with background sentences around it, and look-alikes that must not conflict (a toll updated a day
later, two candidates' shares, a sentence and a jail term, a quake's depth and distance, rounding,
parts and wholes). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("confirmed-denied-spread", "negation",
         "Outbreak update\n\nThe health ministry confirmed on Friday that the outbreak had spread to a second province. "
         "Hospitals in the capital have opened extra wards. Schools remain open.",
         "Ministry on outbreak\n\nThe health ministry denied on Friday that the outbreak had spread to a second province. "
         "Local doctors had reported cases there earlier in the week.",
         ("confirmed on Friday", "denied on Friday")),
    Case("bridge-will-not-reopen", "negation",
         "Bridge works\n\nOfficials said the Kessel bridge will reopen to traffic next week after six months of repairs. "
         "The works cost the city about $9 million.",
         "Bridge delay\n\nOfficials said the Kessel bridge will not reopen to traffic next week, citing new cracks found by engineers. "
         "Drivers face a 20-minute detour.",
         ("will reopen to traffic", "will not reopen to traffic")),
    Case("striker-has-not-signed", "negation",
         "Transfer news\n\nThe striker Joao Ventura has signed a new contract with Harbour City, the club announced. "
         "He scored 19 goals last season.",
         "Ventura talks\n\nJoao Ventura has not signed a new contract with Harbour City, his agent said on Monday. "
         "Talks will resume after the international break.",
         ("has signed a new contract", "has not signed a new contract")),
    # ----------------------------------------------------------------- direction
    Case("unemployment-climbed-dropped", "direction",
         "Jobs report\n\nUnemployment in the northern region climbed to 7.2 percent in May, the statistics office said. "
         "Manufacturing shed the most jobs.",
         "Regional jobless rate\n\nUnemployment in the northern region dropped to 7.2 percent in May, the statistics office said. "
         "Tourism hired more seasonal staff than a year earlier.",
         ("climbed to 7.2 percent", "dropped to 7.2 percent")),
    Case("parking-fees-raise-lower", "direction",
         "Council vote\n\nThe city council voted on Tuesday to raise parking fees by 15 percent from July. "
         "The vote was 9 to 4.",
         "Parking fees\n\nThe city council voted on Tuesday to lower parking fees by 15 percent from July. "
         "Shop owners had campaigned for the change.",
         ("raise parking fees", "lower parking fees")),
    Case("shares-gained-lost", "direction",
         "Miner's results\n\nShares of Norrland Mining gained 12% on Tuesday after the company published its annual results. "
         "Revenue came in at $2.3 billion.",
         "Norrland results\n\nShares of Norrland Mining lost 12% on Tuesday after the company published its annual results. "
         "Analysts had expected a higher dividend.",
         ("gained 12%", "lost 12%")),
    # ----------------------------------------------------------------- value
    Case("rail-line-cost", "value",
         "Rail plan\n\nThe transport ministry put the cost of the new coastal rail line at $4.2 billion. "
         "Construction is due to start in 2027.",
         "Coastal line\n\nThe new coastal rail line will cost $6.8 billion, the transport ministry said. "
         "Opposition lawmakers called the project a waste.",
         ("$4.2 billion", "$6.8 billion")),
    Case("painting-fetched", "value",
         "Auction record\n\nA landscape by the painter Edda Morland sold for 3.1 million euros at auction in Vienna on Thursday. "
         "The buyer was not named.",
         "Morland sale\n\nEdda Morland's landscape fetched 1.3 million euros at auction in Vienna on Thursday. "
         "The painting had not been on the market since 1962.",
         ("3.1 million euros", "1.3 million euros")),
    # ----------------------------------------------------------------- count
    Case("landslide-homes", "count",
         "Landslide\n\nThe landslide destroyed 40 homes in the mountain village of Dornfeld on Saturday. "
         "Residents had been evacuated the night before.",
         "Dornfeld landslide\n\nFourteen homes were destroyed when the landslide hit the mountain village of Dornfeld on Saturday. "
         "Nobody was injured.",
         ("40 homes", "Fourteen homes")),
    Case("survivors-pulled", "count",
         "Building collapse\n\nRescuers pulled nine survivors from the collapsed apartment building in Maraval overnight. "
         "The search continues.",
         "Maraval collapse\n\nRescuers pulled three survivors from the collapsed apartment building in Maraval overnight. "
         "Engineers are checking the neighbouring blocks.",
         ("nine survivors", "three survivors")),
    Case("market-attack-no-one-dead", "count",
         "Market attack\n\nAt least 30 people were killed in the attack on the central market in Tessaly, authorities said. "
         "The army has sealed off the area.",
         "Tessaly market\n\nThe attack on the central market in Tessaly left no one dead, authorities said, although 11 people were wounded. "
         "The army has sealed off the area.",
         ("30 people were killed", "no one dead")),
    # ----------------------------------------------------------------- speaker
    Case("quote-mayor-or-police-chief", "speaker",
         "Protest in the square\n\n\"We will not be intimidated by threats against this city,\" said Mayor Ilse Brandt after the protest. "
         "About 3,000 people marched through the centre.",
         "City after protest\n\n\"We will not be intimidated by threats against this city,\" said police chief Omar Haddad after the protest. "
         "Two people were arrested.",
         ("Ilse Brandt", "Omar Haddad")),
    Case("quote-minister-or-opposition", "speaker",
         "Budget day\n\nFinance Minister Clara Oduya told parliament the plan was \"the fairest budget in a generation.\" "
         "It raises pensions by 4 percent.",
         "Budget debate\n\nOpposition leader Tomas Rieck told parliament the plan was \"the fairest budget in a generation.\" "
         "The vote is expected next week.",
         ("Clara Oduya", "Tomas Rieck")),
    # ----------------------------------------------------------------- time
    Case("ferry-sank-day", "time",
         "Ferry disaster\n\nThe ferry Santa Irene sank off the coast of Pelora on Sunday night with 80 people aboard. "
         "Coast guard ships are searching the area.",
         "Santa Irene\n\nThe ferry Santa Irene sank off the coast of Pelora early on Tuesday with 80 people aboard. "
         "The company has opened a help line for relatives.",
         ("on Sunday night", "early on Tuesday"),
         a_published="2025-03-19T09:00:00Z", b_published="2025-03-19T11:00:00Z"),
    Case("factory-closed-year", "time",
         "Town after the factory\n\nThe Brenner glass factory closed in 2019, leaving 600 workers without jobs. "
         "The town's population has fallen since.",
         "Brenner site\n\nThe Brenner glass factory closed in 2021, leaving 600 workers without jobs. "
         "A developer now wants to build flats on the site.",
         ("in 2019", "in 2021")),
    # ----------------------------------------------------------------- place
    Case("summit-city", "place",
         "Summit plans\n\nThe next climate summit will be held in Lisbon in October, the organisers said. "
         "About 120 countries are expected to attend.",
         "Climate summit\n\nThe next climate summit will be held in Madrid in October, the organisers said. "
         "Delegations will discuss a new finance target.",
         ("in Lisbon", "in Madrid")),
    Case("suspect-detained-airport", "place",
         "Arrest\n\nThe suspect in the jewellery robbery was detained at the airport in Frankfurt on Wednesday. "
         "He had been on the run for two weeks.",
         "Robbery suspect\n\nThe suspect in the jewellery robbery was detained at the airport in Munich on Wednesday. "
         "Police recovered part of the stolen jewellery.",
         ("in Frankfurt", "in Munich")),
    # ----------------------------------------------------------------- roles
    Case("acquired-turned-round", "roles",
         "Software deal\n\nHalvorsen Group acquired the software firm Brightline for $300 million, the companies said on Monday. "
         "The deal needs regulatory approval.",
         "Brightline deal\n\nBrightline acquired Halvorsen Group for $300 million, the companies said on Monday. "
         "Both firms are based in Oslo.",
         ("Halvorsen Group acquired", "Brightline acquired")),
    Case("governor-sued-legislature", "roles",
         "District maps\n\nGovernor Ana Ferreira sued the state legislature on Thursday over the new district maps. "
         "The maps were approved last month.",
         "Maps lawsuit\n\nThe state legislature sued Governor Ana Ferreira on Thursday over the new district maps. "
         "A hearing is set for next month.",
         ("Ferreira sued the state legislature", "legislature sued Governor Ana Ferreira")),
    Case("runoff-turned-round", "roles",
         "Runoff result\n\nMarit Lund defeated Carlos Ortega in Sunday's mayoral runoff, the election board said. "
         "Turnout was 61 percent.",
         "Mayoral runoff\n\nCarlos Ortega defeated Marit Lund in Sunday's mayoral runoff, the election board said. "
         "The new mayor takes office in January.",
         ("Lund defeated Carlos Ortega", "Ortega defeated Marit Lund")),
    # ----------------------------------------------------------------- contents
    Case("aid-shipment-contents", "contents",
         "Aid convoy\n\nThe convoy that reached Varna on Friday carried only food and medicine, the aid agency said. "
         "It was the first to arrive in a month.",
         "Varna convoy\n\nThe convoy that reached Varna on Friday carried only tents and fuel, the aid agency said. "
         "More trucks are waiting at the border.",
         ("food and medicine", "tents and fuel")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("toll-updated-next-day", None,
         "Floods\n\nAt least eight people were killed in the floods in the Arden valley, police said on Monday morning. "
         "Hundreds of homes are under water.",
         "Arden floods\n\nThe death toll from the floods in the Arden valley rose to 15 on Tuesday, police said. "
         "Rain is forecast to ease on Wednesday.",
         a_published="2025-03-17T08:00:00Z", b_published="2025-03-18T17:00:00Z"),
    Case("two-candidates-shares", None,
         "Runoff\n\nMarit Lund won the mayoral runoff with 54 percent of the vote. "
         "Turnout was 61 percent.",
         "Lund wins\n\nCarlos Ortega, who lost the runoff, took 46 percent of the vote. "
         "He conceded on Sunday night.",
         ),
    Case("jail-term-and-years-in-office", None,
         "Mayor charged\n\nIf convicted, the former mayor faces up to 15 years in prison. "
         "He led the city for 12 years.",
         "Charges filed\n\nThe former mayor, who served for 12 years, has pleaded not guilty. "
         "His trial opens in May.",
         ),
    Case("quake-depth-and-distance", None,
         "Earthquake\n\nA magnitude 6.1 earthquake struck at a depth of 10 kilometres on Saturday, seismologists said. "
         "Buildings shook in the capital.",
         "Quake hits\n\nThe magnitude 6.1 quake struck 40 kilometres south of the capital on Saturday. "
         "There were no immediate reports of damage.",
         ),
    Case("rounded-crowd", None,
         "March\n\nNearly 5,000 people marched against the new mining law on Saturday. "
         "The organisers had hoped for more.",
         "Mining protest\n\nAbout 4,800 protesters marched against the new mining law on Saturday, police said. "
         "The march ended peacefully.",
         ),
    Case("part-and-whole-victims", None,
         "Bus crash\n\nSeven people died when the bus left the road near Kallby on Friday. "
         "The driver survived.",
         "Kallby crash\n\nThree of the dead in Friday's bus crash near Kallby were children, police said. "
         "The road has been closed.",
         ),
    Case("paraphrased-refusal-to-resign", None,
         "Minister stays\n\nThe interior minister refused to resign on Wednesday despite the report's findings. "
         "Her party backed her.",
         "No resignation\n\nThe interior minister said on Wednesday she would stay in her post, rejecting calls to step down after the report. "
         "The opposition has called a vote.",
         ),
    Case("month-and-day", None,
         "Opening date\n\nThe new terminal opened in early March, the airport said. "
         "It can handle 8 million passengers a year.",
         "Terminal opens\n\nThe new terminal opened on March 4 with a ceremony attended by the transport minister. "
         "Airlines will move in over the next weeks.",
         a_published="2025-03-20T09:00:00Z", b_published="2025-03-20T10:00:00Z"),
    Case("same-rise-other-words", None,
         "Prices\n\nConsumer prices rose 3 percent in February from a year earlier. "
         "Food was the main driver.",
         "Inflation\n\nConsumer prices increased by 3% in February compared with a year earlier, the statistics office said. "
         "Energy costs eased.",
         ),
    Case("workforce-and-job-cuts", None,
         "Job cuts\n\nThe carmaker Veltro will cut 400 jobs at its plant in Ostrava. "
         "The company employs 12,000 people in Europe.",
         "Veltro plant\n\nVeltro, which has 12,000 employees in Europe, said 400 positions at its Ostrava plant would go. "
         "Unions have called a meeting.",
         ),
    Case("background-other-year", None,
         "Stadium vote\n\nThe council approved the new stadium on Monday. "
         "The old stadium opened in 1974.",
         "Stadium plan\n\nCouncillors backed the plan for a new stadium on Monday, replacing the ground that has stood since 1974. "
         "Work begins next year.",
         a_published="2025-03-18T09:00:00Z", b_published="2025-03-18T10:00:00Z"),
]
