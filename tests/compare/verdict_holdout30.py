# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirtieth set, written on 4 December 2026 (second session of the day) before it was ever run: an
eighth set of short stories whose planted sentences are worded apart (other verbs, other word
order, numbers in words), and look-alikes that share numbers or verbs without any conflict.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para8-bridge-negation", "negation",
         "Bridge reopens\n\n"
         "The old river bridge reopened to traffic on Monday after three months of repairs, the city said. "
         "Cyclists had used a temporary ferry. "
         "The repairs cost 2 million euros. "
         "Residents welcomed the news.",
         "Bridge delay\n\n"
         "The old river bridge has not reopened to traffic, the city said on Monday, despite three months of repair work. "
         "A temporary ferry carries cyclists. "
         "Repairs have cost 2 million euros. "
         "Residents are frustrated.",
         ("reopened to traffic on Monday", "has not reopened to traffic")),
    Case("para8-inflation-direction", "direction",
         "Prices\n\n"
         "Inflation eased to 3.1 percent in October, the statistics office said on Wednesday. "
         "Food prices were the main driver. "
         "The central bank meets next week. "
         "Wages grew 4 percent.",
         "Inflation\n\n"
         "Consumer price inflation accelerated to 3.1 percent in October, according to the statistics office. "
         "Food costs led the change. "
         "Central bankers meet next week. "
         "Pay rose 4 percent.",
         ("Inflation eased to 3.1 percent", "inflation accelerated to 3.1 percent")),
    Case("para8-evacuated-count", "count",
         "Wildfire\n\n"
         "About 3,000 residents were evacuated from villages in the hills as the wildfire spread on Saturday, the regional government said. "
         "Two helicopters dropped water. "
         "Strong winds fanned the flames. "
         "No one has been hurt.",
         "Fire forces exodus\n\n"
         "Authorities moved some 8,000 people out of hill villages on Saturday as the blaze grew, according to the regional government. "
         "Helicopters were used. "
         "The wind made it worse. "
         "There were no injuries.",
         ("About 3,000 residents were evacuated", "moved some 8,000 people out")),
    Case("para8-verdict-time", "time",
         "Trial ends\n\n"
         "The jury convicted the former mayor of bribery on Wednesday after a six-week trial. "
         "He will be sentenced next month. "
         "His lawyer said he would appeal. "
         "The case involved a building contract.",
         "Former mayor guilty\n\n"
         "The former mayor was found guilty of bribery by a jury on Friday at the end of a six-week trial. "
         "Sentencing is due next month. "
         "He plans to appeal, his lawyer said. "
         "The bribes concerned a building contract.",
         ("convicted the former mayor of bribery on Wednesday", "found guilty of bribery by a jury on Friday"),
         a_published="2025-06-14T09:00:00Z", b_published="2025-06-14T10:00:00Z"),
    Case("para8-summit-place", "place",
         "Summit\n\n"
         "The two leaders will meet in Vienna next month to discuss the border dispute, their offices said. "
         "It will be their first meeting in two years. "
         "Officials are preparing an agenda. "
         "The dispute began in 2019.",
         "Leaders to talk\n\n"
         "A meeting between the two leaders on the border dispute will take place in Geneva next month, according to their offices. "
         "They have not met for two years. "
         "An agenda is being drafted. "
         "The quarrel dates from 2019.",
         ("will meet in Vienna next month", "will take place in Geneva next month")),
    Case("para8-election-roles", "roles",
         "Mayoral race\n\n"
         "Anna Kovacs beat Peter Lind in the mayoral election on Sunday by about 3,000 votes. "
         "Turnout was low. "
         "The result ends twelve years of rule by one party. "
         "The count finished overnight.",
         "Election result\n\n"
         "Peter Lind defeated Anna Kovacs in Sunday's mayoral election by roughly 3,000 votes. "
         "Few people voted. "
         "One party had run the city for twelve years. "
         "Votes were counted overnight.",
         ("Anna Kovacs beat Peter Lind", "Peter Lind defeated Anna Kovacs")),
    Case("para8-speaker", "speaker",
         "Hospital waits\n\n"
         "\"Patients are waiting far too long for operations,\" said Helen Marsh, the head of the nurses' union, on Thursday. "
         "Waiting lists have grown by a fifth. "
         "The health ministry promised more funding. "
         "Some patients wait two years.",
         "Waiting lists\n\n"
         "Health minister David Osei said on Thursday: \"Patients are waiting far too long for operations.\" "
         "Lists are a fifth longer than last year. "
         "More money has been promised. "
         "Some wait as long as two years.",
         ("said Helen Marsh, the head of the nurses' union", "Health minister David Osei said")),
    Case("para8-fine-value", "value",
         "Bank fined\n\n"
         "The regulator fined the bank 30 million pounds on Tuesday for failing to stop money laundering. "
         "The bank said it had improved its controls. "
         "The failings lasted five years. "
         "Its shares fell slightly.",
         "Penalty for lender\n\n"
         "A penalty of 13 million pounds was imposed on the bank by the regulator on Tuesday over lapses in its anti-money laundering checks. "
         "The lender says its systems are now better. "
         "The lapses ran for five years. "
         "Shares dipped.",
         ("fined the bank 30 million pounds", "A penalty of 13 million pounds")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para8-two-fines", None,
         "Regulator acts\n\n"
         "The regulator fined the bank 30 million pounds on Tuesday over money laundering checks. "
         "It also fined the bank's former chief executive 400,000 pounds. "
         "The bank has apologised. "
         "The failings ran for five years.",
         "Bank and ex-boss fined\n\n"
         "A 400,000-pound fine was imposed on the bank's former chief executive on Tuesday, alongside a 30 million pound penalty for the bank itself. "
         "The bank apologised. "
         "The lapses lasted five years. "
         "The regulator said controls had been weak.",
         ("", "")),
    Case("para8-range-and-point", None,
         "Storm damage\n\n"
         "The storm caused between 200 and 300 million euros of damage, insurers estimated on Friday. "
         "Thousands of roofs were damaged. "
         "Claims are still coming in. "
         "The storm hit on Tuesday.",
         "Insurers count cost\n\n"
         "Insurers put the damage from Tuesday's storm at around 250 million euros on Friday. "
         "Many roofs were torn off. "
         "More claims are expected. "
         "It was the worst storm in a decade.",
         ("", "")),
    Case("para8-two-directions", None,
         "Markets\n\n"
         "Shares in the carmaker rose 4 percent on Monday while its main rival fell 2 percent. "
         "Both reported results last week. "
         "Investors focused on electric car sales. "
         "The wider market was flat.",
         "Carmakers diverge\n\n"
         "The carmaker's rival lost 2 percent on Monday, as the carmaker's own shares gained 4 percent. "
         "Results came out last week. "
         "Electric car sales were in focus. "
         "The index barely moved.",
         ("", "")),
    Case("para8-quote-and-echo", None,
         "Teachers strike\n\n"
         "\"We have no choice but to strike,\" said Maria Lopez, the leader of the teachers' union, on Monday. "
         "Schools will close on Thursday. "
         "Parents were warned by letter. "
         "The union wants a 6 percent rise.",
         "Schools to close\n\n"
         "Teachers' union leader Maria Lopez told a rally on Monday that teachers had \"no choice but to strike\". "
         "Thursday's strike will close schools. "
         "Letters went to parents. "
         "A 6 percent pay rise is the union's demand.",
         ("", "")),
]
