"""Readers: formats sniffed from content, bad inputs reported as errors in the stream."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest

from parallax.errors import InputError
from parallax.ingest import decode as decode_module
from parallax.ingest import iter_documents
from parallax.model import RawDocument

PAGE = """<!doctype html><html><head><title>Flood waters rise</title>
<meta property="og:site_name" content="Example News"></head>
<body><article><h1>Flood waters rise in the valley</h1>
<p>Flood waters rose across the valley on Tuesday as heavy rain continued for a third day, officials said.</p>
<p>More than 2,000 residents were moved to shelters, and the regional government declared an emergency.</p>
</article></body></html>"""


def documents(paths: list[Path]) -> list[RawDocument | InputError]:
    return list(iter_documents([str(p) for p in paths]))


def test_html_is_sniffed_from_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    [doc] = documents([path])
    assert isinstance(doc, RawDocument) and doc.kind == "html"


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    [doc] = documents([path])
    assert isinstance(doc, RawDocument) and "Flood waters" in doc.content and doc.id == "page.html"


def test_markdown_dump_is_told_from_plain_text(tmp_path: Path) -> None:
    md = tmp_path / "a.txt"
    md.write_text("Title\n\nBy [Jane Doe](#)\n\nThe price rose to \\$5 on [Monday](https://x.org/a).\n")
    text = tmp_path / "b.txt"
    text.write_text("Title\n\nThe price rose to $5 on Monday, traders said.\n")
    kinds = [d.kind for d in documents([md, text])]
    assert kinds == ["markdown", "text"]


def test_latin1_text_is_decoded_not_mangled(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    sentence = "Le président François Hollande a déclaré que la réforme était nécessaire, selon Libération. " * 3
    path.write_bytes(sentence.encode("cp1252"))
    [doc] = documents([path])
    assert isinstance(doc, RawDocument)
    assert "président François" in doc.content and "\ufffd" not in doc.content


def test_folders_are_read_recursively_and_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "two.txt").write_text("Second article text here.")
    (tmp_path / "a.txt").write_text("First article text here.")
    (tmp_path / ".hidden").write_text("not read")
    names = [Path(d.source).name for d in documents([tmp_path])]
    assert names == ["a.txt", "two.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (bytes(range(256)) * 40, "binary file"),
        (gzip.compress(PAGE.encode())[:60], "truncated gzip"),
    ],
    ids=["empty", "blank", "binary", "truncated-gzip"],
)
def test_bad_files_yield_one_error_naming_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(content)
    [err] = documents([path])
    assert isinstance(err, InputError)
    assert str(path) in str(err) and reason in str(err)


def test_enormous_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode_module, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000)
    [err] = documents([path])
    assert isinstance(err, InputError) and "limit" in str(err)


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    [err] = documents([tmp_path / "nope.txt"])
    assert isinstance(err, InputError) and "no such file" in str(err)


def test_jsonl_bad_line_is_reported_with_its_number_and_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    good = {
        "id": "a1",
        "url": "https://example.org/x",
        "title": "T",
        "text": "Body one.",
        "outlet": "Example",
        "published": "2020-01-02",
        "authors": ["Jane Doe"],
        "event": "gold label never read",
    }
    path.write_text(
        json.dumps(good)
        + "\n{not json\n"
        + json.dumps({"id": "a3", "title": "no text"})
        + "\n"
        + json.dumps({**good, "id": "a4"})
        + "\n"
    )
    items = documents([path])
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.id for d in docs] == ["a1", "a4"]
    assert [e.line for e in errors] == [2, 3]
    assert docs[0].kind == "record" and docs[0].outlet == "Example" and docs[0].published == "2020-01-02"
    assert not hasattr(docs[0], "event")


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def test_warc_html_responses_become_documents_with_their_urls(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc(
            [
                ("https://news.example.org/2021/09/13/flood", PAGE.encode(), "text/html; charset=utf-8"),
                ("https://news.example.org/logo.png", b"\x89PNG....", "image/png"),
                ("https://news.example.org/2021/09/14/rain", PAGE.replace("valley", "city").encode(), "text/html"),
            ]
        )
    )
    docs = documents([path])
    assert [d.url for d in docs] == [
        "https://news.example.org/2021/09/13/flood",
        "https://news.example.org/2021/09/14/rain",
    ]
    assert all(isinstance(d, RawDocument) and d.kind == "html" for d in docs)


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    data = _warc([("https://a.example/1", PAGE.encode(), "text/html")] * 3)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.8)])
    items = documents([path])
    assert any(isinstance(i, RawDocument) for i in items)
    assert isinstance(items[-1], InputError)


GOOD_RECORD = {"id": "good", "text": "A body long enough to be read as one article by the reader.", "outlet": "X"}


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "a", "text": "Body text.", "authors": 5}', "'authors' must be"),
        ('{"id": "a", "text": "Body text.", "authors": true}', "'authors' must be"),
        ('{"id": "a", "text": "Body text.", "title": 123}', "'title' must be a string"),
        ('{"id": "a", "text": ["a", "b"]}', "'text' must be a string"),
        ('{"id": "a", "text": null}', "neither a 'text' nor an 'html'"),
        ('["a", "list"]', "must be an object"),
        ('"a string"', "must be an object"),
        ('{"id": "a", "n": ' + "1" * 5000 + "}", "unreadable JSON"),
        ("[" * 100_000, "unreadable JSON"),
    ],
)
def test_a_record_of_the_wrong_shape_is_its_own_error_line(tmp_path: Path, bad_line: str, reason: str) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(bad_line + "\n" + json.dumps(GOOD_RECORD) + "\n")
    items = list(iter_documents([str(path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and reason in str(errors[0]) and ":1:" in str(errors[0])
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["good"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_jsonl_with_a_byte_order_mark_is_read_as_jsonl(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes((json.dumps(GOOD_RECORD) + "\n").encode(encoding))
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, RawDocument) and document.id == "good" and document.kind == "record"


def test_a_placeholder_date_is_unknown_and_a_lone_surrogate_is_replaced_each_with_a_line(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"id": "zero", "text": "Talks go on next week \\ud800 in Geneva.", "published": "0001-01-01T00:00:00Z"}\n'
    )
    *warnings, document = list(iter_documents([str(path)]))
    assert document.published is None and "\ufffd" in document.content
    # each repair is named on its own line (the run exits 1), the record kept
    assert [(type(w).__name__, w.line) for w in warnings] == [("InputWarning", 1)] * 2
    assert "lone surrogate" in str(warnings[0]) and "'0001-01-01T00:00:00Z' is a placeholder" in str(warnings[1])
    document.content.encode("utf-8")  # writable


def test_a_placeholder_publication_date_resolves_nothing_and_never_overflows() -> None:
    from parallax.analyze.dates import find_dates

    for placeholder in ("0001-01-01T00:00:00Z", "9999-12-31"):
        found = find_dates("The minister said yesterday the talks would continue next week.", placeholder)
        assert all(d.value is None or not d.resolved for d in found)


def test_a_body_too_long_to_parse_is_one_error_line_and_the_rest_is_cleaned(tmp_path: Path) -> None:
    from parallax.pipeline import clean_paths

    long_text = ("The committee met again on Tuesday to discuss the budget. " * 20_000).strip()
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": long_text}) + "\n" + json.dumps(GOOD_RECORD) + "\n")
    items = list(clean_paths([str(path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "characters is above" in str(errors[0]) and ":1:" in str(errors[0])
    assert [i.id for i in items if not isinstance(i, InputError)] == ["good"]


def test_a_named_pipe_in_a_folder_is_skipped_with_a_line_not_waited_on(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "good.jsonl").write_text(json.dumps(GOOD_RECORD) + "\n")
    items = list(iter_documents([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "pipe.jsonl" in str(errors[0]) and "not a regular file" in str(errors[0])
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["good"]


def test_an_unreadable_folder_is_named_not_skipped_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions cannot lock root out (CI runs as root): the walk is told the folder failed, as os.walk would."""
    import os

    (tmp_path / "good.jsonl").write_text(json.dumps(GOOD_RECORD) + "\n")
    real_walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **kwargs):
        if onerror:
            onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_with_a_locked_folder)
    items = list(iter_documents([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "unreadable folder" in str(errors[0]) and "locked" in str(errors[0])
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["good"]


def test_stdin_past_the_limit_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(decode_module, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr("parallax.ingest.readers.MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000)))
    (error,) = list(iter_documents(["-"]))
    assert isinstance(error, InputError) and "limit" in str(error)


def _one_page_warc(html: bytes, uri: str | None = "http://example.org/a", gzip_body: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if gzip_body:
        html = gzip.compress(html)
        headers.append(("Content-Encoding", "gzip"))
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = WARCWriter(buffer, gzip=False).create_warc_record(
        uri or "http://example.org/x", "response", payload=io.BytesIO(html), http_headers=http
    )
    if uri is None:
        record.rec_headers.remove_header("WARC-Target-URI")
    WARCWriter(buffer, gzip=False).write_record(record)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        (lambda good: good[: len(good) // 2], "truncated WARC record"),
        (lambda good: b"WARC/1.0\r\ngarbage garbage\r\n\r\n", "damaged WARC record"),
        (lambda good: _one_page_warc(PAGE.encode(), uri=None), "damaged WARC record"),
    ],
)
def test_a_damaged_warc_record_is_named_and_the_intact_ones_kept(tmp_path: Path, tail, reason: str) -> None:
    good = _one_page_warc(PAGE.encode())
    path = tmp_path / "archive.warc"
    path.write_bytes(good + tail(good))
    items = documents([path])
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and reason in str(errors[0]) and "archive.warc" in str(errors[0])
    assert len([i for i in items if isinstance(i, RawDocument)]) == 1


def test_a_warc_record_inflating_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("parallax.ingest.readers.MAX_DOCUMENT_BYTES", 2000)
    path = tmp_path / "bomb.warc"
    path.write_bytes(_one_page_warc(PAGE.encode() + b" " * 100_000, gzip_body=True))
    (error,) = documents([path])
    assert isinstance(error, InputError) and "limit" in str(error)


@pytest.mark.parametrize("text", ["Café", "München", "Señor Núñez met the Zürich delegation at the café."])
def test_a_short_western_file_is_read_as_cp1252_not_a_baltic_code_page(text: str) -> None:
    assert decode_module.decode(text.encode("latin-1"), "short.txt") == text


def test_text_in_another_script_still_goes_to_the_detector() -> None:
    text = "Президент заявил в понедельник, что переговоры продолжатся на следующей неделе."
    assert decode_module.decode(text.encode("cp1251"), "ru.txt") == text


def test_a_warc_record_without_a_target_uri_does_not_end_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "archive.warc"
    path.write_bytes(_one_page_warc(PAGE.encode(), uri=None) + _one_page_warc(PAGE.encode()))
    error, document = documents([path])
    assert isinstance(error, InputError) and "without WARC-Target-URI" in str(error) and "archive.warc@0" in str(error)
    assert isinstance(document, RawDocument) and document.url == "http://example.org/a"


def test_a_warc_record_longer_than_its_bytes_is_named_not_stored(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    good = _one_page_warc(PAGE.encode())
    length = int(re.search(rb"Content-Length: (\d+)", good).group(1))
    overlong = good.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length + 10), 1)
    path = tmp_path / "archive.warc"
    path.write_bytes(good + overlong + good)
    items = documents([path])
    assert isinstance(items[0], RawDocument)
    assert f"archive.warc@{len(good)}: damaged WARC record: it runs into the next one" in str(items[1])
    # its page, made of the wrong bytes, is not kept; the intact record after it is (read on from its header)
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument"]
    assert "WARNING" not in capfd.readouterr().err  # warcio's multi-line warning is not printed


def test_an_uncompressed_archive_is_read_on_after_damage(tmp_path: Path) -> None:
    """A record cut in the middle swallows the header of the one after it: that one is found again."""
    pages = (PAGE.replace("Flood waters rise", f"Flood in {city}").encode() for city in ("Oslo", "Rome", "Lima"))
    first, second, third = (_one_page_warc(page) for page in pages)
    path = tmp_path / "archive.warc"
    path.write_bytes(first + second[: len(second) // 2] + third)
    items = documents([path])
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument"]
    assert f"archive.warc@{len(first)}" in str(items[1])
    assert "Lima" in items[2].content


@pytest.mark.parametrize("published", ["²", "¹⁹⁹⁹-01-01", "٢٠٢٠-05-01"])
def test_a_publication_date_of_unicode_digits_is_read_without_an_error(tmp_path: Path, published: str) -> None:
    """Found by bench_fuzz.py: '²'.isdigit() is true, and int('²') raised ValueError out of the reader."""
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({**GOOD_RECORD, "published": published}) + "\n")
    *_, document = list(iter_documents([str(path)]))
    assert isinstance(document, RawDocument) and document.id == "good"


def _three_page_warc(cut: float | None, follow: bool = False) -> tuple[bytes, int]:
    """Three HTML responses (a fourth after them when `follow`), the third cut at `cut` of its length."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer, offsets = io.BytesIO(), []
    writer = WARCWriter(buffer, gzip=False)
    for number in range(4 if follow else 3):
        offsets.append(buffer.tell())
        html = b"<html><body><article><h1>Page %d</h1><p>%s</p></article></body></html>" % (
            number, b"The talks in Geneva will continue next week, the minister said. " * 6)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://example.org/{number}", "response", payload=io.BytesIO(html), http_headers=http))
    offsets.append(buffer.tell())
    data, start, end = buffer.getvalue(), offsets[2], offsets[3]
    cut_at = start + int((end - start) * cut) if cut is not None else end
    return data[:cut_at] + data[end:], start


def test_a_warc_record_cut_mid_payload_is_named_and_the_intact_ones_kept() -> None:
    from parallax.ingest.readers import read_warc

    data, start = _three_page_warc(0.8)
    items = list(read_warc("x.warc", data))
    pages = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [p.url for p in pages] == ["http://example.org/0", "http://example.org/1"]
    assert len(errors) == 1 and f"x.warc@{start}" in str(errors[0]), errors


def test_a_warc_record_cut_in_the_middle_of_the_file_is_never_stored() -> None:
    """Whatever the cut in the third record's body, followed by a fourth record: its page is never kept."""
    from parallax.ingest.readers import read_warc

    whole, _ = _three_page_warc(None, follow=True)
    body = whole.index(b"<html><body><article><h1>Page 2")
    fourth = whole.index(b"WARC/1.0", body)
    for cut in range(body + 1, fourth - 4, 7):
        data = whole[:cut] + whole[fourth:]
        items = list(read_warc("x.warc", data))
        pages = [i for i in items if isinstance(i, RawDocument)]
        assert not any("Page 2" in p.content for p in pages), cut
        assert any(isinstance(i, InputError) and "@" in str(i) for i in items), (cut, items)
