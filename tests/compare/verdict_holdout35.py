# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-fifth set, written on 4 December 2026 (third session of the day) by a helper who had not
seen the code's rules, before it was ever run: a thirteenth set of short stories whose planted
sentences are worded apart, in fields the earlier sets used little (insurance, courts, aviation,
shipping, culture, energy, labour disputes, space), and look-alikes: a lower bound and the exact
count ("more than 2,000" and 2,140), a length in metres and in feet, a date and the month it falls
in beside an earlier event with its own year, and two groups of workers striking on two days.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para13-payout-negation", "negation",
         "Flood claims\n\n"
         "The insurer Hollister Mutual agreed on Wednesday to pay for flood damage to about 600 homes in Brackwell, the town council said. "
         "The river burst its banks in September. "
         "Many homes were flooded to a depth of a metre. "
         "Residents have been living in temporary housing.",
         "Insurer refuses claims\n\n"
         "Hollister Mutual has refused to cover the flood damage suffered by some 600 Brackwell households, according to a statement from the town council on Wednesday. "
         "The river overflowed in September. "
         "Water reached a metre deep in many houses. "
         "Families are still in temporary accommodation.",
         ("agreed on Wednesday to pay for flood damage", "has refused to cover the flood damage")),
    Case("para13-weedkiller-direction", "direction",
         "Pesticide ruling\n\n"
         "An appeals court on Monday upheld the government's ban on the weedkiller fenarol, which was introduced last year over fears for bees. "
         "Farmers' groups had challenged the ban. "
         "Fenarol was used on about a third of the country's sugar beet fields. "
         "The ruling can be appealed to the supreme court.",
         "Fenarol ban\n\n"
         "The government's prohibition on the weedkiller fenarol, imposed last year to protect bees, was struck down by an appeals court on Monday. "
         "The ban had been challenged by farming organisations. "
         "Roughly one in three sugar beet fields in the country had been treated with fenarol. "
         "Either side may take the case to the supreme court.",
         ("upheld the government's ban on the weedkiller fenarol", "was struck down by an appeals court on Monday")),
    Case("para13-fog-count", "count",
         "Fog disruption\n\n"
         "Thick fog forced the cancellation of 42 flights at Eindhoven airport on Thursday, the airport said. "
         "Dozens more were delayed. "
         "Visibility fell below 100 metres in the morning. "
         "Conditions improved by the afternoon.",
         "Flights grounded\n\n"
         "According to the airport, 27 departures and arrivals at Eindhoven were scrapped on Thursday as dense fog settled over the area. "
         "Many other flights left late. "
         "In the morning visibility was under 100 metres. "
         "The fog lifted in the afternoon.",
         ("the cancellation of 42 flights", "27 departures and arrivals at Eindhoven were scrapped")),
    Case("para13-spill-value", "value",
         "Oil spill\n\n"
         "The tanker Mistral Dawn spilled about 850 tonnes of fuel oil after striking rocks off Gotland on Saturday, the Swedish coastguard said. "
         "Clean-up boats have been deployed. "
         "Oil has reached two beaches. "
         "The tanker was sailing to Finland.",
         "Tanker leak\n\n"
         "Some 1,350 tonnes of fuel oil leaked from the Mistral Dawn when the tanker hit rocks off Gotland on Saturday, according to Sweden's coastguard. "
         "Boats are working to contain the slick. "
         "Two beaches have been polluted. "
         "The ship was bound for Finland.",
         ("spilled about 850 tonnes of fuel oil", "Some 1,350 tonnes of fuel oil leaked")),
    Case("para13-reopening-time", "time",
         "Museum reopens\n\n"
         "The Hallberg Museum of Modern Art will reopen to the public on 14 May after a three-year renovation, its director said on Tuesday. "
         "The work cost 45 million euros. "
         "A new wing will show the museum's photography collection. "
         "Entry will be free for the first weekend.",
         "Hallberg museum\n\n"
         "Visitors will be allowed back into the Hallberg Museum of Modern Art from 21 May, when its three-year refurbishment ends, the director announced on Tuesday. "
         "The renovation cost 45 million euros. "
         "Photographs from the collection will fill a newly built wing. "
         "No admission will be charged on the opening weekend.",
         ("will reopen to the public on 14 May", "from 21 May")),
    Case("para13-factory-place", "place",
         "Battery plant\n\n"
         "The battery maker Voltaris will build its first European cell factory near Novara, the company said on Thursday. "
         "The plant will employ 2,000 people. "
         "Production is due to begin in 2028. "
         "The Italian government is providing subsidies.",
         "Voltaris factory\n\n"
         "Voltaris said on Thursday it had picked a site outside Piacenza for its first battery cell plant in Europe. "
         "It will create 2,000 jobs. "
         "The first cells should come off the line in 2028. "
         "Rome is helping to pay for the project.",
         ("build its first European cell factory near Novara", "picked a site outside Piacenza")),
    Case("para13-accusation-roles", "roles",
         "Rail dispute\n\n"
         "The train drivers' union accused the rail operator Westline of breaking last year's pay agreement, as talks ended without a deal on Friday. "
         "Drivers have held three strikes since March. "
         "The operator runs most commuter services in the region. "
         "Further strikes are possible.",
         "Westline talks fail\n\n"
         "Westline said the drivers' union had broken the pay deal agreed last year, after negotiations collapsed on Friday without agreement. "
         "There have been three strikes by drivers since March. "
         "Most of the region's commuter trains are run by Westline. "
         "More walkouts may follow.",
         ("union accused the rail operator Westline of breaking", "Westline said the drivers' union had broken")),
    Case("para13-orbit-negation", "negation",
         "Satellite launch\n\n"
         "A rocket operated by Arcwing Launch placed a weather satellite into its planned orbit on Wednesday, the company said. "
         "The rocket lifted off from a site in New Zealand. "
         "It was the company's fourth launch this year. "
         "The satellite belongs to a European weather agency.",
         "Launch setback\n\n"
         "Arcwing Launch said a weather satellite it sent up on Wednesday had failed to reach its intended orbit. "
         "The launch took place in New Zealand. "
         "The company has flown four missions this year. "
         "A European meteorological agency owns the satellite.",
         ("placed a weather satellite into its planned orbit", "had failed to reach its intended orbit")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para13-claimants-lower-bound", None,
         "Class action\n\n"
         "More than 2,000 former workers have joined a lawsuit against the chemicals company Delmare over exposure to solvents, their lawyers said on Tuesday. "
         "The case was filed in the high court. "
         "The workers were employed at the company's plant between 1985 and 2010. "
         "Delmare denies wrongdoing.",
         "Workers sue Delmare\n\n"
         "A total of 2,140 people who once worked for Delmare are now part of the legal action over solvent exposure, according to their lawyers. "
         "The high court is hearing the case. "
         "All worked at the chemicals plant between 1985 and 2010. "
         "The company says it did nothing wrong.",
         ("", "")),
    Case("para13-ship-length-units", None,
         "Giant ship\n\n"
         "The container ship Aurelia Bay, which is 400 metres long, docked at the port of Felixstowe for the first time on Monday. "
         "It can carry 24,000 containers. "
         "The port deepened its channel to receive such ships. "
         "Dock workers expect to unload it in two days.",
         "Record vessel\n\n"
         "At some 1,300 feet, the Aurelia Bay is the longest ship ever to call at Felixstowe, where it berthed for the first time on Monday. "
         "Its capacity is 24,000 containers. "
         "The harbour's channel was dredged to make room for vessels of its size. "
         "Unloading is expected to take two days.",
         ("", "")),
    Case("para13-opening-month", None,
         "New bridge\n\n"
         "The Rosmund road bridge will open to traffic on 3 September, the city council said on Friday. "
         "It replaces a bridge closed in 2022 after cracks were found. "
         "The new crossing cost 68 million euros. "
         "Cyclists will have a separate lane.",
         "Bridge date\n\n"
         "Drivers will be able to use the new Rosmund bridge from September, according to the city council. "
         "The old bridge was shut in 2022 when inspectors found cracks. "
         "Building the replacement cost 68 million euros. "
         "There will be a dedicated cycle lane.",
         ("", "")),
    Case("para13-two-groups-two-days", None,
         "Bus strike\n\n"
         "Bus drivers in Leicester walked out on Monday over pay, and cleaners at the city's main depot followed on Wednesday, their union said. "
         "Most routes were cancelled on Monday. "
         "The bus company has offered a 4 percent rise. "
         "Further action is planned for next month.",
         "Depot cleaners strike\n\n"
         "Cleaners at Leicester's main bus depot stopped work on Wednesday, two days after the city's bus drivers went on strike over pay. "
         "Monday's walkout by drivers halted most services. "
         "The company has put a 4 percent pay offer on the table. "
         "More strikes are planned next month.",
         ("", "")),
]
