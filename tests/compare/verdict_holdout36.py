# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-sixth set, written on 4 December 2026 (third session of the day) by a helper who had not
seen the code's rules, after the round's fixes and before it was ever run: a fourteenth set of short
stories whose planted sentences are worded apart, in fields the earlier sets used little (education,
elections abroad, mining, fisheries, sport transfers, weather, housing, telecoms), and look-alikes
in tourism, public health, water supply and justice: a visitor count beside the overnight stays in
the same sentence (and a season against its months), a case count updated two days later with the
earlier figure named, a date and the month it falls in beside a reservoir's size in litres and in
cubic metres, and a sentence and its date beside an accomplice's earlier sentence and an arrest in
an earlier year. BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para14-campus-negation", "negation",
         "Campus closure\n\n"
         "Ashcombe College will shut its campus in Kelvedge at the end of the school year, the college's board said on Tuesday. "
         "Enrolment at the site has fallen by half since 2019. "
         "About 900 students attend classes there. "
         "Staff unions have called for a meeting with the board.",
         "Kelvedge campus stays\n\n"
         "The board of Ashcombe College announced on Tuesday that its Kelvedge site is not going to be closed when the school year ends, despite falling student numbers. "
         "Half as many students enrol there as did in 2019. "
         "Some 900 students are taught at the campus. "
         "Unions representing staff want talks with the board.",
         ("will shut its campus in Kelvedge", "is not going to be closed")),
    Case("para14-governor-direction", "direction",
         "Itapúa result stands\n\n"
         "Paraguay's electoral tribunal on Thursday confirmed the result of the governor's race in Itapúa department, which the ruling party's candidate won by 312 votes. "
         "The opposition had alleged irregularities at several polling stations. "
         "Turnout in the department was 61 percent. "
         "The new governor is due to take office in July.",
         "Governor vote annulled\n\n"
         "The outcome of the election for governor of Itapúa was thrown out by Paraguay's electoral tribunal on Thursday. "
         "The ruling party's candidate had finished 312 votes ahead. "
         "Opposition parties complained of irregularities at a number of polling stations. "
         "Sixty-one percent of registered voters in the department cast a ballot.",
         ("confirmed the result of the governor's race in Itapúa", "was thrown out by Paraguay's electoral tribunal")),
    Case("para14-rescue-count", "count",
         "Miners rescued\n\n"
         "Rescuers brought 14 miners out alive on Sunday from a collapsed shaft at the Obenkro gold mine in western Ghana, the operator Sankara Gold said. "
         "The men had been trapped underground for two days. "
         "The collapse followed heavy rain. "
         "All were taken to hospital in Tarkwa for checks.",
         "Ghana mine rescue\n\n"
         "Nine workers who had been stuck below ground since a shaft gave way at Sankara Gold's Obenkro mine were lifted to safety on Sunday, the company said. "
         "They had spent two days trapped. "
         "Heavy rainfall caused the shaft to cave in. "
         "The miners were taken to a hospital in Tarkwa to be examined.",
         ("brought 14 miners out alive", "Nine workers who had been stuck below ground")),
    Case("para14-lobster-value", "value",
         "Lobster quota\n\n"
         "Namibia's fisheries ministry said on Tuesday it would cut the catch limit for rock lobster by 22 percent for the coming season, citing surveys showing the stock is shrinking. "
         "The decision followed consultations with the fishing industry in Lüderitz. "
         "Scientists have warned for years that the stock is overfished. "
         "Boat owners say the cut will cost jobs.",
         "Rock lobster catch cut\n\n"
         "Fishing crews will be allowed to land 31 percent less rock lobster in the coming season, under a decision announced by Namibia's fisheries ministry on Tuesday after surveys found numbers declining. "
         "The ministry had consulted the industry in Lüderitz beforehand. "
         "Researchers have long said too many lobsters are being caught. "
         "Fleet owners warn that jobs will be lost.",
         ("cut the catch limit for rock lobster by 22 percent", "31 percent less rock lobster")),
    Case("para14-signing-time", "time",
         "Revilla joins Redmarsh\n\n"
         "Defender Tomás Revilla signed a four-year contract with Redmarsh Rovers on Monday, the club said, ending months of speculation about his future. "
         "The 26-year-old joins from the Brazilian side Esporte Clube Juruá. "
         "The fee was not disclosed but is reported to be about 18 million euros. "
         "Revilla has played 11 times for his country.",
         "Redmarsh land defender\n\n"
         "Redmarsh Rovers announced that Tomás Revilla had put pen to paper on Wednesday on a deal running until 2030. "
         "The 26-year-old arrives from Esporte Clube Juruá in Brazil. "
         "Neither club revealed the fee, which is thought to be around 18 million euros. "
         "Revilla has won 11 caps for his national team.",
         ("signed a four-year contract with Redmarsh Rovers on Monday", "had put pen to paper on Wednesday")),
    Case("para14-tornado-place", "place",
         "Tornado damage\n\n"
         "A tornado tore through the town of Pellston Ridge in central Oklahoma late on Saturday, damaging dozens of homes and injuring seven people, the state emergency management agency said. "
         "Power was cut to thousands of customers. "
         "The National Weather Service had issued a warning about 20 minutes before. "
         "Crews were clearing debris on Sunday.",
         "Twister hits Oklahoma\n\n"
         "Seven people were hurt and dozens of houses wrecked when a twister struck Harlan Creek, in the middle of Oklahoma, late on Saturday, according to state emergency officials. "
         "Thousands of homes and businesses lost electricity. "
         "Forecasters had warned of the tornado some 20 minutes ahead. "
         "Debris was being cleared on Sunday.",
         ("tore through the town of Pellston Ridge", "struck Harlan Creek")),
    Case("para14-lawsuit-roles", "roles",
         "Tower block dispute\n\n"
         "Residents of the Greystone tower block in Salford have sued their landlord, Brannock Estates, over damp and broken lifts, their lawyer said on Friday. "
         "The 22-storey block has about 300 flats. "
         "Some tenants have withheld rent since the spring. "
         "A hearing is set for January.",
         "Landlord goes to court\n\n"
         "Brannock Estates has taken the tenants of Greystone tower in Salford to court in a row over damp and lifts that do not work, a lawyer for the residents said on Friday. "
         "There are roughly 300 flats in the 22-storey building. "
         "Some residents stopped paying rent in the spring. "
         "The case will be heard in January.",
         ("have sued their landlord, Brannock Estates", "Brannock Estates has taken the tenants of Greystone tower")),
    Case("para14-outage-fine-value", "value",
         "Operator fined\n\n"
         "Slovakia's telecoms regulator fined the mobile operator Velacom 4.5 million euros on Wednesday for a network outage that cut off emergency calls for nine hours in March. "
         "About two million customers lost service during the outage. "
         "The regulator said Velacom had failed to keep its backup systems working. "
         "The company said it would study the decision.",
         "Velacom penalty\n\n"
         "Velacom must pay 7.2 million euros over the nine-hour network failure in March that left callers unable to reach emergency services, Slovakia's telecoms watchdog ruled on Wednesday. "
         "Roughly two million users were affected. "
         "According to the watchdog, the operator had not kept its backup systems in working order. "
         "Velacom said it was reviewing the ruling.",
         ("fined the mobile operator Velacom 4.5 million euros", "Velacom must pay 7.2 million euros")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para14-visitors-and-nights", None,
         "Record summer\n\n"
         "A record 640,000 tourists visited the Croatian resort of Lastovica between June and September, the local tourist board said on Monday. "
         "Visitors stayed a little over three nights on average. "
         "Germans and Austrians made up the largest groups. "
         "The board expects further growth next year.",
         "Lastovica season\n\n"
         "Hotels, apartments and campsites in Lastovica logged 2.1 million overnight stays this summer, a record, with 640,000 guests arriving over the season, according to the tourist board. "
         "The typical guest stayed just over three nights. "
         "Most visitors came from Germany and Austria. "
         "Tourism officials predict another rise next year.",
         ("", "")),
    Case("para14-cases-updated", None,
         "Whooping cough outbreak\n\n"
         "Health authorities in the Czech district of Hrabov confirmed 37 cases of whooping cough on Tuesday, most of them in children who had not been vaccinated. "
         "The first case was reported in mid-November. "
         "Schools have been asked to check pupils' vaccination records. "
         "Doctors urged parents to have their children immunised.",
         "Whooping cough cases rise\n\n"
         "The number of confirmed whooping cough infections in Hrabov district had climbed to 45 by Thursday, up from 37 two days earlier, local health officials said, with unvaccinated children making up most of the patients. "
         "The outbreak was first detected in the middle of November. "
         "Schools must review pupils' vaccination records. "
         "Doctors are urging parents to get their children vaccinated.",
         ("", ""),
         a_published="2026-11-24T09:00:00Z", b_published="2026-11-26T15:00:00Z"),
    Case("para14-hosepipe-month-units", None,
         "Hosepipe ban\n\n"
         "A hosepipe ban will take effect across the Tarrow Valley on 1 July, the water company Clearbrook Water said on Thursday, after its main reservoir fell to 38 percent of capacity. "
         "The Moorcombe reservoir holds 40 billion litres when full. "
         "Rainfall since March has been about half the usual amount. "
         "Customers who break the ban face fines of up to 1,000 pounds.",
         "Water restrictions\n\n"
         "Clearbrook Water announced on Thursday that households in the Tarrow Valley will be barred from watering with garden hoses from July, with its largest reservoir only 38 percent full. "
         "When full, Moorcombe reservoir stores 40 million cubic metres of water. "
         "Only around half the normal rain has fallen since March. "
         "Anyone caught breaking the rules could be fined as much as 1,000 pounds.",
         ("", "")),
    Case("para14-bribes-two-sentences", None,
         "Port official jailed\n\n"
         "A court in Tallinn on Friday jailed the former harbour official Rein Kaskla for six years for taking bribes from shipping companies. "
         "He was arrested in 2023 and found guilty in October. "
         "The businessman Andres Vool, who was accused of paying him, received four years in a separate trial in June. "
         "Kaskla's lawyer said he would appeal.",
         "Six years for bribes\n\n"
         "Rein Kaskla, who used to work as an official at the port of Tallinn, was sentenced on Friday to six years in prison over bribes he accepted from shipping firms. "
         "Andres Vool, the businessman who paid the bribes, was given a four-year term in June. "
         "Kaskla, arrested in 2023, had been convicted by the court in October. "
         "His defence plans to appeal.",
         ("", "")),
]
