# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""An eighth set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
seventh set's fixes and before they were ever run: denied / admitted doing, a profit / a loss, a
per-share price, "two years ago" against a year, "off the coast of", who was elected defeating
whom, who succeeded whom, what was stolen; and look-alikes (a sentence and the part to be served,
a fall told as a percentage and as the figure before, a 5-4 vote told as five justices, a toll that
"could rise", a side clause with another day, five million people / residents, "nearly doubled").
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("denied-or-admitted-sending", "negation",
         "Leak inquiry\n\nThe aide admitted sending the draft report to a journalist, the inquiry heard on Tuesday. "
         "She has been suspended.",
         "Aide questioned\n\nThe aide denied sending the draft report to a journalist, the inquiry heard on Tuesday. "
         "The inquiry resumes next week.",
         ("admitted sending", "denied sending")),
    # ----------------------------------------------------------------- direction
    Case("profit-or-loss", "direction",
         "Results\n\nThe carmaker Veltro reported a profit of 310 million euros for the first half. "
         "Sales of electric models doubled.",
         "Veltro half-year\n\nThe carmaker Veltro reported a loss of 310 million euros for the first half. "
         "The chief executive blamed higher costs.",
         ("a profit of 310 million euros", "a loss of 310 million euros")),
    # ----------------------------------------------------------------- value
    Case("price-per-share", "value",
         "Takeover bid\n\nNordel offered $38 a share for the retailer Finch & Co, the companies said. "
         "The board is considering the offer.",
         "Finch bid\n\nNordel offered $43 a share for the retailer Finch & Co, the companies said. "
         "Finch shares jumped in early trading.",
         ("$38 a share", "$43 a share")),
    # ----------------------------------------------------------------- count
    Case("votes-against-count", "count",
         "Committee vote\n\nNine members of the committee voted against the report on Wednesday. "
         "It was adopted anyway.",
         "Report adopted\n\nFour members of the committee voted against the report on Wednesday. "
         "The chairman called it a fair result.",
         ("Nine members", "Four members")),
    # ----------------------------------------------------------------- time
    Case("two-years-ago-or-a-year", "time",
         "Plant closure\n\nThe steel plant in Harwick closed in 2019, the company said. "
         "Its 800 workers were offered jobs elsewhere.",
         "Harwick plant\n\nThe steel plant in Harwick closed two years ago, the company said. "
         "The site is now for sale.",
         ("in 2019", "two years ago"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T11:00:00Z"),
    # ----------------------------------------------------------------- place
    Case("off-the-coast-of", "place",
         "Migrant boat\n\nA boat carrying 60 migrants capsized off the coast of Sicily on Sunday. "
         "Forty people were rescued.",
         "Boat capsized\n\nA boat carrying 60 migrants capsized off the coast of Crete on Sunday. "
         "The coast guard is searching for survivors.",
         ("Sicily", "Crete")),
    # ----------------------------------------------------------------- roles
    Case("elected-defeating", "roles",
         "Party vote\n\nMaria Solberg was elected party chair on Saturday, defeating Jonas Aune. "
         "The vote was held in Bergen.",
         "New chair\n\nJonas Aune was elected party chair on Saturday, defeating Maria Solberg. "
         "He promised to unite the party.",
         ("Maria Solberg was elected", "Jonas Aune was elected")),
    Case("succeeded-turned-round", "roles",
         "Central bank\n\nIrene Castell succeeded Tomas Brandt as governor of the central bank in January. "
         "She had been his deputy.",
         "Bank governor\n\nTomas Brandt succeeded Irene Castell as governor of the central bank in January. "
         "He is the bank's first governor from the private sector.",
         ("Castell succeeded Tomas Brandt", "Brandt succeeded Irene Castell")),
    # ----------------------------------------------------------------- contents
    Case("what-was-stolen", "contents",
         "Museum theft\n\nThieves stole two paintings and a silver vase from the city museum overnight. "
         "The alarm did not go off.",
         "Museum break-in\n\nThieves stole three sculptures and a clock from the city museum overnight. "
         "Police are reviewing camera footage.",
         ("two paintings and a silver vase", "three sculptures and a clock")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("sentence-and-part-served", None,
         "Sentenced\n\nThe former minister was sentenced to 10 years in prison for bribery. "
         "He will serve at least five years before he can seek parole.",
         "Minister jailed\n\nThe former minister was jailed for 10 years on Thursday for taking bribes. "
         "His lawyer said he would appeal.",
         ),
    Case("fall-as-percent-and-before", None,
         "Earnings\n\nProfit fell 5 percent to $2 billion in the second quarter. "
         "Costs rose.",
         "Quarterly profit\n\nThe company earned $2 billion in the second quarter, down from $2.1 billion a year earlier. "
         "Its shares were little changed.",
         ),
    Case("five-four-as-justices", None,
         "Ruling\n\nThe court upheld the law by a 5-4 vote on Monday. "
         "The dissent was written by the chief justice.",
         "Law upheld\n\nFive justices voted to uphold the law on Monday, with four dissenting. "
         "The law takes effect in July.",
         ),
    Case("toll-could-rise", None,
         "Bus crash\n\nAt least 12 people were killed when a bus plunged into a ravine, officials said. "
         "The toll could rise.",
         "Ravine crash\n\nTwelve people died when the bus plunged into a ravine, officials said. "
         "Several passengers were seriously injured.",
         ),
    Case("side-clause-other-day", None,
         "Truce\n\nThe ceasefire, agreed on Monday, was broken on Tuesday night, both sides said. "
         "Shelling resumed near the border.",
         "Ceasefire broken\n\nThe ceasefire was broken on Tuesday night, both sides said. "
         "Each blamed the other.",
         a_published="2025-03-19T09:00:00Z", b_published="2025-03-19T11:00:00Z"),
    Case("people-and-residents", None,
         "Water cut\n\nFive million people were left without running water after the pipeline burst. "
         "Repairs could take a week.",
         "Pipeline burst\n\nThe burst pipeline left 5 million residents without running water. "
         "Tankers are delivering water to hospitals.",
         ),
    Case("nearly-doubled", None,
         "Cases\n\nMeasles cases nearly doubled to 40 this year, health officials said. "
         "Most were in children.",
         "Measles rise\n\nMeasles cases rose to 40 this year from 21 last year, health officials said. "
         "Vaccination rates have fallen.",
         ),
]
