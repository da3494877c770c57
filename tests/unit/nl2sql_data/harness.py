"""What the offline translator's accuracy tests share: build a set of SQLite databases, index
each one once, and judge a question as correct, wrong or refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from aishell.ai.offline import TranslationError, build_value_index
from aishell.ai.offline.translate import Translator
from aishell.engines import connect
from aishell.urls import DatabaseURL
from nl2sql_data.scoring import normalize, same_result

TODAY = dt.date(2025, 6, 15)
KINDS = ("correct", "wrong", "refused")


def build_with(builders: Mapping[str, Callable[[Path], None]], out: Path) -> dict[str, Path]:
    """Run each builder into ``out/NAME.db`` (made afresh) and return the paths by name."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, fn in builders.items():
        p = out / f"{name}.db"
        if p.exists():
            p.unlink()
        fn(p)
        paths[name] = p
    return paths


def translators_for(dbs: Mapping[str, Path]) -> dict[str, Translator]:
    """One translator per database, with its catalog and sampled values."""
    out = {}
    for name, path in dbs.items():
        conn = connect(DatabaseURL.parse(f"sqlite:///{path}"), read_only=True)
        try:
            catalog = conn.catalog()
            out[name] = Translator(catalog, build_value_index(conn, catalog))
        finally:
            conn.close()
    return out


def judge(d: dict[str, Any], dbs: Mapping[str, Path], translators: Mapping[str, Translator],
          gold_rows: list[tuple[Any, ...]] | None = None) -> tuple[str, str]:  # fmt: skip
    """``("correct" | "wrong" | "refused", detail)``: a refusal is a TranslationError; SQL that runs
    and returns another result, or fails, is wrong.  ``gold_rows``: the gold query's rows when already run."""
    conn = sqlite3.connect(f"file:{dbs[d['db']]}?mode=ro", uri=True)
    try:
        gold = normalize(conn.execute(d["sql"]).fetchall() if gold_rows is None else gold_rows)
        try:
            sql = translators[d["db"]].translate(d["q"], dialect="sqlite", today=TODAY).sql
        except TranslationError as exc:
            return "refused", str(exc)
        try:
            pred = normalize(conn.execute(sql).fetchall())
        except sqlite3.Error as exc:
            return "wrong", f"bad SQL {exc}: {sql}"
        ok = same_result(gold, pred, ordered=d.get("ordered", False), check=d.get("check"),
                         order_col=d.get("order_col"))
        return ("correct" if ok else "wrong"), sql
    finally:
        conn.close()


if __name__ == "__main__":  # python -m nl2sql_data.harness nl2sql_blind5 OUT: a corpus's databases, to look at
    import importlib
    import sys

    build_with(importlib.import_module(f"{sys.argv[1]}.build").BUILDERS, Path(sys.argv[2] if len(sys.argv) > 2 else "."))
