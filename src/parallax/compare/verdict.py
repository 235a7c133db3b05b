"""Verdicts: do aligned statements agree, or report the same thing differently?

A false alarm costs a fact-checker more than a miss, so `differs` needs a
specific, explainable incompatibility: two values of one measure that cannot
both be true, or one set of words given to different speakers (different lists
of what a deal contains are found in `contents`). Anything else aligned is
`agreed`.
"""

from __future__ import annotations

from dataclasses import dataclass

from parallax.compare.units import Unit, content_terms
from parallax.compare.values import compatible, same_measure

# Two values conflict only when the statements are very close in meaning, or
# close and the words around the two numbers say they measure the same thing.
# On BASIL, sentences of one story about different sums of one budget reach a
# cosine of 0.71 with shared words around the numbers: those must not conflict.
SURE_SAME_FACT_COSINE = 0.85
SAME_FACT_COSINE = 0.75
# Quotes this similar are one statement; different speakers for it is a conflict.
SAME_QUOTE_COSINE = 0.8

@dataclass
class Verdict:
    status: str  # agreed | differs
    why: str
    differences: list[str]


def _context(unit: Unit, start: int, end: int, width: int = 40) -> frozenset[str]:
    """Content words just around a quantity: what it measures ("border", "spanning")."""
    local_start = max(0, start - unit.start - width)
    local_end = min(len(unit.text), end - unit.start + width)
    return content_terms(unit.text[local_start:local_end])


def _value_conflicts(a: Unit, b: Unit, cosine: float, names: dict[str, str]) -> tuple[list[str], list[str]]:
    conflicts, agreements = [], []
    for x in a.quantities:
        for y in b.quantities:
            if not same_measure(x, y):
                continue
            if compatible(x, y):
                agreements.append(f"{x.text} ~ {y.text}")
                continue
            if a.field == "body" and b.field == "body":
                around = _context(a, x.start, x.end) & _context(b, y.start, y.end)
            else:
                around = frozenset()
            same_subject = bool(a.entities & b.entities)
            if cosine >= SURE_SAME_FACT_COSINE or (cosine >= SAME_FACT_COSINE and len(around) >= 2 and same_subject):
                conflicts.append(f"{names[a.article]} reports {x.text}; {names[b.article]} reports {y.text}")
    return conflicts, agreements


def judge(members: list[Unit], cosines: dict[tuple[int, int], float], names: dict[str, str]) -> Verdict:
    """The verdict on one aligned claim, with reasons a reader understands."""
    differences: list[str] = []
    agreements: list[str] = []
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a.article == b.article:
                continue
            cosine = cosines.get((min(a.index, b.index), max(a.index, b.index)), 0.0)
            conflicts, agreed = _value_conflicts(a, b, cosine, names)
            differences.extend(conflicts)
            agreements.extend(agreed)
            if a.quoted and b.quoted and _named_here(a) and _named_here(b) \
                    and not _one_person(a.speakers, b.speakers) and cosine >= SAME_QUOTE_COSINE:
                differences.append(
                    f"{names[a.article]} gives these words to {', '.join(sorted(a.speakers))}; "
                    f"{names[b.article]} to {', '.join(sorted(b.speakers))}"
                )
    if differences:
        return Verdict("differs", "; ".join(dict.fromkeys(differences)), list(dict.fromkeys(differences)))
    outlets = sorted({names[m.article] for m in members})
    why = f"{len(outlets)} outlets report this compatibly"
    if agreements:
        why += " (" + "; ".join(dict.fromkeys(agreements)) + ")"
    return Verdict("agreed", why, [])


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    words = [w for w in name.lower().split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def _one_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Outlets name one speaker differently ("Richard J. Durbin", "Dick Durbin",
    "Obama"): within one story, a shared surname is the same person."""
    return bool({_surname(x) for x in a} & {_surname(y) for y in b})


def _named_here(unit: Unit) -> bool:
    """The statement names its speaker itself ("..., Mr. Romney said"), not through
    "he said" or an earlier paragraph: only then is a different speaker a finding
    rather than a slip of our own attribution."""
    return bool(unit.speakers) and all(_surname(s) in unit.text.lower() for s in unit.speakers)

