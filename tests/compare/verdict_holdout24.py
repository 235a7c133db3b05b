# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-fourth set, written on 3 December 2026 (fourth session) after the twenty-third set's fixes
and before it was ever run: more short stories whose planted sentences are worded apart (other verb,
other order, a noun where the other has a verb), in fields the twenty-third did not cover, and
paraphrased look-alike stories. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para2-evacuated-count", "count",
         "Wildfire\n\n"
         "Firefighters ordered 4,000 residents to leave their homes as a wildfire spread towards the hill town on Saturday. "
         "Strong winds fanned the flames overnight. "
         "Two houses were destroyed. "
         "Water-bombing planes were called in.",
         "Town evacuated\n\n"
         "Some 14,000 people were evacuated from the hill town on Saturday as the wildfire advanced, fire officials said. "
         "Gusting winds drove the fire through the night. "
         "A pair of homes burned down. "
         "Aircraft dropped water on the fire.",
         ("ordered 4,000 residents to leave", "Some 14,000 people were evacuated")),
    Case("para2-salary-value", "value",
         "Pay deal\n\n"
         "Junior doctors will get a pay rise of 9 percent under a deal agreed with the health ministry on Thursday. "
         "The doctors had staged six strikes this year. "
         "The union will put the offer to its members. "
         "The ministry said the deal was fair.",
         "Doctors' deal\n\n"
         "The health ministry has offered junior doctors a 6 percent increase in pay, ending months of strikes, the union said on Thursday. "
         "Members will vote on the offer. "
         "There were six walkouts this year. "
         "Hospital managers welcomed the news.",
         ("a pay rise of 9 percent", "a 6 percent increase in pay")),
    Case("para2-opened-time", "time",
         "Museum\n\n"
         "The new science museum opened its doors to the public on Saturday after eight years of building work. "
         "Entry is free for children. "
         "It has 12 galleries. "
         "Officials expect a million visitors a year.",
         "Science museum\n\n"
         "Visitors streamed into the new science museum on its first day open to the public on Sunday, eight years after construction began. "
         "Children get in free. "
         "There are a dozen galleries. "
         "A million people are expected each year.",
         ("opened its doors to the public on Saturday", "first day open to the public on Sunday"),
         a_published="2025-03-17T09:00:00Z", b_published="2025-03-17T10:00:00Z"),
    Case("para2-born-place", "place",
         "Astronaut\n\n"
         "The astronaut, a native of Krakow, will become the first person from her country to walk in space. "
         "The spacewalk is planned for next month. "
         "She trained for six years. "
         "Her mission lasts six months.",
         "Spacewalk first\n\n"
         "Born and raised in Gdansk, the astronaut is set to be her country's first spacewalker. "
         "She will leave the station next month. "
         "Her training took six years. "
         "She will spend half a year in orbit.",
         ("a native of Krakow", "Born and raised in Gdansk")),
    Case("para2-verdict-direction", "direction",
         "Verdict\n\n"
         "A jury found the former police officer guilty of assault on Wednesday after a two-week trial. "
         "He had denied the charge. "
         "Sentencing is set for next month. "
         "The victim's family welcomed the verdict.",
         "Officer cleared\n\n"
         "The former police officer was acquitted of assault by a jury on Wednesday at the end of a two-week trial. "
         "He had always said he was innocent. "
         "He left court without speaking. "
         "The victim's family said they were disappointed.",
         ("found the former police officer guilty", "was acquitted of assault")),
    Case("para2-direction-shares", "direction",
         "Market\n\n"
         "Shares in the carmaker jumped 12 percent on Tuesday after it reported strong sales of electric cars. "
         "Deliveries beat forecasts. "
         "The company raised its outlook. "
         "Rivals' shares also rose.",
         "Carmaker stock\n\n"
         "The carmaker's stock lost 12 percent of its value on Tuesday even though it reported strong sales of electric cars. "
         "It delivered more cars than expected. "
         "It lifted its forecast for the year. "
         "Analysts were surprised by the move.",
         ("jumped 12 percent", "lost 12 percent")),
    Case("para2-speaker-quote", "speaker",
         "School closures\n\n"
         "\"We cannot keep children in buildings that are falling apart,\" the education minister, Paula Sand, said on Friday. "
         "Twenty schools will close for repairs. "
         "Pupils will be taught in other schools. "
         "The repairs will take a year.",
         "Schools shut\n\n"
         "Head teacher Omar Lind, whose school is among those closing, said: \"We cannot keep children in buildings that are falling apart.\" "
         "Repairs are needed at twenty schools. "
         "Lessons will move to nearby schools. "
         "The work is expected to last a year.",
         ("the education minister, Paula Sand, said", "Head teacher Omar Lind")),
    Case("para2-roles-sold", "roles",
         "Takeover\n\n"
         "Ardent Foods sold its frozen-food business to Keller Group for an undisclosed sum, the companies said on Monday. "
         "The unit employs 2,000 people. "
         "The sale is expected to close in June. "
         "Regulators must approve it.",
         "Frozen-food deal\n\n"
         "Keller Group has sold its frozen-food division to Ardent Foods, the two companies announced on Monday. "
         "About 2,000 staff work in the division. "
         "The deal should be completed by June. "
         "It needs regulatory approval.",
         ("Ardent Foods sold its frozen-food business to Keller Group", "Keller Group has sold its frozen-food division to Ardent Foods")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para2-same-facts", None,
         "Power cut\n\n"
         "A power cut left 200,000 homes without electricity for five hours on Monday evening, the grid operator said. "
         "A fault at a substation was to blame. "
         "Traffic lights failed across the city. "
         "Power was restored by midnight.",
         "Blackout\n\n"
         "About 200,000 households lost power on Monday evening after a substation failed, according to the grid operator. "
         "Electricity came back shortly before midnight, five hours later. "
         "Junctions were jammed as traffic signals went dark. "
         "The operator apologised.",
         ("", "")),
    Case("para2-forecast-vs-result", None,
         "Harvest\n\n"
         "Farmers expect the wheat harvest to fall by 15 percent this year after a dry spring, the farmers' union said. "
         "Last year's harvest was a record. "
         "Bread prices could rise. "
         "Rain in May came too late for many crops.",
         "Wheat crop\n\n"
         "Last year's wheat harvest was the biggest on record, the farmers' union said, but this year's is expected to be smaller. "
         "A dry spring hurt the crop. "
         "Bakers warned of higher prices. "
         "The union blamed late rains.",
         ("", "")),
    Case("para2-two-injured-groups", None,
         "Bus accident\n\n"
         "Twelve schoolchildren were injured when their bus collided with a lorry on the motorway on Friday. "
         "The lorry driver was also hurt. "
         "Three of the children are in hospital. "
         "Police closed the motorway for four hours.",
         "School bus crash\n\n"
         "A school bus and a lorry collided on the motorway on Friday, injuring 13 people, including 12 pupils. "
         "Three children stayed in hospital overnight. "
         "The motorway was shut for four hours. "
         "Police are investigating the cause.",
         ("", "")),
    Case("para2-two-dates-two-acts", None,
         "Strike\n\n"
         "The union announced on Monday that train drivers will strike on Friday. "
         "Most trains will not run. "
         "Talks have failed. "
         "Passengers are advised to work from home.",
         "Rail strike\n\n"
         "Train drivers will walk out on Friday, their union said on Monday. "
         "Few services will run. "
         "Negotiations broke down last week. "
         "Commuters should avoid travelling.",
         ("", "")),
]
