"""How far bag-of-names and embedding evidence can go on ECB+: a pair model's ceiling.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_grouping_ceiling.py

For every pair of ECB+ documents in one topic (or with lead cosine >= 0.35),
six features: lead-embedding cosine, rarity-weighted names cosine (the
grouper's own terms), TF-IDF cosine of the whole text and of the lead, and
whether the two mention a year in common or only different years. A logistic
model, cross-validated by topic (GroupKFold, 5 folds), scores each pair on
topics it never saw; batch average-link clustering of those probabilities, at
the best distance threshold found here (an optimistic choice), is the B-cubed
F1 this evidence could reach with unlimited look-back. The grouper itself is
incremental and sees no gold; this is a diagnostic, not a method.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from bench_grouping import bcubed, embeddings_for, load_ecb
from parallax.group.features import LEAD_WORDS, article_features, grouping_text

YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
FEATURES = ["lead embedding", "names", "tf-idf whole text", "tf-idf lead", "different years only", "a year shared"]


def pair_features() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[str], list[str]]:
    articles, events, topics = load_ecb()
    vectors = embeddings_for(articles)
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    cosines = vectors @ vectors.T
    count = len(articles)
    terms = [article_features(a).terms for a in articles]
    frequency = Counter(t for ts in terms for t in ts)
    weights = [{t: math.log((count + 1) / (frequency[t] + 1)) + 1 for t in ts} for ts in terms]
    norms = [math.sqrt(sum(w * w for w in ws.values())) or 1.0 for ws in weights]
    whole = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([a.body for a in articles])
    lead = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [grouping_text(a, LEAD_WORDS) for a in articles]
    )
    whole_cosines, lead_cosines = (whole @ whole.T).toarray(), (lead @ lead.T).toarray()
    years = [set(YEAR.findall(a.body)) for a in articles]
    rows, labels, same_topic, pairs = [], [], [], []
    for i in range(count):
        for j in range(i + 1, count):
            if topics[i] != topics[j] and cosines[i, j] < 0.35:
                continue
            names = sum(w * weights[j].get(t, 0.0) for t, w in weights[i].items()) / (norms[i] * norms[j])
            shared = bool(years[i] & years[j])
            rows.append(
                [
                    cosines[i, j],
                    names,
                    whole_cosines[i, j],
                    lead_cosines[i, j],
                    float(bool(years[i]) and bool(years[j]) and not shared),
                    float(shared),
                ]
            )
            labels.append(events[i] == events[j])
            same_topic.append(topics[i] == topics[j])
            pairs.append((i, j))
    return np.array(rows), np.array(labels), np.array(same_topic), np.array(pairs), events, topics


def main() -> None:
    features, labels, same_topic, pairs, events, topics = pair_features()
    print(f"{len(labels):,} pairs, {int(same_topic.sum()):,} inside a topic ({int(labels.sum()):,} same event)")
    for k, name in enumerate(FEATURES):
        print(f"  {name:22} AUC inside a topic {roc_auc_score(labels[same_topic], features[same_topic, k]):.3f}")
    groups = np.array([int(topics[i]) for i in pairs[:, 0]])
    probability = np.zeros(len(labels))
    for train, test in GroupKFold(5).split(features, labels, groups):
        model = LogisticRegression(max_iter=3000).fit(features[train], labels[train])
        probability[test] = model.predict_proba(features[test])[:, 1]
    combined = roc_auc_score(labels[same_topic], probability[same_topic])
    print(f"  combined, out of fold: AUC inside a topic {combined:.3f}")
    similarity = np.zeros((len(events), len(events)))
    similarity[pairs[:, 0], pairs[:, 1]] = probability
    similarity[pairs[:, 1], pairs[:, 0]] = probability
    distance = 1 - similarity
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), "average")
    scores = []
    for threshold in np.arange(0.3, 0.85, 0.05):
        labels_at = [str(x) for x in fcluster(tree, threshold, "distance")]
        scores.append((bcubed(labels_at, events), threshold))
    (precision, recall, f1), threshold = max(scores, key=lambda s: s[0][2])
    print(
        f"batch average-link on those probabilities, best threshold {threshold:.2f}: "
        f"B-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (all 772 documents)"
    )


if __name__ == "__main__":
    main()
