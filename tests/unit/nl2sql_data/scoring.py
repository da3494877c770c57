"""Execution-accuracy comparison, the same rules as the shared scorer (re-implemented here).

Columns are matched by their multiset of values (extra predicted columns are
fine, names and order do not matter); ``check`` limits the gold columns that
count; ``ordered`` also compares the sequence of the sort key (kept in a column ``check`` leaves out, it is read
from the predicted column holding the same values: the shared scorer would fail on such an entry).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

Row = tuple[Any, ...]


def norm(v: Any) -> Any:
    if isinstance(v, float):
        return round(v, 2)
    if isinstance(v, str):
        try:
            f = float(v)
        except ValueError:
            return v.strip()
        return round(f, 2) if not f.is_integer() or "." in v else int(f)
    return v


def normalize(rows: Sequence[Sequence[Any]]) -> list[Row]:
    return [tuple(norm(v) for v in r) for r in rows]


def same_result(
    gold: list[Row], pred: list[Row], *, ordered: bool = False, check: list[int] | None = None,
    order_col: int | None = None,
) -> bool:
    if len(gold) != len(pred):
        return False
    if not gold:
        return True
    gcols = check if check is not None else list(range(len(gold[0])))
    ncols = len(pred[0])
    used: set[int] = set()
    mapping: list[int] = []
    for j in gcols:
        want = Counter(r[j] for r in gold)
        found = next((k for k in range(ncols) if k not in used and Counter(r[k] for r in pred) == want), None)
        if found is None:
            return False
        used.add(found)
        mapping.append(found)
    gt = [tuple(r[j] for j in gcols) for r in gold]
    pt = [tuple(r[k] for k in mapping) for r in pred]
    if Counter(gt) != Counter(pt):
        return False
    if ordered:
        key = order_col if order_col is not None else gcols[-1]
        if key not in gcols:
            # the sort key is not among the checked columns ("check": [0], "order_col": 1): the predicted column
            # holding the same values carries the order
            want = Counter(r[key] for r in gold)
            k = next((k for k in range(ncols) if Counter(r[k] for r in pred) == want), None)
            return k is not None and [r[key] for r in gold] == [r[k] for r in pred]
        j = gcols.index(key)
        return [r[j] for r in gt] == [r[j] for r in pt]
    return True
