# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A fourth set of two-outlet verdict cases, written on 3 December 2026 before they were ever run:
the held-out check of the side-clause rules (commit 459974d): a date or place one outlet gives in
its main clause and the other in a participle, relative or coordinated clause; a date in a side
clause that is not the date of the main fact; a person named by one outlet and described by the
other; a sentence that repeats the other's and adds a clause. BENCHMARKS.md reports the first run.
The last three cases (a person's role at an organisation given as present and as past) were added
the same day, before the first run of `compare/descriptions.py` on them.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ time, in a side clause
    Case("report-released-side-clause", "time",
         "Water audit\n\nThe regional inspectorate released its audit of the water utility on Monday, finding leaks in a third of the network. "
         "The utility serves 400,000 homes.",
         "Utility under fire\n\nThe mayor attacked the water utility over the audit released Thursday that found leaks in a third of its network. "
         "The utility said repairs were under way.",
         ("on Monday", "Thursday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("arrested-then-charged-coordinated", "time",
         "Warehouse fire\n\nPolice charged a 34-year-old man with arson on Wednesday after the warehouse fire in the port district. "
         "Nobody was hurt in the blaze.",
         "Arson charge\n\nA 34-year-old man was arrested on Monday and charged with arson on Tuesday over the warehouse fire in the port district. "
         "Firefighters took six hours to put it out.",
         ("on Wednesday", "on Tuesday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("since-year-with-added-clause", "time",
         "Museum director\n\nHanne Vik has directed the city museum since 2011.",
         "Museum row\n\nHanne Vik has directed the city museum since 2014, and her critics say the collection has suffered. "
         "The council will review the museum's budget next month.",
         ("since 2011", "since 2014")),
    # ------------------------------------------------------------------ place, in a side clause
    Case("rally-held-in-side-clause", "place",
         "Campaign rally\n\nThe senator held a rally in Dayton on Saturday, promising lower fuel taxes. "
         "About 2,000 people attended.",
         "Senator's promise\n\nThe senator repeated her promise of lower fuel taxes at the rally she held in Toledo on Saturday. "
         "Her opponent called the plan unaffordable.",
         ("Dayton", "Toledo")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("side-clause-date-is-not-the-fact", None,
         "Charity accounts\n\nFrom 2016 through 2023 the charity spent $12 million on school meals, its accounts show.",
         "Charity spending\n\nIn accounts filed on Wednesday, the charity said it had spent $12 million on school meals since 2016.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("description-and-name", None,
         "Deadline for testimony\n\nThe Nevada Republican set a deadline of June 9 for the testimony and said the panel would not extend it.",
         "Panel deadline\n\nCorwin set a June 9 deadline for the testimony.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("two-publications-two-days", None,
         "Newspaper and the minister\n\nThe newspaper published an interview with the minister on Monday. "
         "The minister criticised the budget in it.",
         "Minister's remarks\n\nThe minister defended the budget in a column published Thursday. "
         "She had been criticised by her own party.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("added-clause-same-year", None,
         "Museum director\n\nHanne Vik has directed the city museum since 2011.",
         "Museum row\n\nHanne Vik, who has directed the city museum since 2011, faces a vote of confidence in March. "
         "The council will review the museum's budget next month."),
    Case("announced-date-and-event-date", None,
         "Stadium vote\n\nThe council voted on Tuesday to build the stadium, which is due to open in 2028.",
         "Stadium approved\n\nCouncillors approved the stadium on Tuesday; building will start next year and it should open in 2028.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("place-of-origin-in-relative-clause", None,
         "Orchestra tour\n\nThe orchestra, which was founded in Leipzig, played in Vienna on Friday.",
         "Concert review\n\nThe orchestra played in Vienna on Friday to a full hall.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    # ------------------------------------------------------------------ a person's role, present and past
    Case("former-chair-vs-chair", "roles",
         "Port expansion\n\nThe port authority approved the expansion on Tuesday. "
         "Opponents were led by former Harbor Freight Alliance chairman Piet Aalders. "
         "Construction starts in May.",
         "Port vote\n\nThe port authority voted for the expansion on Tuesday. "
         "Aalders, the chairman of the Harbor Freight Alliance, said the vote ignored local traders. "
         "The project will cost $240 million.",
         ("former Harbor Freight Alliance chairman", "the chairman of the Harbor Freight Alliance")),
    Case("both-former", None,
         "Port expansion\n\nThe port authority approved the expansion on Tuesday. "
         "Opponents were led by former Harbor Freight Alliance chairman Piet Aalders.",
         "Port vote\n\nThe port authority voted for the expansion on Tuesday. "
         "Aalders, a former chairman of the Harbor Freight Alliance, said the vote ignored local traders."),
    Case("two-organisations", None,
         "Port expansion\n\nThe port authority approved the expansion on Tuesday. "
         "Opponents were led by former Harbor Freight Alliance chairman Piet Aalders.",
         "Port vote\n\nThe port authority voted for the expansion on Tuesday. "
         "Aalders, the chairman of the city's chamber of commerce, said the vote ignored local traders."),
]
