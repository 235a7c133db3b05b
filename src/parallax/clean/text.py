"""Small text helpers shared by the cleaners."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = re.compile(r"[ \t\u00a0]+")


def paragraphs_to_body(paragraphs: Iterable[str]) -> str:
    """Paragraphs with squeezed spaces, separated by one blank line (the contract's body)."""
    cleaned = (_SPACES.sub(" ", p).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)
