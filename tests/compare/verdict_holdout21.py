# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-first set, written on 3 December 2026 (fourth session) before it was ever run: stories
in the style of wire copy, five or six sentences each, where the planted disagreement sits in a
long sentence that carries a second fact, an attribution or a quote, and look-alike stories that
retell the same facts in other words. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("wire-lawsuit-roles", "roles",
         "Patent fight\n\n"
         "The chipmaker Velorra sued its former partner Quint Systems on Monday, accusing it of copying the design of a memory chip, court filings show. "
         "The two companies worked together until 2022. "
         "Velorra is seeking unspecified damages. "
         "Quint Systems did not respond to a request for comment. "
         "Shares in both companies were little changed.",
         "Chip firms in court\n\n"
         "Quint Systems filed a lawsuit against its former partner Velorra on Monday, claiming the chipmaker copied the design of a memory chip, according to court filings. "
         "The firms ended their partnership in 2022. "
         "The suit seeks damages. "
         "Velorra declined to comment. "
         "Analysts said the case could take years.",
         ("Velorra sued its former partner Quint Systems", "Quint Systems filed a lawsuit against its former partner Velorra")),
    Case("wire-confirmed-denied", "negation",
         "Airline talks\n\n"
         "Skyline Airways confirmed on Thursday that it was in talks to buy the regional carrier Azur Jet, sending Azur's shares up 20 percent. "
         "A deal would create the country's second-largest airline. "
         "Regulators would need to approve any merger. "
         "Skyline has 140 aircraft.",
         "Skyline and Azur\n\n"
         "Skyline Airways denied on Thursday that it was in talks to buy the regional carrier Azur Jet, after a newspaper reported a possible deal. "
         "Azur's shares had jumped earlier in the day. "
         "The two airlines compete on several domestic routes. "
         "Skyline flies 140 planes.",
         ("confirmed on Thursday that it was in talks", "denied on Thursday that it was in talks")),
    Case("wire-fine-value", "value",
         "Privacy fine\n\n"
         "The data protection authority fined the social network Chatter 1.2 billion euros on Wednesday for moving users' data abroad without consent, the largest such fine to date. "
         "The company said it would appeal. "
         "The investigation began in 2021. "
         "Chatter has 300 million users in Europe.",
         "Record fine for Chatter\n\n"
         "Regulators fined Chatter 2.1 billion euros on Wednesday for sending European users' data abroad without permission, a record penalty. "
         "Chatter called the decision unjustified and said it would challenge it. "
         "The case was opened three years ago. "
         "About 300 million Europeans use the service.",
         ("1.2 billion euros", "2.1 billion euros")),
    Case("wire-day-time", "time",
         "Ceasefire\n\n"
         "The two sides agreed a ceasefire that will take effect at midnight on Friday, mediators said in a statement after talks in the capital. "
         "Fighting has killed hundreds of people since January. "
         "Aid agencies welcomed the agreement. "
         "Previous truces have collapsed within days.",
         "Truce agreed\n\n"
         "The warring sides agreed a ceasefire that will take effect at midnight on Sunday, mediators said in a statement after talks in the capital. "
         "Hundreds of people have died in the fighting this year. "
         "Aid groups hope to reach cut-off areas. "
         "Earlier truces failed quickly.",
         ("on Friday", "on Sunday"),
         a_published="2025-03-12T09:00:00Z", b_published="2025-03-12T10:00:00Z"),
    Case("wire-speaker-long", "speaker",
         "Hospital strike\n\n"
         "Nurses at three city hospitals walked out on Tuesday over pay and staffing. "
         "\"Patients are being put at risk every single day by these staff shortages,\" said Helen Price, who leads the nurses' union, outside one of the hospitals. "
         "The hospital trust said emergency care was not affected. "
         "The strike is due to last 48 hours.",
         "Nurses strike\n\n"
         "Hundreds of nurses at three hospitals went on strike on Tuesday. "
         "\"Patients are being put at risk every single day by these staff shortages,\" said Oliver Grant, the hospital trust's chief executive, at a news conference. "
         "Emergency departments stayed open. "
         "The walkout is planned to last two days.",
         ("said Helen Price", "said Oliver Grant")),
    Case("wire-place-long", "place",
         "Train derailment\n\n"
         "A freight train carrying fuel derailed near Brno early on Saturday, forcing the evacuation of nearby homes, the rail operator said. "
         "No one was hurt. "
         "Crews were working to remove the wagons. "
         "The line is expected to reopen on Monday.",
         "Fuel train derails\n\n"
         "A freight train carrying fuel derailed near Ostrava early on Saturday, and residents of nearby homes were evacuated, the rail operator said. "
         "There were no injuries. "
         "Workers were clearing the track. "
         "Services should resume on Monday.",
         ("near Brno", "near Ostrava")),
    Case("wire-count-long", "count",
         "Border crossing\n\n"
         "Coastguards rescued 63 migrants from an overcrowded boat off the southern coast on Wednesday, a spokesman said, adding that the boat had been at sea for two days. "
         "The migrants were taken to a reception centre. "
         "Crossings have risen this year. "
         "The weather was calm.",
         "Migrants rescued\n\n"
         "The coastguard rescued 36 migrants from an overcrowded boat off the southern coast on Wednesday, a spokesman said. "
         "The boat had left two days earlier. "
         "All were reported in good health. "
         "More crossings are expected while the weather holds.",
         ("rescued 63 migrants", "rescued 36 migrants")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("wire-same-facts-reworded", None,
         "Governor vetoes bill\n\n"
         "Governor Lena Brooks vetoed a bill on Thursday that would have raised the minimum wage to $15 an hour, saying it would hurt small businesses. "
         "Lawmakers passed the bill last month by a wide margin. "
         "Supporters said they would try to override the veto. "
         "The state's minimum wage is $11.",
         "Wage bill blocked\n\n"
         "A measure to lift the state minimum wage to $15 an hour was vetoed by Governor Lena Brooks on Thursday. "
         "Brooks said the rise would harm small firms. "
         "The legislature approved it in February with strong support, and backers plan an override vote. "
         "The current minimum is $11 an hour.",
         ("", "")),
    Case("wire-two-votes", None,
         "Senate votes\n\n"
         "The Senate approved the defence bill on Tuesday by 81 votes to 14. "
         "Earlier the same day it rejected an amendment to cut military aid by 60 votes to 35. "
         "The bill now goes to the president. "
         "It includes a pay rise for troops.",
         "Defence bill passes\n\n"
         "Senators passed the defence spending bill 81-14 on Tuesday. "
         "An amendment that would have cut military aid failed. "
         "The president is expected to sign the bill. "
         "Troops get a 4 percent pay rise under it.",
         ("", "")),
    Case("wire-developing-arrests", None,
         "Riots\n\n"
         "Police have arrested 40 people after a second night of rioting in the port city, officials said on Saturday morning. "
         "Shops were looted and cars set on fire. "
         "The unrest began after a police shooting. "
         "The mayor called for calm.",
         "Port city unrest\n\n"
         "Police have arrested 112 people after two nights of rioting in the port city, officials said on Sunday evening. "
         "Dozens of shops were damaged. "
         "The violence followed a fatal police shooting. "
         "Extra officers have been sent from the capital.",
         ("", ""),
         a_published="2025-03-15T08:00:00Z", b_published="2025-03-16T19:00:00Z"),
]
