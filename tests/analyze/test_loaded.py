"""Loaded wording in the outlet's own voice: phrases found, neutral copy and quotes left alone."""

from __future__ import annotations

import json
import re
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.analyze.loaded import (
    LEXICON_DIR,
    build_lexicon,
    find_loaded_terms,
    noun_forms,
    quoted_spans,
    rate_per_1000_words,
    verb_forms,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SUN = "000_a2610a72679459f9.txt"
MOSCOW_TIMES = "001_ec57cf8a794c0cff.txt"


def texts(text: str, **kwargs) -> list[str]:
    return [term.text for term in find_loaded_terms(text, [], **kwargs)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government launched a ruthless crackdown on students.", "ruthless crackdown"),
        ("The country's military strongman met the envoy.", "military strongman"),
        ("Aid finally reached war-torn Yemen on Friday.", "war-torn"),
        ("The cash-strapped council closed three libraries.", "cash-strapped council"),
        ("The senator slammed the proposal on Tuesday.", "slammed"),
        ("The decision sparked fresh fears of a trade war.", "sparked fresh fears"),
        ("The border town has become a hotbed of smuggling.", "hotbed of smuggling"),
        ("The region remains a powder keg.", "powder keg"),
        ("He has ruled with an iron fist since 1994.", "ruled with an iron fist"),
        ("Critics say the so-called reform changes little.", "so-called reform"),
        ("The bombshell report was released late on Friday.", "bombshell report"),
    ],
)
def test_loaded_phrase_found_with_its_head(sentence: str, expected: str) -> None:
    assert expected in texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee said on Tuesday that the budget would be published in March.",
        "The company reported revenue of $3.2 billion for the quarter, up 4 percent.",
        "Police said the road would reopen after the inspection was completed.",
        "John Savage, a spokesman for the council, said the vote was postponed.",
        "The minister met her counterpart in Berlin to discuss energy prices.",
    ],
)
def test_neutral_news_copy_has_no_loaded_terms(sentence: str) -> None:
    assert texts(sentence) == []


def test_words_inside_quotation_marks_are_the_speakers() -> None:
    text = '"This is a ruthless crackdown by a brutal regime," the activist said.'
    assert texts(text) == []
    curly = "“Shocking and disgraceful,” she said of the bombshell report."
    assert texts(curly) == ["bombshell report"]


def test_caller_quote_spans_are_skipped() -> None:
    text = "The opposition leader called it a ruthless crackdown."
    start = text.index("ruthless")
    assert find_loaded_terms(text, [(start, len(text) - 1)]) == []
    assert [t.text for t in find_loaded_terms(text, [(start, start + 8)])] == ["crackdown"]


def test_capitalised_lexicon_word_mid_sentence_is_a_name() -> None:
    assert texts("The band Radical Face played in Leeds on Sunday.") == []
    assert texts("The motion was tabled by Representative Louise M. Slaughter of New York.") == []


def test_offsets_point_at_the_words() -> None:
    text = "Landlocked and cash-strapped, the country is on Europe's doorstep."
    for term in find_loaded_terms(text, []):
        assert text[term.start : term.end] == term.text
    assert "doorstep" in texts(text)


def test_learned_scores_override_the_family_prior() -> None:
    demoted = build_lexicon(LEXICON_DIR / "loaded.txt", {"slammed": 0.2})
    promoted = build_lexicon(LEXICON_DIR / "loaded.txt", {"frosty": 1.0})
    sentence = "The senator slammed the plan after a frosty meeting."
    assert "slammed" not in texts(sentence, lexicon=demoted)
    assert "frosty" in texts(sentence, lexicon=promoted)
    assert "frosty" not in texts(sentence, lexicon=build_lexicon(LEXICON_DIR / "loaded.txt", {}))


def test_min_score_trades_recall_for_precision() -> None:
    sentence = "The senator slammed the ruthless crackdown by the dictator."
    assert len(texts(sentence, min_score=0.0)) > len(texts(sentence, min_score=0.95))


@pytest.mark.parametrize(
    ("base", "form"),
    [("slam", "slammed"), ("slam", "slamming"), ("lambaste", "lambasted"), ("decry", "decried"), ("rail", "railed")],
)
def test_verb_forms(base: str, form: str) -> None:
    assert form in verb_forms(base)


def test_noun_forms() -> None:
    assert noun_forms("flashpoint") == {"flashpoint", "flashpoints"}
    assert "atrocities" in noun_forms("atrocity")


def test_quoted_spans_ignore_apostrophes_and_close_at_paragraph_end() -> None:
    text = "Europe's leaders weren't told.\n\n“The first paragraph of a long quote\n\nThe next one."
    spans = quoted_spans(text)
    assert all(text[s] in "“\"‘'" for s, _ in spans)
    assert spans == [(text.index("“"), text.index("\n\nThe next"))]
    assert quoted_spans("She called it a 'scandal' and left.") == [(16, 25)]


def test_rate_per_1000_words() -> None:
    assert rate_per_1000_words(2, "word " * 400) == 5.0
    assert rate_per_1000_words(3, "") == 0.0


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghij ruthlesscrackdown-'\"“”.,\nRSZ")), max_size=200))
def test_terms_are_ordered_disjoint_views_of_the_text(text: str) -> None:
    terms = find_loaded_terms(text, [])
    for term in terms:
        assert text[term.start : term.end] == term.text
    for left, right in pairwise(terms):
        assert left.end <= right.start


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["ruthless", "crackdown", "slammed", "the", "regime", "war-torn", "dictator", "and"]),
                max_size=12))
def test_nothing_inside_a_quote_span_is_flagged(words: list[str]) -> None:
    inner = " ".join(words)
    text = f"Officials said: {inner} today."
    span = (text.index(":") + 1, text.index(" today"))
    for term in find_loaded_terms(text, [span]):
        assert term.end <= span[0] or term.start >= span[1]


# --- the seed articles (shared/, absent in some checkouts) ---------------------------------


def _seed(name: str) -> str:
    if not (SEEDS / name).exists():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    return (SEEDS / name).read_text(encoding="utf-8")


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def test_seed_sun_gold_terms_mostly_found() -> None:
    """The scorer's rule: a term holds the gold phrase, or is a >4-character part of it."""
    text = _seed(SUN)
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text())["articles"][SUN]["loaded_terms"]
    found = [_norm(t) for t in texts(text)]
    matched = [g for g in gold if any(_norm(g) in f or (f in _norm(g) and len(f) > 4) for f in found)]
    assert len(matched) >= 8, set(gold) - set(matched)


def test_seed_sun_more_loaded_than_moscow_times() -> None:
    sun, moscow = _seed(SUN), _seed(MOSCOW_TIMES)
    sun_rate = rate_per_1000_words(len(find_loaded_terms(sun, [])), sun)
    moscow_rate = rate_per_1000_words(len(find_loaded_terms(moscow, [])), moscow)
    assert sun_rate > 2 * moscow_rate
    assert len(find_loaded_terms(moscow, [])) <= 3


@pytest.mark.parametrize("name", [SUN, MOSCOW_TIMES])
def test_seed_nothing_inside_quotation_marks_is_flagged(name: str) -> None:
    text = _seed(name)
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”\n]*[\"”]", text)]
    for term in find_loaded_terms(text, []):
        assert not any(s < term.end and term.start < e for s, e in quoted), term


def test_basil_cross_validated_floor() -> None:
    """A benchmark gate: span P/R on BASIL, 5 folds by event, may not fall below pinned floors.

    Floors sit a little under what benchmarks/bench_loaded.py measured when they were set
    (precision 0.211, recall 0.305); raise them when the method improves.
    """
    basil = SHARED / "data" / "basil" / "articles.jsonl"
    if not basil.exists():
        pytest.skip(f"BASIL not found at {basil}")
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_loaded", REPO / "benchmarks" / "bench_loaded.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up while being built
    spec.loader.exec_module(bench)
    scores = bench.evaluate_loaded(bench.load_basil(basil))
    assert scores.precision >= 0.19
    assert scores.recall >= 0.28
    # the most loaded outlet by the experts' marks (HuffPost) is the most loaded by ours too
    assert max(scores.predicted_rate, key=scores.predicted_rate.get) == max(scores.gold_rate, key=scores.gold_rate.get)
