# ruff: noqa: E501  (the cases are prose: one sentence a line reads better than wrapped fragments)
"""A seventeenth set, written on 3 December 2026 (third session) after the sixteenth set's fixes and
before it was ever run: more short stories of four to six sentences, since whole stories found what
sentence pairs did not. One planted disagreement among shared facts in each outlet's words, or none.
BENCHMARKS.md reports the first run.

Same shape as `verdict_suite.Case`. Names and places are invented or generic.
"""

from __future__ import annotations

from verdict_suite import Case

CASES: list[Case] = [
    Case("story-verdict-acquitted", "direction",
         "Verdict in bribery trial\n\n"
         "A jury convicted the former port director of taking bribes on Thursday after a six-week trial. "
         "Prosecutors said he took $2 million from shipping firms. "
         "His lawyer said he would appeal. "
         "Sentencing is set for next month.",
         "Port chief's trial ends\n\n"
         "A jury acquitted the former port director of taking bribes on Thursday after a six-week trial. "
         "The prosecution had accused him of accepting $2 million from shipping companies. "
         "He hugged his family outside the court. "
         "Prosecutors declined to comment.",
         ("jury convicted the former port director", "jury acquitted the former port director")),
    Case("story-evacuees-count", "count",
         "Volcano erupts\n\n"
         "The Mount Arel volcano erupted on Saturday, sending ash 8 kilometres into the sky. "
         "Authorities evacuated 12,000 residents from villages on its slopes. "
         "Flights at the regional airport were suspended. "
         "Scientists had warned of rising activity for weeks.",
         "Ash cloud over Arel\n\n"
         "Ash rose 8 kilometres into the sky as Mount Arel erupted on Saturday. "
         "Some 2,000 residents were evacuated from villages on the volcano's slopes, authorities said. "
         "The regional airport closed. "
         "It is the volcano's first eruption since 1991.",
         ("evacuated 12,000 residents", "Some 2,000 residents were evacuated")),
    Case("story-ceo-named", "roles",
         "New chief executive\n\n"
         "Norbank named Julia Hart as its chief executive on Tuesday, replacing Tomas Weil, who is retiring. "
         "Hart has run the bank's retail division since 2019. "
         "Shares rose 2 percent. "
         "She takes over in April.",
         "Norbank leadership\n\n"
         "Norbank named Sara Lind as its chief executive on Tuesday, replacing the retiring Tomas Weil. "
         "Lind joined the bank from an insurer in 2020. "
         "Investors welcomed the choice. "
         "The handover is planned for April.",
         ("Norbank named Julia Hart as its chief executive", "Norbank named Sara Lind as its chief executive")),
    Case("story-opened-year", "time",
         "Museum reopens\n\n"
         "The city museum reopened on Sunday after a three-year renovation costing $60 million. "
         "The museum first opened in 1911 in a former railway station. "
         "Its collection includes 40,000 objects. "
         "Entry will be free for the first month.",
         "Museum back\n\n"
         "After three years and $60 million of work, the city museum reopened its doors on Sunday. "
         "The museum was first opened in 1921, in what had been a railway station. "
         "Curators have added two new galleries. "
         "Admission is free until next month.",
         ("first opened in 1911", "first opened in 1921")),
    Case("story-denied-talks", "negation",
         "Club in talks\n\n"
         "Harbour City FC confirmed on Friday that it is in talks to sell the club to an investment group. "
         "The club has lost money for five straight seasons. "
         "Fans have protested against the owners. "
         "A deal could be agreed by the summer.",
         "Club sale rumours\n\n"
         "Harbour City FC denied on Friday that it is in talks to sell the club to an investment group. "
         "The club has made losses in each of the last five seasons. "
         "Supporters marched against the owners last month. "
         "The club's chairman called the reports speculation.",
         ("confirmed on Friday that it is in talks", "denied on Friday that it is in talks")),
    Case("story-magnitude", "value",
         "Earthquake\n\n"
         "A magnitude 6.8 earthquake struck the mountainous north of the country on Tuesday night. "
         "At least 40 buildings collapsed in the town of Sorel. "
         "Rescue teams were searching for survivors. "
         "The quake was felt in the capital, 200 kilometres away.",
         "Quake hits north\n\n"
         "A 5.8-magnitude earthquake shook the mountainous north on Tuesday night, the seismology institute said. "
         "Dozens of buildings fell in Sorel. "
         "Residents slept outside for fear of aftershocks. "
         "The tremor was felt in the capital.",
         ("magnitude 6.8 earthquake", "5.8-magnitude earthquake")),
    # ------------------------------------------------------------------ look-alikes: no conflict
    Case("story-agreeing-in-other-words", None,
         "School closures\n\n"
         "The education ministry will close 120 small rural schools by 2028, it said on Monday. "
         "Pupils will be bused to larger schools nearby. "
         "Teachers' unions called the plan a disaster for villages. "
         "The ministry says it will save $40 million a year.",
         "Rural schools to shut\n\n"
         "Some 120 village schools will be shut by 2028 under plans announced by the education ministry on Monday. "
         "Children will travel by bus to bigger schools. "
         "The ministry expects annual savings of $40 million. "
         "Opposition parties promised to fight the closures.",
         ),
    Case("story-different-background", None,
         "Marathon record\n\n"
         "Kenyan runner Peter Kamau won the city marathon on Sunday in 2 hours 4 minutes, a course record. "
         "He broke the previous record by 40 seconds. "
         "About 30,000 runners took part. "
         "Kamau also won the race in 2022.",
         "Kamau breaks record\n\n"
         "Peter Kamau of Kenya set a course record of 2:04 to win the city marathon on Sunday. "
         "The women's race was won by Ethiopia's Hana Girma in 2:19. "
         "Organisers said 30,000 people ran. "
         "Warm weather slowed many runners.",
         ),
    Case("story-partial-and-total", None,
         "Hospital strike\n\n"
         "Nurses at 14 public hospitals went on strike on Wednesday over staffing levels. "
         "The union said 9,000 nurses had walked out. "
         "Emergency care was maintained. "
         "Talks with the health ministry broke down last week.",
         "Nurses strike\n\n"
         "Thousands of nurses walked out on Wednesday, the union said, demanding more staff. "
         "At the largest hospital, 1,200 nurses joined the strike. "
         "Emergency departments stayed open. "
         "The health minister urged the union to return to talks.",
         ),
    Case("story-two-dates-two-steps", None,
         "Trade deal\n\n"
         "The two countries signed a free trade agreement on Monday after four years of talks. "
         "The deal will remove tariffs on 90 percent of goods. "
         "Parliaments in both countries must still ratify it. "
         "It is expected to take effect in January.",
         "Free trade pact\n\n"
         "A free trade agreement signed on Monday will remove tariffs on 90 percent of goods between the two countries. "
         "Negotiations began in 2021. "
         "Lawmakers are due to vote on the deal in November. "
         "Business groups welcomed the agreement.",
         ),
]
