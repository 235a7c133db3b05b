"""JSON (de)serialisation of the data model, in the shape of the documented contract.

The JSON Schema of these objects lives beside this module (`schema.json`); a test
checks that every field written here is described there.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from parallax.model.article import (
    Article,
    Attribution,
    DateMention,
    Entity,
    LoadedTerm,
    Quantity,
    Quote,
    Sentence,
)
from parallax.model.story import Story

_LIST_TYPES: dict[str, type] = {
    "sentences": Sentence,
    "entities": Entity,
    "quantities": Quantity,
    "dates": DateMention,
    "quotes": Quote,
    "attributions": Attribution,
    "loaded_terms": LoadedTerm,
}


def article_to_dict(article: Article, *, analysis: bool | None = None) -> dict[str, Any]:
    """An article as the contract's JSON object; reading fields only once analysed."""
    data = dataclasses.asdict(article)
    if analysis is None:
        analysis = article.analyzed
    if not analysis:
        for name in (*_LIST_TYPES, "analyzed"):
            data.pop(name, None)
    else:
        for entity in data["entities"]:
            entity["mentions"] = [list(m) for m in entity["mentions"]]
    data["word_count"] = article.word_count
    return data


def article_from_dict(data: dict[str, Any]) -> Article:
    """The inverse of `article_to_dict`; unknown keys are ignored."""
    names = {f.name for f in dataclasses.fields(Article)}
    kwargs = {k: v for k, v in data.items() if k in names and k not in _LIST_TYPES}
    article = Article(**kwargs)
    for name, cls in _LIST_TYPES.items():
        fields = {f.name for f in dataclasses.fields(cls)}
        items = []
        for item in data.get(name) or []:
            item = {k: v for k, v in item.items() if k in fields}
            if cls is Entity:
                item["mentions"] = [tuple(m) for m in item.get("mentions", [])]
            items.append(cls(**item))
        setattr(article, name, items)
    return article


def story_to_dict(story: Story) -> dict[str, Any]:
    """A story report: articles, claims, framing and independence."""
    data = {
        "id": story.id,
        "articles": [article_to_dict(a) for a in story.articles],
        "claims": [dataclasses.asdict(c) for c in story.claims],
        "title": story.title,
        "summary": dataclasses.asdict(story.summary),
        "framing": story.framing,
        "independence": story.independence,
    }
    if story.history:  # a stored story that repair merged or split: "merged from ...", "split from ..."
        data["history"] = story.history
    return data
