"""`parallax clean` end to end: formats, and bad input handled at the edge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parallax.cli import main

ARTICLE = (
    "<html><head><title>Council approves new bridge</title></head><body><article>"
    "<h1>Council approves new bridge</h1>"
    "<p>The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river, "
    "ending a debate that had lasted more than three years.</p>"
    "<p>The bridge will cost about $12 million and is expected to open in 2027, the mayor said.</p>"
    "<p>Opponents argued that the money would be better spent on repairing existing roads.</p>"
    "</article></body></html>"
)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_output_is_one_article_object_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(ARTICLE)
    status, out, err = run_cli(["clean", str(page), "--format", "jsonl"], capsys)
    assert status == 0 and err == ""
    [line] = out.strip().splitlines()
    article = json.loads(line)
    assert article["id"] == "bridge.html"
    assert "pedestrian bridge" in article["body"]
    assert {"outlet", "title", "kicker", "standfirst", "agency", "authors", "published", "url"} <= set(article)


def test_bad_inputs_get_one_line_each_and_good_ones_are_still_cleaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.html").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "export.jsonl").write_text('{"id": "x", "text": "' + "word " * 40 + '"}\n{oops\n')
    (tmp_path / "stub.html").write_text("<html><body><p>Page not found.</p></body></html>")
    status, out, err = run_cli(["clean", str(tmp_path), "--format", "jsonl"], capsys)
    ids = [json.loads(line)["id"] for line in out.strip().splitlines()]
    assert sorted(ids) == ["good.html", "x"]
    lines = err.strip().splitlines()
    assert len(lines) == 4, err
    assert any("empty.txt" in line and "empty file" in line for line in lines)
    assert any("binary.bin" in line and "binary" in line for line in lines)
    assert any("export.jsonl:2" in line and "invalid JSON" in line for line in lines)
    assert any("stub.html" in line and "no article found" in line for line in lines)
    assert "Traceback" not in err
    assert status == 1


def test_a_short_jsonl_record_is_kept_but_a_short_page_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A record's text was exported as the article: a one-line wire brief is news. A page of a few
    # words is an error page or a stub the extraction could not find an article in.
    brief = {"id": "brief", "text": "The parliament election is over in the capital."}
    (tmp_path / "briefs.jsonl").write_text(json.dumps(brief) + "\n")
    (tmp_path / "stub.html").write_text("<html><body><p>Page not found.</p></body></html>")
    status, out, err = run_cli(["clean", str(tmp_path), "--format", "jsonl"], capsys)
    assert [json.loads(line)["id"] for line in out.strip().splitlines()] == ["brief"]
    assert "stub.html" in err and "no article found" in err
    assert status == 1


def test_text_format_shows_metadata_and_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(ARTICLE)
    status, out, _ = run_cli(["clean", str(page)], capsys)
    assert status == 0
    assert "Council approves new bridge" in out and "Opponents argued" in out


def test_console_script_reads_standard_input() -> None:
    result = subprocess.run([sys.executable, "-m", "parallax", "clean", "-", "--format", "jsonl"],
                            input=ARTICLE, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "<stdin>"
