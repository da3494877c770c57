"""Restore into DuckDB through DuckDB's own Parquet reader, and the loader when that refuses."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest

import aishell.services.data.backup as backup
from aishell.connections import Target
from aishell.services.session import Session
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration


def session(url: str) -> Session:
    parsed = DatabaseURL.parse(url)  # a SQLite or DuckDB file is made when missing
    return Session(Target(parsed.with_param("create", "1") if parsed.is_file else parsed, None, "--db"))


def restore_counting_paths(archive: Path, target: str, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Restore; return the ``fast`` flag of each attempt (a refusal by DuckDB's reader retries)."""
    attempts: list[bool] = []
    real = backup._restore

    def spy(*args: Any, **kwargs: Any) -> Any:
        attempts.append(kwargs["fast"])
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "_restore", spy)
    s = session(target)
    try:
        backup.restore(s, str(archive))
    finally:
        s.close()
    return attempts


def test_postgres_archive_goes_straight_through_duckdbs_reader(pg_url: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    table = f"rd_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, name text, amount numeric(12,2), "
                     "ts timestamptz, ok boolean)")  # fmt: skip
        conn.execute(f"INSERT INTO {table} SELECT g, CASE WHEN g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN '' "
                     "ELSE 'n' || g END, g / 100.0, timestamptz '2024-01-01 00:00+00' + g * interval '1 minute', "
                     "g % 2 = 0 FROM generate_series(1, 5000) g")  # fmt: skip
    try:
        archive = tmp_path / "pg.aishell"
        s = session(pg_url)
        backup.create_backup(s, str(archive), tables=[table])
        s.close()
        target = f"duckdb:///{tmp_path / 'r.duckdb'}"
        assert restore_counting_paths(archive, target, monkeypatch) == [True]
        s = session(target)
        rows = s.query_rows(f"SELECT count(*), count(name), sum(CASE WHEN name = '' THEN 1 END), sum(amount), "
                            f"min(ts), sum(CASE WHEN ok THEN 1 END) FROM {table}")[1]  # fmt: skip
        s.close()
        assert rows[0] == (5000, 3334, 1667, Decimal("125025.00"), dt.datetime(2024, 1, 1, 0, 1, tzinfo=dt.UTC), 2500)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def test_a_member_duckdbs_reader_refuses_goes_through_the_loader(mysql_url: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """MySQL's TIME is a duration in Parquet, which DuckDB will not cast to TIME: the restore
    starts again through the loader, which reads a duration within a day as a time."""
    url = DatabaseURL.parse(mysql_url)
    table = f"rd_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user, database=url.database,
                           autocommit=True)  # fmt: skip
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, tm time, n varchar(10))")
            cur.execute(f"INSERT INTO {table} VALUES (1, '09:30:00', 'a'), (2, '23:59:59', NULL), (3, NULL, '')")
        archive = tmp_path / "my.aishell"
        s = session(mysql_url)
        backup.create_backup(s, str(archive), tables=[table])
        s.close()
        target = f"duckdb:///{tmp_path / 'r.duckdb'}"
        assert restore_counting_paths(archive, target, monkeypatch) == [True, False]
        s = session(target)
        rows = s.query_rows(f"SELECT * FROM {table} ORDER BY id")[1]
        s.close()
        assert [tuple(r) for r in rows] == [(1, dt.time(9, 30), "a"), (2, dt.time(23, 59, 59), None), (3, None, "")]
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {table}")
        conn.close()
