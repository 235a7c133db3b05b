# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A sixth set of two-outlet verdict cases, written on 3 December 2026 (second session) after the
fifth set's fixes and before they were ever run: each kind once more in constructions the other
sets do not use (ruled out / confirmed, "has yet to", widened / narrowed, upgraded / downgraded, a
dozen, "according to" one person or another, "last Thursday", a city given as "the northern city
of", endorsed turned round, what a bill would fund), and look-alikes (a city inside the country
the other outlet names, a rise told as a percentage and as a new total, a margin told as points and
as a score, "more than 200" against 240, fired / dismissed). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    # ------------------------------------------------------------------ negation
    Case("ruled-out-or-confirmed", "negation",
         "Tax plans\n\nThe finance minister ruled out a rise in fuel duty this year, her spokesman said. "
         "Petrol prices have climbed for six months.",
         "Fuel duty\n\nThe finance minister confirmed a rise in fuel duty this year, her spokesman said. "
         "Hauliers warned of higher delivery costs.",
         ("ruled out a rise", "confirmed a rise")),
    Case("has-yet-to-pay", "negation",
         "Club fine\n\nDynamo Vesna has paid the 200,000-euro fine imposed by the league, the league said. "
         "The club was punished for crowd trouble.",
         "Vesna fine\n\nDynamo Vesna has not paid the 200,000-euro fine imposed by the league, the league said. "
         "The deadline passed on Friday.",
         ("has paid the", "has not paid the")),
    Case("never-met", "negation",
         "Inquiry\n\nThe adviser met the lobbyist twice in 2023, according to the inquiry's report. "
         "The report was published on Monday.",
         "Adviser cleared\n\nThe adviser never met the lobbyist in 2023, according to the inquiry's report. "
         "The opposition called the report a whitewash.",
         ("met the lobbyist twice", "never met the lobbyist")),
    # ----------------------------------------------------------------- direction
    Case("deficit-widened-narrowed", "direction",
         "Trade figures\n\nThe trade deficit widened to $48 billion in April, the commerce department said. "
         "Imports of cars rose sharply.",
         "Trade gap\n\nThe trade deficit narrowed to $48 billion in April, the commerce department said. "
         "Exports of grain hit a record.",
         ("widened to $48 billion", "narrowed to $48 billion")),
    Case("agency-upgraded-downgraded", "direction",
         "Credit rating\n\nThe rating agency upgraded Portavia's credit rating on Friday, citing stronger public finances. "
         "The government welcomed the decision.",
         "Portavia rating\n\nThe rating agency downgraded Portavia's credit rating on Friday, citing weaker public finances. "
         "Bond yields moved little.",
         ("upgraded Portavia", "downgraded Portavia")),
    # ----------------------------------------------------------------- value
    Case("poll-share", "value",
         "New poll\n\nSupport for the Green Party stands at 18 percent, according to the latest Nordpoll survey. "
         "The survey questioned 1,500 voters.",
         "Greens in the polls\n\nSupport for the Green Party stands at 13 percent, according to the latest Nordpoll survey. "
         "The party's leader said the campaign had barely begun.",
         ("18 percent", "13 percent")),
    Case("fine-amount", "value",
         "Data fine\n\nThe regulator fined the telecom group Kallix 2.4 million pounds for a data breach. "
         "The breach exposed the records of 90,000 customers.",
         "Kallix penalty\n\nKallix was fined 4.2 million pounds by the regulator over the data breach. "
         "The company said it would appeal.",
         ("2.4 million pounds", "4.2 million pounds")),
    # ----------------------------------------------------------------- count
    Case("a-dozen-or-twenty", "count",
         "Mine rescue\n\nA dozen miners were trapped underground after the tunnel collapsed at the Gorna mine. "
         "Rescue teams have reached the shaft.",
         "Gorna mine\n\nTwenty miners were trapped underground after the tunnel collapsed at the Gorna mine. "
         "Relatives gathered at the gates.",
         ("A dozen miners", "Twenty miners")),
    Case("arrests-made", "count",
         "Match violence\n\nPolice arrested 17 fans after fighting broke out at the cup final in Rovno. "
         "Two officers were treated in hospital.",
         "Cup final\n\nPolice arrested seven fans after fighting broke out at the cup final in Rovno. "
         "The match was delayed by 20 minutes.",
         ("17 fans", "seven fans")),
    # ----------------------------------------------------------------- speaker
    Case("according-to-one-or-other", "speaker",
         "Ceasefire talks\n\n\"The ceasefire is holding across the whole border region,\" according to General Tarek Mansour. "
         "Aid lorries crossed on Monday.",
         "Border truce\n\n\"The ceasefire is holding across the whole border region,\" according to envoy Lena Vogt. "
         "Talks resume on Thursday.",
         ("Tarek Mansour", "Lena Vogt")),
    # ----------------------------------------------------------------- time
    Case("last-thursday-or-monday", "time",
         "Fire at the depot\n\nThe fire broke out at the bus depot last Thursday, destroying 30 buses. "
         "The cause is under investigation.",
         "Depot fire\n\nThe fire broke out at the bus depot on Monday, destroying 30 buses. "
         "Services have been cut on five routes.",
         ("last Thursday", "on Monday"),
         a_published="2025-03-19T09:00:00Z", b_published="2025-03-19T11:00:00Z"),
    Case("two-dates-in-march", "time",
         "Vote date\n\nParliament will vote on the pension reform on March 3, the speaker said. "
         "The reform raises the retirement age.",
         "Pension vote\n\nParliament will vote on the pension reform on March 5, the speaker said. "
         "Unions have called a strike.",
         ("March 3", "March 5"),
         a_published="2025-02-20T09:00:00Z", b_published="2025-02-20T11:00:00Z"),
    # ----------------------------------------------------------------- place
    Case("northern-city-of", "place",
         "Protests\n\nThousands protested in the northern city of Aldemar on Saturday against the new tax. "
         "Police used tear gas.",
         "Tax protest\n\nThousands protested in the southern city of Brevik on Saturday against the new tax. "
         "The government said it would not back down.",
         ("Aldemar", "Brevik")),
    # ----------------------------------------------------------------- roles
    Case("endorsed-turned-round", "roles",
         "Endorsement\n\nFormer governor Paul Hendricks endorsed Sara Lindqvist for the Senate seat on Tuesday. "
         "The primary is in June.",
         "Senate race\n\nSara Lindqvist endorsed former governor Paul Hendricks for the Senate seat on Tuesday. "
         "Polls show a close race.",
         ("Hendricks endorsed Sara Lindqvist", "Lindqvist endorsed former governor Paul Hendricks")),
    Case("criticised-turned-round", "roles",
         "Budget row\n\nMayor Helen Dunn criticised Governor Victor Price over the school budget on Monday. "
         "The budget cuts 300 teaching posts.",
         "School budget\n\nGovernor Victor Price criticised Mayor Helen Dunn over the school budget on Monday. "
         "The two have clashed before.",
         ("Dunn criticised Governor Victor Price", "Price criticised Mayor Helen Dunn")),
    # ----------------------------------------------------------------- contents
    Case("bill-would-fund", "contents",
         "Spending bill\n\nThe bill would fund only roads and bridges, the committee chairman said. "
         "It passed the committee 12 to 9.",
         "Committee vote\n\nThe bill would fund only schools and hospitals, the committee chairman said. "
         "The full house votes next week.",
         ("roads and bridges", "schools and hospitals")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("city-inside-country", None,
         "Summit\n\nThe leaders met in Lyon on Friday to discuss energy prices. "
         "They agreed to meet again in June.",
         "Energy talks\n\nThe leaders met in France on Friday to discuss energy prices, officials said. "
         "No agreement was reached on gas storage.",
         ),
    Case("rise-as-percentage-and-total", None,
         "Exports\n\nExports rose 10 percent last year to $55 billion, the trade office said. "
         "Machinery led the growth.",
         "Trade office\n\nExports climbed to $55 billion last year, according to the trade office. "
         "The office expects slower growth this year.",
         ),
    Case("margin-as-points-and-score", None,
         "By-election\n\nThe Labour candidate won the by-election by 10 points. "
         "Turnout was low.",
         "By-election result\n\nThe Labour candidate won the by-election 52 percent to 42 percent. "
         "The result was declared at 3 a.m.",
         ),
    Case("more-than-and-exact", None,
         "Evacuation\n\nMore than 200 residents were evacuated from the flooded district on Sunday. "
         "Shelters have opened in two schools.",
         "Flooded district\n\nAuthorities evacuated 240 residents from the flooded district on Sunday. "
         "The river is expected to peak on Monday.",
         ),
    Case("fired-or-dismissed", None,
         "Manager out\n\nThe club fired its manager on Monday after five straight defeats. "
         "A caretaker will take charge.",
         "Manager dismissed\n\nThe club dismissed its manager on Monday following a run of five defeats. "
         "The search for a successor has begun.",
         ),
    Case("rejected-or-did-not-accept", None,
         "Offer refused\n\nThe union rejected the company's pay offer on Thursday. "
         "A strike vote is planned.",
         "Pay talks\n\nThe union did not accept the company's pay offer on Thursday, its leader said. "
         "Talks will continue next week.",
         ),
    Case("weekday-and-date", None,
         "Strike day\n\nTeachers will strike on Wednesday, the union said. "
         "Schools will close for the day.",
         "Teachers' strike\n\nTeachers will strike on March 19, the union said. "
         "Parents have been told to make other plans.",
         a_published="2025-03-17T09:00:00Z", b_published="2025-03-17T11:00:00Z"),
    Case("background-earlier-fine", None,
         "New fine\n\nThe regulator fined the bank $30 million on Tuesday for money-laundering failures. "
         "The bank was fined $12 million in 2019 for similar failures.",
         "Bank penalty\n\nThe bank was ordered to pay $30 million on Tuesday over failures to stop money laundering. "
         "It said it had hired 200 compliance staff.",
         ),
    Case("never-paraphrase", None,
         "Minister's record\n\nThe minister has never lost an election in 20 years of politics. "
         "She first won her seat in 2005.",
         "Minister profile\n\nThe minister has won every election she has contested in 20 years. "
         "Her party hopes she will lead it one day.",
         ),
]
