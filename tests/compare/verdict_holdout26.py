# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-sixth set, written on 3 December 2026 (fourth session) after the twenty-fifth set's fixes
and before it was ever run: a fourth set of short stories whose planted sentences are worded apart,
to measure the twenty-third to twenty-fifth sets' fixes on text they were not made from, and
paraphrased look-alike stories. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para4-strike-negation", "negation",
         "Airport strike\n\n"
         "Baggage handlers at the city's airport walked out on Friday morning, causing long queues, their union said. "
         "Dozens of flights were delayed. "
         "The dispute is over pay. "
         "Talks are planned for next week.",
         "Airport staff\n\n"
         "Baggage handlers at the city's airport did not go on strike on Friday after their union called off the walkout at the last minute. "
         "Flights ran normally. "
         "The row is about wages. "
         "The two sides will meet again next week.",
         ("walked out on Friday morning", "did not go on strike on Friday")),
    Case("para4-trade-direction", "direction",
         "Exports\n\n"
         "Wine exports to Asia rose by a fifth last year, the growers' association said on Tuesday. "
         "China was the biggest buyer. "
         "Prices held steady. "
         "The association expects more growth.",
         "Wine trade\n\n"
         "Shipments of wine to Asia fell by a fifth last year, according to figures from the growers' association on Tuesday. "
         "Buyers in China took the largest share. "
         "Prices were stable. "
         "Growers hope for a better year.",
         ("Wine exports to Asia rose by a fifth", "Shipments of wine to Asia fell by a fifth")),
    Case("para4-fine-value", "value",
         "Water company fined\n\n"
         "A court ordered the water company to pay 3 million euros for polluting the river with sewage, prosecutors said on Thursday. "
         "The spill killed thousands of fish. "
         "The company said it would pay. "
         "It has upgraded its pipes since.",
         "Sewage fine\n\n"
         "The water company must hand over 30 million euros after a court found it had let sewage into the river, prosecutors said on Thursday. "
         "Thousands of fish died. "
         "The firm accepted the ruling. "
         "New pipes have been installed.",
         ("pay 3 million euros", "hand over 30 million euros")),
    Case("para4-arrests-count", "count",
         "Drugs raid\n\n"
         "Police arrested 27 people in dawn raids across the region on Wednesday, seizing cocaine and cash. "
         "The raids involved 400 officers. "
         "Those held are aged between 19 and 55. "
         "They will appear in court on Friday.",
         "Police raids\n\n"
         "Seventy-two suspects were taken into custody when 400 officers raided homes across the region at dawn on Wednesday, police said. "
         "Drugs and cash were found. "
         "The youngest is 19. "
         "Court appearances are expected on Friday.",
         ("arrested 27 people", "Seventy-two suspects were taken into custody")),
    Case("para4-speaker", "speaker",
         "Library cuts\n\n"
         "\"Closing these libraries would be a disaster for the poorest families in the city,\" councillor Nadia Brook said on Tuesday. "
         "The council plans to close six libraries. "
         "A decision is due in May. "
         "Campaigners have collected 10,000 signatures.",
         "Libraries to close\n\n"
         "Closing the libraries would be \"a disaster for the poorest families in the city,\" according to the author Peter Stahl, who spoke at a protest on Tuesday. "
         "Six libraries face closure. "
         "The council will decide in May. "
         "A petition has 10,000 names.",
         ("councillor Nadia Brook said", "according to the author Peter Stahl")),
    Case("para4-time", "time",
         "Ship seized\n\n"
         "Naval forces boarded and seized an oil tanker in the strait on Sunday, the defence ministry said. "
         "The tanker's crew of 23 was unharmed. "
         "The ship was heading to a northern port. "
         "Its owner has demanded its release.",
         "Tanker detained\n\n"
         "An oil tanker was detained by the navy in the strait on Tuesday, the defence ministry said. "
         "None of its 23 crew members was hurt. "
         "It had been sailing for a northern port. "
         "The shipowner called for the vessel to be freed.",
         ("seized an oil tanker in the strait on Sunday", "detained by the navy in the strait on Tuesday"),
         a_published="2025-03-12T09:00:00Z", b_published="2025-03-12T10:00:00Z"),
    Case("para4-roles", "roles",
         "Boxing\n\n"
         "Kayla Moss knocked out Dana Reyes in the third round to win the title on Saturday night. "
         "It was Moss's tenth straight win. "
         "A crowd of 15,000 watched. "
         "Reyes had been champion for two years.",
         "Title fight\n\n"
         "Dana Reyes stopped Kayla Moss in the third round to keep her title on Saturday night. "
         "Reyes has now won ten fights in a row. "
         "There were 15,000 fans in the arena. "
         "Moss was fighting for the belt for the first time.",
         ("Kayla Moss knocked out Dana Reyes", "Dana Reyes stopped Kayla Moss")),
    Case("para4-place", "place",
         "Protest\n\n"
         "Thousands of students marched through Valencia on Thursday against higher university fees. "
         "The march was peaceful. "
         "Organisers said 20,000 took part. "
         "Another protest is planned for next month.",
         "Student march\n\n"
         "Students took to the streets of Seville in their thousands on Thursday to protest at rising tuition fees. "
         "There was no violence. "
         "Organisers put the turnout at 20,000. "
         "More protests are planned.",
         ("marched through Valencia", "streets of Seville")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para4-same-facts", None,
         "Factory fire\n\n"
         "Fire destroyed a furniture factory on the edge of town early on Monday, the fire service said. "
         "Nobody was inside at the time. "
         "Forty firefighters fought the blaze. "
         "The cause is not yet known.",
         "Blaze at factory\n\n"
         "A furniture plant on the outskirts of town burned to the ground in the early hours of Monday, according to the fire service. "
         "The building was empty. "
         "It took 40 firefighters to put out the flames. "
         "Investigators are trying to find out how it started.",
         ("", "")),
    Case("para4-two-players", None,
         "Transfer\n\n"
         "United signed midfielder Ravi Kaur from City for 20 million pounds on Monday. "
         "City also sold defender Tom Hale to Rovers for 8 million pounds. "
         "Kaur signed a four-year deal. "
         "Hale joins on a three-year contract.",
         "Transfers\n\n"
         "Tom Hale has moved from City to Rovers in an 8 million pound deal. "
         "City let Ravi Kaur go to United for 20 million pounds on Monday. "
         "Kaur's contract runs for four years. "
         "Hale has agreed three years.",
         ("", "")),
    Case("para4-plan-and-done", None,
         "Bridge works\n\n"
         "Engineers will close the old bridge for repairs on Monday, the city said on Friday. "
         "The work will take three weeks. "
         "Buses will be diverted. "
         "The bridge carries 20,000 cars a day.",
         "Bridge closure\n\n"
         "The old bridge is to shut for three weeks of repairs from Monday, city officials announced on Friday. "
         "Bus routes will change. "
         "About 20,000 vehicles use it daily. "
         "Cyclists can still cross.",
         ("", ""),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T11:00:00Z"),
]
