# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-fifth set, written on 3 December 2026 (fourth session) after the twenty-fourth set's
fixes and before it was ever run: a third set of short stories whose planted sentences are worded
apart, in yet other fields (weather, diplomacy, courts, technology, health, sport), and paraphrased
look-alike stories. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para3-rain-value", "value",
         "Record rain\n\n"
         "The city recorded 180 millimetres of rain in 24 hours on Tuesday, the weather service said, the most since records began. "
         "Several roads were flooded. "
         "Schools closed early. "
         "More rain is forecast for the weekend.",
         "Downpour floods streets\n\n"
         "In the 24 hours to Tuesday evening, 81 millimetres of rain fell on the city, a record according to the weather service. "
         "Streets turned into rivers. "
         "Pupils were sent home early. "
         "Forecasters expect further showers on Saturday.",
         ("180 millimetres of rain", "81 millimetres of rain")),
    Case("para3-ambassador-direction", "direction",
         "Diplomatic row\n\n"
         "The government recalled its ambassador from Veloria on Thursday in protest at the arrest of two of its citizens. "
         "The two were detained last week. "
         "Veloria says they were spying. "
         "Relations have been tense for months.",
         "Envoy returns\n\n"
         "The government sent its ambassador back to Veloria on Thursday, ending a protest over the arrest of two of its citizens. "
         "The pair were held last week. "
         "Veloria accuses them of espionage. "
         "Ties between the two countries have been strained.",
         ("recalled its ambassador from Veloria", "sent its ambassador back to Veloria")),
    Case("para3-bail-negation", "negation",
         "Court\n\n"
         "A judge granted bail to the businessman accused of fraud at a hearing on Monday. "
         "He must surrender his passport. "
         "His trial is set for September. "
         "He denies the charges.",
         "Businessman in court\n\n"
         "The businessman accused of fraud will stay in custody after a judge refused to grant him bail on Monday. "
         "Prosecutors said he might flee. "
         "The trial is due to begin in September. "
         "He has pleaded not guilty.",
         ("granted bail to the businessman", "refused to grant him bail")),
    Case("para3-launch-time", "time",
         "Phone launch\n\n"
         "The company unveiled its first folding phone at an event in Seoul on Wednesday. "
         "It will go on sale next month. "
         "The phone costs $1,500. "
         "Analysts expect strong demand.",
         "Folding phone\n\n"
         "At a launch in Seoul on Thursday, the company showed off its first phone with a folding screen. "
         "Sales begin next month. "
         "The price is $1,500. "
         "Demand is expected to be strong.",
         ("in Seoul on Wednesday", "in Seoul on Thursday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T10:00:00Z"),
    Case("para3-outbreak-place", "place",
         "Bird flu\n\n"
         "Bird flu has been found at a poultry farm near Aarhus, the agriculture ministry said on Friday. "
         "All 30,000 birds on the farm will be culled. "
         "A protection zone has been set up. "
         "The risk to humans is low.",
         "Avian flu outbreak\n\n"
         "An outbreak of avian flu has been confirmed on a chicken farm outside Odense, the agriculture ministry said on Friday. "
         "The farm's 30,000 birds are to be killed. "
         "Farms nearby face restrictions. "
         "Officials said people were unlikely to be infected.",
         ("near Aarhus", "outside Odense")),
    Case("para3-goals-count", "count",
         "Derby\n\n"
         "Striker Leo Brandt scored three goals as Eastfield beat their rivals 4-1 on Sunday. "
         "It was his first hat-trick for the club. "
         "Eastfield are now top of the league. "
         "A crowd of 40,000 watched the game.",
         "Eastfield win derby\n\n"
         "Leo Brandt found the net twice in Eastfield's 4-1 derby win on Sunday, taking the club to the top of the league. "
         "The 40,000 fans saw the home side dominate. "
         "The striker joined in the summer. "
         "The rivals had not lost for ten games.",
         ("scored three goals", "found the net twice")),
    Case("para3-roles-endorsed", "roles",
         "Election\n\n"
         "Former president Ana Ruiz endorsed Tomas Vidal for the party's nomination on Saturday. "
         "Vidal is a former mayor of the capital. "
         "The vote is next month. "
         "Polls show a close race.",
         "Backing for candidate\n\n"
         "Tomas Vidal gave his endorsement to former president Ana Ruiz for the party's nomination on Saturday. "
         "The party will choose its candidate next month. "
         "Surveys suggest the contest is tight. "
         "Ruiz led the country for two terms.",
         ("Ana Ruiz endorsed Tomas Vidal", "Tomas Vidal gave his endorsement to former president Ana Ruiz")),
    Case("para3-contents-vaccines", "contents",
         "Vaccine deliveries\n\n"
         "The shipment delivered on Monday contains vaccines against measles, polio and tetanus, the health ministry said. "
         "It will reach 500,000 children. "
         "Clinics will open on Wednesday. "
         "Parents have been asked to bring their children.",
         "Vaccines arrive\n\n"
         "Doses against cholera and yellow fever arrived in Monday's shipment, according to the health ministry. "
         "Half a million children will be vaccinated. "
         "Clinics open their doors on Wednesday. "
         "Parents are urged to attend.",
         ("measles, polio and tetanus", "cholera and yellow fever")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para3-same-facts", None,
         "Cyber attack\n\n"
         "A cyber attack shut down the computer systems of the national railway on Monday, delaying trains across the country. "
         "The railway said no passenger data was stolen. "
         "Services were back to normal by the evening. "
         "Police are investigating.",
         "Railway hacked\n\n"
         "Trains nationwide ran late on Monday after hackers knocked the railway's computers offline. "
         "Customers' personal details were not taken, the company said. "
         "By evening the timetable had returned to normal. "
         "An investigation has been opened by police.",
         ("", "")),
    Case("para3-two-figures-two-things", None,
         "Hospital waits\n\n"
         "About 7.6 million people are waiting for hospital treatment, official figures showed on Thursday. "
         "Some 300,000 have waited more than a year. "
         "The health minister said the backlog was falling. "
         "Doctors' groups disagreed.",
         "Waiting lists\n\n"
         "More than 300,000 patients have been waiting over a year for treatment, according to figures published on Thursday. "
         "The total waiting list stands at 7.6 million. "
         "Ministers say it is starting to shrink. "
         "Medical unions say it is not.",
         ("", "")),
    Case("para3-hedged-and-plain", None,
         "Merger talks\n\n"
         "The two airlines are reportedly in talks about a merger, people familiar with the matter said. "
         "Neither company commented. "
         "A deal would create the region's biggest carrier. "
         "Shares in both rose.",
         "Airlines in talks\n\n"
         "The two airlines are discussing a possible merger, sources said on Tuesday. "
         "The companies declined to comment. "
         "Together they would be the region's largest airline. "
         "Investors welcomed the news.",
         ("", "")),
    Case("para3-earlier-and-later-role", None,
         "New central bank chief\n\n"
         "Maria Holm, a former finance minister, was named governor of the central bank on Friday. "
         "She takes over in June. "
         "Holm led the finance ministry from 2015 to 2019. "
         "Markets reacted calmly.",
         "Central bank governor\n\n"
         "The government appointed ex-finance minister Maria Holm to head the central bank on Friday. "
         "She will start in June. "
         "She ran the finance ministry for four years until 2019. "
         "Bond yields were little changed.",
         ("", "")),
]
