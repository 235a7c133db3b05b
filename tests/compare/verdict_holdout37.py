# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-seventh set, written on 5 December 2026 by a helper who had not seen the code's rules,
before it was ever run: a fifteenth set of short stories whose planted sentences are worded apart,
in fields the earlier sets used little (pharmaceuticals, agriculture, wildfires, shipping, art,
space launches, aviation, chess), and look-alikes in a local government budget, a port, a museum
and a drug factory: a council's total budget beside the deficit it must close (the two figures
met in a different order), a queue of ships counted in the morning and again in the evening with
publication times hours apart, a rounded visitor count against the exact one ("nearly 1.5
million" / 1,482,300), and a range of jobs against a figure inside it ("between 300 and 400" /
"some 350"). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names of people and companies are invented; places are real.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para15-recall-negation", "negation",
         "Heart pill recall\n\n"
         "The drugmaker Velmora Pharma will recall its blood-pressure pill Tensolin from pharmacies across Germany, the company said on Monday, after tests found traces of an impurity in several batches. "
         "About 400,000 patients in the country take the drug. "
         "The impurity was found during routine checks at a factory in Poland. "
         "Patients were told to keep taking their pills until they speak to a doctor.",
         "Tensolin stays on shelves\n\n"
         "Pharmacies in Germany will not be asked to send back Velmora Pharma's blood-pressure medicine Tensolin, the drugmaker said on Monday, even though an impurity turned up in some batches. "
         "Some 400,000 people in Germany are prescribed the pill. "
         "Routine testing at a plant in Poland detected the impurity. "
         "Patients should continue their treatment until they have consulted a doctor.",
         ("will recall its blood-pressure pill Tensolin", "will not be asked to send back")),
    Case("para15-coffee-direction", "direction",
         "Coffee exports\n\n"
         "Uganda's coffee exports rose 9 percent in the twelve months to September, the country's coffee board said on Thursday. "
         "Robusta beans made up most of the shipments. "
         "Italy and India were the largest buyers. "
         "The board expects a bigger harvest next year.",
         "Ugandan coffee shipments\n\n"
         "Uganda shipped 9 percent less coffee abroad in the year ending in September, according to figures released on Thursday by its coffee board. "
         "Most of the coffee sold was robusta. "
         "The biggest customers were Italy and India. "
         "Officials predict a larger crop next year.",
         ("coffee exports rose 9 percent", "shipped 9 percent less coffee abroad")),
    Case("para15-wildfire-value", "value",
         "Algarve fire\n\n"
         "The wildfire in the hills above Monchique has burned 12,400 hectares since it broke out on Saturday, Portugal's civil protection agency said on Tuesday. "
         "The blaze is being fought by 1,100 firefighters. "
         "Several villages were evacuated on Monday night. "
         "Strong winds are expected to ease on Thursday.",
         "Monchique blaze grows\n\n"
         "Some 18,000 hectares of forest and scrub have been scorched by the Monchique fire, which started on Saturday, according to figures from Portugal's civil protection authority on Tuesday. "
         "There are 1,100 firefighters tackling the flames. "
         "On Monday night residents of several villages were moved out. "
         "Forecasters say the wind should drop on Thursday.",
         ("has burned 12,400 hectares", "Some 18,000 hectares of forest and scrub have been scorched")),
    Case("para15-containers-count", "count",
         "Boxes lost at sea\n\n"
         "The container ship Nordvik Star lost 46 containers overboard during a storm in the Bay of Biscay on Sunday, its operator Kestrel Line said. "
         "None of the crew was hurt. "
         "The ship was sailing from Rotterdam to Valencia. "
         "Coastguards warned other vessels to watch for floating boxes.",
         "Storm hits ship\n\n"
         "Sixty-one boxes were swept off the deck of the Nordvik Star as the vessel ran into a storm in the Bay of Biscay on Sunday, according to Kestrel Line, which operates the ship. "
         "The crew escaped injury. "
         "It was on its way from Rotterdam to Valencia. "
         "Other ships have been told by coastguards to look out for drifting containers.",
         ("lost 46 containers overboard", "Sixty-one boxes were swept off the deck")),
    Case("para15-painting-speaker", "speaker",
         "Hidden painting\n\n"
         "A painting found in the storerooms of the Bergstrand Museum in Gothenburg is an early work by the 17th-century Dutch painter Pieter Vermaal, the museum said on Wednesday. "
         "The canvas had been catalogued as the work of an unknown artist since 1921. "
         "\u201cIt has been hiding in plain sight for a hundred years,\u201d said Karin Ljungdahl, the museum's chief curator. "
         "The painting will go on show in the spring.",
         "Vermaal work found\n\n"
         "The Bergstrand Museum in Gothenburg announced on Wednesday that a canvas kept in its stores had been identified as an early picture by Pieter Vermaal, a Dutch artist of the 17th century. "
         "Since 1921 it had been listed as by an unknown painter. "
         "Tomas Wennberg, the restorer who cleaned the picture, said it had been \u201chiding in plain sight for a hundred years\u201d. "
         "Visitors will be able to see it from the spring.",
         ("said Karin Ljungdahl", "Tomas Wennberg, the restorer")),
    Case("para15-lander-time", "time",
         "Lander launch\n\n"
         "The private lunar lander Selene-2, built by the Munich start-up Corvane Space, is due to lift off from Kourou in French Guiana on 9 March, the company said on Friday. "
         "The lander will carry six scientific instruments to the region around the Moon's south pole. "
         "It will travel on an Ariane 6 rocket. "
         "The landing is planned about five days after launch.",
         "Corvane sets launch date\n\n"
         "16 March has been chosen as the launch date for Selene-2, the moon lander developed by Munich-based Corvane Space, which will leave from Kourou in French Guiana, the company announced on Friday. "
         "Six science instruments bound for the area near the lunar south pole are on board. "
         "An Ariane 6 rocket will carry it into space. "
         "Touchdown is expected roughly five days after lift-off.",
         ("is due to lift off from Kourou in French Guiana on 9 March", "16 March has been chosen as the launch date")),
    Case("para15-diversion-place", "place",
         "Flight diverted\n\n"
         "A Northwind Airways flight from London to Toronto made an emergency landing in Reykjavik on Thursday after smoke was reported in the cabin, the airline said. "
         "The Boeing 787 was carrying 254 passengers and 11 crew. "
         "No one was injured. "
         "Passengers were put on another plane on Friday.",
         "Smoke forces landing\n\n"
         "Smoke in the cabin forced the crew of a Toronto-bound Northwind Airways plane that had left London to put down in Dublin on Thursday, according to the airline. "
         "On board the Boeing 787 were 254 passengers and 11 crew members. "
         "There were no injuries. "
         "The passengers continued their journey on a replacement aircraft on Friday.",
         ("made an emergency landing in Reykjavik", "put down in Dublin")),
    Case("para15-chess-roles", "roles",
         "Wijk aan Zee, round seven\n\n"
         "Anika Roslova defeated the top seed Dmitri Kaverin in 61 moves in the seventh round of the chess tournament at Wijk aan Zee on Sunday. "
         "The game lasted more than five hours. "
         "Six rounds remain. "
         "Fourteen players are taking part.",
         "Seventh round in Wijk aan Zee\n\n"
         "In Sunday's seventh round at Wijk aan Zee, Roslova was beaten by Dmitri Kaverin, the tournament's top seed, in a game of 61 moves. "
         "Play went on for over five hours. "
         "There are six rounds left to play. "
         "The field has 14 players.",
         ("Anika Roslova defeated the top seed Dmitri Kaverin", "Roslova was beaten by Dmitri Kaverin")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para15-budget-and-deficit", None,
         "Council budget\n\n"
         "Bristol City Council approved a budget of 1.2 billion pounds for the coming financial year on Tuesday night, including shorter opening hours at libraries. "
         "The council faces a deficit of 48 million pounds, which it will cover partly from reserves. "
         "Council tax will rise by 4.99 percent. "
         "Opposition councillors voted against the plan.",
         "Bristol closes gap\n\n"
         "Councillors in Bristol voted on Tuesday night to draw on reserves to help close a 48 million pound gap in next year's finances. "
         "Total spending in the budget they approved comes to 1.2 billion pounds, and libraries will open for fewer hours. "
         "Council tax bills are going up by 4.99 percent. "
         "The opposition voted against.",
         ("", "")),
    Case("para15-ships-queue-updated", None,
         "Port strike\n\n"
         "Thirty-eight vessels were waiting at anchor off the port of Antwerp on Tuesday morning as a strike by tugboat crews entered its second day, the port authority said. "
         "The tug crews are demanding higher pay and shorter shifts. "
         "Container terminals are working but ships cannot berth without tugs. "
         "Talks with the tug operators are due on Wednesday.",
         "Antwerp queue lengthens\n\n"
         "By Tuesday evening the number of ships lying at anchor outside Antwerp had grown to 47, the port authority said, with tug crews on strike for a second day. "
         "The crews want better pay and shorter shifts. "
         "Terminals remain open, but vessels need tugs to reach a berth. "
         "Negotiations are set for Wednesday.",
         ("", ""),
         a_published="2026-06-16T08:00:00Z", b_published="2026-06-16T19:30:00Z"),
    Case("para15-museum-visitors-rounded", None,
         "Record year for museum\n\n"
         "Nearly 1.5 million people visited the Halvorsen Museum of Art in Oslo last year, a record, the museum said on Monday. "
         "An exhibition of Nordic landscape painting drew the biggest crowds. "
         "Foreign tourists made up about 40 percent of visitors. "
         "The museum plans to extend its opening hours in the summer.",
         "Halvorsen visitor record\n\n"
         "The Halvorsen Museum of Art in Oslo welcomed 1,482,300 visitors last year, more than ever before, according to figures it published on Monday. "
         "Its show of Nordic landscapes was the most popular exhibition. "
         "Roughly 40 percent of visitors came from abroad. "
         "Opening hours will be longer in the summer.",
         ("", "")),
    Case("para15-plant-jobs-range", None,
         "Vaccine plant\n\n"
         "The drugmaker Halden Biologics will build a vaccine factory in Cork that will employ between 300 and 400 people, the company said on Wednesday. "
         "The plant will cost about 250 million euros. "
         "Construction is due to start next year. "
         "The Irish government welcomed the investment.",
         "Halden to hire in Cork\n\n"
         "Some 350 jobs will be created at a new vaccine plant that Halden Biologics plans to build in Cork, the company announced on Wednesday. "
         "The investment is put at some 250 million euros. "
         "Building work should begin next year. "
         "Ireland's government said it welcomed the project.",
         ("", "")),
]
