"""A thirteenth set of two-outlet verdict cases, written on 3 December 2026 (third session) after the
twelfth set's fixes and before it was ever run: "denied it had laid off any", "did not pass", "in no
danger of", soared / slumped, increased / reduced, gained / shed, struck down / upheld, clubs named
after cities turned round, a hire turned round, a takeover turned round, arrests, deaths, a fine, a
height in metres and in feet, a rate, a ceasefire's night, a founding year, a crash near a city, a
birthplace, a quote with "said" before the speaker, a trade deal's goods; and look-alikes (a lower
bound, a rounded crowd, a club by its full name, a day inside "this week", a part of a group, a
negation of another action, two days of one share price, a workforce and a job cut, two hedges,
a borough in its city, a converted distance). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("denied-laying-off-any", "negation",
         "Job cuts\n\nThe carmaker confirmed it had laid off 200 workers at its Graz plant, a spokeswoman said. "
         "Unions called a meeting.",
         "Graz plant\n\nThe carmaker denied it had laid off any workers at its Graz plant, a spokeswoman said. "
         "Production continues as planned.",
         ("confirmed it had laid off 200 workers", "denied it had laid off any workers")),
    Case("bill-did-not-pass", "negation",
         "Senate vote\n\nThe farm subsidy bill passed the Senate late on Wednesday. "
         "Farmers' groups welcomed the vote.",
         "Subsidy bill\n\nThe farm subsidy bill did not pass the Senate late on Wednesday. "
         "Its sponsors vowed to try again.",
         ("bill passed the Senate", "bill did not pass the Senate")),
    Case("dam-no-danger", "negation",
         "Floods\n\nEngineers said the Kessel dam was in danger of collapse after days of rain. "
         "Villages downstream were evacuated.",
         "Dam safe\n\nEngineers said the Kessel dam was in no danger of collapse after days of rain. "
         "Water levels are being watched.",
         ("was in danger of collapse", "was in no danger of collapse")),
    # ----------------------------------------------------------------- direction
    Case("oil-soared-slumped", "direction",
         "Markets\n\nOil prices soared on Monday after the pipeline outage. "
         "Brent crude led the move.",
         "Oil\n\nOil prices slumped on Monday after the pipeline outage. "
         "Traders expect supplies to recover.",
         ("prices soared", "prices slumped")),
    Case("fines-increased-reduced", "direction",
         "Parking\n\nThe city council increased parking fines in the old town on Thursday. "
         "The new fines apply from May.",
         "Old town parking\n\nThe city council reduced parking fines in the old town on Thursday. "
         "Shopkeepers had complained.",
         ("council increased parking fines", "council reduced parking fines")),
    Case("index-gained-shed", "direction",
         "Stocks\n\nThe main share index gained 2 percent in early trading, led by bank stocks. "
         "Volumes were light.",
         "Trading update\n\nThe main share index shed 2 percent in early trading, led by bank stocks. "
         "Investors were cautious.",
         ("index gained 2 percent", "index shed 2 percent")),
    Case("struck-down-upheld", "direction",
         "Court ruling\n\nThe supreme court struck down the state's new voting law on Friday. "
         "The ruling was unanimous.",
         "Voting law\n\nThe supreme court upheld the state's new voting law on Friday. "
         "Civil rights groups were disappointed.",
         ("struck down the state's new voting law", "upheld the state's new voting law")),
    # ------------------------------------------------------------------ roles
    Case("clubs-turned-round", "roles",
         "Cup tie\n\nLyon beat Marseille 2-0 in the cup quarter-final on Wednesday night. "
         "Both goals came in the second half.",
         "Quarter-final\n\nMarseille beat Lyon 2-0 in the cup quarter-final on Wednesday night. "
         "The visitors played with ten men.",
         ("Lyon beat Marseille", "Marseille beat Lyon")),
    Case("hire-turned-round", "roles",
         "Campaign staff\n\nNadia Petrov hired Sam Cole as her campaign manager on Monday. "
         "He ran two state races before.",
         "New manager\n\nSam Cole hired Nadia Petrov as his campaign manager on Monday. "
         "She led a union before.",
         ("Petrov hired Sam Cole", "Cole hired Nadia Petrov")),
    Case("takeover-turned-round", "roles",
         "Takeover\n\nOrbis Media agreed to buy Kestrel Radio for $300 million, the companies said. "
         "The deal needs approval.",
         "Radio deal\n\nKestrel Radio agreed to buy Orbis Media for $300 million, the companies said. "
         "Shareholders vote next month.",
         ("Orbis Media agreed to buy Kestrel Radio", "Kestrel Radio agreed to buy Orbis Media")),
    # ------------------------------------------------------------------ count
    Case("protesters-arrested", "count",
         "Protest\n\nPolice arrested 23 protesters outside parliament on Saturday. "
         "The march had not been approved.",
         "Parliament protest\n\nPolice arrested 32 protesters outside parliament on Saturday. "
         "Most were released by evening.",
         ("arrested 23 protesters", "arrested 32 protesters")),
    Case("firefighters-killed", "count",
         "Blaze\n\nThe warehouse fire killed three firefighters on Thursday, the fire service said. "
         "The cause is unknown.",
         "Warehouse fire\n\nThe warehouse fire killed two firefighters on Thursday, the fire service said. "
         "Flags flew at half-mast.",
         ("killed three firefighters", "killed two firefighters")),
    # ------------------------------------------------------------------ value
    Case("fine-millions", "value",
         "Penalty\n\nThe bank was fined €4 million for failing to report suspicious payments. "
         "It said it would not appeal.",
         "Bank fine\n\nThe bank was fined €40 million for failing to report suspicious payments. "
         "Regulators called the failures serious.",
         ("fined €4 million", "fined €40 million")),
    Case("tower-height-units", "value",
         "Skyline\n\nThe new tower is 410 metres tall, the developer said. "
         "It will hold offices and a hotel.",
         "New tower\n\nThe new tower is 410 feet tall, the developer said. "
         "Construction took four years.",
         ("410 metres tall", "410 feet tall")),
    Case("rate-stood-at", "value",
         "Interest rates\n\nThe central bank's main rate stood at 4.25 percent after the meeting. "
         "Economists had expected no change.",
         "Rate meeting\n\nThe central bank's main rate stood at 4.5 percent after the meeting. "
         "The decision was split.",
         ("stood at 4.25 percent", "stood at 4.5 percent")),
    # ------------------------------------------------------------------- time
    Case("ceasefire-night", "time",
         "Truce\n\nThe ceasefire took effect at midnight on Sunday, both sides said. "
         "Shelling stopped within hours.",
         "Ceasefire\n\nThe ceasefire took effect at midnight on Saturday, both sides said. "
         "Aid trucks are waiting at the border.",
         ("midnight on Sunday", "midnight on Saturday")),
    Case("founded-year", "time",
         "Profile\n\nThe software company was founded in 1998 by two university friends. "
         "It now employs 4,000 people.",
         "Company history\n\nThe software company was founded in 2001 by two university friends. "
         "Its first product was a spreadsheet.",
         ("founded in 1998", "founded in 2001")),
    # ------------------------------------------------------------------ place
    Case("crash-near-city", "place",
         "Train crash\n\nA freight train derailed near Toulouse on Tuesday, the rail operator said. "
         "No one was injured.",
         "Derailment\n\nA freight train derailed near Bordeaux on Tuesday, the rail operator said. "
         "The line will stay closed for days.",
         ("near Toulouse", "near Bordeaux")),
    Case("born-in", "place",
         "Obituary\n\nThe novelist, who died on Friday, was born in Chicago in 1941. "
         "She wrote twenty books.",
         "Novelist dies\n\nThe novelist, who died on Friday, was born in Detroit in 1941. "
         "Her first book was a bestseller.",
         ("born in Chicago", "born in Detroit")),
    # ---------------------------------------------------------------- speaker
    Case("said-before-speaker", "speaker",
         "Flood response\n\n\"This is a dark day for our whole city,\" said Mayor Ana Ruiz on Monday. "
         "Dozens of homes were flooded.",
         "Floods\n\n\"This is a dark day for our whole city,\" said police chief Mark Doyle on Monday. "
         "Rescue boats were deployed.",
         ("said Mayor Ana Ruiz", "said police chief Mark Doyle")),
    # --------------------------------------------------------------- contents
    Case("trade-deal-goods", "contents",
         "Trade\n\nThe trade deal cuts tariffs on wheat, corn and soybeans, the ministry said. "
         "It takes effect in January.",
         "Tariff deal\n\nThe trade deal cuts tariffs on rice and sugar, the ministry said. "
         "Farmers expect higher exports.",
         ("tariffs on wheat, corn and soybeans", "tariffs on rice and sugar")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("lower-bound-toll", None,
         "Storm\n\nThe storm killed at least 12 people in the coastal province, officials said. "
         "Roads were blocked by trees.",
         "Coastal storm\n\nThe storm killed 14 people in the coastal province, officials said. "
         "Schools will stay shut.",
         ),
    Case("rounded-rally", None,
         "Rally\n\nAbout 200,000 people marched through the capital on Saturday, organisers said. "
         "The march was peaceful.",
         "March\n\n200,000 people marched through the capital on Saturday, organisers said. "
         "Police gave a lower figure.",
         ),
    Case("club-full-name", None,
         "Result\n\nLyon beat Marseille 2-0 on Wednesday night. "
         "It was Lyon's third straight win.",
         "Cup\n\nOlympique Lyonnais defeated Marseille 2-0 on Wednesday night. "
         "The coach praised his defence.",
         ),
    Case("day-inside-this-week", None,
         "Resignation\n\nThe health minister resigned on Tuesday over the hospital scandal. "
         "A successor has not been named.",
         "Minister quits\n\nThe health minister stepped down this week over the hospital scandal. "
         "The opposition had demanded it.",
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("part-of-group", None,
         "Charges\n\nTwo of the five suspects were charged with robbery on Friday. "
         "The others were released.",
         "Robbery arrests\n\nFive suspects were arrested over the robbery on Thursday. "
         "Police recovered some of the cash.",
         ),
    Case("negation-of-another-action", None,
         "After the flood\n\nThe mayor did not comment on the cost of the repairs. "
         "Engineers are assessing the damage.",
         "Rebuilding\n\nThe mayor said the city would rebuild the flooded bridge by summer. "
         "Traffic is being diverted.",
         ),
    Case("two-days-one-share", None,
         "Shares\n\nShares in the airline fell 5 percent on Monday after the profit warning. "
         "Analysts cut their targets.",
         "Airline stock\n\nShares in the airline rebounded 2 percent on Tuesday after the profit warning. "
         "Some investors saw a bargain.",
         ),
    Case("workforce-and-cuts", None,
         "Plant\n\nThe plant employs 3,000 people, the company said. "
         "It opened in 1990.",
         "Job cuts\n\nThe plant will cut 300 jobs next year, the company said. "
         "Unions plan to protest.",
         ),
    Case("two-hedges", None,
         "Manhunt\n\nThe suspect may have fled to Spain, police said on Sunday. "
         "Border checks were stepped up.",
         "Suspect\n\nThe suspect is believed to be in Spain, police said on Sunday. "
         "An international warrant was issued.",
         ),
    Case("borough-in-city", None,
         "Crime\n\nA man was stabbed in Manhattan on Friday night, police said. "
         "He is in a stable condition.",
         "Stabbing\n\nA man was stabbed in New York on Friday night, police said. "
         "No arrests have been made.",
         ),
    Case("converted-distance", None,
         "Quake\n\nThe earthquake struck 10 miles (16 kilometres) east of the city on Monday. "
         "Buildings swayed.",
         "Tremor\n\nThe earthquake struck 16 kilometres east of the city on Monday. "
         "There was no damage.",
         ),
]
