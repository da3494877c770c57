"""Planner passes after the shape: the superlative row, and the checks that refuse a guess (a counted quantity
or kind of rows kept elsewhere, a missing column asked to be shown)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import pairwise

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    CountOf,
    Product,
    Query,
    Ratio,
    Scaled,
    TableAgg,
    walk_conds,
)
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    PERIOD_ADVERBS,
    QUANTITY_WORDS,
    RECEIVED_VERBS,
    UNIT_PRICE_WORDS,
)
from aishell.ai.offline.linking import capitalized
from aishell.ai.offline.plan_conditions import EXCLUSION_WORDS, FLAG_MARKS, PERCENT_MARKS
from aishell.ai.offline.plan_measures import BILLING_VERBS, SPENDING_VERBS
from aishell.ai.offline.plan_rows import BELONGING
from aishell.ai.offline.plan_state import PlanState
from aishell.ai.offline.sqlgen import tables_in_cond, tables_in_expr
from aishell.ai.offline.text import forms, past_participle, singular, stem
from aishell.ai.offline.units import UNITS, per_unit
from aishell.ai.offline.values import abbreviates

#: last words of a column that holds a quantity (keg_count, pax_cnt, seat_qty)
_COUNT_WORDS = frozenset({"count", "cnt", "qty", "quantity", "num", "nbr"})

#: last words of a column that identifies a row when its name is missing (catalog_designation, part_number)
_IDENTIFYING_WORDS = frozenset(
    {
        "name",
        "title",
        "label",
        "designation",
        "identifier",
        "number",
        "no",
        "code",
        "reference",
        "ref",
        "handle",
        "plate",
    }
)


def _counted_quantity(st: PlanState, q: Query) -> None:
    """ "Number of kegs ordered" with a KegCount column, "how many passengers" with pax_cnt: the noun names a
    quantity the rows carry, so counting rows is a guess; refused unless the quantity is what is summed."""
    if not any(isinstance(e, Agg) and e.func == "COUNT" for e in [*q.select, *(x for x, _ in q.order_by)]):
        return
    toks = [t.low for t in st.tokens]
    nouns = {
        toks[i + 2]
        for i in range(len(toks) - 2)
        if (toks[i], toks[i + 1]) in (("number", "of"), ("how", "many"), ("count", "of"))
        and not _modifier_of_table(st, i + 2)
    }
    for noun in nouns:
        wanted = {noun, singular(noun)}
        for meta in st.schema.tables.values():
            for c in meta.numeric_columns():
                words = set(c.words)
                if c.is_key or c.money or not words & _COUNT_WORDS:
                    continue
                for w in words - _COUNT_WORDS:
                    if wanted & {w, *ABBREVIATIONS.get(w, ())}:
                        raise TranslationError(
                            f"{noun!r} may mean the total of {c.name}, not a count of rows; "
                            "rephrase, or use an LLM provider (--provider)"
                        )


def _modifier_of_table(st: PlanState, pos: int) -> bool:
    """The token at ``pos`` only qualifies the noun after it in one table's name ("keg orders")."""
    it = next((x for x in st.items if x.first <= pos < x.last), None)
    return (
        it is not None
        and it.kind == "table"
        and it.last - it.first > 1
        and pos < it.last - 1
        and not st.tokens[it.last - 1].low.endswith("ed")
    )


def _counted_kind(st: PlanState, q: Query) -> None:
    """ "How many season passes were sold?" where 'Season pass' is a row of a lookup table (pass types):
    the value names a kind of rows kept elsewhere, and counting the one lookup row is a guess: refused."""
    k = next((i for i, it in enumerate(st.items) if it.kind == "count"), None)
    nxt = st.item(k + 1) if k is not None else None
    if nxt is None or nxt.kind != "value" or not nxt.values or q.group_by:
        return
    table, column = nxt.values[0].table, nxt.values[0].column
    if Col(q.base, column) not in st.display_cols(q.base):
        return  # "how many goalkeepers": a category of the rows (position), not one named row
    if q.base.lower() != table.lower() or any(it.kind == "table" and st.table_of(it) == q.base for it in st.items):
        return
    kept = [e for e in st.schema.edges_of(q.base) if e.parent == q.base and e.child != q.base]
    if (
        len(kept) == 1
        and len(q.select) == 1
        and isinstance(q.select[0], Agg)
        and q.select[0].func == "COUNT"
        and q.select[0].arg is None
        and not q.group_by
    ):
        # "how many season passes were sold": the rows of the one table that records that kind
        st.notes[0] = st.notes[0].replace(q.base, kept[0].child, 1)
        q.base = kept[0].child
        return
    if kept:
        raise TranslationError(
            f"{nxt.text!r} is a kind of {q.base}, whose rows are kept in another table; "
            "rephrase, or use an LLM provider (--provider)"
        )


def _null_display(st: PlanState, q: Query) -> None:
    """ "The targets without a common name": a shown column that the question wants missing shows nothing;
    the rows are shown by their one other identifying column (a designation, a code), else refused."""
    nulls = [c.left for c in q.where if c.op == "is_null" and isinstance(c.left, Col)]
    for i, sel in enumerate(q.select):
        if not isinstance(sel, Col) or sel not in nulls:
            continue
        meta = st.meta(sel.table)
        others = [
            c
            for c in meta.columns
            if c.name != sel.column and c.kind in ("text", "other") and c.words and c.words[-1] in _IDENTIFYING_WORDS
        ]
        if len(others) != 1:
            raise TranslationError(
                f"{sel.column} is asked to be missing, so it cannot show the rows; "
                "rephrase, or use an LLM provider (--provider)"
            )
        q.select[i] = Col(sel.table, others[0].name)


def _values_are_never_null(st: PlanState, q: Query) -> None:
    """ "Which promo code brought in the most money": the top group of a column's values names a thing; the rows
    without a value name none.  (A plain list of values keeps what is stored, as ``SELECT DISTINCT`` does.)"""
    keys: list[Col] = []
    if q.limit is not None and q.group_by and q.order_by and any(isinstance(e, Agg) for e, _d in q.order_by):
        keys = [g for g in q.group_by if isinstance(g, Col) and g in q.select]
    for col in keys:
        cm = st.colmeta(col)
        if col.role or cm.is_key or cm.kind not in ("text", "other") or set(st.pk_cols(col.table)) & set(q.group_by):
            continue  # (the name of a row grouped by its key is shown as stored)
        if not any(c.left == col and c.op in ("not_null", "=", "in", "ieq", "like") for c in q.where):
            q.where.append(Cond("not_null", col))


def _no_sum_of_years(st: PlanState, q: Query) -> None:
    """A year is a label, never an amount: "total membership fees" summing fee_year is a wrong column."""
    for e in q.select:
        if not (isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)):
            continue
        if st.colmeta(e.arg).is_year:
            raise TranslationError(
                f"{e.arg.column} holds years, which are not added up; rephrase, or use an LLM provider (--provider)"
            )


def _superlative_row(st: PlanState, q: Query) -> None:
    """ "What is the highest-calorie recipe?": the row with the highest value, not the value alone
    (a superlative and its column written before the table noun, as one attribute of it)."""
    if len(q.select) != 1 or q.group_by or q.having:
        return
    agg = q.select[0]
    if not isinstance(agg, Agg) or agg.func not in ("MAX", "MIN") or not isinstance(agg.arg, Col):
        return
    col = agg.arg
    items = [it for it in st.items if it.kind != "punct"]
    for k, it in enumerate(items[:-2]):
        if (
            it.kind in ("high", "low")
            and items[k + 1].kind == "column"
            and items[k + 2].kind == "table"
            and st.table_of(items[k + 2]) == col.table
            and k + 3 == len(items)
            and it.last == items[k + 1].first - (1 if st.tokens[it.last].text == "-" else 0)
        ):
            disp = [c for c in st.display_cols(col.table) if c != col]
            q.select = [*disp, col]
            q.order_by = [(col, agg.func == "MAX")]
            q.limit = 1
            items[k + 2].used = True
            return


#: words of an attribute table's two columns: which attribute (attr_name, setting_key) and its value
_ATTRIBUTE_KEY_WORDS = frozenset({"attr", "attribute", "key", "name", "property", "prop", "setting", "param",
                                  "parameter", "field", "option", "meta", "tag"})  # fmt: skip
_ATTRIBUTE_VALUE_WORDS = frozenset({"value", "val"})


def _attribute_columns(st: PlanState, table: str) -> set[str]:
    """The name and value columns of an entity-attribute-value table (``product_attributes(product_id,
    attr_name, attr_value)``), or nothing."""
    texts = [c for c in st.meta(table).columns if c.kind in ("text", "other")]
    values = [c for c in texts if set(c.words) & _ATTRIBUTE_VALUE_WORDS]
    names = [c for c in texts if c not in values and set(c.words) & _ATTRIBUTE_KEY_WORDS]
    keyed = any(c.kind == "fk" for c in st.meta(table).columns)
    return {c.name for c in values + names} if keyed and len(values) == 1 and len(names) == 1 else set()


def _attribute_table(st: PlanState, q: Query) -> None:
    """ "Blue cotton products", "products per colour" over ``product_attributes(attr_name, attr_value)``: each
    attribute is a row of its own, so a condition needs its name and value together, once per attribute, and a
    group needs a pivot; none of that is built, so any use of such a table's two columns is refused."""
    conds = walk_conds([*q.where, *q.having])
    cols = [e for e in [*q.select, *q.group_by] if isinstance(e, Col)]
    cols += [c.left for c in conds if isinstance(c.left, Col)]
    for col in cols:
        if col.column in _attribute_columns(st, col.table):
            raise TranslationError(
                f"{col.table} holds one attribute per row ({col.column}); the offline translator does not "
                "pivot attribute tables; use an LLM provider (--provider)"
            )


def superlative_row(st: PlanState) -> None:
    """Pass superlative: "the highest-calorie recipe" shows the row, not the value alone."""
    _superlative_row(st, st.query)


def _who_did_it(st: PlanState, q: Query) -> None:
    """ "Who appointed the referee for fixture 270": the verb after "who" names the key to the person asked for
    (appointed_by); an answer that shows the people of another key (the referee) and only tests that one is set
    answers another question."""
    for k, it in enumerate(st.items[:-1]):
        verb = st.items[k + 1]
        if it.kind != "qword" or it.text.lower() != "who" or it.first != 0 or verb.kind != "column" or \
                verb.role != "filter":
            continue  # (a relative "who" mid-sentence says which rows: "the driver who referred them")
        key = st.colmeta(Col(verb.columns[0].table, verb.columns[0].column or ""))
        shown = {e.table for e in q.select if isinstance(e, Col)}
        if key.kind == "fk" and key.ref_table in shown:
            raise TranslationError(f"'who {verb.text}' asks for the {key.ref_table} of {key.name}, which the answer "
                                   f"does not show; {REPHRASE}")  # fmt: skip


#: words of a part of a quantity set aside (bars_rejected beside bars_made)
_SET_ASIDE = frozenset({"rejected", "returned", "refunded", "cancelled", "canceled", "failed", "lost", "damaged",
                        "wasted", "scrapped", "spoiled", "discarded", "voided", "defective"})


def _one_of_tied_measures(st: PlanState, q: Query) -> None:
    """ "How many goals were scored" over home_goals and away_goals: a word that links two numeric columns of one
    table equally well names neither; adding up one of them is a guess."""
    measured = {e.arg for e in [*q.select, *(x for x, _ in q.order_by)]
                if isinstance(e, Agg) and isinstance(e.arg, Col)}  # fmt: skip
    for it in st.items:
        if it.kind != "column" or len(it.columns) < 2:
            continue
        top = it.columns[0].score
        said = {t.low for t in st.tokens}
        # (bars_made beside bars_rejected: a part set aside is no rival for the whole)
        tied = [c for c in it.columns if c.score == top and c.table == it.columns[0].table
                and st.colmeta(Col(c.table, c.column or "")).numeric
                and not (set(st.colmeta(Col(c.table, c.column or "")).words) & _SET_ASIDE - said)]  # fmt: skip
        if len(tied) > 1 and any(Col(c.table, c.column or "") in measured for c in tied):
            raise TranslationError(f"cannot tell which of {', '.join(c.column or '' for c in tied)} {it.text!r} "
                                   f"means; {REPHRASE}")  # fmt: skip


def _one_of_tied_shown(st: PlanState, q: Query) -> None:
    """ "List the appointment time" over booked_ts, slot_start_ts and finished_ts: a word that names several
    columns of one table equally well names none of them; showing the first is a guess."""
    shown = {e for e in q.select if isinstance(e, Col)}
    for it in st.items:
        if it.kind not in ("column", "link") or len(it.columns) < 2 or it.columns[0].column is None:
            continue
        first = it.columns[0]
        if Col(first.table, first.column or "") not in shown:
            continue
        tied = [c.column for c in it.columns[1:] if c.score == first.score and c.table == first.table and c.column
                and Col(c.table, c.column) not in shown]  # fmt: skip
        if tied:
            raise TranslationError(f"cannot tell which of {first.column}, {', '.join(tied)} {it.text!r} means; "
                                   f"{REPHRASE}")  # fmt: skip


def _outer_measure_beside_related(st: PlanState, q: Query) -> None:
    """ "The average fee for photographers" as the venues' hire fee where some wedding there booked a
    photographer: a sum or average of the answer's own rows, kept by an EXISTS whose rows hold a column the same
    word names (the booking's fee_amt), or whose target's children do ("total hours logged on order X" as the
    model's build hours, beside the order's work log), may total the wrong rows' measure; refused."""
    measured = {e.arg for e in [*q.select, *(x for x, _ in q.order_by)]
                if isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)}  # fmt: skip
    related = [c.related for c in q.where if c.op == "exists" and c.related is not None]
    if not measured or not related:
        return
    for rel in related:
        path = st.schema.path(rel.outer, rel.target, rel.prefer) or []
        inside = {t for e in path for t in (e.child, e.parent)} - {rel.outer}
        inside |= {e.child for e in st.schema.edges_of(rel.target) if e.parent == rel.target} - {rel.outer}
        for it in st.items:
            if it.kind != "column" or not any(Col(c.table, c.column or "") in measured for c in it.columns):
                continue
            rivals = [c for c in it.columns if c.table in inside and st.colmeta(Col(c.table, c.column or "")).numeric]
            if rivals:
                raise TranslationError(f"{it.text!r} may mean {rivals[0].table}.{rivals[0].column}, on the rows "
                                       f"that decide which {rel.outer} count; {REPHRASE}")  # fmt: skip


_DATE_LEAD_WORDS = frozenset({"in", "on", "during", "since", "before", "after", "between", "from", "this", "last"})


def _verb_dates_another_table(st: PlanState, q: Query) -> None:
    """ "guests with a stay arriving in 2025" answered with the experiences' date: the verb right before the period
    names a date column (date_of_arrival) of another table the query reaches, not any date it tests; refused."""
    tested = {c.left for c in walk_conds(q.where) if isinstance(c.left, Col) and st.colmeta(c.left).kind == "date"}
    if not tested:
        return
    reached = {q.base} | {c.related.target for c in walk_conds(q.where) if c.related is not None}
    reached |= {t for r in list(reached) for e in st.schema.path(q.base, r) or [] for t in (e.child, e.parent)}
    for it in st.items:
        if it.kind != "date" or not it.used:
            continue
        j = it.first - 1
        while j >= 0 and st.tokens[j].low in _DATE_LEAD_WORDS:
            j -= 1
        low = st.tokens[j].low if j >= 0 else ""
        if len(low) < 6 or not low.endswith(("ing", "ed")):
            continue
        want = stem(low)
        if any(stem(w) == want for c in tested for w in st.colmeta(c).words if len(w) >= 4):
            continue
        named = [f"{t}.{c.name}" for t in sorted(reached) for c in st.meta(t).date_columns()
                 if any(stem(w) == want for w in c.words if len(w) >= 4)]  # fmt: skip
        if named:
            raise TranslationError(f"'{low}' names {named[0]}, but the query dates other rows; {REPHRASE}")


def _noun_phrase_split(st: PlanState, q: Query) -> None:
    """ "Fee income year to date" read as cohorts.tuition_fee beside placements.salary: two words of one noun phrase
    linked to measures of tables that are not even neighbours name two unrelated things; refused."""
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if it.kind != "column" or nxt.kind != "column" or it.last != nxt.first or not it.columns or not nxt.columns \
                or past_participle(nxt.text.lower()):  # ("fares paid": a noun and what was done with it)
            continue
        a, b = it.columns[0].table, nxt.columns[0].table
        measures = all(st.colmeta(Col(c.table, c.column or "")).numeric and not st.colmeta(Col(c.table, c.column or ""))
                       .is_key for c in (it.columns[0], nxt.columns[0]))  # fmt: skip ("manager's name": a key, a name)
        if measures and a != b and len(st.schema.path(a, b) or [None, None]) > 1:
            raise TranslationError(f"'{it.text} {nxt.text}' is read as columns of {a} and {b}, which are not "
                                   f"related directly; {REPHRASE}")  # fmt: skip


def _name_split_in_two(st: PlanState, q: Query) -> None:
    """ "daughters of Hillcrest Holly": one name read as two values of different columns (the farm 'Hillcrest' and a
    cow named 'Holly') tests two things the question never said apart; refused."""
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if it.last != nxt.first or it.kind not in ("value", "literal") or nxt.kind not in ("value", "literal") or \
                not capitalized(st.tokens, it.first) or not capitalized(st.tokens, nxt.first):
            continue
        said = {it.text, nxt.text}
        tables = {h.table for x in (it, nxt) for h in x.values[:1]} | {
            c.left.table for c in walk_conds(q.where)
            if isinstance(c.left, Col) and any(getattr(v, "value", None) in said for v in c.values)
        }  # fmt: skip ("Siobhan Brennan": a first and a last name of one row are one name, as asked)
        if len(tables) > 1:
            raise TranslationError(
                f"'{it.text} {nxt.text}' reads as two values, but may be one name; {REPHRASE}"
            )


def _name_kept_below(st: PlanState, q: Query) -> None:
    """ "List our active customers in Bradford" over a data vault's hub (customer_hk) whose satellite rows hold the
    customer's name (sat_customer_details.customer_name): an answer that shows only the rows' keys, when the rows'
    name is kept in a table below them, names no one; refused."""
    if q.group_by or any(isinstance(e, Agg) for e in q.select):
        return
    shown = [e for e in q.select if isinstance(e, Col)]
    if not shown or not all(e.table == q.base and st.colmeta(e).is_key for e in shown):
        return
    own = set(st.meta(q.base).lemma)
    for edge in st.schema.edges_of(q.base):
        if edge.parent != q.base or edge.child == q.base:
            continue
        names = [c.name for c in st.meta(edge.child).columns if c.kind == "text" and "name" in c.words
                 and own & {singular(w) for w in c.words}]  # fmt: skip
        if names:
            raise TranslationError(f"the answer shows only {q.base}'s keys, while its name is kept in "
                                   f"{edge.child}.{names[0]}; {REPHRASE}")  # fmt: skip


def _bare_money_label(st: PlanState, q: Query) -> None:
    """ "Table money year to date": a label that names only an amount of money and a period, with no word that asks
    for rows, a total or a count, is a dashboard's total as often as a list of amounts; listing them is a guess."""
    if q.group_by or any(not isinstance(e, Col) for e in q.select):
        return
    kinds = {it.kind for it in st.items if it.kind not in ("punct", "word", "date")}
    if kinds != {"column"} or not any(it.kind == "date" for it in st.items):
        return
    named = [Col(c.table, c.column or "") for it in st.items if it.kind == "column" for c in it.columns[:1]]
    if named and all(st.colmeta(c).money for c in named) and all(c in q.select for c in named):
        raise TranslationError(f"'{st.items[0].text}' names an amount: cannot tell whether the total or each one is "
                               f"asked for; {REPHRASE}")  # fmt: skip


def _top_values_summed(st: PlanState, q: Query) -> None:
    """ "What were the four highest marks in 2024, and which candidates got them?": the N highest values of a
    measure are rows of it, not a total per row of another table; summing them per candidate is refused."""
    if not q.group_by or q.limit is None:
        return
    summed = {e.arg for e, _d in q.order_by if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, Col)}
    for k, it in enumerate(st.items[:-2]):
        high, measure = st.items[k + 1], st.items[k + 2]
        if it.kind == "top" and high.kind == "high" and measure.kind == "column" and high.last == measure.first \
                and any(Col(c.table, c.column or "") in summed for c in measure.columns[:1]):
            raise TranslationError(f"'{it.text} {high.text} {measure.text}' asks for values, not totals per "
                                   f"{q.group_by[0].table if isinstance(q.group_by[0], Col) else 'group'}; "
                                   f"{REPHRASE}")  # fmt: skip


def absent_periods(st: PlanState) -> None:
    """Planner pass: "Which carers haven't done a single visit since 1 June?" built as carers with some visit since
    1 June and no visit at all: the period said after the negation, kept apart on the same rows, moves inside the NOT
    EXISTS (carers with no visit since 1 June).  Only with one period, said after the negation, one EXISTS that holds
    nothing but that period and one NOT EXISTS of the same rows from the same outer rows; else the checks refuse the
    two apart (:func:`_period_beside_its_negation`)."""
    q = st.query
    neg = next((x.first for x in st.items if x.kind == "neg"), None)
    periods = [x for x in st.items if x.kind == "date"]
    if neg is None or len(periods) != 1 or periods[0].first < neg:
        return
    dated = [c for c in q.where if c.op == "exists" and c.related is not None and c.related.where
             and all(w.related is None and isinstance(w.left, Col) and st.colmeta(w.left).kind == "date"
                     for w in c.related.where)]  # fmt: skip
    absent = [c for c in q.where if c.op == "not_exists" and c.related is not None]
    if len(dated) != 1 or len(absent) != 1:
        return
    pos, neg_rows = dated[0].related, absent[0].related
    assert pos is not None and neg_rows is not None
    if (pos.outer, pos.target) != (neg_rows.outer, neg_rows.target) or pos.prefer != neg_rows.prefer:
        return
    said = [t.low for t in st.tokens[neg : periods[0].first] if len(t.low) >= 5 and t.low.endswith("ed")]
    own = {*st.meta(pos.target).words,
           *(w for c in pos.where if isinstance(c.left, Col) for w in st.colmeta(c.left).words)}  # fmt: skip
    for verb in said:  # "not had a single image licensed in 2025": the licences' date, not the images' upload
        if not _shares_a_stem(verb, own) and any(_shares_a_stem(verb, m.words) for m in st.schema.tables.values()):
            return
    neg_rows.where.extend(pos.where)
    q.where.remove(dated[0])
    st.notes.append(f"the period is said of the absent {pos.target} rows")


def _shares_a_stem(word: str, words: Iterable[str]) -> bool:
    """``word`` (a participle) begins like one of ``words``: "licensed" and licence, "landed" and landings."""
    return any(len(w) >= 4 and w[:5] == word[: min(5, len(w))] for w in words)


def _period_beside_its_negation(st: PlanState, q: Query) -> None:
    """ "engineers who have not completed a single visit this year" read as engineers with some visit this year and no
    completed visit ever: a period kept apart from the rows said to be absent belongs inside their negation."""
    dated = {c.related.target for c in q.where if c.op == "exists" and c.related is not None and c.related.where
             and all(isinstance(w.left, Col) and st.colmeta(w.left).kind == "date" for w in c.related.where)}
    absent = {c.related.target for c in q.where if c.op == "not_exists" and c.related is not None}
    if dated & absent:
        raise TranslationError(f"the period is said of the {sorted(dated & absent)[0]} rows that are absent, not of "
                               f"others; {REPHRASE}")  # fmt: skip
    # "patients who haven't had any procedure done since 1 May" read as patients registered since 1 May: a period
    # said after the negation, placed on the rows asked for beside the absent ones
    neg = next((x.first for x in st.items if x.kind == "neg"), None)
    own_dated = any(c.op in (">", ">=", "<", "<=") and isinstance(c.left, Col) and c.left.table == q.base and
                    c.related is None and st.colmeta(c.left).kind == "date" for c in q.where)  # fmt: skip
    if absent and own_dated and neg is not None and any(x.kind == "date" and x.first > neg for x in st.items):
        raise TranslationError(f"the period after the negation is said of the absent {sorted(absent)[0]} rows, not "
                               f"of {q.base}; {REPHRASE}")  # fmt: skip


def _absent_rows_joined(st: PlanState, q: Query) -> None:
    """ "Which sites have no sensor deployed at the moment?" read as sites joined to a current placement that have no
    placement with a sensor: a table the rows must lack, joined to them by a condition of the outer query, leaves no
    row (or a wrong one) to answer with."""
    joined = {c.left.table for c in q.where if c.related is None and isinstance(c.left, Col) and c.left.table != q.base}
    for c in q.where:
        if c.op != "not_exists" or c.related is None or c.related.outer != q.base:
            continue
        path = {t for e in st.schema.path(q.base, c.related.target) or [] for t in (e.child, e.parent)} - {q.base}
        if joined & path:
            raise TranslationError(f"the {sorted(joined & path)[0]} rows are both joined and said to be absent; "
                                   f"{REPHRASE}")


def last_checks(st: PlanState) -> None:
    """Checks of the finished query, after the passes that add conditions of their own (current rows, live rows)."""
    _absent_rows_joined(st, st.query)
    _where_without_a_place(st, st.query)
    _rates_added_up(st, st.query)
    _possessed_role_read_as_the_row(st, st.query)
    _flag_of_other_rows(st, st.query)
    _mixed_units(st, st.query)
    _measure_of_another_row(st, st.query)
    _things_counted_as_rows(st, st.query)
    _rows_looked_for_among_themselves(st, st.query)
    _lines_counted_for_units(st, st.query)
    _period_kept_as_text(st, st.query)
    _state_of_rows_below(st)
    _row_above_read_as_the_row(st, st.query)
    _value_listed_as_itself(st, st.query)
    _one_reading_of_a_pair(st, st.query)


#: words that tell the two readings of one measure apart (miles_out / miles_in, meter_start / meter_end), or the
#: two sides of a ledger line (debit_amt / credit_amt)
_PAIRED = {"in": "out", "out": "in", "start": "end", "end": "start", "opening": "closing", "closing": "opening",
           "begin": "end", "before": "after", "after": "before", "from": "to", "to": "from", "debit": "credit",
           "credit": "debit", "dr": "cr", "cr": "dr"}


def _one_reading_of_a_pair(st: PlanState, q: Query) -> None:
    """ "Total miles driven per van model" answered with SUM(miles_in) beside miles_out, "Which vendors did we pay the
    most money to?" with SUM(debit_amt) beside credit_amt: one of two paired columns is no amount by itself (the
    distance is their difference; which side of a ledger a payment is on depends on the account); added up or
    averaged unasked, refused.  Asked: the column's words said together ("total miles in"), or a side's own word
    ("credits"; never a word as common as "in")."""
    said = " " + " ".join(t.low for t in st.tokens) + " "
    lows = {f for t in st.tokens for f in forms(t.low)}
    for e in [*q.select, *(e for e, _d in q.order_by)]:
        arg = e.inner if isinstance(e, Scaled) else e
        if not (isinstance(arg, Agg) and arg.func in ("SUM", "AVG") and isinstance(arg.arg, Col)):
            continue
        words = st.colmeta(arg.arg).words
        if f" {' '.join(words)} " in said:
            continue
        for i, w in enumerate(words):
            other = _PAIRED.get(w)
            if other is None or any(x not in FUNCTION_WORDS and x in lows for x in (w, other)):
                continue
            twin = (*words[:i], other, *words[i + 1 :])
            if not any(c.words == twin for c in st.meta(arg.arg.table).columns):
                continue
            if w in ("debit", "credit", "dr", "cr"):
                raise TranslationError(f"{arg.arg.column} is one side of a ledger line; say debits or credits; "
                                       f"{REPHRASE}")
            raise TranslationError(f"{arg.arg.column} is one of two readings ({w}/{other}); say which, or ask for "
                                   f"their difference; {REPHRASE}")


def _value_listed_as_itself(st: PlanState, q: Query) -> None:
    """ "list the welterweights" answered with the weight class named 'Welterweight': a value said in the plural
    names the rows that have it (the fighters), never the one row that holds the word; refused."""
    if q.group_by or len(q.select) != 1 or not isinstance(q.select[0], Col):
        return
    shown = q.select[0]
    for c in q.where:
        if c.op in ("=", "ieq") and c.left == shown and c.related is None:
            said = [it for it in st.items if it.kind == "value" and any(
                (h.table, h.column) == (shown.table, shown.column) for h in it.values)]  # fmt: skip
            if said and all(singular(it.text.lower()) != it.text.lower() for it in said):
                value = c.values[0].value if c.values else ""
                raise TranslationError(f"{said[0].text!r} names the rows that are {value}, not the {shown.table} row "
                                       f"itself; {REPHRASE}")


def _row_above_read_as_the_row(st: PlanState, q: Query) -> None:
    """ "singles released on labels owned by Orbit Music Group" answered with the label named Orbit: a row named after
    "owned by" or "belonging to" in a table that points to itself is the row above the ones meant; unless the
    self-reference was read, refused."""
    nested = any(c.op == "in_sub" for c in walk_conds(q.where))
    for it in st.items:
        if it.kind != "value" or not it.values or it.first < 2 or nested:
            continue
        said = (st.tokens[it.first - 2].low, st.tokens[it.first - 1].low)
        table = it.values[0].table
        if said[0] in BELONGING and said[1] in ("to", "by") and st.schema.self_edges(table):
            raise TranslationError(f"{it.text!r} is the {table} row above the ones meant ('{' '.join(said)}'); "
                                   f"{REPHRASE}")



#: stored values that name a period as text: '2024-Q3', '2024-W07', '2023/24', 'FY2024'
_PERIOD_TEXT = re.compile(r"^(?:(?:19|20)\d\d[-/ ]?(?:Q[1-4]|W\d\d|H[12]|\d\d)|(?:19|20)\d\d/\d\d|FY\d{2,4})$", re.I)


def _period_kept_as_text(st: PlanState, q: Query) -> None:
    """ "Total units sold in 2024?" over royalty_statements(period '2024-Q3') dated by the titles' release date: the
    rows keep their own period as text, and another table's date is not it; refused."""
    dated = {c.left.table for c in walk_conds(q.where) if isinstance(c.left, Col) and c.op in (">=", "<", "between")
             and st.colmeta(c.left).kind == "date"}  # fmt: skip
    if not dated or q.base in dated:
        return
    for c in st.meta(q.base).columns:
        held = st.values.column_values(q.base, c.name) if c.kind == "text" else []
        if held and all(_PERIOD_TEXT.match(v.strip()) for v in held[:20]):
            raise TranslationError(f"{q.base}.{c.name} holds its period as text ({held[0]!r}), and the date used is "
                                   f"another table's; {REPHRASE}")


#: nouns that count a table's rows themselves, whatever quantity each holds
_ROW_NOUNS = frozenset({"line", "lines", "row", "rows", "entry", "entries", "record", "records", "booking", "bookings",
                        "order", "orders", "times", "visits", "transactions"})


def _lines_counted_for_units(st: PlanState, q: Query) -> None:
    """ "bookings for more than 3 items in total" answered with a count of booking lines beside bkg_itm.qty: each
    line may hold several items, so a count of lines is no number of items; refused (unless the rows themselves
    are named: "more than 3 lines")."""
    for c in walk_conds([*q.where, *q.having]):
        if not isinstance(c.left, CountOf) or c.left.agg is not None or not c.values:
            continue
        target = c.left.related.target
        if not st.quantity_columns(target, strict=True):
            continue
        for it in st.items:
            noun = st.tokens[it.last].low if it.kind == "cmp" and it.used and it.last < len(st.tokens) else ""
            if noun and noun not in _ROW_NOUNS and noun.isalpha() and noun not in FUNCTION_WORDS:
                raise TranslationError(f"'{it.text} {noun}' may count {target} rows or add up their "
                                       f"{st.quantity_columns(target, strict=True)[0].name}; {REPHRASE}")


def _rows_looked_for_among_themselves(st: PlanState, q: Query) -> None:
    """ "How many Council Tax Reduction claims have we received this year?" answered with EXISTS(claims of this year)
    tied to the claims' type: rows of the counted table looked for beside each row of it (no self-reference)
    test some other row, never the row counted; refused."""
    for c in walk_conds(q.where):
        rel = c.related
        if c.op in ("exists", "not_exists") and rel is not None and rel.target == q.base and rel.outer != q.base:
            raise TranslationError(f"the condition on {q.base} rows is tied to {rel.outer}, not to the rows counted; "
                                   f"{REPHRASE}")


def _things_counted_as_rows(st: PlanState, q: Query) -> None:
    """ "How many shoots have we planted this year?" over plantings(unit_type 'SHOOT', units): the things named by a
    value of the rows are the units planted, which a count of planting rows is not; refused."""
    plain = [e for e in q.select if isinstance(e, Agg) and e.func == "COUNT" and e.arg is None and not e.distinct]
    if not plain or q.group_by or not st.quantity_columns(q.base, strict=True):
        return
    for k, it in enumerate(st.items):
        nxt = st.item(k + 1)
        verb = st.item(k + 2)  # the value is the noun counted: a verb right after it ("shoots *have* we")
        if it.kind == "count" and nxt is not None and nxt.kind == "value" and nxt.first == it.last and \
                any(h.table == q.base for h in nxt.values) and verb is not None and \
                st.word(verb) in ("have", "has", "had", "did", "do", "does", "were", "was", "are", "is"):
            raise TranslationError(f"'{it.text} {nxt.text}' may count the {q.base} rows or add up their "
                                   f"{st.quantity_columns(q.base, strict=True)[0].name}; {REPHRASE}")


def _measure_of_another_row(st: PlanState, q: Query) -> None:
    """ "the average length of a deployment" answered with the average dur_s of the deployment's detections: a
    measure said of one row of the subject ("of a deployment") that the query takes from other rows is refused."""
    subject = st.subject
    aggs = [e.inner if isinstance(e, Scaled) else e for e in q.select]
    measured = {e.arg.table for e in aggs if isinstance(e, Agg) and isinstance(e.arg, Col)}
    for k, it in enumerate(st.items):
        if it.kind != "agg" or not it.used or subject is None:
            continue
        named = st.item(k + 1)
        of, art, row = st.item(k + 2), st.item(k + 3), st.item(k + 4)
        if named is None or named.kind != "column" or not named.used or not named.columns:
            continue
        if row is not None and row.kind == "value" and (after := st.item(k + 5)) is not None and after.kind == "table":
            row = after  # "the average length of a completed stay": past the state said of the row
        if st.word(of) != "of" or st.word(art) not in ("a", "an", "each", "one") or row is None or not measured:
            continue
        said = st.table_of(row) if row.kind == "table" else row.columns[0].table if row.kind == "column" and \
            row.columns else None  # fmt: skip
        if said is not None and said not in measured and (said == subject or row.kind == "table"):
            raise TranslationError(f"{named.text!r} of {st.word(art)} {row.text} is taken from "
                                   f"{sorted(measured)[0]} rows; {REPHRASE}")


#: words of a column that says the unit of a row's quantity (unit 'L' or 'kg', uom)
_UNIT_COLUMN_WORDS = frozenset({"unit", "uom", "units"})


def _mixed_units(st: PlanState, q: Query) -> None:
    """ "diesel spend by station country" answered with SUM(quantity * cost) where a ``unit`` column says the
    quantity is litres on some rows and kilograms on others: a total over unlike units, refused unless the unit is
    tested."""
    tested = {c.left for c in walk_conds(q.where) if isinstance(c.left, Col)}
    for e in [*q.select, *(e for e, _d in q.order_by)]:
        if not isinstance(e, Agg) or e.func not in ("SUM", "AVG"):
            continue
        arg = e.arg
        cols = [arg.left, arg.right] if isinstance(arg, Product) else [arg] if isinstance(arg, Col) else []
        for col in cols:
            if st.colmeta(col).money:
                continue
            units = [c for c in st.meta(col.table).columns if c.kind == "text" and set(c.words) <= _UNIT_COLUMN_WORDS]
            if len(units) != 1 or Col(col.table, units[0].name) in tested:
                continue
            held = st.values.column_values(col.table, units[0].name)
            if len(held) > 1:
                raise TranslationError(f"{col.column} is in {', '.join(sorted(held)[:4])} by {units[0].name}; "
                                       f"name one unit; {REPHRASE}")


def _flag_of_other_rows(st: PlanState, q: Query) -> None:
    """ "Which high-risk clients ...?" answered with the countries' HIGH_RISK_FLAG while the clients' own RISK_RATING
    stores 'High': a flag of other rows beside a column of the rows asked for, named alike and holding the flag's
    other word, is a guess between the two; refused."""
    for c in q.where:
        if not isinstance(c.left, Col) or c.left.table == q.base or c.related is not None:
            continue
        flag = st.colmeta(c.left)
        words = {w for w in flag.words if w not in FLAG_MARKS}
        if flag.kind != "bool" or len(words) < 2 or any(
                x.kind == "table" and st.table_of(x) == c.left.table for x in st.items):
            continue  # ("clients in high-risk countries": the countries' flag, said of them)
        for own in st.meta(q.base).columns:
            shared = set(own.words) & words
            stored = {v.lower() for v in st.values.column_values(q.base, own.name)}
            if own.kind == "text" and shared and stored & (words - shared):
                raise TranslationError(f"cannot tell whether {flag.name} of {c.left.table} or {own.name} of {q.base} "
                                       f"is meant; {REPHRASE}")  # fmt: skip


def _possessed_role_read_as_the_row(st: PlanState, q: Query) -> None:
    """ "Total hours picked by Sanne Popescu's team" answered with Sanne's own hours: the word after a possessive name
    is part of the name of the named row's self-referencing key (team_lead_id), so it says rows around that row (the
    team she leads, or the one she is in), never the row itself; unless the query follows that key, it is refused."""
    if any(c.op == "in_sub" for c in walk_conds(q.where)):
        return
    tested = {c.left.table for c in walk_conds(q.where)
              if c.op in ("=", "ieq") and isinstance(c.left, Col) and st.colmeta(c.left).kind == "text"}  # fmt: skip
    for k, tok in enumerate(st.tokens[:-1]):
        word = st.tokens[k + 1].low
        if not tok.possessive or len(word) < 4:
            continue
        for table in tested:
            for edge in st.schema.self_edges(table):
                key = st.meta(table).column(edge.child_cols[0])
                if key is not None and stem(word) in {stem(w) for w in key.words if w not in st.meta(table).words}:
                    raise TranslationError(f"'{tok.text}'s {word}' names rows related to {tok.text} through "
                                           f"{key.name}, not {tok.text}'s own; {REPHRASE}")  # fmt: skip


#: words of a column or table that says where something is (not linking's rank words)
_WHERE_WORDS = frozenset({"location", "loc", "site", "address", "addr", "town", "city", "country", "region", "area",
                          "room", "place", "depot", "branch", "store", "shop", "warehouse", "venue", "ward", "building",
                          "floor", "street", "postcode", "zip", "county", "state", "district", "station", "port",
                          "shelf", "bin", "aisle", "zone", "lat", "latitude", "lon", "lng", "longitude", "berth",
                          "bay", "plot", "field", "office", "premises", "court", "base", "yard", "garage", "hall",
                          "clinic", "hospital", "school", "campus", "destination", "origin", "route"})


def _where_without_a_place(st: PlanState, q: Query) -> None:
    """ "Where is sensor TMP-1039 right now?" answered with the sensor's own serial number: a question of where that
    shows nothing that says a place is refused."""
    if not st.tokens or st.tokens[0].low != "where":
        return
    shown = [e for e in q.select if isinstance(e, Col)]
    for e in shown:
        words = {singular(w) for w in (*st.colmeta(e).words, *st.meta(e.table).words)}
        if words & _WHERE_WORDS:
            return
    raise TranslationError(f"nothing in the answer says where; {REPHRASE}")


def _order_read_as_a_top_row(st: PlanState, q: Query) -> None:
    """ "Which sites has sensor RNG-1351 been at? Oldest placement first.": a superlative, a noun and "first" ending
    the sentence ask for an order of every row, never for the one row at the top."""
    if q.limit != 1 or any(it.kind == "top" for it in st.items):
        return  # ("the three most booked packages, most bookings first": three rows, in that order)
    for k, it in enumerate(st.items):
        noun, word, end = st.item(k + 1), st.item(k + 2), st.item(k + 3)
        if it.kind in ("adj", "high", "low") and noun is not None and noun.kind in ("table", "column") and \
                st.word(word) in ("first", "last") and (end is None or end.kind == "punct"):  # fmt: skip
            raise TranslationError(f"'{it.text} {noun.text} {st.word(word)}' asks for an order of the rows, not "
                                   f"for the top one; {REPHRASE}")  # fmt: skip


def _said_tables(st: PlanState) -> set[str]:
    """The tables a word of the question names, as rows or by one of their columns."""
    said = {st.table_of(it) for it in st.items if it.kind == "table"}
    return said | {c.table for it in st.items if it.kind == "column" for c in it.columns[:1]}


def _shared_parent(st: PlanState, start: str, end: str, said: set[str]) -> str | None:
    """The parent, named by no word of the question, that the path from ``start`` to ``end`` goes up to and down
    from: the two only share it."""
    node, up = start, ""
    for edge in st.schema.path(start, end) or []:
        if edge.child == node and edge.parent != node:
            up, node = edge.parent, edge.parent
        elif edge.parent == node:
            if up and up not in said:
                return up
            node = edge.child
    return None


def _dated_by_sibling_rows(st: PlanState, q: Query) -> None:
    """ "How many leaks were reported in March 2025?" summed over survey_mains.leaks_found with the leak reports of the
    same main dated in March: a period tested on rows that only share a parent the question never names with the
    rows counted or measured dates other things; refused."""
    if not any(isinstance(e, Agg) for e in q.select):
        return
    said = _said_tables(st)
    for c in q.where:
        if c.op != "exists" or c.related is None:
            continue
        for w in walk_conds(c.related.where):
            if isinstance(w.left, Col) and st.colmeta(w.left).kind == "date" and \
                    (up := _shared_parent(st, q.base, w.left.table, said)) is not None:  # fmt: skip
                raise TranslationError(f"the period dates {w.left.table} rows, which share only {up} rows with the "
                                       f"{q.base} rows measured; {REPHRASE}")  # fmt: skip


def _counted_through_a_shared_parent(st: PlanState, q: Query) -> None:
    """ "buyers with 7 or more viewings" counting the viewings of the agent who sold to them: rows counted per group
    that only share a parent the question never names with the group's rows are someone else's; refused."""
    said = _said_tables(st)
    counted = [e.arg.table if isinstance(e.arg, Col) else q.base for e in q.select
               if isinstance(e, Agg) and e.func == "COUNT" and (e.arg is None or isinstance(e.arg, Col))]
    for g in q.group_by:
        for table in counted:
            if isinstance(g, Col) and (up := _shared_parent(st, g.table, table, said)) is not None:
                raise TranslationError(f"the {table} rows counted share only {up} rows with the {g.table} they are "
                                       f"counted for; {REPHRASE}")  # fmt: skip


def _ranked_by_a_fixed_value(st: PlanState, q: Query) -> None:
    """ "Which assets got the worst condition score of 1 ...?": a ranking by a column the question also fixes at one
    value ranks nothing; the superlative only describes the value.  Refused rather than cut to one row."""
    fixed = {c.left for c in q.where if c.op in ("=", "ieq") and isinstance(c.left, Col) and len(c.values) == 1}
    for e, _desc in q.order_by:
        col = e.arg if isinstance(e, Agg) and e.func in ("MIN", "MAX") else e
        if q.limit is not None and isinstance(col, Col) and col in fixed:
            raise TranslationError(f"the answer is ranked by {col.column}, which the question fixes at one value; "
                                   f"{REPHRASE}")  # fmt: skip


def _outside_as_absence(st: PlanState, q: Query) -> None:
    """ "licence holders who now live outside Saltmarsh Bay" read as holders with no address there ever: "outside" says
    where a row is (a value it does not hold), never that related rows are absent; refused."""
    if any(it.kind == "neg" and it.text.lower() == "outside" for it in st.items) and any(
            c.op == "not_exists" for c in walk_conds(q.where)):  # fmt: skip
        raise TranslationError(f"'outside' is read as rows that are absent, not as a place; {REPHRASE}")


def _joined_key_unset(st: PlanState, q: Query) -> None:
    """ "Which cores have not had any sections cut yet?" read as cores joined to their analyses whose key is NULL: a key
    of rows joined in is never NULL, so the answer would always be empty; refused."""
    for c in q.where:
        if c.op == "is_null" and isinstance(c.left, Col) and c.left.table != q.base and \
                c.left.table not in q.left_joins and st.colmeta(c.left).is_key:  # fmt: skip
            raise TranslationError(f"{c.left.table}.{c.left.column} is a key of joined rows, never unset; {REPHRASE}")
    # "payments still waiting to be approved at a full council meeting" read as payments joined to their meeting by
    # approved_at and approved_at unset: the join through an unset key keeps no row
    read = {t for c in q.where if c.related is None for t in tables_in_cond(c)}
    read |= {t for e in [*q.select, *q.group_by] for t in tables_in_expr(e)}
    for c in q.where:
        if c.op != "is_null" or not isinstance(c.left, Col) or c.related is not None:
            continue
        cm = st.colmeta(c.left)
        if cm.kind == "fk" and cm.ref_table is not None and cm.ref_table in read - {c.left.table} and \
                cm.ref_table not in q.left_joins:  # fmt: skip
            raise TranslationError(f"{c.left.column} is unset, so no {cm.ref_table} row is joined through it; "
                                   f"{REPHRASE}")


#: verbs of money earned, spent or billed, said before "the most" ("earned the most", "spent the least")
_MONEY_RANK_VERBS = SPENDING_VERBS | BILLING_VERBS


def _money_verb_ranks_money(st: PlanState, q: Query) -> None:
    """ "Which photographers earned the most in royalties" ranked by the photographer's royalty rate: a verb of money
    before "the most" ranks by an amount of money, never by a rate or a count stored on the rows; refused."""
    for k, it in enumerate(st.items):
        if it.kind not in ("high", "low") or k < 2 or st.word(st.item(k - 1)) != "the":
            continue
        if st.word(st.item(k - 2)) not in _MONEY_RANK_VERBS:
            continue
        for e, _desc in q.order_by:
            arg = e.arg if isinstance(e, Agg) else e
            if isinstance(arg, Col) and not st.colmeta(arg).money:
                raise TranslationError(f"'{st.word(st.item(k - 2))} the {it.text}' ranks by money, not by "
                                       f"{arg.column}; {REPHRASE}")  # fmt: skip


def _grouped_by_its_measure(st: PlanState, q: Query) -> None:
    """ "total units sold by sales channel" grouped by unitsSold itself: a group per value of the column summed
    answers nothing asked; refused."""
    summed = {e.arg for e in q.select if isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)}
    for g in q.group_by:
        if isinstance(g, Col) and g in summed:
            raise TranslationError(f"the answer would be grouped by {g.column}, the very column it adds up; {REPHRASE}")


def _distinct_kinds_by_one_rows_amount(st: PlanState, q: Query) -> None:
    """ "brands that sold more than 100 units" answered with the brands of any one sale of over 100 units: an amount
    said of a kind of things (a brand, a category) is their total, not one row's; refused."""
    if q.group_by or len(q.select) != 1 or not isinstance(q.select[0], Col):
        return
    kind = q.select[0]
    if st.colmeta(kind).is_key or not (q.distinct or kind.table != q.base):
        return
    for c in walk_conds(q.where):
        if c.op in (">", ">=", "<", "<=") and isinstance(c.left, Col) and c.left.table != kind.table and \
                st.fans_out(kind.table, c.left.table) and (st.colmeta(c.left).money or
                                                          set(st.colmeta(c.left).words) & QUANTITY_WORDS):
            raise TranslationError(f"'{c.left.column}' is compared row by row, but is said of each {kind.column} "
                                   f"as a whole; {REPHRASE}")  # fmt: skip


def _revenue_from_one_price_per_row(st: PlanState, q: Query) -> None:
    """ "total ticket revenue from tastings held in 2024" answered with the sum of each tasting's ticket price: a price
    per row brings in that price once for each of the rows below it (the attendees), not once; refused."""
    if not {t.low for t in st.tokens} & {"revenue", "takings", "income", "turnover"}:
        return
    for e in q.select:
        if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, Col):
            words = set(st.colmeta(e.arg).words)
            if "price" in words and not words & {"total", "subtotal", "paid", "amount", "sold"} and \
                    st.schema.children(e.arg.table):  # fmt: skip
                raise TranslationError(f"{e.arg.column} is a price per {e.arg.table} row, brought in once for each "
                                       f"row below it; {REPHRASE}")  # fmt: skip


#: verbs of rows moving out or in, said right after what moved ("units sold", "cases shipped")
_MOVED_VERBS = frozenset({"sold", "ordered", "bought", "purchased", "shipped", "delivered", "used", "dispatched"})


def _own_column_for_moved_things(st: PlanState, q: Query) -> None:
    """ "the best-selling products by units sold" ranked by Products.StockQuantity: the units sold are counted where
    they were sold, never in a column of the rows' own (what is in stock); refused."""
    own = [e for e, _desc in q.order_by if isinstance(e, Col) and e.table == q.base]
    for it in st.items:
        if it.kind != "column" or it.last >= len(st.tokens) or st.tokens[it.last].low not in _MOVED_VERBS:
            continue
        if any((c.table, c.column) == (e.table, e.column) for e in own for c in it.columns):
            raise TranslationError(f"'{it.text} {st.tokens[it.last].low}' is counted where that happened, not in "
                                   f"{q.base}.{own[0].column}; {REPHRASE}")  # fmt: skip


def _left_out_rows_not_measured(st: PlanState, q: Query) -> None:
    """ "our biggest-spending customers, not counting refunded orders" answered with the service jobs' amounts of the
    customers who never had a refunded order: rows said to be left out of a measure that is taken over other rows
    only drop the whole group; refused."""
    if not any(it.kind == "neg" and set(it.text.lower().split()) & EXCLUSION_WORDS for it in st.items):
        return
    measured = {e.arg.table if isinstance(e.arg, Col) else q.base for e in q.select
                if isinstance(e, Agg) and e.func in ("SUM", "AVG")}  # fmt: skip
    for c in q.where:
        if c.op == "not_exists" and c.related is not None and measured and c.related.target not in measured:
            raise TranslationError(f"the {c.related.target} left out are not the {', '.join(sorted(measured))} rows "
                                   f"measured; {REPHRASE}")  # fmt: skip


def _no_longer_as_never(st: PlanState, q: Query) -> None:
    """ "Which hauliers are we no longer using?" answered with the hauliers never used: "no longer" says the rows were
    there once and are not now, which no undated absence tells; refused."""
    if not any(a == "no" and b == "longer" for a, b in pairwise(t.low for t in st.tokens)):
        return
    for c in q.where:
        if c.op == "not_exists" and c.related is not None and not any(
                isinstance(w.left, Col) and st.colmeta(w.left).kind == "date" for w in walk_conds(c.related.where)):
            raise TranslationError(f"'no longer' is read as never having any {c.related.target}; {REPHRASE}")


#: words that place rows below another in a hierarchy
_BELOW = frozenset({"under", "beneath", "below", "within", "inside"})


def _answer_repeats_the_question(st: PlanState, q: Query) -> None:
    """ "What goes into a Negroni?" answered with the cocktail's name where it is 'Negroni': every column shown is
    tested equal to the one value the question gave, so the answer only repeats it."""
    shown = [e for e in q.select if isinstance(e, Col)]
    # "Which imprints are under Larkspur House" over a self-reference: the rows below it, never the row itself
    below = bool(st.schema.self_edges(q.base)) and any(t.low in _BELOW for t in st.tokens)
    if not shown or len(shown) != len(q.select) or q.group_by or not st.tokens or \
            not (st.tokens[0].low == "what" or (below and st.tokens[0].low in ("which", "who"))):  # fmt: skip
        return  # ("setters named Marta Kowalczyk": a lookup of the rows so named)
    fixed = {c.left for c in q.where if c.op in ("=", "ieq") and isinstance(c.left, Col) and len(c.values) == 1}
    if all(e in fixed for e in shown):
        raise TranslationError(f"the answer would only repeat {', '.join(e.column for e in shown)} from the question; "
                               f"{REPHRASE}")  # fmt: skip


#: words that say the number before them is an amount of money
_AMOUNT_UNITS = frozenset({"dollars", "pounds", "euros", "usd", "gbp", "eur", "quid", "bucks"})


def _year_as_an_amount(st: PlanState, q: Query) -> None:
    """ "our 2024 revenue" read as revenue = 2024: a year compared with an amount of money is a period, not a value."""
    ratios = [c for e in q.select if isinstance(e, Ratio) for c in e.conds]
    # "over $2024", "over 2,024 dollars": written as an amount
    priced = {int(n) for it in st.items if it.kind == "cmp" and it.currency for n in it.nums} | {
        int(t.value) for i, t in enumerate(st.tokens) if t.kind == "number" and t.value is not None and (
            t.currency or "," in t.text or (i + 1 < len(st.tokens) and st.tokens[i + 1].low in _AMOUNT_UNITS))}
    for c in walk_conds([*q.where, *q.having, *ratios]):
        # ("sorbet revenue over 2024": revenue > 2024, where a round 2,000 or 2,500 may well be an amount)
        ordered = c.op in (">", ">=", "<", "<=") and all(
            isinstance(v.value, (int, float)) and not isinstance(v.value, bool) and float(v.value).is_integer()
            and int(v.value) % 50 and int(v.value) not in priced for v in c.values)
        if (c.op == "=" or ordered) and isinstance(c.left, Col) and st.colmeta(c.left).money and any(
                isinstance(v.value, (int, float)) and not isinstance(v.value, bool) and float(v.value).is_integer()
                and 1900 <= v.value <= 2100 for v in c.values):
            raise TranslationError(f"{c.values[0].value:g} is read as an amount of {c.left.column}, but looks like a "
                                   f"year; {REPHRASE}")  # fmt: skip


def _shown_twice(st: PlanState, q: Query) -> None:
    """ "with their department and the date they came in" answered with the reference twice: a column shown twice
    stands where something else was asked for."""
    seen: set[Col] = set()
    for e in q.select:
        if isinstance(e, Col):
            if e in seen:
                raise TranslationError(f"{e.table}.{e.column} would be shown twice, where the question asks for "
                                       f"something else; {REPHRASE}")  # fmt: skip
            seen.add(e)


def _own_group_average(st: PlanState, q: Query) -> None:
    """ "products priced above the average price of their own category": the average of the row's own group, which a
    table-wide average is not; refused when the average compared with has no group."""
    lows = [t.low for t in st.tokens]
    if not any(lows[i] in ("their", "its", "his", "her") and lows[i + 1] == "own" for i in range(len(lows) - 1)):
        return
    if any(isinstance(c.right, TableAgg) and not c.right.peer for c in walk_conds([*q.where, *q.having])):
        raise TranslationError(f"'own' asks for the average of each row's group, not of every row; {REPHRASE}")


def _shown_along_one_of_several_keys(st: PlanState, q: Query) -> None:
    """ "fixtures ... show the home and away club names": a parent's name shown beside rows that point to it by
    several keys (home_club, away_club) would be the name of whichever key the join took; without a role that
    picks one, it is refused."""
    for e in q.select:
        if not isinstance(e, Col) or e.role or e.table == q.base:
            continue
        keys = [x for x in st.schema.edges_of(q.base) if x.child == q.base and x.parent == e.table]
        if len(keys) > 1 and not any(set(x.child_cols) & q.prefer_fks for x in keys):
            raise TranslationError(
                f"{q.base} points to {e.table} by {', '.join(x.child_cols[0] for x in keys)}, and the question does "
                f"not say which {e.table}'s {e.column} to show; {REPHRASE}"
            )


def _shown_from_unrelated_rows(st: PlanState, q: Query) -> None:
    """A column shown beside each listed row from rows that are no part of it: three or more joins away, many per row
    ("Which instructors paid in euros ...": bookings.amount_paid through lessons, attendees and guests), or rows that
    only share a parent with it ("Which of Cloud Nine Pillows' SKUs are stored on pallets?": every inbound receipt of
    the SKU's merchant).  A word misread, never what a listing asks to see; refused."""
    if q.group_by or any(not isinstance(e, Col) for e in q.select):
        return
    for e in q.select:
        if not isinstance(e, Col) or e.table == q.base:
            continue
        path = st.schema.path(q.base, e.table) or []
        if len(path) >= 3 and st.fans_out(q.base, e.table):
            raise TranslationError(
                f"{e.table}.{e.column} lies three or more joins away from the {q.base} asked about; {REPHRASE}"
            )
        shared = _shared_parent(st, q.base, e.table, set())
        if shared is not None:
            raise TranslationError(f"{e.table}.{e.column} belongs to rows that only share a {shared} with the "
                                   f"{q.base} asked about; {REPHRASE}")  # fmt: skip


#: words right before a verb ("researchers *who* work", "paints *have been* used")
_BEFORE_A_VERB = frozenset({"who", "that", "which", "have", "has", "had", "been", "be", "was", "were", "is", "are",
                            "do", "does", "did", "not", "never", "to", "currently", "still", "now", "already", "ever",
                            "recently", "regularly"})  # fmt: skip


def _verb_shown(st: PlanState, q: Query) -> None:
    """ "researchers who work in Chemistry", "paints that have been used on woodwork jobs", "journals charge an APC":
    a verb read as a column of rows many to each listed one (work -> percentage_of_working_time, used -> tins_used)
    and shown beside them repeats each row once per related row; refused."""
    compared = [c.left for c in q.having]
    if any(not isinstance(e, Col) and e not in compared for e in q.select) or st.tokens[0].low == "who":
        return  # ("Who worked on job MJ-24010?": whether people are shown at all is told later)
    ordered = [x for x, _desc in q.order_by]
    for e in q.select:
        if not isinstance(e, Col) or e.table == q.base or not st.fans_out(q.base, e.table) or e in ordered or \
                (q.group_by and st.colmeta(e).is_key):
            continue  # ("wines poured at Champagne Night, in pour order": the order they were poured in)
        naming = [k for k, it in enumerate(st.items)
                  if it.kind == "column" and any((c.table, c.column) == (e.table, e.column) for c in it.columns[:1])]
        if len(naming) != 1:
            continue  # ("wines poured ..., in pour order": the column is asked for by name too)
        k = naming[0]
        it, prev = st.items[k], st.item(k - 1)
        before = st.tokens[it.first - 1].low if it.first > 0 else ""
        subject_then_verb = prev is not None and prev.kind == "table" and prev.last == it.first and \
            st.table_of(prev) == q.base
        # ("songs that last more than five minutes": the unit of a comparison, never a column to show)
        unit_of_a_number = prev is not None and prev.kind == "cmp" and prev.last == it.first
        if before in _BEFORE_A_VERB or subject_then_verb or unit_of_a_number:
            raise TranslationError(f"{it.text!r} reads as {e.table}.{e.column}, shown once for each of its rows "
                                   f"beside every {q.base}; {REPHRASE}")


#: words of a column that holds an amount per period (monthly_rent, AnnualFee, nightly_rate, rent_pcm)
_PERIOD_RATE_WORDS = frozenset(PERIOD_ADVERBS.values()) | {"mthly", "mthy", "annual", "annually", "wkly", "pcm",
                                                             "pa"}
#: verbs of money that changed hands: an amount per period is not what was received
_RECEIVED_VERBS = RECEIVED_VERBS | {"taken", "brought"}


def _rates_added_up(st: PlanState, q: Query) -> None:
    """A rate of each row added up: a price per unit ("the total cost of parts used" as SUM(part.unitCost), "top
    buyers by amount spent" as SUM(PricePerKg)), a percentage ("total placement fees" as SUM(FeePct), or its MAX
    beside FeeAmount), an amount per period received ("total rent received in May" as SUM(monthly_rent) of the
    tenancies started then, or its share); refused."""
    said = {t.low for t in st.tokens}
    for e in [*q.select, *(x for x, _desc in q.order_by), *(c.left for c in q.having if c.left is not None)]:
        while isinstance(e, Scaled):
            e = e.inner
        if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, Col) and per_unit(st.colmeta(e.arg)):
            raise TranslationError(f"{e.arg.column} is a rate per unit; its sum is no amount; {REPHRASE}")
        if isinstance(e, Agg) and isinstance(e.arg, Col):
            arg, func = e.arg, e.func
        elif isinstance(e, Ratio) and isinstance(e.weight, Col):
            arg, func = e.weight, "SUM"
        else:
            continue
        words = set(st.colmeta(arg).words)
        if func == "SUM" and "unit" in words and words & UNIT_PRICE_WORDS and \
                said & {"total", "altogether", "overall", "combined"}:  # fmt: skip
            # ("How much did the mackerel cost on 1 March?": the one price in force then)
            raise TranslationError(f"{arg.column} is a price per unit, which adds up to no total; {REPHRASE}")
        if func in ("SUM", "MAX", "MIN") and words & PERCENT_MARKS and \
                not said & (PERCENT_MARKS | {"%", "rate", "rates"}):  # fmt: skip
            # (the highest protein_pct is a level; the most FeePct beside FeeAmount is the fee the question means)
            twin = any(c.money and set(c.words) & (words - PERCENT_MARKS) for c in st.meta(arg.table).columns)
            if func == "SUM" or twin:
                raise TranslationError(f"{arg.column} is a percentage of each row, which adds up to no amount; "
                                       f"{REPHRASE}")
        verb = next(iter(sorted(said & _RECEIVED_VERBS)), None)
        if func == "SUM" and verb and words & _PERIOD_RATE_WORDS:
            raise TranslationError(f"{arg.column} is an amount per period, not the money {verb}; {REPHRASE}")


def _distinct_count_of_the_group(st: PlanState, q: Query) -> None:
    """ "how many blinds of each type": COUNT(DISTINCT blindType) grouped by blindType is 1 for every group, never
    a number the question asks for; refused."""
    for e in [*q.select, *(x for x, _desc in q.order_by), *(c.left for c in q.having)]:
        if isinstance(e, Agg) and e.func == "COUNT" and e.distinct and isinstance(e.arg, Col) and (
            e.arg in q.group_by or any(isinstance(g, Col) and _points_at(st, g, e.arg) for g in q.group_by)
        ):  # (grouped by assignment.proj_id, the key that reaches project.proj_id: one project a group too)
            raise TranslationError(
                f"counting the different {e.arg.column} values per {e.arg.column} gives 1 each; {REPHRASE}"
            )


def _possessive_read_as_the_row(st: PlanState, q: Query) -> None:
    """ "Who is Priya Natarajan's team leader?" read as the row named Priya Natarajan whose role is 'team leader':
    "X's Y" asks for the Y that X has, another row; refused when both were tested on X's own row."""
    tested = {(c.left.table, c.left.column) for c in q.where if c.op == "=" and isinstance(c.left, Col)}
    for k, x in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if x.kind not in ("value", "literal") or nxt.kind != "value" or not nxt.values or \
                not st.tokens[x.last - 1].possessive:
            continue
        said = nxt.values[0]
        named = [c for c in st.meta(said.table).display if (said.table, c) in tested and c != said.column]
        if named and (said.table, said.column) in tested:
            raise TranslationError(f"'{x.text}'s {nxt.text}' asks for another row than {x.text}'s own; {REPHRASE}")


def _points_at(st: PlanState, key: Col, target: Col) -> bool:
    """``key`` is a foreign key whose one column holds ``target``'s values."""
    return any(e.child == key.table and e.child_cols == (key.column,) and e.parent == target.table
               and e.parent_cols == (target.column,) for e in st.schema.edges_of(key.table))  # fmt: skip


def _count_read_as_a_year(st: PlanState) -> None:
    """ "judges who scored projects at all three fairs" read as fair_year = 3: a small number before a plural noun
    that names a year column counts those years, never a year itself; refused."""
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if it.kind != "number" or not it.nums or nxt.kind != "column" or nxt.first != it.last:
            continue
        if it.nums[0] < 1000 and nxt.columns and all(st.colmeta(Col(c.table, c.column or "")).is_year
                                                     for c in nxt.columns):  # fmt: skip
            raise TranslationError(f"{it.text!r} {nxt.text} counts years, never a year itself; {REPHRASE}")


def _rows_counted_read_as_a_value(st: PlanState, q: Query) -> None:
    """ "tutors with at least 5 ratings" beside Stars read as Stars >= 5: a bound before a plural noun that is not the
    column's own word ("at least 4 stars", "over 3 bedrooms") nor a unit, said of rows below the subject, may count
    those rows; refused."""
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if it.kind != "cmp" or not it.nums or nxt.kind != "column" or nxt.first != it.last or not nxt.columns:
            continue
        word = nxt.text.lower()
        if " " in word or singular(word) == word or word in UNITS:
            continue
        col = Col(nxt.columns[0].table, nxt.columns[0].column or "")
        own = {singular(w) for w in st.colmeta(col).words}
        tested = any(c.left == col and c.values for c in walk_conds(q.where))
        if tested and col.table != st.subject and singular(word) not in own and \
                not any(abbreviates(w, singular(word)) for w in own):  # fmt: skip
            # ("districts with more than 50,000 residents": the districts' own population, a value)
            raise TranslationError(f"cannot tell whether {it.text + ' ' + nxt.text!r} counts rows or compares "
                                   f"{col.column}; {REPHRASE}")


#: superlatives of a measure's size, never of how many rows there are ("the most orders" counts them)
_SIZE_SUPERLATIVES = frozenset({"highest", "lowest", "largest", "smallest", "biggest", "greatest", "best", "worst"})


def _size_of_rows_counted(st: PlanState, q: Query) -> None:
    """ "which day had its highest output" over daily_output(energy, peak_power): the highest of a measure of the
    rows, never the count of rows the table noun names; refused when the ranking counts them."""
    counted = any(isinstance(e, Agg) and e.func == "COUNT" for e, _desc in q.order_by)
    for k, it in enumerate(st.items[:-1]):
        nxt = st.items[k + 1]
        if counted and it.kind == "high" and it.text.lower() in _SIZE_SUPERLATIVES and nxt.kind == "table" and \
                nxt.first == it.last:  # fmt: skip
            raise TranslationError(f"cannot tell which measure of {st.table_of(nxt)} {it.text.lower()!r} ranks by; "
                                   f"{REPHRASE}")


#: words that make the next word of a column's name a qualifier of its amount (AmountInclVat, price_ex_tax)
_QUALIFYING_WORDS = frozenset({"incl", "inc", "including", "excl", "exc", "ex", "excluding", "plus", "less"})


def _qualifier_read_as_the_measure(st: PlanState, q: Query) -> None:
    """ "How much VAT was on the invoices" answered with SUM(AmountInclVat): the VAT only qualifies that amount,
    which is not the VAT; refused unless the question names the amount itself."""
    said = {t.low for t in st.tokens}
    for e in [*q.select, *(x for x, _desc in q.order_by)]:
        if not isinstance(e, Agg) or not isinstance(e.arg, Col):
            continue
        words = st.colmeta(e.arg).words
        qualified = {w for a, w in pairwise(words) if a in _QUALIFYING_WORDS}
        rest = {singular(w) for w in words} - qualified - _QUALIFYING_WORDS
        if qualified & said and not rest & {singular(w) for w in said}:
            raise TranslationError(f"{e.arg.column} is an amount {' '.join(sorted(qualified & said))} qualifies, "
                                   f"not the {' '.join(sorted(qualified & said))} itself; {REPHRASE}")


#: the verb between a noun and the state said of it ("entries are unposted"), and the words that may follow it
#: ("are still unposted", "were not completed")
_PREDICATE_WORDS = frozenset({"are", "is", "were", "was"})
_STATE_ADVERBS = frozenset({"still", "not", "now", "currently", "yet"})


def _state_of_rows_below(st: PlanState) -> None:
    """ "how many journal entries are still unposted" read as an entry with a line on an account whose POST_FLG is
    'N': a state said of the rows ("are unposted") is theirs, never a flag of other rows their children point to
    (a state of the children themselves may be: "deliveries were rejected" over a satellite); refused."""
    subject = st.subject
    if subject is None:
        return
    for it in st.items:
        if it.kind != "column" or it.role != "filter" or not it.columns or it.first == 0:
            continue
        k = it.first - 1
        while k > 0 and st.tokens[k].low in _STATE_ADVERBS:
            k -= 1
        if st.tokens[k].low not in _PREDICATE_WORDS:
            continue
        table = it.columns[0].table
        if table != subject and all(c.table == table for c in it.columns) and st.down_then_up(subject, table):
            raise TranslationError(f"{it.text!r} is said of {subject}, but {it.columns[0].column} is a column of "
                                   f"{table}, reached through its rows; {REPHRASE}")


def checks(st: PlanState) -> None:
    """Pass checks: a missing column asked to be shown, a counted quantity, a counted kind of rows, an
    attribute table read as a plain one, a measure or a shown column that one word names among several, a period
    dated by other rows than the verb before it names."""
    q = st.query
    _count_read_as_a_year(st)
    _rows_counted_read_as_a_value(st, q)
    _size_of_rows_counted(st, q)
    _qualifier_read_as_the_measure(st, q)
    _attribute_table(st, q)
    _null_display(st, q)
    _values_are_never_null(st, q)
    _no_sum_of_years(st, q)
    _counted_quantity(st, q)
    _counted_kind(st, q)
    _shown_along_one_of_several_keys(st, q)
    _shown_from_unrelated_rows(st, q)
    _distinct_count_of_the_group(st, q)
    _possessive_read_as_the_row(st, q)
    _one_of_tied_measures(st, q)
    _outer_measure_beside_related(st, q)
    _one_of_tied_shown(st, q)
    _verb_dates_another_table(st, q)
    _noun_phrase_split(st, q)
    _name_split_in_two(st, q)
    _name_kept_below(st, q)
    _bare_money_label(st, q)
    _top_values_summed(st, q)
    _period_beside_its_negation(st, q)
    _order_read_as_a_top_row(st, q)
    _dated_by_sibling_rows(st, q)
    _counted_through_a_shared_parent(st, q)
    _revenue_from_one_price_per_row(st, q)
    _own_column_for_moved_things(st, q)
    _left_out_rows_not_measured(st, q)
    _no_longer_as_never(st, q)
    _ranked_by_a_fixed_value(st, q)
    _outside_as_absence(st, q)
    _joined_key_unset(st, q)
    _money_verb_ranks_money(st, q)
    _grouped_by_its_measure(st, q)
    _distinct_kinds_by_one_rows_amount(st, q)
    _answer_repeats_the_question(st, q)
    _year_as_an_amount(st, q)
    _shown_twice(st, q)
    _own_group_average(st, q)
    _who_did_it(st, q)
    _verb_shown(st, q)
    _future_of_a_record_date(st, q)
    _sum_for_child_rows(st, q)


def _sum_for_child_rows(st: PlanState, q: Query) -> None:
    """ "the referee fees for played matches" summed as the fee of each competition that has a played match: the
    amount said *for* rows below the summed ones is theirs (a fee per match), so a sum over the parents that only
    have some is a guess."""
    sums = [e.arg for e in q.select if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, Col)]
    if not sums:
        return
    table = sums[0].table
    for c in q.where:
        r = c.related
        if c.op != "exists" or r is None or r.target == table or not st.fans_out(table, r.target):
            continue
        for it in st.items:
            said = (it.kind == "table" and st.table_of(it) == r.target) or (
                it.kind == "value" and any(h.table == r.target for h in it.values))  # ("for *played* matches")
            if said and it.first >= 1 and "for" in (st.tokens[it.first - 1].low, st.tokens[max(0, it.first - 2)].low):
                raise TranslationError(f"cannot tell whether {sums[0].column} is summed once per {table} row or "
                                       f"once per {r.target} row; {REPHRASE}")


#: words of the date a row was recorded on, which is never later than today
_RECORD_DATE_WORDS = frozenset({"created", "crtd", "registered", "joined", "inserted", "added", "logged", "recorded"})


def _future_of_a_record_date(st: PlanState, q: Query) -> None:
    """ "What's coming up in the next 30 days?" put on clients.createdon: a row is recorded on or before today, so a
    period after today on such a date is a misread, never an empty answer ("created today" stays)."""
    bounds: dict[Col, list[tuple[str, dt.date]]] = {}
    for c in walk_conds(q.where):
        if c.op not in (">=", ">", "<", "<=") or not isinstance(c.left, Col) or len(c.values) != 1:
            continue
        cm = st.colmeta(c.left)
        if cm.kind != "date" or not set(cm.words) & _RECORD_DATE_WORDS:
            continue
        value = c.values[0].value
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
        bounds.setdefault(c.left, []).append((c.op, day))
    tomorrow = st.today + dt.timedelta(days=1)
    for col, said in bounds.items():
        lows = [d for op, d in said if op in (">=", ">")]
        highs = [d for op, d in said if op in ("<", "<=")]
        if any(d > st.today for d in lows) or (any(d >= st.today for d in lows) and any(d > tomorrow for d in highs)):
            raise TranslationError(f"{col.column} records when a row was entered, never a date after today; "
                                   f"{REPHRASE}")  # fmt: skip
