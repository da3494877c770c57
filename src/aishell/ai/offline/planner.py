"""The planner: from a list of items to a :class:`~aishell.ai.offline.ir.Query`.

It works in passes over the items of a question:

1. decide what each schema link is (a table, a column or a stored value), then run the row passes of
   :mod:`aishell.ai.offline.plan_rows` (sub-rows, people of a hierarchy, "how many times", "on average");
2. give construct markers their targets: group keys after "per"/"by"/"each",
   the measure after "most"/"highest"/"top 5 ... by", the relation after
   "no"/"without"/"never", the counted table after "more than 3";
3. find the *subject*: the table whose rows are counted or listed;
4. turn values, dates, numbers and text patterns into conditions;
5. shape the answer: a count, an aggregate, a grouped aggregate, a ranking
   or a listing;
6. follow a self-referencing key ("who reports to X", "who manages X", "with their manager's name"): the
   passes of :mod:`aishell.ai.offline.plan_hierarchy`;
7. account for every content word (:mod:`aishell.ai.offline.account`): a word
   that reached nothing in the query refuses the question, naming the word.

Anything it cannot place raises :class:`TranslationError` rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aishell.ai.offline.account import END_WORDS, LATER_WORDS, account, stem
from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    Lit,
    PerParent,
    Product,
    Query,
    Ratio,
    Related,
)
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    ADJECTIVES,
    AGG_WORDS,
    FUNCTION_WORDS,
    ORDINALS,
    QUANTITY_WORDS,
    SYNONYMS,
    UNSUPPORTED,
)
from aishell.ai.offline.linking import Candidate, negative_stem
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_base import (
    _FILLER,
    _FUNC_WORDS,
    _PARTICIPLES,
    READING_WORDS,
    Measure,
)
from aishell.ai.offline.plan_conditions import ConditionPlanner
from aishell.ai.offline.plan_hierarchy import HIERARCHY_RULES
from aishell.ai.offline.plan_routes import RouteCheck
from aishell.ai.offline.plan_rows import run_row_passes
from aishell.ai.offline.plan_spans import SpanPass
from aishell.ai.offline.text import IRREGULAR_VERBS, forms, irregular_base, singular, split_identifier

#: last words of a column that holds a quantity (keg_count, pax_cnt, seat_qty)
_COUNT_WORDS = frozenset({"count", "cnt", "qty", "quantity", "num", "nbr"})

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

#: words of an event that has not happened yet ("awaiting harvest", "pending approval")
_AWAITING = frozenset({"awaiting", "awaits", "await", "pending", "waiting"})
#: verbs of having another table's rows ("hold a permit", "own a car")
_HOLD_VERBS = frozenset({"hold", "holds", "own", "owns", "possess", "possesses", "carry", "carries"})


@dataclass
class _Shape:
    """What the measure pass found: the markers of the answer's shape and its measures."""

    qword: Item | None = None
    count_item: Item | None = None
    percent_item: Item | None = None
    distinct_item: Item | None = None
    top_item: Item | None = None
    order_items: list[Item] = field(default_factory=list)
    subject_pos: int | None = None
    rank_measure: Measure | None = None
    rank_desc: bool = True
    rank_n: int | None = None
    agg_measure: Measure | None = None
    agg_func: str | None = None
    share: bool = False  # the aggregate is a share of its total ("what share of revenue comes from X")


class Planner(ConditionPlanner):
    """Builds the :class:`~aishell.ai.offline.ir.Query` for one question."""

    def build(self) -> Query:
        """Run the passes in order: links, roles, subject, measures, conditions, shape."""
        self.classify_links()
        self.rows = run_row_passes(self)  # sub-rows, people of a hierarchy, "how many times"
        self.assign_roles()
        self.subject = self.find_subject()
        spans = SpanPass(self).run()
        st = self._markers()
        if spans.measure is not None:
            st.agg_measure, st.agg_func = spans.measure, spans.func
        self.aggregate_conditions()
        if st.qword is not None and st.qword.text.lower() == "when":
            st.agg_measure, st.agg_func = self._when(self.items)
        for k, it in enumerate(self.items):
            if not it.used:
                self._measure_item(st, k, it)
        self._first_or_last(st)
        self._apply_top(st)
        self._check_placed()
        self._count_as_sum(st)
        self._number_before_table(st)
        self._average_per_row(st)
        self._aggregate_in_name(st)
        measure = st.rank_measure or st.agg_measure
        self.measure_table = measure.table if measure is not None and measure.kind != "count" else None
        self._conditions()
        q = self._shape(st)
        self._superlative_row(q)
        for rule in HIERARCHY_RULES:  # who reports to whom, sub-rows, a parent row's name
            rule(self, q)
        self._null_display(q)
        self._counted_quantity(q)
        self._counted_kind(q)
        account(self, q)
        return q

    def _counted_quantity(self, q: Query) -> None:
        """ "Number of kegs ordered" with a KegCount column, "how many passengers" with pax_cnt: the noun names a
        quantity the rows carry, so counting rows is a guess; refused unless the quantity is what is summed."""
        if not any(isinstance(e, Agg) and e.func == "COUNT" for e in [*q.select, *(x for x, _ in q.order_by)]):
            return
        toks = [t.low for t in self.tokens]
        nouns = {
            toks[i + 2]
            for i in range(len(toks) - 2)
            if (toks[i], toks[i + 1]) in (("number", "of"), ("how", "many"), ("count", "of"))
            and not self._modifier_of_table(i + 2)
        }
        for noun in nouns:
            wanted = {noun, singular(noun)}
            for meta in self.schema.tables.values():
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

    def _modifier_of_table(self, pos: int) -> bool:
        """The token at ``pos`` only qualifies the noun after it in one table's name ("keg orders")."""
        it = next((x for x in self.items if x.first <= pos < x.last), None)
        return (
            it is not None
            and it.kind == "table"
            and it.last - it.first > 1
            and pos < it.last - 1
            and not self.tokens[it.last - 1].low.endswith("ed")
        )

    def _counted_kind(self, q: Query) -> None:
        """ "How many season passes were sold?" where 'Season pass' is a row of a lookup table (pass types):
        the value names a kind of rows kept elsewhere, and counting the one lookup row is a guess: refused."""
        k = next((i for i, it in enumerate(self.items) if it.kind == "count"), None)
        nxt = self.item(k + 1) if k is not None else None
        if nxt is None or nxt.kind != "value" or not nxt.values or q.group_by:
            return
        table, column = nxt.values[0].table, nxt.values[0].column
        if Col(q.base, column) not in self.display_cols(q.base):
            return  # "how many goalkeepers": a category of the rows (position), not one named row
        if q.base.lower() != table.lower() or any(
            it.kind == "table" and self.table_of(it) == q.base for it in self.items
        ):
            return
        kept = [e for e in self.schema.edges_of(q.base) if e.parent == q.base and e.child != q.base]
        if (
            len(kept) == 1
            and len(q.select) == 1
            and isinstance(q.select[0], Agg)
            and q.select[0].func == "COUNT"
            and q.select[0].arg is None
            and not q.group_by
        ):
            # "how many season passes were sold": the rows of the one table that records that kind
            self.notes[0] = self.notes[0].replace(q.base, kept[0].child, 1)
            q.base = kept[0].child
            return
        if kept:
            raise TranslationError(
                f"{nxt.text!r} is a kind of {q.base}, whose rows are kept in another table; "
                "rephrase, or use an LLM provider (--provider)"
            )

    def _null_display(self, q: Query) -> None:
        """ "The targets without a common name": a shown column that the question wants missing shows nothing;
        the rows are shown by their one other identifying column (a designation, a code), else refused."""
        nulls = [c.left for c in q.where if c.op == "is_null" and isinstance(c.left, Col)]
        for i, sel in enumerate(q.select):
            if not isinstance(sel, Col) or sel not in nulls:
                continue
            meta = self.meta(sel.table)
            others = [
                c
                for c in meta.columns
                if c.name != sel.column
                and c.kind in ("text", "other")
                and c.words
                and c.words[-1] in _IDENTIFYING_WORDS
            ]
            if len(others) != 1:
                raise TranslationError(
                    f"{sel.column} is asked to be missing, so it cannot show the rows; "
                    "rephrase, or use an LLM provider (--provider)"
                )
            q.select[i] = Col(sel.table, others[0].name)

    def _superlative_row(self, q: Query) -> None:
        """ "What is the highest-calorie recipe?": the row with the highest value, not the value alone
        (a superlative and its column written before the table noun, as one attribute of it)."""
        if len(q.select) != 1 or q.group_by or q.having:
            return
        agg = q.select[0]
        if not isinstance(agg, Agg) or agg.func not in ("MAX", "MIN") or not isinstance(agg.arg, Col):
            return
        col = agg.arg
        items = [it for it in self.items if it.kind != "punct"]
        for k, it in enumerate(items[:-2]):
            if (
                it.kind in ("high", "low")
                and items[k + 1].kind == "column"
                and items[k + 2].kind == "table"
                and self.table_of(items[k + 2]) == col.table
                and k + 3 == len(items)
                and it.last == items[k + 1].first - (1 if self.tokens[it.last].text == "-" else 0)
            ):
                disp = [c for c in self.display_cols(col.table) if c != col]
                q.select = [*disp, col]
                q.order_by = [(col, agg.func == "MAX")]
                q.limit = 1
                items[k + 2].used = True
                return

    # ---------------------------------------------------------------- pass: markers
    def _markers(self) -> _Shape:
        items = self.items
        # a stored value ("labelled regression") is data, not a statistic to compute
        stored = {i for it in items if it.kind == "value" for i in range(it.first, it.last)}
        odd = {t.low for i, t in enumerate(self.tokens) if i not in stored} & UNSUPPORTED
        if odd:
            raise TranslationError(f"the offline translator cannot compute a {sorted(odd)[0]}")
        for k, it in enumerate(items):
            nxt_it = self.item(k + 1)
            if (
                it.kind == "word"
                and it.text.lower() in ORDINALS
                and nxt_it is not None
                and nxt_it.kind in ("adj", "high", "low", "top")
            ):
                self.rank_offset = ORDINALS[it.text.lower()]
                it.used = True
        st = _Shape(
            qword=next((it for it in items if it.kind == "qword"), None),
            count_item=next((it for it in items if it.kind == "count" and not it.used), None),
            percent_item=next((it for it in items if it.kind == "percent"), None),
            distinct_item=next((it for it in items if it.kind == "distinct"), None),
            top_item=next((it for it in items if it.kind == "top"), None),
            order_items=[it for it in items if it.kind == "order"],
            subject_pos=next((k for k, it in enumerate(items) if it.kind == "table" and not it.used), None),
        )
        if st.percent_item is not None:
            for it in items:  # "what share of ..., as a percentage": one ratio
                if it.kind == "percent":
                    it.used = True
            share = self._share_measure(st.percent_item)
            if share is not None:
                st.agg_measure, st.agg_func, st.share = share, "SUM", True
            else:
                st.count_item = st.count_item or st.percent_item
        return st

    def _share_measure(self, percent: Item) -> Measure | None:
        """ "what share of all votes", "what percentage of revenue": a share of a sum, not of a row count."""
        j = self.nxt(self.items.index(percent), frozenset({"of", "the", "all", "total"}), 3)
        it = self.item(j)
        if (
            it is None
            or j is None
            or it.used
            or not (
                it.kind == "revenue"
                or (it.kind == "column" and any(self._cand_kind(c) == "number" for c in it.columns))
            )
        ):
            return None
        m = self.measure_at(j)
        if m is None or m[0].kind not in ("col", "revenue") or m[0].func not in (None, "SUM"):
            return None
        if m[0].col is not None and (self.colmeta(m[0].col).is_key or self.colmeta(m[0].col).is_year):
            return None
        return m[0]

    # ---------------------------------------------------------------- pass: measures
    def _measure_item(self, st: _Shape, k: int, it: Item) -> None:
        """Rankings and measures: "most expensive", "the most orders", "highest price", "top 3 ... by X"."""
        if it.kind == "adj" and it.adj:
            self._measure_adjective(st, k, it)
        elif it.kind in ("high", "low"):
            self._measure_high_low(st, k, it)
        elif (
            it.kind == "order"
            and it.adj is None
            and st.rank_measure is None
            and st.agg_measure is None
            and (st.count_item is None or st.count_item.first > it.first)
        ):
            self._measure_order(st, k, it)
        elif it.kind == "sortkey":
            m = self.measure_at(self.nxt(k, _FILLER, 2) or k + 1)
            if m is None:
                raise TranslationError("cannot tell what to sort by")
            st.rank_measure = self._summed(m[0])
            it.used = True
        elif it.kind == "agg" and st.agg_measure is None:
            m = self.measure_at(k)
            if m is not None:  # else "total" alone may be a column ("order total")
                st.agg_measure = m[0]
                st.agg_func = st.agg_measure.func or it.func
        elif (
            it.kind == "revenue"
            and st.agg_measure is None
            and st.rank_measure is None
            and not any(x.kind == "cmp" for x in self.items[k + 1 : k + 3])
        ):
            rev = self.revenue_measure(self.subject if st.subject_pos is not None else None)
            if rev is None:
                it.kind = "word"
                return
            it.used = True
            st.agg_measure = rev
            st.agg_func = rev.func or "SUM"

    def _summed(self, m: Measure) -> Measure:
        """A column measure over another table's rows is summed per subject row."""
        if m.kind == "col" and m.table != self.subject and m.func is None:
            m.func = "SUM"
        return m

    def _measure_adjective(self, st: _Shape, k: int, it: Item) -> None:
        items, subject = self.items, self.subject
        assert subject is not None and it.adj is not None
        if it.adj in ("common", "frequent", "usual", "popular") and any(
            x.kind == "column" and not x.used and x.role == "" for x in items
        ):
            # "the most common country among customers": count rows per value of that column
            colitem = next(x for x in items if x.kind == "column" and not x.used and x.role == "")
            self.forced_head = self.pick_column(colitem, subject)
            colitem.used, colitem.role = True, "group"
            st.rank_measure, st.rank_desc = Measure("count", subject, label=f"number of {subject}"), bool(it.desc)
            it.used = True
            return
        if self._ranks_periods(k):
            # "the busiest month", "the most popular year": count rows per period
            st.rank_measure, st.rank_desc = Measure("count", subject, label=f"number of {subject}"), bool(it.desc)
            it.used = True
            return
        named: Col | None = None
        after = self.item(self.nxt(k, _FILLER, 2))
        if after is not None and after.kind == "column" and not after.used:
            cand = self.pick_column(after, subject)
            cm = self.colmeta(cand)
            if cm.kind == "date" or cm.is_year:
                named = cand
                after.used, after.role = True, "measure"
        got = self.adjective_measure(it.adj, subject, bool(it.desc), named)
        if got is None and named is None and after is not None and after.kind in ("agg", "column") and not after.used:
            got = self._adjective_noun(self.nxt(k, _FILLER, 2), bool(it.desc), it.adj)
        if got is None and named is None and it.adj in ("long", "short"):
            span = SpanPass(self).period(subject)  # "the longest stay": from its one start to its one end
            if span is not None:
                got = Measure("span", subject, span=span, label=f"{span.end.column} - {span.start.column}"), bool(
                    it.desc
                )
        if got is None:
            raise TranslationError(f"cannot tell what {it.text!r} means for {subject}")
        st.rank_measure, st.rank_desc = got
        it.used = True
        # "most expensive products by category"? not supported: superlative per group

    def _adjective_noun(self, j: int | None, desc: bool, adj: str | None = None) -> tuple[Measure, bool] | None:
        """ "the longest total distance": the numeric column the superlative qualifies is the measure.  The
        column must be one the adjective can mean: "the longest average track" is the tracks' length, never
        their price."""
        m = self.measure_at(j) if j is not None else None
        if m is None or m[0].kind != "col" or m[0].col is None:
            return None
        cm = self.colmeta(m[0].col)
        if not cm.numeric or cm.is_key or cm.is_year:
            return None
        hints = [h for h in ADJECTIVES.get(adj or "", ((), True))[0] if not h.startswith("@")]
        if hints and not any(forms(h) & cm.word_forms() for h in hints):
            fit = self.adjective_measure(adj or "", m[0].table, desc)
            if fit is None or fit[0].col is None or fit[0].table != m[0].table:
                return None
            return self._summed(
                Measure("col", m[0].table, col=fit[0].col, func=m[0].func, label=fit[0].col.column)
            ), desc
        return self._summed(m[0]), desc

    def _measure_high_low(self, st: _Shape, k: int, it: Item) -> None:
        items, subject, qword = self.items, self.subject, st.qword
        assert subject is not None
        m = self.measure_at(self.nxt(k, _FILLER, 3) or k + 1)
        entity_first = (st.subject_pos is not None and st.subject_pos < k) or any(
            x.kind == "timeunit" and not x.used and x.first < it.first for x in items
        )
        if (
            qword is not None
            and qword.text.lower() in ("which", "what")
            and any(x.kind == "column" and not x.used and qword.first < x.first < it.first for x in items)
            and (st.subject_pos is None or st.subject_pos > k)
        ):
            entity_first = True  # "which specialty has the highest average salary", "... average rating"
        if m is None:
            m = self._kind_reading(k)
        if m is None:
            self._measure_without_noun(st, k, it)
            return
        measure, _end = m
        it.used = True
        single = self.item(k + 1)
        if (
            single is not None
            and single.kind == "word"
            and single.text.lower() in ("single", "individual")
            and measure.kind == "count"
            and measure.table != subject
        ):
            # "the meters that recorded the highest single reading": the largest one reading, not their number
            only = self._only_measure(measure.table)
            if only is None:
                raise TranslationError(f"cannot tell what {single.text!r} {measure.table} measures")
            measure = Measure(
                "col", measure.table, col=only, func="MAX" if it.kind == "high" else "MIN", label=only.column
            )
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
            got = self.adjective_measure(size, subject, it.kind == "high")
            if got is None:
                only = self._only_measure(subject)
                got = (
                    (Measure("col", subject, col=only, label=only.column), it.kind == "high")
                    if only is not None
                    else None
                )
            if got is not None:
                st.rank_measure, st.rank_desc = got[0], it.kind == "high"
                return
        if (
            measure.kind == "col"
            and measure.table == subject
            and qword is not None
            and qword.text.lower() in ("who", "whom")
            and self.surely_person(subject)
        ):
            # "who has the highest salary": the person with it, not the value alone
            st.rank_measure, st.rank_desc = measure, it.kind == "high"
            return
        if (
            measure.kind == "col"
            and measure.table == subject
            and qword is not None
            and qword.text.lower() in ("who", "whom")
            and self._person_parent(subject) is not None
        ):
            # "who has the most story points": the people the measured rows belong to, by their total
            person = self._person_parent(subject)
            assert person is not None
            keys = [e for e in self.schema.edges_of(subject) if e.child == subject and e.parent == person]
            said = {stem(t.low) for t in self.tokens if t.is_word and len(t.low) >= 4}
            named = [e for e in keys if any(stem(w) in said for w in split_identifier(e.child_cols[0]) if len(w) >= 4)]
            if len(keys) > 1 and len(named) != 1:
                raise TranslationError(
                    f"cannot tell which of {', '.join(e.child_cols[0] for e in keys)} "
                    f"'{qword.text}' means; rephrase, or use an LLM provider (--provider)"
                )
            measure.func = measure.func or "SUM"
            st.rank_measure, st.rank_desc = measure, it.kind == "high"
            return
        if (
            entity_first
            or (
                qword is not None
                and qword.text.lower() in ("which", "who", "list", "show")
                and measure.table != subject
            )
            or st.top_item is not None
        ):
            st.rank_measure, st.rank_desc = self._summed(measure), it.kind == "high"
        else:
            st.agg_measure = measure
            st.agg_func = measure.func or ("MAX" if it.kind == "high" else "MIN")
            if measure.kind == "count":
                # "the highest number of orders per customer": rank instead
                st.rank_measure, st.rank_desc, st.agg_measure = measure, it.kind == "high", None

    def _kind_reading(self, k: int) -> tuple[Measure, int] | None:
        """ "the highest CO2 level": a kind of reading (a stored value) and, after it, a word for the reading; the
        generic value column of the readings table below that kind is the measure, the kind stays a filter."""
        j = self.nxt(k, _FILLER, 3)
        kind, word = self.item(j), self.item(j + 1 if j is not None else None)
        if (
            kind is None
            or j is None
            or kind.kind != "value"
            or word is None
            or word.kind != "word"
            or word.text.lower() not in READING_WORDS
        ):
            return None
        col = self.reading_of(kind.values[0].table)
        if col is None:
            return None
        word.used = True
        return Measure("col", col.table, col=col, label=col.column), j

    def _measure_without_noun(self, st: _Shape, k: int, it: Item) -> None:
        """ "largest category", "the top customer", "which customer spent the most", "who ordered the most"."""
        subject = self.subject
        assert subject is not None
        noun = self.item(self.nxt(k, _FILLER, 2))
        names_subject = st.subject_pos is not None or (
            noun is not None and noun.kind == "value" and noun.values[0].table == subject
        )
        word = it.text.lower()
        if word in ("largest", "biggest", "smallest", "top") and names_subject:
            got = self.adjective_measure("large" if word != "smallest" else "small", subject, it.kind == "high")
            if got is None and word == "top":
                got = (self.revenue_measure(subject) or Measure("count", subject), True)
            if got is None:
                raise TranslationError(f"cannot tell what {it.text!r} measures")
            st.rank_measure, st.rank_desc = got
            if word == "top":
                st.rank_desc = True
            it.used = True
            return
        prev = self.item(self.prv(k, _FILLER, 3))
        if prev is not None and prev.kind == "revenue":
            rev = self.revenue_measure(subject)
            if rev is not None:
                prev.used = True
                st.rank_measure, st.rank_desc = rev, it.kind == "high"
                it.used = True
                return
        if prev is not None and prev.kind == "column" and not prev.used:
            col = self.pick_column(prev, subject)
            cm = self.colmeta(col)
            if cm.kind == "date" and col.table != subject:
                # "which product was returned the most": the most return rows, not a sum of their dates
                measure = Measure("count", col.table, label=f"number of {col.table}")
            elif cm.numeric and not cm.is_key and not cm.is_year:
                measure = Measure("col", col.table, col=col, label=col.column)
            else:
                return
            prev.used = True
            st.rank_measure, st.rank_desc = measure, it.kind == "high"
            it.used = True
            return
        often = self.tokens[it.last].low in ("often", "frequently") if it.last < len(self.tokens) else False
        if prev is not None and prev.kind == "table" and self.table_of(prev) != subject and not often:
            # ("which species visits the vet most often" counts visits, not vets: left to refuse)
            prev.used = True
            st.rank_measure = Measure("count", self.table_of(prev))
            st.rank_desc = it.kind == "high"
            it.used = True

    def _measure_order(self, st: _Shape, k: int, it: Item) -> None:
        """ "categories sorted by number of products": every row, ordered by an aggregate."""
        nk = self.nxt(k, _FILLER, 2)
        nxt_item = self.item(nk)
        if nk is None or nxt_item is None or nxt_item.kind not in ("count", "agg", "revenue", "table"):
            return
        m = self.measure_at(nk)
        if m is None:
            return
        st.rank_measure = self._summed(m[0])
        later = [x for x in self.items[k + 1 :] if x.kind == "order" and x.desc is not None]
        st.rank_desc = bool(later[0].desc) if later else bool(it.desc)
        for x in later:
            x.used = True
        self.rank_all = True
        it.used = True
        if st.count_item is not None and st.count_item.used:
            st.count_item = None  # "sorted by number of stars": the count was part of the sort key

    def _first_or_last(self, st: _Shape) -> None:
        """ "which team was founded first", "the customer who signed up last"."""
        if st.rank_measure is not None or st.agg_measure is not None or st.count_item is not None:
            return
        subject = self.subject
        assert subject is not None
        for k, it in enumerate(self.items):
            if it.kind != "word" or it.text.lower() not in ("first", "last") or it.used:
                continue
            for j in (k - 1, k + 1):
                near = self.item(j)
                if near is None or near.kind != "column" or near.used:
                    continue
                cand = self.pick_column(near, subject)
                cm = self.colmeta(cand)
                if cm.kind == "date" or cm.is_year:
                    st.rank_measure = Measure("col", cand.table, col=cand, label=cand.column)
                    st.rank_desc = it.text.lower() == "last"
                    it.used = near.used = True
                    return

    def _apply_top(self, st: _Shape) -> None:
        top = st.top_item
        if top is None:
            return
        subject = self.subject
        assert subject is not None
        st.rank_n = top.n
        if top.desc is False:
            st.rank_desc = not st.rank_desc if st.rank_measure is not None and top.adj == "bottom" else False
        top.used = True
        if st.rank_measure is None and top.adj not in ("first", "last"):
            # "top 5 products": by revenue if there is one, else by count of activity
            st.rank_measure = self.revenue_measure(subject) or Measure("count", self.busiest_child(subject) or subject)

    def _check_placed(self) -> None:
        for it in self.items:
            if it.kind in ("high", "low", "adj") and not it.used:
                raise TranslationError(f"cannot tell what {it.text!r} refers to")
            if it.kind == "neg" and not it.role and set(it.text.lower().split()) & {"never", "without", "no", "none"}:
                child = self._implied_child(it)
                if child is None:
                    raise TranslationError(f"cannot tell what {it.text!r} applies to")
                it.role, it.op = "neg", "table"
                it.tables = [Candidate("table", child, None, 2.0, it.first, it.last)]

    def _state_conditions(self) -> None:
        """ "meters that have been decommissioned", "rentals not returned yet", "unassigned issues": a state
        recorded by a date or a key of the row that is set once it happens (``decomm_dt``, ``returned_at``)."""
        subject = self.subject
        if subject is None:
            return
        for k, it in enumerate(self.items):
            if it.used or it.kind not in ("word", "column", "table"):
                continue
            low = it.text.lower()
            negated = False
            positive = negative_stem(low)
            if positive is not None and positive.endswith(("ed", "en")) and low[:2] in ("un", "no"):
                negated = True
            else:
                positive = low
            base = irregular_base(positive)
            if not positive.endswith(("ed", "en")) or (len(positive) < 5 and base is None):
                continue  # "employees who died": the date of death
            want = {stem(positive), *((stem(base),) if base else ())}
            cols = [
                c
                for c in self.meta(subject).columns
                if c.kind in ("date", "fk") and any(stem(w) in want for w in c.words if len(w) >= 4)
            ]
            if not cols and positive in END_WORDS:
                # "rentals not returned yet": the one date that ends the row (ended_at)
                cols = [c for c in self.meta(subject).columns if c.kind == "date" and set(c.words) & END_WORDS]
            if len(cols) != 1:
                continue
            if cols[0].kind == "fk" and it.last < len(self.tokens) and self.tokens[it.last].low == "by":
                continue  # "managed by Hugo Roux": the row the key points to is named, not only that it is set
            prev = self.item(self.prv(k, frozenset({"been", "be", "yet", "being", "ever"}), 2))
            if prev is not None and prev.kind == "neg" and not prev.used:
                negated = not negated
                prev.used, prev.role = True, "negcond"
            col = Col(subject, cols[0].name)
            self.add_cond(Cond("is_null" if negated else "not_null", col), subject)
            self.notes.append(f"{col.column} is {'not ' if negated else ''}set")
            it.used, it.role = True, "filter"

    def _awaiting_conditions(self) -> None:
        """ "plantings awaiting harvest", "orders pending shipment": the date of that event is not set yet."""
        for k, it in enumerate(self.items):
            if it.used or it.kind != "word" or it.text.lower() not in _AWAITING:
                continue
            j = self.nxt(k, frozenset({"the", "a", "an", "their", "its", "for", "to", "be"}), 2)
            tgt = self.item(j)
            if tgt is None or tgt.kind != "column" or tgt.used:
                continue
            dated = [c for c in tgt.columns if c.table == self.subject and self._cand_kind(c) == "date"]
            if len(dated) != 1:
                continue
            col = Col(dated[0].table, dated[0].column or "")
            self.add_cond(Cond("is_null", col), col.table)
            self.notes.append(f"{col.column} is not set yet")
            it.used = tgt.used = True
            tgt.role = "filter"

    def _implied_child(self, neg: Item) -> str | None:
        """ "labels that have never been used", "vehicles that never parked": the one table of the subject's
        related rows, or the one whose name the verb after the negation shares."""
        subject = self.subject
        if subject is None:
            return None
        children = sorted({e.child for e in self.schema.children(subject) if e.child != subject})
        k = self.items.index(neg)
        after = [x for x in self.items[k + 1 :] if x.kind == "word" and x.text.lower() not in FUNCTION_WORDS]
        if after:
            verb = stem(after[0].text)
            named = [c for c in children if any(stem(w) == verb for w in self.meta(c).words if len(w) >= 4)]
            if len(named) == 1:
                after[0].used = True
                return named[0]
            return None  # a verb that names none of the related tables: we cannot tell which
        rest = [x for x in self.items[k + 1 :] if x.kind not in ("punct", "word")]
        return children[0] if len(children) == 1 and not rest else None

    def _count_as_sum(self, st: _Shape) -> None:
        """ "number of pages" where pages is itself a count column: a sum, not a count."""
        count_item = st.count_item
        if count_item is None or st.rank_measure is not None or st.agg_measure is not None:
            return
        subject = self.subject
        assert subject is not None
        k = self.items.index(count_item)
        tgt = self.item(self.nxt(k, frozenset({"of", "the", "all"}), 2))
        if tgt is not None and tgt.kind == "column" and not tgt.used:
            col = self.pick_column(tgt, subject)
            cm = self.colmeta(col)
            if cm.numeric and not cm.is_key and st.distinct_item is None:
                tgt.used, tgt.role = True, "measure"
                st.agg_measure = Measure("col", col.table, col=col, label=col.column)
                st.agg_func = "SUM"
                count_item.used = True
                st.count_item = None
        elif (
            tgt is not None
            and tgt.kind == "table"
            and self.table_of(tgt) == subject
            and (carried := self._carried_count(tgt, subject)) is not None
            and st.distinct_item is None
        ):
            # "how many kegs were ordered": the keg_count each keg order carries
            tgt.used, tgt.role = True, "measure"
            st.agg_measure = Measure("col", subject, col=carried, label=carried.column)
            st.agg_func = "SUM"
            count_item.used = True
            st.count_item = None
        elif (
            tgt is not None
            and tgt.kind == "table"
            and self.table_of(tgt) == subject
            and {t.low for t in self.tokens} & {"sold", "bought", "purchased", "ordered", "shipped"}
        ):
            # "how many items were sold": units, when the rows carry a quantity
            qty = [
                c
                for c in self.meta(subject).numeric_columns()
                if set(c.words) & QUANTITY_WORDS and not c.money and not c.is_key
            ]
            if qty:
                st.agg_measure = Measure("col", subject, col=Col(subject, qty[0].name), label=qty[0].name)
                st.agg_func = "SUM"
                count_item.used = True
                st.count_item = None

    def _aggregate_in_name(self, st: _Shape) -> None:
        """ "Total amount per customer" where the column is total_amount: the name took the word "total", but a
        group asks for an aggregate of that column."""
        if st.agg_measure is not None or st.rank_measure is not None or st.count_item is not None:
            return
        first = next(
            (
                it
                for it in self.items
                if it.kind not in ("qword", "punct")
                and not (it.kind == "word" and it.text.lower() in ("is", "was", "the", "'s"))
            ),
            None,
        )
        if first is None or first.kind != "column" or first.used or not first.columns:
            return
        func = AGG_WORDS.get(self.tokens[first.first].low)
        toks = [t.low for t in self.tokens]
        grouped = any(it.kind == "group" and it.role == "group" for it in self.items)
        one_value = not set(toks) & {"each", "every", "per", "their", "its", "list", "show"} and (
            "all" in toks[first.last :] or toks[:2] in (["what", "is"], ["what", "was"], ["what", "'s"])
        )
        if func not in ("SUM", "AVG") or not (grouped or one_value):
            return  # "what is the total amount of all orders": one sum, not each order's total
        col = self.pick_column(first, self.subject)
        if not self.colmeta(col).numeric:
            return
        first.used, first.role = True, "measure"
        st.agg_measure, st.agg_func = Measure("col", col.table, col=col, label=col.column), func

    def _average_per_row(self, st: _Shape) -> None:
        """ "Average number of passengers per booking" where each booking carries pax_cnt: "per booking" is what
        the average is taken over, not a group (grouping each row by itself would answer row by row)."""
        m = st.agg_measure
        if m is None or st.agg_func != "AVG" or m.kind != "col" or m.col is None or st.rank_measure is not None:
            return
        for it in self.items:
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

    def _number_before_table(self, st: _Shape) -> None:
        """ "the 3 products with the highest stock": a number right before the ranked table."""
        if st.top_item is not None or st.rank_measure is None:
            return
        for k, it in enumerate(self.items):
            nxt = self.item(k + 1)
            if (
                it.kind == "number"
                and not it.used
                and nxt is not None
                and nxt.kind == "table"
                and self.table_of(nxt) == self.subject
                and it.nums
                and float(it.nums[0]).is_integer()
                and 0 < it.nums[0] <= 1000
            ):
                st.rank_n = int(it.nums[0])
                it.used = True
                return

    # ---------------------------------------------------------------- pass: conditions
    def _conditions(self) -> None:
        self.value_conditions()
        self.text_conditions()
        self.literal_conditions()
        self.date_conditions()
        self.numeric_conditions()
        self.negation_conditions()
        self.bool_conditions()
        self._state_conditions()
        self._awaiting_conditions()
        subject = self.subject
        items = self.items
        first_neg = min((it.first for it in items if it.kind == "neg" and it.role == "neg"), default=10**6)
        for it in items:
            if (
                it.kind == "table"
                and not it.used
                and it.role == ""
                and self.table_of(it) != subject
                and it.first < first_neg
                and self._noun_mention(it)
            ):
                other = self.table_of(it)
                if subject is not None and self.reachable(subject, other) and self.fans_out(subject, other):
                    # "customers with orders", "products that were ordered": rows that have some
                    self.exists_tables.append(other)
                    it.used, it.role = True, "exists"

    # ---------------------------------------------------------------- pass: shape
    def _shape(self, st: _Shape) -> Query:
        items, subject = self.items, self.subject
        assert subject is not None
        having_items = [it for it in items if it.kind == "cmp" and it.role == "having"]
        group, group_select, group_labels = self.group_keys()
        self._event_verbs()
        self._per_value()
        explicit_cols = [it for it in items if it.kind == "column" and not it.used and it.role == ""]
        self.check_unknown()
        self._quantity_per_group(st, group, explicit_cols)
        q = Query(base=subject)
        if st.count_item is not None and st.rank_measure is None and st.agg_measure is None:
            self._shape_count(q, st, st.count_item, group, group_select, group_labels, explicit_cols)
        elif st.agg_measure is not None and st.rank_measure is None:
            self._shape_aggregate(q, st, st.agg_measure, group, group_select, group_labels)
        elif st.rank_measure is not None:
            self._ranking(q, st.rank_measure, st.rank_desc, st.rank_n, group, group_select, st.top_item, items)
        else:
            self._listing(q, group, group_select, explicit_cols, st.distinct_item, st.order_items, st.qword)
        if having_items:
            self._having(q, having_items)
        self._place_conditions(q)
        if q.group_by:
            # every plain column shown must be grouped (DuckDB and Oracle do not infer it from the key)
            for e in q.select:
                if isinstance(e, (Col, DatePart)) and e not in q.group_by:
                    q.group_by.append(e)
        percent_item = st.percent_item
        if percent_item is not None and st.share:
            self._share(q, percent_item)
        if percent_item is not None and st.count_item is percent_item:
            # a time phrase scopes the rows counted ("refunded in 2024": of the 2024 bookings), the rest is the
            # outcome whose share is asked
            scope = [c for c in q.where if self._dated(c)]
            outcome = [c for c in q.where if not self._dated(c)]
            if not outcome:  # "what share of sailings were in 2024": the time is the outcome
                outcome, scope = scope, []
            if not outcome:
                raise TranslationError("a percentage of what? no condition found")
            ratio = Ratio(tuple(outcome), self._percent_scale(percent_item))
            q.select = [ratio if isinstance(e, Agg) and e.func == "COUNT" else e for e in q.select]
            q.where = scope
            q.order_by = [(ratio if isinstance(e, Agg) else e, d) for e, d in q.order_by]
            self.notes[0] = self.notes[0].replace("count", "percentage of", 1)
        return q

    def _dated(self, c: Cond) -> bool:
        """A condition on a date (or a year) of the rows: "in 2024", "before March"."""
        if not isinstance(c.left, Col) or c.op not in ("<", "<=", ">", ">=", "="):
            return False
        meta = self.schema.tables.get(c.left.table)
        col = meta.column(c.left.column) if meta is not None else None
        return col is not None and (col.kind == "date" or col.is_year) and c.related is None

    def _per_value(self) -> None:
        """ "Number of samples per hospital" where 'hospital' is a stored value: a group named by one value is
        not a group key we can see (per client of that type?): refused rather than answered with one total."""
        for k, it in enumerate(self.items[:-1]):
            nxt = self.items[k + 1]
            if it.kind == "word" and it.text.lower() in ("per", "each") and not it.used and nxt.kind == "value":
                raise TranslationError(
                    f"cannot tell what 'per {nxt.text}' groups by; rephrase, or use an LLM provider (--provider)"
                )

    def _event_verbs(self) -> None:
        """ "Which candidates applied for the job": a past participle that names a date column (appliedOn) and
        follows its rows or an auxiliary is the question's verb, not a column to show."""
        for k, it in enumerate(self.items):
            if it.kind != "column" or it.used or it.role != "" or it.last - it.first != 1:
                continue
            word = self.tokens[it.first].low
            if not word.endswith("ed") or not all(self._cand_kind(c) == "date" for c in it.columns):
                continue
            prev = self.item(k - 1) if k > 0 else None
            if prev is not None and (
                prev.kind == "table" or (prev.kind in ("word", "neg") and prev.text.lower() in _AUXILIARIES)
            ):
                it.kind, it.used = "word", True
                table = it.columns[0].table
                if (
                    prev.kind != "neg"
                    and self.subject is not None
                    and table != self.subject
                    and self.fans_out(self.subject, table)
                    and table not in self.exists_tables
                ):
                    self.exists_tables.append(table)  # "pupils who enrolled": some enrolment row

    def _percent_scale(self, percent_item: Item) -> float:
        """100 for a percentage, 1 for a share or fraction; "what share ..., as a percentage" is a percentage."""
        scales = [it.nums[0] for it in self.items if it.kind == "percent" and it.nums]
        return max(scales) if scales else (percent_item.nums[0] if percent_item.nums else 100.0)

    def _quantity_per_group(self, st: _Shape, group: list[Expr], explicit_cols: list[Item]) -> None:
        """ "the on-hand quantity per site": a quantity asked for per group is the group's total."""
        if (
            not group
            or len(explicit_cols) != 1
            or st.count_item is not None
            or st.agg_measure is not None
            or st.rank_measure is not None
        ):
            return
        col = self.pick_column(explicit_cols[0], self.subject)
        cm = self.colmeta(col)
        if not cm.numeric or cm.is_key or cm.money or not set(cm.words) & QUANTITY_WORDS - {"number", "count"}:
            return
        explicit_cols[0].used, explicit_cols[0].role = True, "measure"
        st.agg_measure, st.agg_func = Measure("col", col.table, col=col, label=col.column), "SUM"
        explicit_cols.clear()

    def _share(self, q: Query, percent_item: Item) -> None:
        """The summed measure becomes its share: the conditions pick the part, the whole is every row."""
        if not q.where:
            raise TranslationError("a share of what? no condition found")
        scale = self._percent_scale(percent_item)
        out: list[Expr] = []
        for e in q.select:
            if isinstance(e, Agg) and e.func == "SUM" and isinstance(e.arg, (Col, Product)):
                out.append(Ratio(tuple(q.where), scale, weight=e.arg))
            else:
                out.append(e)
        q.select, q.where = out, []
        q.order_by = []
        self.notes[0] = "share of " + self.notes[0]

    def _shape_count(self, q: Query, st: _Shape, count_item: Item, group: list[Expr], group_select: list[Expr],
                     group_labels: list[str], explicit_cols: list[Item]) -> None:  # fmt: skip
        subject = self.subject
        assert subject is not None
        arg: Col | None = None
        distinct = False
        if explicit_cols:
            k = self.items.index(count_item)
            right_after = self.nxt(k, frozenset({"of", "the", "different", "distinct", "unique", "all"}), 3)
            cand = self.pick_column(explicit_cols[0], subject)
            if (st.distinct_item is not None or right_after == self.items.index(explicit_cols[0])) and self.colmeta(
                cand
            ).kind in ("text", "other", "number"):
                arg = cand
                explicit_cols[0].used = True
                distinct = True
        q.base = subject
        count = Agg("COUNT", arg, distinct)
        if group:
            q.group_by, q.select = group, [*group_select, count]
            self.notes.insert(0, f"count {subject} per {', '.join(group_labels)}")
            self._order_groups(q, count, st.order_items)
        else:
            q.select = [count]
            self.notes.insert(0, f"count {arg.column if arg else subject}")

    def _shape_aggregate(self, q: Query, st: _Shape, measure: Measure, group: list[Expr],
                         group_select: list[Expr], group_labels: list[str]) -> None:  # fmt: skip
        func = st.agg_func or "SUM"
        expr = measure.expr(func)
        q.base = measure.table if measure.table else (self.subject or "")
        if (
            group
            and self.group_table == q.base
            and all(isinstance(g, Col) and g.table == q.base and not g.role for g in group)
            and measure.kind != "count"
        ):
            # "average quantity per order item": per row of the measured table is just the average
            group, group_select = [], []
        if (
            func == "AVG"
            and measure.kind == "count"
            and self.group_table is not None
            and len([g for g in group if not isinstance(g, Col) or g.table != self.group_table]) == 0
        ):
            # "average number of items per order": items counted, divided by the orders they belong to
            parent = self.group_table
            path = self.schema.path(measure.table, parent) or []
            if path and path[0].child == measure.table and len(path) == 1:
                key = Col(measure.table, path[0].child_cols[0])
            elif self.pk_cols(parent):
                key = self.pk_cols(parent)[0]
            else:
                raise TranslationError(f"cannot count {measure.table} per {parent}")
            expr = PerParent(Agg("COUNT"), key)
            group, group_select = [], []
            measure.label = f"number of {measure.table} per {parent}"
        word = _FUNC_WORDS.get(func, func.lower())
        if group:
            q.group_by, q.select = group, [*group_select, expr]
            self.notes.insert(0, f"{word} {measure.label} per {', '.join(group_labels)}")
            self._order_groups(q, expr, st.order_items)
        else:
            q.select = [expr]
            self.notes.insert(0, f"{word} {measure.label}")

    def _person_parent(self, table: str) -> str | None:
        """The parent of ``table`` whose rows are people (a name-like display column)."""
        if self.is_person(table):
            return None
        for edge in self.schema.edges_of(table):
            if edge.child == table and edge.parent != table and self.is_person(edge.parent):
                return edge.parent
        return None

    def _ranks_periods(self, k: int) -> bool:
        nxt = self.item(self.nxt(k, _FILLER, 1))
        if nxt is not None and nxt.kind == "timeunit" and not nxt.used:
            self.bucket_unit = nxt.unit
            nxt.used = True
            return True
        return False

    def _when(self, items: list[Item]) -> tuple[Measure | None, str | None]:
        """ "When did the first customer sign up?": the earliest or latest date, or the date itself."""
        subject = self.subject
        assert subject is not None
        col: Col | None = None
        for it in items:
            if it.kind == "column" and not it.used:
                cand = [c for c in it.columns if self._cand_kind(c) == "date"]
                if cand:
                    col = Col(cand[0].table, cand[0].column or "")
                    it.used, it.role = True, "measure"
                    break
        if col is None:
            col = self._date_of_table(subject)
        if col is None:
            raise TranslationError(f"no date to answer 'when' for {subject}")
        words = {t.low for t in self.tokens}
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
                    len(self.tokens),
                    len(self.tokens),
                    columns=[Candidate("column", col.table, col.column, 3.0, 0, 0)],
                )
            )
            return None, None
        for it in items:
            if it.kind in ("adj", "high", "low") or (it.kind == "word" and it.text.lower() in ("first", "last")):
                it.used = True
        return Measure("col", col.table, col=col, func=func, label=col.column), func

    def _order_groups(self, q: Query, expr: Expr, order_items: list[Item]) -> None:
        for it in order_items:
            desc = True if it.desc is None else it.desc
            tgt = self.item(self.nxt(self.items.index(it), _FILLER, 2))
            key: Expr | None = None
            if tgt is not None and tgt.kind in ("column", "table"):
                for sel in q.select:
                    if isinstance(sel, Col) and (
                        any(c.table == sel.table and c.column == sel.column for c in tgt.columns)
                        or (tgt.kind == "table" and sel.table == self.table_of(tgt))
                    ):
                        key = sel
                        break
                if key is not None:
                    tgt.used = True
                    desc = bool(it.desc)
            if key is None and it.adj == "alpha" and q.group_by:
                key, desc = q.select[0], bool(it.desc)
            q.order_by.append((key if key is not None else expr, desc))
            it.used = True

    def _ranking(
        self,
        q: Query,
        m: Measure,
        desc: bool,
        n: int | None,
        group: list[Expr],
        group_select: list[Expr],
        top_item: Item | None,
        items: list[Item],
    ) -> None:
        subject = self.subject
        assert subject is not None
        limit = n if n is not None else 1
        plural_list = self.rank_all
        subj_item = next((it for it in items if it.kind == "table" and it.tables[0].table == subject), None)
        if n is None and subj_item is not None and self.plural_mention(subj_item):
            first = self.tokens[0].low if self.tokens else ""
            plural_list = plural_list or first in ("list", "show", "sort", "order", "rank", "display", "give")
        if m.kind == "col" and m.table == subject and m.col is not None and m.func is None:
            q.base = subject
            disp = list(dict.fromkeys([*self.display_cols(subject), *self._possessive_columns(items, subject)]))
            q.select = [*disp, m.col] if m.col not in disp else list(disp)
            q.order_by = [(m.col, desc)]
            q.limit = None if plural_list else limit
            if self.rank_offset:
                q.offset = self.rank_offset
            self.notes.insert(0, f"{subject} by {m.label} {'descending' if desc else 'ascending'}")
            return
        if self.rank_offset:
            q.offset = self.rank_offset
        # "who wrote the most comments": rank the people the counted rows belong to
        qw = next((x for x in items if x.kind == "qword"), None)
        if qw is not None and qw.text.lower() in ("who", "whom") and m.table == subject and not group:
            person = self._person_parent(subject)
            if person is not None:
                subject = self.subject = person
        # an aggregate over related rows, per subject row
        head = self.head_column(items)
        period = self.bucket_unit or next(
            (x.unit for x in items if x.kind == "timeunit" and not x.used and x.role != "group"), None
        )
        if not group and period is not None:
            # "which month had the most orders": rank the periods
            dcol = self._date_of_table(m.table) or self._date_of_table(subject)
            if dcol is None:
                raise TranslationError(f"no date to rank by {period}")
            unit = period if period in ("year", "month", "day") else "month"
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
                raise TranslationError(f"cannot rank {subject} by their own count")
        else:
            base = m.table
            expr = m.expr("SUM")
        if (
            not group
            and head is not None
            and (
                m.table == subject
                or (m.kind == "count" and m.table == head.table)
                or self.reachable(m.table, head.table)
            )
        ):
            # "which city has the most patients", "which specialty has the highest average salary"
            group, group_select = [head], [head]
        keys: list[Expr]
        shown: list[Expr]
        if group:
            keys, shown = group, group_select
        else:
            role = self.role_for(subject, len(self.tokens)) if base != subject else ""
            if not role:
                self._one_key_between(base, subject)
            asked = self._possessive_columns(items, subject)  # "Give its catalog designation."
            keys = [
                Col(c.table, c.column, role)
                for c in dict.fromkeys([*self.pk_cols(subject), *self.display_cols(subject), *asked])
            ]
            shown = [Col(c.table, c.column, role) for c in dict.fromkeys([*self.display_cols(subject), *asked])]
        q.base = base
        if isinstance(expr, Agg) and expr.func == "COUNT" and self.fans_out(base, subject) and m.kind == "count":
            pk = self.pk_cols(base)
            if pk:
                expr = Agg("COUNT", pk[0], True)
        path = self.schema.path(subject, base) or []
        if (
            m.kind == "count"
            and not desc
            and base != subject
            and len(path) == 1
            and path[0].child == base
            and all(isinstance(x, Col) and x.table == subject and not x.role for x in keys)
            and self.pk_cols(base)
            and not any(t == base for _, t in self.cond_tables)
        ):
            # "the least popular category": a category with no products at all has the fewest; count the rows
            # through a LEFT JOIN from the categories so that it is not left out
            q.base = subject
            q.left_joins = {base}
            expr = Agg("COUNT", self.pk_cols(base)[0])
        q.group_by = keys
        q.select = [*shown, expr]
        q.order_by = [(expr, desc)]
        q.limit = None if plural_list else limit
        if self.rank_offset:
            q.offset = self.rank_offset
        self.notes.insert(0, f"{subject} ranked by {m.label or m.kind}")

    def _possessive_columns(self, items: list[Item], table: str) -> list[Col]:
        """Columns of ``table`` asked for after "its"/"their" ("Give its catalog designation", "with their
        codes"): shown with the rows."""
        out: list[Col] = []
        for it in items:
            if (
                it.kind != "column"
                or it.used
                or it.first == 0
                or self.tokens[it.first - 1].low not in ("its", "their", "his", "her")
            ):
                continue
            own = [c for c in it.columns if c.table == table]
            if own and own[0].column is not None and self._cand_kind(own[0]) in ("text", "other", "number", "date"):
                it.used, it.role = True, "show"
                out.append(Col(table, own[0].column))
        return out

    def _one_key_between(self, child: str, parent: str) -> None:
        """ "who has the most issues" with reporter_id and assignee_id and no word naming either: a guess."""
        links = [e for e in self.schema.edges_of(child) if e.child == child and e.parent == parent]
        if len(links) > 1:
            raise TranslationError(
                f"cannot tell which of {', '.join(e.child_cols[0] for e in links)} links "
                f"{child} to {parent}; rephrase, or use an LLM provider (--provider)"
            )

    def _listing(
        self,
        q: Query,
        group: list[Expr],
        group_select: list[Expr],
        explicit_cols: list[Item],
        distinct_item: Item | None,
        order_items: list[Item],
        qword: Item | None,
    ) -> None:
        subject = self.subject
        assert subject is not None
        q.base = subject
        cols: list[Col] = []
        for it in explicit_cols:
            col = self.pick_column(it, subject)
            if self.colmeta(col).kind == "bool":
                continue
            cols.append(col)
            it.used = True
        disp_subject = self.display_cols(subject)
        if (
            group
            and not cols
            and not any(isinstance(g, Col) and g in disp_subject for g in group)
            and any(
                it.kind == "table" and self.table_of(it) == subject and it.first < g_it.first
                for it in self.items
                for g_it in self.items
                if g_it.kind == "group" and g_it.role == "group" and g_it.text.lower() in ("by", "per")
            )
        ):
            # "subscribers by status", "alerts per severity": how many rows in each group
            count = Agg("COUNT")
            q.group_by, q.select = group, [*group_select, count]
            self.notes.insert(0, f"count {subject} per group")
            self._order_groups(q, count, order_items)
            return
        if group and not cols:
            # "list the categories by name": a sort, not a group
            q.select = list(group_select)
            q.distinct = True
            q.order_by = [(g, False) for g in group_select]
            self.notes.insert(0, f"distinct {', '.join(str(getattr(g, 'column', '')) for g in group_select)}")
            return
        disp = self.display_cols(subject)
        if cols:
            first_col = explicit_cols[0].first if explicit_cols else -1
            subject_first = any(
                it.kind == "table" and self.table_of(it) == subject and it.first < first_col for it in self.items
            )
            categorical = (
                len(cols) == 1
                and self.values.has_column(cols[0].table, cols[0].column)
                and cols[0] not in disp
                and not subject_first
            )
            attr_only = all(c not in disp for c in cols)
            if distinct_item is not None or categorical:
                q.select = list(dict.fromkeys(cols))
                q.distinct = True
            elif attr_only and (cols[0].table == subject or subject_first):
                # "pets with their owner's city": the pets are listed too
                q.select = list(dict.fromkeys([*disp, *cols]))
            else:
                q.select = list(dict.fromkeys(cols))
            self.notes.insert(0, f"{', '.join(c.column for c in cols)} of {subject}")
        else:
            meta = self.meta(subject)
            q.select = list(disp) if meta.named else [Col(subject, c.name) for c in meta.columns]
            q.distinct = distinct_item is not None
            self.notes.insert(0, f"list {subject}")
            # "products and their categories": show the parent's name next to each row
            for it in self.items:
                if it.kind == "table" and not it.used and it.role == "" and self.table_of(it) != subject:
                    other = self.table_of(it)
                    if self.reachable(subject, other) and not self.fans_out(subject, other):
                        q.select.extend(c for c in self.display_cols(other) if c not in q.select)
                        it.used = True
        for it in order_items:
            key: Expr | None = None
            j = self.nxt(self.items.index(it), _FILLER, 2)
            tgt = self.item(j)
            if tgt is not None and tgt.kind == "column" and not (tgt.used and tgt.role != ""):
                key = self.pick_column(tgt, subject)
                tgt.used = True
            elif q.order_by and it.desc is not None:
                # "sorted by signup date, newest first": a direction for the key already given
                last, _d = q.order_by[-1]
                q.order_by[-1] = (last, it.desc)
                it.used = True
                continue
            elif it.adj == "date":
                key = self._date_of_table(subject)
            elif it.adj in ADJECTIVES:
                got = self.adjective_measure(it.adj, subject, bool(it.desc))
                key = got[0].col if got else None
            if key is None:
                key = q.select[0]
            if isinstance(key, Col) and key not in q.select:
                if q.distinct:
                    raise TranslationError("cannot sort distinct values by another column")
                q.select.append(key)
            q.order_by.append((key, bool(it.desc)))
            it.used = True

    def _having(self, q: Query, having_items: list[Item]) -> None:
        subject = self.subject
        assert subject is not None
        for it in having_items:
            target = it.tables[0].table
            selfs = self.schema.self_edges(subject)
            if target == subject and len(selfs) == 1 and len(selfs[0].child_cols) == 1 and it.nums:
                # "agents who manage more than 3 agents": rows that the self-referencing key points to often enough
                edge = selfs[0]
                q.where.append(
                    Cond(
                        f"in_count:{it.op or '>'}",
                        Col(subject, edge.parent_cols[0]),
                        values=tuple(Lit(n) for n in it.nums),
                        right=Col(subject, edge.child_cols[0]),
                        related=Related(subject, subject),
                    )
                )
                it.used = True
                self.notes.append(f"{edge.child_cols[0]} points to it {it.text}")
                continue
            if not self.reachable(subject, target):
                raise TranslationError(f"{subject} and {target} are not related by foreign keys")
            RouteCheck(self.schema, self.tokens).check(subject, target)
            op = it.op or ">"
            # conditions on the counted rows count only those rows ("more than 10 orders in 2024")
            inner = [c for c, t in self.cond_tables if t == target]
            self.cond_tables = [(c, t) for c, t in self.cond_tables if t != target]
            if (
                q.group_by
                or any(isinstance(s, Agg) for s in q.select)
                or op in ("<", "<=", "=", "<>")
                or op == "between"
            ):
                # a correlated count keeps zero rows and composes with any outer shape
                rel = Related(subject, target, inner)
                q.where.append(self.cmp_cond_expr(CountOf(rel), it))
            else:
                pk = self.pk_cols(target)
                if pk:
                    count = Agg("COUNT", pk[0], True)
                else:  # no key: count the joined rows through the column that joins them
                    via = self._key_towards(target, subject)
                    count = Agg("COUNT", via[0]) if via else Agg("COUNT")
                q.group_by = list(dict.fromkeys([*self.pk_cols(subject), *self.display_cols(subject)]))
                q.having.append(self.cmp_cond_expr(count, it))
                q.where.extend(inner)  # the counted table is joined: filter its rows directly
            it.used = True
            self.notes.append(f"it has {it.text} {target}")

    def _place_conditions(self, q: Query) -> None:
        """WHERE for the base row; EXISTS for conditions on rows a join would multiply."""
        base = q.base
        aggregate = bool(q.group_by) or any(isinstance(s, Agg) for s in q.select)
        nested: dict[str, list[Cond]] = {}
        routes = RouteCheck(self.schema, self.tokens)
        for cond, table in self.cond_tables:
            if not (isinstance(cond.left, Col) and cond.left.role):  # a role key ("from Rotterdam") is the route
                routes.check(base, table)
        for e in q.group_by:  # "rentals per district" with a start and an end station: which one is a guess
            if isinstance(e, Col) and not e.role and e.table != base:
                self._no_parallel_key(base, e.table, q.prefer_fks)
        for cond, table in self.cond_tables:
            if (
                table == base
                or not self.fans_out(base, table)
                or (aggregate and table != self.subject and self._joined_anyway(q, table))
            ):
                q.where.append(cond)
            else:
                nested.setdefault(table, []).append(cond)
        # conditions on one related row stay together: "finished the London Marathon in under 3 hours" is one
        # result row of that race, not any result plus any race
        for table in list(nested):
            for other in nested:
                if (
                    other != table
                    and table in nested
                    and any(table in (e.child, e.parent) for e in (self.schema.path(base, other) or []))
                ):
                    nested[other].extend(nested.pop(table))
                    break
        self._one_route(base, nested)
        covered: set[str] = set()
        for table in nested:
            for edge in self.schema.path(base, table) or []:
                covered.update((edge.child, edge.parent))
        for table in self.exists_tables:
            if (
                table not in covered
                and base == self.subject
                and not any(n.related is not None and n.related.target == table for n in self.negations)
            ):
                nested.setdefault(table, [])
        for table, conds in nested.items():
            q.where.append(Cond("exists", related=Related(base, table, conds)))
        q.where.extend(self.negations)
        q.where = [x for c in q.where for x in self._by_each_key(c)]

    def _by_each_key(self, c: Cond) -> list[Cond]:
        """Related rows reached over one of several keys between two tables (a game's white_id and black_id):
        the key a word names ("departing" ~ departure_airport_id); with none named, any of them ("players who
        played a game": as either) and none of them ("never played": as neither)."""
        rel = c.related
        if rel is None or c.op not in ("exists", "not_exists"):
            return [c]
        keys = self._parallel_keys(rel)
        if not keys:
            return [c]
        alts = [Cond(c.op, related=Related(rel.outer, rel.target, rel.where, rel.prefer | {k.lower()})) for k in keys]
        for alt in alts:
            if alt.related is not None and self._parallel_keys(alt.related):
                raise TranslationError(
                    f"{rel.outer} and {rel.target} are related in more than one way and the question does not "
                    "say which; rephrase, or use an LLM provider (--provider)"
                )
        return alts if c.op == "not_exists" else [Cond("or", alternatives=tuple(alts))]

    def _parallel_keys(self, rel: Related) -> list[str]:
        """The keys of the first hop on ``rel``'s path that is one of several between two tables and that the
        question does not name; a hop a role word names is fixed in ``rel.prefer`` on the way."""
        for _ in range(len(self.schema.tables)):
            path = self.schema.path(rel.outer, rel.target, rel.prefer) or []
            for edge in path:
                parallel = [
                    x for x in self.schema.edges_of(edge.child)
                    if x.child == edge.child and x.parent == edge.parent and len(x.child_cols) == 1
                ]
                if len(parallel) < 2 or {k.lower() for k in edge.child_cols} & rel.prefer:
                    continue
                words = [t.low for t in self.tokens if t.is_word]
                named = [x for x in parallel if any(self._role_match(w, x, edge.parent) for w in words)]
                if len(named) != 1:
                    return [x.child_cols[0] for x in parallel]
                rel.prefer = rel.prefer | {named[0].child_cols[0].lower()}
                break
            else:
                return []
        return []

    def _no_parallel_key(self, base: str, table: str, prefer: frozenset[str]) -> None:
        """The join to a group's table may not follow one of several keys between two tables (start and end
        station) that no word of the question picked."""
        for edge in self.schema.path(base, table, prefer) or []:
            parallel = [
                x for x in self.schema.edges_of(edge.child) if x.child == edge.child and x.parent == edge.parent
            ]
            if len(parallel) > 1 and not set(edge.child_cols) & prefer:
                keys = ", ".join(x.child_cols[0] for x in parallel)
                raise TranslationError(
                    f"cannot tell which of {keys} links {edge.child} to {edge.parent}; "
                    "rephrase, or use an LLM provider (--provider)"
                )

    def _one_route(self, base: str, nested: dict[str, list[Cond]]) -> None:
        """ "users who played a track by Rue": the artist is reached through the plays the question names, not
        along the shortest path (the artists they follow).  When the related rows the question names lead to a
        filtered table by another route than the one the query would take, refuse."""
        named = set(self.exists_tables) | set(nested)
        for table in nested:
            on_path = {t for e in self.schema.path(base, table) or [] for t in (e.child, e.parent)}
            for other in named - on_path - {table}:
                if table in {t for e in self.schema.path(base, other) or [] for t in (e.child, e.parent)}:
                    continue  # one branch: the other table is reached through this one
                route = self.schema.path(other, table) or []
                if route and self.fans_out(base, other) and base not in {t for e in route for t in (e.child, e.parent)}:
                    raise TranslationError(
                        f"cannot tell whether {table} is reached through {other}; rephrase, or "
                        "use an LLM provider (--provider)"
                    )

    def _key_towards(self, table: str, other: str) -> list[Col]:
        """The key column of ``table`` on its way to ``other`` (to count rows of a table without a key)."""
        path = self.schema.path(table, other) or []
        if path and path[0].child == table:
            return [Col(table, path[0].child_cols[0])]
        return []

    def _joined_anyway(self, q: Query, table: str) -> bool:
        exprs: list[Expr] = [*q.select, *q.group_by]
        for e in exprs:
            inner = e.arg if isinstance(e, Agg) else e
            if isinstance(inner, Col) and inner.table == table:
                return True
            if isinstance(inner, Product) and inner.left.table == table:
                return True
        return self.fans_out(q.base, table) and q.base != self.subject

    def check_unknown(self) -> None:
        for it in self.items:
            if it.kind == "number" and not it.used:
                # a number we did not place is a filter we would silently drop
                raise TranslationError(f"cannot tell what {it.text!r} refers to")
        unknown: list[str] = []
        for it in self.items:
            if it.kind != "word" or it.used:
                continue
            low = it.text.lower()
            if low in FUNCTION_WORDS or len(low) <= 1 or low in SYNONYMS or low in LATER_WORDS or low in _HOLD_VERBS:
                continue  # "vehicles that hold a permit": a verb of having, placed by the accounting pass
            if low.endswith(("ed", "ing")) or low in _PARTICIPLES or low in IRREGULAR_VERBS:
                self.penalty += 0.03
                continue
            unknown.append(it.text)
        if unknown:
            self.penalty += 0.15 * len(unknown)
            for k, it in enumerate(self.items):
                if it.kind != "word" or it.text not in unknown or it.used:
                    continue
                nxt = self.item(self.nxt(k, frozenset({"the", "a", "an"}), 1))
                # an unknown modifier of a table ("premium customers") would be silently dropped
                if nxt is not None and nxt.kind == "table" and not it.text.lower().endswith("ly"):
                    raise TranslationError(f"unknown word {it.text!r} (no column or value matches it)")
                # so would an unknown attribute ("customers with a loyalty card", "who have an email")
                prev = self.item(self.prv(k, frozenset({"a", "an", "any", "the", "some"}), 2))
                if (
                    prev is not None
                    and prev.kind in ("word", "neg")
                    and prev.text.lower() in ("with", "have", "has", "having", "without", "whose", "no", "not")
                ):
                    raise TranslationError(f"unknown word {it.text!r} (no column or value matches it)")
            if len(unknown) >= 2:
                raise TranslationError(f"unknown words: {', '.join(repr(u) for u in unknown)}")


__all__ = ["Measure", "Planner"]
