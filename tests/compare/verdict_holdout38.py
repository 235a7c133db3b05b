# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A thirty-eighth set, written on 5 December 2026 by a helper who had not seen the code's rules,
before it was ever run: a sixteenth set of short stories whose planted sentences are worded apart,
in fields the earlier sets used little (railways, universities, cinema and box office, zoos,
mountaineering, ocean rowing, insurance, fashion retail), and look-alikes in fisheries, research
grants, a high-speed train test and a water utility: a lower bound against a figure above it
("more than 200" boats / 217), a university's share of a foundation's grants against the whole
("three of the grants" / 12 grants), speeds in kilometres per hour against miles per hour (357 /
"about 222", 300 / "some 186"), and a week against a day inside it ("the week beginning 17 March"
/ "Wednesday 19 March"). BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names of people and companies are invented; places are real.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("para16-sleeper-negation", "negation",
         "Night train returns\n\n"
         "Alpenlink will restart its night train between Vienna and Paris in May, the Austrian rail operator said on Wednesday, after taking delivery of new sleeping cars. "
         "The service was suspended in 2024 because of engineering work on the tracks in southern Germany. "
         "Alpenlink carried 1.6 million night-train passengers across Europe last year. "
         "The journey between the two cities takes about fourteen hours.",
         "No May comeback for sleeper\n\n"
         "The Vienna\u2013Paris sleeper will not be back on the rails in May, Alpenlink announced on Wednesday, even though the Austrian operator has received its new sleeping cars. "
         "Work on the line in southern Germany forced the service to halt in 2024. "
         "Last year 1.6 million people travelled on Alpenlink's night trains around Europe. "
         "A trip between the two capitals by sleeper takes roughly fourteen hours.",
         ("will restart its night train between Vienna and Paris in May", "will not be back on the rails in May")),
    Case("para16-merger-direction", "direction",
         "Newcastle universities to merge\n\n"
         "The governing council of Tynebridge University in Newcastle voted on Tuesday to approve a merger with the neighbouring Carrow Institute of Technology. "
         "Together the two institutions teach about 41,000 students. "
         "The plan has been under discussion since 2023. "
         "The institute's own board backed the proposal in October.",
         "Merger vote at Tynebridge\n\n"
         "A proposal to combine Tynebridge University with the Carrow Institute of Technology, its neighbour in Newcastle, was voted down by the university's governing council on Tuesday. "
         "The university and the institute have some 41,000 students between them. "
         "Talks on the idea began in 2023. "
         "In October the board of the institute gave the plan its support.",
         ("voted on Tuesday to approve a merger", "was voted down by the university's governing council")),
    Case("para16-boxoffice-value", "value",
         "Animated hit\n\n"
         "The animated film Pebble's Voyage took 84 million dollars at cinemas in the United States and Canada in its opening weekend, the studio Larkspur Pictures said on Sunday. "
         "It was shown in about 4,100 cinemas. "
         "The film cost roughly 150 million dollars to make. "
         "It opens in Japan next month.",
         "Pebble's Voyage tops charts\n\n"
         "North American audiences spent 67 million dollars on tickets for Pebble's Voyage over its first three days in cinemas, according to estimates released on Sunday by Larkspur Pictures, the studio behind the animation. "
         "Some 4,100 theatres screened the film. "
         "Its production budget was about 150 million dollars. "
         "Japanese audiences will be able to see it from next month.",
         ("took 84 million dollars", "spent 67 million dollars on tickets")),
    Case("para16-cubs-count", "count",
         "Snow leopard births\n\n"
         "Suri, a snow leopard at the Vltava Valley Zoo in Prague, has given birth to three cubs, the zoo said on Friday. "
         "Mother and young are healthy, keepers said. "
         "Snow leopards are classed as vulnerable in the wild. "
         "Visitors will be able to see the cubs from August.",
         "Prague zoo welcomes cubs\n\n"
         "Two cubs were born to the snow leopard Suri at Prague's Vltava Valley Zoo, the zoo announced on Friday. "
         "According to the keepers, Suri and her young are doing well. "
         "In the wild, the species is listed as vulnerable. "
         "The cubs will go on public display in August.",
         ("has given birth to three cubs", "Two cubs were born to the snow leopard Suri")),
    Case("para16-summit-speaker", "speaker",
         "Winter ascent\n\n"
         "A team of six Nepali and Norwegian climbers reached the summit of Manaslu, the world's eighth-highest mountain, on Thursday in one of the few winter ascents of the peak, the expedition's organisers said. "
         "The climbers used no bottled oxygen. "
         "\u201cWe only got up because the mountain let us,\u201d the expedition leader, Dawa Tenzing Lama, said by satellite phone from base camp. "
         "The team is expected back in Kathmandu next week.",
         "Manaslu climbed in winter\n\n"
         "Six climbers from Nepal and Norway stood on top of Manaslu, the eighth-highest peak on Earth, on Thursday, completing a rare winter ascent, according to the organisers. "
         "They climbed without supplementary oxygen. "
         "Speaking from base camp, Ingrid Solheim, the team's doctor, said: \u201cWe only got up because the mountain let us.\u201d "
         "The climbers should return to Kathmandu next week.",
         ("the expedition leader, Dawa Tenzing Lama, said", "Ingrid Solheim, the team's doctor, said")),
    Case("para16-atlantic-row-time", "time",
         "Atlantic rowers arrive\n\n"
         "Four British women who set out from La Gomera in the Canary Islands rowed into English Harbour in Antigua on 14 February, completing their crossing of the Atlantic, their support team said. "
         "The crossing took 41 days. "
         "A storm capsized their boat once in mid-ocean. "
         "The crew raised about 90,000 pounds for a children's hospice.",
         "Ocean row completed\n\n"
         "It was on 21 February that the all-female British crew of four reached English Harbour, Antigua, bringing to an end an Atlantic row that had begun at La Gomera in the Canaries, according to the team's support staff. "
         "They spent 41 days at sea. "
         "Halfway across, a storm flipped the boat over once. "
         "Around 90,000 pounds has been raised for a children's hospice by the rowers.",
         ("rowed into English Harbour in Antigua on 14 February", "It was on 21 February that the all-female British crew")),
    Case("para16-insurer-place", "place",
         "Insurer moves head office\n\n"
         "The insurer Halbury Mutual will move its European headquarters from London to Amsterdam next year, the company said on Monday. "
         "About 250 staff will transfer to the new office. "
         "Halbury specialises in insuring ships and aircraft. "
         "The company said the move would make it easier to serve clients in the European Union.",
         "Halbury picks new base\n\n"
         "Dublin has been chosen as the new home of Halbury Mutual's European head office, which will leave London next year, the insurer announced on Monday. "
         "Some 250 employees are expected to relocate. "
         "Marine and aviation cover is the company's main business. "
         "According to Halbury, the change will help it serve customers in the EU.",
         ("from London to Amsterdam", "Dublin has been chosen as the new home")),
    Case("para16-takeover-roles", "roles",
         "Fashion chains combine\n\n"
         "Velour & Vine has agreed to buy the rival fashion chain Hartley Threads for 310 million pounds, the two companies said on Wednesday. "
         "Together the chains run about 420 shops in Britain. "
         "Both sell mainly women's clothing. "
         "The deal still needs approval from the competition regulator.",
         "High street deal\n\n"
         "In a 310 million pound deal announced on Wednesday, Hartley Threads is taking over Velour & Vine, its rival on the British high street. "
         "The combined business will have some 420 stores across Britain. "
         "Women's wear makes up most of what the two chains sell. "
         "Competition authorities must still clear the takeover.",
         ("Velour & Vine has agreed to buy the rival fashion chain Hartley Threads", "Hartley Threads is taking over Velour & Vine")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("para16-trawlers-lower-bound", None,
         "Fishing fleet protest\n\n"
         "More than 200 fishing boats blockaded the port of Boulogne-sur-Mer on Monday in protest at new limits on cod and sole catches, the regional fishing committee said. "
         "The protest lasted about six hours. "
         "Cargo ships were unable to enter or leave the harbour during the blockade. "
         "Fishermen say the new limits will force some crews out of business.",
         "Fishermen protest quotas\n\n"
         "Boats from the fishing fleet, 217 of them according to the regional fishing committee, sealed off the harbour at Boulogne-sur-Mer on Monday to protest against tighter limits on catches of cod and sole. "
         "The blockade went on for around six hours. "
         "No cargo ships could get in or out while it lasted. "
         "Crews warn that some of them will be driven out of business by the limits.",
         ("", "")),
    Case("para16-grants-part-whole", None,
         "Research grants awarded\n\n"
         "The Halvard Foundation has awarded 12 grants worth a total of 30 million euros for research into antibiotic resistance, it said on Tuesday. "
         "Three of the grants went to teams at Leiden University, who will study how bacteria pass resistance genes to one another. "
         "Each grant runs for five years. "
         "The foundation received more than 300 applications.",
         "Leiden wins antibiotic funding\n\n"
         "Researchers at Leiden University have won three grants from the Halvard Foundation, which on Tuesday announced 30 million euros in funding for work on antibiotic resistance. "
         "The Leiden teams will look at how bacteria share resistance genes. "
         "The foundation's grants each last five years. "
         "Over 300 applications were submitted.",
         ("", "")),
    Case("para16-train-speed-units", None,
         "Speed record for new train\n\n"
         "A prototype of the Meseta high-speed train reached 357 kilometres per hour during a test run between Madrid and Zaragoza on Saturday, the manufacturer Calder Rail Systems said. "
         "The train carried only engineers and instruments on the run. "
         "It is due to enter passenger service in 2027. "
         "In regular service it will be limited to 300 kilometres per hour.",
         "Spanish test run\n\n"
         "The Meseta prototype built by Calder Rail Systems hit a top speed of about 222 miles per hour on Saturday on the line linking Madrid and Zaragoza, the company said. "
         "Only engineers and measuring equipment were on board. "
         "Passengers should be able to ride it from 2027. "
         "Once in service, it will be capped at some 186 miles per hour.",
         ("", "")),
    Case("para16-water-main-week-day", None,
         "Water supply interruption\n\n"
         "Kennetside Water will replace a cracked section of a trunk main in Reading during the week beginning 17 March, the company said on Friday. "
         "About 12,000 homes will be without water for up to 24 hours while the work is carried out. "
         "Bottled water will be handed out at three collection points. "
         "The pipe was laid in the 1930s.",
         "Reading homes face water cut\n\n"
         "Engineers from Kennetside Water are due to swap out a cracked length of trunk main in Reading on Wednesday 19 March, the utility announced on Friday. "
         "The job will leave some 12,000 households without running water for as long as 24 hours. "
         "Three collection points will distribute bottled water. "
         "The main dates from the 1930s.",
         ("", "")),
]
