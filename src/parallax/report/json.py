"""The story report as JSON: the documented contract (`parallax/model/schema.json`)."""

from __future__ import annotations

import json

from parallax.model import Story, story_to_dict
from parallax.report._registry import register_renderer


@register_renderer("json")
def render_json(story: Story) -> str:
    """`story_to_dict` as indented JSON, non-ASCII kept readable (outlets quote in many languages)."""
    return json.dumps(story_to_dict(story), indent=2, ensure_ascii=False) + "\n"
