"""Planner passes markers and measures: the markers of the answer's shape (count, percent, distinct, top,
order) and the measure it ranks or aggregates ("most expensive", "the most orders", "average price"),
recorded in the state's :class:`~.plan_state.Shape`."""

from __future__ import annotations

from aishell.ai.offline.account import MONEY_VERBS, stem
from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Col,
    Cond,
    Lit,
)
from aishell.ai.offline.lexicon import (
    ADJECTIVES,
    AGG_WORDS,
    CLASSIFIER_WORDS,
    CODE_WORDS,
    FUNCTION_WORDS,
    LEVEL_WORDS,
    MONEY_WORDS,
    NAME_WORDS,
    ORDINALS,
    QUANTITY_WORDS,
    REVENUE_WORDS,
    STATE_ADJECTIVES,
    STATE_COLUMN_WORDS,
    STATE_PARTICIPLES,
    UNIT_PRICE_WORDS,
    UNSUPPORTED,
)
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_spans import SpanPass
from aishell.ai.offline.plan_state import _FILLER, READING_WORDS, Measure, PlanState, Shape, compound_modifier
from aishell.ai.offline.text import forms, past_participle, singular, split_identifier
from aishell.ai.offline.units import UNITS, column_unit
from aishell.ai.offline.values import abbreviates


def _markers(st: PlanState) -> Shape:
    """The markers of the answer's shape; a statistic the translator cannot compute is refused here."""
    items = st.items
    # a stored value ("labelled regression") is data, not a statistic to compute
    stored = {i for it in items if it.kind == "value" for i in range(it.first, it.last)}
    odd = {t.low for i, t in enumerate(st.tokens) if i not in stored} & UNSUPPORTED
    if odd:
        raise TranslationError(f"the offline translator cannot compute a {sorted(odd)[0]}")
    for k, it in enumerate(items):
        nxt_it = st.item(k + 1)
        if (
            it.kind == "word"
            and it.text.lower() in ORDINALS
            and nxt_it is not None
            and nxt_it.kind in ("adj", "high", "low", "top")
        ):
            st.rank_offset = ORDINALS[it.text.lower()]
            it.used = True
    sh = Shape(
        qword=next((it for it in items if it.kind == "qword"), None),
        # ("customers who joined in 2024 and *their* number of orders": one count per row, never one total)
        count_item=next((it for k, it in enumerate(items) if it.kind == "count" and not it.used
                         and not (st.word(st.item(k - 1)) in ("their", "its")
                                  and (rows := st.item(k + 1)) is not None and rows.kind == "table")), None),
        percent_item=next((it for it in items if it.kind == "percent"), None),
        distinct_item=next((it for it in items if it.kind == "distinct"), None),
        top_item=next((it for it in items if it.kind == "top"), None),
        order_items=[it for it in items if it.kind == "order"],
        subject_pos=next((k for k, it in enumerate(items) if it.kind == "table" and not it.used), None),
    )
    if sh.percent_item is not None:
        for it in items:  # "what share of ..., as a percentage": one ratio
            if it.kind == "percent":
                it.used = True
        share = _share_measure(st, sh.percent_item)
        if share is not None:
            sh.agg_measure, sh.agg_func, sh.share = share, "SUM", True
        else:
            sh.count_item = sh.count_item or sh.percent_item
    return sh


def _share_measure(st: PlanState, percent: Item) -> Measure | None:
    """ "what share of all votes", "what percentage of revenue": a share of a sum, not of a row count."""
    j = st.nxt(st.items.index(percent), frozenset({"of", "the", "all", "total"}), 3)
    it = st.item(j)
    if (
        it is None
        or j is None
        or it.used
        or not (it.kind == "revenue" or (it.kind == "column" and any(st._cand_kind(c) == "number" for c in it.columns)))
    ):
        return None
    m = measure_at(st, j)
    if m is None or m[0].kind not in ("col", "revenue") or m[0].func not in (None, "SUM"):
        return None
    if m[0].col is not None and (st.colmeta(m[0].col).is_key or st.colmeta(m[0].col).is_year):
        return None
    if m[0].col is not None and set(st.colmeta(m[0].col).words) & LEVEL_WORDS:
        return None  # "what percentage scored 4 or higher": a share of the rows; scores do not add up
    return m[0]


def _measure_item(st: PlanState, sh: Shape, k: int, it: Item) -> None:
    """Rankings and measures: "most expensive", "the most orders", "highest price", "top 3 ... by X"."""
    if it.kind == "adj" and it.adj:
        _measure_adjective(st, sh, k, it)
    elif it.kind in ("high", "low"):
        _measure_high_low(st, sh, k, it)
    elif (
        it.kind == "order"
        and it.adj is None
        and sh.rank_measure is None
        and sh.agg_measure is None
        and (sh.count_item is None or sh.count_item.first > it.first)
    ):
        _measure_order(st, sh, k, it)
    elif it.kind == "sortkey":
        m = measure_at(st, st.nxt(k, _FILLER, 2) or k + 1) or _count_of_qualified_rows(st, k + 1)
        if m is None:
            raise TranslationError("cannot tell what to sort by")
        sh.rank_measure = _summed(st, m[0])
        it.used = True
    elif it.kind == "agg" and sh.agg_measure is None:
        m = measure_at(st, k)
        if m is None and it.text.lower() == "how much" and k == 0:
            m = _how_much(st)
        if m is not None:  # else "total" alone may be a column ("order total")
            sh.agg_measure = m[0]
            sh.agg_func = sh.agg_measure.func or it.func
    elif (
        it.kind == "revenue"
        and sh.agg_measure is None
        and sh.rank_measure is None
        and not any(x.kind == "cmp" for x in st.items[k + 1 : k + 3])
    ):
        rev = st.revenue_measure(st.subject if sh.subject_pos is not None else None)
        if rev is None:
            it.kind = "word"
            return
        it.used = True
        sh.agg_measure = rev
        sh.agg_func = rev.func or "SUM"


def _how_much(st: PlanState) -> tuple[Measure, int] | None:
    """ "How much did we earn in placement fees in 2024?", "How much have we received in card payments?": the
    one amount of money the question names later, else the money the rows asked about hold."""
    said = [
        (j, col)
        for j, x in enumerate(st.items)
        if x.kind == "column" and not x.used and x.columns and x.text.lower() not in MONEY_VERBS  # ("earn": a verb)
        for col in [st.pick_column(x, st.subject)]
        if st.colmeta(col).money and not st.colmeta(col).is_key
    ]
    if len({c for _j, c in said}) == 1:
        j, col = said[0]
        st.items[j].used = True
        return Measure("col", col.table, col=col, func="SUM", label=col.column), j
    if said or st.subject is None:
        return None
    # "How much did we pay out on claims": the money verb names a sum of its own (paid_amt beside clm_amt)
    done = {
        (j, Col(c.table, c.column))
        for j, x in enumerate(st.items)
        if x.kind == "column" and not x.used and x.text.lower() in MONEY_VERBS
        for c in x.columns
        if c.column is not None and st.done_by(x.text.lower(), c)
    }
    if len({c for _j, c in done}) == 1:
        j, col = done.pop()
        st.items[j].used = True
        return Measure("col", col.table, col=col, func="SUM", label=col.column), j
    rev = st.revenue_measure(st.subject)
    if rev is None or rev.table != st.subject:
        return None
    return rev, 0


def _summed(st: PlanState, m: Measure, desc: bool | None = None) -> Measure:
    """A column measure over another table's rows is summed per subject row; a level (a temperature, a score)
    does not add up: under a superlative (``desc``) its highest or lowest value, else it is left to refuse."""
    if m.kind == "col" and m.table != st.subject and m.func is None:
        if m.col is not None and set(st.colmeta(m.col).words) & LEVEL_WORDS:
            if desc is None:
                raise TranslationError(
                    f"cannot tell how to combine {m.col.column} over {m.table} rows (it does not add up); "
                    "rephrase, or use an LLM provider (--provider)"
                )
            m.func = "MAX" if desc else "MIN"
        else:
            m.func = "SUM"
    return m


def _measure_adjective(st: PlanState, sh: Shape, k: int, it: Item) -> None:
    items, subject = st.items, st.subject
    assert subject is not None and it.adj is not None
    # (a column a second sentence asks to show, "Show the brand", is no value counted)
    shown_from = st.shown_from()
    def grouped(x: Item) -> bool:  # ("handed in most often": the verb of a date column is the event counted)
        return x.kind == "column" and not x.used and x.role == "" and x.first < shown_from and not (
            st.colmeta(st.pick_column(x, subject)).kind == "date" and x.text.lower().endswith("ed"))

    if it.adj in ("common", "frequent", "usual", "popular") and any(grouped(x) for x in items):
        # "the most common country among customers": count rows per value of that column
        colitem = next(x for x in items if grouped(x))
        st.forced_head = st.pick_column(colitem, subject)
        colitem.used, colitem.role = True, "group"
        sh.rank_measure, sh.rank_desc = Measure("count", subject, label=f"number of {subject}"), bool(it.desc)
        it.used = True
        return
    if _ranks_periods(st, k):
        # "the busiest month", "the most popular year": count rows per period
        sh.rank_measure, sh.rank_desc = Measure("count", subject, label=f"number of {subject}"), bool(it.desc)
        it.used = True
        return
    named: Col | None = None
    after = st.item(st.nxt(k, _FILLER, 2))
    if after is not None and after.kind == "column" and not after.used:
        cand = st.pick_column(after, subject)
        cm = st.colmeta(cand)
        if cm.kind == "date" or cm.is_year:
            named = cand
            after.used, after.role = True, "measure"
    got = st.adjective_measure(it.adj, subject, bool(it.desc), named)
    if got is None and named is None and after is not None and after.kind in ("agg", "column") and not after.used:
        got = _adjective_noun(st, st.nxt(k, _FILLER, 2), bool(it.desc), it.adj)
    if got is None and named is None and it.adj in ("long", "short"):
        span = SpanPass(st).period(subject)  # "the longest stay": from its one start to its one end
        if span is not None:
            got = Measure("span", subject, span=span, label=f"{span.end.column} - {span.start.column}"), bool(it.desc)
    if got is None:
        raise TranslationError(f"cannot tell what {it.text!r} means for {subject}")
    sh.rank_measure, sh.rank_desc = got
    it.used = True


def _most_of_the_rows(st: PlanState, sh: Shape, k: int) -> bool:
    """ "Which city do most of our patients live in?": the value of a column the asked-about rows hold most often
    (the column named between the question word and "most", the rows after "most of")."""
    toks = st.tokens
    it = st.items[k]
    j = it.last
    if j >= len(toks) or toks[j].low != "of":
        return False
    j += 1
    while j < len(toks) and toks[j].low in ("our", "the", "all", "your", "their"):
        j += 1
    rows = next((x for x in st.items[k + 1 :] if x.first == j), None)
    qword = sh.qword
    if rows is None or rows.kind != "table" or st.table_of(rows) != st.subject or qword is None:
        return False
    cols = [x for x in st.items if x.kind == "column" and not x.used and qword.first < x.first < it.first]
    if len(cols) != 1 or st.pick_column(cols[0], st.subject).table != st.subject:
        return False
    for x in st.items[k + 1 :]:
        if x.kind == "word" and x.first < j:
            x.used = True  # "of", "our"
    it.used = True
    sh.rank_measure, sh.rank_desc = Measure("count", st.subject, label=f"number of {st.subject}"), True
    return True


def _adjective_noun(st: PlanState, j: int | None, desc: bool, adj: str | None = None) -> tuple[Measure, bool] | None:
    """ "the longest total distance": the numeric column the superlative qualifies is the measure.  The
    column must be one the adjective can mean: "the longest average track" is the tracks' length, never
    their price."""
    m = measure_at(st, j) if j is not None else None
    if m is None or m[0].kind != "col" or m[0].col is None:
        return None
    cm = st.colmeta(m[0].col)
    if not cm.numeric or cm.is_key or cm.is_year:
        return None
    hints = [h for h in ADJECTIVES.get(adj or "", ((), True))[0] if not h.startswith("@")]
    if hints and not any(forms(h) & cm.word_forms() for h in hints):
        fit = st.adjective_measure(adj or "", m[0].table, desc)
        if fit is None or fit[0].col is None or fit[0].table != m[0].table:
            return None
        fitted = Measure("col", m[0].table, col=fit[0].col, func=m[0].func, label=fit[0].col.column)
        return _summed(st, fitted, desc), desc
    return _summed(st, m[0], desc), desc


def _measure_high_low(st: PlanState, sh: Shape, k: int, it: Item) -> None:
    items, subject, qword = st.items, st.subject, sh.qword
    assert subject is not None
    verb = st.item(st.prv(k, _FILLER, 3))
    if verb is not None and verb.kind == "column" and not verb.used and _money_paid_in(st, sh, k, it, verb):
        return
    m = measure_at(st, st.nxt(k, _FILLER, 3) or k + 1)
    entity_first = (sh.subject_pos is not None and sh.subject_pos < k) or any(
        x.kind == "timeunit" and not x.used and x.first < it.first for x in items
    )
    if (
        qword is not None
        and qword.text.lower() in ("which", "what")
        and any(x.kind == "column" and not x.used and qword.first < x.first < it.first for x in items)
        and (sh.subject_pos is None or sh.subject_pos > k)
    ):
        entity_first = True  # "which specialty has the highest average salary", "... average rating"
    if (
        not entity_first
        and k >= 2
        and st.word(st.item(k - 1)) == "the"
        and st.word(st.item(k - 2)) == "with"
        and any(x.kind == "value" and x.first < it.first and st.tokens[x.first - 1].low == "the" for x in items
                if x.first > 0)
    ):
        entity_first = True  # "the SUV with the highest daily rate": a row named by its kind, ranked
    if m is None:
        m = _kind_reading(st, k)
    if m is None:
        # "the most completed appointments": the rows a stored value picks, counted (the value is their condition)
        j = st.nxt(k, _FILLER, 3)
        val, rows = st.item(j), st.item(j + 1) if j is not None else None
        if j is not None and val is not None and rows is not None and rows.kind == "table" and \
                rows.first == val.last and _said_of_rows(st, val, st.table_of(rows)):
            m = measure_at(st, j + 1)
    if m is None:
        # "the most pollution incidents": a noun naming the kind of the rows counted, before their noun
        j = st.nxt(k, _FILLER, 3)
        kind, rows = st.item(j), st.item(j + 1) if j is not None else None
        if j is not None and kind is not None and rows is not None and rows.kind == "table" and \
                compound_modifier(kind, rows):  # fmt: skip
            m = measure_at(st, j + 1)
            kind.used = m is not None
    if m is None and it.text.lower() in ("most", "fewest", "least"):
        m = _rows_in_a_state(st, k)
    if m is None and subject is not None and it.text.lower() in ("most", "least"):
        m = _quantity_moved(st, k, subject)
    if m is None and subject is not None and it.text.lower() in ("most", "fewest", "least"):
        m = _rows_by_stem(st, k, subject) or _rows_of_a_kind(st, k, subject)
    if m is None and it.text.lower() == "most" and _most_of_the_rows(st, sh, k):
        return
    if m is None:
        _measure_without_noun(st, sh, k, it)
        return
    measure, _end = m
    it.used = True
    noun = st.item(st.nxt(k, _FILLER, 3))
    if (
        measure.kind == "count"
        and it.text.lower() not in ("most", "fewest", "least", "more", "fewer")
        and noun is not None
        and noun.kind == "table"
        and noun.text.lower() in REVENUE_WORDS
    ):
        # "the highest sales" over a sales table: the money they took, not how many rows there are
        rev = st.revenue_measure(measure.table)
        if rev is not None and rev.table == measure.table:
            measure = rev
    single = st.item(k + 1)
    if (
        single is not None
        and single.kind == "word"
        and single.text.lower() in ("single", "individual")
        and measure.kind == "count"
        and measure.table != subject
    ):
        # "the meters that recorded the highest single reading": the largest one reading, not their number
        only = st._only_measure(measure.table)
        if only is None:
            raise TranslationError(f"cannot tell what {single.text!r} {measure.table} measures")
        measure = Measure("col", measure.table, col=only, func="MAX" if it.kind == "high" else "MIN", label=only.column)
        single.used = True
    if (
        measure.kind == "count"
        and measure.table == subject
        and measure.col is None
        and it.text.lower() in ("largest", "biggest", "smallest", "highest", "lowest", "greatest")
        and not any(x.kind == "column" and x.first < it.first for x in items)
    ):
        # "the largest transaction": a size of the row itself, not a count of rows
        size = "small" if it.kind == "low" else "large"
        got = st.adjective_measure(size, subject, it.kind == "high")
        if got is None:
            only = st._only_measure(subject)
            got = (
                (Measure("col", subject, col=only, label=only.column), it.kind == "high") if only is not None else None
            )
        if got is not None:
            sh.rank_measure, sh.rank_desc = got[0], it.kind == "high"
            return
    if (
        measure.kind == "col"
        and measure.table == subject
        and qword is not None
        and qword.text.lower() in ("who", "whom")
        and st.surely_person(subject)
    ):
        # "who has the highest salary": the person with it, not the value alone
        sh.rank_measure, sh.rank_desc = measure, it.kind == "high"
        return
    if (
        measure.kind == "col"
        and measure.table == subject
        and qword is not None
        and qword.text.lower() in ("who", "whom")
        and person_parent(st, subject) is not None
    ):
        # "who has the most story points": the people the measured rows belong to, by their total
        person = person_parent(st, subject)
        assert person is not None
        keys = [e for e in st.schema.edges_of(subject) if e.child == subject and e.parent == person]
        said = {stem(t.low) for t in st.tokens if t.is_word and len(t.low) >= 4}
        named = [e for e in keys if any(stem(w) in said for w in split_identifier(e.child_cols[0]) if len(w) >= 4)]
        if len(keys) > 1 and len(named) != 1:
            raise TranslationError(
                f"cannot tell which of {', '.join(e.child_cols[0] for e in keys)} "
                f"'{qword.text}' means; rephrase, or use an LLM provider (--provider)"
            )
        measure.func = measure.func or "SUM"
        sh.rank_measure, sh.rank_desc = measure, it.kind == "high"
        return
    if (
        entity_first
        or (qword is not None and qword.text.lower() in ("which", "who", "list", "show") and measure.table != subject)
        or sh.top_item is not None
    ):
        sh.rank_measure, sh.rank_desc = _summed(st, measure, it.kind == "high"), it.kind == "high"
    else:
        sh.agg_measure = measure
        sh.agg_func = measure.func or ("MAX" if it.kind == "high" else "MIN")
        if measure.kind == "count":
            # "the highest number of orders per customer": rank instead
            sh.rank_measure, sh.rank_desc, sh.agg_measure = measure, it.kind == "high", None


#: verbs of moving a quantity of a thing: "have we sold the most of" adds up the quantity, never counts the lines
_MOVING_VERBS = frozenset({"sold", "used", "fitted", "installed", "supplied", "bought", "ordered", "purchased",
                           "shipped", "made", "produced", "delivered", "consumed", "dispensed", "issued"})


def _quantity_moved(st: PlanState, k: int, subject: str) -> tuple[Measure, int] | None:
    """ "Which cocktail have we sold the most of?", "Which part have we used the most of?": the one quantity column
    of the one table of rows below the subject that carries one (tabItems.quantity), added up per subject row."""
    of = st.item(k + 1)
    verb = st.item(k - 2) if st.word(st.item(k - 1)) == "the" else None
    if of is None or st.word(of) != "of" or verb is None or verb.used or verb.text.lower() not in _MOVING_VERBS:
        return None  # (the verb may link to a column too: "sold" to isSoldOut)
    if any(x.kind == "qword" and st.opens_sentence(x) for x in st.items[k:]):
        return None  # ("... the most of? Give the manufacturer and the model code": what to show is not read here)
    after = st.item(k + 2)
    if after is not None and after.kind not in ("punct", "date", "word", "value"):
        return None  # ("sold the most of its stock": a noun after "of" names what is measured)
    found = [
        Col(meta.name, c.name)
        for meta in st.schema.tables.values()
        if meta.name != subject and st.fans_out(subject, meta.name) and st.distance(subject, meta.name) <= 2
        for c in st.quantity_columns(meta.name, strict=True)  # (a table number or a tip amount is no quantity)
    ]
    if len(found) > 1:  # a recipe's quantities beside the sales' ones: the rows of events, which have a date
        found = [c for c in found if st._transactional(st.meta(c.table))]
    if len(found) != 1:
        return None
    of.used = verb.used = True
    col = found[0]
    return Measure("col", col.table, col=col, func="SUM", label=col.column), k + 2


def _rows_by_stem(st: PlanState, k: int, subject: str) -> tuple[Measure, int] | None:
    """ "the most subscribers" over subscriptions: a plain noun after "most" that shares its stem with the one
    table below the subject whose name it is (a row of it per subscriber): those rows, counted."""
    j = st.nxt(k, _FILLER, 2)
    noun = st.item(j)
    if j is None or noun is None or noun.kind != "word" or noun.used or len(noun.text) < 5:
        return None
    want = stem(noun.text)
    hits = [t for t, meta in st.schema.tables.items() if t != subject and st.fans_out(subject, t)
            and any(stem(w) == want for w in meta.lemma if len(w) >= 5)]
    if len(hits) != 1:
        return None
    noun.used = True
    return Measure("count", hits[0], label=f"number of {hits[0]}"), j


def _rows_of_a_kind(st: PlanState, k: int, subject: str) -> tuple[Measure, int] | None:
    """ "Which customer had the most breakdowns?" over ``WorkOrder.WorkOrderType = 'Breakdown'``: a plural noun
    after "most" that is a stored value of a column of kinds, in the one table below the subject holding it: those
    rows, counted (the value stays their condition, for the condition passes)."""
    j = st.nxt(k, _FILLER, 2)
    val = st.item(j)
    if j is None or val is None or val.kind != "value" or val.used:
        return None
    toks = st.tokens[val.first : val.last]
    one = singular(toks[-1].low) if toks else ""
    if not toks or one == toks[-1].low:
        return None  # "the most Breakdown": no plural noun
    said = " ".join([*(t.low for t in toks[:-1]), one])
    hits = [h for h in val.values if h.value.lower() == said and st.kind_column(h.table, h.column)]
    tables = {h.table for h in hits}
    if len(tables) != 1:
        return None
    table = tables.pop()
    if table == subject or not st.fans_out(subject, table):
        return None
    val.values = hits
    return Measure("count", table, label=f"number of {table}"), j


def _count_of_qualified_rows(st: PlanState, j: int) -> tuple[Measure, int] | None:
    """ "by number of port calls", "by number of resolved tickets": "number of" at ``j``, then a noun naming the
    rows' kind or a stored value said of them, then the rows counted."""
    count, said = st.item(j), st.item(j + 1)
    rows = st.item(j + 2)
    if count is None or count.kind != "count" or said is None or rows is None or rows.kind != "table" or \
            rows.first != said.last or not st._noun_mention(rows):  # fmt: skip
        return None  # (not "number of cups sold": "sold" is no noun of the rows)
    if compound_modifier(said, rows):
        said.used = True  # (a noun, part of the rows' name)
    elif not _said_of_rows(st, said, st.table_of(rows)):
        return None  # (a stored value stays their condition, for the condition passes)
    count.used = True
    return Measure("count", st.table_of(rows), label=f"number of {st.table_of(rows)}"), j + 3


def _rows_in_a_state(st: PlanState, k: int) -> tuple[Measure, int] | None:
    """ "the most open work orders", "the fewest completed jobs": a state word right before the rows' noun; the
    rows are counted and the word stays, for the condition passes to test (or the account to refuse)."""
    j = st.nxt(k, _FILLER, 3)
    state, rows = st.item(j), st.item(j + 1) if j is not None else None
    if j is None or state is None or rows is None or state.kind != "word" or state.used or rows.kind != "table" \
            or rows.first != state.last or state.text.lower() not in STATE_ADJECTIVES | STATE_PARTICIPLES:
        return None
    return measure_at(st, j + 1)


def _said_of_rows(st: PlanState, val: Item, table: str) -> bool:
    """ "the most completed visits", "the most cracked pieces": a stored value of the rows (or of the lookup
    they point to, visit_status.label), or a yes/no column of theirs, said right before them: their condition."""
    if val.kind == "value":
        lookups = {e.parent for e in st.schema.edges_of(table) if e.child == table and e.parent != table}
        return any(h.table == table or (h.table in lookups and not st.fans_out(table, h.table)) for h in val.values)
    if val.kind == "column" and not val.used:
        return any(c.table == table and (m := st.meta(table).column(c.column or "")) is not None and m.kind == "bool"
                   for c in val.columns)
    return False


def _kind_reading(st: PlanState, k: int) -> tuple[Measure, int] | None:
    """ "the highest CO2 level": a kind of reading (a stored value) and, after it, a word for the reading; the
    generic value column of the readings table below that kind is the measure, the kind stays a filter."""
    j = st.nxt(k, _FILLER, 3)
    kind, word = st.item(j), st.item(j + 1 if j is not None else None)
    if (
        kind is None
        or j is None
        or kind.kind != "value"
        or word is None
        or word.kind != "word"
        or word.text.lower() not in READING_WORDS
    ):
        return None
    col = st.reading_of(kind.values[0].table)
    if col is None:
        return None
    word.used = True
    return Measure("col", col.table, col=col, label=col.column), j


#: verbs of money changing hands: "which customer has spent the most", "the walker who earned the most"
SPENDING_VERBS = frozenset({"spent", "spend", "spends", "paid", "pay", "pays", "earned", "earns", "earn"})
#: verbs of asking for money that also name a table of those requests ("invoice", "charge")
BILLING_VERBS = frozenset({"invoice", "invoiced", "bill", "billed", "charge", "charged"})


def _measure_without_noun(st: PlanState, sh: Shape, k: int, it: Item) -> None:
    """ "largest category", "the top customer", "which customer spent the most", "who ordered the most"."""
    subject = st.subject
    assert subject is not None
    noun = st.item(st.nxt(k, _FILLER, 2))
    names_subject = sh.subject_pos is not None or (
        noun is not None and noun.kind == "value" and noun.values[0].table == subject
    )
    word = it.text.lower()
    if word in ("largest", "biggest", "smallest", "top") and names_subject:
        got = st.adjective_measure("large" if word != "smallest" else "small", subject, it.kind == "high")
        if got is None and word == "top":
            got = (st.revenue_measure(subject) or Measure("count", subject), True)
        if got is None:
            raise TranslationError(f"cannot tell what {it.text!r} measures")
        sh.rank_measure, sh.rank_desc = got
        if word == "top":
            sh.rank_desc = True
        it.used = True
        return
    prev = st.item(st.prv(k, _FILLER, 3))
    spent = prev is not None and prev.kind == "word" and not prev.used and prev.text.lower() in SPENDING_VERBS
    if prev is not None and prev.kind == "table" and not prev.used and prev.text.lower() in BILLING_VERBS and \
            prev.first > 0 and st.tokens[prev.first - 1].low in ("we", "you", "they", "i"):
        spent = True  # "which owner did we invoice the most": the amount invoiced, though invoices is a table
    if prev is not None and (prev.kind == "revenue" or spent):  # "which customer has spent the most"
        rev = st.revenue_measure(subject)
        if rev is not None:
            prev.used = True
            sh.rank_measure, sh.rank_desc = rev, it.kind == "high"
            it.used = True
            return
    if prev is not None and prev.kind == "column" and not prev.used:
        col = st.pick_column(prev, subject)
        cm = st.colmeta(col)
        if cm.kind == "date" and col.table != subject:
            # "which product was returned the most": the most return rows, not a sum of their dates; "which issue
            # was opened by the most readers": only the rows the event happened to (opened_at set)
            measure = Measure("count", col.table, label=f"number of {col.table}")
            st.add_cond(Cond("not_null", col), col.table)
        elif cm.numeric and not cm.is_key and not cm.is_year:
            measure = Measure("col", col.table, col=col, label=col.column)
        else:
            return
        prev.used = True
        sh.rank_measure, sh.rank_desc = measure, it.kind == "high"
        it.used = True
        return
    if prev is not None and prev.kind == "value" and not prev.used and _state_of_counted_rows(st, k, prev, subject):
        # "which map has been played the most": the rows of the other table in that state ('played' matches), counted
        # per map; the state stays their condition
        sh.rank_measure, sh.rank_desc = Measure("count", prev.values[0].table), it.kind == "high"
        it.used = True
        return
    often = st.tokens[it.last].low in ("often", "frequently") if it.last < len(st.tokens) else False
    if prev is not None and prev.kind == "table" and st.table_of(prev) != subject and not often:
        # ("which species visits the vet most often" counts visits, not vets: left to refuse)
        prev.used = True
        sh.rank_measure = Measure("count", st.table_of(prev))
        sh.rank_desc = it.kind == "high"
        it.used = True


def _state_of_counted_rows(st: PlanState, k: int, prev: Item, subject: str) -> bool:
    """``prev``, said right before "the most" that ends the question, is a participle stored as the state of one
    other table's rows, which are related to the subject's: those rows are what "the most" counts."""
    tables = {h.table for h in prev.values}
    word = prev.text.lower()
    after = st.item(k + 1)
    return (
        len(tables) == 1
        and subject not in tables
        and prev.last - prev.first == 1
        and word.endswith(("ed", "en"))
        and (after is None or after.kind == "punct")
        and st.schema.path(subject, next(iter(tables))) is not None
    )


def _money_paid_in(st: PlanState, sh: Shape, k: int, it: Item, verb: Item) -> bool:
    """ "Which promoter has paid the most in penalties?": the one money column of the rows said after "the most in",
    summed; a yes/no column of those rows the verb names (penalties.paid) keeps the rows it says (paid ones)."""
    if verb.text.lower() not in SPENDING_VERBS:
        return False
    j = st.nxt(k, frozenset(), 1)
    word = st.item(j)
    rows = st.item(st.nxt(j, _FILLER, 1)) if j is not None else None
    if word is None or word.kind != "word" or word.text.lower() not in ("in", "on") or rows is None or \
            rows.kind != "table" or rows.used:  # fmt: skip
        return False
    table = st.table_of(rows)
    money = [c for c in st.meta(table).columns if c.money and not c.is_key]
    if len(money) != 1:
        return False
    flags = [c for c in verb.columns if c.table == table and st._cand_kind(c) == "bool"]
    if flags:
        assert flags[0].column is not None
        st.add_cond(Cond("=", Col(table, flags[0].column), (Lit(True),)), table)
    verb.used = rows.used = it.used = True
    rows.role = "measure"
    sh.rank_measure = Measure("col", table, col=Col(table, money[0].name), func="SUM", label=money[0].name)
    sh.rank_desc = it.kind == "high"
    return True


def _measure_order(st: PlanState, sh: Shape, k: int, it: Item) -> None:
    """ "categories sorted by number of products": every row, ordered by an aggregate."""
    nk = st.nxt(k, _FILLER, 2)
    nxt_item = st.item(nk)
    if nk is None or nxt_item is None or nxt_item.kind not in ("count", "agg", "revenue", "table"):
        return
    m = measure_at(st, nk)
    if m is None:
        return
    sh.rank_measure = _summed(st, m[0])
    later = [x for x in st.items[k + 1 :] if x.kind == "order" and x.desc is not None]
    sh.rank_desc = bool(later[0].desc) if later else bool(it.desc)
    for x in later:
        x.used = True
    st.rank_all = True
    it.used = True
    if sh.count_item is not None and sh.count_item.used:
        sh.count_item = None  # "sorted by number of stars": the count was part of the sort key


def _first_or_last(st: PlanState, sh: Shape) -> None:
    """ "which team was founded first", "the customer who signed up last"."""
    if sh.rank_measure is not None or sh.agg_measure is not None or sh.count_item is not None:
        return
    subject = st.subject
    assert subject is not None
    for k, it in enumerate(st.items):
        if it.kind != "word" or it.text.lower() not in ("first", "last") or it.used:
            continue
        for j in (k - 1, k + 1):
            near = st.item(j)
            if near is None or near.kind != "column" or near.used:
                continue
            if j == k + 1 and any(x.kind == "date" for x in st.items[j + 1 :]):
                it.used = True  # "analyzers last calibrated before May 2025": the last calibration's date, bounded
                break
            cand = st.pick_column(near, subject)
            cm = st.colmeta(cand)
            if cm.kind == "date" or cm.is_year:
                sh.rank_measure = Measure("col", cand.table, col=cand, label=cand.column)
                sh.rank_desc = it.text.lower() == "last"
                it.used = near.used = True
                return


def _rows_counted_by_name(st: PlanState, subject: str) -> Measure | None:
    """ "with ride counts", "and their booking count": a noun of other rows, then "count(s)": how many of them."""
    for k, it in enumerate(st.items):
        word = st.item(k + 1)
        if it.kind == "table" and word is not None and word.kind == "word" and word.first == it.last and \
                word.text.lower() in ("count", "counts") and not word.used and st.table_of(it) != subject:
            it.used = word.used = True
            return Measure("count", st.table_of(it), label=f"number of {st.table_of(it)}")
    return None


def _apply_top(st: PlanState, sh: Shape) -> None:
    top = sh.top_item
    if top is None:
        return
    subject = st.subject
    assert subject is not None
    sh.rank_n = top.n
    if top.desc is False:
        sh.rank_desc = not sh.rank_desc if sh.rank_measure is not None and top.adj == "bottom" else False
    top.used = True
    counted = _rows_counted_by_name(st, subject) if sh.rank_measure is None else None
    if counted is not None:  # "top 5 zones where rides start, with ride counts": by that count, never by revenue
        sh.rank_measure = counted
    if sh.rank_measure is None and top.adj not in ("first", "last"):
        # "top 5 products": by revenue if there is one, else by count of activity; "top 5 towns for admissions":
        # groups of the rows (a column of theirs), by how many rows each holds
        head = st.item(st.items.index(top) + 1)
        grouped = head is not None and head.kind == "column" and bool(head.columns) and \
            head.columns[0].table == subject and st._cand_kind(head.columns[0]) == "text"  # fmt: skip
        busiest = subject if grouped else st.busiest_child(subject) or subject
        sh.rank_measure = st.revenue_measure(subject) or Measure("count", busiest)


def _check_placed(st: PlanState) -> None:
    for it in st.items:
        if it.kind in ("high", "low", "adj") and not it.used:
            raise TranslationError(f"cannot tell what {it.text!r} refers to")
        if it.kind == "neg" and not it.role and set(it.text.lower().split()) & {"never", "without", "no", "none"}:
            child = _implied_child(st, it)
            if child is None:
                raise TranslationError(f"cannot tell what {it.text!r} applies to")
            it.role, it.op = "neg", "table"
            it.tables = [Candidate("table", child, None, 2.0, it.first, it.last)]


def _implied_child(st: PlanState, neg: Item) -> str | None:
    """ "labels that have never been used", "vehicles that never parked": the one table of the subject's
    related rows, or the one whose name the verb after the negation shares."""
    subject = st.subject
    if subject is None:
        return None
    children = sorted({e.child for e in st.schema.children(subject) if e.child != subject})
    k = st.items.index(neg)
    after = [x for x in st.items[k + 1 :] if x.kind == "word" and x.text.lower() not in FUNCTION_WORDS]
    if after:
        verb = stem(after[0].text)
        named = [c for c in children if any(stem(w) == verb for w in st.meta(c).words if len(w) >= 4)]
        if len(named) == 1:
            after[0].used = True
            return named[0]
        own = [c for c in st.meta(subject).columns if any(len(w) >= 3 and (stem(w) == verb or
               abbreviates(w, after[0].text.lower(), 0.5)) for w in c.words)]  # fmt: skip
        between = {t.low for t in st.tokens[neg.last : after[0].first]}
        j = st.items.index(after[0])
        clause = next((i for i in range(j + 1, len(st.items)) if st.items[i].kind == "punct"), len(st.items))
        if len(children) == 1 and not own and past_participle(after[0].text.lower()) and \
                between <= {"been", "be", "ever", "yet", "actually"} and \
                all(x.kind == "word" for x in st.items[j + 1 : clause]) and \
                ("been" in between or clause > j + 1):  # fmt: skip
            # "tracks that have never been played" with one table of rows about a track: none of those rows (but
            # "items never moved" beside a moved_on column is that column's, and is refused; an active verb says
            # what it did to something: "never raced with us", not "never xyzzied")
            after[0].used = True
            return children[0]
        return None  # a verb that names none of the related tables: we cannot tell which
    rest = [x for x in st.items[k + 1 :] if x.kind not in ("punct", "word")]
    return children[0] if len(children) == 1 and not rest else None


#: what a quantity of goods is counted in ("how many bags of compost", "portions of chips")
_COUNTED_PIECES = frozenset({"bags", "boxes", "bottles", "packs", "packets", "cans", "cases", "crates", "portions",
                             "pieces", "copies", "pairs", "rolls", "sacks", "tins", "jars", "cartons", "servings",
                             "kegs", "barrels", "loaves", "bunches", "trays"})  # fmt: skip


#: words of a column that measures each row rather than counting things in it (patient_age, weight_kg)
_ATTRIBUTE_MEASURES = LEVEL_WORDS | {"weight", "length", "width", "diameter", "fee", "cost"}


def _names_the_quantity(st: PlanState, it: Item, words: tuple[str, ...]) -> bool:
    """ "how many pages" adds up page_count, but "how many patients" never adds up patient_age: a column that
    measures each row (an age, a weight, a rating) is summed only when the question says that measure."""
    said = {f for t in st.tokens[it.first : it.last] for f in forms(t.low)}
    return not any(w in _ATTRIBUTE_MEASURES and w not in said for w in words)


def _noun_and_verb_column(st: PlanState, it: Item, table: str, anywhere: bool = False) -> Col | None:
    """The one number column of ``table`` named by the counted noun and a participle the question says after it
    (``meals_served`` for "how many meals have been served"), or anywhere ("schools that served the most meals")."""
    noun = singular(st.tokens[it.last - 1].low)
    rest = [*st.tokens[: it.first], *st.tokens[it.last :]] if anywhere else st.tokens[it.last :]
    said = {f for t in rest if t.is_word for f in forms(t.low)}
    found = [
        c
        for c in st.meta(table).numeric_columns()
        if not c.is_key and not c.money and len(c.words) == 2 and singular(c.words[0]) == noun
        and past_participle(c.words[1]) and c.words[1] in said
    ]  # fmt: skip
    return Col(table, found[0].name) if len(found) == 1 else None


def _count_as_sum(st: PlanState, sh: Shape) -> None:
    """ "number of pages" where pages is itself a count column: a sum, not a count."""
    count_item = sh.count_item
    if count_item is None or sh.rank_measure is not None or sh.agg_measure is not None:
        return
    subject = st.subject
    assert subject is not None
    k = st.items.index(count_item)
    tgt = st.item(st.nxt(k, frozenset({"of", "the", "all"}), 2))
    hours = _hours_counted(st, k)
    owner = st.tokens[count_item.first - 1].low if count_item.first > 0 else ""
    if owner in ("their", "its") and tgt is not None and tgt.kind == "column" and not tgt.used and \
            st.pick_column(tgt, subject).table == subject and st.colmeta(st.pick_column(tgt, subject)).numeric:
        # "centres opened before 2015 and their number of beds": each row's own count, shown beside it
        count_item.used = True
        sh.count_item = None
        return
    if hours is not None:
        # "how many billable hours were logged last month": the hours the rows record, added up
        unit, col = hours
        unit.used, unit.role = True, "measure"
        sh.agg_measure, sh.agg_func = Measure("col", col.table, col=col, label=col.column), "SUM"
        count_item.used = True
        sh.count_item = None
    elif tgt is not None and tgt.kind == "column" and not tgt.used:
        col = st.pick_column(tgt, subject)
        cm = st.colmeta(col)
        if cm.numeric and not cm.is_key and sh.distinct_item is None and not _names_the_quantity(st, tgt, cm.words):
            raise TranslationError(f"'{count_item.text} {tgt.text}' counts rows, and {col.column} measures each of "
                                   f"them; {REPHRASE}")  # fmt: skip
        if cm.numeric and not cm.is_key and sh.distinct_item is None:
            if cm.money:
                raise TranslationError(  # "how many lines" over line_total: a count of lines, never a sum of money
                    f"'{count_item.text} {tgt.text}' counts rows, and {col.column} is an amount of money; "
                    "rephrase, or use an LLM provider (--provider)"
                )
            tgt.used, tgt.role = True, "measure"
            sh.agg_measure = Measure("col", col.table, col=col, label=col.column)
            sh.agg_func = "SUM"
            count_item.used = True
            sh.count_item = None
    elif (
        tgt is not None
        and tgt.kind == "table"
        and st.table_of(tgt) == subject
        and sh.distinct_item is None
        and (said := _noun_and_verb_column(st, tgt, subject)) is not None
    ):
        # "how many meals have been served" over fact_meal.meals_served: the number each row says was served
        tgt.used, tgt.role = True, "measure"
        sh.agg_measure = Measure("col", subject, col=said, label=said.column)
        sh.agg_func = "SUM"
        count_item.used = True
        sh.count_item = None
    elif (
        tgt is not None
        and tgt.kind == "table"
        and st.table_of(tgt) == subject
        and (carried := st._carried_count(tgt, subject)) is not None
        and sh.distinct_item is None
    ):
        # "how many kegs were ordered": the keg_count each keg order carries
        tgt.used, tgt.role = True, "measure"
        sh.agg_measure = Measure("col", subject, col=carried, label=carried.column)
        sh.agg_func = "SUM"
        count_item.used = True
        sh.count_item = None
    elif (
        tgt is not None
        and tgt.kind == "word"
        and tgt.text.lower() in _COUNTED_PIECES
        and st.word(st.item(k + 2)) == "of"
        and {t.low for t in st.tokens} & {"sold", "sell", "bought", "buy", "purchased", "ordered", "shipped", "used"}
    ):
        # "how many bags of Peat-Free Compost did the store sell": the quantity the sold rows carry
        qty = st.quantity_columns(subject)
        if len(qty) == 1:
            tgt.used = True
            sh.agg_measure = Measure("col", subject, col=Col(subject, qty[0].name), label=qty[0].name)
            sh.agg_func = "SUM"
            count_item.used = True
            sh.count_item = None
    elif (
        tgt is not None
        and tgt.kind == "table"
        and st.table_of(tgt) == subject
        and {t.low for t in st.tokens} & {"sold", "bought", "purchased", "ordered", "shipped"}
    ):
        # "how many items were sold": units, when the rows carry a quantity
        qty = st.quantity_columns(subject)
        if qty:
            sh.agg_measure = Measure("col", subject, col=Col(subject, qty[0].name), label=qty[0].name)
            sh.agg_func = "SUM"
            count_item.used = True
            sh.count_item = None


def _hours_counted(st: PlanState, k: int) -> tuple[Item, Col] | None:
    """ "How many (billable) hours ..." after the count at item ``k``: the unit and the one column measured in time
    among the rows named, past the yes/no columns and values that pick the rows out; else None."""
    for j in range(k + 1, min(k + 4, len(st.items))):
        x = st.items[j]
        if x.text.lower() in ("hours", "hrs", "minutes", "mins") and not x.used and x.kind in ("timeunit", "column"):
            nums = [c for c in x.columns if st._cand_kind(c) == "number"] if x.kind == "column" else []
            col = Col(nums[0].table, nums[0].column or "") if len(nums) == 1 else _unit_measure(st, j, "time")
            return (x, col) if col is not None else None
        flag = x.kind == "column" and bool(x.columns) and st._cand_kind(x.columns[0]) == "bool"
        if not (flag or x.kind == "value" or (x.kind == "word" and x.text.lower() in _FILLER)):
            return None
    return None


#: words of a column whose values add up across rows: "revenue by city" is their sum per city
ADDITIVE_WORDS = frozenset(
    {"revenue", "sales", "amount", "amt", "total", "subtotal", "paid", "payment", "spend", "spent", "takings",
     "income", "turnover", "profit", "qty", "quantity", "units", "energy", "kwh", "tonnage", "tonnes", "volume"}
)  # fmt: skip


#: nouns that name a sum in themselves: "purchase revenue from UK customers" is one amount, not a list
MASS_WORDS = frozenset({"revenue", "turnover", "income", "takings", "earnings", "spend", "spending", "units"})


def _implicit_total(st: PlanState, sh: Shape) -> None:
    """ "Revenue by city", "energy per station": a bare additive measure with group keys is summed per group,
    as every BI tool does; without groups, only a noun that names a sum ("purchase revenue from UK customers")
    that leads the question.  A price, a rate or a score has no such default and is left to refuse."""
    if sh.agg_measure is not None or sh.rank_measure is not None or sh.count_item is not None:
        return
    named = [it for it in st.items if it.kind == "column" and not it.used and it.role == ""]
    if len(named) != 1:
        return
    if not any(it.role == "group" for it in st.items if it.kind != "group"):
        said = {f for t in st.tokens[named[0].first : named[0].last] for f in forms(t.low)}
        before = st.items[: st.items.index(named[0])]
        lead = [x for x in before if x.kind != "word" or x.text.lower() not in ("the", "our")]
        if not said & MASS_WORDS or any(x.kind != "value" for x in lead):
            return  # "list the revenue of each order": the rows' own values
    col = st.pick_column(named[0], st.subject)
    cm = st.colmeta(col)
    words = set(cm.words)
    if not cm.numeric or cm.is_key or cm.is_year or not words & ADDITIVE_WORDS or words & UNIT_PRICE_WORDS:
        return
    said = {f for t in st.tokens[named[0].first : named[0].last] for f in forms(t.low)}
    if not said & ADDITIVE_WORDS:
        return  # "ILL requests by status" names max_ill_qty by "ill" alone, not its quantity
    named[0].used = True
    sh.agg_measure, sh.agg_func = Measure("col", col.table, col=col, func="SUM", label=col.column), "SUM"


def _extreme_per_group(st: PlanState, sh: Shape) -> None:
    """ "The latest inspection date per tree", "highest price in each category": a named column's largest
    or smallest value in each group, not the one row that ranks first overall.  ("The most expensive product
    in each category" asks for a row per group, which no strategy builds: it is left to refuse.)"""
    m = sh.rank_measure
    if m is None or sh.agg_measure is not None or sh.count_item is not None or sh.top_item is not None:
        return
    if m.kind != "col" or m.func is not None or m.col is None:
        return
    if not any(it.role == "group" for it in st.items if it.kind != "group"):
        return
    named = [
        it
        for it in st.items
        if it.kind == "column" and it.role == "measure" and any((c.table, c.column) == (m.col.table, m.col.column)
                                                                  for c in it.columns)
    ]  # fmt: skip
    if not named:
        return
    first = min((it.first for it in st.items if it.kind in ("adj", "high", "low")), default=0)
    if any(it.kind == "table" and it.role != "group" and it.first < first for it in st.items):
        return  # "for each depot, the vehicle with the highest odometer reading": a row per group
    ends = {it.last for it in named}
    if any(it.kind == "table" and it.role != "group" and it.first in ends and st.table_of(it) == m.col.table
           for it in st.items):  # fmt: skip
        return  # "the latest published version of each app": the version, a row per group (not its date)
    sh.agg_measure, sh.agg_func, sh.rank_measure = m, "MAX" if sh.rank_desc else "MIN", None


def _aggregate_in_name(st: PlanState, sh: Shape) -> None:
    """ "Total amount per customer" where the column is total_amount: the name took the word "total", but a
    group asks for an aggregate of that column."""
    if sh.agg_measure is not None or sh.rank_measure is not None or sh.count_item is not None:
        return
    first = next(
        (
            it
            for it in st.items
            if it.kind not in ("qword", "punct")
            and not (it.kind == "word" and it.text.lower() in ("is", "was", "the", "'s"))
        ),
        None,
    )
    if first is None or first.kind != "column" or first.used or not first.columns:
        return
    func = AGG_WORDS.get(st.tokens[first.first].low)
    toks = [t.low for t in st.tokens]
    grouped = any(it.kind == "group" and it.role == "group" for it in st.items)
    one_value = not set(toks) & {"each", "every", "per", "their", "its", "list", "show"} and (
        "all" in toks[first.last :] or toks[:2] in (["what", "is"], ["what", "was"], ["what", "'s"])
    )
    if func not in ("SUM", "AVG") or not (grouped or one_value):
        return  # "what is the total amount of all orders": one sum, not each order's total
    col = st.pick_column(first, st.subject)
    if not st.colmeta(col).numeric:
        return
    first.used, first.role = True, "measure"
    sh.agg_measure, sh.agg_func = Measure("col", col.table, col=col, label=col.column), func


#: the last word of a column that only says how its thing is written ("city_name" holds cities), or that sorts its
#: owners into kinds ("vehicle_type": the rules of kinds answer "how many vehicles")
_NOT_AN_ATTRIBUTE = (CODE_WORDS | NAME_WORDS | CLASSIFIER_WORDS | STATE_COLUMN_WORDS
                     | {"nm", "label", "desc", "description", "txt", "text", "value", "val", "typ", "cat", "group",
                        "grp", "style"})  # fmt: skip


def names_the_owner(word: str, words: tuple[str, ...]) -> bool:
    """``word`` names only a column's leading word, its owner, and the column holds an attribute of it
    (``BookCondition``: books have a condition), so counting the word is no count of the column's values."""
    if len(words) < 2 or words[-1] in _NOT_AN_ATTRIBUTE:
        return False
    said = stem(word)
    return stem(words[0]) == said and all(stem(w) != said for w in words[1:])


def _average_per_row(st: PlanState, sh: Shape) -> None:
    """ "Average number of passengers per booking" where each booking carries pax_cnt: "per booking" is what
    the average is taken over, not a group (grouping each row by itself would answer row by row)."""
    m = sh.agg_measure
    if m is None or sh.agg_func != "AVG" or m.kind != "col" or m.col is None or sh.rank_measure is not None:
        return
    for it in st.items:
        if (
            it.kind == "group"
            and it.role == "group"
            and it.text.lower() == "per"
            and not it.columns
            and it.tables
            and it.tables[0].table == m.table
            and not it.unit
        ):
            it.kind, it.role, it.used = "word", "unit", True


def _number_before_table(st: PlanState, sh: Shape) -> None:
    """ "the 3 products with the highest stock": a number right before the ranked table, or before the flags
    and values that qualify it ("which five trade customers")."""
    if sh.top_item is not None or sh.rank_measure is None:
        return
    for k, it in enumerate(st.items):
        # "which five trade customers": past the flags and values that qualify the table, right after the number
        j = k + 1
        while (x := st.item(j)) is not None and x.kind in ("column", "value") and x.first == st.items[j - 1].last:
            j += 1
        nxt = st.item(j)
        if (
            it.kind == "number"
            and not it.used
            and nxt is not None
            and nxt.kind == "table"
            and st.table_of(nxt) == st.subject
            and it.nums
            and float(it.nums[0]).is_integer()
            and 0 < it.nums[0] <= 1000
        ):
            sh.rank_n = int(it.nums[0])
            it.used = True
            return


def person_parent(st: PlanState, table: str) -> str | None:
    """The parent of ``table`` whose rows are people (a name-like display column)."""
    if st.is_person(table):
        return None
    for edge in st.schema.edges_of(table):
        if edge.child == table and edge.parent != table and st.is_person(edge.parent):
            return edge.parent
    return None


def _ranks_periods(st: PlanState, k: int) -> bool:
    nxt = st.item(st.nxt(k, _FILLER, 1))
    if nxt is not None and nxt.kind == "timeunit" and not nxt.used:
        st.bucket_unit = nxt.unit
        nxt.used = True
        return True
    return False


def _when(st: PlanState, items: list[Item]) -> tuple[Measure | None, str | None]:
    """ "When did the first customer sign up?": the earliest or latest date, or the date itself."""
    subject = st.subject
    assert subject is not None
    col: Col | None = None
    for it in items:
        if it.kind == "column" and not it.used:
            cand = [c for c in it.columns if st._cand_kind(c) == "date"]
            if cand:
                col = Col(cand[0].table, cand[0].column or "")
                it.used, it.role = True, "measure"
                break
    if col is None:
        col = st._date_of_table(subject)
        for it in items:  # "When was charter 412 confirmed?" over a status history: the date of that change
            elsewhere = {h.table for h in it.values} if it.kind == "value" else set()
            if len(elsewhere) == 1 and subject not in elsewhere and st.fans_out(subject, next(iter(elsewhere))) \
                    and st._date_of_table(next(iter(elsewhere))):
                raise TranslationError(f"'when' asks for the date {it.text!r} happened, which {elsewhere.pop()} "
                                       "records, not a date of the row; rephrase, or use an LLM provider (--provider)")
    if col is None:
        raise TranslationError(f"no date to answer 'when' for {subject}")
    words = {t.low for t in st.tokens}
    func = None
    if words & {"first", "earliest", "oldest"}:
        func = "MIN"
    elif words & {"last", "latest", "newest", "recent", "recently", "most"}:
        func = "MAX"
    if func is None:
        # "when did Ana Smith sign up": show the date next to the row
        items.append(
            Item(
                "column",
                len(st.tokens),
                len(st.tokens),
                columns=[Candidate("column", col.table, col.column, 3.0, 0, 0)],
            )
        )
        return None, None
    for it in items:
        if it.kind in ("adj", "high", "low") or (it.kind == "word" and it.text.lower() in ("first", "last")):
            it.used = True
    return Measure("col", col.table, col=col, func=func, label=col.column), func


def _of_the_rows_done(st: PlanState, it: Item, j: int, func: str | None) -> None:
    """ "total qty of controlled drugs dispensed last month": the quantity of the rows the participle after it
    names (dispensings.quantity), not the drugs' stock."""
    if it.kind != "column" or it.used or func not in ("SUM", "AVG"):
        return
    done = [st.table_of(x) for x in st.items[j + 1 :] if x.kind == "table" and not st._noun_mention(x)]
    acted = [c for c in it.columns if c.table in done and st._cand_kind(c) == "number"]
    if len({c.table for c in acted}) == 1:
        it.columns = acted


def _counted_per_parent(st: PlanState, it: Item, j: int, table: str) -> bool:
    """A plural table word right before "per" and a table its rows point to ("stops per route")."""
    per = st.item(j + 1)
    parent = st.item(j + 2)
    return (
        st.plural_mention(it)
        and per is not None
        and per.kind == "group"
        and per.text.lower() == "per"
        and parent is not None
        and parent.kind == "table"
        and any(e.child == table and e.parent == st.table_of(parent) for e in st.schema.edges_of(table))
    )


def _whole_table_measure(st: PlanState, it: Item, table: str, func: str, j: int) -> tuple[Measure, int] | None:
    """ "total of all invoices", "average rating", "average order value": the measure of a table
    named alone after an aggregate word."""
    if func == "AVG" and _counted_per_parent(st, it, j, table):
        # "avg stops per route": how many stops a route has, on average (never their stop_seq)
        it.used, it.role = True, "measure"
        return Measure("count", table, label=f"number of {table}"), j
    worth = st.item(j + 1)
    if worth is None or worth.kind != "word" or worth.text.lower() not in ("value", "worth") or \
            worth.first != it.last:
        return _table_measure(st, it, table, func, j)
    got = _value_of(st, it, func, j + 1)  # "the total order value"
    worth.used = got is not None
    return got


def _value_of(st: PlanState, rows: Item, func: str, j: int) -> tuple[Measure, int] | None:
    """What the rows ``rows`` names came to ("the total order value", "the total value of the orders"; ``j``: the
    last item said): their money, never how many there are nor a number that is no money (a workshop's capacity);
    a total of it that nothing says is refused."""
    table = st.table_of(rows)
    found = _money_of_rows(st, rows, func)
    got = (found, j) if found is not None else _table_measure(st, rows, table, func, j)
    if got is not None and got[0].kind == "col" and got[0].col is not None and \
            not any(w in got[0].col.column.lower() for w in MONEY_WORDS | {"price"}):
        got = None  # (o_totalprice is money by its name run together)
    if got is None and func == "SUM":
        raise TranslationError(f"cannot tell what the value of {table} is; {REPHRASE}")
    return got


def _table_measure(st: PlanState, it: Item, table: str, func: str, j: int) -> tuple[Measure, int] | None:
    """The measure of ``table`` named alone after an aggregate word (see :func:`_whole_table_measure`)."""
    # "total of all invoices": the table's money column, or a derived value
    money = [c for c in st.meta(table).numeric_columns() if c.money and not c.is_key]
    if money:
        it.used, it.role = True, "measure"
        col = Col(table, money[0].name)
        return Measure("col", table, col=col, func=func, label=money[0].name), j
    only = st._only_measure(table)
    if only is not None:  # "average rating": the one number a ratings row holds
        it.used, it.role = True, "measure"
        return Measure("col", table, col=only, func=func, label=only.column), j
    rev = st.revenue_measure(table)
    if rev is not None and func == "SUM":
        it.used, it.role = True, "measure"
        return rev, j
    if rev is not None and func == "AVG" and rev.table != table and st.fans_out(table, rev.table):
        # "average order value": the value of each order, averaged
        path = st.schema.path(rev.table, table) or []
        if len(path) == 1:
            key = Col(rev.table, path[0].child_cols[0])
        else:
            key = st.pk_cols(table)[0] if st.pk_cols(table) else Col(rev.table, "")
        it.used, it.role = True, "measure"
        per = Measure(
            "per",
            rev.table,
            col=key,
            label=f"{rev.label} per {table}",
            product=rev.product,
            value=rev.col if rev.product is None else None,
        )
        return per, j
    return None


def _word_measure(st: PlanState, j: int, func: str) -> tuple[Measure, int] | None:
    """A sum or average of a word no column is named by: "total kg of hops" (the one weight of the rows named after
    it; the unit converts later), "the total value of the orders"."""
    low = st.items[j].text.lower()
    if low in ("value", "worth"):
        return _value_of_rows(st, j, func)
    col = _unit_measure(st, j, UNITS[low][0]) if low in UNITS else None
    return (Measure("col", col.table, col=col, func=func, label=col.column), j) if col is not None else None


def _value_of_rows(st: PlanState, j: int, func: str) -> tuple[Measure, int] | None:
    """ "the total value of the orders placed in March" (item ``j`` is "value"): what the orders came to, the
    table found past articles and the words that pick its rows out ("of *completed* visits"); else None."""
    if st.item(j + 1) is None or st.items[j + 1].text.lower() != "of":
        return None
    for x in st.items[j + 2 : j + 6]:
        if x.kind == "table":
            got = _value_of(st, x, func, st.items.index(x)) if not x.used else None
            st.items[j].used = got is not None
            return got
        if x.used or not (x.kind in ("value", "column") or (x.kind == "word" and x.text.lower() in _FILLER)):
            return None
    return None


def _money_of_rows(st: PlanState, it: Item, func: str) -> Measure | None:
    """The money the rows ``it`` names came to: their one amount column (of several, the one called a total or a
    value, else an amount), or what their lines add up to (quantity times unit price) when they hold no amount."""
    table = st.table_of(it)
    nums = st.meta(table).numeric_columns()
    money = [c for c in nums if c.money and not c.is_key]
    if any(set(c.words) & QUANTITY_WORDS and not c.money for c in nums):
        # a unit price beside a quantity is not what a row came to ("the total value of items ordered")
        money = [c for c in money if not set(c.words) & UNIT_PRICE_WORDS or c.word_forms() & {"total", "value"}]
    for words in ({"total", "value"}, {"amount"}):
        if len(money) > 1 and (named := [c for c in money if c.word_forms() & words]):
            money = named
    if len(money) == 1:
        it.used, it.role = True, "measure"
        return Measure("col", table, col=Col(table, money[0].name), func=func, label=money[0].name)
    if money or func != "SUM":
        return None
    rev = st.revenue_measure(table)
    if rev is None or rev.product is None or (
            rev.table != table and not any(e.child == rev.table for e in st.schema.children(table))):
        return None
    it.used, it.role = True, "measure"
    return rev


def _measure_words(st: PlanState, k: int) -> tuple[int | None, str | None, bool] | None:
    """The words before a measure from item ``k`` ("the total number of"): the index of the item
    after them, the aggregate they name and whether they count; None when the items run out."""
    j: int | None = k
    func: str | None = None
    counting = False
    for _ in range(4):
        it = st.item(j)
        if it is None or j is None:
            return None
        if it.kind == "word" and it.text.lower() in _FILLER | {"number", "amount", "sum"}:
            j += 1
            continue
        if it.kind == "word" and it.text.lower() not in FUNCTION_WORDS:
            # "average ticket price", "the most gritting runs": an unknown qualifier before the column or rows
            nxt = st.item(j + 1)
            if nxt is not None and (nxt.kind in ("column", "revenue") or (nxt.kind == "table" and it.text.lower()
                                                                        .endswith("ing"))):
                j += 1
                continue
        if it.kind == "agg" and func is None:
            func = it.func
            it.used = True
            j = st.nxt(j, _FILLER, 2)
            continue
        if it.kind == "agg" and it.columns:
            # "average total": the second aggregate word is the column
            it.kind = "column"
            break
        if it.kind == "count":
            counting = True
            it.used = True
            j = st.nxt(j, _FILLER, 2)
            continue
        if it.kind == "distinct":
            it.used = True
            j = st.nxt(j, _FILLER, 2)
            continue
        break
    return j, func, counting


#: column words that only say "how much" (duration_seconds, on_hand_qty): no qualifier a question must repeat
_GENERIC_MEASURE_WORDS = frozenset(
    {"duration", "dur", "time", "length", "len", "total", "amount", "amt", "value", "val", "count", "cnt", "qty",
     "quantity", "hand", "size", "num", "number", "level", "stock", "elapsed", "span", "period"}
)  # fmt: skip


def _unit_measure(st: PlanState, j: int, dimension: str) -> Col | None:
    """The one quantity measured in ``dimension`` (mass, length, volume, time ...) among the rows the words after
    a unit name (a table, or the table of a stored value) and the rows that point to them; None when none or
    several."""
    named = {st.table_of(x) for x in st.items[j + 1 :] if x.kind == "table"}
    named |= {x.values[0].table for x in st.items[j + 1 :] if x.kind == "value" and x.values}
    if st.subject is not None:
        named.add(st.subject)
    tables = named | {e.child for t in named for e in st.schema.edges_of(t) if e.parent == t}
    found = [
        Col(t, c.name)
        for t in sorted(tables)
        for c in st.meta(t).numeric_columns()
        if not c.is_key and "per" not in c.words and (u := column_unit(c.words)) is not None and u[0] == dimension
    ]  # (cost_per_kg is a price, not a weight)
    return found[0] if len(found) == 1 else None


def _rows_measure(st: PlanState, it: Item, table: str, func: str | None, counting: bool) -> Measure:
    """The rows of ``table`` counted, or the number each of them carries of the noun said: "number of kegs
    ordered" over keg orders with a keg_count, "served the most meals" over meals_served."""
    it.used, it.role = True, "measure"
    carried = st._carried_count(it, table) if counting and func is None else None
    if carried is None and func is None and not counting:
        carried = _noun_and_verb_column(st, it, table, anywhere=True)
    if carried is not None:
        return Measure("col", table, col=carried, func="SUM", label=f"total {carried.column}")
    money = [c for c in st.meta(table).numeric_columns() if c.money]
    if func == "SUM" and not counting and past_participle(it.text.lower()) and money:
        # "total invoiced in euros": the money of the invoices, never a count of them
        if len(money) > 1:
            raise TranslationError(f"cannot tell which amount 'total {it.text}' adds up ("
                                   f"{', '.join(c.name for c in money)}); {REPHRASE}")  # fmt: skip
        return Measure("col", table, col=Col(table, money[0].name), func="SUM", label=f"total {money[0].name}")
    return Measure("count", table, label=f"number of {table}")


def _table_revenue(st: PlanState, it: Item, j: int, func: str | None) -> tuple[Measure, int] | None:
    """ "Total keg revenue": the revenue of the table named right before the word (count times price per keg)."""
    said = st.item(j + 1)
    if it.kind != "table" or said is None or said.kind != "revenue" or said.first != it.last:
        return None
    rev = st.revenue_measure(st.table_of(it))
    if rev is None or rev.table != st.table_of(it):
        return None
    said.used, said.role = True, "measure"
    rev.func = func or rev.func or "SUM"
    return rev, j + 1


def _participle_money(st: PlanState, it: Item, func: str | None, counting: bool) -> Measure | None:
    """ "total invoiced": the subject's rows said by their participle under a sum, measured by their money."""
    if it.kind != "table" or func != "SUM" or counting or not past_participle(it.text.lower()) or \
            st.table_of(it) != st.subject:
        return None
    return _rows_measure(st, it, st.table_of(it), func, counting)


def measure_at(st: PlanState, k: int) -> tuple[Measure, int] | None:
    """Parse a measure starting at item ``k``: "number of orders", "total price", "revenue", "stock"."""
    words = _measure_words(st, k)
    if words is None:
        return None
    j, func, counting = words
    it = st.item(j)
    if it is None or j is None:
        return None
    if it.kind == "word" and func in ("SUM", "AVG") and not counting:
        return _word_measure(st, j, func)
    if (sold := _participle_money(st, it, func, counting)) is not None:
        return sold, j  # "total invoiced in euros": their money
    if it.kind == "table" and not (it.used and it.role not in ("", "measure")):
        head = st.item(j + 1)
        if (
            head is not None
            and head.kind == "table"
            and not head.used
            and head.first == it.last
            and st._noun_mention(head)
            and st._noun_mention(it)
            and st.schema.adjacent(st.table_of(it), st.table_of(head))
        ):
            # "the most pet owners": owners (of pets); the first noun qualifies the second (left to the
            # condition passes: owners that have pets)
            it, j = head, j + 1
        table = st.table_of(it)
        # "product price", "invoice total": a table word qualifying the column that follows
        after = st.item(st.nxt(j, frozenset(), 0))
        if after is not None and after.kind in ("column", "agg") and not (after.used and after.kind == "column"):
            own = [c for c in after.columns if c.table == table]
            if own:
                after.columns, after.kind = own, "column"
                it = after
                j = st.items.index(after)
        if (revenue := _table_revenue(st, it, j, func)) is not None:
            return revenue
        if it.kind == "table" and func is not None and not counting:
            # "average track length in milliseconds": a numeric column of the table a little further on
            look = j
            for _ in range(3):
                look2 = st.nxt(look, _FILLER | {"length", "size", "in", "measured"}, 2)
                cand = st.item(look2)
                if cand is None or look2 is None or cand.kind not in ("column", "word"):
                    break
                if cand.kind == "column" and not cand.used:
                    own = [c for c in cand.columns if c.table == table and st._cand_kind(c) == "number"]
                    if not own and cand.first == it.last:
                        # "total staff hours": the hours of a table next to staff (its rows' work), not a
                        # number of staff's own such as its hourly rate
                        near = {e.other(table) for e in st.schema.edges_of(table)}
                        own = [c for c in cand.columns if c.table in near and st._cand_kind(c) == "number"]
                    if own:
                        cand.columns = own
                        it = cand
                        j = look2
                    break
                look = look2
            if it.kind == "table":
                whole = _whole_table_measure(st, it, table, func, j)
                if whole is not None:
                    return whole
        if it.kind == "table":
            return _rows_measure(st, it, table, func, counting), j
    if (
        it.kind == "column"
        and not it.used
        and func in ("SUM", "AVG")
        and not counting
        and not any(st._cand_kind(c) == "number" for c in it.columns)
    ):
        # "total call cost": a word naming the rows ("call") before the column summed ("cost")
        after = st.item(j + 1)
        if after is not None and after.kind == "column" and not after.used:
            nums = [c for c in after.columns if st._cand_kind(c) == "number"]
            if nums:
                after.columns = nums
                it, j = after, j + 1
    if it.kind == "column" and not it.used and func in ("SUM", "AVG") and not counting:
        nums = [c for c in it.columns if st._cand_kind(c) == "number"]
        if nums and len(nums) < len(it.columns):
            it.columns = nums  # "total sales": sold_price, not sold_on; a date is not summed
    _of_the_rows_done(st, it, j, func)
    if it.kind == "column" and not it.used:
        col = st.untied_column(it, None)
        cm = st.colmeta(col)
        if cm.kind == "bool":
            return None  # "total refunded amount": a yes/no column filters, it is not what is totalled
        said = {stem(t.low) for t in st.tokens if t.is_word}
        qualifiers = [
            w for w in cm.words if column_unit([w]) is None and len(w) >= 3 and w not in _GENERIC_MEASURE_WORDS
        ]
        if it.columns[0].score < 1.5 and qualifiers and not {stem(w) for w in qualifiers} & said:
            # "average length of calls" reached wait_seconds by its unit alone: a wait is not a call's length
            raise TranslationError(
                f"{it.text!r} is not what {col.column} measures; rephrase, or use an LLM provider (--provider)"
            )
        noun = st.item(j + 1)
        if (
            cm.kind in ("text", "other")
            and noun is not None
            and noun.first == it.last
            and (
                (noun.kind == "table" and st.table_of(noun) == col.table)
                or (noun.kind == "column" and any(c.table == col.table and st._cand_kind(c) in ("pk", "fk")
                                                  for c in noun.columns[:1]))
            )
        ):
            return None  # "number of approved comments": the column says which comments; the comments are counted
        if cm.kind == "date" and func in ("SUM", "AVG"):
            # "average age" reached birth_date: a date is not averaged (nor counted instead)
            raise TranslationError(
                f"cannot take the {'average' if func == 'AVG' else 'total'} of the date "
                f"{col.column}; rephrase, or use an LLM provider (--provider)"
            )
        if counting and func is None and cm.kind in ("text", "other") and names_the_owner(it.text, cm.words):
            return None  # "how many books" reached Copy.BookCondition: the books are counted, not their conditions
        it.used, it.role = True, "measure"
        if not cm.numeric or (counting and func is None and cm.is_key):
            return Measure("count", col.table, col=col, distinct=True, label=f"number of {col.column}"), j
        return Measure("col", col.table, col=col, func=func, label=col.column), j
    if it.kind == "value" and func is not None and it.values:
        after = st.item(j + 1)
        if after is not None and after.kind == "table" and not after.used and after.first == it.last:
            # "average glucose result": the one measure of the results that value picks out
            rows = st.table_of(after)
            only = st._only_measure(rows)
            if only is not None and rows != it.values[0].table and st.reachable(rows, it.values[0].table):
                after.used, after.role = True, "measure"
                return Measure("col", rows, col=only, func=func, label=only.column), j + 1
        # "total deposits": the amount of the rows that value picks out (the value stays a filter)
        table = it.values[0].table
        money = [c for c in st.meta(table).numeric_columns() if c.money and not c.is_key]
        picked = Col(table, money[0].name) if money else st.reading_of(table) or st._only_measure(table)
        if picked is not None:
            return Measure("col", table, col=picked, func=func, label=picked.column), j
        return None
    if it.kind == "revenue":
        rev = st.revenue_measure(st.subject)
        if rev is None:
            return None
        it.used, it.role = True, "measure"
        rev.func = rev.func or func or "SUM"
        if func and func != "SUM":
            rev.func = func
        return rev, j
    return None


def _counts_shown(st: PlanState) -> None:
    """ "Which customers have placed more than 13 orders? Show how many each.": the second sentence asks to show
    the counts the first one compared, not for one total."""
    if not any(it.kind == "cmp" and it.role == "having" for it in st.items):
        return
    # "Show their names and order counts": the counts of the rows the comparison counted
    compared = {
        st.table_of(nxt)
        for k, it in enumerate(st.items)
        if it.kind == "cmp" and it.role == "having"
        for nxt in [st.item(k + 1)]
        if nxt is not None and nxt.kind == "table"
    }
    for k, it in enumerate(st.items):
        prev = st.item(k - 1)
        request = st.item(k - 2)
        asked = prev is not None and (
            (prev.kind == "qword" and st.opens_sentence(prev))
            or (prev.kind == "word" and prev.text.lower() in ("and", "with"))
            # "? Include the count.", "? Show the number too."
            or (st.word(prev) == "the" and request is not None and request.kind == "qword"
                and st.opens_sentence(request) and it.text.lower() in ("count", "number", "counts"))
        )  # "? Show how many each", ", and how many each", ", with how many they made"
        their = prev is not None and prev.kind == "table" and prev.first > 0 and \
            st.tokens[prev.first - 1].low in ("their", "its") and st.table_of(prev) in compared  # "their order count"
        counted = st.item(k + 1)
        theirs = prev is not None and prev.kind == "word" and prev.text.lower() in ("their", "its") and \
            counted is not None and counted.kind == "table" and st.table_of(counted) in compared  # "their number of"
        if it.kind == "count" and not it.used and (asked or their or theirs):
            it.used = st.show_having = True
            if theirs and prev is not None and counted is not None:
                prev.used = counted.used = True
            each = st.item(k + 1)
            if each is not None and each.kind == "group" and each.text.lower() == "each":
                each.used = True
    for k, it in enumerate(st.items):
        # "... more than 15 active enrolments? Show the class and the number.": the number compared
        nxt = st.item(k + 1)
        if (
            it.kind == "word"
            and it.text.lower() == "number"
            and not it.used
            and st.sentence_of(it.first) > 0
            and st.word(st.item(k - 1)) == "the"
            and (nxt is None or nxt.kind == "punct")
        ):
            it.used = st.show_having = True
    for k, it in enumerate(st.items):
        counts = st.item(k + 1)
        if (
            it.kind == "table"
            and not it.used
            and st.table_of(it) in compared
            and counts is not None
            and counts.kind == "word"
            and counts.text.lower() in ("count", "counts")
            and st.sentence_of(it.first) > 0
        ):
            it.used = counts.used = st.show_having = True


def markers(st: PlanState) -> None:
    """Pass markers: the markers of the answer's shape, with the measure the span pass found."""
    _counts_shown(st)
    sh = st.shape = _markers(st)
    if st.spans.measure is not None:
        sh.agg_measure, sh.agg_func = st.spans.measure, st.spans.func


def measures(st: PlanState) -> None:
    """Pass measures: what the answer ranks or aggregates, its direction and its row limit."""
    sh = st.shape
    if sh.qword is not None and sh.qword.text.lower() == "when":
        sh.agg_measure, sh.agg_func = _when(st, st.items)
    for k, it in enumerate(st.items):
        if not it.used:
            _measure_item(st, sh, k, it)
    _first_or_last(st, sh)
    _apply_top(st, sh)
    _check_placed(st)
    _count_as_sum(st, sh)
    _number_before_table(st, sh)
    _average_per_row(st, sh)
    _aggregate_in_name(st, sh)
    _implicit_total(st, sh)
    _extreme_per_group(st, sh)
    measure = sh.rank_measure or sh.agg_measure
    st.measure_table = measure.table if measure is not None and measure.kind != "count" else None
