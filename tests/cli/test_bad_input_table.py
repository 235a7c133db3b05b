"""Issue 12's bad inputs, each beside a good file, through `clean`, `analyze`, `compare` and `ingest`.

Every bad input gives exactly one stderr line naming its file (and line, for a
record), no traceback, the good file's articles come out, and the exit status
is 1. Inputs that are valid but easy to misread (a byte-order mark, latin-1, a
malformed URL) are read right with exit status 0.

One invocation per command holds all the bad inputs (spaCy loads once per
process, and the comparison is the slow step), and one more the valid ones.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parallax.cli import main
from parallax.ingest.decode import MAX_DOCUMENT_BYTES

GOOD = [
    {
        "id": "good-a",
        "outlet": "Valley News",
        "title": "Flood waters rise",
        "published": "2024-05-07",
        "text": "Flood waters rose across the valley on Tuesday. More than 2,000 residents were moved to shelters, "
        "the regional government said.",
    },
    {
        "id": "good-b",
        "outlet": "River Post",
        "title": "Hundreds evacuated",
        "published": "2024-05-07",
        "text": "About 1,500 people were evacuated as the river burst its banks on Tuesday, officials said. "
        "Shelters opened in three towns.",
    },
]
RELATIVE = "The minister said yesterday that the talks would continue next week in Geneva, and again on Friday."


def _record(**fields: object) -> str:
    """A valid record but for `fields`; its text is its own (ingest would take a copy as a duplicate)."""
    return json.dumps({"text": f"{RELATIVE} Record {fields.get('id')}.", "outlet": "X", **fields})


def _warc(uri: str | None, truncate: bool = False, html: bytes | None = None, gzip: bool = False,
          content_gzip: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = html or (
        b"<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>"
        b"<p>" + RELATIVE.encode() * 3 + b"</p></article></body></html>"
    )
    buffer = io.BytesIO()
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if content_gzip:  # the page itself sent gzipped (Content-Encoding), inside a plain WARC
        import gzip as gzip_module

        html = gzip_module.compress(html, compresslevel=1)
        headers.append(("Content-Encoding", "gzip"))
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    writer = WARCWriter(buffer, gzip=gzip)
    record = writer.create_warc_record(
        uri or "http://example.org/x", "response", payload=io.BytesIO(html), http_headers=http
    )
    if uri is None:
        record.rec_headers.remove_header("WARC-Target-URI")
    writer.write_record(record)
    data = buffer.getvalue()
    return data[: len(data) // 2] if truncate else data


# A gzip bomb: a .warc.gz of a few hundred KB whose one page inflates past the per-record limit.
BOMB = _warc("http://example.org/bomb", html=b"<html><body><p>" + b" " * (MAX_DOCUMENT_BYTES + 1024), gzip=True)
BODY_BOMB = _warc("http://example.org/body-bomb", html=b"<html><body><p>" + b" " * (MAX_DOCUMENT_BYTES + 1024),
                  content_gzip=True)


def _overlong(record: bytes, extra: int = 80) -> bytes:
    """The record with a Content-Length `extra` bytes longer than its block: it runs into the next one."""
    length = int(re.search(rb"Content-Length: (\d+)", record).group(1))
    return record.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length + extra), 1)


_FIRST, _SECOND, _THIRD = (_warc(f"http://example.org/{name}") for name in ("first", "second", "third"))


# file name -> (content, words the one stderr line must hold, the line number it must name or None)
BAD: dict[str, tuple[bytes, str, int | None]] = {
    "zero-time.jsonl": (_record(id="zero-date-rec", published="0001-01-01T00:00:00Z").encode(), "date", 1),
    "end-of-time.jsonl": (_record(id="end-date-rec", published="9999-12-31").encode(), "date", 1),
    "authors-int.jsonl": (_record(id="a1", authors=5).encode(), "'authors' must be", 1),
    "authors-bool.jsonl": (_record(id="a2", authors=True).encode(), "'authors' must be", 1),
    "authors-float.jsonl": (_record(id="a3", authors=3.5).encode(), "'authors' must be", 1),
    "title-int.jsonl": (_record(id="t1", title=123).encode(), "'title' must be a string", 1),
    "text-list.jsonl": (json.dumps({"id": "t2", "text": ["a", "b"]}).encode(), "'text' must be a string", 1),
    "text-null.jsonl": (json.dumps({"id": "t3", "text": None}).encode(), "neither a 'text' nor an 'html'", 1),
    "record-list.jsonl": (b'["a", "list"]', "must be an object", 1),
    "record-string.jsonl": (b'"a string"', "must be an object", 1),
    "deep.jsonl": (b"[" * 100_000, "unreadable JSON", 1),
    "digits.jsonl": (b'{"id": "n", "text": "x", "n": ' + b"1" * 5000 + b"}", "unreadable JSON", 1),
    "surrogate.jsonl": (_record(id="surrogate-rec", title="Talks \ud800 resume").encode(), "surrogate", 1),
    "long-body.jsonl": (
        json.dumps({"id": "long", "text": "The committee met again. " * 50_000}).encode(),
        "characters is above",
        1,
    ),
    "no-uri.warc": (_warc(None), "damaged WARC record", None),
    "cut.warc": (_warc("http://example.org/cut", truncate=True), "truncated WARC record", None),
    "one-line.txt": (b"word " * 6_000_000, "characters is above", None),  # 30 MB on one line
    "bomb.warc.gz": (BOMB, "MB limit for one page", None),
    "body-bomb.warc": (BODY_BOMB, "MB limit for one page", None),
    "garbage.warc": (b"WARC/1.0\r\n\x00\x01 no header here\r\n\r\n" + b"x" * 300, "damaged WARC record", None),
    "bad-length.warc": (_FIRST + _overlong(_SECOND) + _THIRD, "damaged WARC record", None),
    "cut-mid.warc": (_FIRST + _SECOND[: len(_SECOND) // 2] + _THIRD, "damaged WARC record", None),
}
# Named pipes: one given on the command line, one inside the folder.
PIPES = ["direct.pipe", "pipe-in-folder.jsonl"]

VALID: dict[str, bytes] = {
    "bom8.jsonl": (_record(id="bom8", title="Talks in Geneva") + "\n").encode("utf-8-sig"),
    "bom16.jsonl": (_record(id="bom16", title="Geneva talks") + "\n").encode("utf-16"),
    "latin1.txt": (
        "Café talks in München\n\nSeñor Núñez met the Zürich delegation at the Café Central in München on "
        "Tuesday. The talks on the river treaty will resume next month, the delegation said."
    ).encode("latin-1"),
    "bracket-url.jsonl": (_record(id="bracket", url="https://[::1/x") + "\n").encode(),
}
VALID_IDS = ["bom8", "bom16", "latin1.txt", "bracket"]
COMMANDS = ["clean", "analyze", "compare", "ingest"]


def _inputs(tmp_path: Path, files: dict[str, bytes]) -> list[str]:
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(r) + "\n" for r in GOOD), encoding="utf-8")
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return [str(good), str(folder)]


class _Stdin(io.TextIOWrapper):
    """Standard input holding `data`, as `parallax -` reads it (its binary buffer)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))

    def isatty(self) -> bool:
        return False


def _run(command: str, paths: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run a command in this process; its output, as text holding the articles' ids."""
    db = tmp_path / "store.db"
    args = {
        "clean": ["clean", *paths, "--format", "jsonl"],
        "analyze": ["analyze", *paths, "--format", "jsonl"],
        "compare": ["compare", *paths, "-o", str(tmp_path / "report.html")],
        "ingest": ["ingest", *paths, "--db", str(db)],
    }[command]
    status = main(args)
    out, err = capsys.readouterr()
    if command == "compare" and (tmp_path / "report.html").exists():
        out += (tmp_path / "report.html").read_text(encoding="utf-8")
    if command == "ingest" and db.exists():
        assert main(["stories", "--db", str(db), "--format", "json"]) == 0
        out += capsys.readouterr().out
    return status, out, err


@pytest.mark.parametrize("command", COMMANDS)
def test_each_bad_input_is_one_line_and_the_good_file_is_still_processed(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _inputs(tmp_path, {name: content for name, (content, _, _) in BAD.items()})
    for name in PIPES:
        os.mkfifo(tmp_path / "inputs" / name if name.endswith(".jsonl") else tmp_path / name)
    paths.append(str(tmp_path / "direct.pipe"))
    # standard input just over the per-input limit (the real one: it is a constant, and refusing is quick)
    monkeypatch.setattr(sys, "stdin", _Stdin(b" " * (MAX_DOCUMENT_BYTES + 1)))
    paths.append("-")

    status, out, err = _run(command, paths, tmp_path, capsys)

    assert "Traceback" not in err and "Traceback" not in out
    assert status == 1
    assert "good-a" in out and "good-b" in out, f"the good file's articles are missing:\n{err}"
    lines = err.splitlines()
    for name, (_, words, line) in BAD.items():
        named = [text for text in lines if f"/{name}" in text]
        assert len(named) == 1, f"{name}: expected one line, got {named}\n{err}"
        assert words in named[0], f"{name}: {named[0]}"
        if line is not None:
            assert f"{name}:{line}:" in named[0], f"{name}: the line number is missing: {named[0]}"
    for name in PIPES:
        named = [text for text in lines if f"/{name}" in text]
        assert len(named) == 1 and "not a regular file" in named[0], f"{name}: {named}\n{err}"
    named = [text for text in lines if "<stdin>" in text]
    assert len(named) == 1 and "MB limit for one input" in named[0], f"stdin: {named}\n{err}"
    # records read despite a placeholder date or a lone surrogate are kept, their defect named
    assert "zero-date-rec" in out and "end-date-rec" in out and "surrogate-rec" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_valid_inputs_that_are_easy_to_misread_are_read_right(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(command, _inputs(tmp_path, VALID), tmp_path, capsys)
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "/inputs/" in line] == []
    assert status == 0, err
    for identifier in ["good-a", "good-b", *VALID_IDS]:
        assert identifier in out, f"{identifier} is missing\n{err}"
    if command in ("clean", "analyze"):
        [latin] = [json.loads(line) for line in out.splitlines() if '"latin1.txt"' in line]
        assert "München" in latin["body"] and "Señor Núñez" in latin["body"]
    if command == "compare":
        assert "[::1/x" not in out  # no link made of the malformed address (it is not shown)


# Root reads a folder of mode 000: the command then runs without the capabilities that let it (setpriv).
_DROP = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unreadable_sub_folder_is_one_line(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _inputs(tmp_path, {})
    locked = tmp_path / "inputs" / "locked"
    locked.mkdir()
    (locked / "hidden.jsonl").write_text(_record(id="hidden") + "\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.geteuid() != 0:
            status, out, err = _run(command, paths, tmp_path, capsys)
        elif shutil.which("setpriv") is None or subprocess.run([*_DROP, "true"], capture_output=True).returncode:
            pytest.skip("running as root, where mode 000 does not stop reading, and setpriv cannot drop that right")
        else:
            status, out, err = _run_without_root_reading(command, paths, tmp_path)
    finally:
        locked.chmod(0o755)
    assert "Traceback" not in err and "Traceback" not in out
    assert status == 1, err
    assert "good-a" in out and "good-b" in out, f"the good file's articles are missing:\n{err}"
    named = [text for text in err.splitlines() if "/locked" in text]
    assert len(named) == 1 and "unreadable folder" in named[0], f"{named}\n{err}"
    assert "hidden" not in out


def _run_without_root_reading(command: str, paths: list[str], tmp_path: Path) -> tuple[int, str, str]:
    db, report = tmp_path / "store.db", tmp_path / "report.html"
    args = {
        "clean": ["clean", *paths, "--format", "jsonl"],
        "analyze": ["analyze", *paths, "--format", "jsonl"],
        "compare": ["compare", *paths, "-o", str(report)],
        "ingest": ["ingest", *paths, "--db", str(db)],
    }[command]
    command_line = [*_DROP, sys.executable, "-m", "parallax", *args]
    done = subprocess.run(command_line, capture_output=True, text=True, timeout=300)
    out = done.stdout
    if command == "compare" and report.exists():
        out += report.read_text(encoding="utf-8")
    if command == "ingest" and db.exists():
        stories = [sys.executable, "-m", "parallax", "stories", "--db", str(db), "--format", "json"]
        out += subprocess.run(stories, capture_output=True, text=True, check=True).stdout
    return done.returncode, out, done.stderr
