"""Every command is registered and documented; the store commands work end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parallax.cli import COMMANDS, build_parser, main

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert len(out.strip().splitlines()) >= 3 and "examples:" in out and "parallax " + command in out
    undocumented = [a.dest for a in build_parser()._subparsers._group_actions[0].choices[command]._actions
                    if not a.help and a.dest != "help"]
    assert undocumented == []


def test_ingest_then_stories_then_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "store.db")
    assert main(["ingest", str(REPO / "examples"), "--db", db]) == 0
    summary = capsys.readouterr().err
    assert "2 new articles" in summary
    assert main(["ingest", str(REPO / "examples"), "--db", db]) == 0
    assert "0 new articles, 2 duplicates" in capsys.readouterr().err

    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    ids = sorted(article for story in stories for article in story["articles"])
    assert ids == ["000_a2610a72679459f9.txt", "001_ec57cf8a794c0cff.txt"]  # every article in exactly one story
    assert len(stories) == 1  # two outlets on one event: one story, even in a pile of two

    story_id = max(stories, key=lambda s: len(s["articles"]))["id"]
    assert main(["show", story_id, "--db", db, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["id"] == story_id and report["claims"]


def test_show_an_unknown_story_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from parallax.store import open_store

    open_store(tmp_path / "empty.db").close()  # an empty store: only ingest makes one from the command line
    assert main(["show", "nope", "--db", str(tmp_path / "empty.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("parallax: no story 'nope'") and "Traceback" not in err


def test_the_output_files_extension_chooses_the_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.html"
    assert main(["compare", str(REPO / "examples"), "-o", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        (["--format", "json", "-o", "r.html"], "does not match the extension"),
        (["-o", "missing-folder/r.html"], "does not exist"),
    ],
)
def test_a_report_that_cannot_be_written_as_asked_is_one_line_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, arguments: list[str],
    reason: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["compare", str(REPO / "examples"), *arguments]) == 1
    err = capsys.readouterr().err
    assert reason in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_malformed_address_stays_text_in_the_html_report() -> None:
    from parallax.report.html import _is_web_address

    assert not _is_web_address("https://[::1/x") and _is_web_address("https://example.org/a")


@pytest.mark.parametrize("command", [["stories"], ["show", "s1"], ["serve"]])
def test_reading_commands_never_create_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               command: list[str]) -> None:
    missing = tmp_path / "nowhere.db"
    assert main([*command, "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err and len(err.strip().splitlines()) == 1 and not missing.exists()


def test_ingest_into_a_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(REPO / "examples"), "--db", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["ingest", str(REPO / "examples")], ["stories"], ["show", "s1"]])
def test_a_store_path_holding_another_file_is_one_line_and_the_file_is_kept(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("meeting notes, not a database\n" * 100)
    assert main([*command, "--db", str(notes)]) == 1
    err = capsys.readouterr().err
    assert "is not a Parallax store" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert notes.read_text() == "meeting notes, not a database\n" * 100


@pytest.mark.parametrize("command", ["clean", "analyze"])
def test_stdout_holds_exactly_the_data_when_stderr_is_a_terminal(command: str) -> None:
    """The progress bar draws on stderr; with a terminal there, redirected stdout must still get every record."""
    import os
    import pty
    import subprocess
    import sys
    import threading

    leader, follower = pty.openpty()

    def drain() -> None:  # a terminal is read by a person: without a reader its buffer fills and blocks the bar
        try:
            while os.read(leader, 4096):
                pass
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "parallax", command, str(REPO / "examples"), "--format", "jsonl"],
            stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL, timeout=300,
            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"},
        )
    finally:
        os.close(follower)
        os.close(leader)
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0 and len(lines) == 2
    assert all(json.loads(line)["body"] for line in lines)


def test_a_repeated_id_is_made_unique_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dup.jsonl"
    record = {"id": "empty", "text": "The council approved the new budget on Tuesday after a long debate.",
              "outlet": "A"}
    path.write_text(json.dumps(record) + "\n" + json.dumps({**record, "outlet": "B"}) + "\n")
    assert main(["clean", str(path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["empty", "empty~2"]
    assert "appears again" in captured.err


def test_stories_list_titles_dates_outlets_and_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "store.db")
    assert main(["ingest", str(REPO / "examples"), "--db", db]) == 0
    assert f"store {db}" in capsys.readouterr().err
    assert main(["stories", "--db", db, "--format", "json", "--counts"]) == 0
    (story,) = json.loads(capsys.readouterr().out)
    assert set(story) >= {"id", "articles", "title", "first_published", "last_published", "outlets", "claims"}
    assert story["outlets"] == ["The Moscow Times", "The Sun"] and story["first_published"] == "2021-09-13"
    assert story["claims"]["agreed"] >= 1 and story["title"]
