"""Parallax: compare how different outlets report the same news, claim by claim.

The package layout is the pipeline: ``ingest`` (formats in) -> ``clean`` (body and
metadata) -> ``analyze`` (reading) -> ``group`` (stories) -> ``compare`` (claims)
-> ``report`` (renderers); ``model`` is the data every stage shares, ``store``
keeps it, ``cli`` and ``web`` are thin faces over library calls.
"""

__version__ = "0.1.0"
