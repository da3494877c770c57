"""Planner pass shape: pick the answer type once (count, aggregate, grouped, ranking, listing), then build the
:class:`~aishell.ai.offline.ir.Query` with that type's strategy (:data:`STRATEGIES`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from aishell.ai.offline.account import LATER_WORDS
from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Agg,
    CodeText,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    PerParent,
    Product,
    Query,
    Ratio,
    Related,
    Span,
    TableAgg,
    walk_conds,
)
from aishell.ai.offline.lexicon import (
    ADJECTIVES,
    FUNCTION_WORDS,
    LEVEL_WORDS,
    NAME_WORDS,
    STATE_COLUMN_WORDS,
    STATE_PARTICIPLES,
    SYNONYMS,
)
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_conditions import bucket_unit, group_keys, period_columns
from aishell.ai.offline.plan_measures import measure_at, names_the_owner, person_parent
from aishell.ai.offline.plan_place import place_conditions, place_having
from aishell.ai.offline.plan_roles import entity_columns, head_column, of_its_row
from aishell.ai.offline.plan_rows import self_verb
from aishell.ai.offline.plan_state import _FILLER, _FUNC_WORDS, _PARTICIPLES, KEY_WORDS, Measure, PlanState, Shape
from aishell.ai.offline.sqlgen import cols_in_cond, tables_in_cond
from aishell.ai.offline.text import IRREGULAR_VERBS, past_participle, singular, split_identifier, stem

#: words before a verb: "were opened", "have never applied"
_AUXILIARIES = frozenset(
    {
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "did",
        "do",
        "does",
        "never",
        "not",
        "ever",
        "already",
        "just",
        "who",
        "that",
    }
)

#: verbs of having another table's rows ("hold a permit", "own a car")
_HOLD_VERBS = frozenset({"hold", "holds", "own", "owns", "possess", "possesses", "carry", "carries"})


@dataclass
class Frame:
    """What every shaping strategy reads besides the state and its :class:`Shape`: the group keys, the
    expressions shown for them and their labels, and the columns the question asks to show."""

    keys: list[Expr]
    shown: list[Expr]
    labels: list[str]
    explicit_cols: list[Item]


#: the types of answer, each shaped by its own strategy
AnswerType = Literal["count", "aggregate", "grouped", "ranking", "listing"]

#: how one answer type builds the query: the state, the query (its base set to the subject), the markers
Strategy = Callable[[PlanState, Query, Shape, Frame], None]


def shape(st: PlanState) -> None:
    """Pass shape: pick the answer type once, build the query with its strategy, then place the conditions
    and turn a count or sum into a percentage or share when asked."""
    items, subject, sh = st.items, st.subject, st.shape
    assert subject is not None
    having_items = [it for it in items if it.kind == "cmp" and it.role == "having"]
    group, group_select, group_labels = group_keys(st)
    _event_verbs(st)
    _per_value(st)
    explicit_cols = [it for k, it in enumerate(items) if it.kind == "column" and (
        (not it.used and it.role == "") or (it.role == "date" and _in_with_list(st, k)))]  # fmt: skip
    check_unknown(st)
    fr = Frame(group, group_select, group_labels, explicit_cols)
    q = Query(base=subject)
    STRATEGIES[answer_type(st, sh, fr)](st, q, sh, fr)
    _count_said_beside(st, q)
    if having_items:
        place_having(st, q, having_items)
        # "Which requesters have made more than three requests?": the counts compared, beside the rows, as psql
        # users would ask for next
        q.select.extend(c.left for c in q.having if isinstance(c.left, Agg) and c.left not in q.select)
        if st.show_having:  # "Show how many each. ... most first"
            compared = [c.left for c in q.having if isinstance(c.left, Agg)]
            if st.order_by_having is not None and len(compared) == 1:
                q.order_by.append((compared[0], st.order_by_having))
    if st.order_by_having is not None and not any(e for e, _d in q.order_by if isinstance(e, Agg)):
        said = next((x.text for x in st.items if x.kind == "order" and st.tokens[x.first].low in _MAGNITUDE_WORDS),
                    "most first")  # fmt: skip
        raise _cannot_sort(said)
    _count_entities(st, q)
    place_conditions(st, q)
    _values_side_by_side(st, q)
    # "each plumber ... show each plumber's name": a column said twice is shown once
    q.select = [e for k, e in enumerate(q.select) if not (isinstance(e, Col) and e in q.select[:k])]
    q.group_by = [e for k, e in enumerate(q.group_by) if not (isinstance(e, Col) and e in q.group_by[:k])]
    _code_texts(st, q)
    if q.group_by:
        # every plain column shown must be grouped (DuckDB and Oracle do not infer it from the key)
        for e in q.select:
            if isinstance(e, (Col, DatePart)) and e not in q.group_by:
                q.group_by.append(e)
    percent_item = sh.percent_item
    if percent_item is not None and sh.share:
        _share(st, q, percent_item)
    if percent_item is not None and sh.count_item is percent_item:
        if st.entity is not None and st.entity.table == q.base:
            raise TranslationError(
                f"a percentage of {st.entity.column} kept on many {q.base} rows is not something the offline "
                "translator computes; use an LLM provider (--provider)"
            )
        _percentage(st, q, percent_item)
    st.built = q


def _in_with_list(st: PlanState, k: int) -> bool:
    """Item ``k`` is in a list of columns that "with (their)" opens ("with their date and venue", "with room and
    start time"): only columns, articles, "and" and commas around it, a column among them.  Such a column is shown,
    even when the question's time phrase tests it too."""

    def listed(x: Item) -> bool:
        return x.kind == "column" or st.word(x) in ("and", "the", "their", "its") or (x.kind, x.text) == ("punct", ",")

    j = k - 1
    while j >= 0 and listed(st.items[j]):
        j -= 1
    end = k + 1
    while end < len(st.items) and listed(st.items[end]):
        end += 1
    columns = any(x.kind == "column" for x in st.items[j + 1 : end])
    return j >= 0 and st.word(st.items[j]) == "with" and columns


def answer_type(st: PlanState, sh: Shape, fr: Frame) -> AnswerType:
    """The answer's type, a key of :data:`STRATEGIES`: a count or aggregate with group keys is grouped, unless
    the groups are the measured rows themselves or the parents an average count is taken over."""
    if sh.count_item is not None and sh.rank_measure is None and sh.agg_measure is None:
        return "grouped" if fr.keys else "count"
    if sh.agg_measure is not None and sh.rank_measure is None:
        return "grouped" if fr.keys and not _ungrouped(st, sh, sh.agg_measure, fr.keys) else "aggregate"
    if sh.rank_measure is not None:
        return "ranking"
    return "listing"


def _percentage(st: PlanState, q: Query, percent_item: Item) -> None:
    """ "What percentage of bookings were refunded": the counted rows that meet the outcome, over all of them."""
    # a time phrase scopes the rows counted ("refunded in 2024": of the 2024 bookings), the rest is the
    # outcome whose share is asked
    # "Of the lines that were graded, what percentage got grade A": a value being there, said first, scopes too
    first = st.tokens[0].low if st.tokens else ""
    said_first = first in ("of", "among", "amongst") and percent_item.first > 1
    k = st.items.index(percent_item) + 1
    while (x := st.item(k)) is not None and x.kind == "word" and x.text.lower() in ("of", "the", "its", "their", "all"):
        k += 1
    if (x := st.item(k)) is not None and x.kind == "table" and st.table_of(x) != q.base and \
            st.fans_out(q.base, st.table_of(x)):
        # "For each printer model, what percentage of its print jobs failed?": a share of the jobs, never of the
        # printers that have a failed one
        raise TranslationError(f"the percentage is of {st.table_of(x)} rows, but the query counts {q.base}; {REPHRASE}")

    # "What percentage of completed trips ran late": a value said of the rows before they are named scopes too
    subj = next((x for x in st.items if x.kind == "table" and x.first > percent_item.first
                 and st.table_of(x) == st.subject), None)  # fmt: skip
    before = {
        (h.table, h.column, h.value)
        for x in st.items
        if subj is not None and x.kind == "value" and percent_item.last <= x.first < subj.first
        for h in x.values[:1]
    } | _said_after_rows(st, subj) | _said_for_before(st, percent_item)
    if subj is None:
        # "What percentage of the annual services completed last year failed?": the rows are named by values (no
        # table noun), and all but the last value say which rows are counted; the last is the outcome
        said = [x for x in st.items if x.kind == "value" and x.first >= percent_item.last and x.values]
        # ("... of posted purchases this year were contactless": a yes/no said last is the outcome, every value scopes)
        flag_last = bool(said) and any(x.kind == "column" and x.first > said[-1].first and x.columns
                                       and st._cand_kind(x.columns[0]) == "bool" for x in st.items)  # fmt: skip
        before |= {(h.table, h.column, h.value) for x in (said if flag_last else said[:-1]) for h in x.values[:1]}

    flags = {
        (x.columns[0].table, x.columns[0].column)
        for x in st.items
        if subj is not None and x.kind == "column" and x.columns and percent_item.last <= x.first < subj.first
        and st._cand_kind(x.columns[0]) == "bool"
    }  # fmt: skip ("our active club members")
    # "What percentage of 28-day cube tests passed": a number said of the rows before they are named scopes too
    numbers = {n for x in st.items if subj is not None and x.kind == "number" and
               percent_item.last <= x.first < subj.first for n in x.nums[:1]}  # fmt: skip
    # "of returned loans, what share came back after their due date": a date that is set, and compared too
    compared = {e for c in q.where if c.op in ("<", "<=", ">", ">=") for e in (c.left, c.right) if isinstance(e, Col)}
    # "paid more than 30 days after they were issued": both dates of a span are compared
    compared |= {d for c in q.where if c.op in ("<", "<=", ">", ">=") and isinstance(c.left, Span)
                 for d in (c.left.start, c.left.end)}  # fmt: skip
    if said_first:
        # "Of all consultation appointments before today, what percentage ...": every value and flag said before the
        # percentage says which rows are counted
        before |= {(h.table, h.column, h.value) for x in st.items if x.kind == "value" and x.last <= percent_item.first
                   for h in x.values[:1]}  # fmt: skip
        flags |= {(c.table, c.column) for x in st.items if x.kind == "column" and x.last <= percent_item.first
                  for c in x.columns[:1] if st._cand_kind(c) == "bool"}  # fmt: skip

    # "Of all applications that ended up approved or refused, what percentage were refused?": the list said first
    # scopes, and its value said again after the percentage is the outcome
    listed = {(c.left.table, c.left.column, v.value) for c in q.where if c.op == "in" and isinstance(c.left, Col)
              and c.related is None and all((c.left.table, c.left.column, v2.value) in before for v2 in c.values)
              for v in c.values}  # fmt: skip
    again = {(h.table, h.column, h.value) for x in st.items if x.kind == "value" and x.first >= percent_item.last
             for h in x.values[:1]}  # fmt: skip

    def scoping(c: Cond) -> bool:
        said_before = isinstance(c.left, Col) and c.related is None and (
            (c.op == "=" and len(c.values) == 1 and (c.left.table, c.left.column, c.values[0].value) in before
             and (c.left.table, c.left.column, c.values[0].value) not in listed & again)
            or (c.op == "in" and bool(c.values) and all((c.left.table, c.left.column, v.value) in listed
                                                         for v in c.values))
            or (c.left.table, c.left.column) in flags
            or (c.op == "=" and len(c.values) == 1 and not isinstance(c.values[0].value, bool)
                and c.values[0].value in numbers)
            or (c.op == "not_null" and c.left in compared)
        )
        return said_before or _dated(st, c) or (said_first and c.op in ("not_null", "is_null") and c.related is None)

    scope = [c for c in q.where if scoping(c)]
    outcome = [c for c in q.where if not scoping(c)]
    if said_first:
        # "Of the invoices issued in 2024 that have been paid, what percentage were paid late": the rows counted are
        # the paid ones (paid_on set), though paid_on is only compared in the outcome
        for i in range(1, percent_item.first):
            low = st.tokens[i].low
            if st.tokens[i - 1].low not in ("been", "was", "were", "got") or not past_participle(low) or len(low) < 4:
                continue
            dated = [c for c in compared if st.colmeta(c).kind == "date" and c.table == st.subject
                     and stem(low) in {stem(w) for w in st.colmeta(c).words}]  # fmt: skip
            if len(dated) == 1 and Cond("not_null", dated[0]) not in scope:
                scope.append(Cond("not_null", dated[0]))
    dated_first = any(x.kind == "date" and x.first >= percent_item.last and _names_rows(st, st.item(j + 1))
                      for j, x in enumerate(st.items))  # fmt: skip
    if not outcome and not dated_first:  # "what share of sailings were in 2024": the time is the outcome
        last_date = max((x.first for x in st.items if x.kind == "date" and x.used), default=-1)
        if any(x.kind in ("column", "value") and not x.used and x.first > last_date >= 0 for x in st.items):
            # "what percentage of the electricity generated in 2024 was exported": the period scopes the rows and the
            # outcome said after it (a quantity exported) is unread
            raise TranslationError(f"cannot tell what {percent_item.text!r} is a share of; {REPHRASE}")
        outcome, scope = scope, []  # (but "this year's checks" says which rows are counted)
    if not outcome:
        raise TranslationError("a percentage of what? no condition found")
    if not any(isinstance(e, Agg) and e.func == "COUNT" for e in q.select):
        # "the average germination percentage": no count of rows to take the share of; the conditions stay
        raise TranslationError(f"cannot tell what {percent_item.text!r} is a share of; {REPHRASE}")
    tested = {c.left for c in outcome if isinstance(c.left, Col)}
    if any(g in tested for g in q.group_by):
        # "What percentage of ad spots are read by the host?" grouped by host_read: 100% and 0%, never the share
        raise TranslationError(f"the percentage would be grouped by the column it tests; {REPHRASE}")
    ratio = Ratio(tuple(outcome), _percent_scale(st, percent_item))
    q.select = [ratio if isinstance(e, Agg) and e.func == "COUNT" else e for e in q.select]
    q.where = scope
    q.order_by = [(ratio if isinstance(e, Agg) else e, d) for e, d in q.order_by]
    st.notes[0] = st.notes[0].replace("count", "percentage of", 1)


def _names_rows(st: PlanState, it: Item | None) -> bool:
    """``it`` names the subject's rows: its table, or a column of it said as their noun ("this year's *checks*")."""
    if it is None or st.subject is None:
        return False
    if it.kind == "table":
        return st.table_of(it) == st.subject
    return it.kind == "column" and bool(it.columns) and it.columns[0].table == st.subject


def _said_for_before(st: PlanState, percent_item: Item) -> set[tuple[str, str, str]]:
    """ "the no-show rate for Meals on Wheels, as a percentage of all its sign-ups": a value brought in by "for"
    before the percentage is said is the rows the share is taken in, never part of the outcome."""
    out: set[tuple[str, str, str]] = set()
    for k, x in enumerate(st.items):
        if x.first >= percent_item.first:
            break
        if x.kind == "value" and x.values and st.word(st.item(k - 1)) == "for":
            out |= {(h.table, h.column, h.value) for h in x.values[:1]}
    return out


def _said_after_rows(st: PlanState, subj: Item | None) -> set[tuple[str, str, str]]:
    """ "percentage of sign-ups for completed trips [that] turned up": values in a phrase right after the rows,
    brought in by a preposition, say which rows are counted, before the clause that says the outcome."""
    if subj is None:
        return set()
    out: set[tuple[str, str, str]] = set()
    k = st.items.index(subj) + 1
    prep = False
    while (x := st.item(k)) is not None:
        low = x.text.lower()
        if x.kind == "word" and low in ("for", "of", "on", "in", "from", "at", "with", "the", "a", "an"):
            prep = prep or low not in ("the", "a", "an")
        elif x.kind == "value" and prep:
            out |= {(h.table, h.column, h.value) for h in x.values[:1]}
        elif not (x.kind == "table" and prep):
            break
        k += 1
    return out


def _code_texts(st: PlanState, q: Query) -> None:
    """A column of codes a lookup table explains (``cust_typ_cd`` 'R', 'C' beside ``ref_cd``) is shown with what
    each code means ('Residential', 'Commercial')."""
    out: list[Expr] = []
    for e in q.select:
        out.append(e)
        found = st.values.code_lookup(e.table, e.column) if isinstance(e, Col) else None
        if isinstance(e, Col) and found is not None:
            out.append(CodeText(e, found.lookup, found.code_col, found.text_col, found.kind_col, found.kind))
    q.select = out


def _values_side_by_side(st: PlanState, q: Query) -> None:
    """ "how many lessons were booked online and how many in person", "the total invoiced to residential
    customers and to commercial customers": two values of one column joined by "and" or "versus" under a total
    are two groups of that column, never rows that hold both."""
    if q.group_by or not q.select or not all(isinstance(e, Agg) for e in q.select):
        return
    if not {t.low for t in st.tokens} & {"and", "versus", "vs", "compared"}:
        return
    eq: dict[Col, list[Cond]] = {}
    for c in q.where:
        if c.op == "=" and isinstance(c.left, Col) and len(c.values) == 1:
            eq.setdefault(c.left, []).append(c)
    pairs = [(col, conds) for col, conds in eq.items() if len({str(c.values[0].value) for c in conds}) == 2]
    if len(pairs) != 1:
        return
    col, conds = pairs[0]
    for c in conds:
        q.where.remove(c)
    q.where.append(Cond("in", col, tuple(c.values[0] for c in conds)))
    q.select.insert(0, col)
    q.group_by.append(col)
    said = [f"{col.column} is {c.values[0].value!r}" for c in conds]
    st.notes[:] = [n for n in st.notes if n not in said]
    st.notes.append(f"{col.column} is {' or '.join(repr(c.values[0].value) for c in conds)}, one row for each")


def _dated(st: PlanState, c: Cond) -> bool:
    """A condition on a date (or a year) of the rows: "in 2024", "before March"; not one date of the row against
    another ("returned after their due date")."""
    if not isinstance(c.left, Col) or c.op not in ("<", "<=", ">", ">=", "=") or c.right is not None:
        return False
    meta = st.schema.tables.get(c.left.table)
    col = meta.column(c.left.column) if meta is not None else None
    return col is not None and (col.kind == "date" or col.is_year) and c.related is None


def _per_value(st: PlanState) -> None:
    """ "Number of samples per hospital" where 'hospital' is a stored value: a group named by one value is
    not a group key we can see (per client of that type?): refused rather than answered with one total."""
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if it.kind == "word" and it.text.lower() in ("per", "each") and not it.used and nxt.kind == "value":
            raise TranslationError(f"cannot tell what 'per {nxt.text}' groups by; {REPHRASE}")


def _event_verbs(st: PlanState) -> None:
    """ "Which candidates applied for the job": a past participle that names a date column (appliedOn) and
    follows its rows or an auxiliary is the question's verb, not a column to show."""
    for k, it in enumerate(st.items):
        if it.kind != "column" or it.used or it.role != "" or it.last - it.first != 1:
            continue
        word = st.tokens[it.first].low
        if not word.endswith("ed") or not all(st._cand_kind(c) == "date" for c in it.columns):
            continue
        prev = st.item(k - 1) if k > 0 else None
        main = st.meta(it.columns[0].table).default_date()
        if main is not None and main.name != it.columns[0].column and \
                st.tokens[max(it.first - 2, 0)].low in ("they", "we", "you", "he", "she", "i"):
            continue  # "repairs they have collected" beside a received date: a later event, set or not, never dropped
        if prev is not None and (
            prev.kind == "table" or (prev.kind in ("word", "neg") and prev.text.lower() in _AUXILIARIES)
        ):
            it.kind, it.used = "word", True
            table = it.columns[0].table
            col = Col(table, it.columns[0].column or "")
            if table == st.subject and main is not None and main.name != col.column and st.colmeta(col).nullable:
                # "claims that are closed" beside CLSD_DT: a later event of the rows, which has happened (its date
                # set); never every claim
                st.add_cond(Cond("is_null" if prev.kind == "neg" else "not_null", col), table)
                st.notes.append(f"{col.column} is {'not ' if prev.kind == 'neg' else ''}set")
                continue
            if (
                prev.kind != "neg"
                and st.subject is not None
                and table != st.subject
                and st.fans_out(st.subject, table)
                and table not in st.exists_tables
            ):
                st.exists_tables.append(table)  # "pupils who enrolled": some enrolment row


def _percent_scale(st: PlanState, percent_item: Item) -> float:
    """100 for a percentage, 1 for a share or fraction; "what share ..., as a percentage" is a percentage."""
    scales = [it.nums[0] for it in st.items if it.kind == "percent" and it.nums]
    return max(scales) if scales else (percent_item.nums[0] if percent_item.nums else 100.0)


def _share(st: PlanState, q: Query, percent_item: Item) -> None:
    """The summed measure becomes its share: the conditions pick the part, the whole is every row."""
    if not q.where:
        raise TranslationError("a share of what? no condition found")
    scale = _percent_scale(st, percent_item)
    out: list[Expr] = []
    for e in q.select:
        if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, (Col, Product)):
            out.append(Ratio(tuple(q.where), scale, weight=e.arg))
        else:
            out.append(e)
    q.select, q.where = out, []
    q.order_by = []
    st.notes[0] = "share of " + st.notes[0]


def _counted(st: PlanState, sh: Shape, count_item: Item, explicit_cols: list[Item]) -> tuple[Agg, Col | None]:
    """What a count counts: rows, or the distinct values of the column named right after it."""
    subject = st.subject
    assert subject is not None
    arg: Col | None = None
    distinct = False
    if explicit_cols:
        k = st.items.index(count_item)
        right_after = st.nxt(k, frozenset({"of", "the", "different", "distinct", "unique", "all"}), 3)
        cand = st.pick_column(explicit_cols[0], subject)
        meta = st.colmeta(cand)
        if (sh.distinct_item is not None or right_after == st.items.index(explicit_cols[0])) and meta.kind in (
            "text", "other", "number"
        ) and not names_the_owner(explicit_cols[0].text, meta.words):  # "how many books": not their BookCondition
            arg = cand
            explicit_cols[0].used = True
            distinct = True
    return Agg("COUNT", arg, distinct), arg


def count(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "How many customers are from Germany?": one count of the subject's rows (or of distinct values)."""
    subject = st.subject
    assert subject is not None and sh.count_item is not None
    expr, arg = _counted(st, sh, sh.count_item, fr.explicit_cols)
    q.base = subject
    q.select = [expr]
    st.notes.insert(0, f"count {arg.column if arg else subject}")


def _ungrouped(st: PlanState, sh: Shape, measure: Measure, group: list[Expr]) -> bool:
    """An aggregate whose group keys do not make groups: the measured rows themselves ("average quantity per
    order item"), or the parents an average count is taken over (:func:`_per_parent`)."""
    base = measure.table if measure.table else (st.subject or "")
    if (
        group
        and st.group_table == base
        and all(isinstance(g, Col) and g.table == base and not g.role for g in group)
        and measure.kind != "count"
    ):
        return True
    return _per_parent(st, sh, measure, group) or _count_per_value(st, sh, measure, group) is not None


def _count_per_value(st: PlanState, sh: Shape, measure: Measure, group: list[Expr]) -> Col | None:
    """ "Average number of inspections per inspector" over inspections.inspector: the rows counted, divided
    by the different values of that column of theirs."""
    if (sh.agg_func or "SUM") != "AVG" or measure.kind != "count" or len(group) != 1:
        return None
    key = group[0]
    if not isinstance(key, Col) or key.role or key.table != measure.table or st.colmeta(key).is_key:
        return None
    return key


def _per_parent(st: PlanState, sh: Shape, measure: Measure, group: list[Expr]) -> bool:
    """ "Average number of items per order": items counted, divided by the orders they belong to."""
    return (
        (sh.agg_func or "SUM") == "AVG"
        and measure.kind == "count"
        and st.group_table is not None
        and len([g for g in group if not isinstance(g, Col) or g.table != st.group_table]) == 0
    )


def aggregate(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "What is the average price of products?": one aggregate of the measure."""
    measure = sh.agg_measure
    assert measure is not None
    func = sh.agg_func or "SUM"
    expr = measure.expr(func)
    q.base = measure.table if measure.table else (st.subject or "")
    if _per_parent(st, sh, measure, fr.keys):
        parent = st.group_table
        assert parent is not None
        path = st.schema.path(measure.table, parent) or []
        if path and path[0].child == measure.table and len(path) == 1:
            key = Col(measure.table, path[0].child_cols[0])
        elif st.pk_cols(parent):
            key = st.pk_cols(parent)[0]
        else:
            raise TranslationError(f"cannot count {measure.table} per {parent}")
        expr = PerParent(Agg("COUNT"), key)
        measure.label = f"number of {measure.table} per {parent}"
    elif (value := _count_per_value(st, sh, measure, fr.keys)) is not None:
        expr = PerParent(Agg("COUNT"), value)
        measure.label = f"number of {measure.table} per {value.column}"
    q.select = [expr]
    st.notes.insert(0, f"{_FUNC_WORDS.get(func, func.lower())} {measure.label}")


def grouped(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "Number of patients per city", "average salary by department": a count or aggregate per group key."""
    measure = sh.agg_measure
    expr: Expr
    if measure is None:
        assert st.subject is not None and sh.count_item is not None
        expr = _counted(st, sh, sh.count_item, fr.explicit_cols)[0]
        q.base = st.subject
        head = f"count {st.subject}"
        pk = st.pk_cols(st.subject)
        if isinstance(expr, Agg) and expr.arg is None and pk and sh.distinct_item is not None and any(
                isinstance(g, Col) and g.table != st.subject and st.fans_out(st.subject, g.table) for g in fr.keys):
            # "how many different species per survey type": each species once per type, though recorded on many
            # surveys of it ("tracks played per show" without "different" counts the plays)
            expr = Agg("COUNT", pk[0], True)
    else:
        func = sh.agg_func or "SUM"
        expr = measure.expr(func)
        q.base = measure.table if measure.table else (st.subject or "")
        head = f"{_FUNC_WORDS.get(func, func.lower())} {measure.label}"
    before, after = _count_beside(st, sh, measure)
    q.group_by, q.select = fr.keys, [*fr.shown, *before, expr, *after]
    st.notes.insert(0, f"{head} per {', '.join(fr.labels)}")
    _order_groups(st, q, expr, sh.order_items)


def _count_beside(st: PlanState, sh: Shape, measure: Measure | None) -> tuple[list[Expr], list[Expr]]:
    """ "by payment method - number of payments and total in pounds", "number of payments and the average amount per
    method": a count of the subject's rows and an aggregate of theirs joined by "and", both shown (the first said
    first): the aggregates to show before the main one and after it."""
    it = sh.count_item
    if it is None or it.used:
        return [], []
    k = st.items.index(it)
    rows = st.item(st.nxt(k, _FILLER, 2))
    if rows is None or rows.kind != "table" or st.table_of(rows) != st.subject:
        return [], []
    if measure is not None:
        later = any(t.low == "and" for t in st.tokens[it.last : it.last + 6])
        earlier = "and" in [t.low for t in st.tokens[max(0, it.first - 2) : it.first]]
        if measure.table != st.subject or measure.kind == "count" or not (later or earlier):
            return [], []
        it.used = rows.used = True
        return ([Agg("COUNT")], []) if later else ([], [Agg("COUNT")])
    j = st.items.index(rows) + 1
    agg = st.item(st.nxt(j, _FILLER | {"and"}, 3))
    if agg is None or agg.kind != "agg" or agg.used or st.word(st.item(st.items.index(agg) - 1)) not in ("and", "the"):
        return [], []
    m = measure_at(st, st.items.index(agg))
    if m is None or m[0].table != st.subject or m[0].kind == "count":
        return [], []
    agg.used = True
    return [], [m[0].expr(m[0].func or agg.func or "SUM")]


def _order_groups(st: PlanState, q: Query, expr: Expr, order_items: list[Item]) -> None:
    for it in order_items:
        desc = True if it.desc is None else it.desc
        tgt = st.item(st.nxt(st.items.index(it), _FILLER, 2))
        key: Expr | None = None
        if tgt is not None and tgt.kind in ("column", "table"):
            for sel in q.select:
                if isinstance(sel, Col) and (
                    any(c.table == sel.table and c.column == sel.column for c in tgt.columns)
                    or (tgt.kind == "table" and sel.table == st.table_of(tgt))
                ):
                    key = sel
                    break
            if key is not None:
                tgt.used = True
                desc = bool(it.desc)
        if key is None and it.adj == "alpha" and q.group_by:
            key, desc = q.select[0], bool(it.desc)
        dated = [g for g in q.select if isinstance(g, DatePart)]
        if key is None and it.adj == "date" and len(dated) == 1:
            key, desc = dated[0], bool(it.desc)  # "per month for 2024, in month order"
        q.order_by.append((key if key is not None else expr, desc))
        it.used = True


def _rank_by_rows_below(st: PlanState, q: Query, sh: Shape, plural_list: bool) -> bool:
    """ "Which member has referred the most new members?", "which analyst supervises the most people": rows
    ranked by how many rows of the same table point to them by its one self-referencing key, said by the key's
    own verb; the rows are counted through that key and shown through a second copy of the table."""
    subject = st.subject
    assert subject is not None
    verb = self_verb(st, subject)
    if verb is None or verb.kind not in ("word", "column") or st.rows.is_sub(verb) or not sh.rank_desc:
        return False  # (the fewest would be rows no row points to, which a count over the key never sees)
    fk = st.schema.self_edges(subject)[0].child_cols[0]
    asked = []  # "the email of the subscriber who referred the most": that column of the rows pointed to
    for k, x in enumerate(st.items):
        if x.kind == "column" and not x.used and x.last <= verb.first and x.columns:
            col = st.pick_column(x, subject)
            if col.table == subject and of_its_row(st, k, col):
                asked.append(col)
                x.used, x.role = True, "show"
    own = dict.fromkeys([*st.pk_cols(subject), *st.display_cols(subject), *asked])
    keys: list[Expr] = [Col(c.table, c.column, fk) for c in own]
    expr = Agg("COUNT")
    q.base = subject
    q.where.append(Cond("not_null", Col(subject, fk)))  # rows that point to no row form no group
    q.group_by = keys
    q.select = [*(Col(c.table, c.column, fk) for c in dict.fromkeys([*st.display_cols(subject), *asked])), expr]
    q.order_by = [(expr, sh.rank_desc)]
    q.limit = None if plural_list else (sh.rank_n if sh.rank_n is not None else 1)
    if st.rank_offset:
        q.offset = st.rank_offset
    verb.used = True
    st.notes.insert(0, f"{subject} ranked by the rows whose {fk} points to them")
    return True


def _verb_key_parent(st: PlanState, table: str) -> tuple[str, str] | None:
    """ "Who has triggered the most builds?" beside bld.trggrd_by -> usr, "who owns the most files" beside owner_id:
    the rows a key of ``table`` points to when the verb of the question names that key (and only that one), with
    that key; the verb is read."""
    keys = {e.child_cols[0]: e.parent for e in st.schema.edges_of(table)
            if e.child == table and e.parent != table and len(e.child_cols) == 1}  # fmt: skip
    said: dict[str, list[Item]] = {}
    for it in st.items:
        if it.used and it.kind != "column":  # (a key said as a verb may be tested set already: "have created")
            continue
        if it.kind == "column":
            for c in it.columns:
                if c.table == table and c.column in keys:
                    said.setdefault(c.column, []).append(it)
        elif it.kind == "word" and len(it.text) >= 4:
            for key in keys:
                if any(len(w) >= 4 and stem(w).startswith(stem(it.text)) for w in split_identifier(key)):
                    said.setdefault(key, []).append(it)
    if len(said) != 1:
        return None
    key, verbs = said.popitem()
    for it in verbs:
        it.used, it.role = True, "key"
    return keys[key], key


def ranking(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "The 3 most expensive products", "which city has the most patients": rows or groups ordered by the
    measure, limited to the first ones."""
    m, desc, n = sh.rank_measure, sh.rank_desc, sh.rank_n
    assert m is not None
    group, group_select, items = fr.keys, fr.shown, st.items
    subject = st.subject
    assert subject is not None
    limit = n if n is not None else 1
    plural_list = st.rank_all
    subj_item = next((it for it in items if it.kind == "table" and it.tables[0].table == subject), None)
    if n is None and subj_item is not None and st.plural_mention(subj_item):
        first = st.tokens[0].low if st.tokens else ""
        plural_list = plural_list or first in ("list", "show", "sort", "order", "rank", "display", "give")
    if m.kind == "col" and m.table == subject and m.col is not None and m.func is None and group:
        _extreme_row_per_group(st, q, sh, fr)
        return
    if m.kind == "col" and m.table == subject and m.col is not None and m.func is None:
        q.base = subject
        own = st.display_cols(subject)
        disp = list(dict.fromkeys([*_reference_of(st, subject, own), *own, *_possessive_columns(st, items, subject)]))
        q.select = [*disp, m.col] if m.col not in disp else list(disp)
        q.order_by = [(m.col, desc)]
        q.limit = None if plural_list else limit
        if st.rank_offset:
            q.offset = st.rank_offset
        st.notes.insert(0, f"{subject} by {m.label} {'descending' if desc else 'ascending'}")
        return
    if st.rank_offset:
        q.offset = st.rank_offset
    # "who wrote the most comments": rank the people the counted rows belong to
    qw = next((x for x in items if x.kind == "qword"), None)
    verb_key = ""
    if qw is not None and qw.text.lower() in ("who", "whom") and m.table == subject and not group:
        said_key = _verb_key_parent(st, subject)
        person = said_key[0] if said_key is not None else person_parent(st, subject)
        if person is not None:
            subject = st.subject = person
        if said_key is not None and len([e for e in st.schema.edges_of(m.table)
                                         if e.child == m.table and e.parent == person]) > 1:
            verb_key = said_key[1]  # one of several keys into the people: the one the verb named
    # an aggregate over related rows, per subject row
    head = head_column(st, items)
    period = st.bucket_unit or next(
        (x.unit for x in items if x.kind == "timeunit" and not x.used and x.role != "group"), None
    )
    if not group and period is not None:
        # "which month had the most orders": rank the periods
        dcol = st._date_of_table(m.table) or st._date_of_table(subject)
        if dcol is None:
            raise TranslationError(f"no date to rank by {period}")
        unit = bucket_unit(period)
        group, group_select = [DatePart(unit, dcol)], [DatePart(unit, dcol)]
        for x in items:
            if x.kind == "timeunit":
                x.used = True
        if m.kind == "count" and m.table == subject:
            head = None
    if m.kind == "count":
        base = m.table
        expr: Expr = Agg("COUNT")
        if m.table == subject and head is None and not group:
            if _rank_by_rows_below(st, q, sh, plural_list):
                return
            raise TranslationError(f"cannot rank {subject} by their own count")
    else:
        base = m.table
        level = m.kind == "col" and m.col is not None and m.table != subject and bool(
            set(st.colmeta(m.col).words) & LEVEL_WORDS
        )
        expr = m.expr(("MAX" if desc else "MIN") if level else "SUM")  # the hottest reading's sensor, not a sum
    if (
        not group
        and head is not None
        and (m.table == subject or (m.kind == "count" and m.table == head.table) or st.reachable(m.table, head.table))
    ):
        # "which city has the most patients", "which specialty has the highest average salary"
        group, group_select = [head], [head]
    keys: list[Expr]
    shown: list[Expr]
    if group:
        keys, shown = group, group_select
    else:
        role = verb_key or (st.role_for(subject, len(st.tokens)) if base != subject else "")
        if not role and base != subject:
            role = _own_key(st, base, subject)  # "runners by number of runs": runner_id, not verified_by
        if not role:
            _one_key_between(st, base, subject)
        asked = _possessive_columns(st, items, subject)  # "Give its catalog designation."
        keys = [
            Col(c.table, c.column, role)
            for c in dict.fromkeys([*st.pk_cols(subject), *st.display_cols(subject), *asked])
        ]
        shown = [Col(c.table, c.column, role) for c in dict.fromkeys([*st.display_cols(subject), *asked])]
    q.base = base
    if isinstance(expr, Agg) and expr.func == "COUNT" and st.fans_out(base, subject) and m.kind == "count":
        pk = st.pk_cols(base)
        if pk:
            expr = Agg("COUNT", pk[0], True)
    path = st.schema.path(subject, base) or []
    if (
        m.kind == "count"
        and not desc
        and base != subject
        and len(path) == 1
        and path[0].child == base
        and all(isinstance(x, Col) and x.table == subject and not x.role for x in keys)
        and st.pk_cols(base)
        and not any(t == base for _, t in st.cond_tables)
    ):
        # "the least popular category": a category with no products at all has the fewest; count the rows
        # through a LEFT JOIN from the categories so that it is not left out
        q.base = subject
        q.left_joins = {base}
        expr = Agg("COUNT", st.pk_cols(base)[0])
    q.group_by = keys
    q.select = [*shown, expr]
    q.order_by = [(expr, desc)]
    q.limit = None if plural_list else limit
    if st.rank_offset:
        q.offset = st.rank_offset
    st.notes.insert(0, f"{subject} ranked by {m.label or m.kind}")


def _peer_keys(st: PlanState, subject: str, keys: list[Expr]) -> tuple[Col, ...] | None:
    """The subject's own columns that say which group a row is in: a key column of its own, or its one foreign key
    to the group's table; None when a group is anything else (a period, a table further away, a role)."""
    out: list[Col] = []
    for key in keys:
        if not isinstance(key, Col) or key.role:
            return None
        if key.table == subject:
            out.append(key)
            continue
        edges = [e for e in st.schema.edges_of(subject) if e.child == subject and e.parent == key.table]
        if len(edges) != 1:
            return None
        out.extend(Col(subject, c) for c in edges[0].child_cols)
    return tuple(dict.fromkeys(out)) or None


def _extreme_row_per_group(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "The most expensive product in each category", "for each depot, the vehicle with the highest odometer
    reading": the rows whose measure is the largest (smallest) of their group, ties kept, shown beside the group
    (``price = (SELECT MAX(peer.price) ... WHERE peer.category = products.category)``).  Only one row per group is
    built: "the 3 dearest products in each category" is left to refuse."""
    m, subject = sh.rank_measure, st.subject
    assert m is not None and m.col is not None and subject is not None
    peer = _peer_keys(st, subject, fr.keys)
    if peer is None or sh.rank_n is not None or st.rank_offset:
        return  # the group marker stays unread: refused
    groups = {x.first for x in st.items if x.kind == "group" and x.role == "group"}
    if any(it.last in groups and st.colmeta(st.pick_column(it, subject)).kind == "number" for it in fr.explicit_cols):
        return  # "damaged units per warehouse in the latest snapshot": a quantity per group, never one row's
    q.base = subject
    asked: list[Col] = []
    for it in fr.explicit_cols:  # "each trader's most recent hygiene score": the score of that row
        col = st.pick_column(it, subject)
        if col.table == subject and st.colmeta(col).kind != "bool":
            asked.append(col)
            it.used = True
    shown = [*fr.shown, *st.display_cols(subject), *_possessive_columns(st, st.items, subject), *asked, m.col]
    q.select = list(dict.fromkeys(shown))
    q.where.append(Cond("=", m.col, right=TableAgg("MAX" if sh.rank_desc else "MIN", m.col, peer=peer)))
    for it in st.items:
        if it.kind == "group" and it.role == "group":
            it.used = True
    st.notes.insert(0, f"{subject} with the {'largest' if sh.rank_desc else 'smallest'} {m.label} of each group")


def totals_in_their_period(st: PlanState) -> None:
    """ "clients who spent more than 1,000 dollars on licences in 2024": the period dates the rows whose total is
    compared, so it goes inside that total instead of asking for some row of the period beside it."""
    q = st.query
    for k, c in enumerate(q.where):
        if not isinstance(c.left, CountOf) or c.left.related.where:
            continue
        rel = c.left.related
        dated = [e for e in q.where if e.op == "exists" and e.related is not None and e.related.outer == rel.outer
                 and e.related.target == rel.target and e.related.where and all(
                     isinstance(w.left, Col) and w.left.table == rel.target and st.colmeta(w.left).kind == "date"
                     and w.op in (">", ">=", "<", "<=", "=", "between") for w in walk_conds(e.related.where))]
        if len(dated) != 1:
            continue
        assert dated[0].related is not None
        inner = Related(rel.outer, rel.target, list(dated[0].related.where), rel.prefer)
        q.where[k] = Cond(c.op, CountOf(inner, c.left.agg), c.values, c.right)
        q.where.remove(dated[0])


def peer_conditions(st: PlanState) -> None:
    """The conditions of the rows compared within each group are said of the group's rows too ("the cheapest
    product we still sell in each category" compares it with the products still sold); a condition on another
    table would need its joins inside the comparison, and is refused.  It runs last, when every pass has placed
    its conditions."""
    q = st.query
    for k, c in enumerate(q.where):
        if not (isinstance(c.right, TableAgg) and c.right.peer):
            continue
        table = c.right.col.table
        own: list[Cond] = []
        for other in q.where:
            if other is c:
                continue
            if other.related is not None or other.alternatives or isinstance(other.right, (TableAgg, Agg)) or \
                    set(tables_in_cond(other)) != {table}:
                raise TranslationError(
                    f"the {table} compared in each group would need the condition on "
                    f"{', '.join(sorted(set(tables_in_cond(other)) - {table})) or 'related rows'} too; {REPHRASE}"
                )
            own.append(other)
        q.where[k] = Cond("=", c.left, right=TableAgg(c.right.func, c.right.col, tuple(own), c.right.peer))


def _possessive_columns(st: PlanState, items: list[Item], table: str) -> list[Col]:
    """Columns of ``table`` asked for after "its"/"their" ("Give its catalog designation", "with their
    codes"): shown with the rows."""
    out: list[Col] = []
    for it in items:
        if (
            it.kind != "column"
            or it.used
            or it.first == 0
            or st.tokens[it.first - 1].low not in ("its", "their", "his", "her")
        ):
            continue
        own = [c for c in it.columns if c.table == table]
        if own and own[0].column is not None and st._cand_kind(own[0]) in ("text", "other", "number", "date"):
            it.used, it.role = True, "show"
            out.extend(_whole_name(st, it, Col(table, own[0].column)))
    return out


def _whole_name(st: PlanState, it: Item, col: Col) -> list[Col]:
    """ "their names" of people named in two columns: both (first_name, last_name), not the first alone."""
    words = {t.low for t in st.tokens[it.first : it.last]}
    disp = st.display_cols(col.table)
    if words and words <= NAME_WORDS and col in disp and st.meta(col.table).named and len(disp) > 1:
        return disp
    return [col]


def _bare_name(st: PlanState, it: Item, subject: str) -> list[Col] | None:
    """ "Give their names", "the names of our commercial customers": a name word alone is the name of the rows
    listed, when they have one among its candidates, unless the question mentions the table of a better one
    (never parts.part_name when no part is mentioned).  A person's name is all of it: first and last."""
    words = {t.low for t in st.tokens[it.first : it.last]}
    own = [c for c in it.columns if c.table == subject and c.column is not None]
    if not words or not words <= NAME_WORDS or not own:
        return None
    theirs = it.first > 0 and st.tokens[it.first - 1].low in ("their", "its", "his", "her")
    mentioned = {st.table_of(x) for x in st.items if x.kind == "table"} | {subject}
    best = st.pick_column(it, subject)
    if best.table in mentioned and not theirs:  # ("Show their names": the rows', whatever else is mentioned)
        return None
    return _whole_name(st, it, Col(subject, own[0].column or ""))


def _own_key(st: PlanState, child: str, parent: str) -> str:
    """Of several keys from ``child`` to ``parent``, the one named for the parent itself (runs.runner_id beside
    runs.verified_by -> runners): the rows' owner when no word names a role; "" when none or several are."""
    links = [e for e in st.schema.edges_of(child) if e.child == child and e.parent == parent and len(e.child_cols) == 1]
    if len(links) < 2:
        return ""
    own = {singular(w) for w in st.meta(parent).lemma}
    plain = [e for e in links if all(singular(w) in own or w in KEY_WORDS for w in split_identifier(e.child_cols[0]))]
    return plain[0].child_cols[0] if len(plain) == 1 else ""


def _one_key_between(st: PlanState, child: str, parent: str) -> None:
    """ "who has the most issues" with reporter_id and assignee_id and no word naming either: a guess."""
    links = [e for e in st.schema.edges_of(child) if e.child == child and e.parent == parent]
    if len(links) > 1:
        raise TranslationError(
            f"cannot tell which of {', '.join(e.child_cols[0] for e in links)} links {child} to {parent}; {REPHRASE}"
        )


def _thing_of_a_negation(st: PlanState, it: Item, col: Col, subject: str) -> bool:
    """ "customers who have never bought any pallets" (``collection.pallet_qty``): the thing after "any" in a
    negation is what the absent rows hold, never a column of rows below the subject to show beside it (after a
    preposition, "nobody bought a permit for in any season", it is any season at all)."""
    k = st.items.index(it)
    before = st.tokens[it.first - 2].low if it.first >= 2 else ""
    return st.word(st.item(k - 1)) == "any" and any(x.kind == "neg" and x.first < it.first for x in st.items) and \
        col.table != subject and st.fans_out(subject, col.table) and before not in ("in", "for", "at", "on", "during")


def _said_as_verb(st: PlanState, it: Item) -> bool:
    """ "players who have played for more than one team", "which brands do we stock": a past participle after
    "have" or a verb after "do we" is the verb of the question, not the column it resembles (games_played,
    stock_qty) to show."""
    if not 0 < it.first < len(st.tokens):
        return False
    low, before = st.tokens[it.first].low, st.tokens[it.first - 1].low
    if it.last - it.first == 1 and it.first >= 2 and before in ("we", "you", "they", "i"):
        # "which brands do we stock": the verb after "do we", not stock_qty
        return st.tokens[it.first - 2].low in ("do", "does", "did", "can", "could", "will", "would")
    return it.last - it.first == 1 and low.endswith("ed") and before in ("have", "has", "had")


def _modifier_of_own_column(st: PlanState, it: Item, subject: str) -> bool:
    """ "members whose driving licence has expired": a word that only another table's column holds
    (``bookings.km_driven``), right before a word of the subject's own column, modifies that word; it is no
    column to show (the join would repeat each member per booking), and it is left for the account."""
    if any(c.table == subject for c in it.columns):
        return False
    nxt = next((x for x in st.items if x.first == it.last), None)
    return nxt is not None and nxt.kind == "column" and any(c.table == subject for c in nxt.columns)


def _noun_before_rows(st: PlanState, it: Item, col: Col, subject: str) -> bool:
    """ "Which harp models ...": a word of the subject's column (harpType) said alone right before the rows' noun
    qualifies the noun; it asks for no list of the column's values."""
    nxt = next((x for x in st.items if x.first == it.last), None)
    said = {t.low for t in st.tokens[it.first : it.last]}
    cm = st.colmeta(col)
    words = set(cm.words)
    return (nxt is not None and nxt.kind == "table" and st.table_of(nxt) == subject and col.table == subject
            and cm.kind in ("text", "other") and len(words) > 1 and not words <= said)  # fmt: skip


#: words that ask for a key itself, not for the row it points to ("owner id")
_KEY_WORDS = frozenset({"id", "ids", "key", "keys", "code", "codes", "number", "numbers", "no", "ref"})


def _referent_display(st: PlanState, it: Item, col: Col, subject: str) -> list[Col]:
    """ "projects and their owner", "issues with their assignee": a key of the subject's rows named by its role
    shows the row it points to (the owner's name, joined by that key), not the number it holds; empty when the
    key is asked for itself ("owner id") or the row it points to has no name to show."""
    cm = st.colmeta(col)
    if cm.kind != "fk" or col.table != subject or cm.ref_table is None or cm.ref_table == subject:
        return []
    if {t.low for t in st.tokens[it.first : it.last]} & _KEY_WORDS or not st.meta(cm.ref_table).named:
        return []
    ref = cm.ref_table
    if any(col in _cols_of(c) or ref in _cols_tables(c) for c, _t in st.cond_tables) or any(
        x.kind == "table" and st.table_of(x) == ref for x in st.items
    ):
        return []  # the key tested ("didn't have an agent"), or its rows met otherwise: no second join
    edges = [e for e in st.schema.edges_of(cm.ref_table)
             if e.child == subject and e.parent == cm.ref_table and e.child_cols == (col.column,)]  # fmt: skip
    if len(edges) != 1:
        return []
    return [Col(c.table, c.column, col.column) for c in st.display_cols(cm.ref_table)]


def _cols_of(c: Cond) -> set[Col]:
    return {Col(x.table, x.column) for x in cols_in_cond(c)}


def _cols_tables(c: Cond) -> set[str]:
    return {x.table for x in cols_in_cond(c)}


def _name_of_referent(st: PlanState, it: Item, subject: str) -> bool:
    """ "the name of their owner": a name word before "of" and a key the previous rule shows by its name."""
    j = st.nxt(st.items.index(it), frozenset({"of", "the", "their", "its", "his", "her"}), 3)
    nxt = st.item(j)
    if nxt is None or j is None or st.word(st.item(st.items.index(it) + 1)) != "of" or nxt.kind != "column":
        return False
    if not {t.low for t in st.tokens[it.first : it.last]} & {"name", "names"}:
        return False
    return bool(_referent_display(st, nxt, st.pick_column(nxt, subject), subject))


#: words that may open a question before what it asks for ("what is the total ...")
_ASKING = frozenset({"what", "what's", "whats", "is", "was", "were", "are", "the", "show", "give", "me", "tell", "get"})


def _total_of_rows(st: PlanState, explicit: list[Item], cols: list[Col], subject: str) -> bool:
    """ "Total fees charged on applications received in 2024" over total_fees_charged_gbp: a column whose name
    begins with "total", said with "total" and of rows named in the plural, is added up over those rows."""
    if len(explicit) != 1 or len(cols) != 1 or not explicit[0].text.lower().startswith("total "):
        return False
    if any(t.low not in _ASKING for t in st.tokens[: explicit[0].first]):
        return False  # ("List orders with their total amount": each order's own total)
    meta = st.colmeta(cols[0])
    return meta.numeric and meta.words[:1] == ("total",) and cols[0].table == subject and any(
        x.kind == "table" and st.table_of(x) == subject and st.plural_mention(x) for x in st.items)


def listing(st: PlanState, q: Query, sh: Shape, fr: Frame) -> None:
    """ "List the products in Books", "names of customers by signup date": rows or values, maybe sorted."""
    group, group_select, explicit_cols = fr.keys, fr.shown, fr.explicit_cols
    distinct_item, order_items = sh.distinct_item, sh.order_items
    subject = st.subject
    assert subject is not None
    q.base = subject
    cols: list[Col] = []
    for it in explicit_cols:
        bare = _bare_name(st, it, subject)
        col = bare[0] if bare else st.pick_column(it, subject)
        if st.colmeta(col).kind == "bool" or _modifier_of_own_column(st, it, subject) or _said_as_verb(st, it) or \
                _noun_before_rows(st, it, col, subject) or _thing_of_a_negation(st, it, col, subject):
            continue
        referent = _referent_display(st, it, col, subject)
        if referent:
            cols.extend(referent)
            it.used = True
            continue
        if _name_of_referent(st, it, subject):
            it.used = True  # "the name of their owner": the owner's name, shown for the owner's key
            continue
        cols.extend(bare or _whole_name(st, it, col))
        it.used = True
    if _total_of_rows(st, explicit_cols, cols, subject) and not group:
        q.select = [Agg("SUM", cols[0])]  # "Total fees charged on applications received in 2024"
        st.notes.insert(0, f"sum of {cols[0].column}")
        return
    disp_subject = st.display_cols(subject)
    group_words = {
        g_it.text.lower().split()[-1]
        for g_it in st.items
        if g_it.kind == "group" and g_it.role == "group"
        and any(
            it.first < g_it.first
            and (
                (it.kind == "table" and st.table_of(it) == subject)
                # "cooling failures per city", "# vans per depot": a stored value names the rows
                or (it.kind == "value" and bool(it.values) and all(h.table == subject for h in it.values))
                # "downloads per month" over downloaded_at: a plural noun of the event that dates the rows
                or (it.kind == "column" and bool(it.columns) and it.columns[0].table == subject
                    and st._cand_kind(it.columns[0]) == "date" and st.plural_mention(it))
            )
            for it in st.items
        )
    } & {"by", "per"}
    if (
        group
        and not cols
        # "customers by name" sorts by the row's own name; "applications per stage" never does
        and ("per" in group_words or not any(isinstance(g, Col) and g in disp_subject[:1] for g in group))
        and group_words
    ):
        # "subscribers by status", "alerts per severity": how many rows in each group
        count = Agg("COUNT")
        q.group_by, q.select = group, [*group_select, count]
        st.notes.insert(0, f"count {subject} per group")
        _order_groups(st, q, count, order_items)
        return
    if group and not cols:
        # "list the categories by name": a sort, not a group
        q.select = list(group_select)
        q.distinct = True
        q.order_by = [(g, False) for g in group_select]
        st.notes.insert(0, f"distinct {', '.join(str(getattr(g, 'column', '')) for g in group_select)}")
        return
    disp = st.display_cols(subject)
    if cols:
        first_col = explicit_cols[0].first if explicit_cols else -1
        subject_first = any(
            it.kind == "table" and st.table_of(it) == subject and it.first < first_col for it in st.items
        )
        categorical = (
            len(cols) == 1
            and st.values.has_column(cols[0].table, cols[0].column)
            and cols[0] not in disp
            and not subject_first
        )
        attr_only = all(c not in disp for c in cols)
        # "which flight numbers depart from Madrid": the numbers asked for, each once (a flight number recurs
        # on every date it flies)
        qword = st.shape.qword
        named_values = (
            len(cols) == 1
            and len(explicit_cols) == 1
            and qword is not None
            and qword.text.lower() in ("which", "what")
            and qword.last == explicit_cols[0].first
            and st.tokens[explicit_cols[0].last - 1].low.endswith("s")
            and not subject_first
            and cols[0] not in st.pk_cols(subject)
            and st.colmeta(cols[0]).kind != "date"  # "on which dates ...": each dated row
        )
        if distinct_item is not None or categorical or named_values:
            q.select = list(dict.fromkeys(cols))
            q.distinct = True
            if len(cols) == 1 and st.colmeta(cols[0]).nullable and st.colmeta(cols[0]).kind in ("text", "other"):
                st.add_cond(Cond("not_null", cols[0]), cols[0].table)  # "the different companies": no NULL one
                st.notes.append(f"{cols[0].column} is present")  # (said, so the missing value is not left out silently)
        elif st.entity is not None and st.entity.table == subject:
            # "the orders for events in December ... show the order reference": each order once, not each line
            q.select, q.distinct = list(dict.fromkeys(cols)), True
        elif attr_only and (cols[0].table == subject or subject_first):
            # "pets with their owner's city": the pets are listed too
            q.select = list(dict.fromkeys([*disp, *cols]))
            _parents_shown(st, q, subject, listed=True)  # "events with their date and venue"
        else:
            q.select = list(dict.fromkeys(cols))
            _parents_shown(st, q, subject, listed=True)  # "callouts with the reference and the team"
        st.notes.insert(0, f"{', '.join(c.column for c in cols)} of {subject}")
    else:
        meta = st.meta(subject)
        if not meta.named and _counted_fragment(st, sh, subject):
            # "phone tickets in May 2025", "calls in the past 7 days": a bare phrase about dated rows that no
            # name shows is asked for their number
            q.select = [Agg("COUNT")]
            st.notes.insert(0, f"count {subject}")
            return
        q.select = [*_reference_of(st, subject, disp), *disp] if meta.named else [
            Col(subject, c.name) for c in meta.columns]
        q.distinct = distinct_item is not None
        if st.entity is not None and st.entity.table == subject:  # "list the customers" in an export: each once
            q.select, q.distinct = _entity_shown(st, st.entity), True
        if meta.named and not q.distinct:  # "infusions costing more than 20 per unit": each one's cost beside it
            q.select.extend(_compared_measures(st, q, subject))
        st.notes.insert(0, f"list {subject}")
        _parents_shown(st, q, subject)
    _order_listing(st, q, order_items, subject)
    _who_once(st, q, sh, subject)


def _parents_shown(st: PlanState, q: Query, subject: str, listed: bool = False) -> None:
    """ "products and their categories": the name of each row's parent named in the question, beside the row;
    ``listed``: only a parent in the list of columns after "with their" ("events with their date and venue")."""
    for k, it in enumerate(st.items):
        if listed and not _in_with_list(st, k):
            continue
        if it.kind == "table" and not it.used and it.role == "" and st.table_of(it) != subject:
            other = st.table_of(it)
            if st.reachable(subject, other) and not st.fans_out(subject, other):
                q.select.extend(c for c in st.display_cols(other) if c not in q.select)
                it.used = True


#: last words of a column that holds a row's own reference (ticket_key, order_no, invoice_number)
_REFERENCE_WORDS = frozenset({"key", "ref", "reference", "number", "no", "nbr", "num"})


def _reference_of(st: PlanState, subject: str, shown: list[Col]) -> list[Col]:
    """ "overdue tickets" over tickets(id, ticket_key, title): a row listed by its title is shown with its own
    reference too (TK-1042), the one text column named for the table and a reference word."""
    meta = st.meta(subject)
    own = set(meta.lemma)
    refs = [c for c in meta.columns if c.kind == "text" and len(c.words) == 2 and c.words[-1] in _REFERENCE_WORDS
            and singular(c.words[0]) in own and Col(subject, c.name) not in shown]
    return [Col(subject, refs[0].name)] if len(refs) == 1 else []


def _who_once(st: PlanState, q: Query, sh: Shape, subject: str) -> None:
    """ "Who made claims in 2025 that we rejected?" over claims that hold the claimant's name: each person once,
    not once per claim (rows that are not people, shown by a name only)."""
    if sh.qword is None or sh.qword.text.lower() not in ("who", "whom") or q.distinct:
        return
    shown = [e for e in q.select if isinstance(e, Col)]
    if shown and len(shown) == len(q.select) and all(e.table == subject and not e.role for e in shown) and all(
            st.names_someone_else(e) for e in shown):
        q.distinct = True


def _order_listing(st: PlanState, q: Query, order_items: list[Item], subject: str) -> None:
    """ "sorted by signup date", "newest first", "most first": the order of the rows listed."""
    for it in order_items:
        key: Expr | None = None
        j = st.nxt(st.items.index(it), _FILLER, 2)
        tgt = st.item(j)
        if tgt is not None and tgt.kind == "column" and not (tgt.used and tgt.role != ""):
            key = st.pick_column(tgt, subject)
            tgt.used = True
        elif q.order_by and it.desc is not None:
            # "sorted by signup date, newest first": a direction for the key already given
            last, _d = q.order_by[-1]
            q.order_by[-1] = (last, it.desc)
            it.used = True
            continue
        elif it.adj == "date":
            # "Show batch code and release date, most recent first": the one date shown, else the rows' own
            shown = [e for e in q.select if isinstance(e, Col) and st.colmeta(e).kind == "date"]
            key = shown[0] if len(shown) == 1 else st._date_of_table(subject)
        elif it.adj in ADJECTIVES:
            got = st.adjective_measure(it.adj, subject, bool(it.desc))
            key = got[0].col if got else None
        if key is None and st.tokens[it.first].low in _MAGNITUDE_WORDS:
            # "most first", "highest first": by the one measure shown, never by a name
            measures = [e for e in q.select if not isinstance(e, Col)]
            if not measures and st.show_having:  # "... more than 5 orders? ... order counts, most first"
                st.order_by_having = bool(it.desc)
                it.used = True
                continue
            if len(measures) != 1:
                raise _cannot_sort(it.text)
            key = measures[0]
        if key is None:
            key = q.select[0]
        if isinstance(key, Col) and key not in q.select:
            if q.distinct:
                raise TranslationError("cannot sort distinct values by another column")
            q.select.append(key)
        q.order_by.append((key, bool(it.desc)))
        it.used = True


def _cannot_sort(said: str) -> TranslationError:
    """ "most first" with no one measure to sort by: refused, never sorted by a name."""
    return TranslationError(f"cannot tell what {said!r} sorts by; {REPHRASE}")


#: the first word of an order that says "by size" ("most first", "highest first"), which a name cannot be
_MAGNITUDE_WORDS = frozenset({"most", "highest", "largest", "biggest", "greatest", "least", "lowest", "smallest",
                              "fewest"})


def _count_said_beside(st: PlanState, q: Query) -> None:
    """ "How many rush jobs were ordered this year and what was their average word count?": a count asked beside
    another measure of the same rows is shown with it (it was dropped)."""
    # (a bare "how many", before "and" or the end: "how many birds did we count" is the sum of their bird_count)
    counts = [it for k, it in enumerate(st.items) if it.kind == "count" and not it.used and (
        (nxt := st.item(k + 1)) is None or nxt.kind == "punct" or st.word(nxt) == "and")]  # fmt: skip
    aggs = [e for e in q.select if isinstance(e, Agg)]
    if len(counts) != 1 or not aggs or any(e.func == "COUNT" for e in aggs) or q.having or q.limit is not None:
        return
    if not all(isinstance(e, Agg) or e in q.group_by for e in q.select):
        return
    q.select.insert(q.select.index(aggs[0]), Agg("COUNT"))
    counts[0].used = True
    st.notes.append(f"count {q.base}")


def _count_entities(st: PlanState, q: Query) -> None:
    """ "How many customers ...", "orders per depot" over an export's lines: each customer or order counted once
    (``COUNT(DISTINCT customer_name)``), not each line it appears on."""
    entity = st.entity
    if entity is None or entity.table != q.base:
        return
    each = Agg("COUNT", entity, True)

    def swap(e: Expr) -> Expr:
        return each if isinstance(e, Agg) and e.func == "COUNT" and e.arg is None else e

    q.select = [swap(e) for e in q.select]
    q.order_by = [(swap(e), desc) for e, desc in q.order_by]
    for c in q.having:
        if c.left is not None:
            c.left = swap(c.left)


def _entity_shown(st: PlanState, entity: Col) -> list[Expr]:
    """What shows a thing kept in a table's rows: its name, else what identifies it."""
    word = st.colmeta(entity).words[0]
    ids = entity_columns(st, entity.table, singular(word))
    named: list[Expr] = [c for c in ids if st.colmeta(c).words[1:] in (("name",), ("nm",))]
    return named[:1] or [entity]


def _compared_measures(st: PlanState, q: Query, subject: str) -> list[Col]:
    """The subject's own quantities that a condition compares with a number ("more than 20", "under 5 kg")."""
    out: list[Col] = []
    for c, _table in st.cond_tables:
        col = c.left
        if c.op not in (">", ">=", "<", "<=", "between") or not isinstance(col, Col) or col.table != subject:
            continue
        meta = st.colmeta(col)
        if meta.kind == "number" and not meta.is_year and col not in out and col not in q.select:
            out.append(col)
    return out


#: first words that ask for rows or a value: the question is not a bare phrase
_ASKING_WORDS = frozenset({"list", "show", "give", "find", "get", "display", "tell", "return", "name", "select",
                           "fetch", "pull", "print", "which", "what", "whats", "who", "whose", "when", "where", "how",
                           "can", "could", "would", "please", "i", "we", "is", "are", "do", "does", "did", "all",
                           "every", "any", "each", "the", "our", "my", "see", "view", "count", "number"})  # fmt: skip


def _counted_fragment(st: PlanState, sh: Shape, subject: str) -> bool:
    """A bare phrase ("cash purchases closed in 2024"): no question word or request, nothing to sort or show,
    the subject's own date tested against a period."""
    if sh.qword is not None or sh.distinct_item is not None or sh.order_items or not st.tokens:
        return False
    if st.tokens[0].low in _ASKING_WORDS or any(t.text in ("?", ":") for t in st.tokens):
        return False
    head = st.items[0] if st.items else None
    if head is not None and head.kind == "column" and head.first == 0 and (
            set(head.text.lower().split()) & {"date", "day", "time", "dates"}
            or not any(st.meta(c.table).column(c.column or "") is not None
                       and st.colmeta(Col(c.table, c.column or "")).kind == "date" for c in head.columns)):
        return False  # "pay date for the May 2025 period": the phrase names a value to show ("refunds this month":
        # an event its date says, counted)
    if any(
        not it.used and it.role == "" and (it.kind == "column" or (it.kind == "table" and st.table_of(it) != subject))
        for it in st.items
    ):
        return False  # "upcoming trips with the trail and date": something else to show beside them
    if not any(it.kind == "date" and it.used for it in st.items):
        return False  # a period said ("in May 2025"), not a date test a word implies ("overdue callbacks")
    return any(c.table == subject for c in period_columns(st))




def _has_states(st: PlanState) -> bool:
    """A column of states (status, outcome, result) on the subject or a table it points to."""
    if st.subject is None:
        return False
    near = [st.subject, *(e.parent for e in st.schema.edges_of(st.subject) if e.child == st.subject)]
    return any(set(split_identifier(c.name)) & (STATE_COLUMN_WORDS | {"outcome", "result"})
               for t in near for c in st.meta(t).columns)


#: nouns of a kind of thing ("type of work"): the noun after "of" says whose kind it is
_KIND_NOUNS = frozenset({"type", "types", "kind", "kinds", "sort", "sorts", "category", "categories"})


def check_unknown(st: PlanState) -> None:
    for it in st.items:
        if it.kind == "number" and not it.used:
            # a number we did not place is a filter we would silently drop
            raise TranslationError(f"cannot tell what {it.text!r} refers to")
    unknown: list[str] = []
    for k, it in enumerate(st.items):
        if it.kind != "word" or it.used:
            continue
        low = it.text.lower()
        if (low in STATE_PARTICIPLES or (st.word(st.item(k - 1)) == "actually" and (
                low.endswith("ed") or low in IRREGULAR_VERBS))) and _has_states(st):
            unknown.append(it.text)  # "cleans actually done" beside an outcome column: a state, never dropped
            continue
        if low in FUNCTION_WORDS and k >= 2 and st.word(st.item(k - 1)) == "of" and \
                st.tokens[st.items[k - 2].first].low in _KIND_NOUNS and st.items[k - 2].used and \
                not any(low == w for it2 in st.items[k - 2 : k - 1] for c in it2.columns[:1]
                        for w in st.colmeta(Col(c.table, c.column or "")).words):
            # "by type of work" grouped by the client's type: whose kind "of work" says is not read, never dropped
            kind = st.tokens[st.items[k - 2].first].text
            raise TranslationError(f"cannot tell what '{kind} of {it.text}' names; {REPHRASE}")
        if low in FUNCTION_WORDS or len(low) <= 1 or low in SYNONYMS or low in LATER_WORDS or low in _HOLD_VERBS:
            continue  # "vehicles that hold a permit": a verb of having, placed by the accounting pass
        if low == "new" and any(x.kind in ("date", "timeunit") for x in st.items):
            it.used = True  # "new rentals started in each month of 2023": the rows that began then
            continue
        if low in ("in total", "altogether", "overall") and (
            st.shape.count_item is not None or any(x.kind == "agg" and x.used for x in st.items)
            or (st.shape.agg_measure is not None and st.shape.agg_measure.func in ("SUM", None))
            or any(x.kind == "count" and x.used for x in st.items)
        ):
            it.used = True  # "How many tutors do we have in total?": the count is the total
            continue
        if low in ("number", "count") and st.shape.count_item is not None and st.word(st.item(k - 1)) == "the":
            it.used = True  # "How many jobs has each plumber completed? Show each name with the number."
            continue
        if low.endswith(("ed", "ing")) or low in _PARTICIPLES or low in IRREGULAR_VERBS:
            st.penalty += 0.03
            continue
        unknown.append(it.text)
    if unknown:
        st.penalty += 0.15 * len(unknown)
        for k, it in enumerate(st.items):
            if it.kind != "word" or it.text not in unknown or it.used:
                continue
            nxt = st.item(st.nxt(k, frozenset({"the", "a", "an"}), 1))
            # an unknown modifier of a table ("premium customers") would be silently dropped
            if nxt is not None and nxt.kind == "table" and not it.text.lower().endswith("ly"):
                raise TranslationError(f"unknown word {it.text!r} (no column or value matches it)")
            # so would an unknown attribute ("customers with a loyalty card", "who have an email")
            prev = st.item(st.prv(k, frozenset({"a", "an", "any", "the", "some"}), 2))
            if (
                prev is not None
                and prev.kind in ("word", "neg")
                and prev.text.lower() in ("with", "have", "has", "having", "without", "whose", "no", "not")
            ):
                raise TranslationError(f"unknown word {it.text!r} (no column or value matches it)")
            # and so would the thing money went on ("how much did each owner spend on the farrier", said with an
            # article: "spend on average" is no thing)
            if prev is not None and prev.kind == "word" and prev.text.lower() == "on" and st.item(k - 1) is not prev \
                    and any(x.kind == "revenue" or (x.kind == "agg" and x.used) for x in st.items[:k]) \
                    and it.text.isalpha() and not it.text.lower().endswith(("ly", "ed", "ing")):
                raise TranslationError(f"unknown word {it.text!r} (no column or value matches it)")
        if len(unknown) >= 2:
            raise TranslationError(f"unknown words: {', '.join(repr(u) for u in unknown)}")


#: one strategy per answer type (:func:`answer_type`)
STRATEGIES: dict[AnswerType, Strategy] = {
    "count": count,
    "aggregate": aggregate,
    "grouped": grouped,
    "ranking": ranking,
    "listing": listing,
}

