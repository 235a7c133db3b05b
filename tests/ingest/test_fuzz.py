"""Fuzzing the readers and the cleaning: arbitrary bytes and records never raise anything but InputError.

A bounded run here (CI); `benchmarks/bench_fuzz.py` runs the same checks for
100,000 examples and more.
"""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parallax.clean import clean
from parallax.errors import InputError
from parallax.ingest import read_source
from parallax.model import RawDocument

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.json", "a.warc", "a.html.gz", "-"])
BYTES = st.binary(max_size=2000)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=200),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
RECORD_FIELDS = st.sampled_from(["id", "text", "html", "title", "outlet", "published", "authors", "url"])
RECORDS = st.dictionaries(RECORD_FIELDS, JSON_VALUES | st.text(max_size=400), max_size=8)
RECORD_LISTS = st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=4)
TEXTS = st.text(max_size=3000)
KINDS = st.sampled_from(["text", "markdown", "html", "record"])
BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_bytes(name: str, data: bytes) -> None:
    """Everything the readers yield is a document or an InputError; every document cleans or is an InputError."""
    for item in read_source(name, data):
        if isinstance(item, InputError):
            continue
        assert isinstance(item, RawDocument)
        with contextlib.suppress(InputError):
            clean(item)


def check_records(records: list) -> None:
    lines = "\n".join(json.dumps(r) for r in records) + "\n"
    check_bytes("fuzz.jsonl", lines.encode("utf-8", "surrogatepass"))


def check_text(text: str, kind: str) -> None:
    with contextlib.suppress(InputError):
        clean(RawDocument(source="fuzz", kind=kind, content=text))  # type: ignore[arg-type]


@BOUNDED
@given(name=NAMES, data=BYTES)
def test_arbitrary_bytes_never_escape_as_anything_but_input_errors(name: str, data: bytes) -> None:
    check_bytes(name, data)


@BOUNDED
@given(records=RECORD_LISTS)
def test_arbitrary_json_lines_never_escape_as_anything_but_input_errors(records: list) -> None:
    check_records(records)


@BOUNDED
@given(text=TEXTS, kind=KINDS)
def test_arbitrary_text_of_every_kind_cleans_or_is_an_input_error(text: str, kind: str) -> None:
    check_text(text, kind)
