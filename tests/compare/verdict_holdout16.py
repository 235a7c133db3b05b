# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A sixteenth set, written on 3 December 2026 (third session) after the fifteenth set's fixes and
before it was ever run: whole short stories rather than sentence pairs. Each article has five or six
sentences, most of them the same facts in each outlet's own words, with background that differs
between the outlets; a conflict case plants one disagreement among them, a look-alike none. It asks
what the earlier sets did not: that the alignment picks the right pair out of many, and that the
agreeing and background sentences raise nothing. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("story-ferry-toll", "count",
         "Ferry capsizes off island\n\n"
         "A passenger ferry capsized off the island of Kelso on Sunday, killing 31 people, the coastguard said. "
         "The vessel was carrying about 200 passengers when it overturned in rough seas. "
         "Rescue boats pulled survivors from the water for hours. "
         "The ferry's operator said the boat had passed an inspection in March. "
         "The government declared three days of mourning.",
         "Dozens dead as ferry overturns\n\n"
         "Thirteen people died when a ferry overturned off Kelso island on Sunday, the coastguard said. "
         "Around 200 people were on board when high waves hit the boat. "
         "Fishermen joined the rescue effort. "
         "Survivors described panic as water flooded the lower deck. "
         "An inquiry has been ordered.",
         ("killing 31 people", "Thirteen people died")),
    Case("story-strike-called-off", "negation",
         "Rail strike called off\n\n"
         "The train drivers' union called off next week's national strike on Thursday after a late pay offer. "
         "The offer raises wages by 6 percent over two years. "
         "Commuters had braced for the worst disruption in a decade. "
         "The union's leader said members would vote on the deal. "
         "The transport minister welcomed the news.",
         "Rail strike to go ahead\n\n"
         "The train drivers' union did not call off next week's national strike on Thursday despite a late pay offer. "
         "The offer would raise wages by 6 percent over two years. "
         "Passengers have been told to work from home if they can. "
         "The union's leader said the offer came too late. "
         "Freight services will also be hit.",
         ("union called off next week's national strike", "union did not call off next week's national strike")),
    Case("story-merger-price", "value",
         "Brewers agree merger\n\n"
         "Two of the country's largest brewers agreed to merge on Monday in a deal worth $9.5 billion. "
         "Hopwell Brewing will buy Maltby & Sons, creating the biggest beer maker in the region. "
         "The combined company will employ 14,000 people. "
         "Competition regulators are expected to examine the deal closely. "
         "Shares in Maltby rose 18 percent.",
         "Hopwell to buy Maltby\n\n"
         "Hopwell Brewing said on Monday it would buy its rival Maltby & Sons in a deal worth $5.9 billion. "
         "The merger creates the region's largest brewer, with 14,000 staff. "
         "Regulators are likely to look hard at the tie-up. "
         "Maltby was founded in 1887 as a family business. "
         "Its shares jumped 18 percent on the news.",
         ("deal worth $9.5 billion", "deal worth $5.9 billion")),
    Case("story-election-winner", "roles",
         "Runoff result\n\n"
         "Former judge Clara Mendes won Sunday's presidential runoff, defeating the incumbent Rafael Soto, official results showed. "
         "Turnout was 71 percent. "
         "Mendes promised to fight corruption and reform the courts. "
         "Soto conceded in a speech to supporters late on Sunday. "
         "The new president takes office in January.",
         "Runoff decided\n\n"
         "The incumbent Rafael Soto won Sunday's presidential runoff, defeating former judge Clara Mendes, official results showed. "
         "About 71 percent of voters cast a ballot. "
         "The campaign was dominated by corruption scandals. "
         "International observers said the vote was fair. "
         "The inauguration is set for January.",
         ("Mendes won Sunday's presidential runoff", "Soto won Sunday's presidential runoff")),
    Case("story-protest-city", "place",
         "Farmers protest\n\n"
         "Thousands of farmers drove tractors into Lyon on Tuesday to protest against new fuel taxes. "
         "Traffic in the city centre came to a standstill. "
         "The farmers' union said the taxes would ruin small farms. "
         "Police said the protest was peaceful. "
         "The agriculture minister agreed to meet union leaders next week.",
         "Tractors block city\n\n"
         "Thousands of farmers drove tractors into Grenoble on Tuesday to protest against new fuel taxes. "
         "The protest paralysed traffic for hours. "
         "Union leaders said small farms could not survive the taxes. "
         "No arrests were reported. "
         "The minister will meet the union next week.",
         ("drove tractors into Lyon", "drove tractors into Grenoble")),
    Case("story-launch-day", "time",
         "Rocket launch\n\n"
         "The space agency launched its first lunar lander on Wednesday from the northern spaceport. "
         "The lander is due to touch down near the moon's south pole in five weeks. "
         "It carries four scientific instruments. "
         "The mission cost $180 million. "
         "Engineers cheered as the rocket cleared the tower.",
         "Moon mission lifts off\n\n"
         "The space agency launched its first lunar lander on Friday from the northern spaceport. "
         "It should land near the lunar south pole in about five weeks. "
         "Four instruments are on board. "
         "The mission has a budget of $180 million. "
         "A previous attempt was cancelled in 2023.",
         ("launched its first lunar lander on Wednesday", "launched its first lunar lander on Friday")),
    Case("story-tariffs-direction", "direction",
         "Tariff move\n\n"
         "The government raised import tariffs on steel to 25 percent on Monday, the trade ministry said. "
         "Domestic steelmakers had lobbied for the change for months. "
         "Car makers warned that prices would rise. "
         "The new rate applies from July 1. "
         "Trading partners said they would study the decision.",
         "Steel tariffs\n\n"
         "The government cut import tariffs on steel to 25 percent on Monday, the trade ministry said. "
         "Builders had complained about the cost of steel. "
         "Domestic producers criticised the move. "
         "The change takes effect on July 1. "
         "The ministry said it would review the rate next year.",
         ("government raised import tariffs on steel", "government cut import tariffs on steel")),
    Case("story-quote-speaker", "speaker",
         "Hospital closures\n\n"
         "Plans to close three rural hospitals drew anger on Monday. "
         "\"Closing these hospitals will cost lives in our villages,\" said Dr Erik Lund, head of the regional medical association. "
         "The health ministry says the hospitals are too small to be safe. "
         "Patients would be sent to a new central hospital. "
         "A public consultation runs until June.",
         "Anger at hospital plan\n\n"
         "A plan to shut three rural hospitals was met with anger on Monday. "
         "\"Closing these hospitals will cost lives in our villages,\" said Mayor Hanna Voss, whose town would lose its hospital. "
         "The ministry argues that small hospitals cannot keep enough staff. "
         "A new central hospital would take their patients. "
         "People can comment on the plan until June.",
         ("said Dr Erik Lund", "said Mayor Hanna Voss")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("story-same-facts-two-angles", None,
         "Wildfire forces evacuations\n\n"
         "A wildfire forced about 5,000 people to leave their homes near the town of Ardenne on Saturday. "
         "The fire has burned 2,000 hectares of forest. "
         "Strong winds made it hard to fight, firefighters said. "
         "Two water-bombing planes were sent from the capital. "
         "No injuries have been reported.",
         "Thousands flee fire\n\n"
         "Some 5,000 residents near Ardenne were evacuated on Saturday as a forest fire spread. "
         "Firefighters blamed gusting winds for the fire's speed. "
         "The blaze is the largest in the region since 2019, when 6,000 hectares burned. "
         "The regional governor visited a shelter in the evening. "
         "Schools in the area will stay closed on Monday.",
         ),
    Case("story-background-differs", None,
         "Central bank holds rates\n\n"
         "The central bank kept its main interest rate at 4 percent on Thursday, as expected. "
         "Inflation slowed to 2.8 percent in May. "
         "The bank's governor said rate cuts were possible later in the year. "
         "The bank last changed rates in October, when it raised them by a quarter point. "
         "The currency was little changed.",
         "Rates unchanged\n\n"
         "The central bank left its key rate unchanged at 4 percent on Thursday. "
         "Governor Paula Ried told reporters that cuts could come later this year. "
         "Economists had expected the decision. "
         "Unemployment stands at 6.2 percent, close to a record low. "
         "The bank's next meeting is in September.",
         ),
    Case("story-two-officials", None,
         "Bridge collapse\n\n"
         "A road bridge collapsed in the city of Varn on Monday, injuring eight people, officials said. "
         "The mayor said the bridge had been inspected last year and found safe. "
         "The transport minister ordered checks on all bridges of the same design. "
         "Engineers will examine the wreckage. "
         "Traffic was diverted.",
         "Varn bridge falls\n\n"
         "Eight people were hurt when a road bridge in Varn collapsed on Monday. "
         "An engineer who worked on the bridge said he had warned about cracks two years ago. "
         "The minister ordered inspections of similar bridges across the country. "
         "The bridge was built in 1974. "
         "Two of the injured are in serious condition.",
         ),
    Case("story-count-and-subcount", None,
         "Bus crash\n\n"
         "Twenty-two people were injured when a tour bus overturned on the coastal highway on Friday, police said. "
         "Four of them are in critical condition. "
         "The bus was carrying 40 tourists from a cruise ship. "
         "The driver told police a car had cut in front of him. "
         "The road reopened in the evening.",
         "Tour bus overturns\n\n"
         "A tour bus overturned on the coastal highway on Friday, injuring 22 people, police said. "
         "Most of the passengers were cruise ship tourists. "
         "Eighteen of the injured were released from hospital by the evening. "
         "Police are looking for a car that may have caused the crash. "
         "The cruise line said it was helping passengers.",
         ),
]
