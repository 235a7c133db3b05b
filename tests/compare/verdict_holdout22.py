# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-second set, written on 3 December 2026 (fourth session) before it was ever run: the kinds
that were weakest on earlier first runs (direction, negation, place, roles) in new verbs and
constructions, and look-alikes built from the words that fool polarity and direction rules ("did
not deny", "not only", "no longer" of an earlier state, "rose less than expected", "never before").
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ direction
    Case("widened-narrowed", "direction",
         "Trade gap\n\nThe country's trade deficit widened in October as imports of fuel grew, the customs office said. "
         "Exports were flat.",
         "Trade figures\n\nThe country's trade deficit narrowed in October as fuel imports grew, the customs office said. "
         "Economists had expected little change.",
         ("deficit widened", "deficit narrowed")),
    Case("lifted-imposed-curfew", "direction",
         "Curfew\n\nAuthorities lifted the night curfew in the northern province on Thursday after a week of calm. "
         "Schools will reopen next week.",
         "Province curfew\n\nAuthorities imposed a night curfew in the northern province on Thursday after a week of unrest. "
         "Shops were told to close early.",
         ("lifted the night curfew", "imposed a night curfew")),
    Case("hired-laid-off", "direction",
         "Factory jobs\n\nThe tyre maker hired 300 workers at its plant in the south last month, the company said. "
         "It plans to expand production.",
         "Tyre plant\n\nThe tyre maker laid off 300 workers at its plant in the south last month, the company said. "
         "Demand for new cars has slowed.",
         ("hired 300 workers", "laid off 300 workers")),
    Case("opened-shut-border", "direction",
         "Border\n\nThe government opened the main border crossing to trucks on Monday, the interior ministry said. "
         "Hundreds of lorries had been waiting.",
         "Crossing\n\nThe government shut the main border crossing to trucks on Monday, the interior ministry said. "
         "Drivers were told to use other routes.",
         ("opened the main border crossing", "shut the main border crossing")),
    # ------------------------------------------------------------------ negation
    Case("signed-has-not-signed", "negation",
         "Peace accord\n\nThe rebel commander signed the peace accord in the capital on Saturday, the mediators said. "
         "The deal ends four years of fighting.",
         "Accord in doubt\n\nThe rebel commander has not signed the peace accord, the mediators said on Saturday. "
         "The talks in the capital continue.",
         ("signed the peace accord", "has not signed the peace accord")),
    Case("attended-skipped-negation", "negation",
         "Summit\n\nThe president attended the climate summit in person on Tuesday, her spokesman said. "
         "She spoke for ten minutes.",
         "Climate meeting\n\nThe president did not attend the climate summit on Tuesday, her spokesman said. "
         "The foreign minister went instead.",
         ("attended the climate summit", "did not attend the climate summit")),
    Case("no-agreement-negation", "negation",
         "Budget talks\n\nThe two parties reached an agreement on the budget late on Wednesday, their leaders said. "
         "A vote is planned for Friday.",
         "Budget deadlock\n\nThe two parties failed to reach an agreement on the budget late on Wednesday, their leaders said. "
         "Talks will resume on Thursday.",
         ("reached an agreement", "failed to reach an agreement")),
    Case("was-not-injured", "negation",
         "Rally driver\n\nThe rally driver was injured when his car left the road on the final stage, organisers said. "
         "He was taken to hospital by helicopter.",
         "Crash on final stage\n\nThe rally driver was not injured when his car left the road on the final stage, organisers said. "
         "His co-driver was checked by doctors.",
         ("was injured", "was not injured")),
    # ------------------------------------------------------------------ place
    Case("landed-place", "place",
         "Emergency landing\n\nA passenger jet made an emergency landing in Lisbon on Sunday after smoke was seen in the cabin. "
         "All 180 people on board were safe.",
         "Jet diverts\n\nA passenger jet made an emergency landing in Madrid on Sunday after smoke filled the cabin. "
         "None of the 180 people on board was hurt.",
         ("in Lisbon", "in Madrid")),
    Case("born-place-side", "place",
         "Obituary\n\nThe novelist, who was born in Dublin, died on Friday at the age of 88. "
         "She wrote 30 books.",
         "Novelist dies\n\nThe novelist, who was born in Belfast, died on Friday aged 88. "
         "Her books sold millions of copies.",
         ("born in Dublin", "born in Belfast")),
    # ------------------------------------------------------------------ roles
    Case("interviewed-roles", "roles",
         "Interview\n\nThe detective Ray Molina interviewed the witness Sara Quinn for three hours on Monday, the court heard. "
         "The trial continues.",
         "Court hears of interview\n\nThe witness Sara Quinn interviewed the detective Ray Molina for three hours on Monday, the court heard. "
         "The defence objected.",
         ("Ray Molina interviewed the witness", "Sara Quinn interviewed the detective")),
    Case("paid-roles", "roles",
         "Settlement\n\nBrixton Motors paid Halvard Steel $40 million to settle the dispute over a supply contract. "
         "Neither side admitted fault.",
         "Dispute settled\n\nHalvard Steel paid Brixton Motors $40 million to settle the dispute over a supply contract. "
         "The case had been due in court next month.",
         ("Brixton Motors paid Halvard Steel", "Halvard Steel paid Brixton Motors")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("did-not-deny", None,
         "Minister and the leak\n\nThe minister did not deny that she had spoken to the journalist, her office said. "
         "An inquiry is under way.",
         "Leak inquiry\n\nThe minister had spoken to the journalist, her office acknowledged. "
         "Investigators will report next month.",
         ("", "")),
    Case("not-only-but", None,
         "Floods\n\nThe floods damaged not only homes but also the town's only bridge, the mayor said. "
         "Repairs will take months.",
         "Town floods\n\nThe floods damaged the town's only bridge, the mayor said. "
         "Homes were also hit.",
         ("", "")),
    Case("no-longer-earlier-state", None,
         "Factory\n\nThe factory no longer makes cars, its owner said, after it switched to making buses in 2019. "
         "It employs 800 people.",
         "Bus plant\n\nThe factory made cars until 2019, when it switched to buses, its owner said. "
         "About 800 people work there.",
         ("", "")),
    Case("rose-less-than-expected", None,
         "Prices\n\nConsumer prices rose 2.1 percent in May, less than economists had expected, the statistics office said. "
         "Food prices fell slightly.",
         "Inflation\n\nConsumer prices rose 2.1 percent in May, the statistics office said. "
         "Economists had forecast a bigger rise.",
         ("", "")),
    Case("never-before", None,
         "Record\n\nThe club has never before won the league, and did so on Saturday with two games to spare. "
         "Fans celebrated in the streets.",
         "Title win\n\nThe club won the league for the first time on Saturday, with two games left to play. "
         "Thousands of fans gathered in the main square.",
         ("", "")),
    Case("refused-then-agreed", None,
         "Strike ends\n\nThe union, which had refused earlier offers, accepted a 6 percent pay rise on Friday. "
         "Trains will run normally from Monday.",
         "Rail deal\n\nThe rail union accepted a 6 percent pay rise on Friday, ending the strike. "
         "It had turned down two earlier offers.",
         ("", "")),
    Case("two-places-two-events", None,
         "Storms\n\nThe storm brought down power lines in Porto on Tuesday. "
         "A second storm is expected on Friday.",
         "Storm damage\n\nThe storm brought down trees in Porto on Tuesday and flooded streets in Braga. "
         "More bad weather is forecast.",
         ("", "")),
    Case("fell-then-recovered", None,
         "Markets\n\nShares fell sharply in early trading on Wednesday but recovered by the close. "
         "The main index ended flat.",
         "Stocks\n\nShares recovered on Wednesday after falling sharply in early trading. "
         "The index closed unchanged.",
         ("", "")),
    Case("denied-charges-pleaded", None,
         "Court\n\nThe former banker denied all charges of fraud at his first hearing on Monday. "
         "He was released on bail.",
         "Banker in court\n\nThe former banker pleaded not guilty to fraud at his first hearing on Monday. "
         "Bail was granted.",
         ("", "")),
    Case("quit-before-fired", None,
         "Coach leaves\n\nThe coach resigned on Sunday, a day before the club was expected to fire him. "
         "The team has lost six games in a row.",
         "Coach quits\n\nThe coach quit on Sunday, the club said. "
         "Reports had said he was about to be sacked after six straight defeats.",
         ("", "")),
]
