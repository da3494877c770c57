"""Execution-accuracy evaluation of the natural-language pipeline (``aishell eval nl2sql``).

A question passes when the predicted SQL returns the gold SQL's result, under the rules of
``shared/nl2sql/README.md``: every gold column (or the ``check`` columns) must appear among the
predicted columns with the same values, extra columns are fine, row order matters only for
``ordered`` questions (on the sort key), numbers compare rounded to 2 decimals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from aishell.errors import AishellError
from aishell.services.session import Session


@dataclass(frozen=True)
class Outcome:
    """One question's result: ``correct``; ``wrong`` (SQL was given and it returned another result,
    or failed); ``refused`` (no SQL: the translator said it could not answer).  A wrong answer is
    the costly one: it looks right."""

    kind: Literal["correct", "wrong", "refused"]
    line: str = ""  # one line for people, empty when correct
    seconds: float = 0.0  # the time to answer (translate and check), without running the SQL to judge it
    first: bool = False  # the first question on its database: the time includes reading the catalog and values


@dataclass(frozen=True)
class Timing:
    """Answer times over a run, in seconds: median, 95th percentile and maximum over the questions after
    each database's first; ``first`` is the slowest first question (it builds the catalog and value index)."""

    median: float
    p95: float
    max: float
    first: float
    count: int

    def describe(self) -> str:
        """``per question: median 2 ms, p95 4 ms, max 9 ms (first on a database 310 ms)``."""
        text = (
            f"per question: median {self.median * 1000:.0f} ms, p95 {self.p95 * 1000:.0f} ms, "
            f"max {self.max * 1000:.0f} ms"
        )
        return text + (f" (first on a database {self.first * 1000:.0f} ms)" if self.first else "")


def timing(outcomes: Iterable[Outcome]) -> Timing:
    """The :class:`Timing` of ``outcomes``; a measure to print, not a limit."""
    import statistics

    done = list(outcomes)
    rest = sorted(o.seconds for o in done if not o.first) or sorted(o.seconds for o in done) or [0.0]
    firsts = [o.seconds for o in done if o.first]
    p95 = rest[min(len(rest) - 1, max(0, round(0.95 * len(rest)) - 1))]
    return Timing(statistics.median(rest), p95, rest[-1], max(firsts, default=0.0), len(rest))


def score_questions(items: Iterable[dict[str, Any]], session_for: Callable[[str], Session], *,
                    provider: str | None = None, model: str | None = None, base_url: str | None = None,
                    max_attempts: int | None = None) -> Iterator[Outcome]:  # fmt: skip
    """Score each question by execution accuracy, yielding one :class:`Outcome` per question."""
    import time

    from aishell.services.ask import ask

    seen: set[str] = set()
    for d in items:
        qid, question = d.get("id", "?"), d.get("q", "")
        db = str(d.get("db", ""))
        first = db not in seen
        seen.add(db)
        started = time.perf_counter()
        session = session_for(db)
        try:
            result = ask(session, question, provider=provider, model=model, base_url=base_url,
                         max_attempts=max_attempts)  # fmt: skip
        except AishellError as exc:
            took = time.perf_counter() - started
            yield Outcome("refused", f"refused {qid}: {question!r}: {exc.one_line()}", took, first)
            continue
        took = time.perf_counter() - started
        if not result.ok:
            yield Outcome("refused", f"refused {qid}: {question!r}: {result.error}", took, first)
            continue
        shown = " ".join(result.sql.split())[:200]
        _, gold = session.query_rows(d["sql"])  # a broken gold query is the question set's error: raised
        try:
            _, pred = session.query_rows(result.sql)
        except AishellError as exc:
            yield Outcome("wrong", f"wrong {qid}: {question!r} -> {shown!r}: {exc.one_line()}", took, first)
            continue
        if matches(table(gold), table(pred), bool(d.get("ordered")), d.get("check"), d.get("order_col")):
            yield Outcome("correct", "", took, first)
        else:
            yield Outcome("wrong", f"wrong {qid}: {question!r} -> {shown!r}", took, first)


def norm(v: Any) -> Any:
    """Values compare after rounding floats to 2 places and reading numeric strings as numbers."""
    import decimal

    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return round(v, 2)
    if isinstance(v, decimal.Decimal):
        return int(v) if v == v.to_integral_value() else round(float(v), 2)
    if isinstance(v, str):
        try:
            f = float(v)
        except ValueError:
            return v.strip()
        return round(f, 2) if not f.is_integer() or "." in v else int(f)
    return v


def table(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(norm(v) for v in r) for r in rows]


def matches(gold: list[tuple[Any, ...]], pred: list[tuple[Any, ...]], ordered: bool,
            check: list[int] | None, order_col: int | None = None) -> bool:  # fmt: skip
    """Execution match: same row count; each checked gold column has a distinct predicted column with the
    same multiset of values; the rows agree on those columns; ordered results agree on the sort key's sequence."""
    from collections import Counter

    if len(gold) != len(pred):
        return False
    if not gold:
        return True
    gcols = check if check is not None else list(range(len(gold[0])))
    ncols = len(pred[0]) if pred else 0
    used: set[int] = set()
    mapping: list[int] = []
    for j in gcols:
        g = Counter(r[j] for r in gold)
        found = next((k for k in range(ncols) if k not in used and Counter(r[k] for r in pred) == g), None)
        if found is None:
            return False
        used.add(found)
        mapping.append(found)
    gt = [tuple(r[j] for j in gcols) for r in gold]
    pt = [tuple(r[k] for k in mapping) for r in pred]
    if Counter(gt) != Counter(pt):
        return False
    if ordered:
        j = gcols.index(order_col if order_col is not None else gcols[-1])
        return [r[j] for r in gt] == [r[j] for r in pt]
    return True
