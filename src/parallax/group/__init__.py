"""Articles -> stories: incremental same-event grouping over a nearest-neighbour index.

grouper = StoryGrouper()                       # or StoryGrouper.from_rows(store.iter_grouping())
story_ids = grouper.add_batch(articles, embeddings)   # one run's articles, clustered together
story_id = grouper.add(article, embedding)     # embedding = encode([grouping_text(article)])[0]
moved, events = grouper.take_changes()         # what story repair changed: stored articles moved, merges/splits
group_articles(articles) -> {article id: story id}
"""

from __future__ import annotations

from parallax.group.features import (
    ArticleFeatures,
    article_features,
    features_from_json,
    features_to_json,
    grouping_text,
)
from parallax.group.grouper import GroupingParams, StoryEvent, StoryGrouper, group_articles
from parallax.group.index import CentroidIndex

__all__ = [
    "ArticleFeatures",
    "CentroidIndex",
    "GroupingParams",
    "StoryEvent",
    "StoryGrouper",
    "article_features",
    "features_from_json",
    "features_to_json",
    "group_articles",
    "grouping_text",
]
