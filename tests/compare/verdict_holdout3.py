# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A third set of two-outlet verdict cases, written on 2 December 2026 (evening) before they were
ever run: the held-out check of the rules as they stood at commit 43f345c (namesakes and
price lists included). BENCHMARKS.md reports their first, untuned run.

Same shape as `verdict_suite.Case`. Conflicts in wordings the earlier sets do not use (written-out
numbers, a court's ruling, a takeover, a fine in euros, a summit's city), and look-alikes a
fact-checker meets daily: a lower bound, a denial paraphrased, two measures of one quake, one
person under a short form of his name. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("plans-vs-no-plans", "negation",
         "Airline and the new route\n\nNorthwind Airways plans to open a direct route to Lisbon next spring, its chief executive told investors on Tuesday. "
         "The carrier has added six aircraft this year.",
         "Northwind strategy\n\nNorthwind Airways does not plan to open a direct route to Lisbon next spring, its chief executive told investors on Tuesday. "
         "The airline's fleet grew by six planes this year.",
         ("plans to open a direct route", "does not plan to open a direct route")),
    Case("court-will-hear-vs-not", "negation",
         "Supreme court and the ballot case\n\nThe supreme court will hear the challenge to the ballot measure, the court's clerk said on Friday. "
         "Campaigners had asked for a fast ruling.",
         "Ballot measure\n\nThe supreme court will not hear the challenge to the ballot measure, its clerk said on Friday. "
         "Both sides had sought a quick decision.",
         ("will hear the challenge", "will not hear the challenge")),
    # ------------------------------------------------------------------ direction
    Case("court-upheld-vs-struck-down", "direction",
         "Ruling on smoking ban\n\nThe appeals court upheld the city's ban on smoking in parks on Wednesday. "
         "The ban was challenged by a group of shop owners.",
         "Smoking ban ruling\n\nThe appeals court struck down the city's ban on smoking in parks on Wednesday. "
         "Shop owners had brought the case.",
         ("upheld the city's ban", "struck down the city's ban")),
    Case("unemployment-fell-vs-rose", "direction",
         "Jobs data\n\nThe jobless rate fell to 6.2 percent in October, the statistics office said. "
         "Economists had expected little change.",
         "Labour market\n\nThe jobless rate rose to 6.2 percent in October, according to the statistics office. "
         "Analysts had forecast a stable rate.",
         ("fell to 6.2 percent", "rose to 6.2 percent")),
    # ------------------------------------------------------------------ count
    Case("arrests-14-vs-41", "count",
         "Protest in the capital\n\nPolice arrested 14 protesters outside the parliament building on Saturday. "
         "The demonstration was against a new housing law.",
         "Housing law protest\n\nPolice arrested 41 protesters outside parliament on Saturday during a rally against the housing law. "
         "Organisers said thousands took part.",
         ("14 protesters", "41 protesters")),
    Case("climbers-three-vs-five", "count",
         "Avalanche on the pass\n\nThree climbers were killed when an avalanche swept the northern pass on Sunday, mountain rescue officials said. "
         "Two others were rescued.",
         "Deadly avalanche\n\nFive climbers were killed by an avalanche on the northern pass on Sunday, according to mountain rescue officials. "
         "Rescue teams reached the site by helicopter.",
         ("Three climbers", "Five climbers")),
    # ------------------------------------------------------------------ value
    Case("fine-3m-vs-30m", "value",
         "Regulator fines bank\n\nThe financial regulator fined Castell Bank 3 million euros for failing to report suspicious transfers. "
         "The bank said it would not appeal.",
         "Castell Bank penalty\n\nCastell Bank was fined 30 million euros by the financial regulator for failing to report suspicious transfers. "
         "The bank has accepted the decision.",
         ("3 million euros", "30 million euros")),
    Case("quake-6.4-vs-7.1", "value",
         "Earthquake\n\nA magnitude 6.4 earthquake struck off the southern coast early on Monday, the geological survey said. "
         "There were no immediate reports of damage.",
         "Strong quake off coast\n\nA 7.1-magnitude earthquake hit off the southern coast early on Monday, according to the geological survey. "
         "Residents felt the shaking for several seconds.",
         ("6.4", "7.1")),
    # ------------------------------------------------------------------ speaker
    Case("quote-two-ministers", "speaker",
         "Budget row\n\n\"We will not raise taxes on working families this year,\" said Finance Minister Petra Holm. "
         "The budget is due next month.",
         "Tax pledge\n\n\"We will not raise taxes on working families this year,\" said Economy Minister Arne Dahl. "
         "The government presents its budget next month.",
         ("Petra Holm", "Arne Dahl")),
    # ------------------------------------------------------------------ time
    Case("inauguration-date", "time",
         "New governor\n\nThe governor-elect will be sworn in on January 12, 2026, her transition team said. "
         "She won the election by a wide margin.",
         "Transition team\n\nThe governor-elect will be sworn in on February 12, 2026, according to her transition team. "
         "Her victory margin was large.",
         ("January 12, 2026", "February 12, 2026")),
    # ------------------------------------------------------------------ place
    Case("summit-city", "place",
         "Trade summit\n\nThe trade summit will be held in Geneva next month, the organisers announced. "
         "Forty countries are expected to attend.",
         "Summit venue\n\nThe trade summit will be held in Vienna next month, organisers said. "
         "Delegations from forty countries will take part.",
         ("Geneva", "Vienna")),
    # ------------------------------------------------------------------ roles
    Case("takeover-swapped", "roles",
         "Bank merger\n\nMeridian Bank will acquire Fold Capital in a deal announced on Thursday. "
         "The combined group will have 2,000 staff.",
         "Banking deal\n\nFold Capital will acquire Meridian Bank, the two firms announced on Thursday. "
         "The merged company will employ about 2,000 people.",
         ("Meridian Bank will acquire Fold Capital", "Fold Capital will acquire Meridian Bank")),
    Case("runoff-winner-swapped", "roles",
         "Mayoral runoff\n\nJonas Reed defeated Carl Ames in Sunday's mayoral runoff. "
         "Turnout was higher than in the first round.",
         "Runoff result\n\nCarl Ames defeated Jonas Reed in the mayoral runoff on Sunday. "
         "More voters took part than in the first round.",
         ("Jonas Reed defeated Carl Ames", "Carl Ames defeated Jonas Reed")),
    # ------------------------------------------------------------------ contents
    Case("aid-package-contents", "contents",
         "Military aid\n\nThe aid package includes tanks, artillery shells and armoured vehicles, the defence ministry said. "
         "It is the largest package this year.",
         "Defence package\n\nThe aid package includes drones, radar systems and night-vision goggles, according to the defence ministry. "
         "Officials called it the biggest so far this year.",
         ("tanks, artillery shells", "drones, radar systems")),
    # ------------------------------------------------------------------ no conflict
    Case("lower-bound-vs-exact", None,
         "Factory fire\n\nMore than 300 workers were evacuated from the textile factory after the fire broke out on Tuesday. "
         "No one was hurt.",
         "Textile plant blaze\n\nSome 312 workers were evacuated from the factory when the fire started on Tuesday. "
         "There were no injuries."),
    Case("number-words-paraphrase", None,
         "Retail sales\n\nRetail sales dropped 5% in March, the statistics office said. "
         "Clothing shops were hit hardest.",
         "Shoppers cut back\n\nRetail sales fell five percent in March, according to the statistics office. "
         "Fashion retailers saw the steepest fall."),
    Case("denial-paraphrased", None,
         "Company responds\n\nThe company denied any wrongdoing in a statement on Monday. "
         "Regulators are reviewing its accounts.",
         "Accounts review\n\nThe company said on Monday that it had done nothing wrong. "
         "Regulators are examining its books."),
    Case("quake-two-measures", None,
         "Earthquake\n\nThe quake struck at a depth of 10 kilometres, about 40 kilometres from the city of Varna, the survey said. "
         "Buildings swayed across the region.",
         "Tremor felt widely\n\nThe quake was centred 40 km from Varna and was shallow, according to the survey. "
         "People ran into the streets."),
    Case("short-form-speaker", None,
         "Union warning\n\n\"We are ready to walk out if the offer does not improve,\" said union leader Jonathan Keller. "
         "Talks resume on Monday.",
         "Strike threat\n\n\"We are ready to walk out if the offer does not improve,\" Jon Keller told reporters. "
         "Negotiations continue next week."),
    Case("background-two-years", None,
         "Museum reopens\n\nThe city museum reopened on Saturday after a two-year renovation. "
         "It was founded in 1887.",
         "Museum doors open again\n\nAfter two years of building work, the city museum opened its doors again on Saturday. "
         "The renovation cost 12 million euros."),
    Case("ferry-passengers-and-crew", None,
         "Ferry rescue\n\nAll 120 passengers and 14 crew were rescued after the ferry ran aground on Friday. "
         "The coastguard led the operation.",
         "Ferry aground\n\nThe coastguard rescued everyone on board the ferry, 134 people in all, after it ran aground on Friday. "
         "The cause is under investigation."),
]
