"""The parser-free pieces of the fast paths: quoting names, trusted classifications,
and the Arrow formatter that feeds MySQL's ``LOAD DATA``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from aishell.connections import Target
from aishell.engines.mysql.bulk import mysql_tsv_from_arrow
from aishell.errors import PolicyError
from aishell.output.sink import CollectingSink
from aishell.services.data.typemap import ColType, from_sql
from aishell.services.session import Session
from aishell.sql.kinds import Classification, Kind
from aishell.sql.names import quote_name, quote_table
from aishell.state import StateStore
from aishell.urls import DatabaseURL


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite", "duckdb", "oracle"])
@pytest.mark.parametrize("name", ["t", "Mixed Case", 'we"ird', "back`tick", "s.t", "select"])
def test_quote_table_agrees_with_sqlglot(dialect: str, name: str) -> None:
    from sqlglot import exp

    parts = name.split(".")
    table = exp.Table(
        this=exp.to_identifier(parts[-1], quoted=True),
        db=exp.to_identifier(parts[-2], quoted=True) if len(parts) > 1 else None,
    )
    assert quote_table(name, dialect) == table.sql(dialect=dialect)
    assert quote_name(parts[-1], dialect) == exp.to_identifier(parts[-1], quoted=True).sql(dialect=dialect)


def test_quote_name_doubles_the_quote_character() -> None:
    assert quote_name('a"b', "postgres") == '"a""b"'
    assert quote_name("a`b", "mysql") == "`a``b`"
    assert quote_name("a`b", "postgres") == '"a`b"'


def _session(tmp_path: Path, **kw: object) -> Session:
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 't.db'}?create=1")
    s = Session(Target(url, "t", "--db"), state=StateStore(), **kw)  # type: ignore[arg-type]
    s.run("create table t (id integer primary key)", CollectingSink())
    return s


def test_run_takes_the_callers_classification_and_still_applies_the_policy(tmp_path: Path) -> None:
    s = _session(tmp_path)
    sink = CollectingSink()
    read = 'SELECT * FROM "t"'
    assert s.run(read, sink, classes=[Classification(read, Kind.READ, "SELECT")]).ok
    # the policy judges a given classification like any other: a write still needs consent
    delete = 'DELETE FROM "t"'
    with pytest.raises(PolicyError):
        s.run(delete, sink, classes=[Classification(delete, Kind.WRITE, "DELETE", destructive=True,
                                                   reasons=["delete every row of t"])])  # fmt: skip
    with pytest.raises(ValueError):
        s.run("select 1; select 2", sink, classes=[Classification("select 1", Kind.READ, "SELECT")])
    s.close()


def test_export_of_a_table_does_not_load_the_sql_parser(tmp_path: Path) -> None:
    """Start-up matters for export: a table export builds its own SELECT and skips sqlglot."""
    db = tmp_path / "x.db"
    import sqlite3

    with sqlite3.connect(db) as c:
        c.execute("create table t (id integer, name text)")
        c.execute("insert into t values (1, 'a')")
    code = (
        "import atexit, sys\n"
        "from aishell.cli.main import main\n"
        f"sys.argv = ['aishell', 'export', '--db', 'sqlite:///{db}', '--table', 't', '-o', r'{tmp_path / 'o.csv'}']\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlglot')[:3]))\n"
        "main()\n"  # (it ends the process, through the exit handlers)
    )
    env_home = {"AISHELL_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env_home, check=True)
    assert out.stdout.strip() == "[]", out.stdout
    assert (tmp_path / "o.csv").read_text() == "id,name\n1,a\n"


# --------------------------------------------------------------------------- LOAD DATA text
def _tsv(columns: dict[str, list[str | None]], types: list[ColType]) -> list[list[str]] | None:
    rb = pa.record_batch([pa.array(v, pa.string()) for v in columns.values()], names=list(columns))
    data = mysql_tsv_from_arrow(rb, types, [True] * len(types))
    if data is None:
        return None
    return [line.split("\t") for line in data.decode().split("\n")[:-1]]


def test_integers_pass_through_or_are_normalised_and_range_checked() -> None:
    int_t = from_sql("int", "mysql")
    assert _tsv({"a": ["1", "-20", None]}, [int_t]) == [["1"], ["-20"], ["\\N"]]
    assert _tsv({"a": ["007"]}, [int_t]) == [["007"]]  # the server reads 7, as Arrow did
    assert _tsv({"a": ["+5"]}, [int_t]) is None  # Arrow refuses it: the per-value path takes it
    assert _tsv({"a": ["2147483648"]}, [int_t]) is None  # out of range: the per-value path explains
    assert _tsv({"a": ["1.5"]}, [int_t]) is None


def test_timestamps_pass_through_when_already_in_the_servers_form() -> None:
    ts = from_sql("datetime(6)", "mysql")
    assert _tsv({"t": ["2020-01-02 03:04:05", "2020-01-02 03:04:05.123456", None]}, [ts]) == [
        ["2020-01-02 03:04:05"], ["2020-01-02 03:04:05.123456"], ["\\N"]]  # fmt: skip
    # another accepted spelling is re-written by strftime (the whole batch)
    assert _tsv({"t": ["2020-01-02T03:04:05", "2020-01-02 03:04:06"]}, [ts]) == [
        ["2020-01-02 03:04:05.000000"], ["2020-01-02 03:04:06.000000"]]  # fmt: skip
    assert _tsv({"t": ["2020-02-30 00:00:00"]}, [ts]) is None  # no such day: refused, not passed on


def test_text_is_escaped_only_where_needed() -> None:
    text = from_sql("text", "mysql")
    assert _tsv({"s": ["plain", "", None]}, [text]) == [["plain"], [""], ["\\N"]]
    assert _tsv({"s": ["tab\there", "back\\slash", "new\nline"]}, [text]) == [
        ["tab\\there"], ["back\\\\slash"], ["new\\nline"]]  # fmt: skip
