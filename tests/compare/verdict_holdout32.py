# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-second set, written on 4 December 2026 (second session of the day) after the thirty-first
set's fixes and before it was ever run: a tenth set of short stories whose planted sentences are
worded apart, in fields the earlier sets used little (courts, health, science, sport, weather), and
look-alikes: a toll updated hours later, a lower bound, a second event of the same kind, a quote
paraphrased by its own speaker. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para10-bail-negation", "negation",
         "Bail hearing\n\n"
         "A judge granted bail to the former finance director, Paul Renner, on Thursday. "
         "He is accused of fraud. "
         "His trial is set for next year. "
         "He must surrender his passport.",
         "Renner stays in custody\n\n"
         "Former finance director Paul Renner was refused bail by a judge on Thursday. "
         "Renner faces fraud charges. "
         "The trial is expected next year. "
         "Prosecutors said he could flee.",
         ("granted bail to the former finance director", "was refused bail by a judge")),
    Case("para10-river-direction", "direction",
         "Drought\n\n"
         "The level of the river rose by half a metre over the weekend after heavy rain upstream, the water agency said. "
         "Barges had been stuck for weeks. "
         "Farmers are still short of water. "
         "More rain is forecast.",
         "River level\n\n"
         "Despite rain upstream, the river dropped by half a metre over the weekend, according to the water agency. "
         "Barges cannot move. "
         "Farmers need water. "
         "Rain is expected later in the week.",
         ("The level of the river rose by half a metre", "the river dropped by half a metre")),
    Case("para10-vaccinated-count", "count",
         "Vaccination drive\n\n"
         "Health workers vaccinated 40,000 children against measles in the first week of the campaign, the ministry said. "
         "The campaign runs for a month. "
         "Cases have risen this year. "
         "Schools are helping.",
         "Measles campaign\n\n"
         "In the campaign's first week, 14,000 children were vaccinated against measles, according to the ministry. "
         "It will last a month. "
         "Measles cases are up this year. "
         "Schools are taking part.",
         ("vaccinated 40,000 children against measles", "14,000 children were vaccinated against measles")),
    Case("para10-match-time", "time",
         "Cup final\n\n"
         "The cup final will be played on Saturday at the national stadium, the football association said. "
         "Tickets sold out in an hour. "
         "Both teams are unbeaten this season. "
         "Police will deploy extra officers.",
         "Final sold out\n\n"
         "The football association said the cup final would take place at the national stadium on Sunday. "
         "All tickets went within an hour. "
         "Neither side has lost this season. "
         "Extra police will be on duty.",
         ("will be played on Saturday", "would take place at the national stadium on Sunday"),
         a_published="2025-05-05T09:00:00Z", b_published="2025-05-05T10:00:00Z"),
    Case("para10-quake-place", "place",
         "Earthquake\n\n"
         "A strong earthquake struck near the town of Arben on Tuesday morning, damaging dozens of houses, seismologists said. "
         "There were no reports of deaths. "
         "Aftershocks continued for hours. "
         "Schools were closed.",
         "Quake damages homes\n\n"
         "Dozens of houses were damaged on Tuesday morning when a strong earthquake hit close to the town of Velmar, seismologists said. "
         "Nobody was killed. "
         "Several aftershocks followed. "
         "Schools shut for the day.",
         ("struck near the town of Arben", "hit close to the town of Velmar")),
    Case("para10-appeal-roles", "roles",
         "Court ruling\n\n"
         "The appeals court ruled in favour of the city in its dispute with the transport company on Monday. "
         "The case concerned bus contracts. "
         "The company may appeal again. "
         "Fares will not change.",
         "Ruling\n\n"
         "The transport company won its court fight with the city on Monday when the appeals court found in its favour. "
         "Bus contracts were at stake. "
         "A further appeal is possible. "
         "Fares stay the same.",
         ("ruled in favour of the city", "The transport company won its court fight with the city")),
    Case("para10-speaker", "speaker",
         "Heatwave\n\n"
         "\"People must drink water and stay out of the sun,\" the chief medical officer, Dr Irene Paulsen, said on Monday. "
         "Temperatures will reach 40 degrees. "
         "Hospitals are on alert. "
         "The heatwave could last a week.",
         "Heat warning\n\n"
         "Drink water and stay out of the sun: that was the message from Mayor Tobias Lund, who told residents on Monday that \"people must drink water and stay out of the sun\". "
         "It will be 40 degrees. "
         "Hospitals are prepared. "
         "The heat may last a week.",
         ("the chief medical officer, Dr Irene Paulsen, said", "Mayor Tobias Lund, who told residents")),
    Case("para10-price-value", "value",
         "Ticket prices\n\n"
         "A monthly rail pass will cost 89 euros from January, up from 75 euros, the rail operator said on Friday. "
         "Single tickets will also rise. "
         "Passenger groups criticised the increase. "
         "The operator blamed energy costs.",
         "Fares rise\n\n"
         "From January, commuters will pay 98 euros for a monthly rail pass instead of 75 euros, the operator announced on Friday. "
         "Single fares go up too. "
         "Passenger groups were angry. "
         "Energy costs were cited.",
         ("will cost 89 euros from January", "will pay 98 euros for a monthly rail pass")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para10-toll-updated", None,
         "Ferry fire\n\n"
         "At least 12 people died when fire broke out on a ferry off the coast on Sunday night, the coastguard said. "
         "Hundreds of passengers were rescued. "
         "The cause is unknown. "
         "The ferry was carrying 400 people.",
         "Ferry disaster\n\n"
         "The death toll from the ferry fire rose to 19 on Monday afternoon as divers recovered more bodies, the coastguard said. "
         "Most passengers were rescued. "
         "Investigators are looking for the cause. "
         "About 400 people had been on board.",
         ("", ""), a_published="2025-07-07T01:00:00Z", b_published="2025-07-07T16:00:00Z"),
    Case("para10-lower-bound", None,
         "Festival\n\n"
         "More than 50,000 people attended the music festival over the weekend, organisers said. "
         "The weather was good. "
         "Headliners played on both nights. "
         "Local hotels were full.",
         "Festival crowds\n\n"
         "Organisers said 62,000 people went to the music festival this weekend. "
         "It stayed dry. "
         "The main acts played on Saturday and Sunday. "
         "Hotels nearby were fully booked.",
         ("", "")),
    Case("para10-two-quakes", None,
         "Earthquakes\n\n"
         "A magnitude 5.1 earthquake struck near Arben on Tuesday, a day after a magnitude 4.2 tremor near Velmar. "
         "Neither caused deaths. "
         "Some houses were damaged. "
         "Seismologists expect aftershocks.",
         "Second quake\n\n"
         "The 4.2-magnitude quake that hit near Velmar on Monday was followed on Tuesday by a stronger one of magnitude 5.1 near Arben. "
         "No one died. "
         "Houses were damaged. "
         "More tremors are expected.",
         ("", "")),
    Case("para10-paraphrased-quote", None,
         "School meals\n\n"
         "\"Every child deserves a hot meal at school,\" Education Minister Clara Voss said on Wednesday. "
         "Free meals will be extended to all primary schools. "
         "The plan costs 300 million euros. "
         "Teachers welcomed it.",
         "Free school meals\n\n"
         "Education Minister Clara Voss said on Wednesday that every child deserved a hot meal at school. "
         "All primary schools will offer free meals. "
         "The cost is 300 million euros. "
         "Teachers' unions were pleased.",
         ("", "")),
]
