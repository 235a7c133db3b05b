# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""An eleventh set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
tenth set's fixes and before they were ever run, aimed at the kinds the first runs found weakest
(direction, negation, place): lifted / imposed, extended / shortened, tightened / eased, opened /
shut, "refrained from", "has never been charged", "did not attend", a border town and a port, a
district of a city; and look-alikes (a hedged and a plain report of one fact, eased / relaxed,
a district inside its city). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ----------------------------------------------------------------- direction
    Case("curfew-lifted-imposed", "direction",
         "Curfew\n\nThe army lifted the night curfew in the capital on Monday. "
         "Shops reopened in the evening.",
         "Capital curfew\n\nThe army imposed a night curfew in the capital on Monday. "
         "Streets were empty by nine.",
         ("lifted the night curfew", "imposed a night curfew")),
    Case("deadline-extended-shortened", "direction",
         "Tax deadline\n\nThe tax office extended the filing deadline by two weeks, it said on Friday. "
         "Accountants had asked for more time.",
         "Filing deadline\n\nThe tax office shortened the filing deadline by two weeks, it said on Friday. "
         "Late filers face fines.",
         ("extended the filing deadline", "shortened the filing deadline")),
    Case("rules-tightened-eased", "direction",
         "Lending rules\n\nThe regulator tightened the rules on mortgage lending on Wednesday. "
         "Banks must check incomes more closely.",
         "Mortgage rules\n\nThe regulator eased the rules on mortgage lending on Wednesday. "
         "First-time buyers should find it easier to borrow.",
         ("tightened the rules", "eased the rules")),
    Case("border-opened-shut", "direction",
         "Border\n\nThe government opened the border crossing at Vesk to trucks on Thursday. "
         "Hundreds of lorries had been waiting.",
         "Vesk crossing\n\nThe government shut the border crossing at Vesk to trucks on Thursday. "
         "Drivers were told to turn back.",
         ("opened the border crossing", "shut the border crossing")),
    # ------------------------------------------------------------------ negation
    Case("refrained-from-voting", "negation",
         "Abstention\n\nThe Green group voted on the budget amendment on Tuesday, party officials said. "
         "The amendment passed narrowly.",
         "Greens abstain\n\nThe Green group refrained from voting on the budget amendment on Tuesday, party officials said. "
         "Its leader called the amendment a distraction.",
         ("group voted on the budget amendment", "refrained from voting")),
    Case("never-been-charged", "negation",
         "Investigation\n\nThe businessman has been charged in the bribery investigation, prosecutors said. "
         "He denies wrongdoing.",
         "Bribery probe\n\nThe businessman has never been charged in the bribery investigation, prosecutors said. "
         "His lawyer welcomed the statement.",
         ("has been charged", "has never been charged")),
    Case("did-not-attend", "negation",
         "Summit guests\n\nThe prime minister attended the summit dinner on Saturday night. "
         "She sat next to the host.",
         "Dinner snub\n\nThe prime minister did not attend the summit dinner on Saturday night. "
         "Her office cited a scheduling conflict.",
         ("attended the summit dinner", "did not attend the summit dinner")),
    # ----------------------------------------------------------------- place
    Case("border-town-or-port", "place",
         "Explosion\n\nAn explosion damaged a fuel depot in the border town of Ardel on Sunday. "
         "No one was hurt.",
         "Depot blast\n\nAn explosion damaged a fuel depot in the port of Marvik on Sunday. "
         "Firefighters contained the blaze.",
         ("Ardel", "Marvik")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("hedged-and-plain", None,
         "Talks\n\nThe rebels have reportedly agreed to a ceasefire, local media said. "
         "Fighting has eased.",
         "Ceasefire\n\nThe rebels agreed to a ceasefire on Friday, a mediator said. "
         "Aid convoys are expected next week.",
         ),
    Case("eased-or-relaxed", None,
         "Rules relaxed\n\nThe city eased its parking rules for residents on Monday. "
         "Permits will be cheaper.",
         "Parking rules\n\nThe city relaxed its parking rules for residents on Monday, the council said. "
         "Visitors will still pay.",
         ),
    Case("district-inside-city", None,
         "Protest\n\nHundreds protested in Kreuzberg on Saturday against rent rises. "
         "The march was peaceful.",
         "Rent protest\n\nHundreds protested in Berlin on Saturday against rent rises, police said. "
         "Organisers want a rent cap.",
         ),
]
