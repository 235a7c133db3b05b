# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A twentieth set, written on 3 December 2026 (fourth session) before it was ever run: short
stories of four or five sentences, as the hidden stories are, with one planted disagreement or
none. The planted sentences use the patterns fact-checkers meet (a toll "put at" a figure, a
quake's magnitude as a modifier, "no casualties" against a count, a vote told as "backed" and as
"voted down"), and the look-alike stories hold shared numbers of two different things.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("story-toll-put-at", "count",
         "Bus crash\n\n"
         "Police put the death toll from Sunday's bus crash in the mountains at 15. "
         "The bus was carrying pilgrims home from a festival. "
         "It left the road on a sharp bend and fell into a ravine. "
         "The driver survived.",
         "Pilgrims die in crash\n\n"
         "Police put the death toll from Sunday's bus crash in the mountains at 21. "
         "The bus plunged into a ravine after leaving the road on a bend. "
         "Most of the passengers were returning from a religious festival. "
         "Rescue teams worked through the night.",
         ("at 15", "at 21"),
         a_published="2025-03-10T09:00:00Z", b_published="2025-03-10T09:30:00Z"),
    Case("story-quake-magnitude", "value",
         "Earthquake\n\n"
         "A magnitude-5.8 earthquake shook the coastal region early on Wednesday, the geological survey said. "
         "Buildings swayed in the regional capital. "
         "There were no immediate reports of damage. "
         "The quake struck at a depth of 10 kilometres.",
         "Quake shakes coast\n\n"
         "A magnitude-6.3 earthquake shook the coastal region early on Wednesday, the geological survey said. "
         "Residents ran into the streets. "
         "Officials were checking for damage. "
         "Its epicentre was 30 kilometres offshore.",
         ("magnitude-5.8", "magnitude-6.3"),
         a_published="2025-03-12T06:00:00Z", b_published="2025-03-12T06:20:00Z"),
    Case("story-no-casualties", "count",
         "Factory fire\n\n"
         "A fire at a chemical factory on the edge of the city killed three workers on Friday. "
         "Firefighters needed six hours to bring it under control. "
         "Nearby homes were evacuated as a precaution. "
         "The cause is being investigated.",
         "Blaze at plant\n\n"
         "A fire at a chemical factory on the edge of the city caused no casualties on Friday, officials said. "
         "Thick smoke could be seen for miles. "
         "Residents nearby were asked to keep windows closed. "
         "Investigators are looking into the cause.",
         ("killed three workers", "caused no casualties")),
    Case("story-vote-direction", "direction",
         "Council vote\n\n"
         "The city council voted down the plan to build a stadium on the waterfront on Tuesday. "
         "The vote was 7 to 5. "
         "Supporters said the stadium would bring jobs. "
         "Opponents worried about traffic.",
         "Stadium plan\n\n"
         "The city council backed the plan to build a stadium on the waterfront on Tuesday. "
         "Seven members voted in favour and five against. "
         "The team has played in a rented ground for a decade. "
         "Construction could start next year.",
         ("voted down the plan", "backed the plan")),
    Case("story-minister-speaker", "speaker",
         "Water shortage\n\n"
         "\"We are days away from running out of drinking water,\" Water Minister Amara Nwosu said on Monday. "
         "Reservoirs are at their lowest level in 40 years. "
         "The government has banned the watering of gardens. "
         "Rain is not expected before next month.",
         "Drought warning\n\n"
         "\"We are days away from running out of drinking water,\" said the city's mayor, Felix Andrade, on Monday. "
         "Reservoir levels have fallen to a 40-year low. "
         "A ban on garden hoses is in force. "
         "Forecasters see no rain for weeks.",
         ("Water Minister Amara Nwosu said", "the city's mayor, Felix Andrade")),
    Case("story-resign-negation", "negation",
         "Minister under pressure\n\n"
         "The prime minister will ask the transport minister to resign over the rail contract, officials said. "
         "The contract went to a firm owned by the minister's brother. "
         "Opposition parties had demanded an inquiry. "
         "The minister denies wrongdoing.",
         "Rail contract row\n\n"
         "The prime minister is not going to ask the transport minister to resign over the rail contract, officials said. "
         "A firm owned by the minister's brother won the contract. "
         "An ethics inquiry has been opened. "
         "The minister says he did nothing wrong.",
         ("will ask the transport minister to resign", "is not going to ask the transport minister to resign")),
    # ------------------------------------------------------------------ look-alike stories: no conflict
    Case("story-two-candidates", None,
         "Runoff result\n\n"
         "Marta Solis won the presidential runoff with 54 percent of the vote, the election commission said on Monday. "
         "Her rival, Diego Paz, conceded defeat. "
         "Turnout was 68 percent. "
         "Solis takes office in January.",
         "Paz concedes\n\n"
         "Diego Paz received 46 percent of the vote in Sunday's runoff, the election commission said. "
         "He conceded to Marta Solis on Monday morning. "
         "Some 68 percent of voters cast a ballot. "
         "The inauguration is in January.",
         ("", "")),
    Case("story-budget-deficit", None,
         "Budget\n\n"
         "The government presented a $61 billion budget for next year on Wednesday. "
         "Spending on health rises by 8 percent. "
         "The finance minister said taxes would not rise. "
         "Parliament votes on it next month.",
         "Budget plan\n\n"
         "The government expects a deficit of $2.1 billion next year, the finance minister said on Wednesday. "
         "Health spending goes up 8 percent. "
         "There are no new taxes. "
         "Lawmakers will vote in April.",
         ("", "")),
    Case("story-prison-and-office", None,
         "Mayor charged\n\n"
         "The mayor of the port city was charged with taking bribes on Thursday. "
         "If convicted, he faces up to 20 years in prison. "
         "Prosecutors say he took $300,000 from developers. "
         "He denies the charges.",
         "Port mayor in court\n\n"
         "The mayor, who has held the post for 14 years, was charged with bribery on Thursday. "
         "Prosecutors accuse him of taking $300,000 from property developers. "
         "His lawyer said he would plead not guilty. "
         "The city council meets on Friday.",
         ("", "")),
    Case("story-toll-rises", None,
         "Landslide\n\n"
         "A landslide buried part of a mountain village on Tuesday, killing at least 9 people, officials said. "
         "Heavy rain had fallen for three days. "
         "Dozens of people are missing. "
         "Soldiers joined the search.",
         "Landslide toll rises\n\n"
         "The death toll from Tuesday's landslide in a mountain village has risen to 23, officials said. "
         "Rescuers are digging through mud with their hands. "
         "More rain is forecast. "
         "Some survivors were taken to hospital.",
         ("", ""),
         a_published="2025-03-11T08:00:00Z", b_published="2025-03-12T18:00:00Z"),
    Case("story-paraphrase-heavy", None,
         "Chief executive quits\n\n"
         "The chief executive of the retailer Homewell stepped down on Monday after six years in the job. "
         "Sales have fallen for three years in a row. "
         "The chairman will lead the company until a successor is found. "
         "Shares rose 4 percent.",
         "Homewell boss leaves\n\n"
         "Homewell's boss has quit after six years at the helm, the company said on Monday. "
         "The retailer's sales have declined for three straight years. "
         "Its chairman takes charge for now. "
         "The stock gained 4 percent.",
         ("", "")),
]
