# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-third set, written on 4 December 2026 (second session of the day) after the thirty-second
set's fixes and before it was ever run: an eleventh set of short stories whose planted sentences are
worded apart (elections, business, crime, science, transport), and look-alikes: two figures for two
things in one sentence, a figure rounded, an arrest and a later charge, a forecast and an outcome.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para11-charges-negation", "negation",
         "Protest case\n\n"
         "Prosecutors charged the activist Mira Stone with criminal damage on Friday over the protest at the refinery. "
         "She was arrested last month. "
         "Her supporters gathered outside the court. "
         "The refinery was closed for a day.",
         "Activist freed\n\n"
         "Prosecutors decided on Friday not to charge the activist Mira Stone over the refinery protest. "
         "Police had detained her last month. "
         "Supporters waited outside the court. "
         "The protest shut the refinery for a day.",
         ("charged the activist Mira Stone", "not to charge the activist Mira Stone")),
    Case("para11-profit-direction", "direction",
         "Results\n\n"
         "Quarterly profit at the retailer Fenwick Stores jumped 12 percent to 340 million pounds, the company said on Thursday. "
         "Online sales grew strongly. "
         "The company will open 20 new shops. "
         "Its shares rose.",
         "Fenwick results\n\n"
         "Fenwick Stores said on Thursday that its profit for the quarter declined 12 percent to 340 million pounds. "
         "Sales online were strong. "
         "Twenty shops will open. "
         "The share price climbed.",
         ("profit at the retailer Fenwick Stores jumped 12 percent", "its profit for the quarter declined 12 percent")),
    Case("para11-votes-count", "count",
         "Referendum\n\n"
         "The proposal was backed by 412,000 voters in Sunday's referendum, the electoral commission said. "
         "Turnout was 58 percent. "
         "The government promised to act on the result. "
         "Opponents accepted defeat.",
         "Vote result\n\n"
         "According to the electoral commission, 241,000 people voted in favour of the proposal on Sunday. "
         "Fewer than six in ten voters took part. "
         "Ministers said they would respect the vote. "
         "The No campaign conceded.",
         ("backed by 412,000 voters", "241,000 people voted in favour")),
    Case("para11-opening-time", "time",
         "New line\n\n"
         "The new metro line opened to passengers on Saturday morning, the transport authority said. "
         "It has nine stations. "
         "Trains run every four minutes. "
         "The line took six years to build.",
         "Metro opens\n\n"
         "Passengers took the first trains on the new metro line on Sunday morning, according to the transport authority. "
         "There are nine stations. "
         "A train comes every four minutes. "
         "Construction lasted six years.",
         ("opened to passengers on Saturday morning", "took the first trains on the new metro line on Sunday morning"),
         a_published="2025-10-06T09:00:00Z", b_published="2025-10-06T10:00:00Z"),
    Case("para11-study-place", "place",
         "Research\n\n"
         "Scientists at the University of Leeds found that the drug halved the risk of a second stroke, in a study of 3,000 patients. "
         "The results were published on Wednesday. "
         "Side effects were mild. "
         "More trials are planned.",
         "Stroke drug\n\n"
         "A study of 3,000 patients by researchers at the University of Glasgow showed the drug cut the risk of a second stroke by half. "
         "It was published on Wednesday. "
         "Few side effects were seen. "
         "Further trials will follow.",
         ("Scientists at the University of Leeds", "researchers at the University of Glasgow")),
    Case("para11-shooting-roles", "roles",
         "Court\n\n"
         "Daniel Okafor shot Martin Riley outside a bar in the city centre on Saturday night, the court heard. "
         "Riley survived. "
         "Okafor denies attempted murder. "
         "The trial continues.",
         "Bar shooting trial\n\n"
         "The court was told that Martin Riley shot Daniel Okafor outside a city centre bar on Saturday night. "
         "Okafor survived the shooting. "
         "Riley denies attempted murder. "
         "The trial goes on.",
         ("Daniel Okafor shot Martin Riley", "Martin Riley shot Daniel Okafor")),
    Case("para11-speaker", "speaker",
         "Housing\n\n"
         "\"We will build homes that young people can afford,\" the housing minister, Nadia Berg, told parliament on Tuesday. "
         "The plan covers 100,000 homes. "
         "Building starts next year. "
         "The opposition called it too small.",
         "Homes plan\n\n"
         "Opposition leader Viktor Hale told parliament on Tuesday: \"We will build homes that young people can afford.\" "
         "A hundred thousand homes are planned. "
         "Work begins next year. "
         "Critics said the plan was too small.",
         ("the housing minister, Nadia Berg, told parliament", "Opposition leader Viktor Hale told parliament")),
    Case("para11-fare-value", "value",
         "Taxi fares\n\n"
         "The minimum taxi fare in the city will rise to 7.50 euros next month, the council said. "
         "Drivers had asked for more. "
         "The night surcharge stays the same. "
         "Fares last rose three years ago.",
         "Taxis cost more\n\n"
         "From next month, a taxi ride in the city will cost at least 5.70 euros, according to the council. "
         "Drivers wanted a bigger rise. "
         "There is no change to the night surcharge. "
         "The last increase was three years ago.",
         ("will rise to 7.50 euros next month", "will cost at least 5.70 euros")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para11-two-figures", None,
         "Budget\n\n"
         "The city will spend 40 million euros on schools and 25 million euros on roads next year, the mayor said. "
         "Taxes will not rise. "
         "The budget was approved on Monday. "
         "Debt will fall slightly.",
         "City budget\n\n"
         "Roads will get 25 million euros next year and schools 40 million, the mayor announced. "
         "There will be no tax rise. "
         "Councillors approved the budget on Monday. "
         "The city's debt is set to fall.",
         ("", "")),
    Case("para11-rounded", None,
         "Airport traffic\n\n"
         "The airport handled 24.6 million passengers last year, a record, its operator said. "
         "Most flights were to Europe. "
         "A new terminal opens in 2027. "
         "Cargo volumes fell.",
         "Record year\n\n"
         "Nearly 25 million passengers passed through the airport last year, the operator said. "
         "European routes dominated. "
         "The new terminal is due in 2027. "
         "Less cargo was handled.",
         ("", "")),
    Case("para11-arrest-then-charge", None,
         "Fraud\n\n"
         "Police arrested the company's former accountant on Monday on suspicion of fraud. "
         "He was released on bail. "
         "The company has lost 3 million euros. "
         "An audit is under way.",
         "Accountant charged\n\n"
         "The former accountant, arrested on Monday, was charged with fraud on Wednesday, police said. "
         "He was freed on bail. "
         "The firm says 3 million euros are missing. "
         "Auditors are checking the accounts.",
         ("", ""), a_published="2025-11-13T09:00:00Z", b_published="2025-11-13T10:00:00Z"),
    Case("para11-forecast-and-outcome", None,
         "Harvest\n\n"
         "The wheat harvest reached 8.2 million tonnes this year, beating the ministry's forecast of 7.5 million tonnes. "
         "Rain in spring helped. "
         "Prices fell. "
         "Exports will rise.",
         "Good harvest\n\n"
         "The ministry had expected 7.5 million tonnes of wheat, but farmers brought in 8.2 million tonnes this year. "
         "Spring rain was a help. "
         "Wheat prices dropped. "
         "More wheat will be exported.",
         ("", "")),
]
