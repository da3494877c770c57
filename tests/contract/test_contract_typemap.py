"""The type half of each engine's dialect (``dialect.type_rules``), for every registered engine
and without a server: a column type the engine writes reads back as the same kind (integers may
widen), and on a live database the catalog's spelling of a type built by the rules reads back as
the kind it was built from.  What an engine has no type for is listed in ``engine_contract.LACKS``
as ``typemap.<kind>``."""

from __future__ import annotations

from collections.abc import Callable

import engine_contract as ec
import pytest
from engine_contract import LIVE, contract, fresh, lack, oracle_spelling

from aishell.engines import ENGINES, dialect_of
from aishell.engines.base import Connection
from aishell.engines.types import KINDS, ColType

engine, scratch_url, conn = ec.engine, ec.scratch_url, ec.conn  # the shared fixtures

#: a kind that may come back as a wider one: its values still fit
WIDER = {"smallint": {"int", "bigint"}, "int": {"bigint"}}

SAMPLES = [
    *(ColType(k) for k in KINDS if k not in ("decimal", "text", "array")),
    ColType("decimal", 14, 3),
    ColType("text"),
    ColType("text", length=40),
    ColType("array", element=ColType("int")),
]


#: engine -> how its catalog spells a declared type, for engines the suite runs offline only
#: (the live engines' own spelling is checked on their servers below)
SPELLING: dict[str, Callable[[str], str]] = {"oracle": oracle_spelling}


def survives(ct: ColType, back: ColType) -> bool:
    if back.kind != ct.kind and back.kind not in WIDER.get(ct.kind, ()):
        return False
    return (back.precision, back.scale) == (ct.precision, ct.scale) if ct.kind == "decimal" else True


def label(ct: ColType) -> str:
    return ct.kind + (f"({ct.length})" if ct.length else "") + (f"({ct.precision},{ct.scale})" if ct.scale else "")


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_written_types_read_back_as_their_kind(engine: str) -> None:
    """What the rules write, as the engine's catalog then spells it (offline engines: as the
    engine documents it), reads back as the kind it was written from; a kind the engine lacks
    is written as some type the engine has."""
    rules = dialect_of(engine).type_rules
    spell = SPELLING.get(engine, str)
    wrong: dict[str, str] = {}
    for ct in SAMPLES:
        written = rules.sql_type(ct)
        try:
            spelled = spell(written)
        except ValueError as exc:
            wrong[label(ct)] = str(exc)
            continue
        back = rules.read(spelled)
        lacking = lack(engine, f"typemap.{ct.kind}")
        if lacking is None and not survives(ct, back):
            wrong[label(ct)] = f"written {written}, spelled {spelled}, read back as {back.kind}"
        if lacking is not None and survives(ct, back):
            wrong[label(ct)] = f"{engine} keeps {ct.kind} now: remove typemap.{ct.kind} from LACKS"
    assert wrong == {}, f"{engine} loses these kinds on its own types: {wrong}"


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_kind_has_a_type_in_every_engine(engine: str) -> None:
    """Copy and restore can create a column of every kind in every engine (perhaps as a fallback;
    that the engine has the type is checked live, and for Oracle against its documented types)."""
    rules = dialect_of(engine).type_rules
    for ct in SAMPLES:
        assert rules.sql_type(ct).strip(), f"{engine} has no type for {label(ct)}"


@contract("types")
def test_catalog_spelling_reads_back_as_the_kind(engine: str, conn: Connection) -> None:
    """A table made from the rules' types: what the catalog says of each column reads back as
    the kind it was built from."""
    if engine not in LIVE:
        pytest.fail(f"{engine} is not run live: list 'types' in LACKS")
    rules = conn.engine_dialect.type_rules
    kept = [ct for ct in SAMPLES if lack(engine, f"typemap.{ct.kind}") is None]
    table = fresh("ct_typemap")
    cols = ", ".join(f"c{i} {rules.sql_type(ct)}" for i, ct in enumerate(kept))
    conn.execute(f"CREATE TABLE {table} ({cols})").close()
    try:
        info = conn.catalog().find_table(table)
        assert info is not None
        wrong = {
            label(ct): f"{c.data_type} reads as {rules.read(c.data_type).kind}"
            for ct, c in zip(kept, info.columns, strict=True)
            if not survives(ct, rules.read(c.data_type))
        }
        assert wrong == {}, f"{engine}'s catalog spells these types so they read back as another kind: {wrong}"
    finally:
        conn.execute(f"DROP TABLE {table}").close()
