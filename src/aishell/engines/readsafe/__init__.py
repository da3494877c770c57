"""What a read may call and set, per engine: the allow-lists behind read-only mode.

Read-only mode is an allow-list.  A statement is a read only when every function
it calls is on its engine's list of functions a read may call (built-ins that
neither write, read server files, evaluate SQL text nor change server or session
state) and every setting it changes is on the engine's list of harmless session
settings.  The lists are data files beside this module, one name a line, made
from each engine's own catalog by ``tools/gen_readsafe.py`` and reviewed by hand;
the classifier (:mod:`aishell.sql.classify`) and the SQLite authorizer read them.

This module imports no driver: the classifier loads it without connecting.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["DANGEROUS_FUNCTIONS", "limit_settings", "read_functions", "read_pragmas", "safe_settings"]

#: functions known to read or write files, run programs, touch other sessions or change
#: server state: named in refusals, and refused over MCP even when writes are allowed.
#: (Read-only mode does not depend on this list: it allows only the engines' read lists.)
DANGEROUS_FUNCTIONS = frozenset(
    {
        # PostgreSQL
        "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_ls_logdir",
        "pg_ls_waldir", "pg_ls_tmpdir", "pg_ls_archive_statusdir", "lo_import", "lo_export",
        "lo_from_bytea", "lo_create", "lo_creat", "lo_unlink", "lo_put", "pg_notify",
        "pg_file_write", "pg_file_rename", "pg_file_unlink", "dblink", "dblink_exec", "dblink_connect",
        "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile",
        "set_config", "pg_promote", "pg_switch_wal", "pg_create_restore_point", "pg_logical_emit_message",
        "query_to_xml", "query_to_xml_and_xmlschema", "cursor_to_xml", "ts_stat", "ts_rewrite",
        "pg_advisory_lock", "pg_advisory_xact_lock", "pg_try_advisory_lock", "pg_advisory_lock_shared",
        "pg_stat_reset", "pg_stat_reset_shared", "pg_stat_statements_reset",
        "pg_create_physical_replication_slot", "pg_create_logical_replication_slot",
        "pg_replication_origin_create", "pg_import_system_collations",
        # MySQL / MariaDB
        "load_file", "sys_exec", "sys_eval", "get_lock", "release_lock", "release_all_locks",
        # SQLite
        "load_extension", "writefile", "readfile", "edit", "fts3_tokenizer",
        # DuckDB file access and SQL evaluation
        "read_csv", "read_csv_auto", "read_parquet", "read_json", "read_json_auto", "read_text",
        "read_blob", "read_ndjson", "read_ndjson_auto", "read_json_objects", "read_json_objects_auto",
        "read_ndjson_objects", "parquet_metadata", "parquet_schema", "parquet_file_metadata",
        "parquet_kv_metadata", "glob", "parquet_scan", "sniff_csv", "query_table", "query",
        "json_execute_serialized_sql",
    }
)  # fmt: skip

#: dialect name (as the engines declare it) -> data file stem
_ENGINES = ("postgres", "mysql", "sqlite", "duckdb", "oracle")


def _load(stem: str) -> frozenset[str]:
    try:
        text = (Path(__file__).parent / f"{stem}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    names = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            names.update(line.split())
    return frozenset(names)


def _engine(dialect: str) -> str | None:
    d = (dialect or "").lower()
    if d in ("postgresql", "postgres"):
        return "postgres"
    if d in ("mysql", "mariadb"):
        return "mysql"
    return d if d in _ENGINES else None


@cache
def _names(kind: str, dialect: str) -> frozenset[str]:
    """The ``kind`` list (functions, settings, limits, pragmas) of ``dialect``'s engine, or
    every engine's for no dialect; functions include the SQL-standard forms of every engine."""
    engine = _engine(dialect)
    common = _load("common.functions") if kind == "functions" else frozenset()
    if engine is None:
        return common.union(*(_load(f"{e}.{kind}") for e in _ENGINES))
    return common | _load(f"{engine}.{kind}")


def read_functions(dialect: str) -> frozenset[str]:
    """Lower-case names of the functions a read may call on ``dialect``'s engine
    (every engine's, for no dialect), and those the user's ``[read_only] functions`` adds."""
    return _names("functions", dialect) | user_functions()


_user: tuple[tuple[str, float], frozenset[str]] | None = None
_NAME = re.compile(r"[a-z_][a-z0-9_$]*")


def user_functions() -> frozenset[str]:
    """The functions ``config.toml``'s ``[read_only] functions`` allows (an extension's, the
    database's own): the user vouches that each only reads.  Read again when the file changes.
    A name known to touch files, locks or server state is refused (:class:`ConfigError`)."""
    global _user
    from aishell.config import config_path, load_settings
    from aishell.errors import ConfigError

    path = config_path()
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return frozenset()
    if _user is not None and _user[0] == key:
        return _user[1]
    listed = load_settings().read_only.functions
    if not all(isinstance(n, str) for n in listed):
        raise ConfigError(f"{path}: [read_only] functions must be a list of names")
    names = frozenset(n.strip().lower() for n in listed)
    bad = sorted(n for n in names if not _NAME.fullmatch(n) or n in DANGEROUS_FUNCTIONS)
    if bad:
        raise ConfigError(f"{path}: [read_only] functions cannot allow {', '.join(bad)}: "
                          "not a function name, or one that reads or writes files or server state")  # fmt: skip
    _user = (key, names)
    return names


def safe_settings(dialect: str) -> frozenset[str]:
    """Lower-case names of the session settings read-only mode lets a statement change
    (display, time zone, search path, planner hints: nothing that lifts read-only, a
    limit, logging, file access or the way the server reads SQL text)."""
    return _names("settings", dialect)


def limit_settings(dialect: str) -> frozenset[str]:
    """Lower-case names of the settings that hold a limit the server may set
    (statement timeouts, memory caps): a policy with ``lock_limits`` refuses changing them."""
    return _names("limits", dialect)


def read_pragmas(dialect: str) -> frozenset[str]:
    """Lower-case names of the PRAGMAs that only report (SQLite, DuckDB)."""
    return _names("pragmas", dialect)
