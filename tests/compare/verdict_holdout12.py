# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twelfth set of two-outlet verdict cases, written on 3 December 2026 (third session) before it
was ever run, in wordings no earlier set used: "failed to", "has yet to", "has not ... any",
climbed / dipped, trimmed, shrank, endorsed / opposed, a sports score turned round, a suit turned
round, "was replaced by", survivors and homes, "fetched", turnout, a magnitude, trial dates, a
year, a summit city, an emergency landing, one quote given to two officials, an aid package's
contents; and look-alikes (lower bounds, a converted length, two measures of one company, a month
against a day in it, denied / rejected, arrested / detained, two times of one measure, a rounded
crowd, a borough inside its city, a converse result). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("failed-to-approve", "negation",
         "Merger decision\n\nCompetition regulators approved the merger of Norland Rail and Brisk Freight on Wednesday. "
         "The two firms will combine their cargo fleets.",
         "Rail merger\n\nCompetition regulators failed to approve the merger of Norland Rail and Brisk Freight on Wednesday. "
         "The companies said they would appeal.",
         ("regulators approved the merger", "failed to approve the merger")),
    Case("yet-to-identify", "negation",
         "Shooting\n\nPolice have identified the gunman who opened fire at the Elm Street mall, a spokesman said. "
         "Two shoppers were hurt.",
         "Mall shooting\n\nPolice have yet to identify the gunman who opened fire at the Elm Street mall, a spokesman said. "
         "Officers appealed for witnesses.",
         ("have identified the gunman", "have yet to identify the gunman")),
    Case("not-cancelled-any", "negation",
         "Strike hits flights\n\nSkyline Air cancelled its flights to Porto on Monday because of the strike. "
         "Passengers were offered refunds.",
         "Airline strike\n\nSkyline Air has not cancelled any of its flights to Porto, the carrier said on Monday. "
         "Delays of up to two hours are expected.",
         ("cancelled its flights to Porto", "has not cancelled any of its flights")),
    # ----------------------------------------------------------------- direction
    Case("unemployment-climbed-dipped", "direction",
         "Jobs report\n\nThe unemployment rate climbed to 6.1 percent in October, the statistics office said. "
         "Construction shed the most jobs.",
         "Jobless rate\n\nThe unemployment rate dipped to 6.1 percent in October, the statistics office said. "
         "Hiring in retail picked up.",
         ("rate climbed to 6.1 percent", "rate dipped to 6.1 percent")),
    Case("rate-raised-trimmed", "direction",
         "Central bank\n\nThe central bank raised its key interest rate by a quarter point on Thursday. "
         "Markets had expected the move.",
         "Rate decision\n\nThe central bank trimmed its key interest rate by a quarter point on Thursday. "
         "The currency weakened after the announcement.",
         ("bank raised its key interest rate", "bank trimmed its key interest rate")),
    Case("workforce-expanded-shrank", "direction",
         "Plant news\n\nVolta Motors expanded its workforce at the Dayton plant this year, the company said. "
         "It now builds electric vans there.",
         "Dayton plant\n\nVolta Motors shrank its workforce at the Dayton plant this year, the company said. "
         "Demand for vans has slowed.",
         ("expanded its workforce", "shrank its workforce")),
    Case("endorsed-opposed", "direction",
         "Housing bill\n\nSenator Alma Reyes endorsed the housing bill on Tuesday. "
         "The bill would fund 20,000 new homes.",
         "Reyes and the bill\n\nSenator Alma Reyes opposed the housing bill on Tuesday. "
         "The bill goes to a vote next week.",
         ("Reyes endorsed the housing bill", "Reyes opposed the housing bill")),
    # ------------------------------------------------------------------ roles
    Case("score-turned-round", "roles",
         "Derby\n\nThe Harbor City Gulls beat the Riverton Hawks 3-1 on Sunday. "
         "The crowd of 30,000 was the season's largest.",
         "Hawks win\n\nThe Riverton Hawks beat the Harbor City Gulls 3-1 on Sunday. "
         "It was their fourth win in a row.",
         ("Gulls beat the Riverton Hawks", "Hawks beat the Harbor City Gulls")),
    Case("suit-turned-round", "roles",
         "Defamation case\n\nThe singer Dana Harmon sued Kessler Media for defamation on Friday. "
         "The case concerns a magazine profile.",
         "Media lawsuit\n\nKessler Media sued the singer Dana Harmon for defamation on Friday. "
         "The company says she spread false claims.",
         ("Harmon sued Kessler Media", "Kessler Media sued the singer")),
    Case("replaced-by", "roles",
         "New captain\n\nMidfielder Joel Okafor was replaced by Sven Lindgren as team captain on Monday. "
         "The coach announced the change after training.",
         "Captaincy\n\nMidfielder Joel Okafor replaced Sven Lindgren as team captain on Monday. "
         "The coach announced the change after training.",
         ("Okafor was replaced by Sven Lindgren", "Okafor replaced Sven Lindgren")),
    # ------------------------------------------------------------------ count
    Case("survivors-found", "count",
         "Quake rescue\n\nRescuers pulled 14 survivors from the rubble of the hotel on Tuesday. "
         "Teams worked through the night.",
         "Hotel collapse\n\nRescuers pulled four survivors from the rubble of the hotel on Tuesday. "
         "Dogs were brought in to search.",
         ("pulled 14 survivors", "pulled four survivors")),
    Case("homes-destroyed", "count",
         "Storm damage\n\nThe storm destroyed about 300 homes along the coast, officials said. "
         "Power lines were down for days.",
         "Coastal storm\n\nThe storm destroyed some 1,200 homes along the coast, officials said. "
         "Shelters took in families overnight.",
         ("destroyed about 300 homes", "destroyed some 1,200 homes")),
    # ------------------------------------------------------------------ value
    Case("painting-fetched", "value",
         "Auction\n\nThe landscape painting sold for $4.2 million at auction in London on Wednesday. "
         "The buyer was not named.",
         "Art sale\n\nThe landscape painting fetched $2.4 million at auction in London on Wednesday. "
         "It had been expected to sell for less.",
         ("sold for $4.2 million", "fetched $2.4 million")),
    Case("turnout-percent", "value",
         "Referendum\n\nTurnout in the referendum was 58 percent, the election commission said. "
         "Voters backed the reform.",
         "Vote result\n\nTurnout in the referendum stood at 71 percent, the election commission said. "
         "The reform passed comfortably.",
         ("was 58 percent", "stood at 71 percent")),
    Case("quake-magnitude", "value",
         "Earthquake\n\nA 7.1-magnitude earthquake struck off the coast of the island on Saturday. "
         "No tsunami warning was issued.",
         "Island quake\n\nA magnitude 6.4 earthquake struck off the coast of the island on Saturday. "
         "Buildings shook in the capital.",
         ("7.1-magnitude earthquake", "magnitude 6.4 earthquake")),
    # ------------------------------------------------------------------- time
    Case("trial-opens", "time",
         "Fraud trial\n\nThe fraud trial of the former bank chief will open on June 12, the court said. "
         "He denies all charges.",
         "Court date\n\nThe fraud trial of the former bank chief will open on July 12, the court said. "
         "Jury selection takes a week.",
         ("open on June 12", "open on July 12")),
    Case("factory-closed-year", "time",
         "Town history\n\nThe town's last textile factory closed in 2019, putting 400 people out of work. "
         "The site is now empty.",
         "Mill town\n\nThe town's last textile factory closed in 2021, putting 400 people out of work. "
         "Plans for flats have stalled.",
         ("closed in 2019", "closed in 2021")),
    # ------------------------------------------------------------------ place
    Case("summit-city", "place",
         "Peace talks\n\nThe peace summit will be held in Geneva next month, the foreign ministry said. "
         "Both delegations have accepted.",
         "Summit venue\n\nThe peace summit will be held in Vienna next month, the foreign ministry said. "
         "Security preparations have begun.",
         ("held in Geneva", "held in Vienna")),
    Case("emergency-landing", "place",
         "Diverted flight\n\nA passenger jet made an emergency landing in Denver on Friday after smoke filled the cabin. "
         "All 140 people on board were safe.",
         "Smoke on board\n\nA passenger jet made an emergency landing in Omaha on Friday after smoke filled the cabin. "
         "The airline is investigating.",
         ("emergency landing in Denver", "emergency landing in Omaha")),
    # ---------------------------------------------------------------- speaker
    Case("quote-two-officials", "speaker",
         "Hospital waits\n\n\"We cannot keep asking nurses to work double shifts,\" Health Minister Rana Patel said on Monday. "
         "Waiting lists have grown.",
         "Nurses\n\n\"We cannot keep asking nurses to work double shifts,\" opposition leader Tomas Berger said on Monday. "
         "The union has threatened a strike.",
         ("Rana Patel said", "Tomas Berger said")),
    # --------------------------------------------------------------- contents
    Case("aid-package-contents", "contents",
         "Military aid\n\nThe new aid package includes tanks, artillery shells and drones, officials said. "
         "It is worth $2 billion.",
         "Aid package\n\nThe new aid package includes fighter jets and air-defence missiles, officials said. "
         "It will be delivered over two years.",
         ("includes tanks, artillery shells and drones", "includes fighter jets and air-defence missiles")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("lower-bounds", None,
         "Crash\n\nMore than 40 people were injured when two buses collided on the highway, police said. "
         "The road was closed for hours.",
         "Bus collision\n\nAt least 45 people were injured when two buses collided on the highway, police said. "
         "Several are in serious condition.",
         ),
    Case("converted-length", None,
         "New bridge\n\nThe bridge, 2 miles (3.2 kilometers) long, opened to traffic on Saturday. "
         "It cost $900 million.",
         "Bridge opens\n\nThe 3.2-kilometre bridge opened to traffic on Saturday. "
         "Commuters cheered as the first cars crossed.",
         ),
    Case("two-measures-one-company", None,
         "Earnings\n\nHalden Group said its revenue rose 5 percent in the third quarter. "
         "Demand in Asia was strong.",
         "Halden results\n\nHalden Group said its net profit fell 3 percent in the third quarter. "
         "Costs for energy were higher.",
         ),
    Case("month-and-day", None,
         "Launch\n\nThe space agency launched the weather satellite in March, officials said. "
         "It will orbit for ten years.",
         "Satellite\n\nThe space agency launched the weather satellite on March 3, officials said. "
         "Its first images are due soon.",
         ),
    Case("denied-or-rejected", None,
         "Allegations\n\nThe minister denied the report that she had misused public funds. "
         "She called it a smear.",
         "Minister responds\n\nThe minister rejected the report that she had misused public funds. "
         "Her lawyers are reviewing it.",
         ),
    Case("arrested-or-detained", None,
         "Arrests\n\nPolice arrested two men after the robbery at the jewellery store on Friday. "
         "The stolen rings were recovered.",
         "Robbery\n\nTwo men were detained by police after the robbery at the jewellery store on Friday. "
         "The shop's owner was unhurt.",
         ),
    Case("two-times-one-measure", None,
         "Prices\n\nInflation rose to 3 percent last year, the central bank said. "
         "Food prices drove most of the increase.",
         "Inflation\n\nInflation fell to 2 percent this month, the central bank said. "
         "Energy prices have dropped.",
         ),
    Case("rounded-crowd", None,
         "Final\n\nAbout 12,000 spectators watched the final at the national stadium on Sunday. "
         "The home team won on penalties.",
         "Cup final\n\nA crowd of 12,450 watched the final at the national stadium on Sunday. "
         "Tickets sold out in an hour.",
         ),
    Case("borough-inside-city", None,
         "Fire\n\nA fire gutted a warehouse in Brooklyn early on Thursday, the fire department said. "
         "No injuries were reported.",
         "Warehouse fire\n\nA fire gutted a warehouse in New York early on Thursday, the fire department said. "
         "The cause is under investigation.",
         ),
    Case("converse-result", None,
         "Chess\n\nGrandmaster Ilse Rivera defeated Paul Moss in the final round on Sunday. "
         "She takes the title.",
         "Title decided\n\nPaul Moss lost to grandmaster Ilse Rivera in the final round on Sunday. "
         "He finishes second.",
         ),
]
