"""The story report as Markdown, for a newsroom wiki, a ticket or an e-mail.

Tables put the outlets side by side; every cell quotes the outlet's own words,
escaped so that an article's pipes, brackets or HTML cannot break the table.
"""

from __future__ import annotations

import re

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

# Characters that Markdown (CommonMark + GitHub tables) would read as syntax.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_SPACES = re.compile(r"\s+")


def code_span(text: str) -> str:
    """An identifier in a code span (where backslash escapes would show literally)."""
    return "`" + text.replace("`", "'") + "`"


def escape_markdown(text: str) -> str:
    """Text shown literally in a Markdown table cell or line: one line, syntax escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text).strip())


@register_renderer("markdown", "md")
def render_markdown(story: Story) -> str:
    """The whole report: outlets, claims per status, framing, independence."""
    lines: list[str] = [f"# {escape_markdown(story_title(story))}", ""]
    history = history_lines(story)
    if history:
        lines += [f"_{escape_markdown(line)}_  " for line in history] + [""]
    lines += _summary_section(story)
    lines += _outlets_section(story)
    lines += _claims_sections(story)
    lines += _framing_section(story)
    lines += _independence_section(story)
    return "\n".join(lines).rstrip() + "\n"


def _summary_section(story: Story) -> list[str]:
    labels = outlet_labels(story)
    lines = []
    for title, claims in summary_groups(story):
        lines += [f"**{escape_markdown(title)}**", ""]
        lines += [f"- {escape_markdown(summary_line(c, labels))} {code_span(c.id)}" for c in claims]
        lines.append("")
    return ["## Summary", "", *lines] if lines else []


def _outlets_section(story: Story) -> list[str]:
    lines = ["## Outlets", "", "| Outlet | Headline | Byline | Published | Words |", "| --- | --- | --- | --- | ---: |"]
    labels = outlet_labels(story)
    for article in story.articles:
        cells = [labels[article.id], article.title or "", byline(article), article.published or "unknown"]
        lines.append("| " + " | ".join(escape_markdown(c) for c in cells) + f" | {article.word_count} |")
    return [*lines, ""]


def _claims_sections(story: Story) -> list[str]:
    if not story.claims:
        return ["## Claims", "", "_No claims were compared._", ""]
    labels = outlet_labels(story)
    lines: list[str] = []
    for status, claims in claims_by_status(story):
        lines += [f"## {STATUS_TITLES.get(status, status.capitalize())} ({len(claims)})", ""]
        if status in STATUS_HINTS:
            lines += [f"_{STATUS_HINTS[status]}_", ""]
        columns = claim_columns(story, claims)
        article_ids = [article_id for article_id, _ in columns]
        header = ["Claim", *(label for _, label in columns), "Sources"]
        table_head = ["| " + " | ".join(escape_markdown(h) for h in header) + " |",
                      "| " + " | ".join("---" for _ in header) + " |"]
        shown, folded = shown_and_folded(status, claims)
        lines += [*table_head, *(_claim_row(claim, article_ids) for claim in shown), ""]
        if folded:
            lines += [f"<details><summary>{len(folded)} more unique claims</summary>", "", *table_head]
            lines += [*(_claim_row(claim, article_ids) for claim in folded), "", "</details>", ""]
        # A difference gets its own section (why, what differs, each outlet's words quoted);
        # elsewhere the reason stays a line in the claim's cell.
        explained = [c for c in claims if c.status == "differs" or c.differences]
        for claim in explained:
            lines += _claim_explanation(claim, labels)
    return lines


def _claim_row(claim: Claim, article_ids: list[str]) -> str:
    grouped = members_by_article(claim)
    cells = [f"**{escape_markdown(claim_label(claim))}** {code_span(claim.id)}"]
    if claim.why and claim.status != "differs" and not claim.differences:
        cells[0] += f"<br>_{escape_markdown(claim.why)}_"
    for article_id in article_ids:
        words = [f"“{escape_markdown(m.text)}”" + _field_note(m.field) for m in grouped.get(article_id, [])]
        cells.append("<br>".join(words) if words else "—")
    cells.append(str(claim.independent_sources))
    return "| " + " | ".join(cells) + " |"


def _field_note(field: str) -> str:
    return "" if field == "body" else f" _({field})_"


def _claim_explanation(claim: Claim, labels: dict[str, str]) -> list[str]:
    """Under a differing claim: why, what differs, and each outlet's words as quotes."""
    lines = [f"### {escape_markdown(claim_label(claim))} {code_span(claim.id)}", ""]
    if claim.why:
        lines += [f"**Why:** {escape_markdown(claim.why)}", ""]
    lines += [f"_{escape_markdown(verdict_phrase(claim))}_", ""]
    details = difference_lines(claim, labels)
    for difference in details:
        lines.append(f"- {escape_markdown(difference)}")
    if details:
        lines.append("")
    for member in claim.members:
        outlet = labels.get(member.article, member.article)
        lines += [f"> **{escape_markdown(outlet)}:** {escape_markdown(member.text)}", ""]
    lines += [f"_{sources_phrase(claim)}_", ""]
    return lines


def _framing_section(story: Story) -> list[str]:
    labels = outlet_labels(story)
    views = [(a, framing_view(story, a)) for a in story.articles]
    views = [(a, v) for a, v in views if v is not None]
    if not views:
        return []
    lines = ["## Framing", ""]
    for article, view in views:
        lines += [f"### {escape_markdown(labels[article.id])}", ""]
        lines.append(f"- **Headline:** {escape_markdown(view.headline)}")
        if view.lead:
            lines.append(f"- **Lead:** {escape_markdown(view.lead)}")
        terms = ", ".join(f"“{escape_markdown(t)}”" for t in view.loaded_terms) or "none"
        lines.append(f"- **Loaded language:** {rate_phrase(view.loaded_per_1000)}: {terms}")
        unnamed = ", ".join(f"“{escape_markdown(t)}”" for t in view.unnamed) or "none"
        lines.append(f"- **Unnamed sourcing:** {rate_phrase(view.unnamed_per_1000)}: {unnamed}")
        if view.leads_with:
            lines.append(f"- **Leads with:** {_claim_refs(story, view.leads_with)}")
        if view.leaves_out:
            lines.append(f"- **Leaves out:** {_claim_refs(story, view.leaves_out)}")
        lines.append("")
    return lines


def _claim_refs(story: Story, claim_ids: list[str]) -> str:
    about = {c.id: claim_label(c) for c in story.claims}
    return "; ".join(f"{escape_markdown(about.get(i, i))} {code_span(i)}" for i in claim_ids)


def _independence_section(story: Story) -> list[str]:
    if not story.independence:
        return []
    lines = ["## Independence", ""]
    for finding in story.independence:
        lines.append(f"- {escape_markdown(independence_summary(story, finding))}")
        if finding.get("evidence"):
            lines.append(f"  - Evidence: “{escape_markdown(str(finding['evidence']))}”")
    return [*lines, ""]
