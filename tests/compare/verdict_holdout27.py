# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-seventh set, written on 4 December 2026 before it was ever run: a fifth set of short
stories whose planted sentences are worded apart (verbs and nouns chosen outside the earlier
sets' wording where I could), and look-alike stories that must stay free of conflicts (a rounded
figure, a month against a day, a toll that grew between editions, a part against its whole).
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para5-resign-negation", "negation",
         "Hospital chief\n\n"
         "Marta Lind, the hospital's chief executive, stepped down on Monday after an audit found serious failings in the emergency department. "
         "The audit was ordered last year. "
         "Patients waited up to 14 hours. "
         "The health board will appoint a successor.",
         "Hospital audit\n\n"
         "Marta Lind, who runs the hospital, has refused to resign after an audit found serious failings in its emergency department, she said on Monday. "
         "The review began last year. "
         "Some patients waited 14 hours. "
         "The health board is meeting this week.",
         ("stepped down on Monday", "has refused to resign")),
    Case("para5-rates-direction", "direction",
         "Central bank\n\n"
         "The central bank lowered interest rates by half a percentage point on Thursday, citing weak growth. "
         "The decision was unanimous. "
         "Markets had expected a smaller move. "
         "The next meeting is in six weeks.",
         "Borrowing costs\n\n"
         "Borrowing costs went up by half a percentage point on Thursday when the central bank raised its main rate, pointing to weak growth. "
         "All members of the board voted for it. "
         "Investors had predicted less. "
         "The board meets again in six weeks.",
         ("lowered interest rates by half a percentage point", "raised its main rate")),
    Case("para5-bridge-value", "value",
         "New bridge\n\n"
         "The new river bridge, which opened on Saturday, cost 120 million dollars to build, the transport department said. "
         "It took four years. "
         "The bridge has four lanes. "
         "Tolls will not be charged.",
         "Bridge opens\n\n"
         "Construction of the river crossing that opened on Saturday came to 210 million dollars, according to the transport department. "
         "Work lasted four years. "
         "It carries four lanes of traffic. "
         "Drivers will not pay a toll.",
         ("cost 120 million dollars", "came to 210 million dollars")),
    Case("para5-miners-count", "count",
         "Mine rescue\n\n"
         "Fourteen miners were rescued from the flooded pit on Wednesday after two days underground, officials said. "
         "All were taken to hospital. "
         "Water entered the mine on Monday. "
         "An inquiry has begun.",
         "Miners freed\n\n"
         "Rescuers brought 41 miners to the surface on Wednesday, two days after water flooded the pit, officials said. "
         "They were treated in hospital. "
         "The flooding started on Monday. "
         "Investigators are looking into the cause.",
         ("Fourteen miners were rescued", "brought 41 miners to the surface")),
    Case("para5-speaker", "speaker",
         "After the fire\n\n"
         "\"We will rebuild every home that was lost,\" the mayor, Ines Ortega, told residents on Sunday. "
         "The fire destroyed 60 houses. "
         "No one died. "
         "Donations have reached 2 million dollars.",
         "Town after the blaze\n\n"
         "The fire chief, Ben Adler, promised residents on Sunday that \"we will rebuild every home that was lost.\" "
         "Sixty homes burned down. "
         "There were no deaths. "
         "People have given 2 million dollars.",
         ("the mayor, Ines Ortega, told residents", "The fire chief, Ben Adler, promised residents")),
    Case("para5-verdict-time", "time",
         "Fraud trial\n\n"
         "Jurors found the former bank manager guilty of fraud on Wednesday after deliberating for two days. "
         "He had taken money from elderly customers. "
         "Sentencing is set for next month. "
         "He denied the charges.",
         "Bank manager convicted\n\n"
         "A jury returned a guilty verdict against the former bank manager on Friday, convicting him of defrauding elderly customers. "
         "The jury had deliberated for two days. "
         "He will be sentenced next month. "
         "He had pleaded not guilty.",
         ("found the former bank manager guilty of fraud on Wednesday", "returned a guilty verdict against the former bank manager on Friday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("para5-landing-place", "place",
         "Emergency landing\n\n"
         "A passenger jet made an emergency landing in Lyon on Tuesday after smoke was seen in the cabin, the airline said. "
         "All 180 passengers got off safely. "
         "The flight had left Paris an hour earlier. "
         "Engineers are examining the plane.",
         "Flight diverted\n\n"
         "The airliner was diverted to Geneva on Tuesday, where it landed safely after the crew reported smoke in the cabin, the airline said. "
         "None of the 180 people on board was hurt. "
         "It had taken off from Paris. "
         "The aircraft is being inspected.",
         ("made an emergency landing in Lyon", "was diverted to Geneva")),
    Case("para5-court-roles", "roles",
         "Supplier dispute\n\n"
         "Apex Motors is suing its former supplier Delta Parts for 9 million dollars over faulty brakes, court papers show. "
         "The contract ended last year. "
         "Apex recalled 3,000 cars. "
         "A hearing is set for May.",
         "Court fight\n\n"
         "Delta Parts has taken Apex Motors to court, claiming 9 million dollars in a row over brakes, according to court papers. "
         "The two firms stopped working together last year. "
         "Some 3,000 cars were recalled. "
         "The case will be heard in May.",
         ("Apex Motors is suing its former supplier Delta Parts", "Delta Parts has taken Apex Motors to court")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para5-rounded-and-month", None,
         "Festival\n\n"
         "About 300,000 people attended the city's music festival in April, organisers said. "
         "It lasted four days. "
         "Tickets sold out in a week. "
         "Next year's dates will be announced soon.",
         "Record crowds\n\n"
         "The music festival drew 302,000 visitors between April 10 and April 13, its organisers said. "
         "The event ran for four days. "
         "All tickets went within a week. "
         "Dates for next year are due shortly.",
         ("", "")),
    Case("para5-toll-grew", None,
         "Bus crash\n\n"
         "At least 12 people died when a bus left the road and fell into a ravine early on Monday, police said. "
         "The bus was carrying pilgrims. "
         "Rescue teams are at the scene. "
         "The cause is not known.",
         "Bus crash toll rises\n\n"
         "The number of people killed when a bus plunged into a ravine early on Monday has risen to 19, police said. "
         "The passengers were pilgrims. "
         "Rescuers worked through the day. "
         "Police are investigating the cause.",
         ("", ""),
         a_published="2025-03-10T06:00:00Z", b_published="2025-03-10T18:00:00Z"),
    Case("para5-part-and-whole", None,
         "Job cuts\n\n"
         "The carmaker will cut 500 jobs, 200 of them in Germany, it said on Tuesday. "
         "Sales have fallen for two years. "
         "Unions criticised the plan. "
         "The cuts will take place next year.",
         "Carmaker to shed staff\n\n"
         "Some 200 positions will go in Germany as the carmaker reduces its workforce by 500, the company announced on Tuesday. "
         "Demand has weakened for two years. "
         "Unions attacked the decision. "
         "The jobs will go next year.",
         ("", "")),
    Case("para5-two-arrests", None,
         "Arrests\n\n"
         "Police arrested two men on Monday over the jewellery shop robbery. "
         "One of them was released without charge on Tuesday. "
         "The other remains in custody. "
         "Jewellery worth 50,000 euros was taken.",
         "Robbery\n\n"
         "Two men were held on Monday in connection with the raid on the jewellery shop, and one has since been freed without charge, police said. "
         "The second man is still being questioned. "
         "The thieves took 50,000 euros of jewellery. "
         "Police have appealed for witnesses.",
         ("", ""),
         a_published="2025-03-12T09:00:00Z", b_published="2025-03-12T10:00:00Z"),
]
