"""Issue 14, precision first: every content word is accounted for in the SQL, or the translator refuses.

Small hand-built catalogs with their own naming styles; the point of each test is the general
rule (a dropped state word refuses, a unit is converted, a self-referencing key is followed ...),
not a particular wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from aishell.ai.offline import TranslationError, ValueIndex, translate
from aishell.ai.offline.values import spelling_key
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)


def col(name: str, typ: str = "text") -> ColumnInfo:
    return ColumnInfo(name, typ)


def logistics() -> Catalog:
    return Catalog(tables=[
        TableInfo("port", columns=[col("port_id", "integer"), col("port_nm"), col("country_nm")],
                  primary_key=("port_id",)),
        TableInfo("shpmt", columns=[col("shpmt_id", "integer"), col("orig_port_id", "integer"),
                                    col("dest_port_id", "integer"), col("stat_cd"), col("wt_kg", "real"),
                                    col("transit_min", "integer"), col("shipped_dt", "date")],
                  primary_key=("shpmt_id",),
                  foreign_keys=[ForeignKey(("orig_port_id",), "port", ("port_id",)),
                                ForeignKey(("dest_port_id",), "port", ("port_id",))]),
    ])


LOGISTICS_VALUES = ValueIndex.from_dict({
    "port": {"port_nm": ["Rotterdam", "Shanghai"], "country_nm": ["Netherlands", "China"]},
    "shpmt": {"stat_cd": ["DLYD", "DLVD", "canceled"]},
})


def staff() -> Catalog:
    return Catalog(tables=[
        TableInfo("agents", columns=[col("agent_id", "integer"), col("first_name"), col("last_name"),
                                     col("manager_id", "integer"), col("hired_on", "date")],
                  primary_key=("agent_id",),
                  foreign_keys=[ForeignKey(("manager_id",), "agents", ("agent_id",))]),
        TableInfo("assignments", columns=[col("assignment_id", "integer"), col("agent_id", "integer"),
                                          col("region"), col("valid_from", "date"), col("valid_to", "date")],
                  primary_key=("assignment_id",),
                  foreign_keys=[ForeignKey(("agent_id",), "agents", ("agent_id",))]),
    ])


STAFF_VALUES = ValueIndex.from_dict({
    "assignments": {"region": ["North", "South"]},
    "agents": {"first_name": ["Helen", "Omar"], "last_name": ["Carter", "Haddad"]},
})


def sql(q: str, catalog: Catalog, values: ValueIndex) -> str:
    return translate(q, catalog, values, dialect="sqlite", today=TODAY).sql


def test_a_dropped_word_refuses_and_is_named() -> None:
    with pytest.raises(TranslationError, match="'overdue'"):
        sql("How many shipments are overdue?", logistics(), LOGISTICS_VALUES)


def test_abbreviated_tables_and_coded_values_are_linked() -> None:
    out = sql("How many shipments are delayed?", logistics(), LOGISTICS_VALUES)
    assert "FROM shpmt" in out and "'DLYD'" in out


def test_spelling_variants_find_the_stored_value() -> None:
    assert spelling_key("cancelled") == spelling_key("canceled")
    assert spelling_key("colour") == spelling_key("color")
    assert spelling_key("organise") == spelling_key("organize")
    out = sql("How many shipments were cancelled?", logistics(), LOGISTICS_VALUES)
    assert "'canceled'" in out


def test_two_values_of_one_column_are_not_anded() -> None:
    with pytest.raises(TranslationError, match="cannot be both"):
        sql("How many ports are Rotterdam with Shanghai?", logistics(), LOGISTICS_VALUES)


def test_from_and_to_take_the_key_roles() -> None:
    out = sql("How many shipments went from Rotterdam to Shanghai?", logistics(), LOGISTICS_VALUES)
    assert "'Rotterdam'" in out and "'Shanghai'" in out and "orig_port_id" in out and "dest_port_id" in out


def test_units_are_converted() -> None:
    assert "transit_min > 120" in sql("How many shipments took longer than 2 hours?", logistics(), LOGISTICS_VALUES)
    assert "wt_kg > 0.5" in sql("Which shipments weigh more than 500 grams?", logistics(), LOGISTICS_VALUES)
    out = sql("Average transit time in hours", logistics(), LOGISTICS_VALUES)
    assert "AVG(shpmt.transit_min)" in out and "/ 60" in out


def test_a_unit_that_does_not_fit_refuses() -> None:
    with pytest.raises(TranslationError):
        sql("Average weight in euros", logistics(), LOGISTICS_VALUES)


def test_self_reference_follows_the_key() -> None:
    out = sql("Who reports to Helen Carter?", staff(), STAFF_VALUES)
    assert "manager_id IN (SELECT agents.agent_id FROM agents WHERE" in out
    assert "'Helen'" in out and "'Carter'" in out


def test_a_self_key_is_shown_as_the_parent_name() -> None:
    out = sql("Show every agent together with their manager's name", staff(), STAFF_VALUES)
    assert "LEFT JOIN agents AS manager ON agents.manager_id = manager.agent_id" in out
    assert "manager.first_name" in out and "agents.manager_id," not in out


def test_current_rows_of_a_history_table() -> None:
    out = sql("Which agents are currently in the North region?", staff(), STAFF_VALUES)
    assert "valid_to IS NULL" in out and "'North'" in out


def test_grouped_count_for_x_by_y() -> None:
    out = sql("Shipments by stat", logistics(), LOGISTICS_VALUES)
    assert "COUNT(*)" in out and "GROUP BY" in out


def test_no_value_on_related_rows_is_an_anti_join() -> None:
    out = sql("Which agents have no South assignments?", staff(), STAFF_VALUES)
    assert "NOT EXISTS" in out and "= 'South'" in out


def test_self_reference_counts_reports() -> None:
    out = sql("Which agents manage more than 3 agents?", staff(), STAFF_VALUES)
    assert "agent_id IN (SELECT agents.manager_id FROM agents" in out and "HAVING COUNT(*) > 3" in out


def test_decades_group_years() -> None:
    out = sql("Number of shipments per decade of shipping", logistics(), LOGISTICS_VALUES)
    assert "* 10 AS decade" in out and "GROUP BY" in out


def test_state_from_an_end_date() -> None:
    out = sql("How many assignments have not ended yet?", staff(), STAFF_VALUES)
    assert "WHERE assignments.valid_to IS NULL" in out
    out = sql("How many assignments have ended?", staff(), STAFF_VALUES)
    assert "NOT assignments.valid_to IS NULL" in out
