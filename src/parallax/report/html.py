"""The story report as ONE self-contained HTML file: opens offline, can be mailed.

Outlets stand side by side, each body with every claim's words highlighted by
verdict; a claims list under them; hovering or clicking a claim lights up its
counterparts in the other outlets' columns (a small vanilla script, data
attributes, no network). Article text is always escaped, the embedded JSON
cannot close its script element, and a Content-Security-Policy allows only
this file's own script (by hash) and no network access at all, so a hostile
article renders as inert text even if an escape were ever missed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from parallax.model import Article, Claim, Story
from parallax.report._common import (
    STATUS_HINTS,
    STATUS_ORDER,
    STATUS_TITLES,
    byline,
    claim_label,
    claims_by_status,
    difference_lines,
    framing_view,
    history_lines,
    independence_outlets,
    locate_words,
    member_span,
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

# When one passage belongs to claims of different verdicts, it shows the one a
# fact-checker must see first.
_STATUS_PRIORITY = {status: rank for rank, status in enumerate(STATUS_ORDER)}
_CLASS_SAFE = re.compile(r"[^a-z0-9-]")
# Layers drawn under the claim highlights, shown with the "loaded language" switch.
_LANGUAGE_TITLES = {"loaded": "loaded language", "unnamed": "unnamed sourcing"}


def escape(text: object) -> str:
    """Text for an HTML element or a quoted attribute."""
    return html.escape(str(text), quote=True)


def json_for_script(data: object) -> str:
    """JSON safe inside `<script type="application/json">`: no `</`, `<!--` or `&` can survive.

    Escaping every `<`, `>` and `&` as a \\u sequence keeps the JSON valid and
    leaves the HTML parser nothing to end the element with.
    """
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(name: str) -> str:
    return resources.files("parallax.report").joinpath("assets", name).read_text(encoding="utf-8")


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _is_web_address(url: str | None) -> bool:
    """Only http(s) addresses become links: a `javascript:` or `data:` URL from a page stays text."""
    if not url:
        return False
    try:
        return urlsplit(url.strip()).scheme.lower() in {"http", "https"}
    except ValueError:  # "https://[::1/x": a malformed address stays plain text
        return False


def _status_class(status: str) -> str:
    return "s-" + _CLASS_SAFE.sub("", status.lower())


@register_renderer("html")
def render_html(story: Story) -> str:
    """The whole report as one HTML document."""
    script = _asset("report.js")
    csp = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_script_hash(script)}'; img-src data:"
    title = story_title(story)
    claim_index = {claim.id: index for index, claim in enumerate(story.claims)}
    data = {
        "story": story.id,
        "claims": [
            {"id": c.id, "status": c.status, "about": c.about, "articles": sorted({m.article for m in c.members})}
            for c in story.claims
        ],
    }
    parts = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
        '<meta name="generator" content="Parallax">',
        f"<title>{escape(title)} · Parallax</title>",
        f"<style>\n{_asset('report.css')}</style>",
        "</head>",
        f'<body data-ready="false" data-story="{escape(story.id)}">',
        _header(story, title),
        _summary_section(story),
        '<nav class="toc"><a href="#articles">Side by side</a><a href="#claims">Claims</a>'
        '<a href="#framing">Framing</a><a href="#independence">Independence</a>'
        '<label><input type="checkbox" id="show-language" checked> mark loaded language and unnamed sourcing</label>'
        "</nav>",
        "<main>",
        _articles_section(story, claim_index),
        _claims_section(story, claim_index),
        _framing_section(story),
        _independence_section(story),
        "</main>",
        "<footer>Made by Parallax. Every highlighted passage and every quotation is the outlet's own words; "
        "click a claim (or a highlight) to pin it, Esc to release.</footer>",
        f'<script type="application/json" id="parallax-data">{json_for_script(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header(story: Story, title: str) -> str:
    counts = {status: len(claims) for status, claims in claims_by_status(story)}
    dates = sorted(a.published for a in story.articles if a.published)
    when = ""
    if dates:
        when = f" · published {escape(dates[0][:10])}"
        if dates[-1][:10] != dates[0][:10]:
            when += f" to {escape(dates[-1][:10])}"
    agencies = sorted({a.agency for a in story.articles if a.agency})
    agency_note = f" · agencies: {escape(', '.join(agencies))}" if agencies else ""
    summary = (
        f"{len(story.articles)} articles from {len(set(outlet_labels(story).values()))} outlets"
        f" · {len(story.claims)} claims{when}{agency_note}"
    )
    legend = "".join(
        f'<li><span class="swatch {_status_class(s)}" style="background:var(--{s})"></span>'
        f"{escape(STATUS_TITLES[s])}: {counts.get(s, 0)}</li>"
        for s in STATUS_ORDER
    )
    legend += (
        '<li><span class="loaded-sample loaded">wavy underline</span> loaded language</li>'
        '<li><span class="unnamed-sample unnamed">dotted underline</span> unnamed sourcing</li>'
    )
    return (
        '<header class="page-header"><p class="kicker">Parallax story comparison</p>'
        f"<h1>{escape(title)}</h1>"
        f'<p class="summary">{summary}</p>'
        + "".join(f'<p class="summary history">{escape(line)}</p>' for line in history_lines(story))
        + f'<ul class="legend" aria-label="legend">{legend}</ul></header>'
    )


ClaimSpan = tuple[int, int, int, str]  # start, end, claim index, claim status
LanguageSpan = tuple[int, int, str]  # start, end, "loaded" | "unnamed"


def _highlight(text: str, claim_spans: list[ClaimSpan], language_spans: list[LanguageSpan]) -> str:
    """Escaped text with claim passages in `<mark>`s and loaded/unnamed wording in `<span>`s.

    The text is cut at every span edge, so overlapping claims need no nesting:
    each piece knows every claim that covers it (`data-claims`, claim indices).
    """
    bounds = {0, len(text)}
    for start, end, *_ in [*claim_spans, *language_spans]:
        bounds.update((start, end))
    edges = sorted(b for b in bounds if 0 <= b <= len(text))
    out: list[str] = []
    for start, end in itertools.pairwise(edges):
        piece = escape(text[start:end])
        kinds = sorted({k for s, e, k in language_spans if s <= start and end <= e})
        for kind in kinds:
            piece = f'<span class="{kind}" title="{_LANGUAGE_TITLES[kind]}">{piece}</span>'
        covering = [(index, status) for s, e, index, status in claim_spans if s <= start and end <= e]
        if covering:
            status = min((st for _, st in covering), key=lambda st: _STATUS_PRIORITY.get(st, len(STATUS_ORDER)))
            indices = " ".join(str(i) for i in sorted({i for i, _ in covering}))
            piece = (
                f'<mark class="claim-mark {_status_class(status)}" data-claims="{indices}" tabindex="0">{piece}</mark>'
            )
        out.append(piece)
    return "".join(out)


def _claim_spans(
    story: Story, article: Article, field: str, index: dict[str, int], caption: str | None = None
) -> list[ClaimSpan]:
    """The claim passages of one text of an article (its body, headline, standfirst or one caption)."""
    spans = []
    for claim in story.claims:
        for member in claim.members:
            if member.article != article.id or member.field != field:
                continue
            span = locate_words(caption, member) if caption is not None else member_span(article, member)
            if span:
                spans.append((span[0], span[1], index[claim.id], claim.status))
    return spans


def _language_spans(article: Article) -> list[LanguageSpan]:
    """Loaded terms and unnamed attributions whose offsets really cut out their words."""
    spans = []
    body = article.body
    for term in article.loaded_terms:
        if 0 <= term.start < term.end <= len(body) and body[term.start : term.end] == term.text:
            spans.append((term.start, term.end, "loaded"))
    for attribution in article.attributions:
        start, end = attribution.start, attribution.end
        if attribution.kind == "unnamed" and 0 <= start < end <= len(body) and body[start:end] == attribution.text:
            spans.append((start, end, "unnamed"))
    return spans


def _articles_section(story: Story, index: dict[str, int]) -> str:
    labels = outlet_labels(story)
    columns = []
    for number, article in enumerate(story.articles):
        meta = [byline(article), article.published or "date unknown"]
        if _is_web_address(article.url):
            meta.append(f'<a href="{escape(article.url)}" rel="noreferrer noopener">source</a>')
            meta_html = " · ".join(escape(m) for m in meta[:2] if m) + " · " + meta[2]
        else:
            meta_html = " · ".join(escape(m) for m in meta if m)
        headline = _highlight(article.title or "(no headline)", _claim_spans(story, article, "title", index), [])
        standfirst = ""
        if article.standfirst:
            spans = _claim_spans(story, article, "standfirst", index)
            standfirst = f'<p class="standfirst">{_highlight(article.standfirst, spans, [])}</p>'
        kicker = f'<p class="meta kicker">{escape(article.kicker)}</p>' if article.kicker else ""
        body = _highlight(article.body, _claim_spans(story, article, "body", index), _language_spans(article))
        captions = "".join(
            f"<li>{_highlight(c, _claim_spans(story, article, 'caption', index, caption=c), [])}</li>"
            for c in article.captions
        )
        if captions:
            captions = f'<ul class="captions" aria-label="captions">{captions}</ul>'

        columns.append(
            f'<article class="outlet-col" data-article="{escape(article.id)}">'
            f'<div class="outlet">{escape(labels[article.id])}</div>{kicker}'
            f'<h3 class="headline">{headline}</h3>'
            f'<p class="meta">{meta_html}</p>{standfirst}'
            f'<div class="article-body" id="body-{number}">{body}</div>{captions}</article>'
        )
    return (
        '<section id="articles"><h2>Side by side</h2>'
        f'<div class="columns" style="--columns:{max(1, len(story.articles))}">{"".join(columns)}</div></section>'
    )


def _summary_section(story: Story) -> str:
    labels = outlet_labels(story)
    groups = "".join(
        f"<h3>{escape(title)}</h3><ul>"
        + "".join(f'<li><a href="#claim-{escape(c.id)}">{escape(summary_line(c, labels))}</a></li>' for c in claims)
        + "</ul>"
        for title, claims in summary_groups(story)
    )
    return f'<section id="summary"><h2>Summary</h2>{groups}</section>' if groups else ""


def _claims_section(story: Story, index: dict[str, int]) -> str:
    if not story.claims:
        return '<section id="claims"><h2>Claims</h2><p class="empty">No claims were compared.</p></section>'
    articles = {a.id: a for a in story.articles}
    labels = outlet_labels(story)
    groups = []
    for status, claims in claims_by_status(story):
        shown, folded = shown_and_folded(status, claims)
        items = "".join(_claim_card(claim, index[claim.id], articles, labels) for claim in shown)
        if folded:
            more = "".join(_claim_card(claim, index[claim.id], articles, labels) for claim in folded)
            items += (f'<li class="folded"><details><summary>{len(folded)} more unique claims</summary>'
                      f'<ol class="claim-list">{more}</ol></details></li>')
        hint = f'<p class="hint">{escape(STATUS_HINTS[status])}</p>' if status in STATUS_HINTS else ""
        groups.append(
            f'<div class="claims-group"><h3>{escape(STATUS_TITLES.get(status, status))} ({len(claims)})</h3>'
            f'{hint}<ol class="claim-list">{items}</ol></div>'
        )
    return f'<section id="claims"><h2>Claims</h2>{"".join(groups)}</section>'


def _claim_card(claim: Claim, index: int, articles: dict[str, Article], labels: dict[str, str]) -> str:
    status_class = _status_class(claim.status)
    why = f'<p class="why"><strong>Why:</strong> {escape(claim.why)}</p>' if claim.why else ""
    differences = ""
    details = difference_lines(claim, labels)
    if details:
        differences = '<ul class="differences">' + "".join(f"<li>{escape(d)}</li>" for d in details) + "</ul>"
    quotes = []
    for member in claim.members:
        article = articles.get(member.article)
        span = member_span(article, member) if article else None
        if span is None:
            where = '<span class="where missing">these words were not found in the article</span>'
        elif member.field == "body":
            where = f'<span class="where">characters {span[0]}–{span[1]}</span>'
        else:
            where = f'<span class="where">{escape(member.field)}</span>'
        outlet = labels.get(member.article, member.article)
        quotes.append(
            f'<blockquote data-article="{escape(member.article)}"><cite>{escape(outlet)}</cite>'
            f"“{escape(member.text)}” {where}</blockquote>"
        )
    return (
        f'<li class="claim {status_class}" id="claim-{escape(claim.id)}" data-claim="{escape(claim.id)}" '
        f'data-claim-index="{index}" tabindex="0">'
        f'<div class="claim-head"><span class="badge {status_class}">{escape(claim.status)}</span>'
        f"<strong>{escape(claim_label(claim))}</strong>"
        f'<span class="claim-id">{escape(claim.id)}</span>'
        f'<span class="sources">{escape(sources_phrase(claim))}</span>'
        f'<span class="verdict">{escape(verdict_phrase(claim))}</span></div>'
        f'{why}{differences}<div class="members">{"".join(quotes)}</div></li>'
    )


def _framing_section(story: Story) -> str:
    labels = outlet_labels(story)
    about = {c.id: claim_label(c) for c in story.claims}
    rows = []
    for article in story.articles:
        view = framing_view(story, article)
        if view is None:
            continue
        lead = f"<br><span class='evidence'>{escape(view.lead)}</span>" if view.lead else ""
        rows.append(
            f"<tr><th scope='row'>{escape(labels[article.id])}</th>"
            f"<td><strong>{escape(view.headline)}</strong>{lead}</td>"
            f"<td>{_rate(view.loaded_per_1000, view.loaded_terms)}</td>"
            f"<td>{_rate(view.unnamed_per_1000, view.unnamed)}</td>"
            f"<td>{_claim_links(view.leads_with, about)}</td>"
            f"<td>{_claim_links(view.leaves_out, about)}</td></tr>"
        )
    if not rows:
        return '<section id="framing"><h2>Framing</h2><p class="empty">No framing was measured.</p></section>'
    head = "".join(
        f"<th scope='col'>{h}</th>"
        for h in ("Outlet", "Headline and lead", "Loaded language", "Unnamed sourcing", "Leads with", "Leaves out")
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f'<section id="framing"><h2>Framing</h2>{table}</section>'


def _rate(rate: float | None, terms: list[str]) -> str:
    chips = "".join(f'<span class="term">{escape(t)}</span>' for t in terms) or '<span class="empty">none</span>'
    return f'<span class="rate">{escape(rate_phrase(rate))}</span>{chips}'


def _claim_links(claim_ids: list[str], about: dict[str, str]) -> str:
    if not claim_ids:
        return '<span class="empty">—</span>'
    links = (f'<li><a href="#claim-{escape(i)}">{escape(about.get(i, i))}</a></li>' for i in claim_ids)
    return f'<ul class="findings">{"".join(links)}</ul>'


def _independence_section(story: Story) -> str:
    if not story.independence:
        return (
            '<section id="independence"><h2>Independence</h2>'
            '<p class="empty">No wire copy, rewrites or shared quotes were found between these articles.</p></section>'
        )
    items = []
    for finding in story.independence:
        outlets = " and ".join(escape(o) for o in independence_outlets(story, finding))
        relation = escape(finding.get("relation") or "related")
        details = []
        if finding.get("agency"):
            details.append(f"via {escape(finding['agency'])}")
        shared = finding.get("shared_fraction")
        if isinstance(shared, int | float):
            details.append(f"{shared:.0%} of the text shared")
        evidence = finding.get("evidence")
        evidence_html = f'<br><span class="evidence">“{escape(evidence)}”</span>' if evidence else ""
        detail = f" ({', '.join(details)})" if details else ""
        items.append(f"<li><strong>{outlets}</strong>: {relation}{detail}{evidence_html}</li>")
    return f'<section id="independence"><h2>Independence</h2><ul class="findings">{"".join(items)}</ul></section>'
