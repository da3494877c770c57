"""Write the functions lists of src/aishell/engines/readsafe/ from each engine's own catalog.

    .venv/bin/python tools/gen_readsafe.py [postgresql://postgres@127.0.0.1/test]

A list holds the built-in functions a read may call.  It starts from what the engine
says of its functions (PostgreSQL: pg_catalog functions marked immutable or stable;
SQLite: pragma_function_list; DuckDB: duckdb_functions(), with its side-effect flag),
drops every name that matches EXCLUDE (files, other sessions, server state, SQL text
evaluated again, locks, notifications, large objects, replication, sequences that
advance) and adds a reviewed set of volatile functions that only read (sizes, random
numbers, clocks).  MySQL/MariaDB and Oracle have no such catalog: their files are
kept by hand.  Review the diff of a regenerated file before committing it.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "aishell" / "engines" / "readsafe"

#: a function whose name matches is never on a list, whatever the engine says of it
EXCLUDE = re.compile(
    r"(file|_ls_|^pg_ls_|read_|^read|write|^lo_|^lo$|loread|lowrite|notify|advisory|_lock|^get_lock|"
    r"stat_reset|_reset|replication|^pg_create|^pg_drop|^pg_promote|reload|rotate|switch_wal|"
    r"restore_point|backup|wal_replay_(pause|resume)|emit_message|set_config|terminate|cancel|signal|"
    r"_to_xml|xml_and_xmlschema|ts_stat|ts_rewrite|^query|json_execute|^dblink|"
    r"^nextval|^setval|^setseed|txid_current$|current_xact_id$|xact_id_if|snapshot_export|export_snapshot|"
    r"import|export|^load|install|extension|checkpoint|secret|scan$|^sniff|profil|logging|"
    r"^log_|_log$|truncate_duckdb|^enable_|^disable_|getenv|^sqlite_log|fts3_tokenizer|^optimize$|"
    r"^edit$|collation_actual|^pg_import|^pg_log_|^pg_stat_clear|^pg_sync|^pg_partition_root$x)"
)

#: names EXCLUDE catches that only read (statistics, WAL positions, file node numbers, logarithms)
KEEP = re.compile(
    r"^(pg_stat_get_\w+|pg_lsn\w*|pg_lock_status|pg_last_wal_replay_lsn|numeric_log|pg_relation_filenode|"
    r"pg_relation_filepath|pg_filenode_relation|pg_walfile_name(_offset)?|pg_available_extensions|"
    r"pg_available_extension_versions|parse_filename|duckdb_extensions)$"
)

#: volatile functions that only read: sizes and server state a DBA looks at, clocks, random values
PG_VOLATILE_READS = """
pg_sleep pg_sleep_for pg_sleep_until
random random_normal clock_timestamp timeofday gen_random_uuid currval lastval pg_sequence_last_value
pg_database_size pg_relation_size pg_total_relation_size pg_table_size pg_indexes_size pg_tablespace_size
pg_current_wal_lsn pg_current_wal_insert_lsn pg_current_wal_flush_lsn pg_last_wal_receive_lsn
pg_last_wal_replay_lsn pg_is_in_recovery pg_last_xact_replay_timestamp pg_blocking_pids
pg_safe_snapshot_blocking_pids pg_lock_status pg_get_backend_memory_contexts pg_stat_get_wal
pg_stat_get_archiver pg_stat_get_bgwriter_buf_written_checkpoints pg_get_shmem_allocations
""".split()


def header(source: str) -> str:
    return (f"# Functions a read may call ({source}).\n"
            "# Made by tools/gen_readsafe.py from the engine's own catalog; reviewed by hand.\n")


def write(name: str, names: set[str], source: str, also: str = "") -> None:
    """``also``: a regex of names to exclude on this engine only."""
    def keep(n: str) -> bool:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*|->>?", n) or (also and re.search(also, n)):
            return False
        return bool(KEEP.match(n)) or not EXCLUDE.search(n)

    kept = sorted(n for n in names if n and keep(n))
    text = header(source)
    line: list[str] = []
    for n in kept:
        if sum(len(x) + 1 for x in line) + len(n) > 100:
            text += " ".join(line) + "\n"
            line = []
        line.append(n)
    text += " ".join(line) + "\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(kept)} names")


def postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            """
            SELECT DISTINCT p.proname
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'pg_catalog' AND p.provolatile IN ('i', 's')
              AND p.prokind IN ('f', 'a', 'w')
              AND p.prorettype NOT IN ('internal'::regtype, 'trigger'::regtype, 'event_trigger'::regtype,
                                       'language_handler'::regtype, 'fdw_handler'::regtype,
                                       'index_am_handler'::regtype, 'tsm_handler'::regtype,
                                       'table_am_handler'::regtype)
              AND NOT ('internal'::regtype = ANY (p.proargtypes::oid[]))
              AND p.proname !~ '(_in|_out|_recv|_send|_support|_typmodin|_typmodout)$'
            """
        ).fetchall()
        version = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
    write("postgres.functions.txt", {r[0] for r in rows} | set(PG_VOLATILE_READS), f"PostgreSQL {version}")


#: SQLite's table-valued functions that only read (eponymous virtual tables: not in pragma_function_list)
SQLITE_TABLE_READS = [
    "json_each", "json_tree", "pragma_table_info", "pragma_table_xinfo", "pragma_table_list",
    "pragma_index_list", "pragma_index_info", "pragma_index_xinfo", "pragma_foreign_key_list",
    "pragma_database_list", "pragma_collation_list", "pragma_function_list", "pragma_module_list",
    "pragma_pragma_list", "pragma_compile_options", "pragma_foreign_key_check", "pragma_integrity_check",
    "pragma_quick_check", "pragma_page_count", "pragma_page_size", "pragma_freelist_count",
]  # fmt: skip


def sqlite() -> None:
    conn = sqlite3.connect(":memory:")
    names = {r[0] for r in conn.execute("SELECT DISTINCT name FROM pragma_function_list")} | set(SQLITE_TABLE_READS)
    write("sqlite.functions.txt", names, f"SQLite {sqlite3.sqlite_version}")


DUCKDB_TABLE_READS = """
range generate_series unnest repeat repeat_row duckdb_columns duckdb_constraints duckdb_databases
duckdb_dependencies duckdb_extensions duckdb_functions duckdb_indexes duckdb_keywords duckdb_schemas duckdb_sequences
duckdb_settings duckdb_tables duckdb_types duckdb_views duckdb_memory duckdb_optimizers
duckdb_temporary_files duckdb_approx_database_count duckdb_connection_count duckdb_variables
json_each json_tree pg_timezone_names icu_calendar_names pragma_collations pragma_database_size
pragma_show pragma_table_info pragma_version pragma_platform pragma_storage_info pragma_metadata_info
pragma_user_agent
""".split()


def duckdb() -> None:
    import duckdb as ddb

    conn = ddb.connect()
    rows = conn.execute(
        "SELECT DISTINCT function_name FROM duckdb_functions() "
        "WHERE function_type IN ('scalar', 'aggregate', 'macro') AND NOT coalesce(has_side_effects, false)"
    ).fetchall()
    names = {r[0].lower() for r in rows} | set(DUCKDB_TABLE_READS)
    names |= {"random", "uuid", "uuidv4", "uuidv7", "gen_random_uuid", "currval", "current_query",
              "current_transaction_id", "current_connection_id", "current_query_id", "error"}
    write("duckdb.functions.txt", names, f"DuckDB {ddb.__version__}", also=r"^glob$")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    postgres(sys.argv[1] if len(sys.argv) > 1 else "postgresql://postgres@127.0.0.1/test")
    sqlite()
    duckdb()
