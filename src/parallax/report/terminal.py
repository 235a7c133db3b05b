"""The story report in a terminal (rich): outlets side by side, coloured by verdict.

Article words always enter rich as `Text`, never as markup, so an article that
contains "[bold]" or "[/]" prints those characters instead of breaking the layout.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from parallax.model import Claim, Story
from parallax.report._common import (
    STATUS_HINTS,
    STATUS_TITLES,
    byline,
    claim_columns,
    claim_label,
    claims_by_status,
    difference_lines,
    framing_view,
    history_lines,
    independence_summary,
    members_by_article,
    outlet_labels,
    rate_phrase,
    shown_and_folded,
    sources_phrase,
    story_title,
    summary_groups,
    summary_line,
    verdict_phrase,
)
from parallax.report._registry import register_renderer

STATUS_STYLES: dict[str, str] = {"agreed": "green", "differs": "yellow", "unique": "blue"}
# The plain-text report is meant for a wide terminal or a file; 120 columns fits
# three outlets side by side with readable sentences.
TEXT_WIDTH = 120


@register_renderer("text", "terminal")
def render_text(story: Story, width: int = TEXT_WIDTH) -> str:
    """The terminal report as plain text, without colour codes (for files and pipes)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None, record=True)
    render_terminal(story, console)
    return buffer.getvalue()


def render_terminal(story: Story, console: Console) -> None:
    """Print the whole report to `console`: header, claims, framing, independence."""
    console.print(_header(story))
    for line in history_lines(story):
        console.print(Text(line, style="dim"))
    _print_summary(story, console)
    _print_claims(story, console)
    _print_framing(story, console)
    _print_independence(story, console)


def _header(story: Story) -> Panel:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False)
    for heading in ("Outlet", "Headline", "Byline", "Published", "Words"):
        table.add_column(heading, justify="right" if heading == "Words" else "left")
    labels = outlet_labels(story)
    for article in story.articles:
        table.add_row(
            Text(labels[article.id], style="bold"),
            Text(article.title or ""),
            Text(byline(article)),
            Text(article.published or "unknown", style="" if article.published else "dim"),
            str(article.word_count),
        )
    counts = ", ".join(f"{len(claims)} {status}" for status, claims in claims_by_status(story)) or "no claims"
    subtitle = Text(f"{len(story.articles)} articles · {counts}", style="dim")
    return Panel(table, title=Text(story_title(story), style="bold"), subtitle=subtitle, box=box.ROUNDED)


def _print_summary(story: Story, console: Console) -> None:
    labels = outlet_labels(story)
    for title, claims in summary_groups(story):
        console.print(Text(title, style="bold"))
        for claim in claims:
            style = STATUS_STYLES.get(claim.status, "white")
            console.print(Text.assemble(("  • ", style), (summary_line(claim, labels), ""), (f"  {claim.id}", "dim")))
    console.print()


def _print_claims(story: Story, console: Console) -> None:
    for status, claims in claims_by_status(story):
        style = STATUS_STYLES.get(status, "white")
        title = Text(f"{STATUS_TITLES.get(status, status)} ({len(claims)})", style=f"bold {style}")
        console.print(Rule(title, style=style))
        if status in STATUS_HINTS:
            console.print(Text(STATUS_HINTS[status], style="dim"), justify="center")
        columns = claim_columns(story, claims)
        labels = dict(columns)
        article_ids = [article_id for article_id, _ in columns]
        table = Table(box=box.SIMPLE, expand=True, show_lines=True, border_style=style)
        table.add_column("Claim", ratio=2, style=style)
        for _, label in columns:
            table.add_column(label, ratio=3)
        shown, folded = shown_and_folded(status, claims)
        for claim in shown:
            table.add_row(_claim_cell(claim, style, labels), *_member_cells(claim, article_ids))
        console.print(table)
        if folded:
            console.print(Text(f"… and {len(folded)} more unique claims, less central "
                               "(every claim is in --format json, markdown and html)", style="dim"))


def _claim_cell(claim: Claim, style: str, labels: dict[str, str]) -> Group:
    """The claim's label, status and source count, and for a difference why it differs."""
    parts: list[Text | Padding] = [
        Text(claim_label(claim), style=f"bold {style}"),
        Text(f"{verdict_phrase(claim)} · {claim.id} · {sources_phrase(claim)}", style="dim"),
    ]
    if claim.why:
        # The reason matters for a difference; for agreement it is a reminder, kept quiet.
        emphasis = "italic" if claim.status == "differs" else "dim italic"
        parts.append(Text.assemble(("why: ", f"bold {emphasis}"), (claim.why, emphasis)))
    for difference in difference_lines(claim, labels):
        parts.append(Text(f"• {difference}"))
    return Group(*parts)


def _member_cells(claim: Claim, article_ids: list[str]) -> list[Text]:
    grouped = members_by_article(claim)
    cells = []
    for article_id in article_ids:
        members = grouped.get(article_id, [])
        if not members:
            cells.append(Text("—", style="dim"))
            continue
        cell = Text()
        for index, member in enumerate(members):
            if index:
                cell.append("\n")
            cell.append(f"“{member.text}”")
            if member.field != "body":
                cell.append(f" ({member.field})", style="dim")
        cells.append(cell)
    return cells


def _print_framing(story: Story, console: Console) -> None:
    views = [(a, framing_view(story, a)) for a in story.articles]
    views = [(a, v) for a, v in views if v is not None]
    if not views:
        return
    console.print(Rule(Text("Framing", style="bold")))
    labels = outlet_labels(story)
    about = {c.id: claim_label(c) for c in story.claims}
    table = Table(box=box.SIMPLE, expand=True, show_lines=True)
    table.add_column("Outlet", style="bold", ratio=1)
    table.add_column("Headline and lead", ratio=3)
    table.add_column("Loaded language", ratio=2)
    table.add_column("Unnamed sourcing", ratio=2)
    for article, view in views:
        headline = Text.assemble((view.headline, "bold"))
        if view.lead:
            headline.append("\n" + view.lead)
        for label, ids in (("leads with", view.leads_with), ("leaves out", view.leaves_out)):
            if ids:
                headline.append(f"\n{label}: ", style="dim")
                headline.append("; ".join(about.get(i, i) for i in ids))
        table.add_row(
            Text(labels[article.id]),
            headline,
            _rate_cell(view.loaded_per_1000, view.loaded_terms),
            _rate_cell(view.unnamed_per_1000, view.unnamed),
        )
    console.print(table)


def _rate_cell(rate: float | None, terms: list[str]) -> Text:
    cell = Text(rate_phrase(rate), style="bold")
    if terms:
        cell.append("\n" + ", ".join(f"“{t}”" for t in terms))
    return cell


def _print_independence(story: Story, console: Console) -> None:
    if not story.independence:
        return
    console.print(Rule(Text("Independence", style="bold")))
    for finding in story.independence:
        line = Text("• ")
        line.append(independence_summary(story, finding), style="bold")
        if finding.get("evidence"):
            line.append(f"\n  evidence: “{finding['evidence']}”", style="dim")
        console.print(line)
