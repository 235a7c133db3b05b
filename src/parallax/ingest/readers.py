"""The reader registry and the walk over paths.

A reader is `(source, data) -> iterator of RawDocument | InputError`, registered
with a sniffing predicate over the decompressed head of the file. The first
reader whose predicate accepts the head wins; text is the fallback.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from parallax.errors import InputError, InputWarning
from parallax.ingest.decode import GZIP_MAGIC, MAX_DOCUMENT_BYTES, decode, gunzip, read_bytes
from parallax.model import RawDocument

Item = RawDocument | InputError
ReadFn = Callable[[str, bytes], Iterator[Item]]
SniffFn = Callable[[bytes, str], bool]


@dataclass(frozen=True)
class Reader:
    name: str
    sniff: SniffFn
    read: ReadFn


READERS: list[Reader] = []


def register(name: str, sniff: SniffFn) -> Callable[[ReadFn], ReadFn]:
    def wrap(read: ReadFn) -> ReadFn:
        READERS.append(Reader(name, sniff, read))
        return read

    return wrap


def _head(data: bytes) -> bytes:
    """The first bytes of the content, decompressed when gzipped (for sniffing only)."""
    if data.startswith(GZIP_MAGIC):
        import zlib

        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 65536)
        except zlib.error:
            return b""
    return data[:65536]


# --- WARC -------------------------------------------------------------------


def _is_warc(head: bytes, name: str) -> bool:
    return head.lstrip().startswith(b"WARC/")


@register("warc", _is_warc)
def read_warc(source: str, data: bytes) -> Iterator[Item]:
    import io

    yield from read_warc_stream(source, io.BytesIO(data))


# At most this many times an archive is read on past damage (a resync costs a scan of the bytes).
MAX_WARC_RESYNCS = 1000
# A record header: the version line and a named field after it (a cut record leaves no newline before it).
_WARC_START = re.compile(rb"WARC/1\.[01]\r?\n(?:WARC-|Content-)")


def read_warc_stream(source: str, stream: BinaryIO) -> Iterator[Item]:
    """Each HTML response record is an article; its target URI is the article's URL.

    Archives are streamed record by record, so a multi-GB CC-NEWS file needs no
    more memory than its largest page. Damage is named, one line for each damaged
    place, and an uncompressed archive is read on from the next record header after
    it ("keep the intact ones"); a gzipped one is read up to the damage (its members
    cannot be found again without inflating everything after it).
    """
    plain = _plain_and_seekable(stream)
    state = _WarcState()
    for _ in range(MAX_WARC_RESYNCS):
        yield from _read_warc_pass(source, stream, state)
        if state.failure is None:
            return
        resume = _next_warc_header(stream, state.failed_record + 1) if plain else None
        if not state.failure_named:
            tail = f"; read on from byte {resume}" if resume is not None else ""
            yield InputError(f"{source}@{state.failed_record}", state.failure + tail)
        if resume is None:
            return
        stream.seek(resume)
        state.start, state.failure = resume, None


class _WarcState:
    """Where a pass over an archive starts, how many pages it has read, and how it ended."""

    def __init__(self) -> None:
        self.start = 0
        self.pages = 0
        self.failure: str | None = None  # why the last pass stopped early
        self.failed_record = 0  # the offset of the record the pass was in when it stopped
        self.failure_named = False  # that record was already named as damaged


def _read_warc_pass(source: str, stream: BinaryIO, state: _WarcState) -> Iterator[Item]:
    """Read records from `state.start` until the end or until warcio cannot go on (`state.failure`)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # Block digests (WARC-Block-Digest, written by crawlers and warcio) are checked: a record cut in the
    # middle and followed by other bytes has the right length but the wrong content, and no other sign.
    records = ArchiveIterator(stream, check_digests=True)
    # warcio writes a multi-line warning to stderr for a record not followed by its blank line: it is
    # silenced here and its count read, so the record is named in one line like any other damage.
    records.INC_RECORD = ""
    # warcio reads a response's HTTP headers only for an http(s) target URI, and fails on a record with
    # none (AttributeError), which ended the archive: such a record is read without them and named.
    parse_http = records.loader.load_http_headers
    records.loader.load_http_headers = lambda rec_type, uri, body, length: (
        None if uri is None else parse_http(rec_type, uri, body, length)
    )
    # Each record's item is held back until warcio has read past the record's end: a record that
    # runs into the next one (a wrong Content-Length, a record cut in the middle of the file) is named
    # instead of stored as a page made of the wrong bytes.
    pending: tuple[Item | None, int, int, object] | None = None  # (item, offset, warnings before it, record)

    def settled() -> Item | None:
        item, offset, warned, record = pending
        if isinstance(item, InputError):
            return item
        if records.err_count > warned:
            return InputError(f"{source}@{offset}", "damaged WARC record: it runs into the next one")
        if getattr(getattr(record, "digest_checker", None), "passed", None) is False:
            return InputError(f"{source}@{offset}", "damaged WARC record: its block digest does not match "
                              "(cut in the middle, or a wrong Content-Length)")
        return item

    def flush() -> Iterator[Item]:
        item = settled() if pending is not None else None
        if isinstance(item, RawDocument):
            state.pages += 1
        if item is not None:
            yield item
        state.failure_named = isinstance(item, InputError)

    def stop(reason: str) -> None:
        state.failure = reason
        state.failed_record = pending[1] if pending is not None else state.start + records.offset

    try:
        for record in records:
            yield from flush()
            item = _warc_record(source, record, state.start + records.offset, state.pages + 1)
            pending = (item, state.start + records.offset, records.err_count, record)
        yield from flush()
    except (ArchiveLoadFailed, OSError, EOFError) as err:
        stop(f"broken WARC archive after {state.pages} pages ({_one_line(err)})")
        yield from flush()
        return
    except Exception as err:  # warcio fails on some damaged headers with its own bugs
        stop(f"damaged WARC record after {state.pages} pages ({err.__class__.__name__}: {_one_line(err)})")
        yield from flush()
        return
    # warcio ends quietly at a truncated record: the last offset it reached tells.
    try:
        size = stream.seek(0, 2)
    except (OSError, ValueError):
        return
    if state.start + records.offset < size:
        yield InputError(source, f"truncated WARC archive: unreadable after byte {state.start + records.offset} "
                         f"of {size}")


def _plain_and_seekable(stream: BinaryIO) -> bool:
    """An uncompressed archive we can search for the next record header after damage."""
    try:
        position = stream.tell()
        head = stream.read(2)
        stream.seek(position)
    except (OSError, ValueError, AttributeError):
        return False
    return head != GZIP_MAGIC


def _next_warc_header(stream: BinaryIO, after: int, window: int = 1 << 20) -> int | None:
    """The offset of the next "WARC/1.x" header line at or after `after`, read in windows."""
    position = after
    while True:
        stream.seek(position)
        chunk = stream.read(window + 16)
        if not chunk:
            return None
        match = _WARC_START.search(chunk)
        if match:
            return position + match.start()
        if len(chunk) <= window:
            return None
        position += window


_WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)


def _warc_record(source: str, record, offset: int, number: int) -> Item | None:
    """One record as a document, an error naming it (damaged, truncated, too large), or None (not a page)."""
    where = f"{source}@{offset}"
    if record.rec_type not in _WARC_TYPES:
        return InputError(where, f"damaged WARC record (type {record.rec_type!r})")
    if record.rec_type == "response" and not record.rec_headers.get_header("WARC-Target-URI"):
        return InputError(where, "damaged WARC record: a response without WARC-Target-URI")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        body = _read_limited(record.content_stream(), MAX_DOCUMENT_BYTES + 1)
        if len(body) > MAX_DOCUMENT_BYTES:
            return InputError(where, f"WARC record above the {MAX_DOCUMENT_BYTES // 2**20} MB limit for one page")
        if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length: cut off
            return InputError(where, "truncated WARC record: shorter than its Content-Length")
        text = decode(body, where)
    except InputError as err:
        return err
    except Exception as err:  # a broken record must not end the archive
        return InputError(where, f"unreadable WARC record ({err.__class__.__name__})")
    return RawDocument(source=source, kind="html", content=text, url=url, id=f"{Path(source).name}#{number}")


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes (warcio's readers return what they have buffered per call: read until done)."""
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(1 << 20, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _one_line(err: Exception) -> str:
    """warcio's messages run over several lines; a Parallax error is one."""
    return " ".join(str(err).split())[:200]


# --- JSON Lines ---------------------------------------------------------------


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _is_jsonl(head: bytes, name: str) -> bool:
    if head.startswith(_BOMS[1:]):  # UTF-16 with its byte-order mark: read the head as text first
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    first = head.removeprefix(_BOMS[0]).lstrip()[:1]
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return first in (b"{", b"[", b'"')  # a bad first record is still a record of a JSON Lines file
    return first == b"{" or (first == b"[" and name.endswith(".json"))


# Fields read from a record, and the JSON types each may have (null is always allowed).
_STRING_FIELDS = ("text", "html", "url", "title", "outlet", "published")
# Go's zero time and "end of time" placeholders: no article is dated before the press or after 2100.
_PLAUSIBLE_YEARS = range(1800, 2101)


def _clean_string(value: str) -> str:
    """Lone surrogates ("\\ud800" in JSON) cannot be written out or tokenised: they become U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if _has_surrogate(value) else value


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in value)


def _checked_fields(source: str, record: dict, line: int) -> dict:
    """The record's fields with their types checked: a wrong type is this record's error line."""
    fields = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(source, f"field {name!r} must be a string, not {type(value).__name__}", line)
        fields[name] = _clean_string(value) if value is not None else None
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        raise InputError(source, "field 'authors' must be a string or a list of strings", line)
    fields["authors"] = [_clean_string(a) for a in authors or [] if a]
    identifier = record.get("id")
    if identifier is not None and not isinstance(identifier, str | int):
        raise InputError(source, f"field 'id' must be a string or an integer, not {type(identifier).__name__}", line)
    fields["id"] = _clean_string(str(identifier)) if identifier is not None else None
    if fields["published"] and not _plausible_date(fields["published"]):
        fields["published"] = None  # a placeholder date is no date: treated as unknown
    return fields


def _plausible_date(value: str) -> bool:
    year = value.strip()[:4]
    return not year.isdecimal() or int(year) in _PLAUSIBLE_YEARS  # "²" is a digit but no decimal


def _record_document(source: str, record: dict, line: int) -> RawDocument:
    fields = _checked_fields(source, record, line)
    text, html = fields["text"], fields["html"]
    if text is None and html is None:
        raise InputError(source, "record has neither a 'text' nor an 'html' string", line)
    authors = fields["authors"]
    return RawDocument(
        source=source,
        kind="record" if isinstance(text, str) and text.strip() else "html",
        content=text if isinstance(text, str) and text.strip() else html,
        id=fields["id"] if fields["id"] is not None else f"{Path(source).name}:{line}",
        url=fields["url"],
        title=fields["title"],
        outlet=fields["outlet"],
        published=fields["published"] or None,
        authors=authors,
        line=line,
    )


def _json_array(text: str) -> list | None:
    """The records of a file that is one JSON array, or None when it is not (then it is read line by line)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, list) and all(isinstance(v, dict) for v in value) else None


@register("jsonl", _is_jsonl)
def read_jsonl(source: str, data: bytes) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and skipped."""
    text = decode(data, source)
    stripped = text.lstrip("\ufeff \t\r\n")
    array = _json_array(stripped) if stripped.startswith("[") else None  # as some exports write
    if array is not None:
        lines = [(i + 1, r) for i, r in enumerate(array)]
    else:
        lines = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                lines.append((number, json.loads(line)))
            except json.JSONDecodeError as err:
                yield InputError(source, f"invalid JSON ({err.msg})", number)
            except (ValueError, RecursionError) as err:  # a 5,000-digit integer, nesting 100,000 deep
                yield InputError(source, f"unreadable JSON ({type(err).__name__}: {str(err)[:80]})", number)
    for number, record in lines:
        if not isinstance(record, dict):
            yield InputError(source, "a JSON Lines record must be an object", number)
            continue
        try:
            document = _record_document(source, record, number)
        except InputError as err:
            yield err
            continue
        for repair in _repairs(record):
            yield InputWarning(source, repair, number)
        yield document


def _repairs(record: dict) -> list[str]:
    """What reading a valid record changed: each becomes a line naming it (the record is kept)."""
    repairs = []
    for name in ("id", *_STRING_FIELDS, "authors"):
        value = record.get(name)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and _has_surrogate(v) for v in values):
            repairs.append(f"field {name!r} holds a lone surrogate (an unpaired \\ud800-\\udfff escape): replaced")
    published = record.get("published")
    if isinstance(published, str) and published and not _plausible_date(published):
        repairs.append(f"publication date {published[:40]!r} is a placeholder, not a date: read as unknown")
    return repairs


# --- HTML ---------------------------------------------------------------------

_HTML_HEAD = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]", re.I)


def _is_html(head: bytes, name: str) -> bool:
    return bool(_HTML_HEAD.search(head[:4096])) or (
        name.endswith((".html", ".htm", ".html.gz", ".htm.gz")) and head.lstrip().startswith(b"<")
    )


@register("html", _is_html)
def read_html(source: str, data: bytes) -> Iterator[Item]:
    yield RawDocument(source=source, kind="html", content=decode(data, source), id=_file_id(source))


# --- text and markdown dumps ----------------------------------------------------

# Markdown as html2text and scrapers write it: links, escapes, headings, bullets.
_MARKDOWN_SIGNS = re.compile(r"\]\([^)\s]*\)|\\[$*_\[\]#.!-]|^#{1,6} |^\s*[*+-] \[|^> ", re.M)


def is_markdown(text: str) -> bool:
    return len(_MARKDOWN_SIGNS.findall(text[:200_000])) >= 2


def _is_text(head: bytes, name: str) -> bool:
    return True


@register("text", _is_text)
def read_text(source: str, data: bytes) -> Iterator[Item]:
    text = decode(data, source)
    kind = "markdown" if source.endswith((".md", ".markdown")) or is_markdown(text) else "text"
    yield RawDocument(source=source, kind=kind, content=text, id=_file_id(source))


def _file_id(source: str) -> str:
    name = Path(source).name
    return name[:-3] if name.endswith(".gz") else name


# --- the walk -------------------------------------------------------------------


def read_source(source: str, data: bytes) -> Iterator[Item]:
    """Dispatch one input's bytes to the first reader that recognises them."""
    head = _head(data)
    if not head.strip():
        if data.startswith(GZIP_MAGIC):
            try:
                gunzip(data, source)
            except InputError as err:
                yield err
                return
        yield InputError(source, "empty file")
        return
    for reader in READERS:
        if reader.sniff(head, source.lower()):
            try:
                yield from reader.read(source, data)
            except InputError as err:
                yield err
            return


def _walk(path: str) -> Iterator[str | InputError]:
    """Files under a path in a stable order; an unreadable folder is an error in the stream, not a silent gap."""
    if not os.path.isdir(path):
        yield path
        return

    def unreadable(err: OSError) -> None:
        problems.append(InputError(err.filename or path, f"unreadable folder ({err.strerror or err})"))

    problems: list[InputError] = []
    for root, dirs, files in os.walk(path, onerror=unreadable):
        yield from problems
        problems.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from problems


def _stdin_bytes() -> bytes:
    """Standard input, refused past the per-file limit instead of read whole into memory."""
    data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError("<stdin>", f"more than the {MAX_DOCUMENT_BYTES // 2**20} MB limit for one input")
    return data


def iter_documents(paths: Iterable[str]) -> Iterator[Item]:
    """Every document of every path ('-' is standard input), errors in the stream."""
    for path in paths:
        if path == "-":
            try:
                yield from read_source("<stdin>", _stdin_bytes())
            except InputError as err:
                yield err
            continue
        if not os.path.exists(path):
            yield InputError(path, "no such file or folder")
            continue
        for file in _walk(path):
            if isinstance(file, InputError):
                yield file
                continue
            if not os.path.isfile(file):  # a named pipe would block forever; a socket or device is no article
                yield InputError(file, "not a regular file (a pipe, socket or device): skipped")
                continue
            try:
                with open(file, "rb") as handle:
                    if _is_warc(_head(handle.read(65536)), file):
                        handle.seek(0)
                        yield from read_warc_stream(file, handle)
                        continue
            except OSError as err:
                yield InputError(file, err.strerror or str(err))
                continue
            try:
                data = read_bytes(file)
            except InputError as err:
                yield err
                continue
            yield from read_source(file, data)
