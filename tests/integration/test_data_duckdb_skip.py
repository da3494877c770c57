"""``import --on-error skip`` into DuckDB (no savepoints): rows the table would refuse are found
in a staging table, sent to the rejects file with line and reason, and the rest go in."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aishell.connections import Target
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.data.loader import DataError
from aishell.services.session import Session
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration

SCHEMA = """
CREATE TABLE parent (id INTEGER PRIMARY KEY, label VARCHAR);
INSERT INTO parent VALUES (1, 'one'), (2, 'two');
CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    qty INTEGER CHECK (qty >= 0),
    parent_id INTEGER REFERENCES parent (id),
    code VARCHAR UNIQUE,
    note VARCHAR
);
INSERT INTO item VALUES (100, 'old', 1, 1, 'OLD', 'already here');
"""

# line 2 is the header's next line; the bad rows sit on lines 4 to 8 and 11
GOOD_AND_BAD = [
    ["id", "name", "qty", "parent_id", "code", "note"],
    ["1", "a", "1", "1", "A", ""],  # line 2
    ["2", "b", "2", "2", "B", ""],  # line 3
    ["100", "dup-table", "1", "1", "X1", ""],  # line 4: primary key already in the table
    ["1", "dup-file", "1", "1", "X2", ""],  # line 5: primary key of line 2
    ["3", "check", "-5", "1", "X3", ""],  # line 6: CHECK (qty >= 0)
    ["4", "fk", "1", "9", "X4", ""],  # line 7: parent 9 does not exist
    ["5", "code", "1", "1", "OLD", ""],  # line 8: unique code already in the table
    ["6", "c", "3", "", "C", "no parent"],  # line 9
    ["7", "d", "", "2", "", ""],  # line 10
    ["8", "", "1", "1", "H", ""],  # line 11: NULL name (NOT NULL)
]


def make_db(path: Path) -> str:
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    con.close()
    return f"duckdb:///{path}"


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def read_rejects(path: Path) -> list[dict[str, str]]:
    with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def session_for(url: str) -> Session:
    return Session(Target(DatabaseURL.parse(url), None, "--db"))


def table_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def by_line(rejects: list[dict[str, str]]) -> dict[int, dict[str, str]]:
    out = {int(r["line"]): r for r in rejects}
    assert len(out) == len(rejects), rejects  # each bad row exactly once
    return out


def test_each_server_refusal_is_rejected_once_with_line_and_reason(tmp_path: Path) -> None:
    db = tmp_path / "shop.duckdb"
    url = make_db(db)
    path = tmp_path / "items.csv"
    write_csv(path, GOOD_AND_BAD)
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path), table="item", on_error="skip"))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (10, 4, 6)
    assert report.reconciles
    rejects = by_line(read_rejects(path))
    assert sorted(rejects) == [4, 5, 6, 7, 8, 11]
    assert rejects[11]["column"] == "name" and "NOT NULL" in rejects[11]["reason"]
    assert rejects[4]["column"] == "id"
    assert rejects[4]["reason"] == "duplicate primary key (id)=(100): already in the table"
    assert rejects[5]["column"] == "id"
    assert rejects[5]["reason"] == "duplicate primary key (id)=(1): same as line 2 of the file"
    assert rejects[6]["column"] == "qty"
    assert "CHECK constraint failed" in rejects[6]["reason"] and "qty=-5" in rejects[6]["reason"]
    assert rejects[7]["column"] == "parent_id"
    assert rejects[7]["reason"] == "FOREIGN KEY constraint failed: (parent_id)=(9) is not in parent (id)"
    assert rejects[8]["column"] == "code"
    assert rejects[8]["reason"] == "duplicate unique key (code)=(OLD): already in the table"
    assert "dup-file" in rejects[5]["row"] and "-5" in rejects[6]["row"]
    assert table_rows(db, "SELECT id, name, qty, parent_id, code FROM item ORDER BY id") == [
        (1, "a", 1, 1, "A"),
        (2, "b", 2, 2, "B"),
        (6, "c", 3, None, "C"),
        (7, "d", None, 2, None),
        (100, "old", 1, 1, "OLD"),
    ]
    # no staging table is left behind
    assert table_rows(db, "SELECT count(*) FROM duckdb_tables() WHERE temporary") == [(0,)]


@pytest.mark.parametrize("stage_rows", [100, 100_000])
def test_duplicates_across_batches_and_first_occurrence_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage_rows: int
) -> None:
    """Duplicates of rows checked in an earlier stage (100 rows a stage) or in the same one."""
    from aishell.engines.duckdb import stage as duckdb_stage

    monkeypatch.setattr(duckdb_stage, "STAGE_ROWS", stage_rows)
    db = tmp_path / "b.duckdb"
    url = make_db(db)
    path = tmp_path / "dups.csv"
    rows = [["id", "name", "code"]] + [[str(i), f"n{i}", f"c{i}"] for i in range(1, 301)]
    rows += [["7", "dup", "z7"], ["301", "dup-code", "c250"], ["302", "x", "c302"], ["302", "y", "c303"]]
    write_csv(path, rows)
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path), table="item", on_error="skip", batch_size=100))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (304, 300, 4)
    rejects = by_line(read_rejects(path))
    assert rejects[101]["reason"] == "duplicate primary key (id)=(100): already in the table"
    assert rejects[302]["reason"] == "duplicate primary key (id)=(7): same as line 8 of the file"
    assert rejects[303]["reason"] == "duplicate unique key (code)=(c250): same as line 251 of the file"
    assert rejects[305]["reason"] == "duplicate primary key (id)=(302): same as line 304 of the file"
    assert table_rows(db, "SELECT name FROM item WHERE id IN (7, 302) ORDER BY id") == [("n7",), ("x",)]


def test_not_null_column_missing_from_the_file(tmp_path: Path) -> None:
    db = tmp_path / "nn.duckdb"
    url = make_db(db)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE tagged (id INTEGER PRIMARY KEY, tag VARCHAR NOT NULL, kind VARCHAR NOT NULL DEFAULT 'k')")
    con.close()
    path = tmp_path / "tagged.csv"
    write_csv(path, [["id"], ["1"], ["2"]])
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path), table="tagged", on_error="skip"))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (2, 0, 2)
    rejects = by_line(read_rejects(path))
    assert sorted(rejects) == [2, 3]
    for r in rejects.values():
        assert r["column"] == "tag"
        assert r["reason"] == "NOT NULL constraint failed: tag is not in the file and has no default"
    # the column with a default is filled from it
    path2 = tmp_path / "tagged2.csv"
    write_csv(path2, [["id", "tag"], ["1", "t"], ["2", ""]])
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path2), table="tagged", on_error="skip"))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (2, 1, 1)
    rejects = by_line(read_rejects(path2))
    assert list(rejects) == [3] and rejects[3]["column"] == "tag" and "NULL" in rejects[3]["reason"]
    assert table_rows(db, "SELECT id, tag, kind FROM tagged") == [(1, "t", "k")]


def test_abort_mode_still_leaves_the_table_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "ab.duckdb"
    url = make_db(db)
    path = tmp_path / "items.csv"
    write_csv(path, GOOD_AND_BAD)
    before = table_rows(db, "SELECT * FROM item ORDER BY id")
    s = session_for(url)
    try:
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(path), table="item"))
        assert "nothing was imported (the table is unchanged)" in err.value.message
        with pytest.raises(DataError):  # the per-row path (no DuckDB reader) too
            import_file(s, ImportOptions(path=str(path), table="item", fast=False))
    finally:
        s.close()
    assert table_rows(db, "SELECT * FROM item ORDER BY id") == before
    assert not os.path.exists(str(path) + ".rejects.csv")


def test_unique_index_on_columns_is_checked(tmp_path: Path) -> None:
    db = tmp_path / "ix.duckdb"
    url = make_db(db)
    con = duckdb.connect(str(db))
    con.execute("CREATE UNIQUE INDEX item_name ON item (name)")
    con.close()
    path = tmp_path / "names.csv"
    write_csv(path, [["id", "name"], ["1", "old"], ["2", "new"], ["3", "new"]])
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path), table="item", on_error="skip"))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (3, 1, 2)
    rejects = by_line(read_rejects(path))
    assert rejects[2]["reason"] == "duplicate key of unique index item_name (name)=(old): already in the table"
    assert rejects[4]["reason"] == "duplicate key of unique index item_name (name)=(new): same as line 3 of the file"


def test_an_unpredicted_refusal_aborts_cleanly(tmp_path: Path) -> None:
    """A unique index on an expression is not checked in the stage: DuckDB refuses the final
    INSERT, nothing is kept and the message says so."""
    db = tmp_path / "u.duckdb"
    url = make_db(db)
    con = duckdb.connect(str(db))
    con.execute("CREATE UNIQUE INDEX item_code_ci ON item (lower(code))")
    con.close()
    before = table_rows(db, "SELECT * FROM item ORDER BY id")
    path = tmp_path / "items.csv"
    write_csv(path, [["id", "name", "code"], ["1", "a", "A"], ["2", "b", "old"]])
    s = session_for(url)
    try:
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(path), table="item", on_error="skip"))
        message = err.value.message
        assert f"{path}: the rows from line 2 on were refused" in message, message
        assert message.endswith("nothing was imported (the table is unchanged)")
        # the session is usable afterwards, and the staging tables went with the rollback
        assert s.query_rows("SELECT count(*) FROM duckdb_tables() WHERE temporary")[1] == [(0,)]
    finally:
        s.close()
    assert table_rows(db, "SELECT * FROM item ORDER BY id") == before


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("AISHELL_DB", "DATABASE_URL")}
    return subprocess.run([sys.executable, "-m", "aishell", *args], capture_output=True, text=True, timeout=120,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def test_cli_skip_reports_one_line_and_exit_code(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    url = make_db(db)
    path = tmp_path / "items.csv"
    write_csv(path, GOOD_AND_BAD)
    p = _cli("import", str(path), "--table", "item", "--db", url, "--on-error", "skip")
    assert p.returncode == 1, p.stderr  # some rows were rejected
    last = p.stderr.strip().splitlines()[-1]
    assert last.startswith(f"10 rows read, 4 inserted, 6 rejected (see {path}.rejects.csv)"), p.stderr
    assert "Traceback" not in p.stderr
    assert sorted(by_line(read_rejects(path))) == [4, 5, 6, 7, 8, 11]
    assert table_rows(db, "SELECT count(*) FROM item") == [(5,)]
    # abort through the CLI: an error, the table untouched
    path2 = tmp_path / "again.csv"
    write_csv(path2, [GOOD_AND_BAD[0], ["8", "e", "1", "1", "E", ""], ["100", "dup", "1", "1", "F", ""]])
    p = _cli("import", str(path2), "--table", "item", "--db", url)
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert table_rows(db, "SELECT count(*) FROM item") == [(5,)]
    # clean input: exit 0
    path3 = tmp_path / "clean.csv"
    write_csv(path3, [GOOD_AND_BAD[0], ["9", "f", "1", "1", "G", ""]])
    p = _cli("import", str(path3), "--table", "item", "--db", url, "--on-error", "skip")
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip().splitlines()[-1].startswith("1 rows read, 1 inserted, 0 rejected")


def test_100k_rows_with_one_duplicate_on_line_50001(tmp_path: Path) -> None:
    db = tmp_path / "big.duckdb"
    url = make_db(db)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, qty INTEGER CHECK (qty >= 0))")
    con.close()
    path = tmp_path / "big.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "qty"])
        for i in range(1, 100_001):
            line = i + 1
            # line 50001 repeats the key of line 2
            w.writerow([1 if line == 50_001 else i, f"row {i}", i % 7])
    s = session_for(url)
    try:
        report = import_file(s, ImportOptions(path=str(path), table="big", on_error="skip"))
        assert (report.read, report.inserted, report.rejected) == (100_000, 99_999, 1)
    finally:
        s.close()
    rejects = read_rejects(path)
    assert len(rejects) == 1
    assert rejects[0]["line"] == "50001" and rejects[0]["column"] == "id"
    assert rejects[0]["reason"] == "duplicate primary key (id)=(1): same as line 2 of the file"
    assert "row 50000" in rejects[0]["row"]
    assert table_rows(db, "SELECT count(*), sum(id) FROM big") == [(99_999, 100_000 * 100_001 // 2 - 50_000)]
