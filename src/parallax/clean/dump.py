"""Text and markdown dumps of whole web pages -> the article and its metadata.

Scrapers save the whole page: navigation, ads, captions with glued photo
credits, "most read" lists, promos and contact blocks around the article. There
is no HTML tree left to read, so each line is judged by a small learned model
(`models/dump_cleaner.json`, trained by `training/train_dump_cleaner.py`) on
structural cues, twice: a first pass per line, then a second pass that also
sees its neighbours' first-pass scores. The article is mostly one dense region,
so a contiguity step keeps lines far from that region only when the model is
very sure. Metadata (headline, kicker, byline, date, URL, outlet) is read from
the lines around the start of the body.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parallax.clean.metadata import (
    agency_in_text,
    date_from_url,
    find_date_in_text,
    outlet_from_url,
    parse_byline,
)
from parallax.clean.text import paragraphs_to_body
from parallax.model import Article, RawDocument

MODEL_PATH = Path(__file__).with_name("models") / "dump_cleaner.json"

# --- markdown and text lines -------------------------------------------------------

_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~\"'&%=:;,@^])")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*")
_BULLET = re.compile(r"^\s*(?:[*+\-•·]|\d{1,3}[.)])\s+")
_BLOCKQUOTE = re.compile(r"^\s*(?:>\s?)+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SPACES = re.compile(r"\s+")
# A caption's credit as a link after its last sentence: a domain or a name, not a path (embedded tweets end
# in "pic.twitter.com/..." links and are body).
_TRAILING_CREDIT_LINK = re.compile(r"\w[.!?][\"'”’]?\s+\[[^\]\s/]*(?:\s[^\]\s/]*){0,3}\]\([^)]*\)\s*$")


@dataclass
class Line:
    """One non-empty line of the page, its markup read off and kept as cues."""

    text: str  # what a reader sees: links reduced to their text, escapes removed
    index: int  # position among the page's non-empty lines
    heading: int = 0  # markdown heading level, 0 when none
    bullet: bool = False
    link_chars: int = 0  # characters of text that sat inside links (navigation is mostly links)
    images: int = 0
    image_alt: str = ""
    emphasis: bool = False  # the whole line bold or italic: crossheads, kickers, promos
    blank_before: bool = True
    blank_after: bool = True
    url: str | None = None  # the target when the line is only a bare URL
    credit_link: bool = False  # a sentence then a short link ("... countries. [agency.gov](#)"): a captioned photo


def _strip_markup(text: str, markdown: bool) -> tuple[str, int, int, str, bool]:
    """The line as a reader sees it, the characters that were link text, images and alt text."""
    images = 0
    alts: list[str] = []

    def image(match: re.Match[str]) -> str:
        nonlocal images
        images += 1
        if match.group(1).strip():
            alts.append(match.group(1).strip())
        return " "

    text = _IMAGE.sub(image, text)
    link_chars = 0

    def link(match: re.Match[str]) -> str:
        nonlocal link_chars
        inner = match.group(1)
        link_chars += len(inner.strip())
        return inner

    text = _LINK.sub(link, text)
    text = _REF_LINK.sub(link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    emphasis = False
    if markdown:
        stripped = text.strip()
        whole = _EMPHASIS.fullmatch(stripped)
        emphasis = bool(whole)
        for _ in range(2):
            text = _EMPHASIS.sub(r"\2", text)
        text = text.replace("**", "")
    text = _ESCAPE.sub(r"\1", text)
    return text, link_chars, images, " ".join(alts), emphasis


def page_lines(content: str, markdown: bool) -> list[Line]:
    """The page's non-empty lines with their markup turned into cues.

    Markdown dumps get headings, bullets, quotes, emphasis and tables read off;
    both kinds get link syntax reduced to its text and backslash escapes removed
    (text dumps saved from markdown-ish sources carry them too).
    """
    raw_lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[Line] = []
    blank = True
    for raw in raw_lines:
        if not raw.strip():
            if lines:
                lines[-1].blank_after = True
            blank = True
            continue
        text = raw
        heading = 0
        bullet = False
        if markdown:
            if _TABLE_RULE.match(text):
                continue
            text = _BLOCKQUOTE.sub("", text)
            match = _HEADING.match(text)
            if match:
                heading = len(match.group(1))
                text = text[match.end() :].rstrip("# ")
        if _BULLET.match(text) and (markdown or text.lstrip()[:1] in "•·"):
            bullet = True
            text = _BULLET.sub("", text, count=1)
        if markdown and text.count("|") >= 2:
            text = " ".join(cell.strip() for cell in text.strip().strip("|").split("|"))
        credit_link = bool(_TRAILING_CREDIT_LINK.search(text))
        text, link_chars, images, alt, emphasis = _strip_markup(text, markdown)
        text = _SPACES.sub(" ", text).strip()
        if not text and not images:
            continue
        url_match = re.fullmatch(r"<?((?:https?://)[^\s<>]+)>?", text)
        line = Line(
            text=text,
            index=len(lines),
            heading=heading,
            bullet=bullet,
            link_chars=min(link_chars, len(text)),
            images=images,
            image_alt=alt,
            emphasis=emphasis,
            blank_before=blank,
            blank_after=False,
            url=url_match.group(1) if url_match else None,
            credit_link=credit_link,
        )
        if lines and not blank:
            lines[-1].blank_after = False
        lines.append(line)
        blank = False
    if lines:
        lines[-1].blank_after = True
    return [line for line in lines if line.text]


# --- features --------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)
# Function words of the languages the pages come in: prose is full of them, menus and
# headlines are not. A general list, not tuned on any page.
_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being has have had
    do does did not no it its this that these those he she they we you i his her their our your him them us who
    which what when where why how than then there here also would could should will can may might must said says
    about after before into over under more most some any all such only just very so up out one two new
    le la les un une des et ou de du en au aux est sont pour par sur dans avec que qui ne pas il elle ils
    der die das ein eine und oder zu mit von auf für ist sind nicht ich sie er es wir den dem des im
    el los las y o con por para es son del al lo se que un una como más pero
    il lo gli di da per con che non è sono una
    o os as e do da dos das em um uma para com não é
    и в не на я что с по это он она как а то но из у к за от о же так""".split()
)
# Words of page furniture in several languages: ads, sharing, sign-up, legal, lists of other stories.
_BOILERPLATE = re.compile(
    r"\b(?:advertisements?|advert|sponsored|promoted|subscribe|subscription|sign (?:in|up)|log ?in|log out|"
    r"newsletters?|cookies?|privacy|terms (?:of|and) (?:use|service|conditions)|all rights reserved|copyright|"
    r"share (?:this|on)|follow us|click here|read more|more stories|most (?:read|popular|viewed|shared)|"
    r"trending|related (?:articles?|stories|content)|you (?:might|may) (?:also )?like|recommended|"
    r"comments?|leave a reply|show more|load more|loading|skip to|menu|search|home|contact us|"
    r"download (?:the|our) app|whatsapp|facebook|twitter|instagram|linkedin|pinterest|youtube|email us|"
    r"next article|previous article|back to top|watch|video|podcast|gallery|image \d+ of|"
    r"werbung|anzeige|publicité|publicidad|pubblicità|реклама|подпишитесь|читайте также)\b",
    re.I,
)
# Photo credits, often glued to the caption text ("...weapons saleCredit: Getty").
_CREDIT = re.compile(
    r"(?:(?<=[a-z0-9.)”\"'])|\b)(?:credit|credits|photo|photograph|picture|image|illustration|source|"
    r"foto|фото)s?\s*(?:credit)?\s*[:©]|©|\((?:photo|image|credit)[^)]*\)|\b(?:getty images|shutterstock|"
    r"alamy|afp via getty)\b",
    re.I,
)
# E-mail and phone numbers (groups of 3+ digits, so tables of scores do not match): contact blocks.
_EMAIL_OR_PHONE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d\s()-]{8,}\d|\b\d{3,5}[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\b0\d{9,11}\b"
)
# ... and web addresses too: a cue, not a verdict (embedded tweets in the body carry links).
_CONTACT = re.compile(_EMAIL_OR_PHONE.pattern + r"|https?://|www\.", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_QUOTES = re.compile(r"[\"“”«»„]")
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b", re.I
)

FEATURE_NAMES: list[str] = [
    "log_words",  # prose lines are long; menu items, kickers and credits are short
    "log_chars",
    "ends_sentence",  # body paragraphs end in a full stop; nav and headlines do not
    "sentences",  # several sentences on one line is a paragraph, not a link
    "comma_rate",  # clauses: prose has commas, lists of headlines rarely do
    "stopword_ratio",  # function words are what make prose prose
    "capital_ratio",  # Title Case Headlines And Menu Items
    "all_caps",  # kickers, section labels, crossheads
    "digit_ratio",  # dates, scores, prices, phone numbers
    "link_density",  # navigation and related-story lists are made of links
    "heading",  # markdown headings: headlines, teasers, section names
    "bullet",  # lists of links in menus and footers
    "emphasis",  # a whole bold line: promos and crossheads
    "image",  # image-only lines and their alt text are never body
    "position",  # articles sit in the upper middle; footers at the end
    "duplicate",  # text repeated on a page is furniture (menus, ad labels)
    "boilerplate",  # words of page furniture: subscribe, share, advertisement
    "credit",  # photo credits glued to captions
    "contact",  # e-mail addresses, phone numbers, URLs
    "quotes",  # quoted speech belongs to the story
    "date_like",  # timestamps belong to bylines and lists, not paragraphs
    "blank_before",  # paragraphs are blank-separated; menus and captions are runs of lines
    "blank_after",
    "ctx_words_2",  # words around the line: the article is a dense region
    "ctx_words_6",
    "ctx_long_3",  # share of long lines nearby
    "in_dense_region",  # inside the page's single densest stretch of prose
    "region_distance",  # how far outside that stretch, in lines
    "before_region",  # headers above the article differ from footers below it
    "region_share",  # how much of the page's prose the dense region holds
    "comment_header",  # "jdoe says:", "Rating: 9 Votes": reader comments follow
    "after_comments",  # below the first comment header (in the dense region's tail): comments, not article
    "cjk",  # Chinese/Japanese lines: no spaces, no Latin stop words, other punctuation
    "length_rank",  # share of the page's lines shorter than this one: paragraphs are a page's longest lines
    "prose_rank",  # the same among lines that end a sentence: on a short page the article is most of its prose
    # words against the page's longest line: a teaser is long on a page of menus, short beside paragraphs
    "relative_length",
    "punctuation_rate",  # punctuation per word, any script: prose punctuates, menus and tables hardly do
    # "3 hours ago", a date with a clock time on a short line: reader comments are stamped, paragraphs are not
    "comment_time",
    "comment_furniture_near",  # "Reply", "Like", "Report" (several languages) within 3 lines: the furniture of comments
    # share of lines within 6 whose shape (length band, ending, links) is this one's: lists repeat one shape
    "same_shape_near",
    "alternating_shape",  # the shape two lines up or down but not next door: headline/summary pairs of teaser carousels
]

_LONG_LINE_WORDS = 15  # a "long" line: a sentence or more (about the length of one news sentence)
_DENSE_REGION_BASELINE = 10  # words a line must exceed to extend the dense region; tuned on aeb-dumps CV


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A comment's header: "jdoe says:", "Jane on March 3, 2019 at 4:47 pm said:", "Rating: 9 Votes".
_COMMENT_HEADER = re.compile(
    r"^.{0,80}\b(?:says|said|wrote|writes|commented|replied)\s*:?$|^rating:\s*\d+\s*votes?$|"
    r"^(?:reply|report|permalink|like|likes?\s*\(\d+\))$|\b\d+\s+(?:comments?|replies|responses)\b|"
    r"^(?:leave a (?:reply|comment)|join the (?:conversation|discussion)|comments?|discussion)\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?", re.I)
# How long ago a comment or teaser was posted, in the languages of the stopword list: "3 hours ago", "2d ago",
# "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos", "5 минут назад". Article paragraphs give dates, not ages.
_AGO = re.compile(
    r"\b\d+\s*(?:s|m|h|d|w|mo|y|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\b(?:vor|il y a|hace|há|fa)\s+\d+\s+\w+|\b\d+\s+\w+\s+(?:назад|fa|atrás)\b|\b(?:yesterday|just now)\b",
    re.I,
)
# The buttons under each reader comment, alone on a line: reply, like, report, flag, vote, in several languages.
_COMMENT_FURNITURE = re.compile(
    r"^(?:reply|replies|like|likes|dislike|report|flag|vote|upvote|downvote|share|permalink|quote|"
    r"antworten|melden|gefällt mir|répondre|signaler|j'aime|responder|denunciar|me gusta|rispondi|segnala|"
    r"mi piace|curtir|ответить|пожаловаться|нравится)\b[\s\d()·|•]*$|^\d+\s*(?:likes?|replies|votes?)$",
    re.I,
)
_PUNCTUATION = re.compile(r"[^\w\s]")


def word_count(text: str) -> int:
    """Words in a line; in Chinese and Japanese, where words are not spaced, about two characters each."""
    tokens = len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return tokens + cjk // 2 if cjk else tokens


def _comment_header(text: str, words: int) -> bool:
    """A line that opens a reader comment, not part of the article."""
    if words > 14 or not _COMMENT_HEADER.search(text):
        return False
    ends_in_says = re.search(r"\b(?:says|said|wrote|writes|commented|replied)\s*:?$", text, re.I)
    return not ends_in_says or words <= 3 or bool(_TIME.search(text) or _DATE_WORDS.search(text))


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _dense_region(words: list[int]) -> tuple[int, int]:
    """The stretch of lines with the most words above a baseline: the article's core.

    Maximum-sum subarray of (words - baseline): short lines cost a little, so a
    run of ads or captions inside the article does not split it, but a menu of
    fifty links does.
    """
    return _best_stretch([min(count, 120) - _DENSE_REGION_BASELINE for count in words])


def line_features(lines: list[Line]) -> list[list[float]]:
    """One feature vector per line, in the order of `FEATURE_NAMES`."""
    n = len(lines)
    if not n:
        return []
    tokens = [_WORD.findall(line.text) for line in lines]
    words = [word_count(line.text) for line in lines]
    headers = [_comment_header(line.text, w) for line, w in zip(lines, words, strict=True)]
    norms = [_norm(line.text) for line in lines]
    counts = Counter(norms)
    start, end = _dense_region(words)
    total_words = sum(words) or 1
    region_words = sum(words[start : end + 1]) if end >= start else 0
    region_share = region_words / total_words
    ordered = sorted(words)
    prose_words = sorted(w for w, line in zip(words, lines, strict=True) if _SENTENCE_END.search(line.text))
    longest = max(words) or 1
    furniture_at = [1 if _COMMENT_FURNITURE.match(line.text) else 0 for line in lines]
    shapes = [_shape(line, w) for line, w in zip(lines, words, strict=True)]
    rows: list[list[float]] = []
    seen_header = False
    for i, line in enumerate(lines):
        # Comment headers before the article's core are menus ("Comments" tab); only later ones count.
        seen_header = seen_header or (headers[i] and i > start)
        text = line.text
        toks = tokens[i]
        count = max(len(toks), 1)
        letters = [ch for ch in text if ch.isalpha()]
        capitals = sum(1 for t in toks if t[:1].isupper())
        window2 = words[max(0, i - 2) : i + 3]
        window6 = words[max(0, i - 6) : i + 7]
        window3 = words[max(0, i - 3) : i + 4]
        if start <= i <= end:
            inside, distance = 1.0, 0.0
        else:
            inside, distance = 0.0, math.log1p(start - i if i < start else i - end)
        rows.append(
            [
                math.log1p(words[i]),
                math.log1p(len(text)),
                1.0 if _SENTENCE_END.search(text) else 0.0,
                math.log1p(len(re.findall(r"[.!?][\"'”’]?\s+[A-Z\"“«]", text))),
                text.count(",") / count,
                sum(1 for t in toks if t.lower() in _STOPWORDS) / count,
                capitals / count,
                1.0 if letters and sum(1 for ch in letters if ch.isupper()) / len(letters) > 0.8 else 0.0,
                sum(1 for ch in text if ch.isdigit()) / max(len(text), 1),
                line.link_chars / max(len(text), 1),
                1.0 if line.heading else 0.0,
                1.0 if line.bullet else 0.0,
                1.0 if line.emphasis else 0.0,
                1.0 if line.images else 0.0,
                i / n,
                1.0 if counts[norms[i]] > 1 and norms[i] else 0.0,
                min(len(_BOILERPLATE.findall(text)), 3) / (1.0 + math.log1p(words[i])),
                1.0 if _CREDIT.search(text) else 0.0,
                1.0 if _CONTACT.search(text) else 0.0,
                1.0 if _QUOTES.search(text) else 0.0,
                1.0 if _DATE_WORDS.search(text) and words[i] < 15 else 0.0,
                1.0 if line.blank_before else 0.0,
                1.0 if line.blank_after else 0.0,
                math.log1p(sum(window2) / len(window2)),
                math.log1p(sum(window6) / len(window6)),
                sum(1 for w in window3 if w >= _LONG_LINE_WORDS) / len(window3),
                inside,
                distance,
                1.0 if i < start else 0.0,
                region_share,
                1.0 if headers[i] else 0.0,
                1.0 if seen_header else 0.0,
                1.0 if _CJK.search(text) else 0.0,
                bisect.bisect_left(ordered, words[i]) / n,
                bisect.bisect_left(prose_words, words[i]) / max(len(prose_words), 1),
                math.log1p(words[i]) / math.log1p(longest),
                len(_PUNCTUATION.findall(text)) / count,
                1.0 if _AGO.search(text) or (words[i] <= 14 and _TIME.search(text) and _DATE_WORDS.search(text))
                else 0.0,
                1.0 if any(furniture_at[max(0, i - 3) : i + 4]) else 0.0,
                _same_shape_share(shapes, i, 6),
                1.0 if shapes[i] != shapes[i - 1 if i else i] and shapes[i] in _at(shapes, i - 2, i + 2) else 0.0,
            ]
        )
    return rows


def _shape(line: Line, words: int) -> tuple[int, bool, bool, bool]:
    """A line's outline, ignoring its words: length band, whether it ends a sentence, mostly link, heading."""
    band = 0 if words <= 3 else 1 if words <= 8 else 2 if words <= 15 else 3 if words <= 30 else 4
    return band, bool(_SENTENCE_END.search(line.text)), line.link_chars > len(line.text) / 2, bool(line.heading)


def _at(items: list, *positions: int) -> list:
    return [items[j] for j in positions if 0 <= j < len(items)]


def _same_shape_share(shapes: list, i: int, radius: int) -> float:
    near = [shapes[j] for j in range(max(0, i - radius), min(len(shapes), i + radius + 1)) if j != i]
    return sum(1 for s in near if s == shapes[i]) / len(near) if near else 0.0


CONTEXT_FEATURE_NAMES: list[str] = [
    "p_prev2",
    "p_prev1",
    "p_self",
    "p_next1",
    "p_next2",
    "p_window5",  # the mean first-pass score over ±5 lines: is this line among body lines?
    "p_run_max_before",  # a body line within the last 3 lines
    "p_run_max_after",
    "p_page_max",  # the page's best first-pass score: on a short or odd page nothing is sure, and the bar is relative
    "p_relative",  # this line's score against the page's best
    # inside the stretch where first-pass scores sum highest above one half: the article as pass one sees it
    "p_in_core",
    "p_core_distance",  # how far outside that stretch, in lines (log)
]


def context_features(probabilities: list[float]) -> list[list[float]]:
    """Second-pass cues: the first-pass scores of a line's neighbours (smoothing over runs)."""
    n = len(probabilities)

    def at(i: int) -> float:
        return probabilities[i] if 0 <= i < n else 0.0

    best = max(probabilities, default=0.0)
    start, end = _best_stretch([p - 0.5 for p in probabilities])
    rows = []
    for i in range(n):
        window = probabilities[max(0, i - 5) : i + 6]
        distance = 0 if start <= i <= end else (start - i if i < start else i - end)
        rows.append(
            [
                at(i - 2),
                at(i - 1),
                at(i),
                at(i + 1),
                at(i + 2),
                sum(window) / len(window),
                max(probabilities[max(0, i - 3) : i], default=0.0),
                max(probabilities[i + 1 : i + 4], default=0.0),
                best,
                at(i) / best if best > 0 else 0.0,
                1.0 if distance == 0 and end >= start else 0.0,
                math.log1p(distance) if end >= start else 5.0,
            ]
        )
    return rows


def _best_stretch(gains: list[float]) -> tuple[int, int]:
    """The stretch of consecutive values with the highest sum (maximum-sum subarray); (0, -1) when none is positive."""
    best_sum, best = 0.0, (0, -1)
    current, start = 0.0, 0
    for i, gain in enumerate(gains):
        if current <= 0:
            current, start = gain, i
        else:
            current += gain
        if current > best_sum:
            best_sum, best = current, (start, i)
    return best


# --- the model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LogisticModel:
    """A logistic regression exported as JSON: standardise, dot product, sigmoid."""

    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float

    def predict(self, rows: list[list[float]]) -> list[float]:
        out = []
        for row in rows:
            z = self.bias
            for x, m, s, w in zip(row, self.mean, self.scale, self.weights, strict=True):
                z += w * (x - m) / s
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    @classmethod
    def from_json(cls, data: dict) -> LogisticModel:
        return cls(data["mean"], data["scale"], data["weights"], float(data["bias"]))


@dataclass(frozen=True)
class TreeModel:
    """Gradient-boosted regression trees exported as JSON, evaluated in pure Python.

    Each tree is parallel lists: `feature` (-1 at a leaf), `threshold`, `left`,
    `right`, `value`. The score is `init + rate * sum(leaf values)` in log-odds,
    as scikit-learn's GradientBoostingClassifier computes it.
    """

    trees: list[dict[str, list]]
    init: float
    rate: float

    def predict(self, rows: list[list[float]]) -> list[float]:
        out = []
        for row in rows:
            z = 0.0
            for tree in self.trees:
                feature, threshold, left, right = tree["feature"], tree["threshold"], tree["left"], tree["right"]
                node = 0
                while feature[node] >= 0:
                    node = left[node] if row[feature[node]] <= threshold[node] else right[node]
                z += tree["value"][node]
            z = self.init + self.rate * z
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    @classmethod
    def from_json(cls, data: dict) -> TreeModel:
        return cls(data["trees"], float(data["init"]), float(data["rate"]))


LineModel = LogisticModel | TreeModel


def _model_from_json(data: dict) -> LineModel:
    return TreeModel.from_json(data) if data.get("type") == "trees" else LogisticModel.from_json(data)


@dataclass(frozen=True)
class DumpModel:
    line: LineModel
    context: LineModel
    threshold: float  # keep a line inside the dense region above this second-pass score
    far_threshold: float  # ... and outside it only above this one
    far_gap: int  # lines further than this from the region count as outside
    inner_threshold: float = 1.0  # between the core's first and last line, a lower bar fills gaps


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> DumpModel:
    """The shipped model; loaded once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["features"] != FEATURE_NAMES or data["context_features"] != CONTEXT_FEATURE_NAMES:
        raise ValueError(f"{path} was trained on other features; rerun training/train_dump_cleaner.py")
    return DumpModel(
        line=_model_from_json(data["line_model"]),
        context=_model_from_json(data["context_model"]),
        threshold=float(data["threshold"]),
        far_threshold=float(data["far_threshold"]),
        far_gap=int(data["far_gap"]),
        inner_threshold=float(data.get("inner_threshold", data["threshold"])),
    )


def score_lines(lines: list[Line], model: DumpModel | None = None) -> list[float]:
    """The probability that each line belongs to the article body."""
    model = model or load_model()
    features = line_features(lines)
    first = model.line.predict(features)
    rows = [f + c for f, c in zip(features, context_features(first), strict=True)]
    return model.context.predict(rows)


# Headers of lists of other stories: what follows them, up to the next real paragraph, is teasers.
_LIST_HEADER = re.compile(
    r"^(?:most (?:read|popular|viewed|shared|commented)|trending|related|recommended|more (?:from|in|on|stories|news)|"
    r"you (?:might|may) (?:also )?(?:like|enjoy)|read (?:more|next|also)|see also|popular|top stories|"
    r"latest (?:news|stories)|don't miss|editor'?s picks?|what to read next|in other news)\b",
    re.I,
)
# Calls to action open promos, never paragraphs of news.
_CALL_TO_ACTION = re.compile(
    r"^(?:click here|tap here|sign up|subscribe|download (?:the|our)|follow us|email us|get (?:the|our|your) \w+ "
    r"(?:newsletter|app|delivered)|join (?:us|our)|support (?:us|our)|become a (?:member|subscriber)|share this)\b",
    re.I,
)
_GLUED_CREDIT = re.compile(r"[a-z0-9.)”\"'](?:credit|photo|picture|image)s?\s*:", re.I)


def _is_paragraph(text: str) -> bool:
    return len(text.split()) >= 10 and bool(_SENTENCE_END.search(text))


def furniture(lines: list[Line]) -> set[int]:
    """Lines that are page furniture whatever the model says, by unambiguous general patterns.

    Short ad and promo labels ("Advertisement", "Show More"), contact blocks
    (e-mail, phone), bare URLs, captions with a glued photo credit and the rest
    of their caption block, and the teasers under a "Most read" header up to
    the next real paragraph.
    """
    out: set[int] = set()
    in_list = False
    for i, line in enumerate(lines):
        text = line.text
        words = len(text.split())
        if _LIST_HEADER.match(text) and words <= 8 and not _SENTENCE_END.search(text):
            in_list = True
            out.add(i)
            continue
        if in_list:
            if _is_paragraph(text):
                in_list = False
            else:
                out.add(i)
                continue
        label = words <= 6 and _BOILERPLATE.search(text) and not _SENTENCE_END.search(text)
        promo = words <= 30 and (_CALL_TO_ACTION.match(text) or _SELF_REFERENCE.search(text))
        contact = (_EMAIL_OR_PHONE.search(text) and words <= 40) or (_CONTACT.search(text) and words <= 4)
        if label or promo or contact or _URL_LABEL.match(text) or _GLUED_CREDIT.search(text) or line.credit_link:
            out.add(i)
    # Short lines next to a contact line are its pitch ("Got a story? ... Email us at ...").
    for i in sorted(out):
        if _EMAIL_OR_PHONE.search(lines[i].text):
            for j in range(max(0, i - 2), min(len(lines), i + 3)):
                if len(lines[j].text.split()) <= 15 and not _is_paragraph(lines[j].text):
                    out.add(j)
    # A block of lines with no blank between them that holds a captioned photo is all captions,
    # on pages whose paragraphs are blank-separated.
    if lines and sum(line.blank_before for line in lines) > len(lines) / 3:
        block: list[int] = []
        for i, line in enumerate([*lines, None]):
            if line is None or line.blank_before:
                if len(block) > 1 and any(_GLUED_CREDIT.search(lines[j].text) for j in block):
                    out.update(block)
                block = []
            if line is not None:
                block.append(i)
    return out


def body_lines(lines: list[Line], scores: list[float], model: DumpModel) -> list[int]:
    """The body's line indices: the model's scores with furniture removed, then the contiguity step."""
    drop = furniture(lines)
    return select_body(lines, [0.0 if i in drop else p for i, p in enumerate(scores)], model, drop)


def select_body(lines: list[Line], scores: list[float], model: DumpModel, skip: set[int] | None = None) -> list[int]:
    """Indices of body lines: confident lines, and around the article's core only very confident ones.

    The contiguity step: the core is the span between the first and last line
    of the longest run of kept lines (gaps of ads and captions allowed); inside
    it a lower bar fills gaps (a paragraph after a list of teasers scores low
    from its neighbours), and a stray teaser far from it must clear a higher bar.
    """
    kept = [i for i, p in enumerate(scores) if p >= model.threshold]
    if not kept:
        return []
    # Group kept lines into runs allowing gaps of `far_gap` lines (furniture in `skip` not counted).
    skip = skip or set()
    runs: list[list[int]] = [[kept[0]]]
    for i in kept[1:]:
        gap = sum(1 for j in range(runs[-1][-1] + 1, i) if j not in skip) + 1
        if gap <= model.far_gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    weight = [sum(len(lines[i].text.split()) for i in run) for run in runs]
    core = runs[max(range(len(runs)), key=weight.__getitem__)]
    first, last = core[0], core[-1]
    inner = min(model.inner_threshold, model.threshold)
    # Paragraph-shaped lines next to the core belong to it even when their neighbours (a byline, a
    # list of teasers) pulled their score down: walk out past furniture and at most two short lines.
    first = _extend(lines, scores, skip, first, -1, inner / 2)
    last = _extend(lines, scores, skip, last, 1, inner / 2)
    far = max(model.threshold, model.far_threshold)

    def keep(i: int, p: float) -> bool:
        if p >= far:
            return True
        if not first <= i <= last or i in skip:
            return False
        return p >= inner or (p >= inner / 2 and _is_paragraph(lines[i].text))

    return [i for i, p in enumerate(scores) if keep(i, p)]


def _extend(lines: list[Line], scores: list[float], skip: set[int], edge: int, step: int, bar: float) -> int:
    """The core's edge moved outwards over neighbouring paragraphs that score at least `bar`."""
    short = 0
    j = edge + step
    while 0 <= j < len(lines) and short <= 2:
        if j not in skip:
            if _is_paragraph(lines[j].text) and scores[j] >= bar:
                edge, short = j, 0
            else:
                short += 1
        j += step
    return edge


# --- paragraphs -----------------------------------------------------------------------------

_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


def _quote_open(text: str) -> bool:
    """Whether a paragraph leaves a quotation open (it continues in the next paragraph)."""
    curly = sum(text.count(q) for q in _OPEN_QUOTES) - sum(text.count(q) for q in _CLOSE_QUOTES)
    straight = text.count('"')
    return curly > 0 or straight % 2 == 1


def _split_sentence(text: str) -> bool:
    """A paragraph that stops mid-sentence, as when an ad line cut it in two."""
    return not _SENTENCE_END.search(text) and bool(re.search(r"\w[,]?$", text)) and len(text.split()) >= 8


def join_paragraphs(lines: list[Line], body: list[int]) -> list[str]:
    """Body lines as paragraphs, re-joining a quote or sentence that page furniture cut in two."""
    paragraphs: list[str] = []
    previous = -10
    for i in body:
        text = lines[i].text
        if paragraphs and i - previous > 1:
            last = paragraphs[-1]
            between = lines[previous + 1 : i]
            only_furniture = all(len(b.text.split()) <= 6 for b in between)
            continues = text[:1].islower() or text[:1] in _OPEN_QUOTES + '"'
            if only_furniture and continues and (_quote_open(last) or _split_sentence(last)):
                paragraphs[-1] = f"{last} {text}"
                previous = i
                continue
        paragraphs.append(text)
        previous = i
    return paragraphs


# --- metadata -------------------------------------------------------------------------------

_URL_LABEL = re.compile(r"^(?:original|source|canonical|article)?\s*(?:url|link)\s*:?\s*(\S*)$", re.I)
_SELF_REFERENCE = re.compile(
    r"\b(?:for|to|from|get|at|of|download|join|with)\s+"
    r"((?:The\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})\s+"
    r"(?:news\s?desk|newsroom|newspaper|newsletters?|app|team|editors?|journalists|reporters|website|"
    r"digital edition|print edition|subscription|delivered)\b"
)
# "© 2019 The X", "Copyright 2019 X": a name of capitalised words, dots only inside a word ("X.com").
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\s*©|copyright\s+(?=(?:19|20)\d\d))\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"((?:The\s+)?[A-Z][\w'&-]*(?:\.[\w-]+)*(?:\s+[A-Z][\w'&-]*(?:\.[\w-]+)*){0,3})",
    re.I,
)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:•»]\s+")
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+\S", re.I)
_ROLE_WORD = re.compile(r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?\b", re.I)


def _title_like(text: str) -> bool:
    words = len(text.split())
    dateline = words <= 10 and _DATE_WORDS.search(text)
    return 3 <= words <= 30 and not re.search(r"[.:;,]$", text) and not _CONTACT.search(text) and not dateline


def _overlap(a: str, b: str) -> float:
    ta, tb = set(_norm(a).split()), set(_norm(b).split())
    return len(ta & tb) / len(ta) if ta else 0.0


def find_title(lines: list[Line], body_start: int, skip: set[int]) -> int | None:
    """The headline: above the body, a heading or a title-like line, preferring one the page's <title> echoes.

    Text dumps open with the HTML <title> ("Headline - Outlet"), so a line that
    line repeats is the headline; otherwise the nearest headline-shaped line
    above the body (a level-1 heading first in markdown).
    """
    window = [i for i in range(max(0, body_start - 40), body_start) if i not in skip]
    candidates = [i for i in window if _title_like(lines[i].text) and lines[i].link_chars < len(lines[i].text) / 2]
    if not candidates:
        return None
    page_title = lines[0].text
    echoed = [i for i in candidates if i > 0 and _overlap(lines[i].text, page_title) >= 0.8]
    if echoed:
        return echoed[-1]
    top_headings = [i for i in candidates if lines[i].heading == 1]
    if top_headings:
        return top_headings[-1]
    headings = [i for i in candidates if lines[i].heading]
    if headings and body_start - headings[-1] <= 8:
        return headings[-1]
    near = [i for i in candidates if body_start - i <= 8]
    return near[0] if near else candidates[-1]


def _kicker(lines: list[Line], title: int | None) -> str | None:
    """A short all-capitals label right above the headline ("BREAKING", "COURT DRAMA")."""
    if title is None:
        return None
    i = title - 1
    if i < 0:
        return None
    text = lines[i].text
    letters = [ch for ch in text if ch.isalpha()]
    if 1 <= len(text.split()) <= 5 and letters and all(ch.isupper() for ch in letters) and not _CONTACT.search(text):
        return text
    return None


def _byline(lines: list[Line], indices: list[int]) -> tuple[list[str], str | None, int | None]:
    for i in indices:
        text = lines[i].text
        if len(text.split()) > 16:
            continue
        authors, agency = parse_byline(text)
        trusted = _BYLINE_START.match(text) or _ROLE_WORD.search(text) or (agency and len(text.split()) <= 3)
        if (authors or agency) and trusted:
            return authors, agency, i
    return [], None, None


def _find_url(lines: list[Line], title: str | None) -> str | None:
    """The page's own address: an "Original url:" line, else a bare article-shaped URL echoing the title."""
    labelled: list[str] = []
    bare: list[tuple[float, int, str]] = []
    for i, line in enumerate(lines):
        match = _URL_LABEL.match(line.text)
        if match:
            if match.group(1).startswith("http"):
                labelled.append(match.group(1).strip("<>"))
            elif i + 1 < len(lines) and lines[i + 1].url:
                labelled.append(lines[i + 1].url)
        if line.url:
            path = re.sub(r"^https?://[^/]+", "", line.url)
            if len(re.findall(r"[a-z]+", path.lower())) >= 3:
                bare.append((_overlap(title or "", path.replace("-", " ")), -i, line.url))
    if labelled:
        return labelled[0]
    if bare:
        return max(bare)[2]
    return None


def _outlet_from_page(lines: list[Line], title: str | None) -> str | None:
    """The outlet's name in its own words: "story for The X news desk", "© 2019 The X", "Headline - The X"."""
    votes: Counter[str] = Counter()
    footer = int(len(lines) * 0.8)  # a copyright notice names the site in the footer; higher up it credits a photo
    for index, line in enumerate(lines):
        for match in _SELF_REFERENCE.finditer(line.text):
            votes[match.group(1).strip()] += 2
        for match in _COPYRIGHT.finditer(line.text if index >= footer else ""):
            name = match.group(1).strip().rstrip(".")
            if not re.match(r"(?i)all rights|\d", name):
                votes[name] += 1
    first = lines[0].text if lines else ""
    parts = _TITLE_SEPARATOR.split(first)
    if len(parts) >= 2 and (title is None or _overlap(parts[0], title) >= 0.6):
        site = parts[-1].strip()
        if 1 <= len(site.split()) <= 5:
            votes[site] += 2
    if not votes:
        return None
    return votes.most_common(1)[0][0]


_CAPTION_CREDIT = re.compile(
    r"\s*(?:(?:photo|image|picture)\s*)?credits?\s*:.*$|\s*(?:photo|image|picture|foto)\s*:.*$", re.I
)


def _captions(lines: list[Line], body: list[int], skip: set[int]) -> list[str]:
    """Captions beside the body: lines with a photo credit or an image's alt text, credit cut off."""
    if not body:
        return []
    first, last = body[0], body[-1]
    body_set = set(body)
    captions: list[str] = []
    for i in range(max(0, first - 6), last + 1):
        if i in body_set or i in skip:
            continue
        line = lines[i]
        text = ""
        if line.credit_link:
            text = re.sub(r"([.!?][\"'”’]?)\s+\S+(?:\s\S+){0,3}$", r"\1", line.text)
        elif _CREDIT.search(line.text) and len(line.text.split()) >= 5:
            text = _CAPTION_CREDIT.sub("", line.text).strip()
        elif line.images and len(line.image_alt.split()) >= 5:
            text = line.image_alt
        if text and len(text.split()) >= 4 and text not in captions:
            captions.append(text)
    return captions


def clean_dump(raw: RawDocument) -> Article:
    """The article in a scraped text or markdown dump of a whole page, with its metadata."""
    markdown = raw.kind == "markdown"
    lines = page_lines(raw.content, markdown)
    model = load_model()
    scores = score_lines(lines, model) if lines else []
    body = body_lines(lines, scores, model)
    body_start = body[0] if body else len(lines)

    header = list(range(max(0, body_start - 15), min(len(lines), body_start + 3)))
    authors, agency, byline_at = _byline(lines, [i for i in header if i not in body])
    skip = {byline_at} if byline_at is not None else set()
    title_at = find_title(lines, body_start, skip)
    if title_at is None and body and _title_like(lines[body[0]].text) and len(body) > 1:
        title_at = body[0]  # a headline the model took for body
    body = [i for i in body if i != title_at and i != byline_at]
    title = lines[title_at].text if title_at is not None else raw.title
    kicker = _kicker(lines, title_at)

    url = raw.url or _find_url(lines, title)
    published = raw.published
    if not published:
        for i in range(max(0, (title_at or body_start) - 3), min(len(lines), body_start + 3)):
            if i not in body and len(lines[i].text.split()) <= 20:
                published = find_date_in_text(lines[i].text)
                if published:
                    break
    published = published or (date_from_url(url) if url else None)
    outlet = raw.outlet or (outlet_from_url(url) if url else None) or _outlet_from_page(lines, title)
    if agency is None and body:
        # A dateline credit in the first paragraph: "MOSCOW (AP) —", "LONDON (Reuters) -".
        dateline = re.match(r"^[A-Z][A-Za-z .,'-]{1,40}\(([^)]{2,40})\)\s*[-–—]", lines[body[0]].text)
        if dateline:
            agency = agency_in_text(dateline.group(1))
    skip |= {i for i in (title_at,) if i is not None}
    captions = _captions(lines, body, skip)
    return Article(
        id=raw.id or Path(raw.source).name,
        source=raw.source,
        body=paragraphs_to_body(join_paragraphs(lines, body)),
        title=title,
        kicker=kicker,
        authors=raw.authors or authors,
        agency=agency,
        published=published,
        url=url,
        outlet=outlet,
        captions=captions,
        reader=raw.kind,
    )


__all__ = [
    "CONTEXT_FEATURE_NAMES",
    "FEATURE_NAMES",
    "DumpModel",
    "Line",
    "LogisticModel",
    "TreeModel",
    "body_lines",
    "clean_dump",
    "context_features",
    "furniture",
    "line_features",
    "load_model",
    "page_lines",
    "score_lines",
    "select_body",
]
