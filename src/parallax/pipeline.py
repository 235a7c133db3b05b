"""The stages chained: paths -> raw documents -> articles (-> readings).

Errors travel in the stream as `InputError`s so one bad file never stops the
others; the CLI prints them and sets the exit status.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from parallax.clean import clean
from parallax.errors import InputError
from parallax.ingest import iter_documents
from parallax.model import Article


def clean_paths(paths: Iterable[str]) -> Iterator[Article | InputError]:
    """Every article found in the paths, cleaned; bad inputs as errors in the stream."""
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield clean(item)
        except InputError as err:
            yield err
        except Exception as err:  # a cleaner bug on one page must not lose the others
            yield InputError(item.source, f"could not be cleaned ({err.__class__.__name__}: {err})", item.line)
