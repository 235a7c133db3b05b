# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A second set of two-outlet verdict cases, written on 2 December 2026 after the verdict rules were
fixed and run once, untuned: the held-out check of `verdict_suite.py`'s development cases.

Same shape as `verdict_suite.Case`. These are written to be harder than the first set: the
conflict sits in a longer sentence with a second clause or an attribution, verbs and nouns
differ between the outlets, and the no-conflict cases are look-alikes (two numbers of two
things, one fact worded with opposite-sounding verbs, a place and the region around it).
Names and places are invented or generic. Do not tune on these: BENCHMARKS.md reports them.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("bridge-reopen-negated", "negation",
         "Bridge repairs\n\nThe transport ministry said on Monday that the Kelby river bridge, which was damaged in last month's storm, will reopen to traffic next week. "
         "Engineers have worked on the structure around the clock. Local businesses have complained about lost trade.",
         "Storm-hit bridge\n\nThe Kelby river bridge, damaged in last month's storm, will not reopen to traffic next week, the transport ministry said on Monday. "
         "Crews have been working in shifts since the storm. Shop owners say they have lost customers.",
         ("will reopen to traffic", "will not reopen to traffic")),
    Case("strike-called-off", "negation",
         "Nurses and the strike\n\nThe nurses' union confirmed that its members will strike on Thursday after talks with hospital managers broke down. "
         "The dispute is over pay and staffing levels. Hospitals have postponed some planned operations.",
         "Hospital dispute\n\nNurses will not strike on Thursday, the union confirmed, after talks with hospital managers. "
         "Pay and staff numbers are at the heart of the row. Some operations had been moved to later dates.",
         ("will strike on Thursday", "will not strike on Thursday")),
    # ------------------------------------------------------------------ direction
    Case("exports-rose-fell", "direction",
         "Trade figures\n\nCoffee exports rose 6 percent in the third quarter, the central bank said in its quarterly report on Friday. "
         "Coffee is the country's largest export. Farmers have struggled with dry weather.",
         "Quarterly trade\n\nCoffee exports fell 6 percent in the third quarter, according to the central bank's quarterly report released on Friday. "
         "The crop is the main source of foreign currency. A drought hit several growing regions.",
         ("exports rose 6 percent", "exports fell 6 percent")),
    Case("council-rejected-plan", "direction",
         "Housing plan vote\n\nThe city council approved the plan for 400 new homes on the former rail yard by seven votes to four on Wednesday night. "
         "Residents had packed the public gallery. The developer promised a new park on the site.",
         "Rail yard homes\n\nThe city council rejected the plan for 400 new homes on the former rail yard on Wednesday night after a heated debate. "
         "Dozens of residents attended the meeting. The developer had offered to build a park.",
         ("approved the plan for 400 new homes", "rejected the plan for 400 new homes")),
    # ------------------------------------------------------------------ roles
    Case("club-sued-player", "roles",
         "Court fight over transfer\n\nRiverside FC has sued its former striker Tomas Brandl over the terms of his transfer, the club said in a statement. "
         "Brandl joined a rival club in the summer. The case will be heard in the spring.",
         "Striker in court\n\nFormer Riverside FC striker Tomas Brandl has sued the club over the terms of his transfer, his lawyers said. "
         "He moved to a rival team in July. A hearing is expected next year.",
         ("Riverside FC has sued its former striker", "Tomas Brandl has sued the club")),
    Case("who-won-final", "roles",
         "Chess final\n\nIn the final in Vienna on Sunday, Maria Kessler defeated Anna Lind after a five-hour game. "
         "The tournament drew players from 30 countries. The winner takes home the title for the second time.",
         "Vienna chess title\n\nAnna Lind defeated Maria Kessler in the final in Vienna on Sunday, ending a long match. "
         "Players from around the world took part. Organisers praised the level of play.",
         ("Maria Kessler defeated Anna Lind", "Anna Lind defeated Maria Kessler")),
    # ------------------------------------------------------------------ count
    Case("rescued-miners-count", "count",
         "Mine collapse\n\nRescue teams pulled nine miners alive from the collapsed shaft early on Saturday, the regional governor said. "
         "The mine had been closed for safety checks last year. Families waited at the gate through the night.",
         "Miners rescued\n\nRescuers brought six miners out alive from the collapsed shaft early on Saturday, according to the regional governor. "
         "Safety inspectors had shut the mine last year. Relatives gathered at the entrance overnight.",
         ("nine miners", "six miners")),
    Case("arrests-count", "count",
         "Football violence\n\nPolice arrested 31 people after fans clashed outside the stadium on Saturday evening, a police spokesman said. "
         "Several shops had their windows smashed. The match ended in a draw.",
         "Clashes after match\n\nA police spokesman said 13 people were arrested after fans clashed outside the stadium on Saturday evening. "
         "Shop windows were broken nearby. The game finished level.",
         ("arrested 31 people", "13 people were arrested")),
    # ------------------------------------------------------------------ value
    Case("fine-amount", "value",
         "Regulator fines airline\n\nThe aviation regulator fined Skyline Air 4.2 million euros for repeated delays in refunding passengers, it said on Tuesday. "
         "The airline said it would appeal. Complaints rose sharply last year.",
         "Airline penalty\n\nSkyline Air was fined 2.4 million euros by the aviation regulator for repeated delays in refunding passengers, the regulator said on Tuesday. "
         "The carrier plans to appeal. Passenger complaints have increased.",
         ("4.2 million euros", "2.4 million euros")),
    Case("inflation-rate", "value",
         "Prices\n\nAnnual inflation slowed to 3.1 percent in October from 3.8 percent in September, the statistics office said. "
         "Food prices rose less quickly than before. Fuel costs fell.",
         "Inflation eases\n\nThe statistics office said annual inflation slowed to 2.9 percent in October, from 3.8 percent a month earlier. "
         "Food price growth eased. Petrol became cheaper.",
         ("3.1 percent in October", "2.9 percent in October")),
    # ------------------------------------------------------------------ time
    Case("election-date", "time",
         "Vote called\n\nThe prime minister announced on Monday that the general election will be held on 14 June 2026. "
         "Parliament will be dissolved in May. Opposition parties welcomed the decision.",
         "Election date set\n\nThe general election will take place on 21 June 2026, the prime minister announced on Monday. "
         "Parliament is due to be dissolved in May. Rival parties said they were ready.",
         ("14 June 2026", "21 June 2026"), "2025-11-03T09:00:00Z", "2025-11-03T11:00:00Z"),
    # ------------------------------------------------------------------ place
    Case("summit-venue", "place",
         "Talks venue\n\nThe two foreign ministers will meet in Geneva next week to resume the border talks, officials said. "
         "The talks stalled in the spring. Both sides say progress is possible.",
         "Ministers to meet\n\nOfficials said the two foreign ministers will meet in Vienna next week to resume the border talks. "
         "Negotiations broke down earlier this year. Each side says a deal can be reached.",
         ("meet in Geneva", "meet in Vienna")),
    # ------------------------------------------------------------------ speaker
    Case("quote-two-speakers", "speaker",
         "Budget row\n\n\"This budget abandons the families who need help most,\" said opposition leader Clara Voss. "
         "The finance minister presented the budget on Wednesday. It includes cuts to several ministries.",
         "Budget criticised\n\n\"This budget abandons the families who need help most,\" said union chief Peter Hahn. "
         "The budget was unveiled by the finance minister on Wednesday. Several ministries face cuts.",
         ("Clara Voss", "Peter Hahn")),
    # ------------------------------------------------------------------ no conflict
    Case("two-numbers-two-things", None,
         "School funding\n\nThe government will spend 300 million dollars on new school buildings over five years, the education minister said. "
         "About 120 schools will be rebuilt. Teachers' unions welcomed the plan.",
         "New schools\n\nThe education minister said 120 schools would be rebuilt under a five-year plan worth 300 million dollars. "
         "The plan also pays for 40 new science laboratories. Unions said the money was overdue.",
         ),
    Case("paraphrase-opposite-verbs", None,
         "Factory closure\n\nThe carmaker will close its plant in the north, with the loss of 800 jobs, the company said. "
         "Production will move abroad. Local leaders called it a blow to the region.",
         "Jobs lost\n\nAbout 800 workers will lose their jobs when the carmaker shuts its northern plant, the company said. "
         "Output is being moved to factories abroad. Regional officials described it as a heavy blow.",
         ),
    Case("city-and-region", None,
         "Flooding\n\nHeavy rain flooded dozens of homes in Dornbach on Tuesday, the fire service said. "
         "Rivers burst their banks after two days of rain. No one was hurt.",
         "Floods in the valley\n\nDozens of homes were flooded in the Dornbach area on Tuesday after two days of heavy rain, firefighters said. "
         "Several rivers overflowed. There were no injuries.",
         ),
    Case("rounded-figure", None,
         "Museum visitors\n\nThe national museum welcomed 1.48 million visitors last year, a record, its director said. "
         "A new wing opened in the spring. Tickets remain free for children.",
         "Record year for museum\n\nNearly 1.5 million people visited the national museum last year, the most ever, the director said. "
         "The museum opened a new wing in spring. Children still enter free.",
         ),
    Case("developing-toll-same-day", None,
         "Bus crash\n\nAt least 12 people were killed when a bus fell into a ravine on Sunday morning, police said. "
         "The bus was carrying about 40 passengers. Rescue work continued into the afternoon.",
         "Bus plunges into ravine\n\nPolice said 14 people died when a bus plunged into a ravine on Sunday morning. "
         "About 40 people were on board. Rescuers worked through the day.",
         ("", ""), "2025-06-01T08:00:00Z", "2025-06-01T16:30:00Z"),
    Case("attributed-both-sides", None,
         "Ceasefire talks\n\nThe rebels said government forces broke the ceasefire overnight, while the army denied any violation. "
         "Mediators called for calm. The truce began a week ago.",
         "Truce under strain\n\nThe army said it had not violated the ceasefire, rejecting rebel accusations that its forces opened fire overnight. "
         "International mediators urged restraint. The ceasefire took effect last week.",
         ),
    Case("same-quote-same-speaker", None,
         "Mayor on transit\n\n\"We cannot build a modern city on a broken bus network,\" Mayor Ilse Baumann said on Monday. "
         "She announced new routes for the east of the city. The changes start in January.",
         "New bus routes\n\nMayor Ilse Baumann said the city \"cannot build a modern city on a broken bus network\" as she unveiled new eastern routes. "
         "The new routes begin in January. Fares will not change.",
         ),
]
