"""Stores for the contract suite: a fresh SQLite file, or a fresh schema on a real PostgreSQL server.

The PostgreSQL half runs against the server at $PARALLAX_TEST_PG (default
postgresql://postgres@127.0.0.1:5432/test), each test in a schema of its own that is
dropped afterwards; it skips, saying why, where no server answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgres"]


def pg_server() -> str:
    return os.environ.get("PARALLAX_TEST_PG", PG_DEFAULT)


def _pg_admin() -> object:
    """A connection to the test server, or a skip naming the server and the reason."""
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed")
    try:
        return psycopg.connect(pg_server(), autocommit=True, connect_timeout=3)
    except psycopg.Error as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        pytest.skip(f"no PostgreSQL server answers at {pg_server()} (set PARALLAX_TEST_PG): {reason}")


def with_schema(url: str, schema: str) -> str:
    """The connection string `url` with `schema` first on its search_path."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema_url() -> Iterator[Callable[[], str]]:
    """A maker of connection strings to fresh, empty schemas; all dropped after the test."""
    admin = _pg_admin()
    made: list[str] = []

    def make() -> str:
        schema = f"parallax_test_{uuid.uuid4().hex[:12]}"
        admin.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        return with_schema(pg_server(), schema)

    yield make
    for schema in made:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A maker of fresh store locations for the backend under test (a file path, or a URL)."""
    if request.param == "sqlite":
        count = iter(range(1_000_000))
        return lambda: str(tmp_path / f"store{next(count)}.db")
    return request.getfixturevalue("pg_schema_url")
