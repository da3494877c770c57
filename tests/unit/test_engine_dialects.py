"""Each engine's Dialect: loads without its driver, and is what the splitter, the completer,
the URL parser and the statement rules ask (they never compare engine names)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from aishell.engines import ENGINES, all_dialects, dialect_of
from aishell.engines.dialect import GENERIC, Dialect
from aishell.repl.completion import needs_quoting, quote_identifier
from aishell.repl.completion_keywords import (
    STATEMENT_STARTERS,
    datatypes,
    functions,
    keywords,
    reserved_words,
    starters,
)
from aishell.sql.names import quote_name
from aishell.sql.split import split_statements
from aishell.urls import DatabaseURL, default_port, engine_of_scheme
from isolation import env_without_coverage

#: modules no dialect may pull in: the drivers, and pyarrow
HEAVY = ("psycopg", "pymysql", "duckdb", "oracledb", "pyarrow", "_sqlite3")


def test_every_dialect_loads_without_its_driver() -> None:
    script = f"""
import json, sys
from aishell.engines import ENGINES, dialect_of
from aishell.sql.split import split_statements
from aishell.urls import DatabaseURL
names = []
for name in ENGINES:
    d = dialect_of(name)
    names.append(d.name)
    split_statements("select 1; select 2", d.sqlglot)
    d.keywords, d.functions, d.types, d.reserved, d.pygments_lexer
    if d.url_schemes:
        DatabaseURL.parse(d.url_schemes[0] + ":///x.db" if d.file_database else d.url_schemes[0] + "://u@h/db")
heavy = [m for m in {list(HEAVY)!r} if m in sys.modules]
print(json.dumps({{"names": names, "heavy": heavy}}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60,
                         env=env_without_coverage())
    got = json.loads(out.stdout)
    assert got["names"] == list(ENGINES)
    assert got["heavy"] == []


@pytest.mark.parametrize("name", ["", None, "snowflake", "tsql", "no-such-engine", "memcached"])
def test_an_unknown_or_empty_name_gives_the_generic_dialect(name: str | None) -> None:
    assert dialect_of(name) is GENERIC
    assert type(GENERIC) is Dialect
    assert GENERIC.name == "generic" and GENERIC.ident_quote == ('"', '"')


@pytest.mark.parametrize(
    ("alias", "engine"),
    [("postgresql", "postgres"), ("POSTGRES", "postgres"), ("redshift", "postgres"), ("mariadb", "mysql")],
)
def test_sqlglot_names_and_flavours_give_their_engine(alias: str, engine: str) -> None:
    assert dialect_of(alias) is dialect_of(engine)
    assert dialect_of(alias).name == engine


def test_every_engine_has_its_own_dialect_subclass() -> None:
    dialects = all_dialects()
    assert [d.name for d in dialects] == list(ENGINES)
    for d in dialects:
        assert type(d) is not Dialect and isinstance(d, Dialect)
        assert d.package == d.name and d.sqlglot and d.url_schemes


def test_urls_ask_the_registry_for_schemes_ports_and_files() -> None:
    for d in all_dialects():
        for scheme in (*d.url_schemes, *d.url_aliases):
            assert engine_of_scheme(scheme) == d.name
            assert engine_of_scheme(scheme.upper()) == d.name
        assert default_port(d.name) == (d.default_port or 0)
    assert engine_of_scheme("pg") == "postgres" and engine_of_scheme("sqlite3") == "sqlite"
    assert engine_of_scheme("nosuch") is None
    assert DatabaseURL.parse("pg://u@h/db").identity() == "postgres://u@h:5432/db"
    assert DatabaseURL.parse("mariadb://u@h/db").identity() == "mysql://u@h:3306/db"
    assert DatabaseURL.parse("oracle://u@h/svc").identity() == "oracle://u@h:1521/svc"
    assert DatabaseURL.parse("sqlite3:///x.db").is_file and DatabaseURL.parse("duckdb:///x.duckdb").is_file
    assert not DatabaseURL.parse("mysql://u@h/db").is_file


def test_the_dialect_declares_the_password_sources_of_its_client() -> None:
    assert dialect_of("postgres").password_hint("AISHELL_X") == "AISHELL_X, PGPASSWORD or a ~/.pgpass entry"
    assert dialect_of("mysql").password_hint("AISHELL_X") == "AISHELL_X or MYSQL_PWD"
    assert dialect_of("sqlite").password_hint("AISHELL_X") == "AISHELL_X"


def test_error_codes_mean_what_the_engine_says() -> None:
    assert dialect_of("postgres").aborted_transaction("25P02")
    assert not dialect_of("postgres").aborted_transaction("42P01")
    assert not dialect_of("postgres").aborted_transaction(None)
    assert not any(dialect_of(e).aborted_transaction("25P02") for e in ENGINES if dialect_of(e).name != "postgres")


def test_quoting_and_folding_come_from_the_dialect() -> None:
    assert quote_name('a"b', "postgres") == '"a""b"'
    assert quote_name("a`b", "mysql") == "`a``b`"
    assert quote_name("x", "") == '"x"'
    assert quote_identifier("Name", "mysql") == "Name"  # MySQL keeps the case: no quotes needed
    assert quote_identifier("Name", "postgres") == '"Name"'  # PostgreSQL folds to lower case
    assert quote_identifier("name", "oracle") == '"name"'  # Oracle folds to upper case
    assert not needs_quoting("NAME", "oracle") and needs_quoting("select", "sqlite")


def test_the_completer_adds_each_engines_own_tables() -> None:
    for d in all_dialects():
        kws = keywords(d.sqlglot)
        assert all(k in kws for k in d.keywords)
        assert starters(d.sqlglot) == STATEMENT_STARTERS + d.statement_starters
        assert set(d.functions) <= set(functions(d.sqlglot))
        assert set(d.types) <= set(datatypes(d.sqlglot))
        assert d.reserved <= reserved_words(d.sqlglot)
    assert "SUMMARIZE" in keywords("duckdb") and "SUMMARIZE" not in starters("sqlite")
    assert set(GENERIC.functions) <= set(functions("")) and "VARCHAR2" not in datatypes("")


class _Toy(Dialect):
    """A made-up engine: its rules alone decide how the splitter reads it."""

    name = "toy"
    hash_comments = True
    bracket_identifiers = True
    backtick_identifiers = False


def test_the_splitter_follows_the_declared_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    import aishell.sql.split as split

    text = "select [a;b] # c;d\nfrom t; select `x;y`"
    assert [s.sql for s in split_statements(text, "")] == ["select [a", "b] # c", "d\nfrom t", "select `x;y`"]
    monkeypatch.setattr(split, "dialect_of", lambda _d: _Toy())
    assert [s.sql for s in split_statements(text, "toy")] == ["select [a;b] # c;d\nfrom t", "select `x", "y`"]
