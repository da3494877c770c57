"""``backup create --data-format csv``: zstd-compressed CSV data members, lossless for every type the Parquet
path keeps (NULL vs '', quoted newlines, timestamptz, numeric(30,10), bytea, jsonb, int[] arrays, booleans),
verified by checksum and by a real CSV parser's record count, restored into PostgreSQL, SQLite and MariaDB
with the source's row counts and content checksums; damaged members and wrong counts are refused."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
import zstandard
from click.testing import CliRunner
from data_helpers import content, session_for

from aishell.cli.main import cli
from aishell.errors import AishellError
from aishell.services.data.backup import ArchiveError, create_backup, read_info, restore, verify
from aishell.services.data.crypto import CryptoError

pytestmark = pytest.mark.integration

KINDS = {
    "csv_kinds": ["int", "text", "timestamptz", "decimal", "binary", "json", "array", "bool", "date"],
    "csv_plain": ["int", "int", "text", "decimal", "binary", "timestamptz", "bool"],
}

PG_SCHEMA = [
    "DROP TABLE IF EXISTS csv_plain, csv_kinds",
    "CREATE TABLE csv_kinds (id integer PRIMARY KEY, note text, ts timestamptz, amount numeric(30,10), b bytea, "
    "j jsonb, a int[], flag boolean, d date)",
    "CREATE TABLE csv_plain (id bigint PRIMARY KEY, kind_id integer REFERENCES csv_kinds(id), note text, "
    "amount numeric(30,10), b bytea, ts timestamptz, flag boolean)",
    # the rows that matter: NULL vs '', a quoted newline with a comma and quotes, every digit of a decimal
    "INSERT INTO csv_kinds VALUES "
    "(1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
    "(2, '', '2024-02-29 23:59:59.999999+05:30', 12345678901234567890.0123456789, '\\x'::bytea, '{}', '{}', "
    "false, '0001-01-01'), "
    "(3, E'line one, \"quoted\"\\nline two', '1999-12-31 12:00:00-08', -0.0000000001, '\\x00ff0a0d22'::bytea, "
    "'{\"k\": [1, \"a,\\\"b\\\"\\nc\"], \"n\": null}', '{1,NULL,-3}', true, '9999-12-31'), "
    "(4, E'\\\\.', '2024-01-01 00:00:00+00', 0, '\\x5c2e'::bytea, 'null', '{2147483647}', NULL, NULL), "
    "(5, ' padded ', NULL, 99999999999999999999.9999999999, NULL, '\"text\"', NULL, true, '2000-01-01')",
    "INSERT INTO csv_kinds SELECT g, CASE WHEN g % 7 = 0 THEN NULL WHEN g % 7 = 1 THEN '' "
    "ELSE 'note ' || g || E',\\n\"' END, timestamptz '2024-01-01 00:00:00+00' + g * interval '17 minutes 3.5 s', "
    "(g * 1.0000000001)::numeric(30,10), decode(md5(g::text), 'hex'), jsonb_build_object('g', g), "
    "ARRAY[g, g * 2], g % 2 = 0, date '2000-01-01' + g FROM generate_series(6, 2500) g",
    "INSERT INTO csv_plain SELECT g, 1 + g % 2500, CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN '' "
    "ELSE E'a,\"b\"\\r\\nc ' || g END, g / 3.0, decode(md5(g::text), 'hex'), "
    "timestamptz '2020-06-01 12:00:00+02' + g * interval '1 hour', g % 3 = 0 FROM generate_series(1, 1200) g",
]


@pytest.fixture(scope="module")
def pg_source(pg_url: str) -> str:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        for stmt in PG_SCHEMA:
            conn.execute(stmt)
    return pg_url


@pytest.fixture(scope="module")
def source_content(pg_source: str) -> dict[str, tuple[int, str]]:
    s = session_for(pg_source)
    try:
        return {t: content(s, t, KINDS[t]) for t in KINDS}
    finally:
        s.close()


@pytest.fixture(scope="module")
def archive(pg_source: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bkcsv") / "db.aishell"
    s = session_for(pg_source)
    try:
        manifest = create_backup(s, str(out), tables=["csv_kinds", "csv_plain"], data_format="csv")
    finally:
        s.close()
    assert manifest["data_format"] == "csv"
    assert [(t["name"], t["rows"]) for t in manifest["tables"]] == [("csv_kinds", 2500), ("csv_plain", 1200)]
    return out


def _fresh_pg(pg_url: str) -> Iterator[str]:
    import psycopg

    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    name = f"aishell_csv_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_target(pg_url: str) -> Iterator[str]:
    yield from _fresh_pg(pg_url)


@pytest.fixture
def mysql_db(mysql_url: str) -> Iterator[str]:
    name = f"aishell_c_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@127.0.0.1:3306/{name}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


# --------------------------------------------------------------------------- archive surgery
def _members(path: Path) -> list[tuple[str, bytes]]:
    with tarfile.open(path) as tar:
        out = []
        for m in tar:
            fh = tar.extractfile(m)
            assert fh is not None
            out.append((m.name, fh.read()))
    return out


def _write(path: Path, members: list[tuple[str, bytes]]) -> None:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tar.addfile(ti, io.BytesIO(data))


def _rewrite(src: Path, dst: Path, change: Callable[[dict[str, Any], dict[str, bytes]], None]) -> None:
    """Copy the archive with ``change(manifest, members)`` applied (the manifest stays the first member)."""
    members = _members(src)
    manifest = json.loads(members[0][1])
    data = dict(members[1:])
    change(manifest, data)
    _write(dst, [("manifest.json", json.dumps(manifest).encode()), *data.items()])


def _csv_member(manifest: dict[str, Any], table: str) -> str:
    return next(t["member"] for t in manifest["tables"] if t["name"] == table)


# --------------------------------------------------------------------------- tests
def test_manifest_members_verify_and_info(archive: Path) -> None:
    manifest = verify(str(archive))
    assert manifest["version"] == 2 and manifest["data_format"] == "csv"
    data = [m for m in manifest["members"] if m.startswith("data/")]
    assert data == ["data/0000_csv_kinds.csv.zst", "data/0001_csv_plain.csv.zst"]
    assert [manifest["members"][m]["rows"] for m in data] == [2500, 1200]
    assert read_info(str(archive))["data_format"] == "csv"
    # the member is CSV with a header; NULL is the bare empty field, '' is "" and a newline stays quoted
    text = zstandard.ZstdDecompressor().decompressobj().decompress(dict(_members(archive))[data[0]]).decode()
    lines = text.split("\n")
    assert lines[0] == "id,note,ts,amount,b,j,a,flag,d"
    assert lines[1] == "1,,,,,,,,"
    assert lines[2] == ('2,"",2024-02-29 18:29:59.999999+00:00,12345678901234567890.0123456789,\\x,{},[],false,'
                        "0001-01-01")
    assert lines[3].startswith('3,"line one, ""quoted""') and lines[4].startswith('line two",')
    assert ',-0.0000000001,\\x00ff0a0d22,"{""k"": [1, ""a,\\""b\\""\\nc""], ""n"": null}",' in lines[4]
    assert lines[4].endswith(',"[1, null, -3]",true,9999-12-31')
    assert lines[5].startswith('4,"\\.",')  # quoted: "\." alone on a line would end COPY's data
    r = CliRunner().invoke(cli, ["backup", "info", str(archive)])
    assert r.exit_code == 0 and "data: csv" in r.stdout and "2500 rows" in r.stdout
    r = CliRunner().invoke(cli, ["backup", "verify", str(archive)])
    assert r.exit_code == 0 and r.stdout.startswith("ok:") and "3700 rows (csv)" in r.stdout


@pytest.mark.parametrize("target", ["postgres", "sqlite", "mysql"])
def test_csv_archive_restores_into_every_engine(
    target: str, archive: Path, source_content: dict[str, tuple[int, str]], tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    if target == "sqlite":
        url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    elif target == "mysql":
        url = request.getfixturevalue("mysql_db")
    else:
        url = request.getfixturevalue("pg_target")
    dst = session_for(url)
    try:
        results = restore(dst, str(archive))
        assert [(r.name, r.rows) for r in results] == [("csv_kinds", 2500), ("csv_plain", 1200)]
        for table in KINDS:
            assert content(dst, table, KINDS[table]) == source_content[table], table
        child = dst.catalog(refresh=True).find_table("csv_plain")
        assert child is not None and child.primary_key == ("id",)
        assert any(fk.ref_table == "csv_kinds" for fk in child.foreign_keys)
        if target == "postgres":
            types = dict(dst.query_rows("SELECT column_name, data_type FROM information_schema.columns "
                                        "WHERE table_name = 'csv_kinds'")[1])  # fmt: skip
            assert types["amount"] == "numeric" and types["j"] == "jsonb" and types["b"] == "bytea"
            assert types["a"] == "ARRAY" and types["ts"] == "timestamp with time zone"
            note, a = dst.query_rows("SELECT note, a FROM csv_kinds WHERE id = 3")[1][0]
            assert note == 'line one, "quoted"\nline two' and a == [1, None, -3]
            assert dst.query_rows("SELECT count(*) FROM csv_kinds WHERE note = ''")[1][0][0] == 358
            assert dst.query_rows("SELECT count(*) FROM csv_kinds WHERE note IS NULL")[1][0][0] == 358
        # a second restore is refused without --replace and goes through with it
        assert restore(dst, str(archive), replace=True)[1].rows == 1200
        assert content(dst, "csv_plain", KINDS["csv_plain"]) == source_content["csv_plain"]
    finally:
        dst.close()


def _flip_inside(src: Path, dst: Path, member: str) -> None:
    with tarfile.open(src) as tar:
        info = tar.getmember(member)
        at = info.offset_data + info.size // 2
    data = bytearray(src.read_bytes())
    data[at] ^= 0xFF
    dst.write_bytes(bytes(data))


def test_corrupted_csv_member_is_refused_and_the_target_untouched(
    archive: Path, pg_target: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.aishell"
    _flip_inside(archive, bad, "data/0001_csv_plain.csv.zst")
    with pytest.raises(ArchiveError, match="csv_plain.csv.zst fails its SHA-256 check"):
        verify(str(bad))
    s = session_for(f"sqlite:///{tmp_path / 'x.sqlite'}")
    try:
        with pytest.raises(ArchiveError, match="SHA-256"):
            restore(s, str(bad))
        assert s.catalog(refresh=True).find_table("csv_kinds") is None  # nothing half-written
        assert s.catalog().find_table("csv_plain") is None
    finally:
        s.close()
    # PostgreSQL with --replace: the tables there before are still there, with their rows
    import psycopg

    with psycopg.connect(pg_target, autocommit=True) as conn:
        conn.execute("CREATE TABLE csv_kinds (id integer PRIMARY KEY, keep text)")
        conn.execute("INSERT INTO csv_kinds VALUES (42, 'before')")
        conn.execute("CREATE TABLE csv_plain (id integer)")
    s = session_for(pg_target)
    try:
        with pytest.raises(ArchiveError, match="SHA-256"):
            restore(s, str(bad), replace=True)
        assert s.query_rows("SELECT id, keep FROM csv_kinds")[1] == [(42, "before")]
        assert s.query_rows("SELECT count(*) FROM csv_plain")[1] == [(0,)]
    finally:
        s.close()
    r = CliRunner().invoke(cli, ["backup", "verify", str(bad)])
    assert r.exit_code == 1 and "SHA-256" in r.stderr


def test_row_count_that_does_not_match_the_manifest_is_refused(archive: Path, tmp_path: Path) -> None:
    # (a) the manifest claims one row more than the member holds
    def claim_more(manifest: dict[str, Any], _data: dict[str, bytes]) -> None:
        manifest["tables"][1]["rows"] += 1

    wrong = tmp_path / "wrong-count.aishell"
    _rewrite(archive, wrong, claim_more)
    with pytest.raises(ArchiveError, match=r"csv_plain\.csv\.zst holds 1200 rows, the manifest says 1201"):
        verify(str(wrong))
    s = session_for(f"sqlite:///{tmp_path / 'w.sqlite'}")
    try:
        with pytest.raises(ArchiveError, match="holds 1200 rows, the manifest says 1201"):
            restore(s, str(wrong))
        assert s.catalog(refresh=True).find_table("csv_plain") is None
        assert s.catalog().find_table("csv_kinds") is None
    finally:
        s.close()

    # (b) a member with a record more (whose quoted newline is not a record), checksums made to match:
    # counted by a CSV parser, it holds 2501 records where the manifest says 2500
    def extra_record(manifest: dict[str, Any], data: dict[str, bytes]) -> None:
        member = _csv_member(manifest, "csv_kinds")
        text = zstandard.ZstdDecompressor().decompressobj().decompress(data[member])
        text += b'9999,"one\nrecord, two lines",,,,,,,\n'
        packed = zstandard.ZstdCompressor().compress(text)
        data[member] = packed
        manifest["members"][member] = {"sha256": hashlib.sha256(packed).hexdigest(), "bytes": len(packed)}

    extra = tmp_path / "extra.aishell"
    _rewrite(archive, extra, extra_record)
    with pytest.raises(ArchiveError, match="holds 2501 rows, the manifest says 2500"):
        verify(str(extra))
    s = session_for(f"sqlite:///{tmp_path / 'e.sqlite'}")
    try:
        with pytest.raises(ArchiveError, match="holds 2501 rows, the manifest says 2500"):
            restore(s, str(extra))
        assert s.catalog(refresh=True).find_table("csv_kinds") is None
    finally:
        s.close()


def test_encrypted_csv_archive_and_wrong_passphrase(
    pg_source: str, source_content: dict[str, tuple[int, str]], tmp_path: Path
) -> None:
    out = tmp_path / "enc.aishell"
    s = session_for(pg_source)
    try:
        create_backup(s, str(out), tables=["csv_kinds"], passphrase="correct horse", data_format="csv")
    finally:
        s.close()
    assert b"csv_kinds" not in out.read_bytes()
    manifest = verify(str(out), "correct horse")
    assert manifest["data_format"] == "csv" and manifest["encrypted"] and manifest["tables"][0]["rows"] == 2500
    with pytest.raises(CryptoError, match="wrong passphrase"):
        verify(str(out), "battery staple")
    runner = CliRunner()
    target = f"sqlite:///{tmp_path / 'e.sqlite'}"
    r = runner.invoke(cli, ["backup", "restore", str(out), "--to", target],
                      env={"AISHELL_BACKUP_PASSPHRASE": "nope"})  # fmt: skip
    assert r.exit_code == 2 and "wrong passphrase" in r.stderr
    r = runner.invoke(cli, ["backup", "info", str(out)], env={"AISHELL_BACKUP_PASSPHRASE": "correct horse"})
    assert r.exit_code == 0 and "encrypted: yes; data: csv" in r.stdout
    r = runner.invoke(cli, ["backup", "restore", str(out), "--to", target],
                      env={"AISHELL_BACKUP_PASSPHRASE": "correct horse"})  # fmt: skip
    assert r.exit_code == 0, r.stderr
    dst = session_for(target)
    try:
        assert content(dst, "csv_kinds", KINDS["csv_kinds"]) == source_content["csv_kinds"]
    finally:
        dst.close()


def test_cli_create_with_data_format_csv(pg_source: str, tmp_path: Path) -> None:
    out = tmp_path / "cli.aishell"
    env = {k: v for k, v in os.environ.items() if k not in ("AISHELL_DB", "DATABASE_URL")}
    proc = subprocess.run(
        [sys.executable, "-m", "aishell", "backup", "create", "--db", pg_source, "--tables", "csv_kinds,csv_plain",
         "-o", str(out), "--data-format", "csv"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert f"wrote {out}: 2 tables, 3700 rows, data as csv" in proc.stderr
    assert verify(str(out))["data_format"] == "csv"
    # the default stays Parquet, and --data-format means nothing to the native dump tools
    r = CliRunner().invoke(cli, ["backup", "create", "--db", pg_source, "--tables", "csv_plain",
                                 "-o", str(tmp_path / "p.aishell")])  # fmt: skip
    assert r.exit_code == 0, r.stderr
    manifest = verify(str(tmp_path / "p.aishell"))
    assert manifest["version"] == 1 and manifest["data_format"] == "parquet"
    assert list(manifest["members"])[-1] == "data/0000_csv_plain.parquet"
    r = CliRunner().invoke(cli, ["backup", "create", "--db", pg_source, "--native", "--data-format", "csv",
                                 "-o", str(tmp_path / "n.aishell")])  # fmt: skip
    assert r.exit_code == 2 and "--data-format" in r.stderr


def test_unknown_data_format_is_a_usage_error(pg_source: str, tmp_path: Path) -> None:
    s = session_for(pg_source)
    try:
        with pytest.raises(AishellError, match="unknown data format"):
            create_backup(s, str(tmp_path / "x.aishell"), tables=["csv_plain"], data_format="xml")
    finally:
        s.close()
    assert not (tmp_path / "x.aishell").exists()


def test_values_larger_than_a_read_block(pg_source: str, pg_target: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(pg_source, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS csv_big")
        conn.execute("CREATE TABLE csv_big (id integer PRIMARY KEY, s text, b bytea)")
        conn.execute("INSERT INTO csv_big VALUES (1, repeat(E'x,\"\\n', 700000), decode(repeat('ab', 1500000), 'hex')),"
                     " (2, '', NULL), (3, NULL, '\\x'::bytea)")  # fmt: skip
    out = tmp_path / "big.aishell"
    s = session_for(pg_source)
    try:
        create_backup(s, str(out), tables=["csv_big"], data_format="csv")
        expected = s.query_rows("SELECT id, md5(s), md5(b) FROM csv_big ORDER BY id")[1]
    finally:
        s.close()
    assert verify(str(out))["tables"][0]["rows"] == 3
    for url in (pg_target, f"sqlite:///{tmp_path / 'big.sqlite'}"):
        dst = session_for(url)
        try:
            assert [(r.name, r.rows) for r in restore(dst, str(out))] == [("csv_big", 3)]
            rows = dst.query_rows("SELECT id, s, b FROM csv_big ORDER BY id")[1]
            got = [(i, None if t is None else hashlib.md5(t.encode()).hexdigest(),
                    None if b is None else hashlib.md5(bytes(b)).hexdigest()) for i, t, b in rows]
            assert got == [tuple(r) for r in expected]
        finally:
            dst.close()
