"""Schema context for a question: the relevant tables and columns, within a budget.

Tables are ranked lexically against the question (table and column names,
comments, sampled values of low-cardinality text columns); the foreign-key
neighbours of the best tables follow them, so joins can be written.  Tables
are then rendered in rank order until the character budget is spent: a small
database is shown whole, a 300-table one only where the question points.

Where the optional embedding model is installed (:mod:`aishell.ai.embeddings`,
local files only, nothing is downloaded), the cosine similarity between the
question and a short description of each table (name, comment, column names)
is added to the lexical score, so "clients who purchased" finds ``customers``
without a shared word.  Without the model the ranking is purely lexical.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from aishell.engines.base import Catalog, TableInfo

#: default budget: about 3,000 tokens of schema at ~4 characters per token
DEFAULT_BUDGET = 12_000
MAX_VALUES = 8
#: semantic score: SEMANTIC_WEIGHT * max(0, cosine - SEMANTIC_FLOOR); one table-name hit scores 4
SEMANTIC_WEIGHT = 12.0
SEMANTIC_FLOOR = 0.2
_DESCRIBED_COLUMNS = 24

log = logging.getLogger(__name__)

_WORD = re.compile(r"[A-Za-z]+|\d+")
_STOP_WORDS = (
    "a an the of in on at to for by with from and or is are was were be been what which who whom whose how "
    "many much show list give me all each per every do does did there their it its that this these those "
    "than as number count find get"
)
_STOP = frozenset(_STOP_WORDS.split())


def _stem(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def words(text: str) -> set[str]:
    """Stemmed words of ``text``; identifiers are split at ``_`` and camelCase (a new set each call)."""
    return set(_words(text or ""))


@functools.lru_cache(maxsize=65536)  # table and column names come back at every question
def _words(text: str) -> frozenset[str]:
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return frozenset(_stem(w) for w in _WORD.findall(text.replace("_", " ")) if w.lower() not in _STOP)


@dataclass
class SchemaContext:
    text: str
    tables: list[str] = field(default_factory=list)  # qualified names shown, best first
    omitted: int = 0  # tables left out for the budget


def _values_for(values: object, table: TableInfo) -> dict[str, list[str]]:
    """Sampled values per column from an offline :class:`ValueIndex` (or a plain dict)."""
    if values is None:
        return {}
    data = values if isinstance(values, dict) else getattr(values, "values", None)
    if not isinstance(data, dict):
        return {}
    out: dict[str, list[str]] = {}
    for key, vals in data.items():
        if isinstance(key, tuple) and len(key) == 2 and str(key[0]).lower() == table.name.lower():
            out[str(key[1])] = [str(v) for v in vals]
    return out


def _readable(identifier: str) -> str:
    return " ".join(re.sub(r"([a-z])([A-Z])", r"\1 \2", identifier).replace("_", " ").split()).lower()


def table_description(t: TableInfo) -> str:
    """A short text for a table, embedded once per text: name, comment, column names."""
    text = _readable(t.name)
    if t.comment:
        text += f" ({_one_line(t.comment)})"
    columns = [_readable(c.name) for c in t.columns[:_DESCRIBED_COLUMNS]]
    return text + ": columns " + ", ".join(columns) if columns else text


def semantic_scores(question: str, catalog: Catalog) -> list[float] | None:
    """Cosine similarity of the question with each table's description, or ``None`` without a model."""
    from aishell.ai import embeddings

    if not catalog.tables or not embeddings.available():
        return None
    try:
        sims = embeddings.cosine(question, [table_description(t) for t in catalog.tables])
    except Exception as exc:  # an optional model never stops a question
        log.warning("embedding model unusable, ranking lexically: %s", exc)
        return None
    return [float(x) for x in sims]


def rank_tables(
    question: str, catalog: Catalog, values: object = None, *, use_embeddings: bool = True
) -> list[tuple[float, TableInfo]]:
    """Tables with a relevance score, best first (every table is listed).

    With ``use_embeddings`` (the default) and the embedding model installed, the
    question's similarity to each table's description adds to the lexical score.
    """
    q = words(question)
    qlow = question.lower()
    scores: dict[int, float] = {}
    for i, t in enumerate(catalog.tables):
        score = 4.0 * len(q & words(t.name))
        if t.comment:
            score += 1.0 * len(q & words(t.comment))
        for c in t.columns:
            hit = q & words(c.name)
            score += 1.5 * len(hit)
            if c.comment:
                score += 0.5 * len(q & words(c.comment))
        for vals in _values_for(values, t).values():
            if any(len(v) > 2 and v.lower() in qlow for v in vals):
                score += 3.0
        scores[i] = score
    sims = semantic_scores(question, catalog) if use_embeddings else None
    if sims is not None:
        for i, sim in enumerate(sims):
            scores[i] += SEMANTIC_WEIGHT * max(0.0, sim - SEMANTIC_FLOOR)
    # foreign-key neighbours of relevant tables share part of their score
    by_name = {t.name.lower(): i for i, t in enumerate(catalog.tables)}
    bonus: dict[int, float] = {}
    for i, t in enumerate(catalog.tables):
        for fk in t.foreign_keys:
            j = by_name.get(fk.ref_table.lower())
            if j is None:
                continue
            if scores[i] > 0:
                bonus[j] = max(bonus.get(j, 0.0), scores[i] * 0.4)
            if scores[j] > 0:
                bonus[i] = max(bonus.get(i, 0.0), scores[j] * 0.3)
    ranked = [(scores[i] + bonus.get(i, 0.0), t) for i, t in enumerate(catalog.tables)]
    order = sorted(range(len(ranked)), key=lambda k: (-ranked[k][0], k))
    return [ranked[k] for k in order]


def render_table(t: TableInfo, catalog: Catalog, values: object = None) -> str:
    name = t.name if t.schema in (None, catalog.default_schema) else t.qualified_name
    kind = "VIEW" if "view" in t.kind else "TABLE"
    head = f"CREATE {kind} {name} ("
    if t.comment:
        head += f"  -- {_one_line(t.comment)}"
    samples = _values_for(values, t)
    fks = {fk.columns[0].lower(): fk for fk in t.foreign_keys if len(fk.columns) == 1}
    items: list[tuple[str, str]] = []  # (definition, comment)
    for c in t.columns:
        line = f"{c.name} {c.data_type or 'text'}".rstrip()
        if t.primary_key and len(t.primary_key) == 1 and c.name == t.primary_key[0]:
            line += " PRIMARY KEY"
        fk = fks.get(c.name.lower())
        if fk is not None:
            line += f" REFERENCES {fk.ref_table}({', '.join(fk.ref_columns)})"
        notes = []
        if c.comment:
            notes.append(_one_line(c.comment))
        vals = samples.get(c.name)
        if vals:
            shown = ", ".join("'" + v.replace("'", "''")[:40] + "'" for v in vals[:MAX_VALUES])
            notes.append(f"values: {shown}{', ...' if len(vals) > MAX_VALUES else ''}")
        items.append((line, "; ".join(notes)))
    for fk in t.foreign_keys:
        if len(fk.columns) > 1:
            items.append((f"FOREIGN KEY ({', '.join(fk.columns)}) REFERENCES {fk.ref_table}"
                          f"({', '.join(fk.ref_columns)})", ""))  # fmt: skip
    if t.primary_key and len(t.primary_key) > 1:
        items.append((f"PRIMARY KEY ({', '.join(t.primary_key)})", ""))
    lines = [head]
    for k, (definition, note) in enumerate(items):
        comma = "," if k < len(items) - 1 else ""
        lines.append(f"  {definition}{comma}" + (f"  -- {note}" if note else ""))
    lines.append(");")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def build_context(
    question: str,
    catalog: Catalog,
    values: object = None,
    *,
    budget: int = DEFAULT_BUDGET,
    extra_tables: Iterable[str] = (),
    use_embeddings: bool = True,
) -> SchemaContext:
    """Render the most relevant tables for ``question`` in at most ``budget`` characters."""
    ranked = rank_tables(question, catalog, values, use_embeddings=use_embeddings)
    wanted = {n.lower() for n in extra_tables}
    if wanted:  # tables named by an error message or an example go first
        ranked.sort(key=lambda st: 0 if st[1].name.lower() in wanted else 1)
    parts: list[str] = []
    shown: list[str] = []
    used = 0
    for _score, t in ranked:
        block = render_table(t, catalog, values)
        if used + len(block) + 1 > budget:
            if len(block) > budget // 2 and not parts:
                block = block[: budget // 2] + "\n  ...\n);"
            else:
                continue
        parts.append(block)
        shown.append(t.qualified_name)
        used += len(block) + 1
    return SchemaContext("\n".join(parts), shown, len(catalog.tables) - len(shown))
