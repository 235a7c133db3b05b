"""A small story built by hand: three outlets on one port strike, claims with real offsets."""

from __future__ import annotations

import pytest

from parallax.model import Article, Attribution, Claim, ClaimMember, LoadedTerm, Story

HERALD_BODY = (
    "Thousands of dockworkers walked out at the port of Rotterdam on Monday, halting container traffic "
    "at Europe's busiest harbour.\n\n"
    "The FNV union said 4,000 workers joined the strike over pay and automation. "
    "Port officials put the figure at about 2,500.\n\n"
    '"We will not be replaced by cranes that nobody controls," said union leader Anna de Vries.\n\n'
    "Sources close to the talks said the shipping companies were ready to offer a 6% raise."
)
LEDGER_BODY = (
    "A chaotic walkout by dockworkers crippled the port of Rotterdam on Monday.\n\n"
    "Some 2,500 workers stopped work, according to the port authority, in a dispute over pay. "
    "The union claims the strike is about automation.\n\n"
    "Critics say the union is holding the economy hostage. "
    "Reportedly, ships were already being diverted to Antwerp."
)
WIRE_BODY = (
    "Dockworkers at the port of Rotterdam went on strike on Monday, halting container traffic.\n\n"
    "The FNV union said 4,000 workers joined the strike over pay and automation."
)


def _member(article: Article, words: str, field: str = "body") -> ClaimMember:
    text = article.body if field == "body" else (article.title or "")
    start = text.index(words)
    return ClaimMember(article=article.id, text=words, start=start, end=start + len(words), field=field)  # type: ignore[arg-type]


def _term(article: Article, words: str) -> LoadedTerm:
    start = article.body.index(words)
    return LoadedTerm(text=words, start=start, end=start + len(words))


def build_story(extra_articles: list[Article] | None = None) -> Story:
    """The three-outlet strike story; `extra_articles` are appended with a unique claim each."""
    herald = Article(
        id="herald-1",
        source="herald.html",
        body=HERALD_BODY,
        outlet="Harbour Herald",
        title="Dockworkers strike at Rotterdam | thousands walk out",
        authors=["Maria Janssen"],
        published="2024-03-04T09:30:00+01:00",
        url="https://herald.example/strike",
    )
    ledger = Article(
        id="ledger-7",
        source="ledger.txt",
        body=LEDGER_BODY,
        outlet="Daily Ledger",
        title="Chaotic walkout cripples Rotterdam port",
        published="2024-03-04",
    )
    wire = Article(
        id="wire-3",
        source="wire.jsonl",
        body=WIRE_BODY,
        outlet="Evening Post",
        title="Rotterdam dockworkers strike",
        agency="Reuters",
        published="2024-03-04",
    )
    ledger.loaded_terms = [_term(ledger, "chaotic"), _term(ledger, "holding the economy hostage")]
    ledger.attributions = [Attribution(text="Reportedly", kind="unnamed", start=LEDGER_BODY.index("Reportedly"), end=0)]
    ledger.attributions[0].end = ledger.attributions[0].start + len("Reportedly")
    herald.attributions = [
        Attribution(text="Sources close to the talks said", kind="unnamed", start=HERALD_BODY.index("Sources"), end=0)
    ]
    herald.attributions[0].end = herald.attributions[0].start + len("Sources close to the talks said")
    for article in (herald, ledger, wire):
        article.analyzed = True
    claims = [
        Claim(
            id="c1",
            status="agreed",
            about="Strike at the port on Monday",
            members=[
                _member(herald, "Thousands of dockworkers walked out at the port of Rotterdam on Monday"),
                _member(ledger, "A chaotic walkout by dockworkers crippled the port of Rotterdam on Monday."),
                _member(wire, "Dockworkers at the port of Rotterdam went on strike on Monday"),
            ],
            why="All three outlets report a dockworkers' strike at Rotterdam on Monday.",
            independent_sources=2,
        ),
        Claim(
            id="c2",
            status="differs",
            about="Number of strikers",
            members=[
                _member(herald, "The FNV union said 4,000 workers joined the strike over pay and automation."),
                _member(ledger, "Some 2,500 workers stopped work, according to the port authority"),
            ],
            why="The Herald gives the union's count of 4,000; the Ledger gives the port authority's 2,500.",
            differences=["4,000 workers (union) vs 2,500 workers (port authority)"],
            independent_sources=2,
        ),
        Claim(
            id="c3",
            status="unique",
            about="A 6% raise is on the table",
            members=[_member(herald, "the shipping companies were ready to offer a 6% raise")],
            independent_sources=1,
        ),
        Claim(
            id="c4",
            status="unique",
            about="Ships diverted | to Antwerp",
            members=[_member(ledger, "ships were already being diverted to Antwerp")],
        ),
        Claim(
            id="c5",
            status="agreed",
            about="Headline: a strike",
            members=[
                _member(herald, "Dockworkers strike at Rotterdam", field="title"),
                _member(wire, "Rotterdam dockworkers strike", field="title"),
            ],
            independent_sources=2,
        ),
    ]
    articles = [herald, ledger, wire]
    for number, extra in enumerate(extra_articles or []):
        articles.append(extra)
        words = extra.body.split("\n")[0][:80]
        claims.append(
            Claim(id=f"x{number}", status="unique", about="Extra", members=[_member(extra, words)] if words else [])
        )
    framing = {
        "herald-1": {
            "outlet": "Harbour Herald",
            "headline": herald.title,
            "lead": HERALD_BODY.split("\n")[0],
            "loaded_per_1000": 0.0,
            "unnamed_per_1000": 12.5,
            "loaded_terms": [],
            "unnamed": ["Sources close to the talks said"],
            "leads_with": ["c1"],
            "leaves_out": ["c4"],
        },
        "ledger-7": {
            "outlet": "Daily Ledger",
            "headline": ledger.title,
            "lead": LEDGER_BODY.split("\n")[0],
            "loaded_per_1000": 42.6,
            "unnamed_per_1000": 21.3,
            "loaded_terms": ["chaotic", "holding the economy hostage"],
            "unnamed": ["Reportedly"],
            "leads_with": ["c1"],
            "leaves_out": ["c3"],
        },
    }
    independence = [
        {
            "articles": ["wire-3", "herald-1"],
            "relation": "wire copy",
            "agency": "Reuters",
            "shared_fraction": 0.62,
            "evidence": "The FNV union said 4,000 workers joined the strike over pay and automation.",
        }
    ]
    return Story(id="story-42", articles=articles, claims=claims, framing=framing, independence=independence)


@pytest.fixture
def story() -> Story:
    return build_story()


MALICIOUS_BODY = (
    "<script>document.title = 'PWNED'; window.pwned = true;</script>\n\n"
    '" onmouseover="document.title=\'PWNED\'" x=" and <img src=x onerror="document.title=\'PWNED\'">\n\n'
    "</script><script>document.title='PWNED'</script> <!-- comment --> ]]> [bold]rich markup[/bold] | pipe |"
)


@pytest.fixture
def hostile_story() -> Story:
    """The strike story plus an article (and outlet, title, byline) made of injection attempts."""
    hostile = Article(
        id="evil\"><script>document.title='PWNED'</script>",
        source="evil.html",
        body=MALICIOUS_BODY,
        outlet="<script>document.title='PWNED'</script>",
        title="</title><script>document.title='PWNED'</script>",
        authors=["<b onmouseover=\"document.title='PWNED'\">x</b>"],
        url="javascript:document.title='PWNED'",
    )
    return build_story([hostile])
