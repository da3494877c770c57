"""DuckDB's JSON plans as a :class:`~aishell.engines.plan.PlanTree`.

Two documents: ``EXPLAIN (FORMAT JSON)`` (a list of operator trees, ``name``, ``extra_info``,
``children``: the estimate) and ``EXPLAIN (ANALYZE, FORMAT JSON)`` (the profile: the query's
totals at the top, ``operator_type``/``operator_name``, ``operator_cardinality`` and
``operator_timing`` per operator).  ``operator_timing`` is the operator's own time in seconds:
``time_ms`` adds its children's, so it is inclusive as the model wants.  The profile's
``EXPLAIN_ANALYZE`` wrapper is dropped.  DuckDB gives no costs, loops or removed-row counts.
Scans say how they read in ``extra_info.Type`` (``Sequential Scan``, ``Index Scan``); the
estimate may say Sequential where the run then used the index.  Driver-free.
"""

from __future__ import annotations

from typing import Any

from aishell.engines.plan import INDEX, SEQ, PlanNode, PlanTree, number, text

_ACCESS_TYPES = {"Sequential Scan": SEQ, "Index Scan": INDEX}
_ACCESS_OPS = {"SEQ_SCAN": SEQ, "TABLE_SCAN": SEQ, "INDEX_SCAN": INDEX}
_JOIN_CONDITIONS = ("Conditions", "Condition")


def parse_plan(data: Any, *, analyzed: bool) -> PlanTree:
    """The tree of an ``EXPLAIN (FORMAT JSON)`` list or an ``EXPLAIN (ANALYZE, FORMAT JSON)``
    profile."""
    if isinstance(data, list):
        roots = [_node(d) for d in data if isinstance(d, dict)]
        if not roots:
            raise ValueError("an empty DuckDB plan")
        root = roots[0] if len(roots) == 1 else PlanNode(op="PLAN", children=roots)
        return PlanTree(root=root, analyzed=analyzed)
    if not isinstance(data, dict) or not isinstance(data.get("children"), list):
        raise ValueError("not a DuckDB JSON plan")
    tops = [_node(c) for c in data["children"] if isinstance(c, dict)]
    root = tops[0] if len(tops) == 1 else PlanNode(op="QUERY", children=tops, time_ms=_sum_time(tops))
    latency = number(data.get("latency"))
    return PlanTree(root=root, analyzed=analyzed, execution_ms=None if latency is None else latency * 1000)


def _node(d: dict[str, Any]) -> PlanNode:
    children = [_node(c) for c in d.get("children") or () if isinstance(c, dict)]
    op = str(d.get("operator_name") or d.get("name") or d.get("operator_type") or "?")
    if op == "EXPLAIN_ANALYZE" and len(children) == 1:
        return children[0]
    raw_info = d.get("extra_info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    kind = str(d.get("operator_type") or op)
    table = text(info.get("Table"))
    own = number(d.get("operator_timing"))
    below = _sum_time(children)
    return PlanNode(
        op=op,
        access=_ACCESS_TYPES.get(str(info.get("Type"))) or (_ACCESS_OPS.get(kind) if table else None),
        relation=table.rsplit(".", 1)[-1] if table else None,
        join_type=text(info.get("Join Type")),
        condition=_text(next((info[k] for k in _JOIN_CONDITIONS if info.get(k)), None)),
        filter=_text(info.get("Filters")),
        sort_keys=_list(info.get("Order By")),
        est_rows=number(info.get("Estimated Cardinality")),
        actual_rows=number(d.get("operator_cardinality")),
        time_ms=None if own is None else (own * 1000 + (below or 0.0)),
        spilled=(number(d.get("system_peak_temp_dir_size")) or 0) > 0,
        extra=_extra(d, info),
        children=children,
    )


def _extra(d: dict[str, Any], info: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in info.items() if k not in {"Estimated Cardinality", "Filters", "Join Type", "Order By"}}
    for key in ("operator_type", "operator_rows_scanned", "result_set_size", "cpu_time"):
        if d.get(key) not in (None, 0, 0.0, ""):
            out[key] = d[key]
    return out


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v.strip() for v in str(value).split("\n") if v.strip()] if value else []


def _text(value: Any) -> str | None:
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        return " AND ".join(str(v) for v in value)
    return str(value)


def _sum_time(nodes: list[PlanNode]) -> float | None:
    times = [n.time_ms for n in nodes if n.time_ms is not None]
    return sum(times) if times else None


