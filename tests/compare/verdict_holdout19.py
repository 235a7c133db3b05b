# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A nineteenth set, written on 3 December 2026 (fourth session) before it was ever run: every
kind again in constructions the earlier sets did not use (fronted adverbials, appositive
figures, "according to" before the claim, nominal reports such as "the closure of", reported
speech in the past perfect), and look-alikes that share words and numbers but state two facts.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("failed-to-negation", "negation",
         "Stroke trial\n\nIn a trial of 3,000 patients, the drug reduced the risk of a second stroke, researchers reported on Monday. "
         "The results were published in a medical journal.",
         "Drug trial results\n\nIn a trial of 3,000 patients, the drug failed to reduce the risk of a second stroke, researchers reported on Monday. "
         "The company had hoped to seek approval this year.",
         ("the drug reduced the risk", "the drug failed to reduce the risk")),
    Case("fronted-direction", "direction",
         "Port strike\n\nAfter two days of talks, the dockworkers' union accepted the new pay offer, its leader said on Sunday. "
         "Ships have queued outside the harbour since Thursday.",
         "Dockers' talks\n\nAfter two days of talks, the dockworkers' union rejected the new pay offer, its leader said on Sunday. "
         "More than forty ships are waiting to unload.",
         ("accepted the new pay offer", "rejected the new pay offer")),
    Case("never-negation", "negation",
         "Minister and the report\n\nThe health minister had read the inspectors' report before the vote, her office said. "
         "The report criticised waiting times in three hospitals.",
         "Report row\n\nThe health minister had never read the inspectors' report before the vote, her office said. "
         "Opposition lawmakers called for a debate.",
         ("had read the inspectors' report", "had never read the inspectors' report")),
    # ------------------------------------------------------------------ direction
    Case("exports-direction", "direction",
         "Exports\n\nAccording to the statistics office, car exports dropped 6 percent in the third quarter. "
         "Shipments to Asia made up most of the change.",
         "Car trade\n\nAccording to the statistics office, car exports climbed 6 percent in the third quarter. "
         "The office publishes final figures next month.",
         ("car exports dropped 6 percent", "car exports climbed 6 percent")),
    Case("court-direction", "direction",
         "Appeal\n\nThe appeals court upheld the ban on night flights at Westfield airport on Tuesday. "
         "Residents had campaigned against the flights for years.",
         "Night flights\n\nThe appeals court overturned the ban on night flights at Westfield airport on Tuesday. "
         "Airlines welcomed the ruling.",
         ("upheld the ban on night flights", "overturned the ban on night flights")),
    # ------------------------------------------------------------------ value
    Case("appositive-value", "value",
         "Stadium\n\nThe new stadium, which cost $410 million, opened on Saturday with a sold-out concert. "
         "It seats 42,000 people.",
         "Stadium opens\n\nThe new stadium, which cost $140 million, opened on Saturday with a concert. "
         "Tickets sold out within an hour.",
         ("cost $410 million", "cost $140 million")),
    Case("rate-value", "value",
         "Interest rates\n\nThe central bank raised its main interest rate to 4.5 percent on Thursday. "
         "It was the third rise this year.",
         "Rates up again\n\nThe central bank raised its main interest rate to 5.4 percent on Thursday. "
         "Economists had expected the move.",
         ("to 4.5 percent", "to 5.4 percent")),
    # ------------------------------------------------------------------ count
    Case("rescued-count", "count",
         "Mine rescue\n\nRescuers brought 17 miners to the surface overnight, the mine's owner said. "
         "The shaft flooded on Monday afternoon.",
         "Miners saved\n\nRescuers brought 11 miners to the surface overnight, the mine's owner said. "
         "Water entered the shaft on Monday.",
         ("brought 17 miners", "brought 11 miners")),
    Case("arrests-words-count", "count",
         "Protest\n\nPolice arrested twelve people during the protest outside parliament on Friday. "
         "Several hundred people took part.",
         "Parliament protest\n\nPolice arrested four people during the protest outside parliament on Friday. "
         "The crowd dispersed by evening.",
         ("arrested twelve people", "arrested four people")),
    # ------------------------------------------------------------------ speaker
    Case("quote-after-speaker", "speaker",
         "Factory closure\n\nUnion leader Greta Lind said: \"We will fight this closure in every court in the land.\" "
         "The plant employs 900 people.",
         "Plant to shut\n\nCompany chairman Victor Hale said: \"We will fight this closure in every court in the land.\" "
         "Production ends in June.",
         ("Union leader Greta Lind said", "Company chairman Victor Hale said")),
    # ------------------------------------------------------------------ time
    Case("month-time", "time",
         "Election date\n\nThe prime minister called a general election for May 14, her office said. "
         "Parliament will be dissolved next week.",
         "Snap vote\n\nThe prime minister called a general election for June 14, her office said. "
         "Campaigning starts immediately.",
         ("for May 14", "for June 14"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    # ------------------------------------------------------------------ place
    Case("summit-place", "place",
         "Summit\n\nThe leaders of the two countries will meet in Geneva next month, officials said. "
         "It will be their first meeting in two years.",
         "Leaders to meet\n\nThe leaders of the two countries will meet in Vienna next month, officials said. "
         "Aides are preparing an agenda.",
         ("meet in Geneva", "meet in Vienna")),
    # ------------------------------------------------------------------ roles
    Case("hired-direction", "direction",
         "Coaching change\n\nThe club Lindenau FC hired Jonas Berg as head coach on Monday. "
         "Berg previously coached in the second division.",
         "New coach\n\nThe club Lindenau FC fired Jonas Berg as head coach on Monday. "
         "The club sits bottom of the table.",
         ("hired Jonas Berg", "fired Jonas Berg")),
    Case("takeover-roles", "roles",
         "Bank deal\n\nKessler Bank took over its smaller rival Oaken Trust on Friday, the regulator said. "
         "The combined bank will have 400 branches.",
         "Banks merge\n\nOaken Trust took over its smaller rival Kessler Bank on Friday, the regulator said. "
         "Some branches are expected to close.",
         ("Kessler Bank took over", "Oaken Trust took over")),
    Case("accused-roles", "roles",
         "Trade dispute\n\nMervania accused Loskar of dumping cheap steel on its market, the trade ministry said. "
         "The two countries have argued over steel for years.",
         "Steel row\n\nLoskar accused Mervania of dumping cheap steel on its market, the trade ministry said. "
         "Talks are planned for next month.",
         ("Mervania accused Loskar", "Loskar accused Mervania")),
    # ------------------------------------------------------------------ contents
    Case("ban-contents", "contents",
         "Pesticide ban\n\nThe new law bans three pesticides: atrazine, paraquat and chlorpyrifos, the agriculture ministry said. "
         "Farmers have two years to comply.",
         "Farm law\n\nThe new law bans three pesticides: glyphosate, diquat and dicamba, the agriculture ministry said. "
         "The ban was welcomed by environmental groups.",
         ("atrazine, paraquat and chlorpyrifos", "glyphosate, diquat and dicamba")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("two-results-one-race", None,
         "Mayoral race\n\nIncumbent Rosa Lind won 58 percent of the vote on Sunday. "
         "Turnout was 61 percent.",
         "Mayor re-elected\n\nChallenger Tom Ash took 42 percent of the vote on Sunday. "
         "Turnout was 61 percent, officials said.",
         ("", "")),
    Case("sentence-and-tenure", None,
         "Former mayor charged\n\nIf convicted, the former mayor faces up to 12 years in prison. "
         "He led the city from 2009 to 2021.",
         "Ex-mayor in court\n\nThe former mayor, who served for 12 years, appeared in court on Monday. "
         "He denies the charges.",
         ("", "")),
    Case("paraphrase-approved-passed", None,
         "Budget\n\nLawmakers approved the budget by 61 votes to 40 on Wednesday. "
         "It raises spending on schools.",
         "Budget passes\n\nThe budget passed on Wednesday, 61-40, with more money for schools. "
         "The opposition voted against it.",
         ("", "")),
    Case("rounded-crowd", None,
         "March\n\nAbout 30,000 people marched through the capital on Saturday, police said. "
         "The march was peaceful.",
         "Capital march\n\nPolice said 31,500 people marched through the capital on Saturday. "
         "No arrests were made.",
         ("", "")),
    Case("converted-distance", None,
         "Wildfire\n\nThe fire came within 5 kilometres (3 miles) of the town on Tuesday. "
         "Hundreds of residents were evacuated.",
         "Fire near town\n\nThe fire came within 3 miles of the town on Tuesday. "
         "Evacuation orders were issued.",
         ("", "")),
    Case("year-and-day", None,
         "Bridge\n\nThe bridge reopened on March 3 after repairs. "
         "It had been closed since the floods.",
         "Bridge reopens\n\nThe bridge reopened in March after repairs. "
         "Traffic is expected to return to normal.",
         ("", "")),
    Case("toll-later-hours", None,
         "Storm\n\nThe storm has killed at least 6 people, officials said on Monday morning. "
         "Power is out in much of the coast.",
         "Storm toll rises\n\nThe storm has killed at least 14 people, officials said on Monday evening. "
         "Rescuers are still searching.",
         ("", ""),
         a_published="2025-03-10T08:00:00Z", b_published="2025-03-10T20:00:00Z"),
    Case("two-companies-profits", None,
         "Banks report\n\nNorthway Bank said its profit rose 9 percent in the second quarter. "
         "Its rival Eastfield Bank reported a fall.",
         "Bank results\n\nEastfield Bank said its profit fell 9 percent in the second quarter. "
         "Northway Bank had a better quarter.",
         ("", "")),
    Case("denied-then-pleaded", None,
         "Fraud trial\n\nThe accountant has pleaded not guilty to all charges. "
         "The trial is expected to last a month.",
         "Accountant in court\n\nThe accountant denies all the charges against her. "
         "Her lawyer said she would be cleared.",
         ("", "")),
    Case("part-and-whole-jobs", None,
         "Job cuts\n\nThe carmaker will cut 2,000 jobs worldwide, including 600 in Germany. "
         "The cuts come over two years.",
         "Carmaker cuts\n\nThe carmaker will cut 600 jobs in Germany, a spokesman said. "
         "The company is cutting costs worldwide.",
         ("", "")),
]
