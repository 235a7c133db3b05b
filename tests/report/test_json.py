"""The JSON report: valid against the documented schema, and the schema never falls behind the code."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from parallax.model import (
    Article,
    Attribution,
    Claim,
    ClaimMember,
    DateMention,
    Entity,
    LoadedTerm,
    Quantity,
    Quote,
    Sentence,
    Story,
    article_to_dict,
    story_to_dict,
)
from parallax.report import render


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(resources.files("parallax.model").joinpath("schema.json").read_text(encoding="utf-8"))


def _fully_read_article() -> Article:
    """An article with one of every reading result, so every key the serializer can write is written."""
    body = 'Officials said about 2,500 workers struck on Monday. "We stay out," said Anna de Vries. It was chaotic.'
    return Article(
        id="a1",
        source="a1.txt",
        body=body,
        outlet="Harbour Herald",
        title="Workers strike",
        kicker="STRIKE",
        standfirst="A walkout at the port.",
        agency="Reuters",
        authors=["Maria Janssen"],
        published="2024-03-04",
        url="https://herald.example/a1",
        captions=["Dockers on the quay"],
        reader="text",
        sentences=[Sentence(0, 51, body[:51], 0)],
        entities=[Entity("Anna de Vries", "PERSON", [(76, 89)], ["de Vries"])],
        quantities=[Quantity("about 2,500 workers", 2500, "workers", "count", "approx", 15, 34, 2600.0, False)],
        dates=[DateMention("on Monday", "2024-03-04", 42, 51, True)],
        quotes=[Quote("We stay out,", "Anna de Vries", 53, 67, "direct", "said")],
        attributions=[Attribution("Officials said", "unnamed", 0, 14, None)],
        loaded_terms=[LoadedTerm("chaotic", 97, 104, 0.8)],
        analyzed=True,
    )


def _undescribed_keys(data: Any, node: dict[str, Any], root: dict[str, Any], path: str) -> list[str]:
    """Every object key in `data` that the schema `node` (refs and anyOf followed) does not describe."""
    if "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    missing: list[str] = []
    if "anyOf" in node:
        errors = [_undescribed_keys(data, option, root, path) for option in node["anyOf"]]
        return min(errors, key=len)
    if isinstance(data, dict):
        properties = node.get("properties", {})
        for key, value in data.items():
            if key in properties:
                missing += _undescribed_keys(value, properties[key], root, f"{path}.{key}")
            elif isinstance(node.get("additionalProperties"), dict):
                missing += _undescribed_keys(value, node["additionalProperties"], root, f"{path}[{key!r}]")
            else:
                missing.append(f"{path}.{key}")
    elif isinstance(data, list) and isinstance(node.get("items"), dict):
        for index, item in enumerate(data):
            missing += _undescribed_keys(item, node["items"], root, f"{path}[{index}]")
    return missing


def test_rendered_report_validates_against_the_schema(story: Story, schema: dict[str, Any]) -> None:
    report = json.loads(render(story, "json"))
    Draft202012Validator(schema).validate(report)
    assert [c["status"] for c in report["claims"]] == ["agreed", "differs", "unique", "unique", "agreed"]


def test_every_key_the_serializer_writes_is_described_in_the_schema(story: Story, schema: dict[str, Any]) -> None:
    story.articles.append(_fully_read_article())
    report = story_to_dict(story)
    assert _undescribed_keys(report, schema, schema, "report") == []
    Draft202012Validator(schema).validate(report)


def test_clean_article_without_reading_fields_validates(schema: dict[str, Any]) -> None:
    article = _fully_read_article()
    data = article_to_dict(article, analysis=False)
    assert "entities" not in data
    Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/article"}).validate(data)


def test_schema_rejects_a_key_it_does_not_describe(story: Story, schema: dict[str, Any]) -> None:
    """The check above can fail: a new, undocumented field is caught both ways."""
    report = story_to_dict(story)
    report["claims"][0]["certainty"] = 0.9
    assert _undescribed_keys(report, schema, schema, "report") == ["report.claims[0].certainty"]
    assert not Draft202012Validator(schema).is_valid(report)


def test_every_schema_property_has_a_description(schema: dict[str, Any]) -> None:
    undocumented = [
        f"{name}.{key}"
        for name, definition in [("report", schema), *schema["$defs"].items()]
        for key, prop in definition.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undocumented == []


def test_json_keeps_non_ascii_words_readable() -> None:
    article = Article(id="fr", source="fr.txt", body="Les dockers ont déclenché une grève « illimitée ».")
    story = Story(id="s", articles=[article], claims=[Claim("c", "unique", [ClaimMember("fr", article.body)])])
    text = render(story, "json")
    assert "« illimitée »" in text and json.loads(text)["claims"][0]["members"][0]["text"] == article.body


def test_framing_written_by_the_comparison_is_described(story: Story, schema: dict[str, Any]) -> None:
    """The comparison's own framing entries (not only the hand-built ones) must be in the schema."""
    from parallax.compare.framing import framing

    story.framing = framing(story)
    report = story_to_dict(story)
    assert _undescribed_keys(report, schema, schema, "report") == []
    Draft202012Validator(schema).validate(report)
