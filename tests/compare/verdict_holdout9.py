# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A ninth set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
eighth set's fixes and before they were ever run: found guilty / acquitted, promoted / relegated,
"failed to reach" an agreement, hiked / slashed, a trillion against a billion, burnt hectares, "a
suspect" against five, a colon-introduced quote, Christmas Day against Boxing Day, the White House
against the Capitol, who was arrested for assaulting whom, where a smoking ban applies; and
look-alikes (revenue / sales, a vote margin as votes and as a tally, "about a third" / 32 percent,
detained in Paris / by French police, "X defeated Y" / "Y lost to X", a rise told with and without
its size). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("failed-to-reach-agreement", "negation",
         "Coalition talks\n\nThe three parties reached an agreement on a coalition government on Sunday. "
         "The deal still needs the approval of party members.",
         "Talks collapse\n\nThe three parties failed to reach an agreement on a coalition government on Sunday. "
         "New talks are planned for next week.",
         ("reached an agreement", "failed to reach an agreement")),
    Case("would-not-seek-re-election", "negation",
         "Minister's future\n\nThe health minister said on Friday she would seek re-election next year. "
         "She has held the post since 2019.",
         "Minister to step back\n\nThe health minister said on Friday she would not seek re-election next year. "
         "Her party thanked her for her service.",
         ("would seek re-election", "would not seek re-election")),
    # ----------------------------------------------------------------- direction
    Case("guilty-or-acquitted", "direction",
         "Verdict\n\nThe former police chief was found guilty of corruption on Wednesday, the court said. "
         "Sentencing is set for next month.",
         "Chief verdict\n\nThe former police chief was acquitted of corruption on Wednesday, the court said. "
         "Prosecutors said they would study the ruling.",
         ("found guilty", "acquitted")),
    Case("promoted-or-relegated", "direction",
         "Season ends\n\nFC Rovena were promoted to the first division after Saturday's win. "
         "Fans invaded the pitch.",
         "Rovena\n\nFC Rovena were relegated to the second division after Saturday's defeat. "
         "The coach resigned after the match.",
         ("promoted", "relegated")),
    Case("rates-hiked-or-slashed", "direction",
         "Rate decision\n\nThe central bank hiked its main interest rate by half a point on Thursday. "
         "The decision was unanimous.",
         "Bank decision\n\nThe central bank slashed its main interest rate by half a point on Thursday. "
         "Markets had expected no change.",
         ("hiked its main interest rate", "slashed its main interest rate")),
    # ----------------------------------------------------------------- value
    Case("trillion-or-billion", "value",
         "Stimulus\n\nThe government unveiled a stimulus package worth $1.5 trillion on Monday. "
         "It includes payments to households.",
         "Stimulus plan\n\nThe government unveiled a stimulus package worth $1.5 billion on Monday. "
         "Economists called it modest.",
         ("$1.5 trillion", "$1.5 billion")),
    Case("hectares-burnt", "value",
         "Wildfire\n\nThe wildfire has burnt 300 hectares of forest near Valdera since Friday. "
         "Two villages were evacuated.",
         "Valdera fire\n\nThe wildfire has burnt 3,000 hectares of forest near Valdera since Friday. "
         "Firefighting planes were sent from abroad.",
         ("300 hectares", "3,000 hectares")),
    # ----------------------------------------------------------------- count
    Case("a-suspect-or-five", "count",
         "Arrest made\n\nPolice arrested a suspect in the killing of the shopkeeper on Tuesday. "
         "He is 19.",
         "Arrests\n\nPolice arrested five suspects in the killing of the shopkeeper on Tuesday. "
         "All are from the same neighbourhood.",
         ("a suspect", "five suspects")),
    # ----------------------------------------------------------------- speaker
    Case("quote-after-a-colon", "speaker",
         "Storm damage\n\nMayor Petra Lind said: \"The damage is worse than anything we have seen in fifty years.\" "
         "Power is out across the city.",
         "After the storm\n\nGovernor Hugo Ferre said: \"The damage is worse than anything we have seen in fifty years.\" "
         "Crews are clearing the roads.",
         ("Petra Lind", "Hugo Ferre")),
    # ----------------------------------------------------------------- time
    Case("christmas-or-boxing-day", "time",
         "Rescue\n\nThe climbers were rescued on Christmas Day after two nights on the mountain. "
         "Both were treated for frostbite.",
         "Climbers saved\n\nThe climbers were rescued on Boxing Day after two nights on the mountain. "
         "A helicopter lifted them off the ridge.",
         ("Christmas Day", "Boxing Day"),
         a_published="2024-12-28T09:00:00Z", b_published="2024-12-28T11:00:00Z"),
    # ----------------------------------------------------------------- place
    Case("white-house-or-capitol", "place",
         "Signing\n\nThe president signed the bill at the White House on Friday. "
         "Dozens of lawmakers attended.",
         "Bill signed\n\nThe president signed the bill at the Capitol on Friday. "
         "It takes effect in January.",
         ("White House", "Capitol")),
    # ----------------------------------------------------------------- roles
    Case("arrested-for-assaulting", "roles",
         "Brawl\n\nThe striker Leon Vidal was arrested for assaulting the referee Paul Moss after the match. "
         "The league has opened an inquiry.",
         "After the match\n\nThe referee Paul Moss was arrested for assaulting the striker Leon Vidal after the match. "
         "Both were released on bail.",
         ("Leon Vidal was arrested", "Paul Moss was arrested")),
    # ----------------------------------------------------------------- contents
    Case("smoking-ban-where", "contents",
         "New law\n\nThe new law bans smoking in bars, restaurants and offices from June. "
         "Fines start at 100 euros.",
         "Smoking ban\n\nThe new law bans smoking in parks, beaches and playgrounds from June. "
         "Shopkeepers may sell cigarettes as before.",
         ("bars, restaurants and offices", "parks, beaches and playgrounds")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("revenue-or-sales", None,
         "Results\n\nThe retailer's revenue rose to $5 billion last year. "
         "Online orders grew fastest.",
         "Retailer's year\n\nThe retailer's sales climbed to $5 billion last year, the company said. "
         "It plans 40 new stores.",
         ),
    Case("margin-as-votes-and-tally", None,
         "House vote\n\nThe House passed the bill 220-210 on Thursday. "
         "It now goes to the Senate.",
         "Bill passes\n\nThe House approved the bill by 10 votes on Thursday. "
         "The Senate votes next month.",
         ),
    Case("about-a-third", None,
         "Survey\n\nAbout a third of voters say they have not decided, the survey found. "
         "The election is in May.",
         "Undecided voters\n\nThirty-two percent of voters say they have not decided, according to the survey. "
         "Both main parties are level.",
         ),
    Case("detained-in-paris-by-french-police", None,
         "Arrest in France\n\nThe fugitive banker was detained in Paris on Saturday. "
         "He had been on the run for a year.",
         "Banker held\n\nThe fugitive banker was detained by French police on Saturday. "
         "Extradition proceedings will begin next week.",
         ),
    Case("defeated-or-lost-to", None,
         "Final\n\nAnna Berg defeated Maya Cole in the final on Sunday. "
         "It was her third title.",
         "Cole loses\n\nMaya Cole lost to Anna Berg in the final on Sunday. "
         "Cole had not dropped a set before the final.",
         ),
    Case("rise-with-and-without-size", None,
         "Rates up\n\nThe central bank raised rates by a quarter point to 4.5 percent. "
         "It was the third rise this year.",
         "Rate rise\n\nThe central bank raised interest rates to 4.5 percent on Wednesday. "
         "Mortgage costs will rise.",
         ),
]
