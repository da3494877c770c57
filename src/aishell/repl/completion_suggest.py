"""What can go at the cursor: a pure function of (text, cursor, catalog, dialect).

:func:`suggest` returns small typed *suggestion kinds* (:class:`Table`,
:class:`Column`, :class:`Join` ...) that say what to offer, not the offers
themselves; :mod:`aishell.repl.completion` fills them from the catalog.

The analysis is lexical and forgiving, built for text that is being typed:
the statement under the cursor is tokenized with sqlglot (see
:mod:`aishell.repl.completion_lex`), parentheses are matched, and

* the *context* comes from the tokens before the cursor: the innermost
  open parenthesis (function call, ``INSERT INTO t (``, subquery ...), the
  last clause keyword of that query level, and the token just before the word
  being typed;
* the *scope* (tables with their aliases, CTEs, subqueries in ``FROM``) comes
  from the whole statement, text after the cursor included, so
  ``SELECT | FROM orders o`` knows about ``o``.  CTE and subquery columns are
  derived from their select lists (``*`` expanded through the catalog).
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass

from aishell.engines.base import Catalog, ForeignKey, TableInfo
from aishell.repl.completion_keywords import keyword_set, starters
from aishell.repl.completion_lex import (
    NUMBER,
    PUNCT,
    QIDENT,
    STRING,
    WORD,
    Tok,
    current_statement,
    lex,
    open_region,
)


# --------------------------------------------------------------------------- kinds
@dataclass(frozen=True)
class TableRef:
    """A table in scope: a catalog table, a CTE, a subquery or a table function."""

    name: str
    schema: str | None = None
    alias: str | None = None
    kind: str = "table"  # table | cte | subquery | function
    #: derived columns (CTEs, subqueries, column alias lists); None: ask the catalog
    columns: tuple[str, ...] | None = None

    @property
    def ref(self) -> str:
        """What qualifies its columns in the statement: the alias, else the name."""
        return self.alias or self.name


@dataclass(frozen=True)
class Keyword:
    preferred: tuple[str, ...] = ()  # likely next keywords, offered first


@dataclass(frozen=True)
class Special:
    """A backslash command of the REPL."""


@dataclass(frozen=True)
class Table:
    schema: str | None = None
    #: column names already used in the select list: tables having them rank first
    columns_hint: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    schema: str | None = None


@dataclass(frozen=True)
class CteName:
    names: tuple[str, ...]


@dataclass(frozen=True)
class Column:
    tables: tuple[TableRef, ...]
    #: insert bare names (after ``alias.``, in ``INSERT INTO t (`` and ``SET``)
    bare: bool = False
    #: offered first (``ON c.id = `` -> the other side of a foreign key)
    preferred: tuple[str, ...] = ()
    #: nothing in scope yet (``SELECT |`` before FROM): columns of every table
    any_table: bool = False


@dataclass(frozen=True)
class Alias:
    names: tuple[str, ...]


@dataclass(frozen=True)
class JoinCondition:
    tables: tuple[TableRef, ...]  # the last one is the table just joined


@dataclass(frozen=True)
class Join:
    tables: tuple[TableRef, ...]  # tables already in FROM / JOIN
    schema: str | None = None


@dataclass(frozen=True)
class Function:
    schema: str | None = None


@dataclass(frozen=True)
class Schema:
    pass


@dataclass(frozen=True)
class Database:
    pass


@dataclass(frozen=True)
class Datatype:
    pass


Suggestion = (
    Keyword
    | Special
    | Table
    | View
    | CteName
    | Column
    | Alias
    | JoinCondition
    | Join
    | Function
    | Schema
    | Database
    | Datatype
)


@dataclass(frozen=True)
class Analysis:
    suggestions: tuple[Suggestion, ...]
    word: str = ""  # the text before the cursor a completion replaces
    prefix: str = ""  # what candidates are matched against (``word`` without an opening quote)
    quoted: bool = False  # the user opened a quoted identifier
    upper: bool = True  # keyword casing seen in the statement


# --------------------------------------------------------------------------- word sets
_SET_OPS = {"UNION", "INTERSECT", "EXCEPT", "MINUS"}
_TABLE_INTROS = {"FROM", "JOIN", "STRAIGHT_JOIN", "UPDATE", "INTO", "TABLE", "TRUNCATE"}
_FROM_ENDERS = {
    "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "ON", "SET", "VALUES", "SELECT", "RETURNING", "WINDOW",
    "QUALIFY", "OFFSET", "FETCH", "USING", "UNION", "INTERSECT", "EXCEPT", "MINUS", "CONNECT BY", "START",
}  # fmt: skip
#: words that never name a table or an alias
_NOT_NAMES = {
    "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "FETCH", "JOIN", "INNER",
    "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "OUTER", "ON", "USING", "UNION", "INTERSECT", "EXCEPT",
    "MINUS", "SET", "VALUES", "RETURNING", "WINDOW", "QUALIFY", "LATERAL", "AS", "WITH", "INTO", "AND", "OR",
    "NOT", "IN", "IS", "LIKE", "ILIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "EXISTS", "DISTINCT",
    "ALL", "ANY", "SOME", "NULL", "TRUE", "FALSE", "PARTITION BY", "PARTITION", "FOR", "STRAIGHT_JOIN",
    "TABLESAMPLE", "PIVOT", "UNPIVOT", "CONNECT BY", "START", "ASOF", "POSITIONAL", "SEMI", "ANTI", "USE",
    "FORCE", "IGNORE", "SAMPLE", "DEFAULT", "ORDER", "GROUP", "DO", "OVERRIDING", "ONLY", "BY",
    "ASC", "DESC", "LOCK", "CONNECT", "PRIOR", "MATCH_RECOGNIZE", "ESCAPE", "COLLATE",
}  # fmt: skip
#: keywords after which an expression (an operand) is expected
_EXPECT_OPERAND = {
    "SELECT", "DISTINCT", "ALL", "WHERE", "AND", "OR", "NOT", "HAVING", "WHEN", "THEN", "ELSE", "CASE",
    "BETWEEN", "LIKE", "ILIKE", "IN", "GROUP BY", "ORDER BY", "PARTITION BY", "RETURNING", "BY", "SIMILAR TO",
    "REGEXP", "RLIKE", "GLOB", "QUALIFY", "DIV", "MOD", "XOR", "ANY", "SOME", "ESCAPE", "FILTER", "PRIOR",
    "CONNECT BY", "OVER", "IS", "FROM", "SORT BY", "CLUSTER BY", "DISTRIBUTE BY", "MATCH",
}  # fmt: skip
_CLAUSES = {
    "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "ON", "USING", "SET", "VALUES", "INTO",
    "UPDATE", "LIMIT", "OFFSET", "FETCH", "RETURNING", "PARTITION BY", "WINDOW", "QUALIFY", "JOIN",
    "STRAIGHT_JOIN", "UNION", "INTERSECT", "EXCEPT", "MINUS", "TABLE", "VIEW", "INDEX", "DESCRIBE",
    "TRUNCATE", "WITH", "DELETE", "INSERT", "CREATE", "DROP", "ALTER", "EXPLAIN", "SHOW", "USE", "GRANT",
    "REVOKE", "MERGE", "CONNECT BY", "START", "SUMMARIZE", "PRAGMA", "TOP",
}  # fmt: skip
_OPERATORS = {"=", "<", ">", "<=", ">=", "<>", "!=", "+", "-", "/", "%", "||", "|", "&", "^", "~", "==", "<=>"}
_OPERAND_END_WORDS = {"NULL", "TRUE", "FALSE", "END", "ASC", "DESC", "CURRENT_DATE", "CURRENT_TIME",
                      "CURRENT_TIMESTAMP", "CURRENT_USER", "LOCALTIME", "LOCALTIMESTAMP", "SESSION_USER"}  # fmt: skip

_WORD_AT_END = re.compile(r"[\w$]*\Z")


def _is(t: Tok | None, *symbols: str) -> bool:
    return t is not None and t.kind in (PUNCT, WORD) and t.up in symbols


def _is_join_word(t: Tok | None) -> bool:
    return t is not None and t.kind == WORD and (t.up in ("JOIN", "STRAIGHT_JOIN") or t.up.endswith(" JOIN"))


def _is_ident(t: Tok | None) -> bool:
    return t is not None and (t.kind == QIDENT or (t.kind == WORD and t.up not in _NOT_NAMES))


# --------------------------------------------------------------------------- structure
class _Structure:
    """Parenthesis structure, table references and derived columns of a token list."""

    def __init__(self, toks: list[Tok], catalog: Catalog | None, cursor: int | None = None) -> None:
        self.toks = toks
        self.catalog = catalog
        n = len(toks)
        self.match = [-1] * n
        stack: list[int] = []
        for i, t in enumerate(toks):
            if t.kind == PUNCT and t.up == "(":
                stack.append(i)
            elif t.kind == PUNCT and t.up == ")" and stack:
                o = stack.pop()
                self.match[o] = i
                self.match[i] = o
        # Unclosed: a subquery runs to the end; a call or list being typed
        # (``SELECT count(| FROM t``) ends at the cursor, so FROM stays outside.
        at_cursor = n if cursor is None else next((i for i, t in enumerate(toks) if t.start >= cursor), n)
        for o in stack:
            query = o + 1 < n and _is(toks[o + 1], "SELECT", "WITH")
            self.match[o] = n if query or at_cursor <= o else at_cursor

    def is_group(self, i: int) -> bool:
        return self.toks[i].kind == PUNCT and self.toks[i].up == "("

    def items(self, a: int, b: int) -> list[int]:
        """Indices of the items of one level: tokens, and groups by their ``(``."""
        out: list[int] = []
        i = a
        while i < b:
            out.append(i)
            if self.is_group(i):
                m = self.match[i]
                # a virtually closed group ends before the token at the cursor
                real = m < len(self.toks) and self.match[m] == i and _is(self.toks[m], ")")
                i = m + 1 if real else max(m, i + 1)
            else:
                i += 1
        return out

    def group_end(self, o: int) -> int:
        """Index just past the group's content (its ``)``, or the virtual end)."""
        return min(self.match[o], len(self.toks))

    # ---- scope
    def scope_at(self, pos: int) -> tuple[list[TableRef], list[TableRef], dict[str, TableRef]]:
        """(tables of the query level at ``pos``, tables of enclosing levels, visible CTEs)."""
        opens: list[int] = []
        for i, t in enumerate(self.toks):
            if t.end > pos:
                break
            if self.is_group(i):
                opens.append(i)
            elif t.kind == PUNCT and t.up == ")" and opens:
                opens.pop()
        levels: list[list[int]] = [[0, len(self.toks), pos]]
        for o in opens:
            levels[-1][2] = self.toks[o].start  # the enclosing level sees the group at its "("
            if o + 1 < len(self.toks) and _is(self.toks[o + 1], "SELECT", "WITH"):
                levels.append([o + 1, self.group_end(o), pos])
        ctes: dict[str, TableRef] = {}
        for a, b, _ in levels:
            items = self.items(a, b)
            if items and self.toks[items[0]].kind == WORD and self.toks[items[0]].up == "WITH":
                found, _k = self.parse_ctes(items, ctes, 0)
                ctes.update(found)
        per_level = [self.refs_for_level(a, b, p, ctes) for a, b, p in levels]
        outer = [r for refs in reversed(per_level[:-1]) for r in refs]
        return per_level[-1], outer, ctes

    def refs_for_level(self, a: int, b: int, pos: int, ctes: dict[str, TableRef]) -> list[TableRef]:
        items = self.items(a, b)
        k0 = 0
        if items and self.toks[items[0]].kind == WORD and self.toks[items[0]].up == "WITH":
            _found, k0 = self.parse_ctes(items, ctes, 0)
        segments: list[list[int]] = [[]]
        for i in items[k0:]:
            t = self.toks[i]
            if t.kind == WORD and t.up in _SET_OPS:
                segments.append([])
            else:
                segments[-1].append(i)
        chosen = segments[0]
        for seg in segments:
            if seg and self.toks[seg[0]].start <= pos:
                chosen = seg
        return self.table_refs(chosen, ctes, 0)

    def table_refs(self, items: list[int], ctes: dict[str, TableRef], depth: int) -> list[TableRef]:
        toks = self.toks
        refs: list[TableRef] = []
        in_from = False
        has_select = any(toks[i].kind == WORD and toks[i].up == "SELECT" for i in items)
        k = 0
        n = len(items)
        while k < n:
            t = toks[items[k]]
            intro = None
            if t.kind == WORD:
                nxt_group = k + 1 < n and self.is_group(items[k + 1])
                if t.up in _TABLE_INTROS or _is_join_word(t):
                    intro = t.up
                elif t.up == "USING" and not nxt_group:
                    intro = "USING"
                elif t.up in ("DESCRIBE", "DESC", "SUMMARIZE") and k == 0:
                    intro = "DESCRIBE"
            elif t.kind == PUNCT and t.up == "," and in_from:
                intro = ","
            if intro is not None:
                ref, k = self.parse_ref(items, k + 1, intro, ctes, depth)
                if ref is not None and not (intro == "INTO" and has_select):
                    refs.append(ref)
                if intro != ",":
                    in_from = intro not in ("INTO", "TABLE", "TRUNCATE", "DESCRIBE")
                continue
            if t.kind == WORD and t.up in _FROM_ENDERS:
                in_from = False
            k += 1
        return refs

    def parse_ref(
        self, items: list[int], k: int, intro: str, ctes: dict[str, TableRef], depth: int
    ) -> tuple[TableRef | None, int]:
        toks = self.toks
        n = len(items)
        while k < n and _is(toks[items[k]], "ONLY", "LATERAL", "TABLE", "IF", "NOT", "EXISTS"):
            k += 1
        if k >= n:
            return None, k
        t = toks[items[k]]
        if self.is_group(items[k]):
            if intro == "INTO":
                return None, k
            cols = self.derive(items[k] + 1, ctes, depth + 1)
            alias, colalias, k = self.parse_alias(items, k + 1, intro)
            return TableRef(alias or "", None, alias, "subquery", colalias if colalias is not None else cols), k
        if not _is_ident(t):
            return None, k
        parts = [t.text]
        k += 1
        while k + 1 < n and _is(toks[items[k]], ".") and toks[items[k + 1]].kind in (WORD, QIDENT):
            parts.append(toks[items[k + 1]].text)
            k += 2
        name = parts[-1]
        schema = parts[-2] if len(parts) >= 2 else None
        kind = "table"
        if k < n and self.is_group(items[k]) and intro not in ("INTO", "TABLE", "UPDATE", "TRUNCATE", "DESCRIBE"):
            kind = "function"
            k += 1
        alias, colalias, k = self.parse_alias(items, k, intro)
        if kind == "function":
            return TableRef(name, schema, alias, "function", colalias if colalias is not None else ()), k
        if schema is None and name.lower() in ctes:
            cte = ctes[name.lower()]
            return TableRef(cte.name, None, alias, "cte", colalias if colalias is not None else cte.columns), k
        return TableRef(name, schema, alias, "table", colalias), k

    def parse_alias(self, items: list[int], k: int, intro: str) -> tuple[str | None, tuple[str, ...] | None, int]:
        toks = self.toks
        n = len(items)
        alias: str | None = None
        if k < n and _is(toks[items[k]], "AS"):
            k += 1
            if k < n and (toks[items[k]].kind == QIDENT or toks[items[k]].kind == WORD):
                alias = toks[items[k]].text
                k += 1
        elif k < n and _is_ident(toks[items[k]]):
            alias = toks[items[k]].text
            k += 1
        colalias: tuple[str, ...] | None = None
        if alias is not None and intro != "INTO" and k < n and self.is_group(items[k]):
            colalias = self.names_in_group(items[k])
            k += 1
        return alias, colalias, k

    def names_in_group(self, o: int) -> tuple[str, ...]:
        return tuple(
            self.toks[i].text for i in self.items(o + 1, self.group_end(o)) if self.toks[i].kind in (WORD, QIDENT)
        )

    def parse_ctes(self, items: list[int], ctes: dict[str, TableRef], depth: int) -> tuple[dict[str, TableRef], int]:
        """CTEs of ``WITH a AS (...), b (x, y) AS (...)``; and the index after them."""
        toks = self.toks
        n = len(items)
        out: dict[str, TableRef] = {}
        k = 1
        if k < n and _is(toks[items[k]], "RECURSIVE"):
            k += 1
        while k < n:
            t = toks[items[k]]
            if t.kind not in (WORD, QIDENT) or self.is_group(items[k]):
                break
            name = t.text
            k += 1
            cols: tuple[str, ...] | None = None
            if k < n and self.is_group(items[k]):
                cols = self.names_in_group(items[k])
                k += 1
            if not (k < n and _is(toks[items[k]], "AS")):
                break
            k += 1
            while k < n and _is(toks[items[k]], "NOT", "MATERIALIZED"):
                k += 1
            if k < n and self.is_group(items[k]):
                body = cols if cols is not None else self.derive(items[k] + 1, {**ctes, **out}, depth + 1)
                out[name.lower()] = TableRef(name, None, None, "cte", body)
                k += 1
            else:
                out[name.lower()] = TableRef(name, None, None, "cte", cols or ())
                break
            if k < n and _is(toks[items[k]], ","):
                k += 1
                continue
            break
        return out, k

    def derive(self, a: int, ctes: dict[str, TableRef], depth: int) -> tuple[str, ...]:
        """Column names of the query starting at token ``a`` (inside a group)."""
        if depth > 8 or a < 1 or a > len(self.toks):
            return ()
        b = self.group_end(a - 1)
        items = self.items(a, b)
        if not items:
            return ()
        local = dict(ctes)
        k0 = 0
        if _is(self.toks[items[0]], "WITH"):
            found, k0 = self.parse_ctes(items, local, depth + 1)
            local.update(found)
        seg: list[int] = []
        for i in items[k0:]:
            if _is(self.toks[i], *_SET_OPS):
                break
            seg.append(i)
        s = next((j for j, i in enumerate(seg) if _is(self.toks[i], "SELECT")), None)
        if s is None:
            return ()
        j = s + 1
        while j < len(seg) and _is(self.toks[seg[j]], "DISTINCT", "ALL", "DISTINCTROW"):
            j += 1
            if j < len(seg) and _is(self.toks[seg[j - 1]], "DISTINCT") and _is(self.toks[seg[j]], "ON"):
                j += 2
        select_items: list[list[int]] = [[]]
        while j < len(seg):
            t = self.toks[seg[j]]
            if _is(t, "FROM", "INTO", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "WINDOW"):
                break
            if _is(t, ","):
                select_items.append([])
            else:
                select_items[-1].append(seg[j])
            j += 1
        refs = self.table_refs(seg, local, depth)
        names: list[str] = []
        for sel in select_items:
            names.extend(self._item_names(sel, refs))
        return tuple(dict.fromkeys(names))

    def _item_names(self, sel: list[int], refs: list[TableRef]) -> list[str]:
        if not sel:
            return []
        toks = self.toks
        last = toks[sel[-1]]
        if _is(last, "*") and not self.is_group(sel[-1]):
            if len(sel) >= 3 and _is(toks[sel[-2]], "."):
                q = toks[sel[-3]].text.lower()
                return [c for r in refs if r.ref.lower() == q for c in ref_columns(r, self.catalog)]
            return [c for r in refs for c in ref_columns(r, self.catalog)]
        if last.kind not in (WORD, QIDENT) or self.is_group(sel[-1]):
            return []
        if len(sel) >= 2 and _is(toks[sel[-2]], "AS"):
            return [last.text]
        if last.kind == WORD and last.up in _NOT_NAMES | _OPERAND_END_WORDS:
            return []
        if len(sel) == 1 or _is(toks[sel[-2]], "."):
            return [last.text]
        if self.operand_end(sel[-2]):
            return [last.text]  # implicit alias: ``expr name``
        return []

    def operand_end(self, i: int) -> bool:
        t = self.toks[i]
        if self.is_group(i):
            return True
        if t.kind in (QIDENT, STRING, NUMBER):
            return True
        if t.kind == WORD:
            return t.up in _OPERAND_END_WORDS or (t.up not in _EXPECT_OPERAND and t.up not in _CLAUSES)
        return False


class CatalogIndex:
    """Lookups over one catalog snapshot, built once (catalogs can hold thousands of tables)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.size = len(catalog.tables)
        self.default = (catalog.default_schema or "").lower()
        self.by_name: dict[str, list[TableInfo]] = {}
        self.by_column: dict[str, list[TableInfo]] = {}
        self.children: dict[str, list[tuple[TableInfo, ForeignKey]]] = {}
        for t in catalog.tables:
            self.by_name.setdefault(t.name.lower(), []).append(t)
            for c in t.columns:
                self.by_column.setdefault(c.name.lower(), []).append(t)
            for fk in t.foreign_keys:
                self.children.setdefault(fk.ref_table.lower(), []).append((t, fk))

    def find(self, name: str, schema: str | None = None) -> TableInfo | None:
        """Like :meth:`Catalog.find_table` (default schema first), in constant time."""
        cands = self.by_name.get(name.lower(), [])
        if schema is not None:
            cands = [t for t in cands if (t.schema or "").lower() == schema.lower()]
        if not cands:
            return None
        for t in cands:
            if (t.schema or "").lower() == self.default:
                return t
        return cands[0]

    def referencing(self, table: TableInfo) -> list[tuple[TableInfo, ForeignKey]]:
        return [
            (t, fk)
            for t, fk in self.children.get(table.name.lower(), [])
            if fk.ref_schema is None or table.schema is None or fk.ref_schema.lower() == table.schema.lower()
        ]


_INDEXES: dict[int, tuple[weakref.ref[Catalog], CatalogIndex]] = {}
_INDEX_LOCK = threading.Lock()


def catalog_index(catalog: Catalog) -> CatalogIndex:
    """The (cached) index of a catalog snapshot; snapshots are replaced, not mutated."""
    key = id(catalog)
    with _INDEX_LOCK:
        hit = _INDEXES.get(key)
        if hit is not None and hit[0]() is catalog and hit[1].size == len(catalog.tables):
            return hit[1]
    index = CatalogIndex(catalog)
    with _INDEX_LOCK:
        for k in [k for k, (ref, _i) in _INDEXES.items() if ref() is None]:
            del _INDEXES[k]
        if len(_INDEXES) >= 8:
            _INDEXES.pop(next(iter(_INDEXES)))
        _INDEXES[key] = (weakref.ref(catalog), index)
    return index


def find_table(catalog: Catalog | None, ref: TableRef) -> TableInfo | None:
    if catalog is None or ref.kind != "table":
        return None
    return catalog_index(catalog).find(ref.name, ref.schema)


def ref_columns(ref: TableRef, catalog: Catalog | None) -> tuple[str, ...]:
    """Column names of a table in scope (derived, or from the catalog)."""
    if ref.columns is not None:
        return ref.columns
    table = find_table(catalog, ref)
    return tuple(c.name for c in table.columns) if table else ()


# --------------------------------------------------------------------------- analysis
def suggest(
    text_before_cursor: str, full_text: str | None = None, catalog: Catalog | None = None, dialect: str = ""
) -> list[Suggestion]:
    """The kinds of completions that fit at the cursor (best first)."""
    return list(analyze(text_before_cursor, full_text, catalog, dialect).suggestions)


def analyze(
    text_before_cursor: str, full_text: str | None = None, catalog: Catalog | None = None, dialect: str = ""
) -> Analysis:
    """Like :func:`suggest`, with the word being completed.  Never raises."""
    try:
        return _Analyzer(text_before_cursor, full_text, catalog, dialect).run()
    except Exception:
        return Analysis(())


_SPECIAL_ARG = re.compile(r"(?:([\w$]+)\.)?([\w$]*)\Z")


class _Analyzer:
    def __init__(self, before: str, full: str | None, catalog: Catalog | None, dialect: str) -> None:
        self.text_before = before
        self.full_text = full
        self.catalog = catalog
        self.dialect = dialect
        self.qual: list[str] = []
        self._scope: tuple[list[TableRef], list[TableRef], dict[str, TableRef]] | None = None
        self.upper = True

    # ---- entry
    def run(self) -> Analysis:
        st = current_statement(self.text_before, self.full_text, self.dialect)
        line_start = self.text_before.rfind("\n") + 1
        line = self.text_before[line_start:]
        slash = line_start + len(line) - len(line.lstrip())
        if (
            line.lstrip().startswith("\\")
            and slash >= st.offset
            and open_region(st.before[: slash - st.offset], self.dialect) is None
        ):
            return self._special(line.lstrip())
        before = st.before
        region = open_region(before, self.dialect)
        quoted = False
        if region is not None:
            kind, pos = region
            if kind != "ident":
                return Analysis(())
            word_start, word, prefix, quoted = pos, before[pos:], before[pos + 1 :], True
        else:
            m = _WORD_AT_END.search(before)
            assert m is not None
            word_start, word, prefix = m.start(), m.group(0), m.group(0)
            if word[:1].isdigit():
                return Analysis((), word, prefix)
        self.full = _Structure(lex(st.full, self.dialect), self.catalog, cursor=word_start)
        self.pos = word_start
        ctx = lex(before[:word_start], self.dialect)
        kws = keyword_set(self.dialect)
        for t in reversed(ctx):
            if t.kind == WORD and t.up.split()[0] in kws and t.text.isascii():
                self.upper = not t.text.islower()
                break
        # a qualifier chain right before the word: ``o.`` or ``public.orders.``
        k = len(ctx)
        expected_end = word_start
        while (
            k >= 2
            and _is(ctx[k - 1], ".")
            and ctx[k - 1].end == expected_end
            and ctx[k - 2].kind in (WORD, QIDENT)
            and ctx[k - 2].end == ctx[k - 1].start
            and len(self.qual) < 3
        ):
            self.qual.insert(0, ctx[k - 2].text)
            expected_end = ctx[k - 2].start
            k -= 2
        self.ctx = _Structure(ctx[:k], self.catalog)
        kinds = self._kinds()
        return Analysis(tuple(kinds), word, prefix, quoted, self.upper)

    def _special(self, line: str) -> Analysis:
        m = re.match(r"(\\\S*)(\s+)?(.*)\Z", line, re.S)
        if m is None or m.group(2) is None:
            return Analysis((Special(),), line, line)
        cmd = m.group(1)[1:].rstrip("+!").lower()
        am = _SPECIAL_ARG.search(m.group(3))
        assert am is not None
        schema, word = am.group(1), am.group(2)
        kinds: list[Suggestion]
        if cmd in ("c", "connect", "l", "list", "use", "u"):
            kinds = [Database()]
        elif cmd == "df":
            kinds = [Function(schema)]
        elif cmd == "dn":
            kinds = [Schema()]
        elif cmd in ("dv", "dm"):
            kinds = [View(schema)]
        elif cmd == "dt":
            kinds = [Table(schema)]
        elif cmd.startswith("d"):
            kinds = [Table(schema), View(schema)]
            if not schema:
                kinds.append(Schema())
        else:
            kinds = []
        return Analysis(tuple(kinds), word, word)

    # ---- scope helpers
    def scope(self) -> tuple[list[TableRef], list[TableRef], dict[str, TableRef]]:
        if self._scope is None:
            self._scope = self.full.scope_at(self.pos)
        return self._scope

    def refs(self) -> list[TableRef]:
        return self.scope()[0]

    def refs_before(self) -> list[TableRef]:
        """Tables of the current level written before the cursor (for joins)."""
        ctx = self.ctx
        end = ctx.toks[-1].end if ctx.toks else 0
        return ctx.scope_at(end + 1)[0] if ctx.toks else []

    def cte_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.scope()[2].values())

    def find_ref(self, name: str, schema: str | None = None) -> TableRef | None:
        cur, outer, _ = self.scope()
        low = name.lower()
        for r in cur + outer:
            if schema is None and r.ref.lower() == low:
                return r
            same_schema = schema is None or (r.schema or "").lower() == schema.lower()
            if r.name.lower() == low and same_schema and (schema is not None or not r.alias):
                return r
        return None

    # ---- context
    def _kinds(self) -> list[Suggestion]:
        s = self.ctx
        n = len(s.toks)
        opens = [i for i in range(n) if s.is_group(i) and s.match[i] >= n]
        start = opens[-1] + 1 if opens else 0
        items = s.items(start, n)
        if self.qual:
            return self._qualified(items, opens)
        if opens:
            r = self._paren_context(opens[-1], items, opens)
            if r is not None:
                return r
        return self._clause_context(items, opens)

    def _find_clause(self, items: list[int], opens: list[int]) -> tuple[str | None, int]:
        """The last clause keyword at this level (or an enclosing non-query level)."""
        s = self.ctx
        level_items = items
        depth = len(opens)
        while True:
            for i in reversed(level_items):
                t = s.toks[i]
                if t.kind == WORD and (t.up in _CLAUSES or _is_join_word(t)):
                    if t.up in ("DESC",) and i != 0:
                        continue
                    return ("JOIN" if _is_join_word(t) else t.up), i
            if depth == 0:
                return None, -1
            o = opens[depth - 1]
            depth -= 1
            if o + 1 < len(s.toks) and _is(s.toks[o + 1], "SELECT", "WITH"):
                return None, -1
            a = opens[depth - 1] + 1 if depth > 0 else 0
            level_items = s.items(a, o)

    def _prev_word(self, items: list[int], j: int) -> Tok | None:
        """The item before position ``j`` in ``items`` (skipping IF [NOT] EXISTS)."""
        s = self.ctx
        j -= 1
        while j >= 0 and _is(s.toks[items[j]], "IF", "NOT", "EXISTS"):
            j -= 1
        return s.toks[items[j]] if j >= 0 else None

    def _qualified(self, items: list[int], opens: list[int]) -> list[Suggestion]:
        s = self.ctx
        prev = s.toks[items[-1]] if items else None
        clause, _ = self._find_clause(items, opens)
        schema = self.qual[-1]
        table_ctx = prev is not None and (
            _is(prev, "FROM", "INTO", "UPDATE", "TABLE", "TRUNCATE", "DESCRIBE", "REFERENCES", "SUMMARIZE")
            or _is_join_word(prev)
            or (_is(prev, ",") and clause in ("FROM", "JOIN"))
            or (_is(prev, "DESC") and items[-1] == 0)
        )
        if table_ctx:
            assert prev is not None
            views = not _is(prev, "INTO", "UPDATE", "TRUNCATE")
            out: list[Suggestion] = []
            if _is_join_word(prev):
                out.append(Join(tuple(self.refs_before()), schema))
            out.append(Table(schema))
            if views:
                out.append(View(schema))
            return out
        kinds: list[Suggestion] = []
        ref = self.find_ref(schema) if len(self.qual) == 1 else self.find_ref(self.qual[-1], self.qual[-2])
        if ref is None and self.catalog is not None:
            tschema = self.qual[-2] if len(self.qual) >= 2 else None
            table = catalog_index(self.catalog).find(self.qual[-1], tschema)
            if table is not None:
                ref = TableRef(table.name, table.schema)
        if ref is not None:
            kinds.append(Column((ref,), bare=True))
        if len(self.qual) == 1 and self.catalog is not None:
            low = schema.lower()
            schemas = {x.lower() for x in self.catalog.schemas} | {
                (t.schema or "").lower() for t in self.catalog.tables
            }
            if low in schemas:
                kinds += [Table(schema), View(schema), Function(schema)]
        return kinds

    def _paren_context(self, o: int, items: list[int], opens: list[int]) -> list[Suggestion] | None:
        s = self.ctx
        toks = s.toks
        first = toks[items[0]] if items else None
        if _is(first, "SELECT", "WITH"):
            return None
        prev_i = items[-1] if items else None
        prev = toks[prev_i] if prev_i is not None else None
        fresh = prev is None or _is(prev, ",")
        opener = toks[o - 1] if o > 0 else None
        # the name chain before "(": INTO s.t (  /  REFERENCES t (  /  ON t (
        j = o - 1
        parts: list[str] = []
        while j >= 0 and toks[j].kind in (WORD, QIDENT) and not s.is_group(j):
            parts.insert(0, toks[j].text)
            if j >= 1 and _is(toks[j - 1], "."):
                j -= 2
            else:
                j -= 1
                break
        before_chain = toks[j] if parts and j >= 0 else None
        if parts and _is(before_chain, "INTO", "REFERENCES", "ON"):
            if _is(before_chain, "ON") and not any(_is(t, "INDEX") for t in toks[:j]):
                pass  # ``ON x(`` in a join: an expression
            elif fresh:
                ref = TableRef(parts[-1], parts[-2] if len(parts) > 1 else None)
                return [Column((ref,), bare=True)]
            else:
                return []
        if (
            parts
            and _is(before_chain, "TABLE", "EXISTS")
            and any(_is(t, "TABLE") for t in toks[: j + 1])
            and any(_is(t, "CREATE") for t in toks[:j])
        ):
            if fresh:
                return []
            assert prev_i is not None
            k = items.index(prev_i)
            if prev is not None and prev.kind in (WORD, QIDENT) and (k == 0 or _is(toks[items[k - 1]], ",")):
                return [Datatype()]
            return [Keyword(("NOT NULL", "PRIMARY KEY", "DEFAULT", "REFERENCES", "UNIQUE", "CHECK", "NULL"))]
        if _is(opener, "CAST", "TRY_CAST", "SAFE_CAST") and _is(prev, "AS"):
            return [Datatype()]
        if _is(opener, "OVER"):
            return [Keyword(("PARTITION BY", "ORDER BY"))] if prev is None else None
        if _is(opener, "USING"):
            return [Column(tuple(self.refs()), bare=True)] if fresh else []
        if _is(opener, "VALUES") or (_is(opener, ",") and self._after_values(o)):
            if fresh or (prev is not None and prev.kind == PUNCT and prev.up in _OPERATORS):
                return [Function(), Keyword(("DEFAULT", "NULL", "TRUE", "FALSE", "CURRENT_TIMESTAMP"))]
            return []
        if prev is None:
            if _is(opener, "EXISTS", "FROM", "AS") or _is_join_word(opener):
                return [Keyword(("SELECT", "WITH", "VALUES"))]
            if _is(opener, "IN", "ANY", "SOME", "ALL"):
                return [Keyword(("SELECT",)), *self._expression(None, keywords=False)]
            if _is(opener, ","):
                clause, _ = self._find_clause(s.items(0, o), [])
                if clause in ("FROM", "JOIN"):
                    return [Keyword(("SELECT", "WITH", "VALUES"))]
        # a function call or a parenthesized expression
        clause, _ = self._find_clause(items, opens)
        if prev is None or fresh or self._expects_operand(prev_i):
            return self._expression(clause)
        if prev is not None and prev.kind == PUNCT and prev.up == "::":
            return [Datatype()]
        return self._after_operand(clause, items)

    def _after_values(self, o: int) -> bool:
        s = self.ctx
        for i in reversed(s.items(0, o)):
            t = s.toks[i]
            if _is(t, "VALUES"):
                return True
            if not (_is(t, ",") or s.is_group(i)):
                return False
        return False

    def _expects_operand(self, i: int | None) -> bool:
        if i is None:
            return True
        t = self.ctx.toks[i]
        if self.ctx.is_group(i):
            return False
        if t.kind == PUNCT:
            return t.up in _OPERATORS or t.up in ("(", ",")
        return t.kind == WORD and t.up in _EXPECT_OPERAND

    # ---- clause level
    def _clause_context(self, items: list[int], opens: list[int]) -> list[Suggestion]:
        s = self.ctx
        toks = s.toks
        if not items:
            if opens:
                return [Keyword(("SELECT", "WITH"))]
            return [Keyword(starters(self.dialect))]
        p_i = items[-1]
        p = toks[p_i]
        clause, c_i = self._find_clause(items, opens)
        if s.is_group(p_i):
            return self._after_operand(clause, items)
        if p.kind == PUNCT:
            sym = p.up
            if sym == "::":
                return [Datatype()]
            if sym == ",":
                return self._after_comma(clause, c_i, items)
            if sym == "*":
                before = toks[items[-2]] if len(items) >= 2 else None
                if before is None or _is(before, ",", "SELECT", "DISTINCT", "ALL", "."):
                    return self._after_operand(clause, items)
                return self._operand(clause, c_i, items)
            if sym in _OPERATORS:
                return self._operand(clause, c_i, items, after_eq=sym == "=")
            return []
        if p.kind in (STRING, NUMBER, QIDENT):
            return self._after_operand(clause, items)
        up = p.up
        prev_word = self._prev_word(items, len(items) - 1)
        if up == "EXISTS" and len(items) >= 2 and _is(toks[items[-2]], "IF", "NOT"):
            k = len(items) - 1
            while k > 0 and _is(toks[items[k - 1]], "IF", "NOT"):
                k -= 1
            return self._clause_context(items[:k], opens)
        if up == "AS":
            if any(_is(toks[i], "VIEW", "TABLE") for i in items) and any(_is(toks[i], "CREATE") for i in items):
                return [Keyword(("SELECT", "WITH"))]
            return []
        if up == "FROM":
            if _is(prev_word, "DISTINCT"):
                return self._operand(clause, c_i, items)
            if _is(prev_word, "DELETE"):
                return [Table(), Schema()]
            return self._table_kinds(items, join=False)
        if _is_join_word(p):
            return self._table_kinds(items, join=True)
        if up == "INTO":
            return [Table(), Schema()]
        if up == "UPDATE":
            if _is(prev_word, "FOR"):
                return []
            if _is(prev_word, "KEY"):  # ON DUPLICATE KEY UPDATE
                return [Column(tuple(self.refs()), bare=True)]
            if _is(prev_word, "DO"):
                return [Keyword(("SET",))]
            return [Table(), Schema()]
        if up == "TABLE":
            if _is(prev_word, "CREATE", "TEMP", "TEMPORARY", "UNLOGGED", "EXTERNAL"):
                return []
            return [Table(), Schema()]
        if up == "VIEW":
            creating = _is(prev_word, "CREATE", "REPLACE", "MATERIALIZED", "TEMP", "TEMPORARY")
            if creating and not any(_is(toks[i], "DROP", "ALTER", "REFRESH") for i in items):
                return []
            return [View(), Schema()]
        if up in ("TRUNCATE", "REFERENCES"):
            return [Table(), Schema()]
        if up in ("DESCRIBE", "SUMMARIZE") or (up == "DESC" and p_i == items[0]):
            return [Table(), View(), Schema()]
        if up == "ON":
            if self._on_is_join(items):
                return self._join_condition_kinds()
            if any(_is(toks[i], "INDEX", "GRANT", "REVOKE", "TRIGGER") for i in items):
                return [Table(), Schema()]
            return self._expression(clause)
        if up == "USING":
            if any(_is_join_word(toks[i]) for i in items):
                return []
            return self._table_kinds(items, join=False)
        if up == "SET":
            if any(_is(toks[i], "UPDATE") for i in items):
                return [Column(tuple(self.refs()), bare=True)]
            return []
        if up in ("INSERT", "REPLACE") and p_i == items[0]:
            return [Keyword(("INTO",))]
        if up == "DELETE":
            return [Keyword(("FROM",))]
        if up == "MERGE":
            return [Keyword(("INTO",))]
        if up in ("ORDER", "GROUP", "PARTITION"):
            return [Keyword(("BY",))]
        if up in ("LEFT", "RIGHT", "FULL"):
            return [Keyword(("JOIN", "OUTER JOIN"))]
        if up in ("INNER", "CROSS", "NATURAL", "OUTER"):
            return [Keyword(("JOIN",))]
        if up == "CREATE":
            return [Keyword(("TABLE", "VIEW", "INDEX", "UNIQUE INDEX", "SCHEMA", "OR REPLACE", "TEMPORARY TABLE"))]
        if up in ("DROP", "ALTER"):
            return [Keyword(("TABLE", "VIEW", "INDEX", "SCHEMA", "IF EXISTS"))]
        if up in _SET_OPS:
            return [Keyword(("ALL", "SELECT", "DISTINCT"))]
        if up == "IS":
            return [Keyword(("NULL", "NOT NULL", "NOT", "TRUE", "FALSE", "DISTINCT FROM"))]
        if up == "EXPLAIN":
            return [Keyword(("SELECT", "ANALYZE", "WITH", "INSERT INTO", "UPDATE", "DELETE FROM"))]
        if up in ("WITH", "RECURSIVE", "LIMIT", "OFFSET", "FETCH", "TOP", "VALUES", "INDEX"):
            return []
        if up in ("USE", "DATABASE") and p_i == items[0]:
            return [Database()]
        if up == "SCHEMA":
            return [] if _is(prev_word, "CREATE") else [Schema()]
        if up == "COLUMN":
            return [] if _is(prev_word, "ADD") else [Column(tuple(self.refs()), bare=True)]
        if up in ("ADD", "MODIFY", "CHANGE", "RENAME") and any(_is(toks[i], "ALTER") for i in items):
            return [Column(tuple(self.refs()), bare=True), Keyword(("COLUMN", "CONSTRAINT"))]
        if up in _EXPECT_OPERAND:
            return self._operand(clause, c_i, items)
        # an identifier or a literal: the operand is complete
        if (
            len(items) >= 2
            and p.kind == WORD
            and _is(toks[items[-2]], "COLUMN", "ADD")
            and any(_is(toks[i], "ALTER") for i in items)
        ):
            return [Datatype()]
        return self._after_operand(clause, items)

    def _on_is_join(self, items: list[int]) -> bool:
        s = self.ctx
        for i in reversed(items[:-1]):
            t = s.toks[i]
            if _is_join_word(t):
                return True
            if t.kind == WORD and t.up in _CLAUSES and t.up not in ("ON", "USING"):
                return False
        return False

    def _table_kinds(self, items: list[int], *, join: bool) -> list[Suggestion]:
        out: list[Suggestion] = []
        if join:
            out.append(Join(tuple(self.refs_before())))
        out.append(Table(columns_hint=self._select_names(items)))
        out.append(View())
        ctes = self.cte_names()
        if ctes:
            out.append(CteName(ctes))
        out.append(Schema())
        return out

    def _select_names(self, items: list[int]) -> tuple[str, ...]:
        """Unqualified column names used in the select list before FROM."""
        s = self.ctx
        toks = s.toks
        start = next((k for k, i in enumerate(items) if _is(toks[i], "SELECT")), None)
        if start is None:
            return ()
        names: list[str] = []
        for k in range(start + 1, len(items)):
            t = toks[items[k]]
            if _is(t, "FROM"):
                break
            if t.kind not in (WORD, QIDENT) or (t.kind == WORD and t.up in _NOT_NAMES | _EXPECT_OPERAND):
                continue
            nxt = toks[items[k + 1]] if k + 1 < len(items) else None
            prv = toks[items[k - 1]]
            if nxt is not None and (_is(nxt, ".") or s.is_group(items[k + 1])):
                continue
            if _is(prv, "AS"):
                continue
            names.append(t.text)
        return tuple(dict.fromkeys(names))

    def _join_condition_kinds(self) -> list[Suggestion]:
        before = tuple(self.refs_before())
        out: list[Suggestion] = []
        if len(before) >= 2:
            out.append(JoinCondition(before))
        return out + self._expression("ON")

    def _after_comma(self, clause: str | None, c_i: int, items: list[int]) -> list[Suggestion]:
        if clause in ("FROM", "JOIN") or (clause == "USING" and not self._on_is_join(items)):
            return self._table_kinds(items, join=False)
        if clause == "UPDATE":
            return [Table(), Schema()]
        if clause == "SET":
            return [Column(tuple(self.refs()), bare=True)]
        if clause in ("WITH", "VALUES", "INTO", "TABLE", "LIMIT", "INDEX", "CREATE"):
            return []
        return self._expression(clause)

    def _operand(self, clause: str | None, c_i: int, items: list[int], *, after_eq: bool = False) -> list[Suggestion]:
        if clause in ("LIMIT", "OFFSET", "FETCH", "TOP"):
            return []
        if clause == "VALUES":
            return [Function(), Keyword(("DEFAULT", "NULL"))]
        if clause == "ON" and self._on_is_join(self.ctx.items(0, c_i + 1)):
            if after_eq:
                return self._expression("ON", preferred=self._fk_partners(items))
            return self._join_condition_kinds()
        return self._expression(clause)

    def _fk_partners(self, items: list[int]) -> tuple[str, ...]:
        """``ON c.id = |``: the columns at the other end of foreign keys, qualified."""
        s = self.ctx
        toks = s.toks
        if len(items) < 4 or self.catalog is None:
            return ()
        col, dot, qual = toks[items[-2]], toks[items[-3]], toks[items[-4]]
        if not (_is(dot, ".") and col.kind in (WORD, QIDENT) and qual.kind in (WORD, QIDENT)):
            return ()
        left = self.find_ref(qual.text)
        if left is None:
            return ()
        out: list[str] = []
        for other in self.refs_before() + [r for r in self.refs() if r not in self.refs_before()]:
            if other.ref.lower() == left.ref.lower():
                continue
            for link in fk_links(left, other, self.catalog):
                for lcol, rcol in link:
                    if lcol.lower() == col.text.lower():
                        out.append(f"{other.ref}.{rcol}")
        return tuple(dict.fromkeys(out))

    def _expression(
        self, clause: str | None, preferred: tuple[str, ...] = (), *, keywords: bool = True
    ) -> list[Suggestion]:
        refs = tuple(self.refs())
        out: list[Suggestion] = [
            Column(refs, preferred=preferred, any_table=not refs and clause in (None, "SELECT", "WHERE"))
        ]
        out.append(Function())
        if refs:
            out.append(Alias(tuple(dict.fromkeys(r.ref for r in refs if r.ref))))
        if keywords:
            kw = {
                "SELECT": ("DISTINCT", "CASE", "CAST"),
                "WHERE": ("NOT", "EXISTS", "CASE", "NULL"),
                "HAVING": ("NOT", "CASE"),
            }.get(clause or "", ())
            out.append(Keyword(kw))
        return out

    def _after_operand(self, clause: str | None, items: list[int]) -> list[Suggestion]:
        toks = self.ctx.toks
        joins = ("JOIN", "INNER JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN", "CROSS JOIN")
        tail = ("GROUP BY", "ORDER BY", "LIMIT")
        preferred: tuple[str, ...]
        if clause in ("FROM", "USING"):
            preferred = ("WHERE", *joins, *tail, "UNION")
        elif clause == "JOIN":
            preferred = ("ON", "USING", *joins, "WHERE", *tail)
        elif clause == "ON":
            preferred = ("AND", "OR", *joins, "WHERE", *tail)
        elif clause == "SELECT":
            preferred = ("FROM", "AS")
        elif clause in ("WHERE", "HAVING"):
            preferred = ("AND", "OR", "IS NULL", "IS NOT NULL", "IN", "LIKE", "BETWEEN", "NOT", *tail)
        elif clause == "ORDER BY":
            preferred = ("ASC", "DESC", "NULLS FIRST", "NULLS LAST", "LIMIT")
        elif clause == "GROUP BY":
            preferred = ("HAVING", "ORDER BY", "LIMIT")
        elif clause == "INTO":
            preferred = ("VALUES", "SELECT", "DEFAULT VALUES")
        elif clause == "UPDATE":
            preferred = ("SET",)
        elif clause == "SET":
            preferred = ("WHERE", "FROM", "RETURNING")
        elif clause == "LIMIT":
            preferred = ("OFFSET",)
        elif clause == "WITH":
            preferred = ("SELECT", "INSERT INTO", "UPDATE", "DELETE FROM")
        elif clause in ("TABLE", "VIEW", "DESCRIBE", "TRUNCATE", "INDEX", "CREATE", "DROP", "USE"):
            if clause in ("TABLE", "VIEW") and any(_is(toks[i], "CREATE") for i in items):
                return [Keyword(("AS",))]
            return [Keyword()]
        else:
            preferred = ()
        return [Keyword(preferred)]


# --------------------------------------------------------------------------- joins
def fk_links(a: TableRef, b: TableRef, catalog: Catalog | None) -> list[list[tuple[str, str]]]:
    """Foreign keys between a and b (either direction), each as [(a.col, b.col), ...]."""
    ta = find_table(catalog, a)
    tb = find_table(catalog, b)
    if ta is None or tb is None:
        return []
    out: list[list[tuple[str, str]]] = []
    for src, dst, flip in ((ta, tb, False), (tb, ta, True)):
        for fk in src.foreign_keys:
            if fk.ref_table.lower() != dst.name.lower():
                continue
            if fk.ref_schema and dst.schema and fk.ref_schema.lower() != dst.schema.lower():
                continue
            pairs = list(zip(fk.columns, fk.ref_columns, strict=False))
            out.append([(rc, c) for c, rc in pairs] if flip else pairs)
    return out
