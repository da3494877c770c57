"""The planner: from a list of items to a :class:`~aishell.ai.offline.ir.Query`.

It runs an ordered tuple of passes (:data:`PASSES`, after sqlglot's optimizer ``RULES``) over one typed
:class:`~aishell.ai.offline.plan_state.PlanState`; each pass is a function of the state:

1. ``link``: decide what each schema link is (a table, a column or a stored value); ``rows``: the row passes of
   :mod:`aishell.ai.offline.plan_rows` (sub-rows, people of a hierarchy, "how many times", "on average");
2. ``roles``: give construct markers their targets: group keys after "per"/"by"/"each", the measure after
   "most"/"highest"/"top 5 ... by", the relation after "no"/"without"/"never", the counted table after
   "more than 3";
3. ``subject``: find the table whose rows are counted or listed;
4. ``spans``, ``markers``, ``aggregate_conditions``, ``measures``: the answer's markers and measure
   (:mod:`aishell.ai.offline.plan_measures`);
5. ``conditions``: turn values, dates, numbers and text patterns into conditions
   (:mod:`aishell.ai.offline.plan_conditions`);
6. ``shape``: pick the answer type (count, aggregate, grouped, ranking or listing) and build the query with
   that type's strategy (:mod:`aishell.ai.offline.plan_shape`);
7. ``superlative``, ``hierarchy`` (a self-referencing key: "who reports to X", "with their manager's name", see
   :mod:`aishell.ai.offline.plan_hierarchy`), ``latest`` (a state said of now over a log of state changes is each
   row's latest change), ``currency`` (amounts in several currencies) and ``checks`` refine the query or refuse a
   guess;
8. ``account`` for every content word (:mod:`aishell.ai.offline.account`): a word that reached nothing in the
   query refuses the question, naming the word;
9. ``live``: rows a soft delete took away (``deleted_at`` set) are left out unless the question speaks of deletion;
10. ``peers``: the extreme row of each group ("the dearest product in each category") is compared with its group
    under the same conditions as the row, placed once every pass has placed its own;
11. ``last checks``: the finished query is refused when it contradicts itself (rows said to be absent and joined
    as present).

Anything it cannot place raises :class:`TranslationError` rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable

from aishell.ai.offline import account as _account
from aishell.ai.offline.account import START_WORDS
from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import Agg, Col, Cond, Lit, Query, TableAgg, walk_conds
from aishell.ai.offline.lexicon import END_WORDS, RECEIVED_VERBS
from aishell.ai.offline.plan_checks import absent_periods, checks, last_checks, superlative_row
from aishell.ai.offline.plan_conditions import aggregate_conditions, conditions
from aishell.ai.offline.plan_hierarchy import HIERARCHY_RULES
from aishell.ai.offline.plan_measures import markers, measures
from aishell.ai.offline.plan_roles import assign_roles, classify_links, find_subject, their_dates
from aishell.ai.offline.plan_rows import run_row_passes
from aishell.ai.offline.plan_shape import peer_conditions, shape, totals_in_their_period
from aishell.ai.offline.plan_spans import SpanPass
from aishell.ai.offline.plan_state import PlanState
from aishell.ai.offline.sqlgen import cols_in_cond, tables_in_cond, tables_in_expr
from aishell.ai.offline.text import singular
from aishell.ai.offline.units import UNITS
from aishell.ai.offline.values import STATUS_WORDS


def rows(st: PlanState) -> None:
    """Sub-rows, people of a hierarchy, "how many times", "on average"."""
    st.rows = run_row_passes(st)


def subject(st: PlanState) -> None:
    st.subject = find_subject(st)
    # "how many customers" kept inside an export's rows: each one once (roles: _embedded_entities)
    entities = (it.target for it in st.items if it.kind == "table" and it.target is not None)
    st.entity = next((c for c in entities if c.table == st.subject), None)
    their_dates(st)


def spans(st: PlanState) -> None:
    """The time between two dates of a row, as conditions or as the measure."""
    st.spans = SpanPass(st).run()


def hierarchy(st: PlanState) -> None:
    """Who reports to whom, sub-rows, a parent row's name."""
    for rule in HIERARCHY_RULES:
        rule(st, st.query)


def account(st: PlanState) -> None:
    _account.account(st, st.query)


def joined_exists(st: PlanState) -> None:
    """A condition on a table whose rows the answer shows or sums applies to those rows: "purchase revenue
    from UK customers" sums the purchases' revenue (``WHERE type = 'purchase'`` on the joined rows), not
    every revenue of the customers who made some purchase (an ``EXISTS`` beside the join)."""
    q = st.query
    absent = {c.related.target for c in q.where if c.op == "not_exists" and c.related is not None}
    if absent and not q.group_by:
        # "agents without any active listings": a column of the rows said to be missing is not shown beside them
        kept = [e for e in q.select if not (isinstance(e, Col) and e.table in absent and e.table != q.base)]
        if kept and len(kept) < len(q.select):
            q.select = kept
    shown = {t for e in [*q.select, *q.group_by, *(e for e, _desc in q.order_by)] for t in tables_in_expr(e)}
    # "tenants who currently rent more than one unit": the rows a HAVING counts are the ones the condition keeps
    counted = {t for c in q.having for t in tables_in_cond(c)}
    shown |= {t for h in counted for e in st.schema.path(q.base, h) or [] for t in (e.child, e.parent)}
    for c in list(q.where):
        r = c.related
        if c.op != "exists" or r is None or r.outer != q.base or r.target == q.base:
            continue
        # "the ingredients of Margherita Pizza with their quantity": the recipe's own lines are shown, so the
        # recipe is reached through them (an EXISTS beside them would show every recipe's quantities)
        on_path = {t for e in st.schema.path(r.outer, r.target) or [] for t in (e.child, e.parent)} - {r.outer}
        if r.target not in shown and not (on_path & shown):
            continue
        if any(w.related is not None or set(tables_in_cond(w)) - {r.target} for w in r.where):
            continue
        q.where.remove(c)
        q.where.extend(r.where)
        q.left_joins.discard(r.target)


#: words of a question that speaks of soft-deleted rows itself ("deleted accounts", "including removed ones")
_DELETION_WORDS = ("delet", "remov", "archiv", "erase", "purg", "trash")


def live_rows(st: PlanState) -> None:
    """Rows a soft delete took away (``deleted_at`` set) are gone for a question that does not speak of deletion:
    "how many guests does Trattoria Nonna have" counts the guests not deleted.  Each table the answer reads (its
    rows, the rows it joins, the rows an EXISTS looks for) with one such date gets ``deleted_at IS NULL``, but for
    a row the question names ("rejects from Ironwood Foundry in 2024": that supplier, deleted since or not)."""
    if any(t.low.startswith(_DELETION_WORDS) for t in st.tokens):
        return
    q = st.query

    def named(table: str, where: list[Cond]) -> bool:
        """ "deliveries from Ironwood Foundry": a row the question names by its name is meant, deleted or not."""
        shown = set(st.meta(table).display)
        return any(c.op in ("=", "ieq", "in") and isinstance(c.left, Col) and c.left.table == table
                   and c.left.column in shown for c in walk_conds(where))  # fmt: skip

    def gone(table: str, where: list[Cond]) -> Cond | None:
        kept = st.kept_rows(table)
        if kept is None or named(table, where) or any(kept.left in cols_in_cond(w) for w in where):
            return None
        return kept

    read = {q.base} | {t for e in [*q.select, *q.group_by, *(e for e, _d in q.order_by)] for t in tables_in_expr(e)}
    read |= {t for c in [*q.where, *q.having] if c.related is None for t in tables_in_cond(c)}
    for table in sorted(read):
        cond = gone(table, q.where)
        if cond is not None:
            q.where.append(cond)
    for c in walk_conds(q.where):
        if c.related is not None and c.related.target != q.base:
            cond = gone(c.related.target, c.related.where)
            if cond is not None:
                c.related.where.append(cond)


#: words of a table of state changes kept one row per change ("job_status_events", "order_history")
_EVENT_TABLE_WORDS = frozenset({"status", "state", "event", "events", "history", "hist", "log", "change", "changes",
                                "transition", "transitions"})  # fmt: skip
#: words that ask for the state a row is in now
_NOW_WORDS = frozenset({"currently", "now", "presently", "still"})


def _event_log(st: PlanState, table: str, outer: str) -> tuple[Col, Col, Col] | None:
    """``(key to outer, status, when)`` of a table that keeps each state change of ``outer`` as a row
    (job_status_events: job_id, status, changed_at), else None."""
    meta = st.meta(table)
    if not set(meta.words) & _EVENT_TABLE_WORDS:
        return None
    keys = [e.child_cols[0] for e in st.schema.edges_of(table) if e.child == table and e.parent == outer]
    states = [c for c in meta.columns if c.kind == "text" and set(c.words) & STATUS_WORDS]
    dates = [c for c in meta.columns if c.kind == "date"]
    if len(keys) != 1 or len(states) != 1 or len(dates) != 1:
        return None
    return Col(table, keys[0]), Col(table, states[0].name), Col(table, dates[0].name)


def latest_state(st: PlanState) -> None:
    """ "Which jobs are on hold at the moment?" over a log of status changes: the state a row is in now is its
    latest change, not any change it ever had; a status tested in the log gets ``changed_at = (SELECT
    MAX(peer.changed_at) ... WHERE peer.job_id = log.job_id)``."""
    if not {t.low for t in st.tokens} & _NOW_WORDS:
        return
    q = st.query
    for c in walk_conds(q.where):
        rel = c.related
        if rel is None or c.op != "exists":
            continue
        log = _event_log(st, rel.target, rel.outer)
        if log is None or not any(w.op in ("=", "in") and w.left == log[1] for w in rel.where):
            continue
        key, _state, when = log
        rel.where.append(Cond("=", when, right=TableAgg("MAX", when, peer=(key,))))


def today_within(st: PlanState) -> None:
    """ "Which fiscal period are we in today?" over periods(start_date, end_date): the row whose span holds today,
    never the one that starts today; a one-day test of today on a start date becomes ``start <= today AND end >=
    today`` when the rows have one end date that is always set."""
    if not {t.low for t in st.tokens} & {"today", "now"}:
        return
    q = st.query
    day = Lit(st.today)
    for lo in list(q.where):
        if lo.op != ">=" or not isinstance(lo.left, Col) or lo.values != (day,):
            continue
        start = lo.left
        hi = next((c for c in q.where if c.op == "<" and c.left == start and c.values), None)
        meta = st.meta(start.table)
        ends = [c for c in meta.date_columns() if set(c.words) & END_WORDS]
        if hi is None or not set(st.colmeta(start).words) & START_WORDS or len(ends) != 1 or ends[0].nullable:
            continue
        q.where[q.where.index(lo)] = Cond("<=", start, (day,))
        q.where[q.where.index(hi)] = Cond(">=", Col(start.table, ends[0].name), (day,))
        st.notes.append(f"{start.column} to {ends[0].name} holds today")


#: words of a column that holds each amount's currency (currency_code, ccy)
_CURRENCY_COLUMN_WORDS = frozenset({"currency", "ccy", "curr"})


def _money_cols(q: Query) -> set[Col]:
    """The columns the answer shows, sums, sorts or tests (those that may hold money)."""
    exprs = [*q.select, *q.group_by, *(e for e, _d in q.order_by)]
    cols = {e.arg for e in exprs if isinstance(e, Agg) and isinstance(e.arg, Col)}
    cols |= {e for e in exprs if isinstance(e, Col)}
    cols |= {c.left for c in walk_conds([*q.where, *q.having]) if isinstance(c.left, Col)}
    cols |= {c.left.arg for c in q.having if isinstance(c.left, Agg) and isinstance(c.left.arg, Col)}
    return cols


def money_currency(st: PlanState) -> None:
    """Amounts kept in several currencies (a ``currency_code`` beside ``amount``): "invoiced in US dollars" keeps the
    rows in that currency; a total or average over rows in more than one currency, with none named and no group per
    currency, adds up unlike amounts and is refused."""
    q = st.query
    said = {UNITS[t.low][2].upper(): k for k, t in enumerate(st.tokens)
            if t.low in UNITS and UNITS[t.low][2]}  # fmt: skip ("dollars": usd)
    summed = {e.arg for e in [*q.select, *(e for e, _d in q.order_by)]
              if isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)}  # fmt: skip
    for col in sorted(_money_cols(q), key=lambda c: (c.table, c.column)):
        if not st.colmeta(col).money:
            continue
        cur = [c for c in st.meta(col.table).columns if c.kind == "text" and set(c.words) & _CURRENCY_COLUMN_WORDS]
        codes = st.values.column_values(col.table, cur[0].name) if len(cur) == 1 else []
        if not codes or not all(len(v) == 3 and v.isupper() for v in codes):
            continue
        ccy = Col(col.table, cur[0].name)
        named = [code for code in said if code in codes]
        own = {UNITS[w][2].upper() for w in st.colmeta(col).words if w in UNITS and UNITS[w][2]}
        if own:  # amount_gbp beside orig_currency: converted already; "in pounds" is its unit, never a filter
            continue
        if named and not any(c.left == ccy for c in q.where):
            q.where.append(Cond("=", ccy, (Lit(named[0]),)))
            st.notes.append(f"{ccy.column} is {named[0]!r}")
            for it in st.items:  # "in US dollars": the currency's words are read
                low = it.text.lower()
                if it.kind == "word" and ((low in UNITS and UNITS[low][2]) or low in ("us", "u.s.")):
                    it.used = True
        elif not named and col in summed and len(codes) > 1 and ccy not in q.group_by:
            raise TranslationError(f"{col.column} holds amounts in {', '.join(sorted(codes))}; name a currency, or "
                                   f"ask per {ccy.column}; {REPHRASE}")  # fmt: skip


#: the words of the date a row records a payment on (paid_on, received_dt)
_RECEIVED_DATE_WORDS = frozenset({"paid", "payment", "pmt", "received", "collected", "settled", "banked"})
#: words of a table whose every row is money received (payments, rent_pmt, receipts)
_PAYMENT_TABLE_WORDS = frozenset({"payment", "pmt", "receipt", "collection", "remittance", "transaction", "txn"})
#: words that ask for money not yet received
_OWED_WORDS = frozenset({"unpaid", "outstanding", "owed", "owe", "owes", "due", "overdue", "uncollected", "not",
                         "never", "yet", "arrears"})


def money_received(st: PlanState) -> None:
    """ "How much have we collected in subs this season?" over subs(amount, paid_on): money received is the
    amounts whose payment date is set, never every amount billed; ``paid_on IS NOT NULL`` is added when the
    summed rows have one such nullable date that nothing else tests (not in a table of payments, whose every row
    was paid)."""
    said = {t.low for t in st.tokens}
    if not said & RECEIVED_VERBS or said & _OWED_WORDS:
        return
    q = st.query
    summed = {e.arg for e in [*q.select, *(e for e, _d in q.order_by)]
              if isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)}  # fmt: skip
    tested = {c for w in walk_conds([*q.where, *q.having]) for c in cols_in_cond(w)}
    for col in sorted(summed, key=lambda c: (c.table, c.column)):
        if not st.colmeta(col).money:
            continue
        meta = st.meta(col.table)
        if {singular(w) for w in meta.words} & _PAYMENT_TABLE_WORDS:
            continue  # (a payments table: every row is money paid, its date the payment's own)
        dates = [c for c in meta.date_columns() if c.nullable and set(c.words) & _RECEIVED_DATE_WORDS]
        if len(dates) != 1 or Col(col.table, dates[0].name) in tested:
            continue
        q.where.append(Cond("not_null", Col(col.table, dates[0].name)))
        st.notes.append(f"{dates[0].name} is set")


Pass = Callable[[PlanState], None]

#: the planner's passes, in the order they run
PASSES: tuple[Pass, ...] = (
    classify_links,  # link
    rows,
    assign_roles,  # roles
    subject,
    spans,
    markers,
    aggregate_conditions,
    measures,
    conditions,
    shape,
    superlative_row,
    hierarchy,
    joined_exists,
    latest_state,  # latest: a state said of now is a row's latest change in a log of changes
    today_within,  # within: "the period we are in today" holds today between its start and end
    money_currency,  # currency: amounts in several currencies are never added up unlike
    money_received,  # received: money paid or collected is the amounts whose payment date is set
    absent_periods,  # absence: a period said after a negation dates the rows said to be absent
    checks,
    account,
    live_rows,  # live: rows a soft delete took away are left out
    totals_in_their_period,  # totals: a period of the rows whose total is compared dates that total
    peer_conditions,  # peers: the conditions of the rows each group's extreme is taken over
    last_checks,  # contradictions: rows said to be absent and joined as present
)


def build(st: PlanState, passes: tuple[Pass, ...] | None = None) -> Query:
    """Run ``passes`` (by default :data:`PASSES`) in order over ``st`` and return the query they built."""
    for pass_ in PASSES if passes is None else passes:
        pass_(st)
    return st.query
