"""A fifteenth set, written on 3 December 2026 (third session) after the fourteenth set's fixes and
before it was ever run, aimed at the weakest first-run figure (look-alikes kept clean, 0.86 over the
last three sets): mostly pairs that must *not* conflict, in the issue's families (heavy paraphrase,
granularity, same-topic background, two measures of one thing, conversions, ranges and bounds, parts
and wholes, figures that changed over time) and a few more (a plan and its outcome, two people's
views, a modal and a plain verb, a negated side remark), with six conflicts among them so the set
is not all one answer. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("paraphrase-pleaded-denied", None,
         "Court\n\nThe former treasurer has pleaded not guilty to all 14 counts of fraud, her lawyer said. "
         "The trial starts in May.",
         "Fraud case\n\nThe former treasurer denies the 14 fraud charges against her, her lawyer said. "
         "She is free on bail.",
         ),
    Case("paraphrase-quit-resigned", None,
         "Coach leaves\n\nThe national team coach quit on Sunday after the team's third straight defeat. "
         "His assistant will take charge.",
         "Coach resigns\n\nThe national team coach resigned on Sunday, a day after a third consecutive loss. "
         "The federation thanked him.",
         ),
    Case("granularity-year-and-month", None,
         "Opening\n\nThe new metro line will open in 2027, the transport authority said. "
         "It will have 12 stations.",
         "Metro line\n\nThe new metro line will open in September 2027, the transport authority said. "
         "Tunnelling is nearly finished.",
         ),
    Case("granularity-about-and-exact", None,
         "Refugees\n\nAbout 1.2 million people have fled the fighting, the UN refugee agency said. "
         "Most are women and children.",
         "Displaced\n\nSome 1,187,000 people have fled the fighting, the UN refugee agency said. "
         "Neighbouring countries have opened shelters.",
         ),
    Case("background-old-figure", None,
         "Unemployment\n\nUnemployment fell to 5.1 percent in June, the lowest in a decade. "
         "It had peaked at 9.8 percent in 2012.",
         "Jobs market\n\nThe jobless rate dropped to 5.1 percent in June, official figures showed. "
         "Wages rose 3 percent over the year.",
         ),
    Case("two-measures-quake", None,
         "Quake\n\nThe quake struck at a depth of 35 kilometres, the geological survey said. "
         "It was felt in the capital.",
         "Tremor\n\nThe quake's epicentre was 80 kilometres north of the capital, the geological survey said. "
         "Some windows broke.",
         ),
    Case("conversion-weight", None,
         "Seizure\n\nCustoms officers seized 2 tonnes of cocaine hidden in a banana shipment. "
         "Three men were arrested.",
         "Drugs haul\n\nCustoms officers seized 2,000 kg of cocaine hidden in a banana shipment. "
         "The drugs were headed for Rotterdam.",
         ),
    Case("upper-bound-and-point", None,
         "Sentence\n\nThe men face up to 10 years in prison if convicted, prosecutors said. "
         "They deny the charges.",
         "Charges\n\nThe men could be jailed for 8 years if convicted of the lesser charge, prosecutors said. "
         "A hearing is set for June.",
         ),
    Case("part-and-whole-budget", None,
         "Budget\n\nThe city's $4 billion budget sets aside $600 million for schools. "
         "The council votes on Thursday.",
         "Schools funding\n\nThe budget gives schools $600 million, part of $4 billion in spending for the city. "
         "Teachers had asked for more.",
         ),
    Case("changed-over-hours", None,
         "Fire\n\nThe wildfire has burned 3,000 acres, fire officials said on Monday morning. "
         "Evacuations were ordered.",
         "Wildfire grows\n\nThe wildfire has burned 8,500 acres, fire officials said on Monday night. "
         "Winds pushed it east.",
         a_published="2025-03-10T08:00:00Z", b_published="2025-03-10T22:00:00Z"),
    Case("plan-and-outcome", None,
         "Vote\n\nThe union planned to hold a strike vote on Friday. "
         "Members are angry about pay.",
         "Strike vote\n\nThe union's members voted on Friday to accept the pay offer. "
         "A strike has been averted.",
         ),
    Case("two-peoples-views", None,
         "Reaction\n\nThe mayor said the new stadium would bring jobs to the area. "
         "The council backs the plan.",
         "Stadium row\n\nResidents said the new stadium would bring traffic and noise to the area. "
         "A petition has 3,000 signatures.",
         ),
    Case("modal-and-plain", None,
         "Rates\n\nThe central bank may raise interest rates next month, its governor said. "
         "Inflation is above target.",
         "Rate outlook\n\nThe central bank's governor said rates could go up next month. "
         "Markets expect a quarter-point move.",
         ),
    Case("negated-side-remark", None,
         "Merger\n\nThe two airlines agreed to merge on Tuesday, although they did not say when the deal would close. "
         "Regulators must approve it.",
         "Airline merger\n\nThe two airlines agreed to merge on Tuesday and expect the deal to close next year. "
         "Unions want job guarantees.",
         ),
    Case("same-verb-two-subjects", None,
         "Sanctions\n\nThe United States imposed new sanctions on the shipping firm on Monday. "
         "The firm denies wrongdoing.",
         "More sanctions\n\nBritain also imposed sanctions on the shipping firm on Monday, following Washington. "
         "Its assets in London are frozen.",
         ),
    Case("range-and-inside", None,
         "Forecast\n\nForecasters expect 20 to 30 centimetres of snow overnight. "
         "Schools may close.",
         "Snow warning\n\nUp to 25 centimetres of snow is expected overnight, forecasters said. "
         "Drivers were told to stay home.",
         ),
    # ------------------------------------------------------------------ conflicts
    Case("paraphrased-negation", "negation",
         "Minister\n\nThe interior minister attended the memorial service on Sunday. "
         "He laid a wreath.",
         "Memorial\n\nThe interior minister did not attend the memorial service on Sunday. "
         "His deputy went instead.",
         ("minister attended the memorial service", "minister did not attend the memorial service")),
    Case("count-in-side-clause", "count",
         "Mine rescue\n\nRescuers, who worked through the night, freed 11 miners trapped underground, officials said. "
         "All were in good health.",
         "Miners freed\n\nRescuers, who worked through the night, freed 7 miners trapped underground, officials said. "
         "Two were taken to hospital.",
         ("freed 11 miners", "freed 7 miners")),
    Case("direction-paraphrase", "direction",
         "Fuel prices\n\nThe government raised fuel taxes by 5 cents a litre on Monday. "
         "Drivers queued at petrol stations.",
         "Fuel tax\n\nThe government lowered fuel taxes by 5 cents a litre on Monday. "
         "The move will cost the treasury.",
         ("government raised fuel taxes", "government lowered fuel taxes")),
    Case("time-weekday", "time",
         "Funeral\n\nThe funeral of the former president will be held on Thursday, his family said. "
         "Leaders from abroad will attend.",
         "State funeral\n\nThe funeral of the former president will be held on Saturday, his family said. "
         "Flags will fly at half-mast.",
         ("held on Thursday", "held on Saturday")),
    Case("value-percent", "value",
         "Poll\n\nSupport for the governing party stands at 34 percent, a new poll found. "
         "The opposition is ahead.",
         "Opinion poll\n\nSupport for the governing party stands at 26 percent, a new poll found. "
         "It is the party's worst showing.",
         ("stands at 34 percent", "stands at 26 percent")),
    Case("place-city", "place",
         "Arrest\n\nThe fugitive banker was arrested in Lisbon on Wednesday, police said. "
         "He had been on the run for two years.",
         "Banker caught\n\nThe fugitive banker was arrested in Madrid on Wednesday, police said. "
         "He will be extradited.",
         ("arrested in Lisbon", "arrested in Madrid")),
]
