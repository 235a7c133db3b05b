"""The local web app (`parallax serve`): stories listed, each report as HTML or JSON, on localhost only."""

from __future__ import annotations

from parallax.web.app import make_server, serve, serve_in_thread
from parallax.web.sources import (
    StoreStorySource,
    StoryListSource,
    StorySource,
    as_story_source,
    story_from_dict,
    story_summary,
)

__all__ = [
    "StoreStorySource",
    "StoryListSource",
    "StorySource",
    "as_story_source",
    "make_server",
    "serve",
    "serve_in_thread",
    "story_from_dict",
    "story_summary",
]
