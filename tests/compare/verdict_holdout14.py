# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A fourteenth set of two-outlet verdict cases, written on 3 December 2026 (third session) after the
thirteenth set's fixes and before it was ever run. Unlike the earlier sets' short sentences, these are
written as wire copy is: a dateline, long sentences with an attribution, a side clause and a second
number, the conflicting detail in the middle. Look-alikes in the same style: a toll and an injured
count, a figure and its update hours later, two officials' two figures, a range and a point inside
it, a percentage and the count it is of, an old event in a side clause, a hedge and a denial of
something else. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("wire-will-not-seek", "negation",
         "Governor's plans\n\nSPRINGFIELD (Reuters) - Governor Helen Marsh, whose approval rating has fallen to 31 percent, "
         "will seek a second term next year, her spokesman told reporters on Tuesday, ending months of speculation. "
         "Marsh won in 2022 by 4 points.",
         "Marsh decision\n\nSPRINGFIELD - Governor Helen Marsh, whose approval rating has fallen to 31 percent, "
         "will not seek a second term next year, her spokesman told reporters on Tuesday, ending months of speculation. "
         "Two Democrats have already said they would run.",
         ("will seek a second term", "will not seek a second term")),
    Case("wire-never-received", "negation",
         "Aid delays\n\nGENEVA (AP) - The World Food Programme said on Thursday that the convoy of 40 trucks, which left the border "
         "crossing at dawn, had reached the besieged town of Harel by nightfall. "
         "Fighting had blocked the road for weeks.",
         "Convoy\n\nGENEVA - The World Food Programme said on Thursday that the convoy of 40 trucks, which left the border "
         "crossing at dawn, never reached the besieged town of Harel. "
         "The agency blamed shelling on the road.",
         ("had reached the besieged town", "never reached the besieged town")),
    # ----------------------------------------------------------------- direction
    Case("wire-exports-fell", "direction",
         "Trade data\n\nBEIJING (Reuters) - Exports rose 6.2 percent in September from a year earlier, customs data showed on Monday, "
         "as shipments of electric cars to Europe offset weaker demand for phones. "
         "Imports were flat.",
         "China trade\n\nBEIJING - Exports fell 6.2 percent in September from a year earlier, customs data showed on Monday, "
         "as weaker demand for phones outweighed shipments of electric cars to Europe. "
         "Economists had expected a smaller move.",
         ("Exports rose 6.2 percent", "Exports fell 6.2 percent")),
    Case("wire-lifted-sanctions", "direction",
         "Sanctions\n\nBRUSSELS - The European Union lifted sanctions on three Belarusian banks on Friday, diplomats said, "
         "in a move that surprised several member states. "
         "The decision was taken by written procedure.",
         "EU and Belarus\n\nBRUSSELS - The European Union imposed sanctions on three Belarusian banks on Friday, diplomats said, "
         "in a move that several member states had long sought. "
         "The banks' assets in the bloc are frozen.",
         ("lifted sanctions on three Belarusian banks", "imposed sanctions on three Belarusian banks")),
    # ------------------------------------------------------------------ roles
    Case("wire-defeated-in-runoff", "roles",
         "Mayoral runoff\n\nPORTSMOUTH - Councilwoman Ada Greene defeated businessman Paul Ortega in Tuesday's mayoral runoff, "
         "according to unofficial results, after a campaign dominated by housing costs. "
         "Turnout was low.",
         "Runoff result\n\nPORTSMOUTH - Businessman Paul Ortega defeated Councilwoman Ada Greene in Tuesday's mayoral runoff, "
         "according to unofficial results, after a campaign dominated by housing costs. "
         "He takes office in January.",
         ("Greene defeated businessman Paul Ortega", "Ortega defeated Councilwoman Ada Greene")),
    Case("wire-accused-of-spying", "roles",
         "Expulsions\n\nWARSAW - Poland expelled two Hungarian diplomats on Wednesday after accusing them of spying, "
         "the foreign ministry said in a statement. "
         "Budapest called the move unfriendly.",
         "Diplomats expelled\n\nWARSAW - Hungary expelled two Polish diplomats on Wednesday after accusing them of spying, "
         "the foreign ministry said in a statement. "
         "Warsaw said it would respond.",
         ("Poland expelled two Hungarian diplomats", "Hungary expelled two Polish diplomats")),
    # ------------------------------------------------------------------ count
    Case("wire-toll-mid-sentence", "count",
         "Landslide\n\nKATHMANDU (AFP) - A landslide triggered by monsoon rains buried a bus on a mountain highway, killing 17 passengers, "
         "police said on Sunday, as rescuers searched for the missing with their bare hands. "
         "The driver survived.",
         "Bus buried\n\nKATHMANDU - A landslide triggered by monsoon rains buried a bus on a mountain highway, killing 27 passengers, "
         "police said on Sunday, as rescuers searched for the missing. "
         "The road remains closed.",
         ("killing 17 passengers", "killing 27 passengers")),
    Case("wire-seats-won", "count",
         "Election\n\nLISBON - The Social Democrats won 86 seats in the 230-member parliament, official results showed on Monday, "
         "short of a majority but well ahead of their rivals. "
         "Coalition talks begin this week.",
         "Portugal vote\n\nLISBON - The Social Democrats won 68 seats in the 230-member parliament, official results showed on Monday, "
         "short of a majority and only narrowly ahead of their rivals. "
         "The president will meet party leaders.",
         ("won 86 seats", "won 68 seats")),
    # ------------------------------------------------------------------ value
    Case("wire-bond-price", "value",
         "Deal\n\nNEW YORK (Reuters) - Orion Pharma agreed to buy the biotech firm Cellix for $7.4 billion in cash, the companies said "
         "on Monday, betting on Cellix's experimental cancer drug. "
         "Cellix shares jumped.",
         "Orion deal\n\nNEW YORK - Orion Pharma agreed to buy the biotech firm Cellix for $4.7 billion in cash, the companies said "
         "on Monday, betting on its experimental cancer drug. "
         "The deal is expected to close next year.",
         ("for $7.4 billion", "for $4.7 billion")),
    Case("wire-inflation-rate", "value",
         "Prices\n\nANKARA - Annual inflation eased to 48.6 percent in October, the statistics institute said on Friday, "
         "the third monthly fall in a row. "
         "Food prices rose less than expected.",
         "Turkish inflation\n\nANKARA - Annual inflation eased to 46.8 percent in October, the statistics institute said on Friday, "
         "the third monthly fall in a row. "
         "The central bank held rates.",
         ("48.6 percent", "46.8 percent")),
    # ------------------------------------------------------------------- time
    Case("wire-arrested-day", "time",
         "Arrest\n\nMADRID - Police arrested the former club president at his home on Wednesday, a spokesman said, "
         "in an investigation into the sale of players worth 30 million euros. "
         "He has not commented.",
         "Club president held\n\nMADRID - Police arrested the former club president at his home on Monday, a spokesman said, "
         "in an investigation into the sale of players worth 30 million euros. "
         "His lawyer was not reachable.",
         ("on Wednesday", "on Monday"),
         a_published="2025-03-14T09:00:00Z", b_published="2025-03-14T11:00:00Z"),
    Case("wire-treaty-year", "time",
         "Border treaty\n\nThe two countries signed the border treaty in 1995, ending a dispute that had lasted decades, "
         "and have since doubled trade across the frontier. "
         "A joint commission meets every year.",
         "Treaty anniversary\n\nThe two countries signed the border treaty in 1959, ending a dispute that had lasted decades, "
         "and have since built three new crossings. "
         "Leaders will mark the anniversary.",
         ("in 1995", "in 1959")),
    # ------------------------------------------------------------------ place
    Case("wire-summit-moved", "place",
         "Summit\n\nThe leaders will meet in Helsinki on June 4, officials from both governments said on Wednesday, "
         "in their first meeting since the talks collapsed last year. "
         "Arms control is on the agenda.",
         "Leaders to meet\n\nThe leaders will meet in Stockholm on June 4, officials from both governments said on Wednesday, "
         "in their first meeting since the talks broke down. "
         "Trade is expected to dominate.",
         ("meet in Helsinki", "meet in Stockholm")),
    # ---------------------------------------------------------------- speaker
    Case("wire-quote-two-ministers", "speaker",
         "Budget row\n\n\"We will not balance the budget on the backs of pensioners,\" Finance Minister Lars Berg told parliament on "
         "Tuesday, as the coalition argued over cuts. "
         "The opposition jeered.",
         "Pensions\n\n\"We will not balance the budget on the backs of pensioners,\" Labour Minister Ida Holm told parliament on "
         "Tuesday, as the coalition argued over cuts. "
         "The vote is on Friday.",
         ("Lars Berg told parliament", "Ida Holm told parliament")),
    # --------------------------------------------------------------- contents
    Case("wire-package-items", "contents",
         "Stimulus\n\nThe government's stimulus package includes tax rebates, road repairs and school meals, the prime minister said "
         "on Sunday, adding that it would cost $12 billion. "
         "Parliament votes next week.",
         "Spending plan\n\nThe government's stimulus package includes housing grants and power subsidies, the prime minister said "
         "on Sunday, adding that it would cost $12 billion. "
         "Critics called it too small.",
         ("includes tax rebates, road repairs and school meals", "includes housing grants and power subsidies")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("toll-and-injured", None,
         "Blast\n\nAn explosion at a chemical plant killed four workers and injured 23, officials said on Monday. "
         "The cause is under investigation.",
         "Plant explosion\n\nThe explosion at the chemical plant killed four workers, officials said on Monday, "
         "and 23 people were taken to hospital. Residents were told to keep windows shut.",
         ),
    Case("toll-updated-later", None,
         "Floods\n\nFlash floods killed at least 9 people in the northern province, officials said on Saturday morning. "
         "Dozens are missing.",
         "Flood toll rises\n\nThe death toll from flash floods in the northern province rose to 21, officials said on Saturday evening. "
         "Rescue teams reached cut-off villages.",
         a_published="2025-03-15T07:00:00Z", b_published="2025-03-15T19:00:00Z"),
    Case("two-officials-two-figures", None,
         "Crowd\n\nPolice estimated the crowd at 15,000, while organisers said about 40,000 people had joined the march. "
         "The rally ended peacefully.",
         "March\n\nOrganisers said some 40,000 people marched through the city centre on Saturday. "
         "Speakers called for higher wages.",
         ),
    Case("range-and-point", None,
         "Repairs\n\nRepairing the bridge will cost between $30 million and $40 million, the transport department said. "
         "Work starts in spring.",
         "Bridge repairs\n\nRepairing the bridge will cost about $35 million, the transport department said. "
         "The bridge will stay open to cars.",
         ),
    Case("percent-and-count", None,
         "Survey\n\nSome 62 percent of the 1,000 people surveyed said they trusted the health service, the pollster said. "
         "Trust was lowest among the young.",
         "Health poll\n\nOf the 1,000 people surveyed, 620 said they trusted the health service, the pollster said. "
         "The survey was held in May.",
         ),
    Case("old-event-in-side-clause", None,
         "Strike\n\nDock workers, who last walked out in 2019, began a new strike on Monday over pay. "
         "Ships queued outside the port.",
         "Port strike\n\nDock workers began a strike on Monday over pay, the union said. "
         "It is their first stoppage since 2021, when they won a 5 percent rise.",
         ),
    Case("hedge-and-other-denial", None,
         "Talks\n\nThe rebels may agree to a ceasefire this week, a mediator said. "
         "A deal is not certain.",
         "Ceasefire hopes\n\nThe rebels denied reports that their leader had been wounded, a mediator said. "
         "Talks continue this week.",
         ),
]
