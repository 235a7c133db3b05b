"""Bytes to text: gzip, encodings and the checks that turn bad files into clear errors."""

from __future__ import annotations

import os
import zlib

from charset_normalizer import from_bytes

from parallax.errors import InputError

# Files above this are refused rather than read into memory: a news page, even a
# heavy HTML one, is a few MB; WARC archives are streamed and not subject to it.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, source: str) -> bytes:
    """Decompress, refusing truncated or oversized streams instead of returning half a page."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, MAX_DOCUMENT_BYTES + 1)
    except zlib.error as err:
        raise InputError(source, f"corrupt gzip data ({err})") from err
    if len(out) > MAX_DOCUMENT_BYTES:
        raise InputError(source, f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB once decompressed")
    if not decompressor.eof:
        raise InputError(source, "truncated gzip file (the compressed stream ends early)")
    return out


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; let the decoder try when a BOM says so.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 50)


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 first (the web's encoding), then a detected one.

    charset-normalizer guesses cp1252/latin-1 pages correctly where a blind
    `errors="replace"` would mangle every accented name.
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, source)
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(source, f"broken UTF-16 text ({err.reason})") from err
    if looks_binary(data):
        raise InputError(source, "binary file, not text, HTML, JSONL or WARC")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "cannot detect the text encoding")
    return str(best)


def _western(data: bytes) -> str | None:
    """cp1252 for mostly-ASCII text with a few accented letters, the shape of Western text.

    On a short latin-1 file the detector may pick a Baltic or Central European code
    page ("Café" becomes "Cafķ", "München" "M³nchen"); such text decodes cleanly as
    cp1252 and has few bytes above 127. Text in another script (Cyrillic cp1251,
    Greek) is mostly such bytes and goes to the detector.
    """
    high = sum(byte > 127 for byte in data)
    letters = sum(65 <= byte <= 90 or 97 <= byte <= 122 for byte in data) + high
    if not high or high > 0.3 * max(1, letters):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if not any("\x80" <= ch <= "\x9f" for ch in text) else None


def read_bytes(path: str) -> bytes:
    """A file's bytes, refusing oversized files before reading them."""
    try:
        size = os.path.getsize(path)
        if size > MAX_DOCUMENT_BYTES:
            limit = MAX_DOCUMENT_BYTES // 2**20
            raise InputError(path, f"file of {size // 2**20} MB is above the {limit} MB limit")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(path, err.strerror or str(err)) from err


__all__ = ["MAX_DOCUMENT_BYTES", "decode", "gunzip", "looks_binary", "read_bytes"]
