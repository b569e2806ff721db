"""PostgreSQL for `python -m bench --postgres URL`: one new database per twin server.

URL names a server and a database to connect to for administration (for
example postgresql://postgres@127.0.0.1/postgres). The benchmark creates one
empty database per twin server there, hands their URLs to the apps, and drops
them when it ends, connections and all.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit

import psycopg
from psycopg import sql


def _with_database(url: str, name: str) -> str:
    return urlsplit(url)._replace(path=f"/{name}").geturl()


def _libpq_url(url: str) -> str:
    # SQLAlchemy's driver prefix means nothing to psycopg itself.
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def databases(admin_url: str | None, keys: Sequence[str]) -> Iterator[dict[str, str]]:
    """Create a database per key; yield key -> URL; drop them all on exit."""
    if not admin_url:
        yield {}
        return
    admin_url = _libpq_url(admin_url)
    names = {key: f"bench_{key.replace('-', '_')}_{os.getpid()}" for key in keys}
    with psycopg.connect(admin_url, autocommit=True) as connection:
        for name in names.values():
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            )
    try:
        yield {key: _with_database(admin_url, name) for key, name in names.items()}
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            for name in names.values():
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(name)
                    )
                )
