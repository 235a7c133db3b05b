# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A seventh set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
sixth set's fixes and before they were ever run: each kind in yet other constructions ("no longer",
"was not among", overturned / upheld, accelerated / slowed, a weight, a strike's length, a quote
written on social media, "postponed until", "in the early hours of", a swap of who replaced whom,
a ship's cargo), and look-alikes (a critical few among the treated, a city inside its country,
postponed / delayed, a conversion in brackets, "did not rule out", the passive, a side clause with
last week's fall). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("no-longer-works", "negation",
         "Adviser's role\n\nDaniel Orsini still works for the defence ministry as an adviser, the ministry said. "
         "He was questioned by the committee last month.",
         "Orsini\n\nDaniel Orsini no longer works for the defence ministry as an adviser, the ministry said. "
         "His contract ended in January.",
         ("still works for", "no longer works for")),
    Case("not-among-the-passengers", "negation",
         "Crash victims\n\nThe airline said the footballer Ivo Marek was among the passengers on the flight to Split. "
         "The plane crashed on landing.",
         "Split crash\n\nThe airline said the footballer Ivo Marek was not among the passengers on the flight to Split. "
         "Rescue crews reached the wreck within minutes.",
         ("was among the passengers", "was not among the passengers")),
    # ----------------------------------------------------------------- direction
    Case("conviction-overturned-upheld", "direction",
         "Appeal ruling\n\nThe appeals court overturned the conviction of the former mayor on Thursday. "
         "He had been sentenced to four years.",
         "Mayor's appeal\n\nThe appeals court upheld the conviction of the former mayor on Thursday. "
         "His lawyers said they would go to the supreme court.",
         ("overturned the conviction", "upheld the conviction")),
    Case("inflation-accelerated-slowed", "direction",
         "Prices\n\nInflation accelerated to 4.1 percent in June, the central bank said. "
         "Rents rose the most.",
         "June inflation\n\nInflation slowed to 4.1 percent in June, the central bank said. "
         "Fuel became cheaper.",
         ("accelerated to 4.1 percent", "slowed to 4.1 percent")),
    # ----------------------------------------------------------------- value
    Case("drone-weight", "value",
         "Drone found\n\nThe drone that crashed near the airport weighed 12 kilograms, investigators said. "
         "It carried a camera.",
         "Airport drone\n\nInvestigators said the drone that crashed near the airport weighed 21 kilograms. "
         "Flights were suspended for an hour.",
         ("12 kilograms", "21 kilograms")),
    Case("strike-length", "value",
         "Strike over\n\nThe dockworkers' strike lasted 12 days and cost the port about $90 million. "
         "Ships queued off the coast.",
         "Port strike\n\nThe dockworkers' strike lasted 21 days, according to the port authority. "
         "Workers won a 6 percent raise.",
         ("12 days", "21 days")),
    # ----------------------------------------------------------------- count
    Case("ballots-counted", "count",
         "Recount\n\nOfficials recounted 1,200 ballots in the disputed district on Tuesday. "
         "The result did not change.",
         "District recount\n\nOfficials recounted 2,100 ballots in the disputed district on Tuesday. "
         "Both candidates sent observers.",
         ("1,200 ballots", "2,100 ballots")),
    # ----------------------------------------------------------------- speaker
    Case("quote-on-social-media", "speaker",
         "Reaction\n\n\"This is a dark day for our democracy,\" Senator Grace Whitfield wrote on social media. "
         "The vote passed 51 to 49.",
         "Senate vote\n\n\"This is a dark day for our democracy,\" Senator Amos Kerrigan wrote on social media. "
         "Protesters gathered outside the Capitol.",
         ("Grace Whitfield", "Amos Kerrigan")),
    # ----------------------------------------------------------------- time
    Case("postponed-until", "time",
         "Trial delayed\n\nThe judge postponed the trial until May 12 to allow new evidence. "
         "The defendant denies the charges.",
         "Trial date\n\nThe judge postponed the trial until June 12 to allow new evidence. "
         "Prosecutors did not object.",
         ("May 12", "June 12"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T11:00:00Z"),
    Case("early-hours-or-late-on", "time",
         "Blaze\n\nThe fire started in the early hours of Saturday at the textile plant, firefighters said. "
         "The plant was empty.",
         "Textile plant fire\n\nThe fire started late on Thursday at the textile plant, firefighters said. "
         "It took 80 firefighters to bring it under control.",
         ("Saturday", "Thursday"),
         a_published="2025-03-16T09:00:00Z", b_published="2025-03-16T11:00:00Z"),
    # ----------------------------------------------------------------- place
    Case("emergency-landing", "place",
         "Diverted flight\n\nThe plane made an emergency landing in Oslo after a passenger fell ill. "
         "The passenger was taken to hospital.",
         "Flight diverted\n\nThe plane made an emergency landing in Bergen after a passenger fell ill. "
         "The flight continued two hours later.",
         ("Oslo", "Bergen")),
    # ----------------------------------------------------------------- roles
    Case("shot-turned-round", "roles",
         "Shooting\n\nA police officer shot the robbery suspect outside the bank on Friday. "
         "The suspect is in hospital.",
         "Bank robbery\n\nThe robbery suspect shot a police officer outside the bank on Friday. "
         "The officer is in hospital.",
         ("police officer shot the robbery suspect", "suspect shot a police officer")),
    Case("replaced-as-captain", "roles",
         "Captaincy\n\nLena Kovac replaced Tessa Hart as captain of the national team on Monday. "
         "The coach announced the change after training.",
         "New captain\n\nTessa Hart replaced Lena Kovac as captain of the national team on Monday. "
         "The team plays its next match on Saturday.",
         ("Kovac replaced Tessa Hart", "Hart replaced Lena Kovac")),
    # ----------------------------------------------------------------- contents
    Case("ship-cargo", "contents",
         "Ship seized\n\nThe seized ship was carrying grain and fertiliser, the coast guard said. "
         "Its crew of 14 was detained.",
         "Seized vessel\n\nThe seized ship was carrying oil and coal, the coast guard said. "
         "The owners called the seizure illegal.",
         ("grain and fertiliser", "oil and coal")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("critical-few-among-treated", None,
         "Gas leak\n\nTwelve people were treated in hospital after the gas leak, the health service said. "
         "The building was evacuated.",
         "Leak victims\n\nThree people were in critical condition after the gas leak, the health service said. "
         "The cause is not yet known.",
         ),
    Case("city-and-its-country", None,
         "Landing\n\nThe plane made an emergency landing in Oslo on Sunday. "
         "Nobody was hurt.",
         "Emergency landing\n\nThe plane made an emergency landing in Norway on Sunday, the airline said. "
         "The airline is investigating.",
         ),
    Case("postponed-or-delayed", None,
         "Launch\n\nThe agency postponed the rocket launch because of high winds. "
         "A new date has not been set.",
         "Launch off\n\nThe rocket launch was delayed by the agency because of strong winds. "
         "Spectators were sent home.",
         ),
    Case("conversion-in-brackets", None,
         "Heatwave\n\nTemperatures reached 41C (106F) in the capital on Wednesday. "
         "Schools closed early.",
         "Heat record\n\nThe capital sweltered at 106 degrees Fahrenheit on Wednesday. "
         "Hospitals reported a rise in heatstroke cases.",
         ),
    Case("did-not-rule-out", None,
         "Rates\n\nThe central bank did not rule out a rise in interest rates next month. "
         "Inflation is above target.",
         "Rate outlook\n\nThe central bank said a rise in interest rates next month was possible. "
         "Markets expect a decision in July.",
         ),
    Case("passive-same-roles", None,
         "Arrest\n\nPolice arrested the suspect in the jewellery theft on Monday. "
         "He is due in court on Friday.",
         "Suspect held\n\nThe suspect in the jewellery theft was arrested by police on Monday. "
         "Part of the jewellery has been recovered.",
         ),
    Case("side-clause-last-week-fall", None,
         "Shares\n\nShares of Orvik Foods, which fell 3 percent last week, rose 2 percent on Monday. "
         "The company reported higher sales.",
         "Orvik rally\n\nShares of Orvik Foods rose 2 percent on Monday after the company reported higher sales. "
         "Analysts raised their forecasts.",
         ),
]
