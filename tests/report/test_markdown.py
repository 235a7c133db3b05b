"""The Markdown report: tables per verdict whose cells quote each outlet, escaped so no table breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parallax.model import Article, Claim, ClaimMember, Story
from parallax.report import render_markdown
from parallax.report.markdown import escape_markdown


def _table_rows(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("| ")]


def test_claims_tables_quote_each_outlet_with_status_headings(story: Story) -> None:
    markdown = render_markdown(story)
    assert "## Reported differently (1)" in markdown and "## Agreed (2)" in markdown
    assert "| **Number of strikers** `c2` | “The FNV union said 4,000 workers joined the strike" in markdown
    assert "> **Daily Ledger:** Some 2,500 workers stopped work, according to the port authority" in markdown
    assert "**Why:** The Herald gives the union's count of 4,000" in markdown
    assert "- **Loaded language:** 42.6 per 1,000 words: “chaotic”, “holding the economy hostage”" in markdown
    assert "- Evening Post and Harbour Herald: wire copy, via Reuters, 62% of the text shared" in markdown


def test_pipes_in_headlines_and_labels_do_not_add_columns(story: Story) -> None:
    markdown = render_markdown(story)
    assert "Dockworkers strike at Rotterdam \\| thousands walk out" in markdown
    assert "**Ships diverted \\| to Antwerp**" in markdown
    for table in markdown.split("\n\n"):
        rows = _table_rows(table)
        if rows:
            widths = {row.replace("\\|", "").count("|") for row in rows}
            assert len(widths) == 1, table


@given(st.text(min_size=1, max_size=120))
def test_any_article_words_stay_in_one_cell(words: str) -> None:
    body = f"Intro. {words}"
    article = Article(id="a", source="a.txt", body=body, outlet="Herald")
    other = Article(id="b", source="b.txt", body="Other text.", outlet="Ledger")
    claim = Claim("c1", "agreed", [ClaimMember("a", words, 7, 7 + len(words)), ClaimMember("b", "Other text.", 0, 11)])
    markdown = render_markdown(Story(id="s", articles=[article, other], claims=[claim]))
    rows = _table_rows(markdown.split("## Agreed (1)")[1])
    assert len(rows) == 3  # header, rule, the claim: no line break leaked out of the cell
    assert len({row.replace("\\\\", "").replace("\\|", "").count("|") for row in rows}) == 1


def test_escape_markdown_neutralises_html_and_emphasis() -> None:
    assert escape_markdown("<script>*bold*</script>") == "\\<script\\>\\*bold\\*\\</script\\>"
    assert escape_markdown("two\nlines\t here") == "two lines here"
