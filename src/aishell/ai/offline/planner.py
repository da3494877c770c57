"""The planner: from a list of items to a :class:`~aishell.ai.offline.ir.Query`.

It works in passes over the items of a question:

1. decide what each schema link is (a table, a column or a stored value);
2. give construct markers their targets: group keys after "per"/"by"/"each",
   the measure after "most"/"highest"/"top 5 ... by", the relation after
   "no"/"without"/"never", the counted table after "more than 3";
3. find the *subject*: the table whose rows are counted or listed;
4. turn values, dates, numbers and text patterns into conditions;
5. shape the answer: a count, an aggregate, a grouped aggregate, a ranking
   or a listing.

Anything it cannot place raises :class:`TranslationError` rather than guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
    TableAgg,
)
from aishell.ai.offline.lexicon import (
    ADJECTIVES,
    FUNCTION_WORDS,
    QUANTITY_WORDS,
    ROLE_GROUPS,
    SYNONYMS,
    UNIT_PRICE_WORDS,
)
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.parse import Item
from aishell.ai.offline.schema import ColumnMeta, Edge, SchemaIndex, TableMeta
from aishell.ai.offline.text import Token, forms, plural, singular, split_identifier
from aishell.ai.offline.values import ValueHit, ValueIndex

#: words skipped when looking for the target of a marker
_FILLER = frozenset(
    {"the", "a", "an", "any", "of", "their", "its", "his", "her", "all", "been", "ever", "have", "has", "had",
     "be", "is", "are", "was", "were", "with", "that", "which", "who", "yet", "single", "one", "do", "does",
     "did", "in", "for", "to", "by", "on", "at", "total", "recorded", "s"}
)
_PARTICIPLES = frozenset(
    {"made", "sold", "written", "taken", "bought", "paid", "seen", "given", "held", "done", "led", "run",
     "taught", "won", "built", "drawn", "sent", "placed", "ordered", "owned", "managed", "created", "handled",
     "treated", "served", "booked", "issued", "submitted", "shipped", "delivered", "purchased", "prescribed",
     "assigned", "reported", "posted", "published", "directed", "performed", "played", "hosted", "signed"}
)
_VERB_SKIP = 3
_FUNC_WORDS = {"SUM": "total", "AVG": "average", "MIN": "lowest", "MAX": "highest", "COUNT": "number of"}
_EQUALS_FILLER = frozenset({"of", "is", "=", "equal", "equals", "a", "at", "to", "exactly"})
_SALE_WORDS = frozenset({"sell", "sold", "buy", "bought", "purchase", "sale", "order", "ordered"})


@dataclass
class Measure:
    """What a ranking or an aggregate is computed over."""

    kind: str  # count | col | revenue
    table: str
    col: Col | None = None
    product: Product | None = None
    func: str | None = None  # an aggregate the question named
    distinct: bool = False
    label: str = ""
    value: Col | None = None  # the summed column of a per-parent average

    def expr(self, default_func: str) -> Expr:
        if self.kind == "per":
            assert self.col is not None
            total: Col | Product | None = self.product or self.value
            if total is None:
                raise TranslationError("no value to average per row")
            return PerParent(Agg("SUM", total), self.col)
        if self.kind == "count":
            if self.col is not None:
                return Agg("COUNT", self.col, self.distinct)
            return Agg("COUNT")
        arg: Col | Product | None = self.product if self.kind == "revenue" else self.col
        return Agg(self.func or default_func, arg)


@dataclass
class Plan:
    query: Query
    notes: list[str] = field(default_factory=list)
    confidence: float = 1.0


class Planner:
    def __init__(
        self,
        items: list[Item],
        tokens: list[Token],
        schema: SchemaIndex,
        values: ValueIndex,
        today: dt.date,
    ) -> None:
        self.items = items
        self.tokens = tokens
        self.schema = schema
        self.values = values
        self.today = today
        self.penalty = 0.0
        self.notes: list[str] = []
        self.subject: str | None = None
        self.where: list[Cond] = []
        self.cond_tables: list[tuple[Cond, str]] = []  # condition, table it applies to
        self.negations: list[Cond] = []
        self.fks: set[str] = set()
        self.forced_head: Col | None = None
        self.group_table: str | None = None
        self.exists_tables: list[str] = []

    # ================================================================== helpers
    def nxt(self, k: int, skip: frozenset[str] = _FILLER, limit: int = 4) -> int | None:
        """Index of the next meaningful item after ``k`` (skipping filler words)."""
        j = k + 1
        skipped = 0
        while j < len(self.items):
            it = self.items[j]
            if it.kind in ("word", "punct") and (it.text.lower() in skip or it.kind == "punct"):
                if it.kind == "punct" and it.text not in ("-", "'"):
                    return None
                j += 1
                skipped += 1
                if skipped > limit:
                    return None
                continue
            return j
        return None

    def prv(self, k: int, skip: frozenset[str] = _FILLER, limit: int = 3) -> int | None:
        j = k - 1
        skipped = 0
        while j >= 0:
            it = self.items[j]
            if it.kind in ("word", "punct") and (it.text.lower() in skip or it.kind == "punct"):
                if it.kind == "punct":
                    return None
                j -= 1
                skipped += 1
                if skipped > limit:
                    return None
                continue
            return j
        return None

    def item(self, k: int | None) -> Item | None:
        return self.items[k] if k is not None and 0 <= k < len(self.items) else None

    def meta(self, table: str) -> TableMeta:
        return self.schema.table(table)

    def colmeta(self, c: Col) -> ColumnMeta:
        m = self.meta(c.table).column(c.column)
        assert m is not None
        return m

    def table_of(self, it: Item) -> str:
        return it.tables[0].table

    def col_of(self, it: Item) -> Col:
        c = it.columns[0]
        assert c.column is not None
        return Col(c.table, c.column)

    def reachable(self, a: str, b: str) -> bool:
        return b in self.schema.distances(a)

    def distance(self, a: str, b: str) -> int:
        return self.schema.distances(a).get(b, 99)

    def fans_out(self, start: str, goal: str) -> bool:
        """Does the join path from ``start`` to ``goal`` go from a parent to its children?"""
        path = self.schema.path(start, goal)
        if not path:
            return False
        cur = start
        for edge in path:
            if edge.parent == cur and edge.child != cur:
                return True
            cur = edge.other(cur)
        return False

    def display_cols(self, table: str) -> list[Col]:
        return [Col(table, c) for c in self.meta(table).display]

    def pk_cols(self, table: str) -> list[Col]:
        return [Col(table, c) for c in self.meta(table).pk]

    def word(self, it: Item | None) -> str:
        return it.text.lower() if it is not None and it.kind == "word" else ""

    def plural_mention(self, it: Item) -> bool:
        toks = self.tokens[it.first : it.last]
        if not toks:
            return False
        w = toks[-1].low
        return singular(w) != w

    # ================================================================== pass 1: links
    def classify_links(self) -> None:
        n_tokens = len(self.tokens)
        for it in self.items:
            if it.kind != "link":
                continue
            toks = self.tokens[it.first : it.last]
            bt = it.tables[0].score if it.tables else 0.0
            bc = it.columns[0].score if it.columns else 0.0
            capital = any(t.capitalized for t in toks) and it.first > 0
            if it.values and (capital or max(bt, bc) < 2.5 or (bt < 2.5 and not it.columns)):
                it.kind = "value"
            elif it.values and bt < 2.5 and all(t.kind == "word" for t in toks) and bc < 3.0:
                it.kind = "value"
            elif bt >= 2.5 and bt >= bc:
                it.kind = "table"
            elif it.columns and bc >= bt:
                it.kind = "column"
            elif it.tables:
                it.kind = "table"
            elif it.values:
                it.kind = "value"
            else:
                it.kind = "word"
            if it.kind == "value" and it.first == 0 and n_tokens > 1 and (it.tables or it.columns):
                it.kind = "table" if bt >= bc else "column"
        # "scheduled in March": a word that is both a value and a date column, before a date, is the date
        for k, it in enumerate(self.items):
            if it.kind == "value" and it.columns:
                nxt = self.item(self.nxt(k, frozenset({"in", "on", "during", "for"}), 1))
                if nxt is not None and nxt.kind == "date" and any(
                    self._cand_kind(c) == "date" for c in it.columns
                ):
                    it.kind = "column"
                    it.columns = [c for c in it.columns if self._cand_kind(c) == "date"]
        self._bind_compounds()
        # unknown capitalized words in a row are literals (a name we have no sample of)
        k = 0
        while k < len(self.items):
            it = self.items[k]
            if it.kind == "word" and self._literal_word(it):
                j = k
                while j + 1 < len(self.items) and (
                    (self.items[j + 1].kind == "word" and self._literal_word(self.items[j + 1]))
                    or (self.items[j + 1].kind == "number" and j + 2 <= len(self.items))
                ):
                    j += 1
                first, last = it.first, self.items[j].last
                merged = Item("literal", first, last, text=" ".join(t.text for t in self.tokens[first:last]))
                self.items[k : j + 1] = [merged]
            k += 1

    def _cand_kind(self, c: Candidate) -> str:
        m = self.meta(c.table).column(c.column or "")
        return m.kind if m is not None else ""

    def _bind_compounds(self) -> None:
        """"doctor names", "names of the doctors", "product price": the column of that table."""
        for k, it in enumerate(self.items):
            if it.kind != "column":
                continue
            owners: list[Item] = []
            prev = self.item(k - 1)
            if prev is not None and prev.kind == "table":
                owners.append(prev)
            j = self.nxt(k, frozenset({"of", "the", "all", "each", "every"}), 2)
            after = self.item(j)
            if after is not None and after.kind == "table" and j is not None and any(
                self.items[x].text.lower() == "of" for x in range(k + 1, j)
            ):
                owners.append(after)
            for owner in owners:
                table = self.table_of(owner)
                own = [c for c in it.columns if c.table == table]
                if own:
                    it.columns = own
                    break
                words = {t.low for t in self.tokens[it.first : it.last]}
                if words & {"name", "names", "title", "titles", "label", "labels"}:
                    disp = self.meta(table).display
                    if disp:
                        it.columns = [Candidate("column", table, disp[0], 3.0, it.first, it.last)]
                        break

    def _literal_word(self, it: Item) -> bool:
        tok = self.tokens[it.first]
        if not tok.capitalized or it.first == 0:
            return False
        low = tok.low
        return low not in FUNCTION_WORDS and low not in ("i",)

    # ================================================================== pass 2: markers
    def assign_roles(self) -> None:
        items = self.items
        ranking = False
        for k, it in enumerate(items):
            if it.kind in ("top", "adj", "order") or (it.kind in ("high", "low") and k > 0):
                ranking = True
            if it.kind == "by":
                it.kind = self._by_kind(k, ranking)
        # companions: "the Garden category", "status shipped", "city of Lyon"
        for k, it in enumerate(items):
            if it.kind != "value":
                continue
            for j in (self.prv(k, frozenset({"the", "of", "a", "an", "is", "=", "named", "called", "in", "from",
                                              "at", "on", "as", "equal", "to", "equals"})),
                      self.nxt(k, frozenset({"the"}), 1)):
                other = self.item(j)
                if other is None or other.used:
                    continue
                if other.kind == "table":
                    table = self.table_of(other)
                    hits = [h for h in it.values if h.table == table and (
                        h.column in self.meta(table).display or other.first < it.first)]
                    if hits:
                        it.values = hits
                        other.used, other.role = True, "companion"
                        break
                if other.kind == "column":
                    hits = [h for h in it.values
                            if any(c.table == h.table and c.column == h.column for c in other.columns)]
                    if hits:
                        it.values = hits
                        other.used, other.role = True, "companion"
                        break
        for k, it in enumerate(items):
            if it.kind == "group":
                self._group_target(k)
            elif it.kind == "timeunit" and it.role == "group":
                it.used = True
        for k, it in enumerate(items):
            if it.kind == "neg":
                self._neg_target(k)
        for k, it in enumerate(items):
            if it.kind == "cmp" and not it.adj:
                j = self.nxt(k, frozenset({"the", "a", "an", "different", "distinct", "separate", "unique"}), 2)
                other = self.item(j)
                if other is not None and other.kind == "table" and not other.used:
                    other.used, other.role = True, "having"
                    it.role = "having"
                    it.tables = other.tables
                elif other is not None and other.kind == "count":
                    # more than 3 "number of"? unusual; leave it
                    pass

    def _by_kind(self, k: int, ranking: bool) -> str:
        prev = self.item(self.prv(k, frozenset(), 0))
        nxt = self.item(self.nxt(k, frozenset({"the", "a", "an"}), 1))
        if nxt is not None and nxt.kind == "group":  # "by each customer"
            return "word"
        if nxt is not None and nxt.kind == "timeunit":
            return "group"
        before = {t.low for t in self.tokens[: self.items[k].first]}
        if before & {"sort", "sorted", "order", "rank", "ranked", "arrange", "arranged"} and not ranking:
            return "order"
        if ranking:
            return "sortkey"
        prev_word = self.word(prev)
        if nxt is not None and nxt.kind in ("literal", "value"):
            return "word"
        if nxt is not None and nxt.kind == "table":
            # "books by authors from Japan": an agent with a filter, not a group
            after = self.item(self.items.index(nxt) + 1)
            if after is not None and (after.kind in ("value", "literal", "cmp", "date", "neg") or self.word(after) in (
                "who", "that", "from", "in", "with", "whose", "named", "called", "born", "based", "located", "living",
                "which", "where",
            )):
                return "word"
        if prev_word and (prev_word in _PARTICIPLES or prev_word.endswith("ed")) and nxt is not None:
            after = self.item(self.nxt(self.items.index(nxt), frozenset(), 0))
            if (after is not None and after.kind in ("value", "literal", "cmp", "date", "neg")) or self.word(after) in (
                "who", "that", "from", "in", "with", "whose", "named", "called"
            ):
                return "word"
        return "group"

    def _group_target(self, k: int) -> None:
        it = self.items[k]
        j = self.nxt(k, frozenset({"the", "a", "an", "each", "every", "single", "individual", "their", "its"}), 2)
        tgt = self.item(j)
        if tgt is None or j is None:
            it.kind = "word"
            return
        if tgt.kind == "timeunit":
            tgt.used, tgt.role = True, "group"
            it.role = "group"
            it.unit = tgt.unit
            return
        if tgt.kind == "table":
            tgt.used, tgt.role = True, "group"
            it.role = "group"
            it.tables = tgt.tables
            after = self.item(self.nxt(j, frozenset(), 0))
            table = self.table_of(tgt)
            if after is not None and after.kind == "column" and not after.used:
                cands = [c for c in after.columns if c.table == table]
                if cands:
                    after.used, after.role = True, "group"
                    after.columns = cands
                    it.columns = cands
            return
        if tgt.kind == "column" and tgt.columns and self._cand_kind(tgt.columns[0]) == "fk":
            # "per destination city": the city of the airport the destination key points to
            fk = tgt.columns[0]
            ref = self.meta(fk.table).column(fk.column or "")
            after = self.item(self.nxt(j, frozenset(), 0))
            if ref is not None and ref.ref_table and after is not None and after.kind == "column":
                own = [c for c in after.columns if c.table == ref.ref_table]
                if own:
                    tgt.used, tgt.role = True, "group"
                    after.used, after.role = True, "group"
                    it.role, it.columns, it.fk_role = "group", own, fk.column or ""
                    return
            if ref is not None and ref.ref_table and after is not None and after.kind == "table" and \
                    self.table_of(after) == ref.ref_table:
                # "per origin airport": the airport rows reached through that key
                tgt.used, tgt.role = True, "group"
                after.used, after.role = True, "group"
                it.role, it.tables, it.fk_role = "group", after.tables, fk.column or ""
                return
        if tgt.kind in ("column", "value") and tgt.columns:
            tgt.used, tgt.role = True, "group"
            it.role = "group"
            it.columns = tgt.columns
            return
        if tgt.kind == "column":
            tgt.used, tgt.role = True, "group"
            it.role = "group"
            it.columns = tgt.columns
            return
        it.kind = "word"

    def _neg_target(self, k: int) -> None:
        it = self.items[k]
        j = k
        for _ in range(_VERB_SKIP + 2):
            j2 = self.nxt(j, _FILLER | frozenset({"yet", "once", "even", "currently"}), 3)
            tgt = self.item(j2)
            if tgt is None or j2 is None:
                return
            low = tgt.text.lower()
            if tgt.kind in ("word", "revenue") and forms(low) & _SALE_WORDS:
                # "never been sold", "never bought": the table where sales are recorded
                it.role, it.op, it.n = "neg", "sale", j2
                tgt.used = True
                it.last = max(it.last, tgt.last)
                nxt = self.item(self.nxt(j2, _FILLER, 2))
                if nxt is not None and nxt.kind == "table" and not nxt.used:
                    tgt2 = nxt
                    tgt2.used, tgt2.role = True, "neg"
                    it.op, it.tables = "table", tgt2.tables
                return
            if tgt.kind == "word" and (low.endswith(("ed", "en")) or low in _PARTICIPLES or low in FUNCTION_WORDS):
                j = j2
                continue
            if tgt.kind == "value" and tgt.columns and it.text.lower() in ("no", "without", "none", "zero"):
                # "employees with no manager": the manager key, not the job title 'Manager'
                tgt.kind = "column"
            if tgt.kind in ("table", "column", "value") and not tgt.used:
                tgt.used, tgt.role = True, "neg"
                it.role = "neg"
                it.tables, it.columns, it.values = tgt.tables, tgt.columns, tgt.values
                it.op = tgt.kind
                it.last = max(it.last, tgt.last)
                it.n = j2
            elif tgt.kind in ("cmp", "date"):
                it.role = "negcond"
                it.n = j2
            return

    # ================================================================== pass 3: subject
    def find_subject(self) -> str:
        cands: list[Item] = [it for it in self.items if it.kind == "table" and not it.used]
        if cands:
            # "how many orders ..." / "which customers ...": the first free table wins
            return self.table_of(cands[0])
        # no free table: a group count over a column's table, a measure's table ...
        for it in self.items:
            if it.kind == "column":
                return it.columns[0].table
        for it in self.items:
            if it.kind == "table":
                return self.table_of(it)
        for it in self.items:
            if it.kind == "value":
                return it.values[0].table
        for it in self.items:
            if it.kind == "revenue":
                rev = self.revenue_measure(None)
                if rev is not None:
                    return rev.table
        raise TranslationError("no table in the question matches the database")

    # ================================================================== measures
    def revenue_measure(self, near: str | None) -> Measure | None:
        """sum(quantity * unit price) on a line table, or a money column such as amount/total."""
        best: tuple[int, int, Measure] | None = None
        for meta in self.schema.tables.values():
            nums = meta.numeric_columns()
            qty = [c for c in nums if set(c.words) & QUANTITY_WORDS and not c.money]
            price = [c for c in nums if set(c.words) & UNIT_PRICE_WORDS]
            money = [c for c in nums if set(c.words) & {"amount", "total", "revenue", "sales", "value", "subtotal",
                                                          "paid", "payment"}]
            m: Measure | None = None
            rank = 2
            if qty and price:
                m = Measure("revenue", meta.name,
                            product=Product(Col(meta.name, qty[0].name), Col(meta.name, price[0].name)),
                            label=f"{qty[0].name} * {price[0].name}")
                rank = 1
            elif money:
                m = Measure("col", meta.name, col=Col(meta.name, money[0].name), func="SUM", label=money[0].name)
                rank = 0
            else:
                # a price paid on a dated record (bookings.price): what was spent there
                paid = [c for c in nums if c.money and not c.is_key]
                if paid and self._transactional(meta):
                    m = Measure("col", meta.name, col=Col(meta.name, paid[0].name), func="SUM", label=paid[0].name)
            if m is None:
                continue
            dist = self.distance(near, meta.name) if near else 0
            if near and dist >= 99:
                continue
            key = (dist, rank)
            if best is None or key < best[:2]:
                best = (dist, rank, m)
        return best[2] if best else None

    def _transactional(self, meta: TableMeta) -> bool:
        """A table of events: it has a date, or belongs to a parent that has one."""
        if meta.date_columns():
            return True
        return any(e.child == meta.name and self.meta(e.parent).date_columns() for e in self.schema.edges_of(meta.name))

    def adjective_measure(
        self, adj: str, table: str, desc: bool, named: Col | None = None
    ) -> tuple[Measure, bool] | None:
        """"expensive" on products -> price; "oldest" on patients -> birth date ascending."""
        hints, _high = ADJECTIVES.get(adj, ((), True))
        meta = self.meta(table)
        if named is not None and any(h in ("@start", "@birth") for h in hints):
            # "most recently hired": the date the question names
            flip = adj == "old" or (adj == "young" and False)
            birth = {"birth", "born", "dob", "birthday"} & set(self.colmeta(named).words)
            d = (not desc) if (birth or flip) else desc
            return Measure("col", named.table, col=named, label=named.column), d
        for hint in hints:
            if hint == "@count":
                child = self.busiest_child(table)
                if child is not None:
                    qty = [c for c in self.meta(child).numeric_columns()
                           if set(c.words) & QUANTITY_WORDS and not c.money and not c.is_key]
                    if adj == "selling" and qty:  # best-selling: units sold, not order lines
                        qcol = Col(child, qty[0].name)
                        return Measure("col", child, col=qcol, func="SUM", label=f"total {qty[0].name}"), desc
                    return Measure("count", child, label=f"number of {child}"), desc
                continue
            if hint in ("@birth", "@start"):
                dates = meta.date_columns()
                if hint == "@birth":
                    years = [c for c in meta.numeric_columns() if c.is_year]
                    col = next((c for c in [*dates, *years] if {"birth", "born", "dob", "birthday"} & set(c.words)),
                               None)
                    if col is not None:  # oldest = earliest birth date
                        return Measure("col", table, col=Col(table, col.name), label=col.name), not desc
                    continue
                start = meta.default_date()
                if start is not None:
                    flip = adj in ("old",)
                    return Measure("col", table, col=Col(table, start.name), label=start.name), (not desc) if flip \
                        else desc
                continue
            for c in meta.numeric_columns():
                if forms(hint) & c.word_forms() and not c.is_key:
                    return Measure("col", table, col=Col(table, c.name), label=c.name), desc
        if adj in ("expensive", "cheap", "pricey", "costly", "inexpensive", "affordable", "big", "large", "small"):
            rev = self.revenue_measure(table)
            if rev is not None and rev.table != table:
                return rev, desc
        return None

    def busiest_child(self, table: str) -> str | None:
        kids = self.schema.children(table)
        if not kids:
            return None
        # an association table (several keys) is where activity is recorded
        kids.sort(key=lambda e: -len(self.meta(e.child).info.foreign_keys))
        return kids[0].child

    def measure_at(self, k: int) -> tuple[Measure, int] | None:
        """Parse a measure starting at item ``k``: "number of orders", "total price", "revenue", "stock"."""
        j: int | None = k
        func: str | None = None
        counting = False
        for _ in range(4):
            it = self.item(j)
            if it is None or j is None:
                return None
            if it.kind == "word" and it.text.lower() in _FILLER | {"number", "amount", "sum"}:
                j += 1
                continue
            if it.kind == "word" and it.text.lower() not in FUNCTION_WORDS:
                # "average ticket price": an unknown qualifier before the column
                nxt = self.item(j + 1)
                if nxt is not None and nxt.kind in ("column", "revenue"):
                    j += 1
                    continue
            if it.kind == "agg" and func is None:
                func = it.func
                it.used = True
                j = self.nxt(j, _FILLER, 2)
                continue
            if it.kind == "agg" and it.columns:
                # "average total": the second aggregate word is the column
                it.kind = "column"
                break
            if it.kind == "count":
                counting = True
                it.used = True
                j = self.nxt(j, _FILLER, 2)
                continue
            if it.kind == "distinct":
                it.used = True
                j = self.nxt(j, _FILLER, 2)
                continue
            break
        it = self.item(j)
        if it is None or j is None:
            return None
        if it.kind == "table" and not (it.used and it.role not in ("", "measure")):
            table = self.table_of(it)
            # "product price", "invoice total": a table word qualifying the column that follows
            after = self.item(self.nxt(j, frozenset(), 0))
            if after is not None and after.kind in ("column", "agg") and not (after.used and after.kind == "column"):
                own = [c for c in after.columns if c.table == table]
                if own:
                    after.columns, after.kind = own, "column"
                    it = after
                    j = self.items.index(after)
            if it.kind == "table" and func is not None and not counting:
                # "average track length in milliseconds": a numeric column of the table a little further on
                look = j
                for _ in range(3):
                    look2 = self.nxt(look, _FILLER | {"length", "size", "in", "measured"}, 2)
                    cand = self.item(look2)
                    if cand is None or look2 is None or cand.kind not in ("column", "word"):
                        break
                    if cand.kind == "column" and not cand.used:
                        own = [c for c in cand.columns if c.table == table and self._cand_kind(c) == "number"]
                        if own:
                            cand.columns = own
                            it = cand
                            j = look2
                        break
                    look = look2
                if it.kind == "table":
                    # "total of all invoices": the table's money column, or a derived value
                    money = [c for c in self.meta(table).numeric_columns() if c.money and not c.is_key]
                    if money:
                        it.used, it.role = True, "measure"
                        col = Col(table, money[0].name)
                        return Measure("col", table, col=col, func=func, label=money[0].name), j
                    rev = self.revenue_measure(table)
                    if rev is not None and func == "SUM":
                        it.used, it.role = True, "measure"
                        return rev, j
                    if rev is not None and func == "AVG" and rev.table != table and self.fans_out(table, rev.table):
                        # "average order value": the value of each order, averaged
                        path = self.schema.path(rev.table, table) or []
                        if len(path) == 1:
                            key = Col(rev.table, path[0].child_cols[0])
                        else:
                            key = self.pk_cols(table)[0] if self.pk_cols(table) else Col(rev.table, "")
                        it.used, it.role = True, "measure"
                        per = Measure("per", rev.table, col=key, label=f"{rev.label} per {table}",
                                      product=rev.product, value=rev.col if rev.product is None else None)
                        return per, j
            if it.kind == "table":
                it.used, it.role = True, "measure"
                return Measure("count", table, label=f"number of {table}"), j
        if it.kind == "column" and not it.used:
            col = self.pick_column(it, None)
            it.used, it.role = True, "measure"
            cm = self.colmeta(col)
            if not cm.numeric or (counting and func is None and cm.is_key):
                return Measure("count", col.table, col=col, distinct=True, label=f"number of {col.column}"), j
            return Measure("col", col.table, col=col, func=func, label=col.column), j
        if it.kind == "revenue":
            rev = self.revenue_measure(self.subject)
            if rev is None:
                return None
            it.used, it.role = True, "measure"
            rev.func = rev.func or func or "SUM"
            if func and func != "SUM":
                rev.func = func
            return rev, j
        return None

    # ================================================================== columns
    def pick_column(self, it: Item, near: str | None) -> Col:
        """The best column candidate, preferring the subject and tables mentioned in the question."""
        near = near or self.subject
        mentioned = {self.table_of(x) for x in self.items if x.kind == "table"}
        best: tuple[float, Candidate] | None = None
        for c in it.columns:
            score = c.score
            if near is not None:
                if c.table == near:
                    score += 0.6
                else:
                    d = self.distance(near, c.table)
                    score -= 0.15 * min(d, 5)
                    if d >= 99:
                        score -= 2
            if c.table in mentioned:
                score += 0.4
            if best is None or score > best[0]:
                best = (score, c)
        assert best is not None and best[1].column is not None
        return Col(best[1].table, best[1].column)

    def numeric_target(self, k: int, currency: bool, adj: str | None) -> Col | None:
        """Which column a comparison at item ``k`` constrains."""
        subject = self.subject
        assert subject is not None
        if adj:
            got = self.adjective_measure(adj, subject, True)
            if got is not None and got[0].col is not None:
                return got[0].col
        # a column just before: "price over 100", "with stock under 10", "priced between"
        j = self.prv(k, _FILLER | {"is", "are", "costs", "cost", "costing", "priced", "greater", "bigger"}, 3)
        prev = self.item(j)
        if prev is not None and prev.kind == "column":
            col = self.pick_column(prev, subject)
            if self.colmeta(col).kind in ("number", "date"):
                prev.used, prev.role = True, "filter"
                return col
        # a column just after: "more than 100 in stock"
        j = self.nxt(k, _FILLER, 2)
        nxt = self.item(j)
        if nxt is not None and nxt.kind == "column" and not nxt.used:
            col = self.pick_column(nxt, subject)
            if self.colmeta(col).kind == "number":
                nxt.used, nxt.role = True, "filter"
                return col
        # a cost verb: "products that cost more than 50"
        words = {self.tokens[i].low for i in range(max(0, self.items[k].first - 3), self.items[k].first)}
        meta = self.meta(subject)
        numeric = [c for c in meta.numeric_columns() if not c.is_key]
        if words & {"cost", "costs", "costing", "priced", "pay", "paid", "charged"} or currency:
            money = [c for c in numeric if c.money]
            if money:
                return Col(subject, money[0].name)
            for m in self.schema.tables.values():
                mm = [c for c in m.numeric_columns() if c.money]
                if mm and self.distance(subject, m.name) == 1:
                    return Col(m.name, mm[0].name)
        if len(numeric) == 1:
            self.penalty += 0.2
            return Col(subject, numeric[0].name)
        return None

    # ================================================================== conditions
    def add_cond(self, cond: Cond, table: str) -> None:
        self.cond_tables.append((cond, table))

    def value_conditions(self) -> None:
        items = self.items
        k = 0
        while k < len(items):
            it = items[k]
            if it.kind != "value" or (it.used and it.role != "neg"):
                k += 1
                continue
            hit = self.pick_value(it)
            group = [hit]
            it.used = True
            # "Germany or Japan", "India, Brazil and Kenya"
            j = k
            while True:
                j2 = self.nxt(j, frozenset({"or", "and", "the", "nor"}), 2)
                other = self.item(j2)
                if other is None or j2 is None or other.kind != "value" or other.used:
                    break
                same = [h for h in other.values if h.table == hit.table and h.column == hit.column]
                if not same:
                    break
                group.append(same[0])
                other.used = True
                j = j2
            negated = it.role == "neg"
            it.role = "filter"
            col = self.with_role(Col(hit.table, hit.column), it.first)
            vals = tuple(Lit(h.value) for h in group)
            if len(vals) == 1:
                cond = Cond("<>" if negated else "=", col, vals)
            else:
                cond = Cond("not_in" if negated else "in", col, vals)
            self.add_cond(cond, hit.table)
            self.notes.append(f"{hit.column} {'is not' if negated else 'is'} "
                              + " or ".join(repr(h.value) for h in group))
            k = j + 1

    def pick_value(self, it: Item) -> ValueHit:
        hits = it.values
        if len(hits) == 1:
            return hits[0]
        subject = self.subject
        mentioned_cols = {(c.table, c.column) for x in self.items if x.kind == "column" for c in x.columns[:1]}
        mentioned_tables = {self.table_of(x) for x in self.items if x.kind == "table"}

        def rank(h: ValueHit) -> tuple[int, int, int]:
            return (
                0 if (h.table, h.column) in mentioned_cols else 1,
                0 if h.table == subject else (1 if h.table in mentioned_tables else 2),
                self.distance(subject, h.table) if subject else 0,
            )

        return sorted(hits, key=rank)[0]

    def literal_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "literal" or it.used:
                continue
            prev = self.item(self.prv(k, frozenset({"the", "a", "an", "named", "called", "is", "=", "titled", "of",
                                                     "by", "from", "for", "with"}), 3))
            col: Col | None = None
            if prev is not None and prev.kind == "column":
                col = self.pick_column(prev, self.subject)
                prev.used, prev.role = True, "filter"
            elif prev is not None and prev.kind == "table":
                table = self.table_of(prev)
                if prev.role == "":
                    prev.used, prev.role = True, "companion"
                disp = self.display_cols(table)
                col = disp[0] if disp else None
            else:
                col = self._literal_owner()
            if col is None:
                raise TranslationError(f"cannot tell what {it.text!r} refers to")
            it.used = True
            self.penalty += 0.1
            self.add_cond(Cond("=", col, (Lit(it.text),)), col.table)
            self.notes.append(f"{col.column} is {it.text!r}")

    def _literal_owner(self) -> Col | None:
        """A bare name: the subject's name column, or a parent's (orders -> customer name)."""
        subject = self.subject
        if subject is None:
            return None
        named = self._name_columns(subject)
        if named:
            return named[0]
        for edge in self.schema.edges_of(subject):
            if edge.child == subject:
                pn = self._name_columns(edge.parent)
                if pn:
                    return pn[0]
        return None

    def _name_columns(self, table: str) -> list[Col]:
        meta = self.meta(table)
        out = []
        for c in meta.display:
            cm = meta.column(c)
            if cm is not None and ("name" in cm.words or "title" in cm.words):
                out.append(Col(table, c))
        return out

    def date_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "date" or it.date is None or it.used:
                continue
            ph = it.date
            col = self.date_target(k)
            if col is None:
                raise TranslationError(f"no date column to apply {ph.label!r} to")
            it.used = True
            meta = self.colmeta(col)
            conds: list[Cond] = []
            if meta.kind == "number":  # an integer year column
                lo, hi = ph.year_lo, ph.year_hi
                if lo is not None and hi is not None and lo == hi:
                    conds.append(Cond("=", col, (Lit(lo),)))
                else:
                    if lo is not None:
                        conds.append(Cond(">=", col, (Lit(lo),)))
                    if hi is not None:
                        conds.append(Cond("<=", col, (Lit(hi),)))
            else:
                if ph.lo is not None:
                    conds.append(Cond(">=", col, (Lit(ph.lo),)))
                if ph.hi is not None:
                    conds.append(Cond("<", col, (Lit(ph.hi),)))
            for c in conds:
                self.add_cond(c, col.table)
            self.notes.append(f"{col.column} {ph.label}")

    def date_target(self, k: int) -> Col | None:
        """The date column a date phrase at item ``k`` applies to."""
        subject = self.subject
        assert subject is not None
        # a date column named in the question: "signed up", "born", "hired", "order date"
        named: list[tuple[int, Col]] = []
        for j, it in enumerate(self.items):
            if it.kind == "column" and it.role in ("", "filter", "date"):
                for c in it.columns:
                    assert c.column is not None
                    m = self.meta(c.table).column(c.column)
                    if m is not None and (m.kind == "date" or m.is_year):
                        named.append((abs(j - k) + (0 if j < k else 1), Col(c.table, c.column)))
                        break
        if named:
            named.sort(key=lambda x: (x[0], 0 if x[1].table == subject else 1))
            col = named[0][1]
            for it in self.items:
                if it.kind == "column" and any(c.table == col.table and c.column == col.column for c in it.columns):
                    it.used, it.role = True, "date"
            return col
        # the nearest table mentioned before the phrase, else the subject
        tables: list[str] = []
        for j in range(k - 1, -1, -1):
            it = self.items[j]
            if it.kind == "table" and it.role in ("", "having", "measure"):
                tables.append(self.table_of(it))
            elif it.kind == "neg" and it.tables:
                tables.append(it.tables[0].table)
        tables.append(subject)
        for t in tables:
            got = self._date_of_table(t)
            if got is not None:
                return got
        return None

    def _date_of_table(self, table: str) -> Col | None:
        meta = self.meta(table)
        d = meta.default_date()
        if d is not None:
            return Col(table, d.name)
        years = [c for c in meta.numeric_columns() if c.is_year]
        if years:
            return Col(table, years[0].name)
        # a parent that carries the date: order_items -> orders.ordered_at
        best: tuple[int, Col] | None = None
        for other in self.schema.tables.values():
            od = other.default_date()
            if od is None or other.name == table:
                continue
            path = self.schema.path(table, other.name)
            if path is None or self.fans_out(table, other.name):
                continue
            if best is None or len(path) < best[0]:
                best = (len(path), Col(other.name, od.name))
        return best[1] if best else None

    def numeric_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "cmp" or it.used or it.role == "having":
                continue
            if self._spend_condition(k, it):
                continue
            col = self.numeric_target(k, it.currency, it.adj)
            if col is None:
                raise TranslationError(f"cannot tell which column {it.text!r} applies to")
            it.used = True
            self.add_cond(self.cmp_cond(col, it), col.table)
            self.notes.append(f"{col.column} {it.text}")
        # a bare number after a column: "rating 5", "stock of 0"
        for k, it in enumerate(self.items):
            if it.kind != "number" or it.used:
                continue
            prev = self.item(self.prv(k, _EQUALS_FILLER | {"number", "no", "id", "#"}, 2))
            if prev is not None and prev.kind == "table" and it.nums and float(it.nums[0]).is_integer():
                table = self.table_of(prev)
                pk = self.pk_cols(table)
                if len(pk) == 1:  # "order 17", "customer number 5"
                    it.used = True
                    if prev.role == "":
                        prev.role = "companion" if table != self.subject else ""
                    self.add_cond(Cond("=", pk[0], (Lit(int(it.nums[0])),)), table)
                    self.notes.append(f"{table} {int(it.nums[0])}")
                    continue
            if prev is not None and prev.kind == "column":
                col = self.pick_column(prev, self.subject)
                if self.colmeta(col).kind in ("number", "text"):
                    prev.used, prev.role = True, "filter"
                    it.used = True
                    self.add_cond(Cond("=", col, (Lit(it.nums[0]),)), col.table)
                    self.notes.append(f"{col.column} = {it.text}")

    def _spend_condition(self, k: int, it: Item) -> bool:
        """"customers who spent more than 50": the total of their related revenue rows."""
        subject = self.subject
        assert subject is not None
        prev = self.item(self.prv(k, _FILLER, 2))
        nxt = self.item(self.nxt(k, _FILLER | {"in", "of"}, 2))
        rev_item = next((x for x in (prev, nxt) if x is not None and x.kind == "revenue" and not x.used), None)
        if rev_item is None:
            return False
        rev = self.revenue_measure(subject)
        if rev is None:
            return False
        value: Col | Product | None = rev.product if rev.product is not None else rev.col
        if value is None:
            return False
        rev_item.used = it.used = True
        if rev.table != subject and self.fans_out(subject, rev.table):
            total = CountOf(Related(subject, rev.table, []), Agg("SUM", value))
            self.add_cond(self.cmp_cond_expr(total, it), subject)
        elif isinstance(value, Col):
            self.add_cond(self.cmp_cond(value, it), value.table)
        else:
            return False
        self.notes.append(f"{rev.label} {it.text}")
        return True

    def cmp_cond(self, col: Col, it: Item) -> Cond:
        vals = tuple(Lit(v) for v in it.nums)
        op = it.op or "="
        if it.func:  # "more than the average": the column's average over its whole table
            return Cond(op, col, right=TableAgg(it.func, col))
        if op == "between":
            lo, hi = sorted(it.nums)
            return Cond("between", col, (Lit(lo), Lit(hi)))
        return Cond(op, col, vals)

    def text_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind == "like":
                self._like(k, it)
            elif it.kind == "word" and it.text.lower() == "in" and not it.used:
                # "products in stock": a positive quantity
                j = self.nxt(k, frozenset({"the"}), 1)
                tgt = self.item(j)
                after = self.item(j + 1) if j is not None else None
                before = self.item(k - 1)
                if tgt is not None and tgt.kind == "column" and not tgt.used and (
                    after is None or after.kind not in ("cmp", "number")
                ) and (before is None or before.kind not in ("cmp", "number")):
                    col = self.pick_column(tgt, self.subject)
                    if self.colmeta(col).numeric and col.table == self.subject:
                        tgt.used, tgt.role = True, "filter"
                        it.used = True
                        self.add_cond(Cond(">", col, (Lit(0),)), col.table)
                        self.notes.append(f"{col.column} above 0")
            elif it.kind == "zero":
                j = self.nxt(k, frozenset({"the"}), 1)
                tgt = self.item(j)
                if tgt is not None and tgt.kind == "column":
                    col = self.pick_column(tgt, self.subject)
                    tgt.used, tgt.role = True, "filter"
                    it.used = True
                    if self.colmeta(col).numeric:
                        self.add_cond(Cond("=", col, (Lit(0),)), col.table)
                        self.notes.append(f"{col.column} is 0")
                    else:
                        self.add_cond(Cond("is_null", col), col.table)
                else:
                    it.kind = "word"
            elif it.kind in ("null", "notnull"):
                prev = self.item(self.prv(k, _FILLER, 2))
                nxt = self.item(self.nxt(k, _FILLER, 2))
                tgt = next((x for x in (prev, nxt) if x is not None and x.kind == "column" and not x.used), None)
                if tgt is None:
                    it.kind = "word"
                    continue
                col = self.pick_column(tgt, self.subject)
                tgt.used, tgt.role = True, "filter"
                it.used = True
                self.add_cond(Cond("is_null" if it.kind == "null" else "not_null", col), col.table)
                self.notes.append(f"{col.column} is {'missing' if it.kind == 'null' else 'present'}")

    def _like(self, k: int, it: Item) -> None:
        j = self.nxt(k, frozenset({"the", "a", "an", "letter", "word", "text", "string"}), 2)
        tgt = self.item(j)
        if tgt is None or j is None:
            raise TranslationError(f"nothing to match after {it.text!r}")
        if tgt.kind == "value" or (tgt.used and tgt.role == "filter"):
            it.kind = "word"  # "orders that contain Item 05": a stored value, matched exactly elsewhere
            it.used = True
            return
        text = self.tokens[tgt.first].text if tgt.kind not in ("literal",) else tgt.text
        if tgt.kind in ("value", "table", "column", "word", "literal", "number"):
            text = " ".join(t.text for t in self.tokens[tgt.first : tgt.last])
        tgt.used, tgt.role, tgt.kind = True, "pattern", "pattern"
        prev = self.item(self.prv(k, _FILLER | {"whose", "where"}, 3))
        col: Col | None = None
        if prev is not None and prev.kind == "column":
            col = self.pick_column(prev, self.subject)
            if self.colmeta(col).kind not in ("text", "other"):
                col = None
            else:
                prev.used, prev.role = True, "filter"
        if col is None:
            assert self.subject is not None
            disp = self.display_cols(self.subject)
            if not disp:
                raise TranslationError(f"no text column to match {text!r} against")
            col = disp[0]
        pattern = {"start": f"{text.lower()}%", "end": f"%{text.lower()}"}.get(it.adj or "", f"%{text.lower()}%")
        it.used = True
        self.add_cond(Cond("like", col, (Lit(pattern),)), col.table)
        self.notes.append(f"{col.column} matches {pattern!r}")

    def bool_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "column" or it.used:
                continue
            col = self.pick_column(it, self.subject)
            meta = self.colmeta(col)
            if meta.kind != "bool":
                continue
            negated = False
            prev = self.item(self.prv(k, frozenset({"the", "a", "an", "are", "is", "were", "was", "that", "which",
                                                     "who", "currently", "been"}), 3))
            if prev is not None and prev.kind == "neg" and prev.role != "neg":
                negated = True
                prev.used = True
            toks = {t.low for t in self.tokens[it.first : it.last]}
            if any(w.startswith(("in", "un", "non")) and w[2:] in meta.word_forms() for w in toks):
                negated = True
            it.used, it.role = True, "filter"
            self.add_cond(Cond("=", col, (Lit(not negated),)), col.table)
            self.notes.append(f"{col.column} is {'false' if negated else 'true'}")

    def negation_conditions(self) -> None:
        subject = self.subject
        assert subject is not None
        for k, it in enumerate(self.items):
            if it.kind != "neg" or it.role != "neg" or it.used:
                continue
            it.used = True
            if it.op == "sale":
                target_opt = self._sales_table(subject)
                if target_opt is None:
                    raise TranslationError(f"cannot tell where sales of {subject} are recorded")
                it.op = "table"
                it.tables = [Candidate("table", target_opt, None, 2.0, it.first, it.last)]
            if it.op == "table":
                target = it.tables[0].table
                if target == subject:
                    selfs = self.schema.self_edges(subject)
                    if selfs:
                        self.add_cond(Cond("is_null", Col(subject, selfs[0].child_cols[0])), subject)
                        continue
                    raise TranslationError(f"cannot tell how {target} relates to itself")
                # a nullable key on the subject: "employees without a department"
                direct = [e for e in self.schema.edges_of(subject) if e.child == subject and e.parent == target]
                if (direct and not self.schema.children(subject)) or (
                    direct and not self.fans_out(subject, target)
                    and all(self.meta(subject).column(c) is not None for c in direct[0].child_cols)
                    and not self.reachable_via_child(subject, target)
                ):
                    self.add_cond(Cond("is_null", Col(subject, direct[0].child_cols[0])), subject)
                    self.notes.append(f"no {target}")
                    continue
                if not self.reachable(subject, target):
                    raise TranslationError(f"{subject} and {target} are not related by foreign keys")
                inner = self.inner_conditions(k, target)
                rel = Related(subject, target, inner)
                self.negations.append(Cond("not_exists", related=rel))
                self.notes.append(f"with no {target}")
            elif it.op == "column":
                col = self.pick_column(it, subject)
                meta = self.colmeta(col)
                if meta.kind == "number":
                    cond = Cond("or", alternatives=(Cond("=", col, (Lit(0),)), Cond("is_null", col)))
                elif meta.kind == "bool":
                    cond = Cond("=", col, (Lit(False),))
                else:
                    cond = Cond("is_null", col)
                self.add_cond(cond, col.table)
                self.notes.append(f"no {col.column}")

    def _sales_table(self, subject: str) -> str | None:
        """Where rows of ``subject`` are sold: the nearest line table (quantity and price) below it."""
        rev = self.revenue_measure(subject)
        if rev is not None and rev.table != subject and self.fans_out(subject, rev.table):
            return rev.table
        return self.busiest_child(subject)

    def reachable_via_child(self, subject: str, target: str) -> bool:
        return any(e.child != subject and self.reachable(e.child, target) and e.child != target
                   for e in self.schema.children(subject))

    def inner_conditions(self, k: int, target: str) -> list[Cond]:
        """Dates right after a negated relation apply inside it: "never ordered in 2024"."""
        out: list[Cond] = []
        j = self.nxt(k, frozenset({"the", "a", "an", "any"}), 2)
        it = self.item(j)
        if it is not None and it.kind == "date" and it.date is not None and not it.used:
            d = self.meta(target).default_date()
            if d is not None:
                col = Col(target, d.name)
                it.used = True
                if it.date.lo is not None:
                    out.append(Cond(">=", col, (Lit(it.date.lo),)))
                if it.date.hi is not None:
                    out.append(Cond("<", col, (Lit(it.date.hi),)))
        return out

    # ================================================================== assembly
    def group_keys(self) -> tuple[list[Expr], list[Expr], list[str]]:
        """(group by, select, labels) from the group markers."""
        group: list[Expr] = []
        select: list[Expr] = []
        labels: list[str] = []
        for it in self.items:
            if it.kind == "group" and it.role == "group":
                if it.unit:
                    col = self._date_for_bucket()
                    if col is None:
                        raise TranslationError(f"no date column to group by {it.unit}")
                    unit = it.unit if it.unit in ("year", "month", "day") else "month"
                    dp = DatePart(unit, col)
                    group.append(dp)
                    select.append(dp)
                    labels.append(unit)
                    continue
                if it.columns:
                    col = self.pick_column(it, it.tables[0].table if it.tables else self.subject)
                    if it.fk_role:
                        col = Col(col.table, col.column, it.fk_role)
                    elif self.colmeta(col).kind != "fk":
                        col = self.with_role(col, it.last + 1)
                    group.append(col)
                    select.append(col)
                    labels.append(col.column)
                    if self.colmeta(col).kind == "fk":  # "each manager": rows without one are no group
                        self.add_cond(Cond("not_null", col), col.table)
                    continue
                table = it.tables[0].table
                self.group_table = table
                role = it.fk_role or self.role_for(table, it.last + 1)
                disp = [Col(c.table, c.column, role) for c in self.display_cols(table)]
                keys = [Col(c.table, c.column, role) for c in self.pk_cols(table)]
                for c in keys + disp:
                    if c not in group:
                        group.append(c)
                select.extend(disp)
                labels.append(singular(table))
            elif it.kind == "timeunit" and it.role == "group" and not any(
                isinstance(g, DatePart) for g in group
            ):
                col = self._date_for_bucket()
                if col is None:
                    raise TranslationError(f"no date column to group by {it.unit}")
                unit = it.unit if it.unit in ("year", "month", "day") else "month"
                dp = DatePart(unit, col)
                group.append(dp)
                select.append(dp)
                labels.append(unit)
        return group, select, labels

    def _date_for_bucket(self) -> Col | None:
        assert self.subject is not None
        for it in self.items:
            if it.kind == "column" and it.role in ("", "date"):
                for c in it.columns:
                    if self._cand_kind(c) == "date":
                        it.used, it.role = True, "date"
                        return Col(c.table, c.column or "")
        return self._date_of_table(self.subject)

    def build(self) -> Query:
        items = self.items
        self.classify_links()
        self.assign_roles()
        self.subject = self.find_subject()
        subject = self.subject

        qword = next((it for it in items if it.kind == "qword"), None)
        count_item = next((it for it in items if it.kind == "count" and not it.used), None)
        percent_item = next((it for it in items if it.kind == "percent"), None)
        if percent_item is not None:
            percent_item.used = True
            count_item = count_item or percent_item
        distinct_item = next((it for it in items if it.kind == "distinct"), None)
        top_item = next((it for it in items if it.kind == "top"), None)
        order_items = [it for it in items if it.kind == "order"]

        # ---- rankings and measures: "most expensive", "the most orders", "highest price", "top 3 ... by X"
        rank_measure: Measure | None = None
        rank_desc = True
        rank_n: int | None = None
        agg_measure: Measure | None = None
        agg_func: str | None = None
        subject_pos = next((k for k, it in enumerate(items) if it.kind == "table" and not it.used), None)
        if qword is not None and qword.text.lower() == "when":
            agg_measure, agg_func = self._when(items)
        for k, it in enumerate(items):
            if it.used:
                continue
            if it.kind == "adj" and it.adj in ("common", "frequent", "usual", "popular") and any(
                x.kind == "column" and not x.used and x.role == "" for x in items
            ):
                # "the most common country among customers": count rows per value of that column
                colitem = next(x for x in items if x.kind == "column" and not x.used and x.role == "")
                self.forced_head = self.pick_column(colitem, subject)
                colitem.used, colitem.role = True, "group"
                rank_measure, rank_desc = Measure("count", subject, label=f"number of {subject}"), bool(it.desc)
                it.used = True
                continue
            if it.kind == "adj" and it.adj:
                target = subject
                named: Col | None = None
                after = self.item(self.nxt(k, _FILLER, 2))
                if after is not None and after.kind == "column" and not after.used:
                    cand = self.pick_column(after, subject)
                    cm = self.colmeta(cand)
                    if cm.kind == "date" or cm.is_year:
                        named = cand
                        after.used, after.role = True, "measure"
                got = self.adjective_measure(it.adj, target, bool(it.desc), named)
                if got is None:
                    raise TranslationError(f"cannot tell what {it.text!r} means for {target}")
                rank_measure, rank_desc = got
                it.used = True
                # "most expensive products by category"? not supported: superlative per group
            elif it.kind in ("high", "low"):
                m = self.measure_at(self.nxt(k, _FILLER, 3) or k + 1)
                entity_first = subject_pos is not None and subject_pos < k
                if qword is not None and qword.text.lower() in ("which", "what") and any(
                    x.kind == "column" and not x.used and qword.first < x.first < it.first for x in items
                ) and subject_pos is None:
                    entity_first = True  # "which specialty has the highest average salary"
                if m is None:
                    # "largest category", "the top customer": adjective-like use
                    if it.text.lower() in ("largest", "biggest", "smallest", "top") and subject_pos is not None:
                        got = self.adjective_measure("large" if it.text.lower() != "smallest" else "small",
                                                     subject, it.kind == "high")
                        if got is None and it.text.lower() == "top":
                            got = (self.revenue_measure(subject) or Measure("count", subject), True)
                        if got is None:
                            raise TranslationError(f"cannot tell what {it.text!r} measures")
                        rank_measure, rank_desc = got
                        if it.text.lower() == "top":
                            rank_desc = True
                        it.used = True
                        continue
                    # a revenue verb before: "which customer spent the most"
                    prev = self.item(self.prv(k, _FILLER, 3))
                    if prev is not None and prev.kind == "revenue":
                        rev = self.revenue_measure(subject)
                        if rev is not None:
                            prev.used = True
                            rank_measure, rank_desc = rev, it.kind == "high"
                            it.used = True
                            continue
                    if prev is not None and prev.kind == "column" and not prev.used:
                        col = self.pick_column(prev, subject)
                        prev.used = True
                        rank_measure, rank_desc = Measure("col", col.table, col=col, label=col.column), \
                            it.kind == "high"
                        it.used = True
                        continue
                    # "who ordered the most": a verb naming a related table
                    if prev is not None and prev.kind == "table" and self.table_of(prev) != subject:
                        prev.used = True
                        rank_measure = Measure("count", self.table_of(prev))
                        rank_desc = it.kind == "high"
                        it.used = True
                        continue
                    continue
                measure, _end = m
                it.used = True
                if entity_first or (qword is not None and qword.text.lower() in ("which", "who", "list", "show") \
                        and measure.table != subject) or top_item is not None:
                    rank_measure, rank_desc = measure, it.kind == "high"
                    if measure.func is None and measure.kind == "col" and measure.table != subject:
                        measure.func = "SUM"
                else:
                    agg_measure = measure
                    agg_func = measure.func or ("MAX" if it.kind == "high" else "MIN")
                    if measure.kind == "count":
                        # "the highest number of orders per customer": rank instead
                        rank_measure, rank_desc, agg_measure = measure, it.kind == "high", None
            elif it.kind == "sortkey":
                m = self.measure_at(self.nxt(k, _FILLER, 2) or k + 1)
                if m is None:
                    raise TranslationError("cannot tell what to sort by")
                rank_measure = m[0]
                if rank_measure.kind == "col" and rank_measure.table != subject and rank_measure.func is None:
                    rank_measure.func = "SUM"
                it.used = True
            elif it.kind == "agg" and agg_measure is None:
                m = self.measure_at(k)
                if m is None:
                    # "total" alone may be a column ("order total")
                    continue
                agg_measure = m[0]
                agg_func = agg_measure.func or it.func
            elif it.kind == "revenue" and agg_measure is None and rank_measure is None and not any(
                x.kind == "cmp" for x in items[k + 1 : k + 3]
            ):
                rev = self.revenue_measure(subject if subject_pos is not None else None)
                if rev is None:
                    it.kind = "word"
                    continue
                it.used = True
                agg_measure = rev
                agg_func = rev.func or "SUM"
        if top_item is not None:
            rank_n = top_item.n
            if top_item.desc is False:
                rank_desc = not rank_desc if rank_measure is not None and top_item.adj == "bottom" else False
            top_item.used = True
            if rank_measure is None:
                # "top 5 products": by revenue if there is one, else by count of activity
                if top_item.adj in ("first", "last"):
                    rank_measure = None
                else:
                    rev = self.revenue_measure(subject)
                    rank_measure = rev or (
                        Measure("count", self.busiest_child(subject) or subject)
                    )
        for it in items:
            if it.kind in ("high", "low", "adj") and not it.used:
                raise TranslationError(f"cannot tell what {it.text!r} refers to")
            if it.kind == "neg" and not it.role and set(it.text.lower().split()) & {"never", "without", "no", "none"}:
                raise TranslationError(f"cannot tell what {it.text!r} applies to")
        # "number of pages" where pages is itself a count column: a sum, not a count
        if count_item is not None and rank_measure is None and agg_measure is None:
            k = items.index(count_item)
            tgt = self.item(self.nxt(k, frozenset({"of", "the", "all"}), 2))
            if tgt is not None and tgt.kind == "column" and not tgt.used:
                col = self.pick_column(tgt, subject)
                cm = self.colmeta(col)
                if cm.numeric and not cm.is_key and distinct_item is None:
                    tgt.used, tgt.role = True, "measure"
                    agg_measure = Measure("col", col.table, col=col, label=col.column)
                    agg_func = "SUM"
                    count_item.used = True
                    count_item = None
            elif tgt is not None and tgt.kind == "table" and self.table_of(tgt) == subject and \
                    {t.low for t in self.tokens} & {"sold", "bought", "purchased", "ordered", "shipped"}:
                # "how many items were sold": units, when the rows carry a quantity
                qty = [c for c in self.meta(subject).numeric_columns()
                       if set(c.words) & QUANTITY_WORDS and not c.money and not c.is_key]
                if qty:
                    agg_measure = Measure("col", subject, col=Col(subject, qty[0].name), label=qty[0].name)
                    agg_func = "SUM"
                    count_item.used = True
                    count_item = None
        # "the 3 products with the highest stock": a number right before the ranked table
        if top_item is None and rank_measure is not None:
            for k, it in enumerate(items):
                nxt = self.item(k + 1)
                if it.kind == "number" and not it.used and nxt is not None and nxt.kind == "table" and \
                        self.table_of(nxt) == subject and it.nums and float(it.nums[0]).is_integer() and \
                        0 < it.nums[0] <= 1000:
                    rank_n = int(it.nums[0])
                    it.used = True
                    break

        # ---- conditions
        self.value_conditions()
        self.text_conditions()
        self.literal_conditions()
        self.date_conditions()
        self.numeric_conditions()
        self.negation_conditions()
        self.bool_conditions()

        first_neg = min((it.first for it in items if it.kind == "neg" and it.role == "neg"), default=10**6)
        for it in items:
            if it.kind == "table" and not it.used and it.role == "" and self.table_of(it) != subject and \
                    it.first < first_neg and self._noun_mention(it):
                other = self.table_of(it)
                if self.reachable(subject, other) and self.fans_out(subject, other):
                    # "customers with orders", "products that were ordered": rows that have some
                    self.exists_tables.append(other)
                    it.used, it.role = True, "exists"
        having_items = [it for it in items if it.kind == "cmp" and it.role == "having"]
        group, group_select, group_labels = self.group_keys()
        explicit_cols = [it for it in items if it.kind == "column" and not it.used and it.role == ""]
        self.check_unknown()

        q = Query(base=subject)
        # ---------------------------------------------------------------- shapes
        if count_item is not None and rank_measure is None and agg_measure is None:
            counted = subject
            arg: Col | None = None
            distinct = False
            if explicit_cols:
                k = items.index(count_item)
                right_after = self.nxt(k, frozenset({"of", "the", "different", "distinct", "unique", "all"}), 3)
                cand = self.pick_column(explicit_cols[0], subject)
                if (distinct_item is not None or right_after == items.index(explicit_cols[0])) and \
                        self.colmeta(cand).kind in ("text", "other", "number"):
                    arg = cand
                    explicit_cols[0].used = True
                    distinct = True
            q.base = counted
            count = Agg("COUNT", arg, distinct)
            if group:
                q.group_by, q.select = group, [*group_select, count]
                self.notes.insert(0, f"count {counted} per {', '.join(group_labels)}")
                self._order_groups(q, count, order_items)
            else:
                q.select = [count]
                self.notes.insert(0, f"count {arg.column if arg else counted}")
        elif agg_measure is not None and rank_measure is None:
            func = agg_func or "SUM"
            expr = agg_measure.expr(func)
            q.base = agg_measure.table if agg_measure.table else subject
            if group and self.group_table == q.base and all(
                isinstance(g, Col) and g.table == q.base and not g.role for g in group
            ) and agg_measure.kind != "count":
                # "average quantity per order item": per row of the measured table is just the average
                group, group_select = [], []
            if func == "AVG" and agg_measure.kind == "count" and self.group_table is not None and \
                    len([g for g in group if not isinstance(g, Col) or g.table != self.group_table]) == 0:
                # "average number of items per order": items counted, divided by the orders they belong to
                parent = self.group_table
                path = self.schema.path(agg_measure.table, parent) or []
                if path and path[0].child == agg_measure.table and len(path) == 1:
                    key = Col(agg_measure.table, path[0].child_cols[0])
                elif self.pk_cols(parent):
                    key = self.pk_cols(parent)[0]
                else:
                    raise TranslationError(f"cannot count {agg_measure.table} per {parent}")
                expr = PerParent(Agg("COUNT"), key)
                group, group_select = [], []
                agg_measure.label = f"number of {agg_measure.table} per {parent}"
            if group:
                q.group_by, q.select = group, [*group_select, expr]
                self.notes.insert(0, f"{_FUNC_WORDS.get(func, func.lower())} {agg_measure.label} per "
                                     f"{', '.join(group_labels)}")
                self._order_groups(q, expr, order_items)
            else:
                q.select = [expr]
                self.notes.insert(0, f"{_FUNC_WORDS.get(func, func.lower())} {agg_measure.label}")
        elif rank_measure is not None:
            self._ranking(q, rank_measure, rank_desc, rank_n, group, group_select, top_item, items)
        else:
            self._listing(q, group, group_select, explicit_cols, distinct_item, order_items, qword)

        if having_items:
            self._having(q, having_items)
        self._place_conditions(q)
        if percent_item is not None and count_item is percent_item:
            if not q.where:
                raise TranslationError("a percentage of what? no condition found")
            ratio = Ratio(tuple(q.where), percent_item.nums[0] if percent_item.nums else 100.0)
            q.select = [ratio if isinstance(e, Agg) and e.func == "COUNT" else e for e in q.select]
            q.where = []
            q.order_by = [(ratio if isinstance(e, Agg) else e, d) for e, d in q.order_by]
            self.notes[0] = self.notes[0].replace("count", "percentage of", 1)
        return q

    # ------------------------------------------------------------------ shapes
    def _when(self, items: list[Item]) -> tuple[Measure | None, str | None]:
        """"When did the first customer sign up?": the earliest or latest date, or the date itself."""
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
            items.append(Item("column", len(self.tokens), len(self.tokens),
                              columns=[Candidate("column", col.table, col.column, 3.0, 0, 0)]))
            return None, None
        for it in items:
            if it.kind in ("adj", "high", "low") or (it.kind == "word" and it.text.lower() in ("first", "last")):
                it.used = True
        return Measure("col", col.table, col=col, func=func, label=col.column), func

    # ------------------------------------------------------------------ roles
    def role_for(self, table: str, pos: int) -> str:
        """Which of several keys into ``table`` the words before token ``pos`` mean ("from Paris": origin)."""
        by_child: dict[str, list[Edge]] = {}
        for e in self.schema.edges_of(table):
            if e.parent == table and e.child != table and len(e.child_cols) == 1:
                by_child.setdefault(e.child, []).append(e)
        multi = [es for es in by_child.values() if len(es) > 1]
        if not multi:
            return ""
        multi.sort(key=lambda es: 0 if es[0].child == self.subject else 1)
        edges = multi[0]
        near = [self.tokens[i].low for i in range(pos - 1, max(-1, pos - 5), -1)]
        rest = [t.low for t in self.tokens]
        for words in (near, rest):
            for w in words:
                for e in edges:
                    if self._role_match(w, e, table):
                        return e.child_cols[0]
        return ""

    def _role_match(self, word: str, edge: Edge, table: str) -> bool:
        own = set(self.meta(table).lemma)
        role_words = [w for w in split_identifier(edge.child_cols[0])
                      if w not in ("id", "code", "key", "fk", "no", "num", "ref") and singular(w) not in own]
        wf = forms(word)
        for rw in role_words:
            if wf & forms(rw):
                return True
            if any(word in group and rw in group for group in ROLE_GROUPS):
                return True
        return False

    def with_role(self, col: Col, pos: int) -> Col:
        role = self.role_for(col.table, pos)
        return Col(col.table, col.column, role) if role else col

    def _noun_mention(self, it: Item) -> bool:
        """Is the table named by a noun ("orders") rather than a verb form ("ordered", "enrolled")?"""
        last = self.tokens[it.last - 1].low
        return not last.endswith(("ed", "ing")) and last not in _PARTICIPLES

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
        plural_list = False
        subj_item = next((it for it in items if it.kind == "table" and it.tables[0].table == subject), None)
        if n is None and subj_item is not None and self.plural_mention(subj_item):
            first = self.tokens[0].low if self.tokens else ""
            plural_list = first in ("list", "show", "sort", "order", "rank", "display", "give")
        if m.kind == "col" and m.table == subject and m.col is not None and m.func is None:
            q.base = subject
            disp = self.display_cols(subject)
            q.select = [*disp, m.col] if m.col not in disp else list(disp)
            q.order_by = [(m.col, desc)]
            q.limit = None if plural_list else limit
            self.notes.insert(0, f"{subject} by {m.label} {'descending' if desc else 'ascending'}")
            return
        # an aggregate over related rows, per subject row
        head = self.head_column(items)
        if m.kind == "count":
            base = m.table
            expr: Expr = Agg("COUNT")
            if m.table == subject and head is None:
                raise TranslationError(f"cannot rank {subject} by their own count")
        else:
            base = m.table
            expr = m.expr("SUM")
        if not group and head is not None and (m.table == subject or (m.kind == "count" and m.table == head.table)):
            # "which city has the most patients", "which specialty has the highest average salary"
            group, group_select = [head], [head]
        keys: list[Expr]
        shown: list[Expr]
        if group:
            keys, shown = group, group_select
        else:
            role = self.role_for(subject, len(self.tokens)) if base != subject else ""
            keys = [Col(c.table, c.column, role) for c in dict.fromkeys([*self.pk_cols(subject),
                                                                         *self.display_cols(subject)])]
            shown = [Col(c.table, c.column, role) for c in self.display_cols(subject)]
        q.base = base
        if isinstance(expr, Agg) and expr.func == "COUNT" and self.fans_out(base, subject) and m.kind == "count":
            pk = self.pk_cols(base)
            if pk:
                expr = Agg("COUNT", pk[0], True)
        q.group_by = keys
        q.select = [*shown, expr]
        q.order_by = [(expr, desc)]
        q.limit = None if plural_list else limit
        self.notes.insert(0, f"{subject} ranked by {m.label or m.kind}")

    def head_column(self, items: list[Item]) -> Col | None:
        """A column asked for before any table: "which *city* has the most patients"."""
        if self.forced_head is not None:
            return self.forced_head
        for it in items:
            if it.kind == "table" and it.role in ("", "measure"):
                return None
            if it.kind in ("high", "low", "adj", "top", "sortkey", "count", "agg"):
                return None
            if it.kind == "column" and it.role in ("", "measure") and not (it.used and it.role == ""):
                col = self.pick_column(it, self.subject)
                if self.colmeta(col).kind in ("text", "other", "number", "date"):
                    it.used, it.role = True, "group"
                    return col
        return None

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
            categorical = len(cols) == 1 and self.values.has_column(cols[0].table, cols[0].column) and \
                cols[0] not in disp and not subject_first
            attr_only = all(c not in disp for c in cols)
            if distinct_item is not None or categorical:
                q.select = list(dict.fromkeys(cols))
                q.distinct = True
            elif attr_only and cols[0].table == subject:
                q.select = list(dict.fromkeys([*disp, *cols]))
            else:
                q.select = list(dict.fromkeys(cols))
            self.notes.insert(0, f"{', '.join(c.column for c in cols)} of {subject}")
        else:
            meta = self.meta(subject)
            q.select = list(disp) if meta.named else [Col(subject, c.name) for c in meta.columns]
            q.distinct = distinct_item is not None
            self.notes.insert(0, f"list {subject}")
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
            if not self.reachable(subject, target):
                raise TranslationError(f"{subject} and {target} are not related by foreign keys")
            op = it.op or ">"
            if q.group_by or any(isinstance(s, Agg) for s in q.select) or op in ("<", "<=", "=", "<>") or \
                    op == "between":
                # a correlated count keeps zero rows and composes with any outer shape
                rel = Related(subject, target, [])
                cond = self.cmp_cond_expr(CountOf(rel), it)
                q.where.append(cond)
            else:
                pk = self.pk_cols(target)
                count: Agg = Agg("COUNT", pk[0], True) if pk else Agg("COUNT")
                q.group_by = list(dict.fromkeys([*self.pk_cols(subject), *self.display_cols(subject)]))
                q.having.append(self.cmp_cond_expr(count, it))
                q.prefer_fks = frozenset()
                self._force_join = target
            it.used = True
            self.notes.append(f"with {it.text} {target}")

    def cmp_cond_expr(self, left: Expr, it: Item) -> Cond:
        if it.op == "between":
            lo, hi = sorted(it.nums)
            return Cond("between", left, (Lit(int(lo)), Lit(int(hi))))
        return Cond(it.op or ">", left, tuple(Lit(int(v) if float(v).is_integer() else v) for v in it.nums))

    _force_join: str | None = None

    def _place_conditions(self, q: Query) -> None:
        """WHERE for the base row; EXISTS for conditions on rows a join would multiply."""
        base = q.base
        aggregate = bool(q.group_by) or any(isinstance(s, Agg) for s in q.select)
        nested: dict[str, list[Cond]] = {}
        for cond, table in self.cond_tables:
            if table == base or not self.fans_out(base, table) or (aggregate and table != self.subject
                                                                  and self._joined_anyway(q, table)):
                q.where.append(cond)
            else:
                nested.setdefault(table, []).append(cond)
        covered: set[str] = set()
        for table in nested:
            for edge in self.schema.path(base, table) or []:
                covered.update((edge.child, edge.parent))
        for table in self.exists_tables:
            if table not in covered and base == self.subject and not any(
                n.related is not None and n.related.target == table for n in self.negations
            ):
                nested.setdefault(table, [])
        for table, conds in nested.items():
            q.where.append(Cond("exists", related=Related(base, table, conds)))
        q.where.extend(self.negations)
        if self._force_join is not None:
            # the HAVING count needs the related rows joined
            target = self._force_join
            pk = self.pk_cols(target)
            if pk and not any(isinstance(s, Col) and s.table == target for s in q.select):
                q.where.append(Cond("not_null", pk[0]))
            elif not pk:
                q.where.append(Cond("not_null", Col(target, self.meta(target).columns[0].name)))

    def _joined_anyway(self, q: Query, table: str) -> bool:
        exprs: list[Expr] = [*q.select, *q.group_by]
        for e in exprs:
            inner = e.arg if isinstance(e, Agg) else e
            if isinstance(inner, Col) and inner.table == table:
                return True
            if isinstance(inner, Product) and inner.left.table == table:
                return True
        return self.fans_out(q.base, table) and q.base != self.subject

    # ------------------------------------------------------------------ confidence
    def check_unknown(self) -> None:
        unknown: list[str] = []
        for it in self.items:
            if it.kind != "word" or it.used:
                continue
            low = it.text.lower()
            if low in FUNCTION_WORDS or len(low) <= 1 or low in SYNONYMS:
                continue
            if low.endswith(("ed", "ing")) or low in _PARTICIPLES:
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
            if len(unknown) >= 2:
                raise TranslationError(f"unknown words: {', '.join(repr(u) for u in unknown)}")
        # a plural/singular check so "forms" is referenced for mypy's unused-import check
        _ = (forms, plural)
