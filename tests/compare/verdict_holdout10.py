"""A tenth set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
ninth set's fixes and before they were ever run: denied / admitted wrongdoing, "has not yet
produced", surged / plummeted, grown / waned, a pay rise, passengers carried, a quote told to
reporters, two hours of the night, two states, who accused whom, who was replaced by whom, what an
agreement covers; and look-alikes (the dollar against the euro told from either side, two
candidates' shares, sold to / bought from, "unclear whether", none of the injuries
life-threatening). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("denies-or-admits-wrongdoing", "negation",
         "Bank probe\n\nThe lender Castor Bank admitted wrongdoing in the sale of the loans, the regulator said. "
         "It will repay customers.",
         "Castor probe\n\nThe lender Castor Bank denied wrongdoing in the sale of the loans, the regulator said. "
         "The inquiry continues.",
         ("admitted wrongdoing", "denied wrongdoing")),
    Case("not-yet-produced-a-deal", "negation",
         "Trade talks\n\nThe talks in Geneva have produced a deal on steel tariffs, negotiators said. "
         "Ministers will sign it next week.",
         "Geneva talks\n\nThe talks in Geneva have not yet produced a deal on steel tariffs, negotiators said. "
         "They resume on Monday.",
         ("have produced a deal", "have not yet produced a deal")),
    # ----------------------------------------------------------------- direction
    Case("exports-surged-plummeted", "direction",
         "Trade data\n\nExports of wine surged in the first quarter, the customs office said. "
         "Demand from Asia was strong.",
         "Wine exports\n\nExports of wine plummeted in the first quarter, the customs office said. "
         "Producers blamed new tariffs.",
         ("surged", "plummeted")),
    Case("support-grown-waned", "direction",
         "Poll\n\nSupport for the pension reform has grown since the summer, the poll shows. "
         "The government welcomed the result.",
         "Reform poll\n\nSupport for the pension reform has waned since the summer, the poll shows. "
         "Unions plan more strikes.",
         ("has grown", "has waned")),
    # ----------------------------------------------------------------- value
    Case("pay-rise-size", "value",
         "Pay deal\n\nNurses accepted a 4 percent pay rise on Thursday, ending the dispute. "
         "The deal runs for two years.",
         "Nurses' deal\n\nNurses accepted a 6 percent pay rise on Thursday, ending the dispute. "
         "The union had asked for more.",
         ("4 percent", "6 percent")),
    # ----------------------------------------------------------------- count
    Case("passengers-carried", "count",
         "Coach crash\n\nThe coach was carrying 45 passengers when it overturned on the motorway. "
         "Eight were taken to hospital.",
         "Motorway crash\n\nThe coach was carrying 54 passengers when it overturned on the motorway. "
         "The driver was arrested.",
         ("45 passengers", "54 passengers")),
    # ----------------------------------------------------------------- speaker
    Case("told-reporters", "speaker",
         "Budget talks\n\nSenator Ruth Okoye told reporters: \"We are very close to a deal on the budget.\" "
         "A vote could come on Friday.",
         "Budget\n\nSenator Dale Hutton told reporters: \"We are very close to a deal on the budget.\" "
         "The deadline is next week.",
         ("Ruth Okoye", "Dale Hutton")),
    # ----------------------------------------------------------------- time
    Case("hour-of-the-night", "time",
         "Attack\n\nThe attack on the checkpoint happened at about 10 p.m. on Friday, the army said. "
         "Two soldiers were wounded.",
         "Checkpoint attack\n\nThe attack on the checkpoint happened at about 10 p.m. on Saturday, the army said. "
         "The attackers fled.",
         ("on Friday", "on Saturday"),
         a_published="2025-03-17T09:00:00Z", b_published="2025-03-17T11:00:00Z"),
    # ----------------------------------------------------------------- place
    Case("rally-state", "place",
         "Campaign\n\nThe candidate held her final rally in Ohio on Monday night. "
         "Thousands attended.",
         "Final rally\n\nThe candidate held her final rally in Michigan on Monday night. "
         "She thanked her volunteers.",
         ("Ohio", "Michigan")),
    # ----------------------------------------------------------------- roles
    Case("accused-of-lying", "roles",
         "Debate\n\nMayor Hannah Reyes accused councillor Victor Stahl of lying about the budget. "
         "The debate lasted two hours.",
         "Council debate\n\nCouncillor Victor Stahl accused Mayor Hannah Reyes of lying about the budget. "
         "The meeting ended without a vote.",
         ("Reyes accused councillor Victor Stahl", "Stahl accused Mayor Hannah Reyes")),
    Case("replaced-by", "roles",
         "Coach change\n\nHead coach Erik Holm was replaced by Lars Dahl on Tuesday. "
         "The team has lost six games in a row.",
         "New coach\n\nHead coach Lars Dahl was replaced by Erik Holm on Tuesday. "
         "The club thanked the departing coach.",
         ("Erik Holm was replaced by Lars Dahl", "Lars Dahl was replaced by Erik Holm")),
    # ----------------------------------------------------------------- contents
    Case("agreement-covers", "contents",
         "Treaty\n\nThe agreement covers tariffs and fishing rights, the two governments said. "
         "It was signed in Brussels.",
         "Pact signed\n\nThe agreement covers defence and energy, the two governments said. "
         "Parliaments must still ratify it.",
         ("tariffs and fishing rights", "defence and energy")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("dollar-and-euro-from-either-side", None,
         "Currencies\n\nThe dollar fell against the euro on Tuesday after the jobs report. "
         "Gold rose.",
         "Euro gains\n\nThe euro rose against the dollar on Tuesday after the jobs report. "
         "Bond yields dipped.",
         ),
    Case("two-candidates-vote", None,
         "Result\n\nHelena Marsh won 60 percent of the vote in Sunday's election. "
         "Turnout was high.",
         "Marsh wins\n\nHer opponent, Carl Dunne, won 40 percent of the vote in Sunday's election. "
         "He conceded on Sunday night.",
         ),
    Case("sold-to-bought-from", None,
         "Deal\n\nThe founder sold the brewery to Grainhouse for $80 million. "
         "The brand will keep its name.",
         "Brewery bought\n\nGrainhouse bought the brewery from its founder for $80 million. "
         "The deal closes in April.",
         ),
    Case("unclear-whether", None,
         "Minister's future\n\nIt is unclear whether the transport minister will resign over the rail chaos. "
         "She has apologised.",
         "Rail chaos\n\nThe transport minister will face questions in parliament over the rail chaos. "
         "Trains were cancelled for three days.",
         ),
    Case("none-life-threatening", None,
         "Fire at the school\n\nFour people were injured in the fire at the school, officials said. "
         "The building was empty at the time.",
         "School fire\n\nNone of the injuries from the school fire was life-threatening, officials said. "
         "The cause is under investigation.",
         ),
]
