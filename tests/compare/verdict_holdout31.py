# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-first set, written on 4 December 2026 (second session of the day) after the thirtieth set's
fixes and before it was ever run: a ninth set of short stories whose planted sentences are worded
apart, in the constructions of wire copy (passives, nominalisations, "according to", numbers in
words), and look-alikes that share a number, a place or a verb without any conflict. BENCHMARKS.md
reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para9-pardon-negation", "negation",
         "Pardon\n\n"
         "The president pardoned the jailed journalist Omar Haddad on Tuesday, his lawyer said. "
         "Haddad had served two years of a five-year sentence. "
         "Press freedom groups had campaigned for his release. "
         "He was convicted of spreading false news.",
         "No pardon\n\n"
         "Jailed journalist Omar Haddad has not been pardoned by the president, his lawyer said on Tuesday. "
         "He has served two years of his five-year term. "
         "Campaigners have called for him to be freed. "
         "A court found him guilty of publishing false news.",
         ("pardoned the jailed journalist Omar Haddad", "has not been pardoned by the president")),
    Case("para9-deficit-direction", "direction",
         "Trade figures\n\n"
         "The country's trade deficit widened to 6.2 billion dollars in September, official figures showed on Friday. "
         "Exports of cars slowed. "
         "Energy imports were higher. "
         "The currency weakened after the data.",
         "Trade gap\n\n"
         "According to official data released on Friday, the trade gap narrowed to 6.2 billion dollars in September. "
         "Car exports were weaker. "
         "The country imported more energy. "
         "The currency fell after the release.",
         ("trade deficit widened to 6.2 billion dollars", "the trade gap narrowed to 6.2 billion dollars")),
    Case("para9-miners-count", "count",
         "Mine accident\n\n"
         "Eleven miners were trapped underground after a tunnel collapsed at the coal mine on Thursday, the company said. "
         "Rescue teams are drilling a shaft. "
         "Air is being pumped into the tunnel. "
         "The mine employs 900 people.",
         "Miners trapped\n\n"
         "The collapse of a tunnel at the coal mine on Thursday trapped 21 miners underground, according to the company. "
         "Rescuers are drilling towards them. "
         "Fresh air is being pumped in. "
         "About 900 people work at the mine.",
         ("Eleven miners were trapped underground", "trapped 21 miners underground")),
    Case("para9-launch-time", "time",
         "Phone launch\n\n"
         "The company unveiled its new folding phone at an event in the capital on Monday. "
         "It will cost 1,200 dollars. "
         "Sales start next month. "
         "Analysts said the price was high.",
         "New phone\n\n"
         "A new folding phone was presented by the company on Wednesday at a launch event in the capital. "
         "The price is 1,200 dollars. "
         "It goes on sale next month. "
         "Analysts called it expensive.",
         ("unveiled its new folding phone at an event in the capital on Monday", "was presented by the company on Wednesday"),
         a_published="2025-09-12T09:00:00Z", b_published="2025-09-12T10:00:00Z"),
    Case("para9-crash-place", "place",
         "Train derails\n\n"
         "A passenger train derailed near Salzburg on Sunday evening, injuring 14 people, the railway operator said. "
         "The cause is not yet known. "
         "The line will stay closed until Tuesday. "
         "The train had 200 passengers.",
         "Derailment\n\n"
         "Fourteen people were hurt when a passenger train came off the tracks outside Innsbruck on Sunday evening, according to the railway operator. "
         "Investigators are looking for the cause. "
         "The route is shut until Tuesday. "
         "About 200 passengers were on board.",
         ("derailed near Salzburg", "came off the tracks outside Innsbruck")),
    Case("para9-takeover-roles", "roles",
         "Takeover\n\n"
         "Norvik Energy has agreed to acquire Balder Power for 2.4 billion euros, the companies said on Monday. "
         "The deal needs regulatory approval. "
         "Balder's shares jumped. "
         "The combined group will have 5,000 staff.",
         "Energy deal\n\n"
         "Balder Power will take over Norvik Energy in a 2.4 billion euro deal, the two firms announced on Monday. "
         "Regulators must approve it. "
         "Shares in Norvik rose. "
         "The merged company will employ 5,000 people.",
         ("Norvik Energy has agreed to acquire Balder Power", "Balder Power will take over Norvik Energy")),
    Case("para9-speaker", "speaker",
         "Climate talks\n\n"
         "\"The world is running out of time to act,\" the United Nations climate chief, Ana Ferreira, said at the opening of the talks. "
         "Delegates from 190 countries attended. "
         "The talks last two weeks. "
         "Funding for poor countries is the main issue.",
         "Talks open\n\n"
         "The talks opened with a warning from the host country's environment minister, Lars Holm: \"The world is running out of time to act.\" "
         "Some 190 countries sent delegates. "
         "The meeting runs for two weeks. "
         "Money for poorer nations dominates the agenda.",
         ("the United Nations climate chief, Ana Ferreira, said", "environment minister, Lars Holm")),
    Case("para9-salary-value", "value",
         "Pay rise\n\n"
         "Nurses will get a pay rise of 4.5 percent from April under a deal agreed with the health ministry on Wednesday. "
         "The union had asked for 7 percent. "
         "Members will vote on the offer. "
         "Strikes have been suspended.",
         "Nurses' deal\n\n"
         "Under an agreement reached with the health ministry on Wednesday, nurses' pay will rise by 5.4 percent from April. "
         "The union wanted 7 percent. "
         "A ballot of members will follow. "
         "Planned strikes are on hold.",
         ("a pay rise of 4.5 percent", "will rise by 5.4 percent")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para9-two-derailments", None,
         "Rail accidents\n\n"
         "A freight train derailed near Linz on Saturday, and a passenger train came off the tracks near Graz on Sunday. "
         "No one was hurt in either accident. "
         "Both lines have reopened. "
         "The operator has ordered checks.",
         "Two derailments\n\n"
         "A passenger train left the rails near Graz on Sunday, a day after a freight train derailed outside Linz. "
         "Nobody was injured. "
         "Services are running again on both lines. "
         "Safety checks were ordered.",
         ("", "")),
    Case("para9-offer-and-demand", None,
         "Pay talks\n\n"
         "The ministry offered nurses a 4.5 percent pay rise on Wednesday. "
         "The union is demanding 7 percent. "
         "Talks resume next week. "
         "A strike is planned for May.",
         "Nurses reject offer\n\n"
         "Nurses' leaders said a 4.5 percent rise was not enough and repeated their demand for 7 percent. "
         "The offer was made on Wednesday. "
         "Negotiations continue next week. "
         "Nurses may strike in May.",
         ("", "")),
    Case("para9-spokesman-echo", None,
         "Airport\n\n"
         "\"All flights are running normally,\" an airport spokesman said on Friday after reports of delays. "
         "Security queues were long in the morning. "
         "Extra staff were brought in. "
         "The airport handles 30 million passengers a year.",
         "Airport queues\n\n"
         "Long security queues formed on Friday morning, but the airport said all flights were running normally. "
         "More staff were deployed. "
         "Some passengers complained online. "
         "The airport serves 30 million travellers a year.",
         ("", "")),
    Case("para9-before-and-after", None,
         "Unemployment\n\n"
         "Unemployment fell to 5.1 percent in June from 5.4 percent in May, the statistics office said. "
         "Youth unemployment remained high. "
         "Wages rose 3 percent. "
         "The figures beat forecasts.",
         "Jobless rate\n\n"
         "The jobless rate dropped from 5.4 percent in May to 5.1 percent in June, according to the statistics office. "
         "Young people still struggle to find work. "
         "Pay grew 3 percent. "
         "Economists had expected less.",
         ("", "")),
]
