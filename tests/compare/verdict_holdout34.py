# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-fourth set, written on 4 December 2026 (third session of the day) by a helper who had not
seen the code's rules, before it was ever run: a twelfth set of short stories whose planted sentences
are worded apart, in fields the earlier sets used little (aviation, energy, agriculture, insurance,
space, diplomacy, technology), and look-alikes: a count rounded up ("nearly 49,000" for 48,760), a
port town and the island group it lies in, a share and the counts behind it ("two in three" of
1,500), and an earlier vote that went the other way, named beside the later one. BENCHMARKS.md
reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para12-walkout-negation", "negation",
         "Cabin crew strike\n\n"
         "Cabin crew at Skyvale Air will stage a 48-hour walkout from Friday in a dispute over pay, their union said on Monday. "
         "The airline employs about 2,600 flight attendants. "
         "Talks with management broke down last week. "
         "Skyvale operates 180 flights a day from its base in Cork.",
         "Skyvale crew stay at work\n\n"
         "Flight attendants at Skyvale Air will not strike on Friday, the union that represents them announced on Monday, even though the pay dispute has not been settled. "
         "Some 2,600 cabin staff work for the carrier. "
         "Negotiations with the company collapsed last week. "
         "The airline runs 180 daily flights out of Cork.",
         ("will stage a 48-hour walkout from Friday", "will not strike on Friday")),
    Case("para12-price-cap-direction", "direction",
         "Energy bills\n\n"
         "The energy regulator raised the cap on household electricity prices by 8 percent for the winter months, it said on Wednesday. "
         "The new limit takes effect on 1 October. "
         "About 9 million homes are covered by the cap. "
         "Wholesale gas prices have been volatile this year.",
         "Power price ceiling\n\n"
         "The maximum that suppliers can charge households for electricity will fall by 8 percent this winter, the regulator announced on Wednesday. "
         "The change applies from 1 October. "
         "Some nine million households are on capped tariffs. "
         "Gas has swung sharply in price on wholesale markets this year.",
         ("raised the cap on household electricity prices by 8 percent", "will fall by 8 percent this winter")),
    Case("para12-cull-count", "count",
         "Swine fever\n\n"
         "Veterinary officials have ordered the slaughter of 14,000 pigs on farms in the Verlund district after an outbreak of African swine fever, the agriculture ministry said on Tuesday. "
         "The virus was confirmed at two farms last week. "
         "A 10-kilometre exclusion zone has been set up. "
         "The disease does not harm humans.",
         "Pigs to be culled\n\n"
         "Some 40,000 pigs are to be killed across Verlund district following the swine fever outbreak, according to figures the agriculture ministry gave on Tuesday. "
         "Two farms tested positive for the virus last week. "
         "Animal movements are banned within 10 kilometres of the outbreak. "
         "People cannot catch the disease.",
         ("the slaughter of 14,000 pigs", "Some 40,000 pigs are to be killed")),
    Case("para12-premiums-value", "value",
         "Home insurance\n\n"
         "Home insurance premiums in Limburg rose by an average of 18 percent this year, the insurers' association said on Thursday, blaming a surge in storm claims. "
         "Claims for flood damage doubled. "
         "Insurers paid out 420 million euros in the province. "
         "Consumer groups called the increases unfair.",
         "Insurance costs\n\n"
         "Households in Limburg are paying 13 percent more on average to insure their homes than they did last year, according to figures the insurers' association published on Thursday. "
         "The number of flood claims was twice last year's. "
         "Payouts in the province reached 420 million euros. "
         "Consumer organisations criticised the rises as unfair.",
         ("rose by an average of 18 percent", "paying 13 percent more on average")),
    Case("para12-touchdown-time", "time",
         "Moon landing\n\n"
         "A lander built by the start-up Corvid Space touched down near the moon's south pole on Thursday, the company said. "
         "It is the first private craft to land in the region. "
         "The lander carries six scientific instruments. "
         "It was launched from Florida three weeks ago.",
         "Private lander on the moon\n\n"
         "Corvid Space said its lander reached the lunar surface close to the south pole on Friday. "
         "No privately built spacecraft had landed in that region before. "
         "Six science instruments are on board. "
         "The craft lifted off from Florida three weeks earlier.",
         ("touched down near the moon's south pole on Thursday", "reached the lunar surface close to the south pole on Friday"),
         a_published="2025-03-15T09:00:00Z", b_published="2025-03-15T10:00:00Z"),
    Case("para12-talks-place", "place",
         "Fishing talks\n\n"
         "Iceland and the Faroe Islands opened talks on mackerel quotas in Copenhagen on Monday, the Icelandic foreign ministry said. "
         "The two sides have disagreed over catch limits for three years. "
         "Fisheries scientists are advising the delegations. "
         "A deal is hoped for before the spring fishing season.",
         "Mackerel dispute\n\n"
         "Negotiators from the Faroe Islands and Iceland sat down in Reykjavik on Monday to try to settle their quarrel over mackerel catches, according to Iceland's foreign ministry. "
         "Catch limits have divided the two for three years. "
         "Scientists are advising both teams. "
         "They hope to agree before fishing starts in the spring.",
         ("opened talks on mackerel quotas in Copenhagen", "sat down in Reykjavik on Monday")),
    Case("para12-patent-roles", "roles",
         "Patent fight\n\n"
         "Quorra Systems has sued Pellion Labs, accusing it of copying its chip-cooling technology, court filings showed on Tuesday. "
         "The case was filed in a federal court in Delaware. "
         "Damages of up to 300 million dollars are sought. "
         "Both companies make parts for data centres.",
         "Chip cooling lawsuit\n\n"
         "Pellion Labs has taken Quorra Systems to court, alleging that its rival copied its chip-cooling designs, according to filings made public on Tuesday. "
         "The suit was lodged in Delaware federal court. "
         "It seeks as much as 300 million dollars in damages. "
         "The two firms supply components for data centres.",
         ("Quorra Systems has sued Pellion Labs", "Pellion Labs has taken Quorra Systems to court")),
    Case("para12-runway-value", "value",
         "Runway plan\n\n"
         "Extending the main runway at Dunmore airport will cost 310 million euros, the airport's owner said on Friday as it published the plans. "
         "The runway will be lengthened by 800 metres. "
         "Work is due to start in 2027. "
         "Residents fear more noise.",
         "Airport expansion\n\n"
         "The airport's owner put the price of a longer main runway at Dunmore at 190 million euros when it unveiled the project on Friday. "
         "An extra 800 metres will be added. "
         "Construction should begin in 2027. "
         "People living nearby worry about noise.",
         ("will cost 310 million euros", "at 190 million euros")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para12-festival-rounded", None,
         "Folk festival\n\n"
         "The Brennock folk festival sold 48,760 tickets over its four days, a record, the organisers said on Monday. "
         "Headline acts came from Brittany and Canada. "
         "Rain fell on the final day. "
         "Next year's festival will add a fifth stage.",
         "Record crowds\n\n"
         "Nearly 49,000 tickets were sold for this year's Brennock folk festival, more than ever before, according to the organisers. "
         "Breton and Canadian bands topped the bill. "
         "The last day was wet. "
         "A fifth stage is planned for next year.",
         ("", "")),
    Case("para12-aground-region", None,
         "Ship aground\n\n"
         "The cargo ship Nordic Tern ran aground off Stornoway early on Sunday, the coastguard said. "
         "Its crew of 16 were unhurt. "
         "No fuel has leaked. "
         "Tugs will try to refloat the ship at high tide.",
         "Freighter stranded\n\n"
         "A cargo vessel, the Nordic Tern, went aground in the Outer Hebrides on Sunday morning, according to the coastguard. "
         "None of the 16 crew members was injured. "
         "There is no sign of a fuel leak. "
         "Salvage crews plan to pull it free when the tide is high.",
         ("", "")),
    Case("para12-share-of-farmers", None,
         "Farm survey\n\n"
         "Two in three dairy farmers expect to cut their herds next year because of low milk prices, a survey by the farmers' union showed on Wednesday. "
         "The union questioned 1,500 farmers. "
         "Feed costs have risen sharply. "
         "The union wants the government to step in.",
         "Dairy gloom\n\n"
         "Of the 1,500 dairy farmers questioned by the farmers' union, about 1,000 said they planned to reduce their herds next year, citing weak milk prices. "
         "The survey was published on Wednesday. "
         "Farmers are paying much more for feed. "
         "The union called for state help.",
         ("", "")),
    Case("para12-second-vote", None,
         "Pool closure\n\n"
         "Thornbury councillors voted on Tuesday to close the town's only public swimming pool to save money. "
         "The pool opened in 1974. "
         "Repairs would cost 2 million pounds. "
         "A campaign group plans to challenge the decision.",
         "Pool to shut\n\n"
         "The plan to shut Thornbury's swimming pool was approved by councillors on Tuesday, a week after they rejected an earlier version of the proposal. "
         "The pool has been open since 1974. "
         "Fixing it would cost 2 million pounds. "
         "Campaigners say they will fight the closure.",
         ("", "")),
]
