"""Date expressions resolved against the publication date, the way news is written."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parallax.analyze.dates import find_dates
from parallax.model import DateMention

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MONDAY = "2021-09-13"  # the Moscow Times seed's publication day

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                       "Dec."]


def values(text: str, published: str | None = MONDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Alexander Lukashenko on Sunday said Minsk planned to buy arms", [("on Sunday", "2021-09-12")]),
        ("On Friday, Russia and Belarus launched military drills", [("On Friday", "2021-09-10")]),
        ("Putin is scheduled to inspect the drills in Russia on Monday, ahead of", [("on Monday", "2021-09-13")]),
        ("He will travel to Paris on Friday.", [("on Friday", "2021-09-17")]),
        ("He will travel on Friday, the Kremlin said on Sunday.", [("on Friday", "2021-09-17"),
                                                                   ("on Sunday", "2021-09-12")]),
        ("They met next Monday.", [("next Monday", "2021-09-20")]),
        ("They met last Monday.", [("last Monday", "2021-09-06")]),
        ("Officials said Thursday that", [("Thursday", "2021-09-09")]),
        ("Lukashenko said Sunday Minsk planned to buy arms", [("Sunday", "2021-09-12")]),
        ("On Sunday Putin said", [("On Sunday", "2021-09-12")]),
        ("Friday's attack killed", [("Friday's", "2021-09-10")]),
        # "next year" is a time of its own, not the tense of the clause
        ("The cabinet presented its plan for next year on Friday.",
         [("next year", "2022"), ("on Friday", "2021-09-10")]),
        # the "will" inside a closed quotation is not the tense of the telling
        ("\"The new line will serve the whole valley,\" the minister told reporters on Friday.",
         [("on Friday", "2021-09-10")]),
    ],
)
def test_dates_weekdays_resolve_to_the_week_of_publication(sentence: str, expected: list) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Putin is expected in Minsk to sign agreements on Nov. 4, and", "on Nov. 4", "2021-11-04"),
        ("It happened on September 13, 2021 in Minsk", "on September 13, 2021", "2021-09-13"),
        ("It happened 13 September 2021 in Minsk", "13 September 2021", "2021-09-13"),
        ("Posted 2021-09-13 by staff", "2021-09-13", "2021-09-13"),
        ("Posted: Friday, March 8, 2013 2:39 pm", "Friday, March 8, 2013", "2013-03-08"),
        ("the 4th of July parade", "the 4th of July", "2021-07-04"),
        ("the June 1972 break-in", "June 1972", "1972-06"),
        ("troops would return to their bases by mid-October.", "by mid-October", "2021-10"),
        ("the two would also hold talks next month.", "next month", "2021-10"),
        ("a disputed election last year,", "last year", "2020"),
        ("supplies by 2025.", "by 2025", "2025"),
        ("She was born in 2019 in Paris", "in 2019", "2019"),
        ("prices will rise early next year", "early next year", "2022"),
        ("a merger in late 2022", "in late 2022", "2022"),
        ("talks earlier this week", "earlier this week", "2021-W37"),
        ("He arrived yesterday", "yesterday", "2021-09-12"),
        ("He leaves tomorrow", "tomorrow", "2021-09-14"),
        ("the talks today", "today", "2021-09-13"),
        ("two weeks ago, he", "two weeks ago", "2021-08-30"),
        ("three years ago, he", "three years ago", "2018"),
        ("the experience of 1941,", "1941", "1941"),
    ],
)
def test_dates_absolute_and_relative_expressions(sentence: str, text: str, value: str) -> None:
    assert (text, value) in values(sentence), values(sentence)


def test_dates_month_day_takes_the_nearest_year_in_the_tense_direction() -> None:
    assert values("The summit will open on Jan. 5.", "2021-12-20") == [("on Jan. 5", "2022-01-05")]
    assert values("The summit opened on Dec. 28.", "2022-01-03") == [("on Dec. 28", "2021-12-28")]


def test_dates_without_publication_relative_ones_stay_unresolved() -> None:
    found = find_dates("On Friday, Russia said it would, by Nov. 4 or by September 13, 2021.", None)
    assert [(d.text, d.value, d.resolved) for d in found] == [
        ("On Friday", None, False),
        ("Nov. 4", None, False),
        ("September 13, 2021", "2021-09-13", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We may visit. May I ask? Prices may rise.",
        "They will march on.",
        "The Sun reported that Sun readers agreed.",
        "He wrote for The Sunday Times and the Sunday Telegraph.",
        "Bloody Sunday was remembered. Every Sunday he prays.",
        "We pay for your stories!",
        "There were 2,021 votes and 1,941 abstentions.",
        "The 1990s were different.",
        "He scored 2000 points.",
    ],
)
def test_dates_no_dates_from_ordinary_words(sentence: str) -> None:
    assert values(sentence) == []


def test_dates_bad_publication_date_is_treated_as_unknown() -> None:
    assert values("On Friday it rained.", "not a date") == [("On Friday", None)]


@pytest.mark.parametrize("published", ["September 13, 2021", "Mon 13 Sep 2021 10:02 BST", "Sept. 13, 2021"])
def test_dates_written_publication_dates_are_read(published: str) -> None:
    assert values("On Friday it rained.", published) == [("On Friday", "2021-09-10")]


def test_dates_publication_datetime_is_accepted() -> None:
    assert values("On Friday it rained.", "2021-09-13T08:30:00+00:00") == [("On Friday", "2021-09-10")]


def test_dates_candidates_add_only_what_the_finder_missed() -> None:
    text = "In the 2019 vote, held three days before recent years of unrest, on Sunday he spoke."
    spans = [(m.start(), m.end()) for m in re.finditer(r"2019|three days|recent years|on Sunday", text)]
    found = find_dates(text, MONDAY, spans)
    assert [(d.text, d.value) for d in found] == [
        ("2019", "2019"),
        ("recent years", None),
        ("on Sunday", "2021-09-12"),
    ]


def test_dates_candidates_out_of_range_are_ignored() -> None:
    assert find_dates("On Friday.", MONDAY, [(5, 1000), (-1, 2), (3, 3)]) == [
        DateMention(text="On Friday", value="2021-09-10", start=0, end=9, resolved=True)
    ]


# ---------------------------------------------------------------- generated


days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@given(
    day=days,
    published=st.none() | days.map(date.isoformat),
    style=st.sampled_from(["{M} {d}, {y}", "{m} {d}, {y}", "{d} {M} {y}", "{iso}", "{W}, {m} {d}, {y}",
                           "on {M} {d}, {y}", "{d}th of {M} {y}"]),
)
def test_dates_explicit_dates_resolve_whatever_the_publication(day: date, published: str | None, style: str) -> None:
    if style.startswith("{d}th") and day.day in (1, 2, 3, 21, 22, 23, 31):
        style = style.replace("{d}th", "{d}")
    surface = style.format(M=MONTH_NAMES[day.month - 1], m=MONTH_ABBREVIATIONS[day.month - 1], d=day.day,
                           y=day.year, iso=day.isoformat(), W=WEEKDAY_NAMES[day.weekday()])
    found = find_dates(f"Officials said that {surface} was the day.", published)
    assert [(d.text, d.value, d.resolved) for d in found] == [(surface, day.isoformat(), True)]


@given(published=days, weekday=st.integers(0, 6), capital=st.booleans(),
       frame=st.sampled_from(["Officials {on} {W} said the talks failed.", "The talks failed {on} {W}.",
                              "Putin said {on} {W} the talks failed."]))
def test_dates_past_weekday_is_the_latest_on_or_before_publication(published, weekday, capital, frame) -> None:
    on = "On" if capital and frame.startswith("{on}") else "on"
    text = frame.format(on=on, W=WEEKDAY_NAMES[weekday])
    (mention,) = find_dates(text, published.isoformat())
    resolved = date.fromisoformat(mention.value)
    assert mention.text == f"{on} {WEEKDAY_NAMES[weekday]}"
    assert resolved.weekday() == weekday
    assert timedelta(0) <= published - resolved < timedelta(days=7)


@given(published=days, weekday=st.integers(0, 6),
       cue=st.sampled_from(["will meet", "is scheduled to meet", "are expected to meet", "plan to meet",
                            "is due to meet", "'ll meet"]))
def test_dates_future_weekday_is_the_first_on_or_after_publication(published, weekday, cue) -> None:
    (mention,) = find_dates(f"The leaders {cue} in Paris on {WEEKDAY_NAMES[weekday]}.", published.isoformat())
    resolved = date.fromisoformat(mention.value)
    assert resolved.weekday() == weekday
    assert timedelta(0) <= resolved - published < timedelta(days=7)


@given(published=days, relation=st.sampled_from(["last", "next", "this"]),
       unit=st.sampled_from(["week", "month", "year"]))
def test_dates_relative_periods_shift_by_one(published, relation, unit) -> None:
    (mention,) = find_dates(f"Prices rose {relation} {unit} in Paris.", published.isoformat())
    offset = {"last": -1, "this": 0, "next": 1}[relation]
    if unit == "year":
        assert mention.value == str(published.year + offset)
    elif unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        assert mention.value == f"{index // 12:04d}-{index % 12 + 1:02d}"
    else:
        year, week, _ = (published + timedelta(weeks=offset)).isocalendar()
        assert mention.value == f"{year}-W{week:02d}"


@given(published=days, month=st.integers(1, 12), day=st.integers(1, 28))
def test_dates_month_day_without_year_lands_within_a_year_of_publication(published, month, day) -> None:
    (mention,) = find_dates(f"The vote is on {MONTH_ABBREVIATIONS[month - 1]} {day}.", published.isoformat())
    resolved = date.fromisoformat(mention.value)
    assert (resolved.month, resolved.day) == (month, day)
    assert abs((resolved - published).days) <= 366


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300),
       st.none() | days.map(date.isoformat))
def test_dates_any_text_gives_consistent_spans(text: str, published: str | None) -> None:
    previous_end = -1
    for mention in find_dates(text, published):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end
        previous_end = mention.end
        assert mention.resolved == (mention.value is not None)


@given(
    st.lists(st.sampled_from(["on ", "On ", "Sunday", "Nov. 4", "May", "may", "March", "2021", "in ", "by ", "last ",
                              "next ", "week", "month", "year", ", ", ". ", "The Sun", "ago", "two ", "13", " "]),
             max_size=25).map("".join),
    st.none() | days.map(date.isoformat),
)
def test_dates_newsy_fragments_give_valid_iso_values(text: str, published: str | None) -> None:
    for mention in find_dates(text, published):
        assert text[mention.start : mention.end] == mention.text
        if mention.value is not None:
            assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?", mention.value), mention


# ---------------------------------------------------------------- the seed articles


def _gold_articles() -> list[tuple[str, dict]]:
    gold_path = SHARED / "eval" / "seeds.gold.json"
    if not gold_path.exists():
        return []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return sorted(gold["articles"].items())


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize(("name", "gold"), _gold_articles() or [pytest.param("", {}, marks=pytest.mark.skip(
    reason="shared/ (seed articles and gold) is not next to the repository"))])
def test_dates_find_every_gold_date_in_the_seeds(name: str, gold: dict) -> None:
    text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
    found = find_dates(text, gold["metadata"].get("published"))
    for want in gold.get("dates") or []:
        matches = [d for d in found if _norm(want["text"]) in _norm(d.text) and (d.value or "")[:10] == want["value"]]
        assert matches, f"{name}: {want} not in {[(d.text, d.value) for d in found]}"


@pytest.mark.parametrize(("text", "value"), [
    ("The ferry sank on Christmas Eve with 40 people aboard.", "2024-12-24"),
    ("Fireworks were banned on New Year’s Eve in the old town.", "2024-12-31"),
    ("The treaty was signed on Bastille Day 2019.", "2019-07-14"),
    ("The parade will be held on St Patrick's Day.", "2025-03-17"),
])
def test_a_holiday_on_a_fixed_day_is_that_day(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "2025-01-10T09:00:00Z")] == [value]


@given(published=days, weekday=st.integers(0, 6),
       frame=st.sampled_from(["{W}'s strike will close the schools.", "On {W}, the council will vote on the plan.",
                              "{W}'s match is expected to sell out.",
                              # a future passive: the participle before the day is no past tense
                              "The final will be played on {W}.", "The vote is to be held on {W}.",
                              "The results will be announced on {W} evening."]))
def test_dates_weekday_with_no_past_verb_before_it_takes_the_tense_of_its_clause(published, weekday, frame) -> None:
    (mention,) = find_dates(frame.format(W=WEEKDAY_NAMES[weekday]), published.isoformat())
    resolved = date.fromisoformat(mention.value)
    assert resolved.weekday() == weekday
    assert timedelta(0) <= resolved - published < timedelta(days=7)


@given(published=days, weekday=st.integers(0, 6),
       frame=st.sampled_from(["{W}'s strike closed the schools.", "On {W}, the council said it will vote.",
                              "On {W} the minister told reporters the bill would pass."]))
def test_dates_weekday_opening_a_past_clause_stays_past(published, weekday, frame) -> None:
    (mention,) = find_dates(frame.format(W=WEEKDAY_NAMES[weekday]), published.isoformat())
    resolved = date.fromisoformat(mention.value)
    assert resolved.weekday() == weekday
    assert timedelta(0) <= published - resolved < timedelta(days=7)
