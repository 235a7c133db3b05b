"""Two small stories for the web app, and a server on a free loopback port torn down in bounded time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parallax.model import Article, Claim, ClaimMember, Story
from parallax.web import serve_in_thread
from parallax.web.app import StoryServer

FLOOD_A = "Flood waters rose across the valley on Tuesday. More than 2,000 residents were moved to shelters."
FLOOD_B = "About 1,500 people were evacuated as the river burst its banks on Tuesday, officials said."


def flood_story(story_id: str = "flood-2024") -> Story:
    a = Article(id="valley-news", source="a.txt", body=FLOOD_A, outlet="Valley News", title="Flood waters rise")
    b = Article(id="river-post", source="b.txt", body=FLOOD_B, outlet="River Post", title="Hundreds evacuated")
    a.published = b.published = "2024-05-07"
    first, second = "More than 2,000 residents were moved to shelters.", "About 1,500 people were evacuated"
    claim = Claim(
        id="c1",
        status="differs",
        about="People evacuated",
        why="Valley News says more than 2,000; River Post says about 1,500.",
        members=[
            ClaimMember("valley-news", first, FLOOD_A.index(first), FLOOD_A.index(first) + len(first)),
            ClaimMember("river-post", second, 0, len(second)),
        ],
        independent_sources=2,
    )
    return Story(id=story_id, articles=[a, b], claims=[claim])


@pytest.fixture
def stories() -> list[Story]:
    return [flood_story(), flood_story("second story/with <odd> id")]


@pytest.fixture
def server(stories: list[Story]) -> Iterator[StoryServer]:
    running, thread = serve_in_thread(stories)
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive(), "the server did not stop within 5 s"
