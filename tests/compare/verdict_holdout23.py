# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twenty-third set, written on 3 December 2026 (fourth session) before it was ever run: short
stories in which the two planted sentences do not share their wording, as two outlets' sentences
rarely do: other verbs, other word order, the figure or name in another place. Alignment has to
pair them before any verdict can be reached. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para-crash-count", "count",
         "Plane crash\n\n"
         "A passenger plane crashed shortly after take-off from the island's main airport on Thursday, killing all 132 people on board. "
         "The aircraft was bound for the capital. "
         "Witnesses said one engine was on fire. "
         "Investigators have recovered the flight recorders.",
         "Airliner lost\n\n"
         "None of the 123 passengers and crew survived when the airliner went down minutes after leaving the island's main airport on Thursday. "
         "It was flying to the capital. "
         "People on the ground saw flames coming from an engine. "
         "Both black boxes have been found.",
         ("killing all 132 people on board", "None of the 123 passengers and crew survived")),
    Case("para-price-value", "value",
         "Painting sold\n\n"
         "A portrait by the Dutch master fetched 14 million pounds at auction in London on Tuesday. "
         "The buyer was not named. "
         "The painting had been in a private collection for a century. "
         "It was expected to sell for about 10 million pounds.",
         "Auction record\n\n"
         "An unnamed buyer paid 41 million pounds for the Dutch master's portrait at the London sale on Tuesday. "
         "It had hung in the same family's home for a hundred years. "
         "Bidding lasted twenty minutes. "
         "The auction house called it a remarkable result.",
         ("fetched 14 million pounds", "paid 41 million pounds")),
    Case("para-when-time", "time",
         "Bridge collapse\n\n"
         "Part of the old river bridge collapsed on Monday night, the city's engineers said. "
         "No one was on the bridge at the time. "
         "It had been closed to lorries since last year. "
         "Divers are checking the river bed.",
         "Bridge falls into river\n\n"
         "A section of the city's old bridge fell into the river late on Wednesday, engineers said. "
         "The bridge was empty when it gave way. "
         "Heavy vehicles had been banned from it for a year. "
         "Engineers will inspect the other bridges.",
         ("collapsed on Monday night", "late on Wednesday"),
         a_published="2025-03-13T09:00:00Z", b_published="2025-03-13T10:00:00Z"),
    Case("para-who-roles", "roles",
         "Chess final\n\n"
         "Grandmaster Irina Volkova beat Tomas Reyes in the final of the world rapid championship on Sunday. "
         "The final went to a tie-break. "
         "Volkova, 24, is the youngest champion in a decade. "
         "The prize fund was $500,000.",
         "Rapid title\n\n"
         "Tomas Reyes took the world rapid title on Sunday, getting the better of Irina Volkova in a tie-break. "
         "The two had drawn their regular games. "
         "Prize money totalled $500,000. "
         "It was Reyes's first world title.",
         ("Irina Volkova beat Tomas Reyes", "Reyes took the world rapid title")),
    Case("para-negation", "negation",
         "Vaccine approval\n\n"
         "The medicines regulator approved the new malaria vaccine for children under five on Friday. "
         "The vaccine cut severe cases by half in trials. "
         "Health groups welcomed the decision. "
         "Doses could be available by the summer.",
         "Malaria vaccine\n\n"
         "The new malaria vaccine for young children has not been given approval by the medicines regulator, officials said on Friday. "
         "Trials showed it halved severe cases. "
         "The regulator wants more safety data. "
         "A decision is now expected later in the year.",
         ("approved the new malaria vaccine", "has not been given approval")),
    Case("para-place", "place",
         "Protest\n\n"
         "Thousands of farmers drove their tractors into the centre of Marseille on Tuesday to protest against fuel prices. "
         "Traffic came to a halt. "
         "The farmers' union said more protests would follow. "
         "The government has promised talks.",
         "Farmers' convoy\n\n"
         "Tractors filled the streets of Toulouse on Tuesday as thousands of farmers protested over the price of diesel. "
         "Roads into the city were blocked for hours. "
         "Union leaders warned of further action. "
         "Ministers will meet farmers' leaders next week.",
         ("centre of Marseille", "streets of Toulouse")),
    Case("para-direction", "direction",
         "Jobless figures\n\n"
         "Unemployment rose to 6.1 percent in April, the labour ministry said on Friday. "
         "Construction and retail lost the most jobs. "
         "Economists had expected a smaller change. "
         "The central bank meets next week.",
         "Labour market\n\n"
         "The jobless rate fell to 6.1 percent in April, according to the labour ministry's figures on Friday. "
         "Building firms and shops shed workers. "
         "The change was larger than forecast. "
         "Interest rates will be set next week.",
         ("Unemployment rose to 6.1 percent", "The jobless rate fell to 6.1 percent")),
    Case("para-speaker", "speaker",
         "Stadium plan\n\n"
         "\"This stadium will change the face of the whole north of the city,\" club owner Marco Rossi told reporters on Monday. "
         "Building work starts in the spring. "
         "The stadium will hold 50,000 fans. "
         "Residents have raised concerns about parking.",
         "New stadium\n\n"
         "The city's mayor, Elena Bruni, said on Monday the new ground would \"change the face of the whole north of the city.\" "
         "It will seat 50,000 people. "
         "Construction begins in spring. "
         "Some residents fear traffic problems.",
         ("club owner Marco Rossi", "The city's mayor, Elena Bruni")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para-same-story", None,
         "Ferry rescue\n\n"
         "Coastguards rescued all 58 passengers from a ferry that ran aground off the north coast on Saturday. "
         "The ferry hit rocks in thick fog. "
         "Three people were treated for minor injuries. "
         "The operator has suspended the route.",
         "Ferry runs aground\n\n"
         "Everyone on board, 58 passengers, was brought to safety after the ferry struck rocks in fog off the north coast on Saturday. "
         "A handful were treated for cuts and bruises. "
         "Sailings on the route have been halted. "
         "An investigation has begun.",
         ("", "")),
    Case("para-two-matches", None,
         "Cup results\n\n"
         "Riverside beat Oakham 3-1 in the cup on Saturday. "
         "In the other semi-final, Milford lost 2-0 to Kestrel. "
         "The final is in May. "
         "Riverside last won the cup in 2011.",
         "Cup semi-finals\n\n"
         "Kestrel beat Milford 2-0 to reach the cup final on Saturday. "
         "Riverside saw off Oakham 3-1. "
         "The final will be played in May. "
         "Kestrel have never won the cup.",
         ("", "")),
    Case("para-forecast-and-actual", None,
         "Growth\n\n"
         "The economy grew 1.8 percent last year, the statistics office said on Monday. "
         "The government had forecast growth of 2.5 percent. "
         "Exports were weaker than expected. "
         "Consumer spending held up.",
         "Economy slows\n\n"
         "Growth came in at 1.8 percent for last year, below the government's forecast of 2.5 percent, official figures showed on Monday. "
         "Weak exports weighed on the economy. "
         "Households kept spending. "
         "The finance minister said this year would be better.",
         ("", "")),
]
