# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-eighth set, written on 4 December 2026 after the twenty-seventh set's fixes and before it
was ever run: a sixth set of short stories whose planted sentences are worded apart, to measure
those fixes (an act done and refused, two days for one act, a move reversed in a side clause) on
text they were not made from, and look-alikes built to tempt them into false conflicts (a refusal
that came before the act, two acts of one person on two objects, a side clause moving another
thing, a year that names a law). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para6-quit-negation", "negation",
         "Coach leaves\n\n"
         "Coach Harald Brenner quit on Sunday after his team's fifth straight defeat, the club said. "
         "The team is bottom of the league. "
         "Brenner joined two years ago. "
         "An assistant will take charge for now.",
         "Coach stays\n\n"
         "Harald Brenner will not step down as coach despite his team's fifth defeat in a row, he told reporters on Sunday. "
         "The side are last in the table. "
         "He arrived two years ago. "
         "The board backed him.",
         ("quit on Sunday", "will not step down as coach")),
    Case("para6-prices-direction", "direction",
         "Fuel prices\n\n"
         "The state energy company cut petrol prices by 4 percent on Monday, citing cheaper crude. "
         "Diesel prices were unchanged. "
         "The move takes effect at midnight. "
         "Drivers' groups welcomed it.",
         "Petrol costs more\n\n"
         "Motorists will pay more at the pump after the state energy company increased petrol prices by 4 percent on Monday. "
         "Diesel stayed the same. "
         "The change applies from midnight. "
         "Drivers' groups criticised it.",
         ("cut petrol prices by 4 percent", "increased petrol prices by 4 percent")),
    Case("para6-deal-time", "time",
         "Merger agreed\n\n"
         "Northline Shipping agreed to buy its rival Baltic Freight on Tuesday, the two companies said. "
         "The combined firm will have 90 ships. "
         "Regulators must approve the deal. "
         "Shares in both rose.",
         "Shipping deal\n\n"
         "Baltic Freight will be bought by Northline Shipping under an agreement struck on Thursday, the companies said. "
         "Together they will run 90 vessels. "
         "The deal needs regulatory approval. "
         "Both companies' shares gained.",
         ("agreed to buy its rival Baltic Freight on Tuesday", "under an agreement struck on Thursday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("para6-crowd-count", "count",
         "March for climate\n\n"
         "Some 12,000 people marched through the capital on Saturday to demand faster action on climate change, police said. "
         "The march was peaceful. "
         "Speakers addressed the crowd in the main square. "
         "Organisers plan another march in the autumn.",
         "Climate protest\n\n"
         "Police put the number of marchers in the capital on Saturday at 21,000, as protesters called for quicker climate action. "
         "There was no trouble. "
         "Speeches were given in the main square. "
         "Another protest is planned for the autumn.",
         ("Some 12,000 people marched", "at 21,000")),
    Case("para6-speaker", "speaker",
         "Stadium plan\n\n"
         "\"This stadium will bring jobs to the whole region,\" the club's owner, Carla Mendes, said on Friday. "
         "The stadium will seat 40,000. "
         "Building starts next year. "
         "The council approved the plans.",
         "New stadium\n\n"
         "The council leader, Tom Baird, said on Friday the stadium \"will bring jobs to the whole region.\" "
         "It will hold 40,000 fans. "
         "Work begins next year. "
         "Planning permission has been granted.",
         ("the club's owner, Carla Mendes, said", "The council leader, Tom Baird, said")),
    Case("para6-place", "place",
         "Summit\n\n"
         "The leaders of the two countries met in Vienna on Monday for their first talks in three years. "
         "They discussed trade and energy. "
         "No agreement was signed. "
         "They will meet again in the spring.",
         "Leaders hold talks\n\n"
         "The two countries' leaders held their first talks in three years in Prague on Monday. "
         "Trade and energy were on the agenda. "
         "There was no deal. "
         "A second meeting is planned for spring.",
         ("met in Vienna on Monday", "in Prague on Monday")),
    Case("para6-roles", "roles",
         "Chess final\n\n"
         "Irina Volkova beat Mei Tanaka in the final game to win the championship on Sunday. "
         "The match lasted five hours. "
         "It was Volkova's first title. "
         "Tanaka had won the year before.",
         "Chess title\n\n"
         "Mei Tanaka defeated Irina Volkova in the last game of the final on Sunday to take the championship. "
         "The game went on for five hours. "
         "Tanaka keeps the title she won last year. "
         "Volkova was playing in her first final.",
         ("Irina Volkova beat Mei Tanaka", "Mei Tanaka defeated Irina Volkova")),
    Case("para6-value", "value",
         "House sale\n\n"
         "The painter's former home sold at auction for 2.4 million pounds on Wednesday, the auction house said. "
         "The buyer was not named. "
         "The house has nine bedrooms. "
         "It had been empty for a decade.",
         "Auction\n\n"
         "A bidder paid 4.2 million pounds for the painter's old house at an auction on Wednesday, according to the auction house. "
         "The buyer's identity was kept secret. "
         "The property has nine bedrooms. "
         "Nobody had lived there for ten years.",
         ("sold at auction for 2.4 million pounds", "paid 4.2 million pounds")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para6-refused-then-quit", None,
         "Minister resigns\n\n"
         "Transport minister Olga Berg resigned on Friday over the rail contract scandal, her office said. "
         "She had refused to resign last month when the scandal first broke. "
         "The prime minister accepted her resignation. "
         "A successor will be named next week.",
         "Berg out\n\n"
         "Olga Berg, who refused to step down when the rail contract scandal broke last month, has quit as transport minister, her office said on Friday. "
         "The prime minister accepted her departure. "
         "Her successor will be named next week. "
         "The opposition welcomed the move.",
         ("", ""),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("para6-two-objects", None,
         "Trade talks\n\n"
         "Prime minister Sven Aalto signed a trade agreement with Norway on Tuesday. "
         "He did not sign the fisheries agreement, which needs more work. "
         "Talks will resume next month. "
         "Farmers welcomed the trade deal.",
         "Aalto in Oslo\n\n"
         "Sven Aalto put his name to a trade pact with Norway on Tuesday but left the fisheries deal unsigned. "
         "Negotiators will meet again next month. "
         "Farm groups praised the trade agreement. "
         "Fishermen were disappointed.",
         ("", "")),
    Case("para6-other-thing-moved", None,
         "Budget\n\n"
         "The city raised property taxes by 3 percent on Wednesday to pay for new schools. "
         "The vote was close. "
         "The increase takes effect in July. "
         "Parents' groups welcomed the plan.",
         "City budget\n\n"
         "Homeowners will pay 3 percent more in property taxes after the city voted on Wednesday, while it lowered fees for sports clubs. "
         "The council was split. "
         "The changes start in July. "
         "New schools will be built.",
         ("", "")),
    Case("para6-law-year", None,
         "Court ruling\n\n"
         "The supreme court struck down parts of the 2019 housing law on Thursday. "
         "The ruling was unanimous. "
         "Landlords had challenged the law. "
         "The government said it would study the judgment.",
         "Housing law ruling\n\n"
         "On Thursday, the supreme court overturned sections of the housing law, which parliament passed in 2019. "
         "All the judges agreed. "
         "A landlords' group brought the case. "
         "Ministers are reviewing the decision.",
         ("", "")),
]
