"""The attack corpus for read-only mode and the web roles, as data.

Every :class:`Attack` is one attempt to do more than read through a read-only face:
write a row, change the schema, read or write a server file, change a setting that
lifts read-only or a limit, take a lock that outlives the statement, and so on.  Each
names the side-effect checks (see ``harness.CHECKS``) that prove it did *not* work;
the harness runs every check after every attempt anyway, the names say what the attack
aims at and which check must be able to see it.

``sql`` is one text (it may hold several statements: read-only mode judges the text as
a whole) or a tuple of texts sent as separate calls through the same face, for attacks
that need a session to remember something between calls (MCP keeps its session).

Placeholders ``<<name>>`` are filled per run and per case by the harness: object names
carry the run's id, ``<<out>>`` is a fresh path that must never be created, ``<<marker>>``
is a file whose content must never appear in any output.

``Read`` entries are ordinary reads that read-only mode must keep running.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENGINES = ("postgres", "mysql", "sqlite", "duckdb")

#: what the analyst face must answer for an attack of a kind (without ``confirmed``):
#: writes ask for confirmation (409; a disguised one may be refused outright); DDL in any disguise, server files, limits,
#: server-wide settings and unknown (user-defined) functions are refused (403); a lock
#: must at least not run without a confirmation.  Kinds not listed are not run as analyst
#: (session settings and read-only lifting mean nothing to a read-write role).
ANALYST_EXPECT: dict[str, tuple[int, ...]] = {
    "write": (403, 409),  # plain DML must be exactly 409 (``analyst=(409,)``): analysts do write
    "ddl": (403,),
    "file": (403,),
    "limit": (403,),
    "global": (403,),
    "fn": (403,),
    "lock": (403, 409),
    # a statement that must stop at a limit (the timeout, memory): refused, or failed at the limit
    "resource": (403, 409),
}

KINDS = {"write", "dwrite", "ddl", "file", "limit", "global", "fn", "lock", "session", "readonly", "resource"}


@dataclass(frozen=True)
class Attack:
    id: str
    engine: str
    sql: str | tuple[str, ...]
    checks: tuple[str, ...]
    kind: str
    why: str = ""
    #: reads sent afterwards through the same face (e.g. to make a log file appear); their
    #: output is scanned for leaks too, their outcome is not judged
    after: tuple[str, ...] = ()
    #: statuses the analyst face may answer; ``None``: by kind (``ANALYST_EXPECT``), ``()``: not run
    analyst: tuple[int, ...] | None = None

    @property
    def steps(self) -> tuple[str, ...]:
        return self.sql if isinstance(self.sql, tuple) else (self.sql,)

    @property
    def analyst_expect(self) -> tuple[int, ...]:
        if isinstance(self.sql, tuple):
            return ()  # a session attack: each web request has its own session
        if self.analyst is not None:
            return self.analyst
        return ANALYST_EXPECT.get(self.kind, ())


@dataclass(frozen=True)
class Read:
    id: str
    engine: str
    sql: str
    expect: str  # must appear in the output
    faces: frozenset[str] = field(default_factory=lambda: frozenset({"cli", "mcp", "viewer"}))
    #: what a plain read-write connection prints instead, when the read shows the session's limits
    plain: str | None = None


ATTACKS: list[Attack] = []
READS: list[Read] = []


def _adder(engine: str):  # type: ignore[no-untyped-def]
    def add(id: str, sql: str | tuple[str, ...], checks: str, kind: str, why: str = "", **kw) -> None:  # type: ignore[no-untyped-def]
        ATTACKS.append(Attack(f"{engine[:2]}-{id}", engine, sql, tuple(checks.split()), kind, why, **kw))

    return add


def _reader(engine: str):  # type: ignore[no-untyped-def]
    def read(id: str, sql: str, expect: str, **kw) -> None:  # type: ignore[no-untyped-def]
        READS.append(Read(f"{engine[:2]}-ok-{id}", engine, sql, expect, **kw))

    return read


# =============================================================================== PostgreSQL
pg = _adder("postgres")

# --- COPY to a server file, dressed up as COPY ... TO STDOUT
pg("copy-to-file", "COPY (SELECT 1 AS x) TO '<<out>>'", "file", "file", "COPY to a server file")
pg(
    "copy-stdout-colname",
    "COPY (SELECT 'stdout' AS x) TO '<<out>>'",
    "file",
    "file",
    "STDOUT appears in a column value",
)
pg("copy-stdout-quoted-alias", "COPY (SELECT 1 AS \"STDOUT\") TO '<<out>>'", "file", "file", "STDOUT as a quoted alias")
pg(
    "copy-null-stdout",
    "COPY (SELECT NULL::text AS x) TO '<<out>>' WITH (FORMAT csv, NULL 'stdout')",
    "file",
    "file",
    "STDOUT as a NULL string option",
)
pg("copy-comment-stdout", "COPY (SELECT 1) TO /* STDOUT */ '<<out>>'", "file", "file", "STDOUT in a block comment")
pg("copy-line-comment-stdout", "COPY (SELECT 1) TO '<<out>>' -- TO STDOUT", "file", "file", "STDOUT in a line comment")
pg("copy-dollar-stdout", "COPY (SELECT $$ TO STDOUT $$) TO '<<out>>'", "file", "file", "TO STDOUT in a dollar string")
pg("copy-estring-target", "copy (select 1) to E'<<out>>'", "file", "file", "the file name as an E'' string")
pg("copy-table-binary", "COPY <<canary>> TO '<<out>>' WITH (FORMAT binary)", "file", "file", "a table to a file")
pg(
    "copy-relative-stdout",
    "COPY (SELECT 1) TO 'stdout'",
    "file",
    "file",
    "a quoted 'stdout' is a file name (PostgreSQL refuses relative paths, but it is no read)",
)
pg("copy-to-program", "COPY (SELECT 1) TO PROGRAM 'cat > <<out>>'", "file", "file", "runs a shell command")
pg(
    "copy-from-program",
    "COPY <<canary>> (v) FROM PROGRAM 'touch <<out>>; echo prog'",
    "file canary",
    "file",
    "runs a shell command and loads its output",
)
pg("copy-from-server-file", "COPY <<canary>> (v) FROM '<<marker>>'", "canary", "file", "loads a server file")
pg(
    "copy-stdout-then-file",
    "COPY (SELECT 1) TO STDOUT; COPY (SELECT 2) TO '<<out>>'",
    "file",
    "file",
    "a legitimate COPY first",
)
pg(
    "copy-cte-stdout-word",
    "COPY (WITH s AS (SELECT 'TO STDOUT' AS w) SELECT w FROM s) TO '<<out>>'",
    "file",
    "file",
    "TO STDOUT inside the query",
)

# --- server files read, by name in disguise or through a second parser
pg("read-file", "SELECT pg_read_file('<<marker>>')", "leak", "file")
pg("read-file-quoted-name", "SELECT \"pg_read_file\"('<<marker>>')", "leak", "file", "quoted function name")
pg(
    "read-file-uescape",
    r"SELECT U&" + r'"pg\005fread\005ffile"' + "('<<marker>>')",
    "leak",
    "file",
    "Unicode-escaped function name",
)
pg(
    "read-file-uescape-custom",
    r"SELECT U&" + r'"pg!005fread!005ffile"' + " UESCAPE '!' ('<<marker>>')",
    "leak",
    "file",
    "Unicode escapes with UESCAPE",
)
pg(
    "read-file-spaced-qualified",
    "SELECT pg_catalog . pg_read_file /**/ (\n'<<marker>>'\n)",
    "leak",
    "file",
    "schema-qualified, comment and newlines before the parenthesis",
)
pg("read-file-case-tabs", "sElEcT\tPG_READ_FILE\n(\t'<<marker>>')", "leak", "file", "case and tabs")
pg("read-binary-base64", "SELECT encode(pg_read_binary_file('<<marker>>'), 'base64') AS b", "leak", "file")
pg("read-file-cast-error", "SELECT pg_read_file('<<marker>>')::int", "leak", "file", "content leaks in the error")
pg("read-file-cte", "WITH f(x) AS (SELECT pg_read_file('<<marker>>')) SELECT x FROM f", "leak", "file")
pg(
    "read-file-lateral",
    "SELECT t.x FROM <<canary>> c, LATERAL (SELECT pg_read_file('<<marker>>') AS x) t LIMIT 1",
    "leak",
    "file",
)
pg(
    "read-file-order-by",
    "SELECT id FROM <<canary>> ORDER BY pg_read_file('<<marker>>')::int",
    "leak",
    "file",
    "in ORDER BY, leaking through the cast error",
)
pg("read-file-chr-path", "SELECT pg_read_file(<<marker_chr>>)", "leak", "file", "path built with chr()")
pg("read-etc-passwd", "SELECT pg_read_file('/etc/passwd')", "leak", "file")
pg("ls-dir", "SELECT * FROM pg_ls_dir('<<dir>>')", "leak", "file", "lists a server directory")
pg("lo-import", "SELECT lo_import('<<marker>>')", "lo", "file", "a server file into a large object")
pg(
    "lo-import-get-calls",
    ("SELECT lo_import('<<marker>>', <<lo_new>>)", "SELECT encode(lo_get(<<lo_new>>), 'escape')"),
    "leak lo",
    "file",
    "import in one call, read it back in the next",
)
pg(
    "ts-stat",
    "SELECT * FROM ts_stat($q$SELECT to_tsvector('simple', pg_read_file('<<marker>>'))$q$)",
    "leak",
    "file",
    "ts_stat parses its argument as SQL",
)
pg(
    "ts-rewrite",
    "SELECT ts_rewrite('a'::tsquery, $$SELECT 'a'::tsquery, plainto_tsquery('simple', pg_read_file('<<marker>>'))$$)",
    "leak",
    "file",
    "ts_rewrite runs a query given as text",
)
pg(
    "query-to-xml",
    "SELECT query_to_xml('SELECT pg_read_file(''<<marker>>'') AS x', true, false, '')",
    "leak",
    "file",
    "query_to_xml runs a query given as text",
)
pg(
    "query-to-xml-advisory",
    "SELECT query_to_xml('SELECT pg_advisory_lock(<<key>>)', true, false, '')",
    "advisory",
    "lock",
    "a lock taken inside the text",
)
pg(
    "query-to-xmlschema",
    "SELECT query_to_xml_and_xmlschema($$SELECT pg_read_file('<<marker>>') AS x$$, true, false, '')",
    "leak",
    "file",
)
pg(
    "dollar-quote-hiding",
    "SELECT $a$'$a$, pg_read_file(<<marker_chr>>) AS leak, $a$'$a$ AS b",
    "leak",
    "file",
    "a lexer without dollar quotes sees one string",
)
pg(
    "backslash-lexer",
    r"SELECT 'a\', pg_read_file(<<marker_chr>>) AS leak, '\' AS z",
    "leak",
    "file",
    "a lexer with backslash escapes sees one string",
)

# --- the server reads SQL text differently after a setting
pg("scs-off", "SET standard_conforming_strings = off", "session", "session")
pg(
    "scs-off-then-leak",
    "SET standard_conforming_strings = off; "
    r"SELECT 'a\' AS x -- ' AS y, pg_read_file('<<marker>>') AS leak --",
    "leak",
    "file",
    "the second statement is lexed with backslash escapes",
)
pg(
    "scs-off-then-leak-calls",
    ("SET standard_conforming_strings = off", r"SELECT 'a\' AS x -- ' AS y, pg_read_file('<<marker>>') AS leak --"),
    "leak session",
    "file",
    "the same over two calls",
)
pg("scs-set-config", "SELECT set_config('standard_conforming_strings', 'off', false)", "session", "session")

# --- writes through functions, catalog entries, server state
pg("lo-from-bytea", "SELECT lo_from_bytea(0, 'x')", "lo", "dwrite")
pg("lo-create", "SELECT lo_create(0)", "lo", "dwrite")
pg("lo-creat", "SELECT lo_creat(-1)", "lo", "dwrite")
pg("lo-put", r"SELECT lo_put(<<lo>>, 0, '\x41'::bytea)", "lo", "dwrite")
pg("lo-unlink", "SELECT lo_unlink(<<lo>>)", "lo", "dwrite")
pg("lo-export", "SELECT lo_export(<<lo>>, '<<out>>')", "file", "file")
pg("notify-fn", "SELECT pg_notify('<<chan>>', 'x')", "notify", "dwrite")
pg("notify-stmt", "NOTIFY <<chan>>, 'y'", "notify", "dwrite")
pg("notify-cte", "WITH n AS (SELECT pg_notify('<<chan>>', 'z') AS r) SELECT r FROM n", "notify", "dwrite")
pg("listen", "LISTEN <<chan>>", "session", "session")
pg("stat-reset", "SELECT pg_stat_reset()", "stats", "global")
pg("stat-reset-shared", "SELECT pg_stat_reset_shared('bgwriter')", "stats", "global")
pg("stat-reset-table", "SELECT pg_stat_reset_single_table_counters('<<canary>>'::regclass)", "stats", "global")
pg("stat-reset-slru", "SELECT pg_stat_reset_slru(NULL)", "stats", "global")
pg("replication-slot", "SELECT pg_create_physical_replication_slot('<<new>>')", "slot", "global")
pg(
    "replication-slot-from",
    "SELECT * FROM pg_create_physical_replication_slot('<<new>>', true, false)",
    "slot",
    "global",
)
pg("replication-origin", "SELECT pg_replication_origin_create('<<new>>')", "origin", "global")
pg("import-collations", "SELECT pg_import_system_collations('<<schema>>')", "catalog", "ddl")
pg("reload-conf", "SELECT pg_reload_conf()", "reload", "global")
pg("terminate-backend", "SELECT pg_terminate_backend(<<victim>>)", "victim", "global")
pg("advisory-lock", "SELECT pg_advisory_lock(<<key>>)", "advisory", "lock")
pg("advisory-lock-literal", "SELECT pg_advisory_lock(1)", "advisory", "lock")
pg("advisory-lock-shared-two", "SELECT pg_advisory_lock_shared(<<key>>, 7)", "advisory", "lock")
pg("advisory-try-cte", "WITH l AS (SELECT pg_try_advisory_lock(<<key>>) AS got) SELECT got FROM l", "advisory", "lock")
pg("for-update", "SELECT * FROM <<canary>> FOR UPDATE", "rowlock", "lock")
pg(
    "begin-for-update-left-open",
    "BEGIN; SELECT * FROM <<canary>> FOR UPDATE",
    "rowlock session",
    "lock",
    "the transaction stays open with the rows locked",
)
pg("for-no-key-update-nowait", "SELECT id FROM <<canary>> WHERE id = 1 FOR NO KEY UPDATE NOWAIT", "rowlock", "lock")
pg("nextval", "SELECT nextval('<<seq>>')", "seq", "dwrite")
pg("nextval-oid", "SELECT nextval(<<seq_oid>>)", "seq", "dwrite", "sequence by oid")
pg("nextval-quoted-values", "VALUES (pg_catalog.\"nextval\"('<<seq>>'))", "seq", "dwrite")
pg("nextval-uescape", r"SELECT U&" + r'"nextv\0061l"' + "('<<seq>>')", "seq", "dwrite")
pg("setval", "SELECT setval('<<seq>>', 1000)", "seq", "dwrite")

# --- DML, plain and in disguise
pg("delete", "DELETE FROM <<canary>> WHERE id = 1", "canary", "write", analyst=(409,))
pg("insert", "INSERT INTO <<canary>> (v) VALUES ('plain')", "canary", "write", analyst=(409,))
pg("update", "UPDATE <<canary>> SET v = 'changed' WHERE id = 2", "canary", "write", analyst=(409,))
pg(
    "merge",
    "MERGE INTO <<canary>> c USING (SELECT 1 AS id) s ON c.id = s.id WHEN MATCHED THEN DELETE",
    "canary",
    "write",
    analyst=(409,),
)
pg(
    "read-then-delete",
    "SELECT 1; DELETE FROM <<canary>> WHERE id = 3",
    "canary",
    "write",
    "multi-statement",
    analyst=(409,),
)
pg(
    "cte-delete",
    "WITH d AS (DELETE FROM <<canary>> RETURNING *) SELECT * FROM d",
    "canary",
    "write",
    "data-modifying CTE",
)
pg(
    "cte-insert-nested",
    "WITH a AS (SELECT 1 AS x), b AS (INSERT INTO <<canary>> (v) SELECT 'cte' FROM a "
    "RETURNING id) SELECT (SELECT count(*) FROM b)",
    "canary",
    "write",
)
pg(
    "cte-update-materialized",
    "with u as materialized (update <<canary>> set v = 'u' where id = 1 returning 1) select count(*) from u",
    "canary",
    "write",
)
pg("wfunc", "SELECT <<wfunc>>()", "canary", "fn", "a user function that inserts")
pg("wfunc-in-where", "SELECT id FROM <<canary>> WHERE <<wfunc>>() > 0", "canary", "fn")
pg("call-proc", "CALL <<wproc>>()", "canary", "fn")
pg(
    "overloaded-builtin-name",
    "SELECT lower(42)",
    "canary",
    "dwrite",
    "public.lower(integer) is a user function that writes, named like a built-in",
    analyst=(403, 409),
)
pg(
    "search-path-shadow",
    "SET search_path = <<schema>>, pg_catalog; SELECT upper('x')",
    "canary",
    "dwrite",
    "a user upper(text) earlier on the search path",
    analyst=(403, 409),
)
pg("prepare-execute", "PREPARE q AS DELETE FROM <<canary>> WHERE id = 2; EXECUTE q", "canary", "write")
pg(
    "prepare-execute-calls",
    ("PREPARE pq AS INSERT INTO <<canary>> (v) VALUES ('prep')", "EXECUTE pq"),
    "canary",
    "write",
    "the statement is prepared in one call and run in the next",
)

# --- read-only mode lifted by transaction control or settings
pg(
    "begin-rw-explain-analyze",
    "BEGIN READ/**/WRITE; EXPLAIN /**/ ANALYZE DELETE FROM <<canary>>; COMMIT",
    "canary",
    "readonly",
)
pg("begin-rw", "BEGIN READ WRITE; DELETE FROM <<canary>> WHERE id = 1; COMMIT", "canary", "readonly")
pg(
    "start-serializable-rw",
    "start transaction isolation level serializable, read write; insert into <<canary>> (v) values ('tx'); commit",
    "canary",
    "readonly",
)
pg(
    "set-transaction-rw",
    "BEGIN; SET TRANSACTION READ WRITE; DELETE FROM <<canary>> WHERE id = 3; COMMIT",
    "canary",
    "readonly",
)
pg(
    "set-transaction-read-only-off",
    "BEGIN; SET transaction_read_only = off; UPDATE <<canary>> SET v = 'x'; COMMIT",
    "canary",
    "readonly",
)
pg("session-characteristics", "SET SESSION CHARACTERISTICS AS TRANSACTION READ/**/WRITE", "session", "readonly")
pg(
    "session-characteristics-then-delete",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; DELETE FROM <<canary>> WHERE id = 4",
    "canary",
    "readonly",
)
pg(
    "session-characteristics-calls",
    ("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", "DELETE FROM <<canary>> WHERE id = 4"),
    "canary session",
    "readonly",
)
pg("default-ro-uescape", r"SET U&" + r'"default\005ftransaction\005fread\005fonly"' + " = off", "session", "readonly")
pg(
    "default-ro-off-then-insert",
    "SET default_transaction_read_only = off; INSERT INTO <<canary>> (v) VALUES ('dtro')",
    "canary",
    "readonly",
)
pg("set-config-ro", "SELECT set_config('default_transaction_read_only', 'off', false)", "session", "readonly")
pg(
    "set-config-ro-then-delete",
    "SELECT set_config('default_transaction_read_only','off',false); DELETE FROM <<canary>> WHERE id = 5",
    "canary",
    "readonly",
)
pg(
    "set-config-ro-calls",
    ("SELECT set_config('default_transaction_read_only', 'off', false)", "DELETE FROM <<canary>> WHERE id = 5"),
    "canary session",
    "readonly",
)
pg("session-replication-role", "SET session_replication_role = replica", "session", "session")

# --- limits and logging
pg("statement-timeout-0", "SET statement_timeout = 0", "session", "limit")
pg("statement-timeout-sleep", "SET statement_timeout = 0; SELECT pg_sleep(<<sleep>>)", "timeout", "limit")
pg(
    "statement-timeout-local-sleep",
    "BEGIN; SET LOCAL statement_timeout = 0; SELECT pg_sleep(<<sleep>>); COMMIT",
    "timeout",
    "limit",
)
pg(
    "set-config-timeout-where",
    "SELECT 1 FROM <<canary>> WHERE set_config('statement_timeout', '0', false) IS NOT NULL LIMIT 1",
    "session",
    "limit",
    "set_config hidden in a WHERE clause",
)
pg(
    "set-config-timeout-sleep",
    "SELECT set_config('statement_timeout', '0', false); SELECT pg_sleep(<<sleep>>)",
    "timeout",
    "limit",
)
pg("statement-timeout-calls", ("SET statement_timeout = 0", "SELECT pg_sleep(<<sleep>>)"), "timeout session", "limit")
pg("log-statement", "SET log_statement = 'all'", "session", "global", "a logging setting")
pg("log-min-duration", "SET log_min_duration_statement = 0", "session", "global")
pg("load-library", "LOAD 'auto_explain'", "session", "global", "loads a shared library into the backend")

# --- DDL, in any disguise
pg("do-execute-drop", "DO $$ BEGIN EXECUTE 'DROP TABLE <<canary>> CASCADE'; END $$", "canary catalog", "ddl")
pg(
    "do-string-body",
    "DO 'BEGIN EXECUTE ''CREATE TABLE <<schema>>.<<new>> (a int)''; END'",
    "catalog",
    "ddl",
    "the DO body as a plain string",
)
pg("do-language-first", "DO LANGUAGE plpgsql $x$BEGIN DELETE FROM <<canary>>; END$x$", "canary", "ddl")
pg("do-raise-leak", "DO $$BEGIN RAISE EXCEPTION '%', pg_read_file('<<marker>>'); END$$", "leak", "ddl")
pg("do-uescape-advisory", "DO U&'BEGIN PERFORM pg_advisory_lock(<<key>>); END'", "advisory", "ddl")
pg("ddl-function", "SELECT <<ddlfunc>>()", "catalog", "fn", "a function that runs CREATE TABLE")
pg(
    "explain-analyze-delete",
    "EXPLAIN ANALYZE DELETE FROM <<canary>>",
    "canary",
    "write",
    "EXPLAIN ANALYZE runs the statement",
)
pg("explain-analyse-insert", "explain analyse insert into <<canary>> (v) values ('ea')", "canary", "write")
pg(
    "explain-options-analyze-update",
    "EXPLAIN (ANALYZE true, FORMAT json) UPDATE <<canary>> SET v = 'e'",
    "canary",
    "write",
)
pg(
    "explain-options-analyze-1",
    "EXPLAIN (FORMAT TEXT, ANALYZE 1, BUFFERS) DELETE FROM <<canary>> WHERE id = 1",
    "canary",
    "write",
)
pg("explain-analyze-ctas", "EXPLAIN ANALYZE CREATE TABLE <<schema>>.<<new>> AS SELECT 1 AS a", "catalog", "ddl")
pg("explain-analyze-wfunc", "EXPLAIN ANALYZE SELECT <<wfunc>>()", "canary", "fn")
pg(
    "explain-analyze-cte-delete",
    "EXPLAIN (ANALYZE) WITH d AS (DELETE FROM <<canary>> RETURNING 1) SELECT * FROM d",
    "canary",
    "write",
)
pg("explain-analyze-execute", "PREPARE p AS DELETE FROM <<canary>>; EXPLAIN ANALYZE EXECUTE p", "canary", "write")
pg("select-into", "SELECT * INTO <<schema>>.<<new>> FROM <<canary>>", "catalog", "ddl", "SELECT INTO creates a table")
pg("select-into-temp", "SELECT 1 AS a INTO TEMP <<new>>", "catalog", "ddl")
pg("cte-select-into", "WITH x AS (SELECT 1 AS a) SELECT * INTO <<schema>>.<<new>> FROM x", "catalog", "ddl")
pg("create-table", "CREATE TABLE <<schema>>.<<new>> (a int)", "catalog", "ddl")
pg("create-temp-table", "CREATE TEMP TABLE <<new>> AS SELECT 1 AS a", "catalog", "ddl")
pg("create-function", "CREATE FUNCTION <<schema>>.<<new>>() RETURNS int LANGUAGE sql AS 'SELECT 1'", "catalog", "ddl")
pg(
    "replace-function",
    "CREATE OR REPLACE FUNCTION <<wfunc>>() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "catalog",
    "ddl",
)
pg("drop-table", "DROP TABLE <<canary>> CASCADE", "canary catalog", "ddl")
pg("truncate", "TRUNCATE <<canary>>", "canary", "ddl", analyst=(403, 409))
pg("alter-table", "ALTER TABLE <<canary>> ADD COLUMN z int", "catalog", "ddl")
pg("comment-on", "COMMENT ON TABLE <<canary>> IS 'x'", "catalog", "ddl")
pg("grant", "GRANT ALL ON <<canary>> TO PUBLIC", "catalog", "ddl")
pg("create-role", "CREATE ROLE <<new>>", "roles", "ddl")
pg("create-database", "CREATE DATABASE <<new>>", "databases", "ddl")
pg("vacuum-full", "VACUUM FULL <<canary>>", "catalog", "ddl", "rewrites the table")
pg("reindex", "REINDEX TABLE <<canary>>", "catalog", "ddl")
pg("refresh-matview", "REFRESH MATERIALIZED VIEW <<schema>>.mv", "catalog", "ddl")
pg("lock-table", "BEGIN; LOCK TABLE <<canary>> IN ACCESS EXCLUSIVE MODE; COMMIT", "rowlock", "lock")
pg("alter-system", "ALTER SYSTEM SET work_mem = '77kB'", "autoconf", "global")
pg("alter-database-set", "ALTER DATABASE <<db>> SET default_transaction_read_only = off", "dbsetting", "global")
pg("alter-role-set-timeout", "ALTER ROLE postgres IN DATABASE <<db>> SET statement_timeout = 0", "dbsetting", "limit")
pg("vacuum", "VACUUM <<canary>>", "maint", "global")
pg("analyze", "ANALYZE <<canary>>", "maint", "global")

# ------------------------------------------------------------------- PostgreSQL reads
pgr = _reader("postgres")
pgr("select", "SELECT id, v FROM <<canary>> ORDER BY id", "epsilon")
pgr(
    "join",
    "SELECT c.v, o.n FROM <<canary>> c JOIN (VALUES (1, 'one'), (2, 'two')) AS o(id, n) ON o.id = c.id ORDER BY c.id",
    "two",
)
pgr("cte", "WITH t AS (SELECT id FROM <<canary>> WHERE id <= 2) SELECT count(*) + 40 AS n FROM t", "42")
pgr(
    "recursive-cte",
    "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 10) SELECT sum(i) + 1000 FROM r",
    "1055",
)
pgr(
    "window",
    "SELECT id, row_number() OVER (ORDER BY id DESC) AS rn, sum(id) OVER () + 100 AS total FROM <<canary>>",
    "115",
)
pgr(
    "aggregate",
    "SELECT count(*), string_agg(v, '+' ORDER BY id) FROM <<canary>> HAVING count(*) > 1",
    "alpha+beta+gamma",
)
pgr(
    # not upper()/lower(): this database has user functions of those names (the attacks above),
    # and a call by a name the database also defines is refused, whatever its arguments
    "strings",
    "SELECT initcap('abc') || reverse('FED') || length('xyz') || substr('hello', 2, 3) || "
    "replace('aXb', 'X', '-') || trim('  t  ') || lpad('7', 3, '0') AS s",
    "AbcDEF3ella-bt007",
)
pgr(
    "regexp-format",
    "SELECT regexp_replace('a1b2', '[0-9]', '', 'g') || split_part('q,r,s', ',', 2) || format('%s-%s', 'x', 1) AS s",
    "abrx-1",
)
pgr(
    "dates",
    "SELECT to_char(DATE '2024-03-15' + 10, 'YYYY/MM/DD') || ' ' || extract(year FROM DATE '2024-03-15') "
    "|| ' ' || date_trunc('month', DATE '2024-03-15')::date AS d",
    "2024/03/25 2024 2024-03-01",
)
pgr(
    "json",
    "SELECT ('{\"a\": {\"b\": 4242}}'::jsonb -> 'a' ->> 'b') AS b, jsonb_build_object('k', 1)::text AS o, "
    "(SELECT json_agg(id ORDER BY id) FROM <<canary>>)::text AS ids",
    "4242",
)
pgr("explain", "EXPLAIN SELECT * FROM <<canary>> WHERE id = 1", "canary")
pgr("explain-json", "EXPLAIN (FORMAT JSON, COSTS false) SELECT count(*) FROM <<canary>>", "Aggregate")
pgr("show-read-only", "SHOW default_transaction_read_only", "on", plain="off")
pgr("current-setting", "SELECT current_setting('statement_timeout') AS t", "1s", plain="0")
pgr("copy-query-stdout", "COPY (SELECT id, v FROM <<canary>> ORDER BY id) TO STDOUT", "gamma")
pgr("copy-table-stdout-csv", "COPY <<canary>> TO STDOUT WITH (FORMAT csv, HEADER)", "delta")
pgr("table", "TABLE <<canary>>", "beta")
pgr(
    "information-schema",
    "SELECT table_name FROM information_schema.tables WHERE table_schema = '<<schema>>' ORDER BY 1",
    "canary",
)
pgr("generate-series", "SELECT sum(g) FROM generate_series(1, 100) g", "5050")
pgr(
    "arrays-case",
    "SELECT array_to_string(ARRAY[3,1,2], '-') || coalesce(NULL, 'd') || CASE WHEN 1 > 0 THEN 'yes' END AS s",
    "3-1-2dyes",
)
pgr("dangerous-words-in-strings", "SELECT 'COPY x TO ''/tmp/y''; pg_read_file(1)' AS harmless_text", "pg_read_file(1)")
pgr(
    "dangerous-alias",
    'SELECT v AS "pg_read_file", $$DELETE FROM t$$ AS s FROM <<canary>> WHERE id = 1',
    "DELETE FROM t",
)
pgr("read-then-read", "SELECT 1 AS a; SELECT 'second' AS b", "second", faces=frozenset({"cli", "viewer"}))

# =============================================================================== MariaDB
my = _adder("mysql")

# --- server files
my("load-file", "SELECT LOAD_FILE('<<marker>>')", "leak", "file")
my("load-file-hex-path", "SELECT LOAD_FILE(<<marker_hex>>)", "leak", "file", "path as a hex literal")
my("load-file-char-path", "SELECT load_file(CHAR(<<marker_char>>))", "leak", "file", "path built with CHAR()")
my("load-file-concat-path", "SELECT LOAD_FILE(CONCAT('<<dir>>', '/', 'marker.txt'))", "leak", "file")
my("load-file-comment-space", "SELECT LOAD_FILE/**/('<<marker>>')", "leak", "file")
my("load-file-backticks", "SELECT `LOAD_FILE`('<<marker>>')", "leak", "file", "quoted function name")
my(
    "load-file-subquery",
    "SELECT id FROM <<canary>> WHERE id = (SELECT LENGTH(LOAD_FILE('<<marker>>')) > 0) "
    "UNION ALL SELECT LOAD_FILE('<<marker>>')",
    "leak",
    "file",
)
my(
    "extractvalue-error-leak",
    "SELECT ExtractValue(1, CONCAT(0x7e, LOAD_FILE('<<marker>>')))",
    "leak",
    "file",
    "the content comes back in the XPATH error",
)
my("updatexml-error-leak", "SELECT UpdateXML(1, CONCAT(0x7e, LOAD_FILE('<<marker>>')), 1)", "leak", "file")
my(
    "load-file-into-var",
    ("SELECT LOAD_FILE('<<marker>>') INTO @leak", "SELECT @leak AS v"),
    "leak",
    "file",
    "kept in a user variable between calls",
)
my("set-var-load-file", "SET @x = LOAD_FILE('<<marker>>'); SELECT @x", "leak", "file")
my(
    "execute-immediate-load-file",
    "EXECUTE IMMEDIATE CONCAT('SELECT LOAD_', 'FILE(''<<marker>>'')')",
    "leak",
    "file",
    "the function name only exists after CONCAT",
)
my("load-data-infile", "LOAD DATA INFILE '<<marker>>' INTO TABLE <<canary>> (v)", "canary", "file")
my(
    "load-data-local",
    "LOAD DATA LOCAL INFILE '<<client_marker>>' INTO TABLE <<canary>> (v)",
    "canary",
    "file",
    "the client sends one of its files",
)
my(
    "load-data-local-temp-leak",
    "CREATE TEMPORARY TABLE <<tmp>> (v TEXT); LOAD DATA LOCAL INFILE '<<client_marker>>' "
    "INTO TABLE <<tmp>> (v); SELECT v FROM <<tmp>>",
    "leak",
    "file",
    "a temporary table is not read-only's business",
)
my(
    "temp-table-load-file",
    "CREATE TEMPORARY TABLE <<tmp>> AS SELECT LOAD_FILE('<<marker>>') AS v; SELECT v FROM <<tmp>>",
    "leak",
    "file",
)
my("load-xml", "LOAD XML INFILE '<<marker_xml>>' INTO TABLE <<canary>> ROWS IDENTIFIED BY '<row>'", "canary", "file")
my("into-outfile", "SELECT 1 INTO OUTFILE '<<out>>'", "file", "file")
my("into-outfile-table", "SELECT * FROM <<canary>> INTO OUTFILE '<<out>>' FIELDS TERMINATED BY ','", "file", "file")
my("into-dumpfile", "SELECT 'x' INTO DUMPFILE '<<out>>'", "file", "file")
my("into-outfile-union", "SELECT 1 UNION SELECT 2 INTO OUTFILE '<<out>>'", "file", "file")
my("into-outfile-before-from", "SELECT id INTO OUTFILE '<<out>>' FROM <<canary>>", "file", "file")
my("into-outfile-cte", "WITH c AS (SELECT 1 AS a) SELECT a FROM c INTO OUTFILE '<<out>>'", "file", "file")
my(
    "into-outfile-lines-stdout",
    "SELECT v FROM <<canary>> INTO OUTFILE '<<out>>' LINES TERMINATED BY 'STDOUT'",
    "file",
    "file",
)
my("into-outfile-newlines", "select\n1\ninto\noutfile\n'<<out>>'", "file", "file")

# --- comments and quoting the server reads differently
my(
    "exec-comment-load-file",
    "SELECT 1 /*! , LOAD_FILE('<<marker>>') */",
    "leak",
    "file",
    "executable comment: the server runs what a parser skips",
)
my("exec-comment-versioned", "SELECT 1 /*!50000 , LOAD_FILE('<<marker>>') */", "leak", "file")
my("exec-comment-mariadb", "SELECT 1 /*M!100000 , LOAD_FILE('<<marker>>') */", "leak", "file")
my("exec-comment-outfile", "SELECT * FROM <<canary>> /*! INTO OUTFILE '<<out>>' */", "file", "file")
my("exec-comment-delete", "/*!DELETE FROM <<canary>> WHERE id = 1*/", "canary", "write")
my(
    "dashdash-no-space",
    "SELECT 1 --1, LOAD_FILE(<<marker_hex>>) AS leak",
    "leak",
    "file",
    "'--1' is not a comment in MariaDB: 1 - -1",
)
my("dashdash-no-space-wfunc", "SELECT 1 FROM DUAL WHERE 1 --1 AND <<wfunc>>() > 0", "canary", "fn")
my(
    "nested-comment",
    "SELECT 1 AS a /* /* */ , LOAD_FILE(<<marker_hex>>) AS leak -- */",
    "leak",
    "file",
    "MariaDB does not nest comments",
)
my("no-backslash-escapes", "SET sql_mode = 'NO_BACKSLASH_ESCAPES'", "session", "session")
my(
    "no-backslash-escapes-leak",
    "SET sql_mode = 'NO_BACKSLASH_ESCAPES'; "
    r"SELECT 'a\' , LOAD_FILE(<<marker_hex>>) AS leak -- '",
    "leak",
    "file",
    "with backslash escapes the second statement is one string; without, it calls LOAD_FILE",
)
my(
    "no-backslash-escapes-calls",
    ("SET sql_mode = 'NO_BACKSLASH_ESCAPES'", r"SELECT 'a\' , LOAD_FILE(<<marker_hex>>) AS leak -- '"),
    "leak session",
    "file",
)
my("sql-mode-concat", "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')", "session", "session")
my(
    "set-statement-sql-mode",
    r"SET STATEMENT sql_mode = 'NO_BACKSLASH_ESCAPES' FOR SELECT 'a\' , "
    "LOAD_FILE(<<marker_hex>>) AS leak -- '",
    "leak",
    "file",
)
my("ansi-quotes", "SET @@sql_mode = 'ANSI_QUOTES'", "session", "session")
my("set-names-gbk", "SET NAMES gbk", "session", "session", "a multi-byte charset changes how the server lexes")

# --- server-wide settings and logging
my("general-log-file", "SET GLOBAL general_log_file = '<<out>>'", "globals", "global")
my(
    "general-log-on",
    "SET /**/GLOBAL general_log_file='<<out>>'; SET /**/GLOBAL general_log=1",
    "globals file",
    "global",
    after=("SELECT 1",),
)
my("general-log-at", "SET @@global.general_log = 1", "globals", "global")
my("slow-log", "SET GLOBAL slow_query_log = ON", "globals", "global")
my("log-output", "SET GLOBAL log_output = 'TABLE,FILE'", "globals", "global")
my("global-max-statement-time", "SET GLOBAL max_statement_time = 1000", "globals", "global")
my("event-scheduler", "SET GLOBAL event_scheduler = ON", "globals", "global")
my("sql-log-off", "SET sql_log_off = 1", "session", "global", "turns off the general log for the session")
my("install-plugin", "INSTALL SONAME 'metadata_lock_info'", "plugins", "global")
my("kill", "KILL <<victim>>", "victim", "global")
my("ftwrl", "FLUSH TABLES WITH READ LOCK", "tablelock", "global", "a global read lock")

# --- read-only lifted
my("start-rw-wfunc", "START TRANSACTION READ/**/WRITE; SELECT <<wfunc>>(); COMMIT", "canary", "readonly")
my("start-rw-delete", "START TRANSACTION READ WRITE; DELETE FROM <<canary>> WHERE id = 1; COMMIT", "canary", "readonly")
my("session-tx-rw", "SET SESSION TRANSACTION READ WRITE", "session", "readonly")
my(
    "session-tx-rw-then-insert",
    "SET SESSION TRANSACTION READ WRITE; INSERT INTO <<canary>> (v) VALUES ('rw')",
    "canary",
    "readonly",
)
my(
    "session-tx-rw-calls",
    ("SET SESSION TRANSACTION READ WRITE", "INSERT INTO <<canary>> (v) VALUES ('rw')"),
    "canary session",
    "readonly",
)
my(
    "tx-read-only-var",
    "SET @@SESSION.tx_read_only = 0; UPDATE <<canary>> SET v = 'x' WHERE id = 2",
    "canary",
    "readonly",
)
my("tx-read-only-old-name", "SET tx_read_only = OFF", "session", "readonly")
my("set-transaction-rw-next", "SET TRANSACTION READ WRITE; DELETE FROM <<canary>> WHERE id = 3", "canary", "readonly")
my("autocommit-off", "SET autocommit = 0", "session", "session", "every later statement opens a transaction")

# --- limits
my("max-statement-time-0", "SET max_statement_time = 0", "session", "limit")
my("max-statement-time-sleep", "SET max_statement_time=0; SELECT SLEEP(<<sleep>>)", "timeout", "limit")
my(
    "max-statement-time-at-sleep",
    "SET @@session.max_statement_time = 1000; SELECT SLEEP(<<sleep>>)",
    "timeout",
    "limit",
)
my("set-statement-for", "SET STATEMENT max_statement_time=0 FOR SELECT SLEEP(<<sleep>>)", "timeout", "limit")
my("max-statement-time-calls", ("SET max_statement_time = 0", "SELECT SLEEP(<<sleep>>)"), "timeout session", "limit")

# --- locks
my("get-lock", "SELECT GET_LOCK('<<lock>>', 0)", "getlock", "lock")
my("do-get-lock", "DO GET_LOCK('<<lock>>', 0)", "getlock", "lock")
my("get-lock-where", "SELECT id FROM <<canary>> WHERE GET_LOCK('<<lock>>', 0) = 1 LIMIT 1", "getlock", "lock")
my("get-lock-concat", "SELECT GET_LOCK(CONCAT('<<lock_a>>', '<<lock_b>>'), 0)", "getlock", "lock")
my("lock-tables", "LOCK TABLES <<canary>> READ", "tablelock", "lock")
my("handler-open", "HANDLER <<canary>> OPEN", "handler", "lock", "an open handler outlives the statement")
my("handler-open-read", "HANDLER <<canary>> OPEN AS h; HANDLER h READ FIRST", "handler", "lock")

# --- writes through functions, sequences, DML
my("do-wfunc", "DO <<wfunc>>()", "canary", "fn")
my("wfunc", "SELECT <<wfunc>>()", "canary", "fn")
my("wfunc-where", "SELECT 1 FROM DUAL WHERE <<wfunc>>() > 0", "canary", "fn")
my("call-proc", "CALL <<wproc>>()", "canary", "fn")
my("call-ddl-proc", "CALL <<ddlproc>>()", "catalog", "fn")
my("nextval", "SELECT NEXTVAL(<<seq>>)", "seq", "dwrite")
my("next-value-for", "SELECT NEXT VALUE FOR <<seq>>", "seq", "dwrite")
my("setval", "SELECT SETVAL(<<seq>>, 1000)", "seq", "dwrite")
my("delete", "DELETE FROM <<canary>> WHERE id = 1", "canary", "write", analyst=(409,))
my("insert", "INSERT INTO <<canary>> (v) VALUES ('plain')", "canary", "write", analyst=(409,))
my("update", "UPDATE <<canary>> SET v = 'changed' WHERE id = 2", "canary", "write", analyst=(409,))
my("replace", "REPLACE INTO <<canary>> (id, v) VALUES (1, 'r')", "canary", "write", analyst=(409,))
my("read-then-insert", "SELECT 1; INSERT INTO <<canary>> (v) VALUES ('m')", "canary", "write", analyst=(409,))
my(
    "analyze-delete",
    "ANALYZE DELETE FROM <<canary>> WHERE id = 1",
    "canary",
    "write",
    "MariaDB's ANALYZE runs the statement",
)
my("analyze-format-wfunc", "ANALYZE FORMAT=JSON SELECT <<wfunc>>()", "canary", "fn")
my(
    "prepare-execute",
    "PREPARE s FROM 'DELETE FROM <<canary>>'; EXECUTE s",
    "canary",
    "write",
    "SQL text parsed by the server",
    analyst=(403, 409),
)
my(
    "prepare-from-var-drop",
    "SET @q = CONCAT('DROP TABLE ', '<<canary>>'); PREPARE s FROM @q; EXECUTE s",
    "catalog canary",
    "ddl",
)
my("execute-immediate-create", "EXECUTE IMMEDIATE 'CREATE TABLE <<new>> (a int)'", "catalog", "ddl")

# --- DDL
my("create-table", "CREATE TABLE <<new>> (a INT)", "catalog", "ddl")
my("create-table-select", "CREATE TABLE <<new>> AS SELECT * FROM <<canary>>", "catalog", "ddl")
my("create-temporary-table", "CREATE TEMPORARY TABLE <<tmp>> (a INT)", "session", "ddl")
my("drop-table", "DROP TABLE <<canary>>", "catalog canary", "ddl")
my("rename-table", "RENAME TABLE <<canary>> TO <<new>>", "catalog", "ddl")
my("truncate", "TRUNCATE TABLE <<canary>>", "canary", "ddl", analyst=(403, 409))
my("alter-table", "ALTER TABLE <<canary>> COMMENT = 'x'", "catalog", "ddl")
my("create-event", "CREATE EVENT <<new>> ON SCHEDULE EVERY 1 HOUR DO DELETE FROM <<canary>>", "catalog", "ddl")
my("create-user", "CREATE USER '<<new>>'@'localhost'", "users", "ddl")
my("grant", "GRANT SELECT ON <<db>>.* TO '<<new>>'@'localhost' IDENTIFIED BY 'x'", "users", "ddl")
my("create-database", "CREATE DATABASE <<new>>", "databases", "ddl")
my("analyze-persistent", "ANALYZE TABLE <<canary>> PERSISTENT FOR ALL", "stats", "global")
my("optimize", "OPTIMIZE TABLE <<canary>>", "stats catalog", "global", "InnoDB recreates the table")

# ------------------------------------------------------------------- MariaDB reads
myr = _reader("mysql")
myr("select", "SELECT id, v FROM <<canary>> ORDER BY id", "epsilon")
myr(
    "join",
    "SELECT c.v, o.n FROM <<canary>> c JOIN (SELECT 1 AS id, 'one' AS n UNION ALL SELECT 2, 'two') o "
    "ON o.id = c.id ORDER BY c.id",
    "two",
)
myr("cte", "WITH t AS (SELECT id FROM <<canary>> WHERE id <= 2) SELECT COUNT(*) + 40 AS n FROM t", "42")
myr(
    "recursive-cte",
    "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 10) SELECT SUM(i) + 1000 FROM r",
    "1055",
)
myr(
    "window",
    "SELECT id, ROW_NUMBER() OVER (ORDER BY id DESC) AS rn, SUM(id) OVER () + 100 AS total FROM <<canary>>",
    "115",
)
myr(
    "aggregate",
    "SELECT COUNT(*), GROUP_CONCAT(v ORDER BY id SEPARATOR '+') FROM <<canary>> HAVING COUNT(*) > 1",
    "alpha+beta+gamma",
)
myr(
    "strings",
    "SELECT CONCAT(UPPER('abc'), LOWER('DEF'), LENGTH('xyz'), SUBSTRING('hello', 2, 3), "
    "REPLACE('aXb', 'X', '-'), TRIM('  t  '), LPAD('7', 3, '0')) AS s",
    "ABCdef3ella-bt007",
)
myr(
    "dates",
    "SELECT DATE_FORMAT(DATE_ADD('2024-03-15', INTERVAL 10 DAY), '%Y/%m/%d') AS d, "
    "DATEDIFF('2024-03-15', '2024-03-01') AS n",
    "2024/03/25",
)
myr("json", "SELECT JSON_VALUE('{\"a\": {\"b\": 4242}}', '$.a.b') AS b, JSON_OBJECT('k', 1) AS o", "4242")
myr("explain", "EXPLAIN SELECT * FROM <<canary>> WHERE id = 1", "canary")
myr("show-tables", "SHOW TABLES", "canary")
myr("show-variables", "SHOW VARIABLES LIKE 'max_statement_time'", "max_statement_time")
myr("show-create-table", "SHOW CREATE TABLE <<canary>>", "CREATE TABLE")
myr("describe", "DESCRIBE <<canary>>", "varchar")
myr(
    "information-schema",
    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'canary'",
    "canary",
)
myr("read-only-flag", "SELECT @@tx_read_only + 40 AS ro", "41", plain="40")
myr("union-limit", "SELECT SUM(x) FROM (SELECT 1 AS x UNION ALL SELECT 2) t", "3")
myr("case-if", "SELECT CONCAT(IF(1 > 0, 'y', 'n'), CASE WHEN 2 > 1 THEN 'es' END, COALESCE(NULL, '!')) AS s", "yes!")
myr("dangerous-words-in-strings", "SELECT 'LOAD_FILE(x) INTO OUTFILE y' AS s", "INTO OUTFILE y")
myr("dangerous-alias", "SELECT v AS `load_file` FROM <<canary>> WHERE id = 1", "alpha")
myr("comment", "SELECT 42 -- a comment\n", "42")
myr("read-then-read", "SELECT 1 AS a; SELECT 'second' AS b", "second", faces=frozenset({"cli", "viewer"}))

# =============================================================================== SQLite
sl = _adder("sqlite")
sl("attach-new-file", "ATTACH '<<out>>' AS x", "file", "file")
sl("attach-uri-rwc", "ATTACH 'file:<<out>>?mode=rwc' AS x", "file", "file", "a URI asks for read-write-create")
sl("attach-create-table", "ATTACH 'file:<<out>>?mode=rwc' AS x; CREATE TABLE x.t (a)", "file", "file")
sl(
    "attach-marker-leak",
    "ATTACH '<<marker_db>>' AS m; SELECT * FROM m.secret",
    "leak",
    "file",
    "reads another database file",
)
sl("attach-marker-calls", ("ATTACH '<<marker_db>>' AS m", "SELECT * FROM m.secret"), "leak session", "file")
sl(
    "attach-canary-rw",
    "ATTACH 'file:<<db_path>>?mode=rw' AS w; PRAGMA query_only = 0; DELETE FROM w.canary",
    "canary dbfile",
    "readonly",
    "the same file again, read-write",
)
sl("attach-memory", "ATTACH ':memory:' AS mem; CREATE TABLE mem.t AS SELECT 1 AS a", "session", "ddl")
sl("load-extension", "SELECT load_extension('<<out>>')", "file", "file")
sl("writefile", "SELECT writefile('<<out>>', 'x')", "file", "file")
sl("readfile", "SELECT readfile('<<marker>>')", "leak", "file")
sl("query-only-off", "PRAGMA query_only = 0", "session", "readonly")
sl("query-only-off-then-delete", "PRAGMA query_only=0; DELETE FROM <<canary>>", "canary dbfile", "readonly")
sl(
    "query-only-off-calls",
    ("PRAGMA query_only = 0", "DELETE FROM <<canary>> WHERE id = 1"),
    "canary session",
    "readonly",
)
sl("query-only-spelled", "pRaGmA /**/ main.query_only = 'false'", "session", "readonly")
sl("query-only-function", "SELECT * FROM pragma_query_only(0)", "session", "readonly", "a pragma as a function")
sl("writable-schema", "PRAGMA writable_schema = 1", "session", "ddl")
sl(
    "writable-schema-update",
    "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'v', 'w') WHERE name = 'canary'",
    "dbfile",
    "ddl",
)
sl("trusted-schema", "PRAGMA trusted_schema = 1", "session", "session")
sl("vacuum-into", "VACUUM INTO '<<out>>'", "file", "file")
sl("vacuum-main-into-uri", "VACUUM main INTO 'file:<<out>>'", "file", "file")
sl("vacuum", "VACUUM", "dbfile", "ddl")
sl("randomblob", "SELECT randomblob(200000000)", "memory", "resource", "a 200 MB value")
sl("randomblob-length", "SELECT length(randomblob(200000000))", "memory", "resource")
# 40M rows: a plain connection needs about 5 s on a fast machine, well past SLOW (15M once took only
# 1.9 s and the check missed it); under a face the 1 s timeout stops it, so only the plain run pays
sl(
    "recursive-cte",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 40000000) SELECT count(*) FROM c",
    "timeout",
    "resource",
    "must stop at the timeout",
)
sl(
    "recursive-cte-nested",
    "SELECT (SELECT max(x) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
    "SELECT x + 1 FROM c WHERE x < 40000000) SELECT x FROM c)) AS m",
    "timeout",
    "resource",
)
sl("journal-mode-wal", "PRAGMA journal_mode = WAL", "dbfile", "ddl", "changes the file format")
sl("user-version", "PRAGMA user_version = 42", "dbfile", "ddl")
sl("application-id", "PRAGMA main.application_id = 7", "dbfile", "ddl")
sl("soft-heap-limit", "PRAGMA soft_heap_limit = 1000000", "heap", "limit", "a process-wide limit")
sl("temp-store-directory", "PRAGMA temp_store_directory = '<<dir>>'", "heap", "global", "a process-wide setting")
sl("create-temp-table", "CREATE TEMP TABLE <<new>> AS SELECT 1 AS a", "session", "ddl")
sl(
    "create-temp-trigger",
    "CREATE TEMP TRIGGER <<new>> AFTER INSERT ON <<canary>> BEGIN SELECT 1; END",
    "session",
    "ddl",
)
sl("begin-immediate", "BEGIN IMMEDIATE", "session", "lock", "a write lock on the file")
sl("begin-exclusive", "BEGIN EXCLUSIVE", "session", "lock")
sl("insert", "INSERT INTO <<canary>> (v) VALUES ('plain')", "canary", "write", analyst=(409,))
sl("delete", "DELETE FROM <<canary>> WHERE id = 1", "canary", "write", analyst=(409,))
sl("update", "UPDATE <<canary>> SET v = 'changed' WHERE id = 2", "canary", "write", analyst=(409,))
sl("replace", "REPLACE INTO <<canary>> (id, v) VALUES (1, 'r')", "canary", "write", analyst=(409,))
sl(
    "upsert",
    "INSERT INTO <<canary>> (id, v) VALUES (1, 'u') ON CONFLICT(id) DO UPDATE SET v = excluded.v",
    "canary",
    "write",
    analyst=(409,),
)
sl(
    "cte-insert",
    "WITH x AS (SELECT 1) INSERT INTO <<canary>> (v) SELECT 'cte' FROM x",
    "canary",
    "write",
    analyst=(409,),
)
sl("read-then-delete", "SELECT 1; DELETE FROM <<canary>> WHERE id = 3", "canary", "write", analyst=(409,))
sl("drop-table", "DROP TABLE <<canary>>", "canary dbfile", "ddl")
sl("create-table", "CREATE TABLE <<new>> AS SELECT * FROM <<canary>>", "dbfile", "ddl")
sl("alter-table", "ALTER TABLE <<canary>> ADD COLUMN z", "dbfile", "ddl")
sl("analyze", "ANALYZE", "dbfile", "global", "writes sqlite_stat1")
sl("pragma-optimize", "PRAGMA optimize", "dbfile", "global")
sl("reindex", "REINDEX", "dbfile", "ddl")
sl("wal-checkpoint", "PRAGMA wal_checkpoint(TRUNCATE)", "dbfile", "global")
sl(
    "nested-comment",
    "SELECT 1 AS a /* /* */ ; DELETE FROM <<canary>>; -- */",
    "canary",
    "write",
    "SQLite does not nest comments",
)
sl(
    "backslash-string",
    r"SELECT 'a\' ; DELETE FROM <<canary>>; --'",
    "canary",
    "write",
    "SQLite strings have no backslash escapes",
)

# ------------------------------------------------------------------- SQLite reads
slr = _reader("sqlite")
slr("select", "SELECT id, v FROM <<canary>> ORDER BY id", "epsilon")
slr(
    "join",
    "SELECT c.v, o.n FROM <<canary>> c JOIN (SELECT 1 AS id, 'one' AS n UNION ALL SELECT 2, 'two') o "
    "ON o.id = c.id ORDER BY c.id",
    "two",
)
slr("cte", "WITH t AS (SELECT id FROM <<canary>> WHERE id <= 2) SELECT count(*) + 40 AS n FROM t", "42")
slr(
    "recursive-cte",
    "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 10) SELECT sum(i) + 1000 FROM r",
    "1055",
)
slr(
    "window",
    "SELECT id, row_number() OVER (ORDER BY id DESC) AS rn, sum(id) OVER () + 100 AS total FROM <<canary>>",
    "115",
)
slr("aggregate", "SELECT count(*), group_concat(v, '+') FROM (SELECT v FROM <<canary>> ORDER BY id)", "alpha+beta")
slr(
    "strings",
    "SELECT upper('abc') || lower('DEF') || length('xyz') || substr('hello', 2, 3) || "
    "replace('aXb', 'X', '-') || trim('  t  ') || printf('%03d', 7) AS s",
    "ABCdef3ella-bt007",
)
slr("dates", "SELECT strftime('%Y/%m/%d', date('2024-03-15', '+10 days')) AS d", "2024/03/25")
slr("json", "SELECT json_extract('{\"a\": {\"b\": 4242}}', '$.a.b') AS b, json_object('k', 1) AS o", "4242")
slr("json-each", "SELECT sum(value) + 100 FROM json_each('[1, 2, 3]')", "106")
slr("explain-query-plan", "EXPLAIN QUERY PLAN SELECT * FROM <<canary>> WHERE id = 1", "canary")
slr("pragma-table-info", "PRAGMA table_info(<<canary>>)", "INTEGER")
slr("pragma-function", "SELECT name FROM pragma_table_info('canary') ORDER BY cid", "v")
slr("pragma-index-list", "PRAGMA index_list(<<canary>>)", "canary_v")
slr("pragma-user-version-read", "PRAGMA user_version", "0")
slr("sqlite-master", "SELECT name FROM sqlite_master WHERE type = 'table'", "canary")
slr("math", "SELECT typeof(1.5) || abs(-3) || round(2.567, 2) AS s", "real32.57")
slr("like", "SELECT count(*) + 40 FROM <<canary>> WHERE v LIKE 'a%'", "41")
slr("dangerous-words-in-strings", "SELECT 'ATTACH x; PRAGMA query_only = 0' AS s", "query_only = 0")
slr("case-coalesce", "SELECT CASE WHEN 1 > 0 THEN 'yes' END || coalesce(NULL, '!') AS s", "yes!")
slr("read-then-read", "SELECT 1 AS a; SELECT 'second' AS b", "second", faces=frozenset({"cli", "viewer"}))

# =============================================================================== DuckDB
dk = _adder("duckdb")
dk("replacement-scan", "SELECT * FROM '<<marker_csv>>'", "leak", "file", "a file path as a table")
dk("replacement-scan-dquote", 'SELECT * FROM "<<marker_csv>>"', "leak", "file")
dk("from-first", "FROM '<<marker_csv>>'", "leak", "file")
dk("read-csv", "SELECT * FROM read_csv('<<marker_csv>>')", "leak", "file")
dk("read-csv-auto-list", "SELECT * FROM read_csv_auto(['<<marker_csv>>'])", "leak", "file")
dk("read-csv-cte", "WITH s AS (FROM read_csv('<<marker_csv>>')) SELECT * FROM s", "leak", "file")
dk("read-text", "SELECT content FROM read_text('<<marker>>')", "leak", "file")
dk("read-text-spaced-upper", "SELECT * FROM READ_TEXT ( '<<marker>>' )", "leak", "file")
dk("read-text-quoted", "SELECT content FROM \"read_text\"('<<marker>>')", "leak", "file")
dk("read-text-subquery", "SELECT (SELECT content FROM read_text('<<marker>>')) AS x", "leak", "file")
dk("read-text-chr-path", "SELECT content FROM read_text(<<marker_chr>>)", "leak", "file")
dk("read-blob", "SELECT content FROM read_blob('<<marker>>')", "leak", "file")
dk("read-text-glob-names", "SELECT filename FROM read_text('<<dir>>/*')", "leak", "file", "lists a directory")
dk("glob", "SELECT * FROM glob('<<dir>>/*')", "leak", "file")
dk("read-json", "SELECT * FROM read_json('<<marker_json>>')", "leak", "file")
dk("read-ndjson", "SELECT * FROM read_ndjson('<<marker_json>>')", "leak", "file")
dk("read-json-objects", "SELECT * FROM read_json_objects('<<marker_json>>')", "leak", "file")
dk("read-parquet", "SELECT * FROM read_parquet('<<marker_parquet>>')", "leak", "file")
dk(
    "parquet-metadata",
    "SELECT * FROM parquet_metadata('<<marker_parquet>>')",
    "leak",
    "file",
    "column statistics hold the values",
)
dk("parquet-schema", "SELECT name FROM parquet_schema('<<marker_parquet>>')", "leak", "file")
dk("describe-file", "DESCRIBE SELECT * FROM '<<marker_csv>>'", "leak", "file", "the header is the secret")
dk("summarize-file", "SUMMARIZE SELECT * FROM '<<marker_csv>>'", "leak", "file")
dk(
    "backslash-lexer",
    r"SELECT 'a\' AS x, content FROM read_text(<<marker_chr>>) -- '",
    "leak",
    "file",
    "a lexer with backslash escapes sees one string",
)
dk("set-variable-file", "SET VARIABLE x = (FROM '<<marker_csv>>'); SELECT getvariable('x')", "leak", "file")
dk(
    "set-variable-calls",
    ("SET VARIABLE leak = (SELECT content FROM read_text('<<marker>>'))", "SELECT getvariable('leak') AS v"),
    "leak session",
    "file",
)
dk(
    "query-function",
    "SELECT * FROM query('SELECT content FROM read_text(''<<marker>>'')')",
    "leak",
    "file",
    "query() runs SQL text",
)
dk("query-table-function", "SELECT * FROM query_table('<<marker_csv>>')", "leak", "file")
dk("copy-to", "COPY <<canary>> TO '<<out>>'", "file", "file")
dk("copy-select-to", "COPY (SELECT 1 AS x) TO '<<out>>' (FORMAT csv)", "file", "file")
dk("copy-stdout-name", "COPY (SELECT 'stdout' AS x) TO '<<out>>'", "file", "file")
dk("copy-comment-stdout", "COPY (SELECT 1) TO /* STDOUT */ '<<out>>'", "file", "file")
dk("copy-parquet", "COPY (FROM <<canary>>) TO '<<out>>' (FORMAT parquet)", "file", "file")
dk("explain-analyze-copy", "EXPLAIN ANALYZE COPY (SELECT 1) TO '<<out>>'", "file", "file")
dk("export-database", "EXPORT DATABASE '<<outdir>>'", "file", "file")
dk("attach-new", "ATTACH '<<out>>' AS x", "file session", "file")
dk("attach-read-write", "ATTACH '<<out>>' AS x (READ_WRITE); CREATE TABLE x.t AS SELECT 1 AS a", "file", "file")
dk(
    "attach-read-only-leak",
    "ATTACH '<<marker_ddb>>' AS m (READ_ONLY); SELECT * FROM m.secret",
    "leak",
    "file",
    "ATTACH ... READ_ONLY still reads a file",
)
dk(
    "attach-read-only-calls",
    ("ATTACH '<<marker_ddb>>' AS m (READ_ONLY)", "SELECT * FROM m.secret"),
    "leak session",
    "file",
)
dk("install", "INSTALL httpfs", "extdir", "file")
dk("load-library", "LOAD '<<out>>'", "session", "file")
dk("create-secret", "CREATE SECRET <<new>> (TYPE s3, KEY_ID 'k', SECRET 's')", "secrets", "global")
dk(
    "persistent-secret-dir",
    "SET secret_directory = '<<outdir>>'; CREATE PERSISTENT SECRET <<new>> (TYPE s3, KEY_ID 'k', SECRET 's')",
    "file secrets",
    "file",
)
dk("log-query-path", "SET log_query_path = '<<out>>'", "session file", "global", after=("SELECT 42",))
dk(
    "profiling-output",
    "PRAGMA enable_profiling = 'json'; PRAGMA profiling_output = '<<out>>'; SELECT 42",
    "file",
    "global",
)
dk(
    "profiling-output-calls",
    ("SET profiling_output = '<<out>>'", "PRAGMA enable_profiling = 'json'"),
    "session file",
    "global",
    after=("SELECT 42",),
)
dk("memory-limit", "SET memory_limit = '1TB'", "globals session", "global")
dk("threads", "SET threads = 64", "globals session", "global")
dk("set-global", "SET GLOBAL preserve_insertion_order = false", "globals session", "global")
dk("allowed-directories", "SET allowed_directories = ['/']", "globals session", "global")
dk("checkpoint", "CHECKPOINT", "dbfile", "global")
dk("range-timeout", "SELECT sum(hash(i)) FROM range(500000000) t(i)", "timeout", "resource", "must stop at the timeout")
dk(
    "recursive-timeout",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT count(*) FROM c",
    "timeout",
    "resource",
)
dk("nextval", "SELECT nextval('<<seq>>')", "seq", "dwrite")
dk("create-table", "CREATE TABLE <<new>> AS SELECT 1 AS a", "catalog", "ddl")
dk("create-temp-table", "CREATE TEMP TABLE <<new>> AS SELECT 1 AS a", "session", "ddl")
dk("create-temp-macro", "CREATE TEMP MACRO <<new>>(x) AS x + 1", "session", "ddl")
dk("drop-table", "DROP TABLE <<canary>>", "canary catalog", "ddl")
dk("alter-table", "ALTER TABLE <<canary>> ADD COLUMN z INTEGER", "catalog", "ddl")
dk("insert", "INSERT INTO <<canary>> VALUES (9, 'plain')", "canary", "write", analyst=(409,))
dk("delete", "DELETE FROM <<canary>> WHERE id = 1", "canary", "write", analyst=(409,))
dk("update", "UPDATE <<canary>> SET v = 'changed' WHERE id = 2", "canary", "write", analyst=(409,))
dk("read-then-delete", "SELECT 1; DELETE FROM <<canary>> WHERE id = 3", "canary", "write", analyst=(409,))

# ------------------------------------------------------------------- DuckDB reads
dkr = _reader("duckdb")
dkr("select", "SELECT id, v FROM <<canary>> ORDER BY id", "epsilon")
dkr(
    "join",
    "SELECT c.v, o.n FROM <<canary>> c JOIN (VALUES (1, 'one'), (2, 'two')) AS o(id, n) ON o.id = c.id ORDER BY c.id",
    "two",
)
dkr("cte", "WITH t AS (SELECT id FROM <<canary>> WHERE id <= 2) SELECT count(*) + 40 AS n FROM t", "42")
dkr(
    "recursive-cte",
    "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 10) SELECT sum(i) + 1000 FROM r",
    "1055",
)
dkr(
    "window",
    "SELECT id, row_number() OVER (ORDER BY id DESC) AS rn, sum(id) OVER () + 100 AS total FROM <<canary>>",
    "115",
)
dkr("aggregate", "SELECT count(*), string_agg(v, '+' ORDER BY id) FROM <<canary>>", "alpha+beta+gamma")
dkr(
    "strings",
    "SELECT upper('abc') || lower('DEF') || length('xyz') || substr('hello', 2, 3) || "
    "replace('aXb', 'X', '-') || trim('  t  ') || lpad('7', 3, '0') AS s",
    "ABCdef3ella-bt007",
)
dkr("dates", "SELECT strftime(DATE '2024-03-15' + INTERVAL 10 DAY, '%Y/%m/%d') AS d", "2024/03/25")
dkr("json", "SELECT json_extract_string('{\"a\": {\"b\": 4242}}', '$.a.b') AS b", "4242")
dkr("lists", "SELECT list_sum([1, 2, 3]) + 100 AS s", "106")
dkr("explain", "EXPLAIN SELECT * FROM <<canary>> WHERE id = 1", "canary")
dkr("describe", "DESCRIBE <<canary>>", "VARCHAR")
dkr("show-tables", "SHOW TABLES", "canary")
dkr("pragma-table-info", "PRAGMA table_info('canary')", "VARCHAR")
dkr("duckdb-tables", "SELECT table_name FROM duckdb_tables() WHERE table_name = 'canary'", "canary")
dkr("current-setting", "SELECT length(current_setting('threads')::VARCHAR) + 40 AS t", "41")
dkr("range", "SELECT sum(range) FROM range(101)", "5050")
dkr("from-first", "FROM <<canary>> SELECT v WHERE id = 1", "alpha")
dkr("summarize-table", "SUMMARIZE <<canary>>", "gamma")
dkr("dangerous-words-in-strings", "SELECT 'COPY t TO ''x''; read_csv(y)' AS s", "read_csv(y)")
dkr("read-then-read", "SELECT 1 AS a; SELECT 'second' AS b", "second", faces=frozenset({"cli", "viewer"}))

#: for each check, an attack that proves, run without aishell on a plain read-write
#: connection, that the check sees its side effect (``test_checks_detect_their_effect``)
CALIBRATION: dict[str, dict[str, str]] = {
    "postgres": {
        "canary": "po-delete",
        "catalog": "po-create-table",
        "file": "po-copy-to-file",
        "leak": "po-read-file",
        "lo": "po-lo-from-bytea",
        "notify": "po-notify-fn",
        "stats": "po-stat-reset",
        "slot": "po-replication-slot",
        "origin": "po-replication-origin",
        "reload": "po-reload-conf",
        "victim": "po-terminate-backend",
        "advisory": "po-advisory-lock",
        "rowlock": "po-begin-for-update-left-open",
        "seq": "po-nextval",
        "session": "po-session-replication-role",
        "timeout": "po-statement-timeout-sleep",
        "roles": "po-create-role",
        "databases": "po-create-database",
        "autoconf": "po-alter-system",
        "dbsetting": "po-alter-database-set",
        "maint": "po-analyze",
    },
    "mysql": {
        "canary": "my-delete",
        "catalog": "my-create-table",
        "file": "my-into-outfile",
        "leak": "my-load-file",
        "globals": "my-general-log-at",
        "getlock": "my-get-lock",
        "tablelock": "my-lock-tables",
        "handler": "my-handler-open",
        "seq": "my-nextval",
        "session": "my-no-backslash-escapes",
        "timeout": "my-set-statement-for",
        "users": "my-create-user",
        "databases": "my-create-database",
        "stats": "my-analyze-persistent",
        "plugins": "my-install-plugin",
        "victim": "my-kill",
    },
    "sqlite": {
        "canary": "sq-delete",
        "dbfile": "sq-user-version",
        "file": "sq-vacuum-into",
        "leak": "sq-attach-marker-calls",
        "session": "sq-writable-schema",
        "heap": "sq-soft-heap-limit",
        "timeout": "sq-recursive-cte",
        "memory": "sq-randomblob-length",
    },
    "duckdb": {
        "canary": "du-delete",
        "catalog": "du-create-table",
        "file": "du-copy-to",
        "leak": "du-read-text",
        "session": "du-create-temp-macro",
        "globals": "du-set-global",
        "timeout": "du-range-timeout",
        "seq": "du-nextval",
    },
}
