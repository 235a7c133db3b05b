# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""An eighteenth set, written on 3 December 2026 (third session) after the seventeenth set's fixes
and before it was ever run: a third set of short stories, in fields the other two did not cover
(health, sport, technology, courts, the environment, transport), one planted disagreement or none.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("story-outbreak-cases", "count",
         "Measles outbreak\n\n"
         "Health officials confirmed 48 cases of measles in the county on Monday, up from 30 last week. "
         "Most of those infected are unvaccinated children. "
         "Two schools have asked unvaccinated pupils to stay home. "
         "A free vaccination clinic opens on Wednesday.",
         "Measles spreads\n\n"
         "The county has confirmed 84 measles cases, health officials said on Monday. "
         "The majority of cases are in children who had not been vaccinated. "
         "Officials urged parents to check their children's records. "
         "Free vaccines will be offered from Wednesday.",
         ("confirmed 48 cases of measles", "confirmed 84 measles cases"),
         a_published="2025-03-10T09:00:00Z", b_published="2025-03-10T10:00:00Z"),
    Case("story-transfer-fee", "value",
         "Record transfer\n\n"
         "Striker Malik Osei joined Northbridge United from Porto on Friday for a club record fee of 65 million euros. "
         "The 23-year-old signed a five-year contract. "
         "He scored 31 goals last season. "
         "Northbridge finished fourth in the league.",
         "Osei signs\n\n"
         "Northbridge United signed striker Malik Osei from Porto on Friday for a club record fee of 56 million euros. "
         "Osei, 23, agreed a contract until 2030. "
         "The forward scored 31 times last season. "
         "He will wear the number nine shirt.",
         ("fee of 65 million euros", "fee of 56 million euros")),
    Case("story-outage-cause", "negation",
         "Cloud outage\n\n"
         "The cloud provider said on Tuesday that a cyberattack caused the outage that took thousands of websites offline. "
         "Services were restored after nine hours. "
         "Banks and airlines were among those affected. "
         "The company apologised to customers.",
         "Websites back online\n\n"
         "The cloud provider said on Tuesday that a cyberattack did not cause the outage that took thousands of websites offline. "
         "A faulty software update was to blame, it said. "
         "Services came back after nine hours. "
         "Some airlines had to delay flights.",
         ("a cyberattack caused the outage", "a cyberattack did not cause the outage")),
    Case("story-sentence-years", "value",
         "Fraud sentence\n\n"
         "A judge sentenced the founder of the collapsed crypto exchange to 12 years in prison on Thursday. "
         "Investors lost $400 million when the exchange failed. "
         "The founder apologised in court. "
         "His lawyers said they would appeal.",
         "Exchange founder jailed\n\n"
         "The founder of the failed crypto exchange was sentenced to 21 years in prison on Thursday. "
         "About $400 million of customers' money was lost. "
         "Prosecutors had asked for 25 years. "
         "He was led away in handcuffs.",
         ("12 years in prison", "21 years in prison")),
    Case("story-spill-river", "place",
         "Chemical spill\n\n"
         "A chemical spill from a paper mill killed thousands of fish in the river near Tours on Sunday. "
         "Environmental officials closed the river to fishing. "
         "The mill's owner said a valve had failed. "
         "Prosecutors opened an investigation.",
         "Fish die-off\n\n"
         "A chemical spill from a paper mill killed thousands of fish in the river near Orleans on Sunday. "
         "Anglers were told to stay away. "
         "The company blamed a broken valve. "
         "An inquiry is under way.",
         ("near Tours", "near Orleans")),
    Case("story-line-closed-opened", "direction",
         "Rail line\n\n"
         "The rail operator closed the coastal line on Monday after storms damaged the tracks. "
         "Buses will replace trains between the two towns. "
         "Engineers are assessing the damage. "
         "The line carries 8,000 passengers a day.",
         "Coastal trains\n\n"
         "The rail operator reopened the coastal line on Monday after repairing storm damage to the tracks. "
         "Trains are running to a reduced timetable. "
         "The line carries 8,000 passengers a day. "
         "The repairs took three weeks.",
         ("operator closed the coastal line", "operator reopened the coastal line")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("story-same-match-two-reports", None,
         "Final whistle\n\n"
         "Riverton beat Ashford 3-1 on Saturday to win the league title. "
         "Captain Leo Marsh scored twice. "
         "It is Riverton's first title since 1998. "
         "About 40,000 fans were at the stadium.",
         "Riverton champions\n\n"
         "Ashford lost 3-1 to Riverton on Saturday, handing their rivals the league title. "
         "Leo Marsh, Riverton's captain, scored two goals. "
         "Ashford's coach said his side had been second best. "
         "The club's last title came in 1998.",
         ),
    Case("story-forecast-and-result", None,
         "Harvest\n\n"
         "Farmers expect this year's wheat harvest to reach 9 million tonnes, the farm ministry said. "
         "Dry weather in spring cut yields in the south. "
         "Prices for bread flour have risen. "
         "Last year's harvest was 11 million tonnes.",
         "Wheat crop\n\n"
         "The farm ministry forecast a wheat harvest of about 9 million tonnes this year. "
         "A dry spring hurt crops in southern regions. "
         "Millers warned that flour would cost more. "
         "Exports may be limited.",
         ),
    Case("story-two-actions-two-days", None,
         "Storm warning\n\n"
         "The weather service issued a storm warning for the coast on Thursday. "
         "Winds of up to 120 kilometres an hour are expected on Friday. "
         "Ferries were cancelled. "
         "Residents were told to stay indoors.",
         "Storm hits coast\n\n"
         "A storm with winds of 120 kilometres an hour hit the coast on Friday, a day after the weather service warned of it. "
         "Trees fell on several roads. "
         "Ferry services were suspended. "
         "No injuries were reported.",
         ),
]
