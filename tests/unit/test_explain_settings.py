"""The plan lints' thresholds are settings: the config file's ``[explain]`` table, validated, and
read by the service every face calls (:func:`aishell.services.explain.explain`)."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from aishell.config import DEFAULT_CONFIG, ExplainSettings, config_path, load_settings
from aishell.connections import resolve
from aishell.errors import ConfigError
from aishell.services.explain import LintSettings, explain
from aishell.services.session import Session


def write_config(text: str) -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(text)


def test_the_lints_read_the_configs_dataclass() -> None:
    assert LintSettings is ExplainSettings
    # the commented default file names every field with its default value
    for f in fields(ExplainSettings):
        assert f"# {f.name} = " in DEFAULT_CONFIG, f.name
    assert load_settings(create=True).explain == ExplainSettings()


def test_explain_settings_are_read() -> None:
    write_config("[explain]\nlarge_table_rows = 500\nselective_fraction = 1\n"
                 "estimate_factors = [2, 20.5, 300]\nhottest = 5\n")  # fmt: skip
    s = load_settings().explain
    assert s.large_table_rows == 500 and s.hottest == 5
    assert s.selective_fraction == 1.0 and isinstance(s.selective_fraction, float)
    assert s.estimate_factors == (2.0, 20.5, 300.0)
    assert s.deep_offset == ExplainSettings().deep_offset  # untouched keys keep their defaults


@pytest.mark.parametrize(("text", "message"), [
    ("[explain]\nlarge_rows = 5\n", r"unknown setting \[explain\] large_rows"),
    ("[explain]\nlarge_table_rows = 'many'\n", r"\[explain\] large_table_rows must be int, not str"),
    ("[explain]\ndeep_offset = 10.5\n", r"\[explain\] deep_offset must be int, not float"),
    ("[explain]\nhottest = true\n", r"\[explain\] hottest must be int, not bool"),
    ("[explain]\nremoved_ratio = '10'\n", r"\[explain\] removed_ratio must be float, not str"),
    ("[explain]\ndeep_offset = -1\n", r"\[explain\] deep_offset must not be negative"),
    ("[explain]\nestimate_factors = 10\n", r"\[explain\] estimate_factors must be three increasing numbers"),
    ("[explain]\nestimate_factors = [10, 100]\n", r"\[explain\] estimate_factors must be three increasing"),
    ("[explain]\nestimate_factors = [100, 10, 1000]\n", r"estimate_factors must be three increasing"),
    ("[explain]\nestimate_factors = [10, 'x', 1000]\n", r"estimate_factors must be three increasing"),
    ("explain = 3\n", r"\[explain\] must be a table"),
])  # fmt: skip
def test_explain_settings_are_validated(text: str, message: str) -> None:
    write_config(text)
    with pytest.raises(ConfigError, match=message) as caught:
        load_settings()
    assert str(config_path()) in str(caught.value) and "\n" not in str(caught.value)


def test_the_service_applies_the_configured_thresholds(tmp_path: Path) -> None:
    """No settings passed: explain() reads the config file, so every face gets the same lints."""
    path = tmp_path / "small.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE tiny (id INTEGER PRIMARY KEY, code TEXT)")
    conn.executemany("INSERT INTO tiny VALUES (?, ?)", ((i, f"c{i}") for i in range(300)))
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    sql = "SELECT id FROM tiny WHERE code = 'c7' LIMIT 5 OFFSET 50"
    session = Session(resolve(f"sqlite:///{path}"))
    try:
        assert [x.code for x in explain(session, sql).lints] == []  # 300 rows, OFFSET 50: nothing by default
        write_config("[explain]\nlarge_table_rows = 100\ndeep_offset = 40\n")
        found = explain(session, sql)
        assert sorted(x.code for x in found.lints) == ["deep-offset", "seq-scan"]
        assert "all 300 rows of tiny" in next(x.message for x in found.lints if x.code == "seq-scan")
        # settings passed by the caller win over the file's
        assert explain(session, sql, settings=LintSettings()).lints == []
    finally:
        session.close()
