# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""Two-outlet cases for verdicts, written by hand before any tuning (none from ../shared).

Each case is two short articles on one event. A conflict case plants one
conflict of a known kind: `planted` holds a fragment of each outlet's conflicting
sentence, and the case passes when a `differs` claim of that kind holds both.
A no-conflict case (`kind` None) holds heavy paraphrase, granularity ("about
200,000" / "200,000", "in March" / "on March 3"), unit conversions, ranges,
parts and wholes, and same-topic background: it passes when nothing `differs`.
The cases are invented; names and places are fictional or generic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    name: str
    kind: str | None  # the planted conflict's kind, or None: nothing may differ
    a: str  # outlet A's article: first line the headline, then the body
    b: str
    planted: tuple[str, str] = ("", "")
    a_published: str = "2025-03-14T09:00:00Z"
    b_published: str = "2025-03-14T10:00:00Z"


CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("acquisition-negated", "negation",
         "Harbor Foods in takeover talks\n\nHarbor Foods will buy the regional bakery chain Crumb & Co, the company said on Thursday. "
         "The grocer has expanded quickly across the north of the country. Analysts expect more deals in the sector.",
         "Grocer rules out bakery deal\n\nHarbor Foods will not buy the regional bakery chain Crumb & Co, the company said on Thursday. "
         "The grocer has grown fast in northern towns over the past decade. Its shares were flat in early trading.",
         ("will buy the regional bakery", "will not buy the regional bakery")),
    Case("hoax-negated", "negation",
         "Viral video of flooded airport\n\nThe video of a flooded runway that spread on social media is a hoax, airport officials said. "
         "The clip was shared more than a million times over the weekend. Officials urged people to check sources.",
         "Airport flood video\n\nThe video of a flooded runway that spread on social media is not a hoax, airport officials said. "
         "The clip was viewed widely on Saturday and Sunday. Heavy rain hit the region late on Friday.",
         ("is a hoax", "is not a hoax")),
    Case("resign-negated", "negation",
         "Party leader and the treasurer\n\nThe party leader will ask the treasurer to resign over the missing funds, aides said. "
         "An audit found gaps in the accounts for two years. The treasurer has held the post since 2019.",
         "Leader backs treasurer\n\nThe party leader is not going to ask the treasurer to resign over the missing funds, aides said. "
         "Auditors reported gaps in two years of accounts. The treasurer was appointed six years ago.",
         ("will ask the treasurer to resign", "not going to ask the treasurer")),
    Case("vaccine-approval-denied", "negation",
         "Regulator and the new vaccine\n\nThe national health regulator approved the new malaria vaccine for children on Monday. "
         "Trials ran in four countries over three years. The vaccine is given in three doses.",
         "Malaria shot decision\n\nThe national health regulator did not approve the new malaria vaccine for children on Monday. "
         "The trials took place in four countries. Doctors had hoped for a quick decision.",
         ("approved the new malaria vaccine", "did not approve the new malaria vaccine")),
    Case("attend-summit-negated", "negation",
         "Summit guest list\n\nPresident Alvarez attended the regional trade summit in the capital on Tuesday. "
         "Leaders discussed tariffs and port fees. The summit ends on Wednesday.",
         "Trade summit opens\n\nPresident Alvarez did not attend the regional trade summit in the capital on Tuesday. "
         "Ministers talked about tariffs and shipping costs. The meeting closes on Wednesday.",
         ("attended the regional trade summit", "did not attend the regional trade summit")),
    # ----------------------------------------------------------------- direction
    Case("sales-rose-fell", "direction",
         "Retailer results\n\nSales at Northwind Stores rose 8 percent in the third quarter, the company said. "
         "The chain operates 300 shops. Its chief executive called the quarter demanding.",
         "Northwind quarter\n\nSales at Northwind Stores fell 8 percent in the third quarter, the company said. "
         "The retailer runs about 300 outlets. Management described trading as tough.",
         ("rose 8 percent", "fell 8 percent")),
    Case("vote-won-lost", "direction",
         "Council vote on stadium\n\nThe mayor won the council vote on the new stadium late on Wednesday. "
         "The project would cost the city millions. Residents packed the public gallery.",
         "Stadium plan vote\n\nThe mayor lost the council vote on the new stadium late on Wednesday. "
         "The plan has divided the city for months. The gallery was full of residents.",
         ("won the council vote", "lost the council vote")),
    Case("permit-approved-rejected", "direction",
         "Mine permit decision\n\nThe environment agency approved the permit for the copper mine near the river on Friday. "
         "Local farmers had campaigned for a year. The company plans to hire 400 workers.",
         "Decision on copper mine\n\nThe environment agency rejected the permit for the copper mine near the river on Friday. "
         "Farmers in the valley campaigned against the mine. The firm had promised hundreds of jobs.",
         ("approved the permit", "rejected the permit")),
    Case("budget-increased-cut", "direction",
         "School budget\n\nThe province increased its spending on school meals by 12 percent this year. "
         "The programme feeds about 90,000 pupils. Teachers unions welcomed the debate.",
         "Provincial budget\n\nThe province cut its spending on school meals by 12 percent this year. "
         "Around 90,000 pupils receive the meals. The opposition called for a review.",
         ("increased its spending", "cut its spending")),
    Case("rates-raised-lowered", "direction",
         "Central bank decision\n\nThe central bank raised its main interest rate by a quarter point on Thursday. "
         "Inflation has stayed above target for a year. The next meeting is in June.",
         "Bank moves rates\n\nThe central bank lowered its main interest rate by a quarter point on Thursday. "
         "Prices have risen faster than the target for twelve months. Policymakers meet again in June.",
         ("raised its main interest rate", "lowered its main interest rate")),
    # --------------------------------------------------------------------- value
    Case("toll-put-at", "count",
         "Bus crash in the hills\n\nOfficials put the death toll at 15 after a bus left a mountain road on Sunday. "
         "The bus was carrying pilgrims to a shrine. Rescue teams worked through the night.",
         "Mountain bus crash\n\nOfficials put the death toll at 12 after a bus left a mountain road on Sunday. "
         "Pilgrims were on their way to a shrine. Rescuers searched the valley overnight.",
         ("death toll at 15", "death toll at 12"), "2025-03-14T09:00:00Z", "2025-03-14T09:30:00Z"),
    Case("quake-magnitude", "value",
         "Quake shakes coastal towns\n\nA magnitude-5.6 earthquake struck off the coast early on Saturday, the geological survey said. "
         "Buildings swayed in the port city. There were no immediate reports of damage.",
         "Earthquake off the coast\n\nA magnitude 6.1 earthquake struck off the coast early on Saturday, the geological survey said. "
         "Residents in the port city felt strong shaking. No damage was reported at first.",
         ("5.6", "6.1")),
    Case("contract-value", "value",
         "Rail contract signed\n\nThe transport ministry signed a $340 million contract for new commuter trains. "
         "The trains will enter service in 2027. The ministry said the order was the largest in a decade.",
         "Train order\n\nThe transport ministry signed a $430 million contract for new commuter trains. "
         "Service is due to start in 2027. Officials called it the biggest order in ten years.",
         ("$340 million", "$430 million")),
    Case("unemployment-percent", "value",
         "Jobs figures\n\nThe unemployment rate fell to 4.2 percent in May, the statistics office said. "
         "Hiring was strongest in construction. Wages grew more slowly.",
         "Jobless rate\n\nThe unemployment rate fell to 4.7 percent in May, the statistics office said. "
         "Construction firms hired the most workers. Pay growth slowed.",
         ("4.2 percent", "4.7 percent")),
    # --------------------------------------------------------------------- count
    Case("killed-vs-none", "count",
         "Factory fire\n\nTwelve workers were killed in a fire at a textile factory on the edge of the city on Monday. "
         "Firefighters fought the blaze for six hours. The cause is under investigation.",
         "Blaze at textile plant\n\nThere were no casualties in a fire at a textile factory on the edge of the city on Monday. "
         "Crews battled the flames for six hours. Investigators are looking into the cause.",
         ("Twelve workers were killed", "no casualties")),
    Case("arrests-count", "count",
         "Protest in the square\n\nPolice arrested 40 people during the protest in the main square on Saturday. "
         "Thousands marched against the new fuel tax. The government has defended the tax.",
         "Fuel tax march\n\nPolice arrested 14 people during the protest in the main square on Saturday. "
         "Crowds rallied against the fuel levy. Ministers say the levy is needed.",
         ("arrested 40 people", "arrested 14 people")),
    Case("bombs-part", "count",
         "Unexploded bombs found\n\nArmy engineers defused seven bombs found on the building site on Tuesday. "
         "The site was a rail yard during the war. Nearby homes were evacuated.",
         "Wartime bombs\n\nArmy engineers defused nine bombs found on the building site on Tuesday. "
         "The land was a rail depot during the war. Families nearby left their homes for the day.",
         ("defused seven bombs", "defused nine bombs")),
    Case("toll-five-24", "count",
         "Landslide in the valley\n\nFive people died when a landslide buried homes in the valley on Wednesday. "
         "Heavy rain had fallen for three days. Roads into the area are blocked.",
         "Valley landslide\n\nTwenty-four people died when a landslide buried homes in the valley on Wednesday. "
         "It had rained for three days straight. Access roads remain closed.",
         ("Five people died", "Twenty-four people died"), "2025-03-14T09:00:00Z", "2025-03-14T09:20:00Z"),
    # ------------------------------------------------------------------- speaker
    Case("quote-two-speakers", "speaker",
         "Strike talks\n\n\"We are closer than ever to a deal,\" said union leader Maria Keller after the talks on Monday. "
         "The strike has closed ports for a week. Both sides meet again on Thursday.",
         "Port strike\n\n\"We are closer than ever to a deal,\" said employers' negotiator Tom Brandt after the talks on Monday. "
         "Ports have been shut for seven days. Negotiations resume on Thursday.",
         ("Maria Keller", "Tom Brandt")),
    Case("quote-minister-spokesman", "speaker",
         "Bridge inspection\n\n\"The bridge is safe and will stay open,\" Transport Minister Jan Novak said on Tuesday. "
         "Cracks were found in two supports last month. Engineers inspected it over the weekend.",
         "Bridge stays open\n\n\"The bridge is safe and will stay open,\" city spokesman Petr Horak said on Tuesday. "
         "Inspectors found cracks in two supports in February. Engineers checked the structure on Sunday.",
         ("Jan Novak", "Petr Horak")),
    Case("quote-coach-player", "speaker",
         "Cup final\n\n\"We deserved to win tonight,\" said coach Luis Ortega after the final. "
         "The match went to extra time. Fans celebrated in the streets.",
         "Final reaction\n\n\"We deserved to win tonight,\" said captain Diego Ramos after the final. "
         "The game needed extra time. Supporters filled the streets afterwards.",
         ("Luis Ortega", "Diego Ramos")),
    # ---------------------------------------------------------------------- time
    Case("led-since-year", "time",
         "Party conference\n\nKowalski has led the Farmers Party since 2011. "
         "The party holds 14 seats in parliament. Its conference opens on Friday.",
         "Farmers Party gathers\n\nKowalski has led the Farmers Party since 2014. "
         "The party has 14 members of parliament. Delegates meet on Friday.",
         ("since 2011", "since 2014")),
    Case("signed-on-day", "time",
         "Ceasefire signed\n\nThe two militias signed the ceasefire on March 3 in the border town. "
         "Mediators had worked on the text for weeks. Fighting had displaced thousands.",
         "Border ceasefire\n\nThe two militias signed the ceasefire on March 9 in the border town. "
         "The mediators spent weeks on the draft. Thousands had fled the fighting.",
         ("on March 3", "on March 9")),
    Case("opened-in-year", "time",
         "Museum anniversary\n\nThe city museum opened in 1984 in a former customs house. "
         "It holds a large collection of maps. A new wing is planned.",
         "Museum plans\n\nThe city museum opened in 1992 in a former customs house. "
         "Its map collection is one of the largest in the region. The museum wants a new wing.",
         ("opened in 1984", "opened in 1992")),
    # --------------------------------------------------------------------- place
    Case("arrested-in-city", "place",
         "Fraud suspect held\n\nThe former bank manager was arrested in Lyon on Tuesday, prosecutors said. "
         "He is accused of taking money from clients. His lawyer declined to comment.",
         "Banker detained\n\nThe former bank manager was arrested in Marseille on Tuesday, prosecutors said. "
         "Clients say he took their savings. His lawyer did not respond.",
         ("arrested in Lyon", "arrested in Marseille")),
    Case("rally-held-in", "place",
         "Campaign rally\n\nThe senator held her first campaign rally in Denver on Saturday. "
         "She is running on a promise to cut housing costs. Polls show a close race.",
         "Senator launches campaign\n\nThe senator held her first campaign rally in Phoenix on Saturday. "
         "Housing costs are at the centre of her campaign. The race is tight in polls.",
         ("in Denver", "in Phoenix")),
    Case("plant-built-in", "place",
         "Battery plant\n\nThe carmaker will build its new battery plant in Ohio, the company announced. "
         "The plant will employ 2,000 people. Production is due to start in 2028.",
         "Carmaker picks site\n\nThe carmaker will build its new battery plant in Georgia, the company announced. "
         "About 2,000 jobs are expected. Output should begin in 2028.",
         ("in Ohio", "in Georgia")),
    # --------------------------------------------------------------------- roles
    Case("sued-reversed", "roles",
         "Lawsuit over patents\n\nQuantix sued Brightline over a patent for battery cooling, court papers show. "
         "The two firms were partners until last year. The case was filed in a federal court.",
         "Patent fight\n\nBrightline filed a lawsuit against Quantix over a patent for battery cooling, court papers show. "
         "The companies ended a partnership last year. The suit was filed in federal court.",
         ("Quantix sued Brightline", "Brightline filed a lawsuit against Quantix")),
    Case("defeated-reversed", "roles",
         "Chess final\n\nPetrova defeated Lindqvist in the final of the national chess championship on Sunday. "
         "The final lasted five hours. It was the first final for both players.",
         "Chess championship\n\nLindqvist defeated Petrova in the final of the national chess championship on Sunday. "
         "The deciding game took five hours. Neither had reached a final before.",
         ("Petrova defeated Lindqvist", "Lindqvist defeated Petrova")),
    Case("acquired-reversed", "roles",
         "Software merger\n\nOrbitel acquired Castellan Systems in a deal announced on Monday. "
         "Both firms make billing software. The deal needs regulatory approval.",
         "Billing software deal\n\nCastellan Systems acquired Orbitel in a deal announced on Monday. "
         "The two companies sell billing software. Regulators must approve the deal.",
         ("Orbitel acquired Castellan", "Castellan Systems acquired Orbitel")),
    Case("winner-different-person", "roles",
         "Mayoral election\n\nIrene Vasquez won the mayoral election on Sunday with a clear lead. "
         "Turnout was the highest in twenty years. The new mayor takes office in June.",
         "City elects mayor\n\nPaolo Benetti won the mayoral election on Sunday with a clear lead. "
         "Turnout was the highest in two decades. The winner will take office in June.",
         ("Irene Vasquez won", "Paolo Benetti won")),
    # ------------------------------------------------------------------ contents
    Case("deal-contents", "contents",
         "Arms package\n\nThe defence package includes Falcon drones and Ranger armoured vehicles, the ministry said. "
         "The package is worth $2 billion. Deliveries start next year.",
         "Defence deal\n\nThe defence package includes Harrier missiles and Sentinel radars, the ministry said. "
         "It is valued at $2 billion. The first deliveries are due next year.",
         ("Falcon drones", "Harrier missiles")),
    Case("aid-contents", "contents",
         "Aid convoy\n\nThe aid convoy carried tents, blankets and water filters to the flooded district. "
         "Twenty lorries left the capital at dawn. The road was damaged in places.",
         "Convoy reaches district\n\nThe aid convoy carried rice, cooking oil and baby formula to the flooded district. "
         "Twenty trucks set off from the capital early in the morning. Parts of the road were damaged.",
         ("tents, blankets", "rice, cooking oil")),
    Case("team-contents", "contents",
         "Squad named\n\nThe coach's squad for the tournament includes Moreno, Castillo and Ferreira. "
         "The tournament starts in July. The team trains in the mountains.",
         "Tournament squad\n\nThe coach's squad for the tournament includes Quintero, Salas and Obregon. "
         "The competition begins in July. Training will be held at altitude.",
         ("Moreno, Castillo", "Quintero, Salas")),
    # ---------------------------------------------------------- no conflict
    Case("paraphrase-plea", None,
         "Former official in court\n\nFormer deputy mayor Anton Brandl has pleaded not guilty to bribery. "
         "The trial is set for autumn.",
         "Bribery case\n\nAnton Brandl, a former deputy mayor, has denied the bribery charge. "
         "A trial is expected in the autumn."),
    Case("approx-count", None,
         "Troops at the border\n\nAbout 200,000 troops are massed near the border, officials said. "
         "Satellite images show new field hospitals.",
         "Border build-up\n\nOfficials said 200,000 troops are gathered near the border. "
         "New field hospitals can be seen in satellite pictures."),
    Case("month-vs-day", None,
         "Trade pact\n\nThe two countries signed the trade pact in March after two years of talks. "
         "Tariffs on grain will fall first.",
         "Grain tariffs\n\nThe two countries signed the trade pact on March 3 after two years of talks. "
         "Grain tariffs will be the first to fall."),
    Case("unit-conversion", None,
         "Storm approaches\n\nThe storm was 10 miles (16 kilometers) off the coast on Tuesday night. "
         "Schools were closed.",
         "Coastal storm\n\nThe storm was about 16 kilometres off the coast on Tuesday night. "
         "Schools shut for the day."),
    Case("lower-bound", None,
         "Jewellery theft\n\nThieves took jewellery worth more than $250,000 from the shop. "
         "Police are studying camera footage.",
         "Shop robbed\n\nThieves took jewellery worth $250,000 from the shop. "
         "Detectives are reviewing the footage."),
    Case("range-vs-value", None,
         "Wildfire spreads\n\nBetween 300 and 400 homes were destroyed by the wildfire. "
         "Firefighters expect rain on Friday.",
         "Fire destroys homes\n\nThe wildfire destroyed 350 homes. "
         "Rain is forecast for Friday."),
    Case("two-candidates-shares", None,
         "Runoff result\n\nGarcia won the runoff with 54% of the vote. "
         "Turnout was 61 percent.",
         "Runoff count\n\nHer opponent, Lindholm, received 46% of the vote in the runoff. "
         "Turnout stood at 61 percent."),
    Case("budget-vs-deficit", None,
         "City budget\n\nThe council passed a $61bn budget for next year. "
         "The mayor called it responsible.",
         "Council vote\n\nThe budget leaves a deficit of $2.1bn, the council's auditors said. "
         "The mayor defended the plan."),
    Case("sentence-vs-tenure", None,
         "Official charged\n\nIf convicted, the former governor faces up to 20 years in prison. "
         "He denies wrongdoing.",
         "Governor charged\n\nThe former governor held the post for 14 years before stepping down. "
         "He says he did nothing wrong."),
    Case("depth-vs-distance", None,
         "Quake depth\n\nThe quake struck at a depth of 10 kilometres, the survey said. "
         "Houses were damaged in two villages.",
         "Quake location\n\nThe quake's epicentre was 40 kilometres from the town of Ostrava, the survey said. "
         "Two villages reported damaged homes."),
    Case("part-whole", None,
         "Bomb disposal\n\nEngineers found twelve bombs on the site. "
         "Five of the bombs were still live.",
         "Site cleared\n\nFive bombs on the site were still live, engineers said. "
         "The site was cleared by evening."),
    Case("toll-changed-over-time", None,
         "Ferry sinking\n\nAt least 8 people died when a ferry sank in the bay, officials said on Monday morning. "
         "Divers are searching the wreck.",
         "Ferry disaster\n\nAt least 19 people died when a ferry sank in the bay, officials said on Monday evening. "
         "Divers recovered more bodies during the day.",
         ("", ""), "2025-03-14T07:00:00Z", "2025-03-14T19:30:00Z"),
    Case("same-topic-background", None,
         "Election campaign\n\nThe prime minister promised lower taxes at a rally in the north. "
         "The election is in June.",
         "Campaign trail\n\nThe opposition leader promised more spending on hospitals at a rally in the south. "
         "Voters go to the polls in June."),
    Case("paraphrase-direction-synonyms", None,
         "Exports climb\n\nExports rose 5 percent in April, the customs office said. "
         "Car shipments led the gains.",
         "Trade data\n\nExports increased by 5 percent in April, according to the customs office. "
         "Shipments of cars drove the increase."),
    Case("double-negative-paraphrase", None,
         "Minister stays\n\nThe minister will not resign, her office said. "
         "She faces questions over a contract.",
         "Minister rejects calls\n\nThe minister refused to step down, her office said. "
         "Questions remain over a contract."),
    Case("rounding-money", None,
         "Stadium cost\n\nThe stadium cost $1.02 billion to build. "
         "It opened in August.",
         "New arena\n\nThe $1bn stadium opened in August. "
         "Construction took three years."),
    Case("metric-percent-points", None,
         "Poll lead\n\nThe governor leads her rival by 6 points, a new poll shows. "
         "The poll surveyed 1,000 voters.",
         "Latest poll\n\nA survey of about 1,000 voters puts the governor ahead of her rival by six points. "
         "The election is in November."),
    Case("same-speaker-different-name-form", None,
         "Central bank chief\n\n\"Inflation is falling faster than we expected,\" said Governor Helena Lindqvist. "
         "Rates are unchanged.",
         "Bank holds rates\n\n\"Inflation is falling faster than we expected,\" Lindqvist told reporters. "
         "The bank kept rates on hold."),
    Case("different-facts-same-numbers", None,
         "School report\n\nThe district has 40 schools and plans to open two more. "
         "Enrolment is rising.",
         "District plans\n\nThe district hired 40 teachers this autumn. "
         "More pupils are enrolling every year."),
    Case("place-containment", None,
         "Tech summit\n\nThe technology summit was held in San Francisco on Thursday. "
         "Hundreds of start-ups attended.",
         "Summit in California\n\nThe technology summit was held in California on Thursday. "
         "Hundreds of young firms took part."),
    # Added on 2 December (evening) with the two rules they exercise (namesakes, one item of two price
    # lists): written with the rules, so development cases, not a test of them.
    Case("namesake-winner", "roles",
         "Council elects deputy mayor\n\nCouncillor Margaret Okafor won the vote for deputy mayor on Tuesday, beating Ivan Petrov by 31 votes to 29. "
         "The post has been vacant since January.",
         "New deputy mayor chosen\n\nIn a close vote on Tuesday, Councillor Grace Okafor beat Ivan Petrov to become deputy mayor. "
         "The council meets again next month.",
         ("Margaret Okafor", "Grace Okafor")),
    Case("price-list-item", "value",
         "Charity spending questioned\n\nReceipts show the charity paid $1,250.00 for a gala tent, $812.40 at Harbor Florists and $9,310.25 on the Seaview Lodge weekend. "
         "The regulator has opened an inquiry.",
         "Regulator probes charity\n\nThe charity spent donors' money on items such as a $640.10 catering bill at Pell's Kitchen and a $9,130.25 stay at the Seaview Lodge weekend, the filing said. "
         "The charity's chair has resigned.",
         ("$9,310.25", "$9,130.25")),
    Case("family-of-one-surname", None,
         "Candidate's sister speaks out\n\nNora Vance, the younger sister of Senate candidate Ruth Vance, criticised her sister's stance on the Harlow dam. "
         "Ruth Vance has not responded.",
         "Family rift over dam\n\nNora Vance, a daughter of former governor Paul Vance, criticised her sibling's position on the Harlow dam in a post on Friday. "
         "The campaign declined to comment."),
    Case("price-list-rounded", None,
         "Charity spending questioned\n\nReceipts show the charity paid $1,250.00 for a gala tent and $9,310.25 on the Seaview Lodge weekend. "
         "The regulator has opened an inquiry.",
         "Regulator probes charity\n\nThe charity spent about $9,300 on a stay at the Seaview Lodge weekend, the filing said. "
         "The charity's chair has resigned."),
    Case("hedged-vs-plain", None,
         "Deal close\n\nThe company may sell its shipping unit this year, people familiar with the matter said. "
         "Talks are at an early stage.",
         "Shipping unit sale\n\nThe company is exploring a sale of its shipping unit this year, sources said. "
         "The talks are preliminary."),
]
