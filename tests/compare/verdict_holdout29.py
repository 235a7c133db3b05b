# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-ninth set, written on 4 December 2026 after the ECB+ round's fixes and before it was ever
run: a seventh set of short stories whose planted sentences are worded apart, and look-alikes for
the guards that round added (a running total against one day's figure, counts of people that add
up, a belief's "not" moved, both figures in one outlet). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para7-flights-negation", "negation",
         "Storm disrupts travel\n\n"
         "The airline cancelled all its flights to the island on Monday as the storm approached, a spokesman said. "
         "Ferries were also halted. "
         "Hotels reported cancellations. "
         "The storm is expected to pass by Wednesday.",
         "Island flights\n\n"
         "The airline did not cancel its flights to the island on Monday despite the approaching storm, a spokesman said. "
         "Ferry services stopped. "
         "Some hotels lost bookings. "
         "Forecasters expect the storm to move on by Wednesday.",
         ("cancelled all its flights to the island on Monday", "did not cancel its flights to the island on Monday")),
    Case("para7-sales-direction", "direction",
         "Housing market\n\n"
         "Home sales slumped 9 percent in May from a year earlier, the estate agents' federation said on Thursday. "
         "Mortgage rates are at a ten-year high. "
         "Prices were flat. "
         "Agents expect a slow summer.",
         "Homes\n\n"
         "Sales of homes climbed 9 percent in May compared with the same month last year, according to the estate agents' federation. "
         "Borrowing costs remain high. "
         "Prices did not move. "
         "The federation sees a quiet summer ahead.",
         ("Home sales slumped 9 percent", "Sales of homes climbed 9 percent")),
    Case("para7-rubble-count", "count",
         "Building collapse\n\n"
         "Rescuers pulled 17 people alive from the rubble of the collapsed apartment block on Friday, the fire service said. "
         "The building had six floors. "
         "Cranes were brought in. "
         "The cause is being investigated.",
         "Survivors found\n\n"
         "Seventy people were brought out alive from the ruins of the apartment block that collapsed on Friday, according to the fire service. "
         "The block was six storeys high. "
         "Heavy lifting gear was used. "
         "An inquiry has begun.",
         ("pulled 17 people alive", "Seventy people were brought out alive")),
    Case("para7-walkout-time", "time",
         "Port strike\n\n"
         "Dock workers at the port went on strike on Tuesday over pay, their union said. "
         "Dozens of ships are waiting offshore. "
         "Talks broke down last week. "
         "The port handles a third of the country's trade.",
         "Dockers walk out\n\n"
         "Dockers at the port walked out on Thursday in a dispute over wages, the union said. "
         "Ships are queuing outside the harbour. "
         "Negotiations collapsed last week. "
         "A third of national trade passes through the port.",
         ("went on strike on Tuesday", "walked out on Thursday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("para7-aground-place", "place",
         "Cargo ship\n\n"
         "A cargo ship carrying grain ran aground off Crete on Sunday, the coastguard said. "
         "None of its 19 crew was hurt. "
         "Tugs are trying to free it. "
         "No fuel has leaked.",
         "Ship aground\n\n"
         "The grain vessel became stuck on rocks near Rhodes on Sunday, according to the coastguard. "
         "All 19 sailors are safe. "
         "Tugboats have been sent. "
         "There is no sign of a spill.",
         ("ran aground off Crete", "near Rhodes")),
    Case("para7-leader-roles", "roles",
         "Party leadership\n\n"
         "Lucia Mendez replaced Tomas Ortiz as leader of the Green Party on Saturday after a vote of members. "
         "Turnout was 60 percent. "
         "The party has four seats in parliament. "
         "The new leader promised unity.",
         "New Green leader\n\n"
         "Tomas Ortiz took over from Lucia Mendez as leader of the Green Party on Saturday following a members' ballot. "
         "Six in ten members voted. "
         "The Greens hold four seats. "
         "Unity was the new leader's theme.",
         ("Lucia Mendez replaced Tomas Ortiz", "Tomas Ortiz took over from Lucia Mendez")),
    Case("para7-speaker", "speaker",
         "Flood defences\n\n"
         "\"We cannot keep building walls higher and higher,\" the environment minister, Ruth Kader, said on Wednesday. "
         "The government will spend 500 million on flood defences. "
         "Some towns flooded twice this winter. "
         "Farmers want more help.",
         "Floods plan\n\n"
         "The mayor of Eastport, Jonas Weil, told reporters on Wednesday: \"We cannot keep building walls higher and higher.\" "
         "Flood defences will get 500 million. "
         "Several towns were flooded twice this winter. "
         "Farmers are asking for support.",
         ("the environment minister, Ruth Kader, said", "The mayor of Eastport, Jonas Weil, told reporters")),
    Case("para7-plan-value", "value",
         "Rail plan\n\n"
         "The government will spend 4 billion dollars on new rail lines over the next decade, the transport minister announced on Monday. "
         "Three new lines are planned. "
         "Work starts next year. "
         "Rail unions welcomed the plan.",
         "Railway investment\n\n"
         "A 14 billion dollar programme of new railway lines over ten years was unveiled by the transport minister on Monday. "
         "It includes three lines. "
         "Construction begins next year. "
         "Unions praised it.",
         ("spend 4 billion dollars", "A 14 billion dollar programme")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para7-total-and-one-night", None,
         "Protests\n\n"
         "Police arrested 12 people on Saturday night as protests over fuel prices continued in the capital. "
         "Police have arrested 45 people in all since the protests began a week ago. "
         "Several shops were damaged. "
         "The government has offered talks.",
         "Fuel protests\n\n"
         "Twelve protesters were detained on Saturday night, police said, bringing arrests since the unrest began a week ago to 45. "
         "Shop windows were smashed. "
         "Ministers have invited protest leaders to talks. "
         "Fuel prices rose 20 percent this month.",
         ("", "")),
    Case("para7-people-add-up", None,
         "Bus crash\n\n"
         "Two adults and three children were injured when a school bus hit a tree on Monday morning, police said. "
         "The driver was unhurt. "
         "The road was icy. "
         "All the injured are in hospital.",
         "School bus accident\n\n"
         "Five people were hurt when a school bus crashed into a tree on Monday morning, according to police. "
         "The driver escaped injury. "
         "Ice had formed on the road. "
         "The five were taken to hospital.",
         ("", "")),
    Case("para7-belief-negation", None,
         "Budget vote\n\n"
         "\"I don't think the budget will pass this week,\" the finance minister, Karl Brandt, told reporters on Tuesday. "
         "The coalition lacks two votes. "
         "Talks with the opposition continue. "
         "The deadline is Friday.",
         "Budget doubts\n\n"
         "Finance minister Karl Brandt said on Tuesday that he thought the budget would not pass this week. "
         "The coalition is two votes short. "
         "Negotiations with the opposition go on. "
         "Friday is the deadline.",
         ("", "")),
    Case("para7-power-both-figures", None,
         "Storm\n\n"
         "The storm cut power to 80,000 homes on Monday, and 20,000 were still without electricity on Tuesday evening, the utility said. "
         "Trees fell across many roads. "
         "Schools stayed closed. "
         "Winds reached 120 kilometres an hour.",
         "Power cuts continue\n\n"
         "Some 20,000 homes remained without power on Tuesday evening, down from 80,000 at the height of the storm on Monday, the utility said. "
         "Many roads were blocked by fallen trees. "
         "Schools were shut. "
         "Gusts hit 120 kilometres an hour.",
         ("", "")),
]
