"""A new, empty database of its own on SQLite, PostgreSQL or MariaDB, for tests that change a
schema (migrations, drift): made before the test and dropped after it, whatever happened."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

from conftest import MYSQL_HOST, MYSQL_PORT, PG_HOST, PG_PORT, _unavailable

ENGINES = ["sqlite", "postgres", "mysql"]


@contextlib.contextmanager
def new_database(engine: str, tmp_path: Path, prefix: str) -> Iterator[str]:
    """Yield the URL of a new database named ``prefix`` + a random suffix on ``engine``."""
    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    if engine == "sqlite":
        import sqlite3

        sqlite3.connect(tmp_path / "db.sqlite").execute("VACUUM").connection.close()
        yield f"sqlite:///{tmp_path / 'db.sqlite'}"
    elif engine == "postgres":
        import psycopg

        admin = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
        try:
            with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
        except psycopg.OperationalError as exc:
            _unavailable("PostgreSQL", exc)
        try:
            yield f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{name}"
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        import pymysql

        try:
            conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", connect_timeout=5)
        except pymysql.err.OperationalError as exc:
            _unavailable("MariaDB", exc)
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}`")
        try:
            yield f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{name}"
        finally:
            with conn.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
            conn.close()
