"""``--on-error skip`` into DuckDB: find the rows the table would refuse before inserting.

DuckDB has no savepoints and any failed statement aborts the whole
transaction, so the loader cannot bisect a refused batch there.  Instead the
converted batches are gathered (up to :data:`STAGE_ROWS` rows) and go by Arrow
into a TEMP staging table with the target's column names and types but no
constraints (columns the file lacks get the table's defaults there), and the
target's real constraints, read from ``duckdb_constraints()`` and
``duckdb_indexes()``, are checked with set-based SQL:

* NOT NULL (a column the file lacks and that has no default);
* CHECK expressions, evaluated on the staged rows;
* FOREIGN KEY: the parent row must already be in the parent table (DuckDB
  does not look at the rows of the same INSERT, in a self-reference either);
* PRIMARY KEY / UNIQUE / unique index on columns, against rows already in the
  table, rows accepted from earlier stages of the file, and duplicates within
  the stage (the first accepted occurrence wins).

One probe query counts what each check would refuse, so a clean stage costs a
scan; only the checks that find something run their ``UPDATE``.

The refused rows go to the rejects file with their line and a precise reason;
the rest go in with one ``INSERT INTO target SELECT ... FROM stage``.  Should
DuckDB still refuse that INSERT (a refusal not predicted here) the import
stops with the loader's error (``fail``: :class:`~aishell.services.data.loader.DataError`);
the caller rolls back, so the table is left unchanged.

This is DuckDB's :attr:`~aishell.engines.base.BulkPath.LOAD_STAGE`
(:meth:`DuckDBConnection.load_stage <aishell.engines.duckdb.connection.DuckDBConnection.load_stage>`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aishell.engines.base import Connection, Fail, Reject
from aishell.errors import ConnectionLostError, QueryCancelledError, QueryError

#: rows gathered before one round of checks (each round reads the target and parent tables once)
STAGE_ROWS = 100_000

_I, _LINE, _REASON, _COLUMN = "__aishell_i", "__aishell_line", "__aishell_reason", "__aishell_column"


def q(name: str) -> str:
    """A DuckDB identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(text: str) -> str:
    """A DuckDB string literal."""
    return "'" + text.replace("'", "''") + "'"


@dataclass
class _Unique:
    kind: str  # "PRIMARY KEY", "UNIQUE" or "UNIQUE INDEX name"
    columns: list[str]
    seen: str = ""  # temp table of (line, key) accepted from earlier batches

    @property
    def label(self) -> str:
        if self.kind == "PRIMARY KEY":
            return "primary key"
        if self.kind.startswith("UNIQUE INDEX "):
            return "key of unique index " + self.kind[len("UNIQUE INDEX ") :]
        return "unique key"


@dataclass
class _Foreign:
    columns: list[str]
    parent: str  # quoted
    parent_columns: list[str]
    parent_label: str


@dataclass
class _Constraints:
    not_null: list[str] = field(default_factory=list)
    checks: list[tuple[str, list[str]]] = field(default_factory=list)  # (expression, columns)
    unique: list[_Unique] = field(default_factory=list)
    foreign: list[_Foreign] = field(default_factory=list)


class DuckDBStage:
    """Stages, checks and inserts the batches of one skip-mode load into one DuckDB table."""

    def __init__(self, conn: Connection, table: str, columns: Sequence[str], source: str, reject: Reject,
                 fail: Fail) -> None:  # fmt: skip
        self.conn = conn
        self.fail = fail
        self.table = table
        self.columns = list(columns)
        self.source = source
        self.reject = reject
        tag = uuid.uuid4().hex[:10]
        self.stage = f"__aishell_stage_{tag}"
        self._rej = f"__aishell_rej_{tag}"
        self._tag = tag
        self._ready = False
        self._temps: list[str] = []
        self._target = ""
        self._insert_columns: list[str] = []
        self._defaults: dict[str, str] = {}
        self._rules = _Constraints()
        self._rows: list[tuple[Any, ...]] = []
        self._lines: list[int] = []

    # ------------------------------------------------------------------ set-up
    def _setup(self) -> None:
        db, schema, name = self._resolve()
        self._target = ".".join(q(p) for p in (db, schema, name))
        cols = self.conn.query_all(
            "SELECT column_name, column_default, is_nullable FROM duckdb_columns() "
            "WHERE database_name = ? AND schema_name = ? AND table_name = ? ORDER BY column_index",
            [db, schema, name],
        )
        generated = _generated_columns(self.conn, db, schema, name)
        in_file = {c.lower() for c in self.columns}
        stored = [str(c[0]) for c in cols if str(c[0]) not in generated]
        for cname, default, _nullable in cols:
            cname = str(cname)
            if cname.lower() not in in_file and cname in stored and default is not None:
                self._defaults[cname] = str(default)
        # the file's columns and those the table fills with a default (computed once, in the stage)
        self._insert_columns = [c for c in stored if c.lower() in in_file or c in self._defaults]
        by_lower = {c.lower(): c for c in stored}
        staged = set(self._insert_columns)
        rules = self._rules
        for ctype, expression, names, ref_table, ref_cols in self.conn.query_all(
            "SELECT constraint_type, expression, constraint_column_names, referenced_table, "
            "referenced_column_names FROM duckdb_constraints() "
            "WHERE database_name = ? AND schema_name = ? AND table_name = ? ORDER BY constraint_index",
            [db, schema, name],
        ):
            cnames = list(dict.fromkeys(by_lower.get(str(n).lower(), str(n)) for n in (names or [])))
            if ctype == "NOT NULL":
                rules.not_null.extend(c for c in cnames if c in stored)
            elif ctype == "CHECK" and expression and all(c in staged for c in cnames):
                rules.checks.append((str(expression), cnames))
            elif ctype in ("PRIMARY KEY", "UNIQUE") and cnames and all(c in staged for c in cnames):
                rules.unique.append(_Unique(str(ctype), cnames))
            elif ctype == "FOREIGN KEY" and ref_table and cnames and all(c in staged for c in cnames):
                parent = ".".join(q(p) for p in (db, schema, str(ref_table)))
                # DuckDB looks for the parent row before the INSERT: in a self-reference too
                rules.foreign.append(_Foreign(cnames, parent, [str(c) for c in ref_cols or []], str(ref_table)))
        for index, cnames in _unique_indexes(self.conn, db, schema, name):
            cnames = [by_lower.get(c.lower(), c) for c in cnames]
            if all(c in staged for c in cnames) and not any(u.columns == cnames for u in rules.unique):
                rules.unique.append(_Unique(f"UNIQUE INDEX {index}", cnames))
        # the stage: bookkeeping columns, then the table's stored columns with their types, no constraints
        self._run(
            f"CREATE TEMP TABLE {q(self.stage)} AS SELECT CAST(NULL AS BIGINT) AS {q(_I)}, "
            f"CAST(NULL AS BIGINT) AS {q(_LINE)}, CAST(NULL AS VARCHAR) AS {q(_REASON)}, "
            f"CAST(NULL AS VARCHAR) AS {q(_COLUMN)}, "
            + ", ".join(q(c) for c in self._insert_columns)
            + f" FROM {self._target} LIMIT 0"
        )
        self._temps.append(self.stage)
        for cname, default in self._defaults.items():
            self._run(f"ALTER TABLE {q(self.stage)} ALTER COLUMN {q(cname)} SET DEFAULT {default}")
        self._run(f"CREATE TEMP TABLE {q(self._rej)} ({q(_I)} BIGINT, {q(_COLUMN)} VARCHAR, {q(_REASON)} VARCHAR)")
        self._temps.append(self._rej)
        for n, rule in enumerate(rules.unique):
            rule.seen = f"__aishell_seen_{self._tag}_{n}"
            keys = ", ".join(q(c) for c in rule.columns)
            self._run(f"CREATE TEMP TABLE {q(rule.seen)} AS SELECT {q(_LINE)}, {keys} FROM {q(self.stage)} LIMIT 0")
            self._temps.append(rule.seen)
        self._ready = True

    def _resolve(self) -> tuple[str, str, str]:
        parts = self.table.split(".")
        name = parts[-1]
        schema = parts[-2] if len(parts) > 1 else None
        where = "schema_name = current_schema()"
        params: list[Any] = [name]
        if schema is not None:
            where = "(lower(schema_name) = lower(?) OR lower(database_name) = lower(?) AND schema_name = 'main')"
            params += [schema, schema]
        found = self.conn.query_all(
            "SELECT database_name, schema_name, table_name FROM duckdb_tables() "
            f"WHERE NOT temporary AND lower(table_name) = lower(?) AND {where} "
            "ORDER BY database_name = current_database() DESC",
            params,
        )
        if not found:
            raise QueryError(f"no such table: {self.table}", engine="DuckDB")
        db, sch, tbl = found[0]
        return str(db), str(sch), str(tbl)

    # ------------------------------------------------------------------ batches
    def load(self, rows: list[tuple[Any, ...]], lines: list[int]) -> int:
        """Take a converted batch; returns the rows inserted so far by this call.

        Batches are gathered up to :data:`STAGE_ROWS` rows: each check reads the whole target
        (and parent) table, so fewer, larger stages keep a long import from slowing down.
        """
        self._rows.extend(rows)
        self._lines.extend(lines)
        return self._flush() if len(self._rows) >= STAGE_ROWS else 0

    def finish(self) -> int:
        """Check and insert what is still gathered, drop the temporary tables; returns the rows inserted."""
        inserted = self._flush()
        try:
            for name in reversed(self._temps):
                self._run(f"DROP TABLE IF EXISTS temp.main.{q(name)}")
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError as exc:
            raise self.fail(f"{self.source}: {exc.message}; nothing was imported (the table is unchanged)",
                            exc.engine) from None  # fmt: skip
        self._temps.clear()
        self._ready = False
        return inserted

    def _flush(self) -> int:
        rows, lines = self._rows, self._lines
        self._rows, self._lines = [], []
        if not rows:
            return 0
        try:
            if not self._ready:
                self._setup()
            return self._load(rows, lines)
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError as exc:
            raise self.fail(
                f"{self.source}: the rows from line {lines[0]} on were refused: {exc.message}; "
                "nothing was imported (the table is unchanged)",
                exc.engine,
            ) from None

    def _load(self, rows: list[tuple[Any, ...]], lines: list[int]) -> int:
        stage = q(self.stage)
        staged = [(i, line, *row) for i, (row, line) in enumerate(zip(rows, lines, strict=True))]
        self.conn.insert_arrow(self.stage, [_I, _LINE, *self.columns], staged)
        self._check_duplicates_in_batch(self._check_rows())
        cols = ", ".join(q(c) for c in self._insert_columns)
        cur = self.conn.execute(
            f"INSERT INTO {self._target} ({cols}) SELECT {cols} FROM {stage} "
            f"WHERE {q(_REASON)} IS NULL ORDER BY {q(_I)}"
        )
        inserted = max(cur.rowcount, 0)
        cur.close()
        for rule in self._rules.unique:
            keys = ", ".join(q(c) for c in rule.columns)
            self._run(
                f"INSERT INTO {q(rule.seen)} SELECT {q(_LINE)}, {keys} FROM {stage} "
                f"WHERE {q(_REASON)} IS NULL AND {_all_not_null(rule.columns)}"
            )
        refused = self.conn.query_all(
            f"SELECT {q(_I)}, {q(_COLUMN)}, {q(_REASON)} FROM {stage} WHERE {q(_REASON)} IS NOT NULL ORDER BY {q(_I)}"
        )
        for i, column, reason in refused:
            self.reject(lines[int(i)], None if column is None else str(column), str(reason), rows[int(i)])
        self._run(f"DELETE FROM {stage}")
        if inserted + len(refused) != len(rows):
            raise QueryError(f"staged {len(rows)} rows but inserted {inserted} and rejected {len(refused)}")
        return inserted

    def _refuse(self, column: str | None, reason_sql: str, where: str, extra_from: str = "") -> None:
        """Mark the rows matching ``where`` (not refused yet) with a reason (an SQL text expression)."""
        column_sql = "NULL" if column is None else lit(column)
        self._run(
            f"UPDATE {q(self.stage)} SET {q(_REASON)} = {reason_sql}, {q(_COLUMN)} = {column_sql}{extra_from} "
            f"WHERE {q(self.stage)}.{q(_REASON)} IS NULL AND ({where})"
        )

    def _check_rows(self) -> list[bool]:
        """The checks each row passes or fails on its own: NOT NULL, CHECK, FOREIGN KEY, existing keys.

        One probe query counts the rows each check would refuse (and the duplicate keys within the
        batch); only the checks that find something run their UPDATE, so a clean batch costs one
        scan.  Returns, per unique key, whether the batch holds duplicates of it.
        """
        stage, rules = q(self.stage), self._rules
        in_file = {c.lower() for c in self.columns}
        # (probe condition, [(column, reason SQL, condition, extra FROM)]) in the order they apply
        steps: list[tuple[str, list[tuple[str | None, str, str, str]]]] = []
        for col in rules.not_null:
            if col.lower() in in_file:
                why = f"NOT NULL constraint failed: {col} is NULL"
            elif col in self._defaults:
                why = f"NOT NULL constraint failed: {col} is not in the file and its default is NULL"
            else:
                why = f"NOT NULL constraint failed: {col} is not in the file and has no default"
            where = f"{stage}.{q(col)} IS NULL" if col in self._insert_columns else "true"
            steps.append((where, [(col, lit(why), where, "")]))
        for expression, cols in rules.checks:
            shown = " || ', ' || ".join(f"{lit(c + '=')} || coalesce(CAST({q(c)} AS VARCHAR), 'NULL')" for c in cols)
            reason = lit(f"CHECK constraint failed: {expression}") + (f" || ' with ' || {shown}" if shown else "")
            where = f"NOT coalesce(CAST(({expression}) AS BOOLEAN), true)"
            steps.append((where, [(", ".join(cols) or None, reason, where, "")]))
        for fk in rules.foreign:
            match = " AND ".join(f"p.{q(pc)} = {stage}.{q(c)}" for c, pc in zip(fk.columns, fk.parent_columns,
                                                                                strict=True))  # fmt: skip
            where = f"{_all_not_null(fk.columns, stage)} AND NOT EXISTS (SELECT 1 FROM {fk.parent} p WHERE {match})"
            reason = (
                lit(f"FOREIGN KEY constraint failed: ({', '.join(fk.columns)})=(")
                + f" || {_key_text(fk.columns, stage)} || "
                + lit(f") is not in {fk.parent_label} ({', '.join(fk.parent_columns)})")
            )
            steps.append((where, [(", ".join(fk.columns), reason, where, "")]))
        for rule in rules.unique:
            label = lit(f"duplicate {rule.label} ({', '.join(rule.columns)})=(")
            named = ", ".join(rule.columns)
            match = " AND ".join(f"t.{q(c)} = {stage}.{q(c)}" for c in rule.columns)
            in_table = f"{_all_not_null(rule.columns, stage)} AND EXISTS (SELECT 1 FROM {self._target} t WHERE {match})"
            # accepted from an earlier batch of this file (those rows are in the table now too) ...
            earlier = " AND ".join(f"x.{q(c)} = {stage}.{q(c)}" for c in rule.columns)
            from_file = (
                f"{label} || {_key_text(rule.columns, stage)} || "
                f"'): same as line ' || CAST(x.{q(_LINE)} AS VARCHAR) || ' of the file'"
            )
            # ... or there before the import
            before = f"{label} || {_key_text(rule.columns, stage)} || '): already in the table'"
            steps.append((in_table, [(named, from_file, earlier, f" FROM {q(rule.seen)} x"),
                                     (named, before, in_table, "")]))  # fmt: skip
        probes = [f"count(*) FILTER (WHERE {where})" for where, _ in steps]
        for rule in rules.unique:
            keys = ", ".join(f"{stage}.{q(c)}" for c in rule.columns)
            key = keys if len(rule.columns) == 1 else f"row({keys})"
            some = _all_not_null(rule.columns, stage)
            probes.append(f"count(*) FILTER (WHERE {some}) - count(DISTINCT {key}) FILTER (WHERE {some})")
        if not probes:
            return []
        counts = self.conn.query_all(f"SELECT {', '.join(probes)} FROM {stage}")[0]
        for (_, actions), count in zip(steps, counts, strict=False):
            if count:
                for column, reason, where, extra_from in actions:
                    self._refuse(column, reason, where, extra_from)
        return [bool(n) for n in counts[len(steps) :]]

    def _check_duplicates_in_batch(self, duplicated: list[bool]) -> None:
        """Duplicate keys within the batch: the first occurrence still standing wins (every unique key at once)."""
        rules = self._rules.unique
        if not any(duplicated):
            return
        stage = q(self.stage)
        groups: list[dict[int, tuple[tuple[Any, ...], str]]] = []
        lines: dict[int, int] = {}
        for rule in rules:
            keys = ", ".join(q(c) for c in rule.columns)
            found = self.conn.query_all(
                f"SELECT {q(_I)}, {q(_LINE)}, {_key_text(rule.columns, stage)}, {keys} FROM {stage} "
                f"WHERE {q(_REASON)} IS NULL AND {_all_not_null(rule.columns)} "
                f"QUALIFY count(*) OVER (PARTITION BY {keys}) > 1"
            )
            members: dict[int, tuple[tuple[Any, ...], str]] = {}
            for row in found:
                members[int(row[0])] = (tuple(row[3:]), str(row[2]))
                lines[int(row[0])] = int(row[1])
            groups.append(members)
        if not lines:
            return
        taken: list[dict[tuple[Any, ...], int]] = [{} for _ in rules]
        refused: list[tuple[int, str, str]] = []
        for i in sorted(lines):
            clash = None
            for n, members in enumerate(groups):
                entry = members.get(i)
                if entry is not None and entry[0] in taken[n]:
                    clash = n, entry[1], taken[n][entry[0]]
                    break
            if clash is None:
                for n, members in enumerate(groups):
                    entry = members.get(i)
                    if entry is not None:
                        taken[n][entry[0]] = lines[i]
                continue
            n, text, first = clash
            rule = rules[n]
            cols = ", ".join(rule.columns)
            refused.append((i, cols, f"duplicate {rule.label} ({cols})=({text}): same as line {first} of the file"))
        if not refused:
            return
        self.conn.insert_arrow(self._rej, [_I, _COLUMN, _REASON], refused)
        self._run(
            f"UPDATE {stage} SET {q(_REASON)} = r.{q(_REASON)}, {q(_COLUMN)} = r.{q(_COLUMN)} FROM {q(self._rej)} r "
            f"WHERE {stage}.{q(_I)} = r.{q(_I)}"
        )
        self._run(f"DELETE FROM {q(self._rej)}")

    def _run(self, sql: str) -> None:
        self.conn.execute(sql).close()


def _key_text(columns: Sequence[str], table: str) -> str:
    """SQL: the key's values as text, comma separated."""
    return " || ', ' || ".join(f"coalesce(CAST({table}.{q(c)} AS VARCHAR), 'NULL')" for c in columns)


def _all_not_null(columns: Sequence[str], table: str | None = None) -> str:
    prefix = f"{table}." if table else ""
    return " AND ".join(f"{prefix}{q(c)} IS NOT NULL" for c in columns) or "true"


def _unique_indexes(conn: Connection, db: str, schema: str, name: str) -> list[tuple[str, list[str]]]:
    """``CREATE UNIQUE INDEX`` on plain columns (an index on expressions is not checked here)."""
    import sqlglot
    from sqlglot import exp

    out = []
    for index, sql in conn.query_all(
        "SELECT index_name, sql FROM duckdb_indexes() WHERE is_unique AND NOT is_primary "
        "AND database_name = ? AND schema_name = ? AND table_name = ?",
        [db, schema, name],
    ):
        try:
            tree = sqlglot.parse_one(str(sql or ""), read="duckdb")
        except sqlglot.errors.SqlglotError:
            continue
        params = tree.this.args.get("params") if isinstance(tree.this, exp.Index) else None
        columns = (params.args.get("columns") or []) if params is not None else []
        keys = [k.this if isinstance(k, exp.Ordered) else k for k in columns]
        if keys and all(isinstance(k, exp.Column) for k in keys):
            out.append((str(index), [k.name for k in keys]))
    return out


def _generated_columns(conn: Connection, db: str, schema: str, name: str) -> set[str]:
    """The table's generated (virtual) columns: they cannot be inserted into."""
    rows = conn.query_all(
        "SELECT sql FROM duckdb_tables() WHERE database_name = ? AND schema_name = ? AND table_name = ?",
        [db, schema, name],
    )
    text = str(rows[0][0]) if rows and rows[0][0] else ""
    if "GENERATED" not in text.upper():
        return set()
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(text, read="duckdb")
    except sqlglot.errors.SqlglotError:
        return set()
    out = set()
    for cdef in tree.find_all(exp.ColumnDef):
        for constraint in cdef.args.get("constraints") or []:
            if isinstance(constraint.args.get("kind"), (exp.GeneratedAsIdentityColumnConstraint,
                                                        exp.ComputedColumnConstraint)):  # fmt: skip
                out.add(cdef.name)
    return out
