"""Formats in: files, folders, standard input -> `RawDocument`s for the cleaner.

Readers register themselves in `parallax.ingest.readers`; the format of each
input is sniffed from its content (and only then its name), never trusted from
the extension alone. A bad input yields an `InputError` in the stream instead of
stopping it, so every other input is still read.
"""

from parallax.ingest.readers import READERS, iter_documents, read_source

__all__ = ["READERS", "iter_documents", "read_source"]
