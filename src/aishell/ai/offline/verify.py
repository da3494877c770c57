"""The very last check: refuse SQL whose shape contradicts the question's cue words (issue 14).

The planner and the accounting pass decide *what* the query reads; this pass only reads the
finished SQL (parsed again with sqlglot in the target dialect) next to the question's words and
the catalog, and refuses with a :class:`TranslationError` that names the part of the question it
could not match.  A refusal is always better than a wrong answer that runs.

The cues and the shapes they rule out:

* "each / per / every <noun>", "by <noun>": the GROUP BY must hold a column whose name, or whose
  table, is that noun, not only the keys of another table;
* "how many <things>" / "number of <things>": a SUM of a column is a count only when the column
  is a quantity of those things (``pax_cnt`` for passengers), never when the things are its table's
  rows or the column is compared in WHERE; a COUNT(*) counts the FROM table, which must be those
  things, not a table joined to them; with no word of grouping it is one number, not one per group;
* "total <measure>" / "average <measure>" needs that SUM / AVG; "total" alone needs an aggregate;
* "which <parent> has the <child> with the highest <measure>": one child row decides, so the
  ranking cannot be a SUM, COUNT or AVG over each parent;
* a time phrase with a count or ranking per group: the date filtered must belong to the counted
  rows, not to the group's own table, unless the question names that date;
* "percentage / share / rate of <population> <verb> <outcome>": what scopes the population
  (a time phrase or a value said before the verb) must be in WHERE, not only in the numerator's CASE;
* "which / list <things>": the answer must show those things, not only a lookup table's name;
* an aggregated column whose name other tables share: the question must not name only another
  of those tables (a prescribed quantity is not a dispensed one); nor a distinguishing word that
  another column of the same measure holds (``qty_dispensed`` beside ``qty``, on the join path or
  one foreign key away);
* groups finer than asked: beside the columns that answer "each <attribute>", a GROUP BY must not
  also hold the key of a row the question never asks to list (the author of "books by authors of
  each country"), and a joined lookup table must serve something (a column shown, filtered, grouped);
* "how many <things>" is never the SUM of a label (``phase_nbr``, ``type_cd``, ``level``), nor of a
  column fixed by an equality in WHERE;
* "percentage / share of <things>": the FROM table is those things, so the denominator counts them;
* "how many <children> of each <attribute>" groups by the children's own attribute when they have
  one, not by a column of a table reached through a link table;
* a time phrase whose counted rows keep their time in a text or integer column the catalog does not
  call a date (``Call_Received``, epoch ``Logged``) still dates those rows, not the group's year.

Everything is derived from the question's words, the SQL's structure and the catalog: no table,
column or question is special-cased.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.lexicon import ABBREVIATIONS, CLASSIFIER_WORDS, FUNCTION_WORDS, SECONDARY_DATE_WORDS, SYNONYMS
from aishell.ai.offline.text import Token, forms, past_participle, singular, split_identifier, stem, tokenize
from aishell.ai.offline.values import abbreviates, abbreviation_like

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.ai.offline.schema import ColumnMeta, SchemaIndex, TableMeta
    from aishell.ai.offline.values import ValueIndex


def _split(text: str) -> list[str]:
    """The words of a space-separated list (keeps the word lists below short to read)."""
    return text.split()


#: words that end the noun phrase after a cue ("each department *have*", "per city*,*")
_STOP = FUNCTION_WORDS | frozenset(
    _split(
        "with whose who that which where when while largest smallest first last descending ascending sorted "
        "ordered ranked grouped broken split"
    )
)
#: words skipped before the noun of a phrase ("each *of the* departments", "per *single* client")
_LEAD = frozenset(_split("of the a an single individual given different distinct one separate unique respective"))
#: time units: "per month", "each year", "by decade" group by a date expression, judged elsewhere
_TIME_UNITS = frozenset(
    _split(
        "year years month months week weeks day days quarter quarters decade decades hour hours weekday "
        "weekdays century season seasons date dates minute minutes yearly monthly weekly daily hourly"
    )
)
#: words after "by" that make it a sort key, not a grouping ("top 5 *by number* of orders")
_SORT_WORDS = frozenset(
    _split(
        "number total count average sum mean most amount value size share percentage ratio rate how "
        "descending ascending"
    )
)
#: words before "by" that make it a sort or an agent ("ordered by", "written by")
_NOT_GROUP_BY = frozenset(
    _split(
        "ordered sorted ranked rank order sort followed made written managed led owned run taught played "
        "directed created placed referred handled issued signed increased decreased grew fell rose dropped "
        "exceeded multiplied divided paid sold bought booked approved reported"
    )
)
#: words that ask for one answer per group ("each department", "by city", "the different types")
_GROUP_CUES = frozenset(
    _split(
        "each per every by different various respective respectively separately breakdown grouped split "
        "individually apiece distribution"
    )
)
#: words that already ask for a sum ("total number of pages")
#: words that ask for a count of rows ("count the orders", "number of", "times")
_COUNT_WORDS = frozenset({"count", "counts", "counted", "counting", "number", "numbers", "times", "many"})
_SUM_WORDS = frozenset({"total", "sum", "summed", "combined", "altogether", "overall", "much", "cumulative"})
_RATIO_WORDS = frozenset({"percentage", "percent", "share", "proportion", "fraction", "rate", "ratio", "%"})
#: the verb that ends the population of a ratio ("of appointments scheduled in 2024 *were* cancelled")
_AUX = frozenset(_split("were was are is have has had did do does got get gets that which who became become ended end"))
#: generic words of a date column, that do not say which date it is
_DATE_GENERIC = frozenset(
    _split("date dt at on time timestamp ts day year yr datetime dtm dte int the of when tstamp d n num nbr no")
)
#: words of a measure column that do not tell one measure from another
_GENERIC_MEASURE = frozenset(
    _split(
        "total sum amount amt value val avg average number num nbr count cnt unit units qty quantity net "
        "gross int cur dbl dec flt the per in of max min tot"
    )
)
#: words that name a date column without sharing its words ("born" -> birth_date)
_DATE_VERBS: dict[str, tuple[str, ...]] = {
    "born": ("birth", "dob", "birthday"),
    "died": ("death",),
    "deceased": ("death",),
    "founded": ("established", "founding", "est"),
    "established": ("founded", "est"),
    "opened": ("open", "opening"),
    "hired": ("hire", "employed", "start"),
    "joined": ("join", "member", "membership", "signup", "registered"),
    "released": ("release",),
    "built": ("build", "construction", "constructed"),
}
_SUPERLATIVES = tuple(
    _split(
        "highest largest biggest greatest most maximum max longest heaviest lowest smallest least minimum min "
        "shortest lightest cheapest fewest oldest newest latest earliest best worst top priciest costliest "
        "youngest tallest deepest fastest slowest"
    )
)
_HAVE = (
    r"(?:has|had|have|owns|owned|made|placed|wrote|written|gave|given|got|received|took|holds|held|with|"
    r"booked|ordered|bought|sold|recorded|logged|scored|ran|won|did)"
)
_CHILD_WITH = re.compile(
    rf"\b{_HAVE}\s+(?:the|a)\s+(?:single\s+|one\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:with|of)\s+the\s+"
    rf"(?:single\s+)?({'|'.join(_SUPERLATIVES)})\b"
)
#: words of an aggregate said between a superlative and its noun ("the highest average rating")
_AGG_NOUNS = frozenset({"average", "mean", "total", "overall", "combined", "median", "typical", "number", "count"})
#: "has the most expensive order", "placed the largest order": an adjective, then one (singular) child
_CHILD_EST = re.compile(
    rf"\b{_HAVE[:-1]}(?<!with))\s+the\s+(?:single\s+)?((?:(?:most|least)\s+[a-z]+(?:ive|ous|ful|al|ble|ic|ent|ant|ar))|"
    rf"(?:[a-z]{{2,}}(?:iest|est)))\s+([a-z]+)\b(?:\s+([a-z]+)\b)?"
)
#: words ending in -est that are not superlatives
_NOT_EST = frozenset(
    _split(
        "interest request guest contest harvest forest digest manifest protest conquest inquest bequest test "
        "west quest chest nest rest pest vest zest arrest suggest invest honest modest earnest"
    )
)
_NOT_CHILD = frozenset(
    _split(
        "total sum number count average mean combined overall amount share percentage ratio rate proportion "
        "median cumulative"
    )
)


#: common record-keeping abbreviations beside the lexicon's, for telling which rows a table holds
_MORE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "rx": ("prescription",),
    "dx": ("diagnosis",),
    "pt": ("patient",),
    "appt": ("appointment",),
    "disp": ("dispense",),
    "presc": ("prescription",),
    "txn": ("transaction",),
    "rsv": ("reservation",),
    "resv": ("reservation",),
    "shpmt": ("shipment",),
    "inv": ("invoice",),
    "pymt": ("payment",),
    "pmt": ("payment",),
}
#: the main word of a column that is a label, never a quantity: "how many phase 3 studies" counts rows
_LABEL_HEADS = frozenset(_split("level lvl phase type code cd tier grade class category stage kind status rank"))
#: the main word of a column that numbers a thing (``Phase_Nbr``, ``room_no``): a label when the question
#: follows the word with a value ("phase 3")
_NUMBER_HEADS = frozenset({"nbr", "no", "num", "number", "nr"})
#: words of a column name that only say its type or that it is a field (Hungarian and t_/fld_ prefixes)
_NOISE = frozenset(_split("fld tbl str int cur dbl dtm dt txt lng sng col bln byt flt dec f t c master txn lkp"))
#: words of a text or integer column that hold a time although the catalog does not type it as a date
_TIME_NAME_WORDS = frozenset(_split("epoch unix timestamp ts tstamp datetime time when"))
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: words before "each" that tie the noun to its attribute ("authors *of each* country"): not a noun listed
_OF_EACH = frozenset(_split("of in from at for with within across"))
#: words before "by" that ask for groups although they end in -ed ("grouped by", "broken down by")
_GROUPING_VERBS = frozenset(_split("grouped categorized categorised classified segmented aggregated bucketed"))
#: irregular past forms: a verb that ends the noun phrase of a ratio ("percentage of students *paid* a fee")
_IRREGULAR_PAST = frozenset(
    _split(
        "paid made sold bought taken took given gave won lost held built sent spent kept left met ran seen saw "
        "done did went gone got had wrote written led flew flown drove driven chose chosen grew grown hit put "
        "set rode ridden rose sat stood taught told thought wore"
    )
)
#: words of a lookup table's columns that say only that they name or code a row
_LABEL_WORDS = frozenset(_split("name nm title label desc description code cd id"))
_EACH = frozenset({"each", "every", "per"})
#: words that say a column is a measure, shared by the columns of one measure (``Amount_Billed``, ``Amount_Refunded``)
_MEASURE_WORDS = frozenset(
    _split("total sum amount amt value val qty quantity count cnt number num nbr units unit net gross avg average")
)
#: words that start a question asking for a listing of rows
_LIST_VERBS = frozenset(_split("list show name find give display get"))
#: the main word of a column that counts things (``pax_cnt``, ``KegCount``): its sum is a number of them
_COUNT_HEADS = frozenset({"cnt", "count", "num", "number", "nbr", "no"})


# ---------------------------------------------------------------------------------------------- words
@lru_cache(maxsize=8192)
def _qforms(word: str) -> frozenset[str]:
    """A question word's forms, with the schema words its synonyms stand for."""
    out = set(forms(word))
    for key in (word, singular(word)):
        for syn in SYNONYMS.get(key, ()):
            out |= forms(syn)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _sforms(word: str) -> frozenset[str]:
    """A schema word's forms, with what its abbreviation spells out (``qty`` -> quantity)."""
    out = set(forms(word))
    for full in ABBREVIATIONS.get(word, ()) + _MORE_ABBREVIATIONS.get(word, ()):
        out |= forms(full)
    return frozenset(out)


def _match(qword: str, swords: Iterable[str]) -> bool:
    q = _qforms(qword)
    qs = stem(qword)
    for s in swords:
        if q & _sforms(s):
            return True
        if len(qs) >= 4 and len(s) >= 4 and stem(s) == qs:
            return True
    return False


def _loose(qword: str, swords: Iterable[str]) -> bool:
    """Also a schema abbreviation of the word: one that starts it (``disp`` for dispensed, ``amen`` for
    amenity) or, when the lexicon does not spell it out, its consonants in order (``rsv``, ``htl``, ``gst``)."""
    for s in swords:
        if _match(qword, (s,)):
            return True
        if len(s) >= 3 and s not in _DATE_GENERIC and qword.startswith(s):
            return True
        if s not in ABBREVIATIONS and abbreviation_like(s) and abbreviates(s, qword):
            return True
    return False


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in split_identifier(name)) or (name.lower(),)


@dataclass
class _Vocab:
    """Every form of every table and column word of one schema: is a question word about the schema?"""

    forms: frozenset[str]
    stems: frozenset[str]
    words: frozenset[str]
    seen: dict[str, bool] = field(default_factory=dict)
    ups: dict[str, frozenset[str]] = field(default_factory=dict)  # table -> the tables its keys lead up to


_VOCABS: weakref.WeakKeyDictionary[SchemaIndex, _Vocab] = weakref.WeakKeyDictionary()


def _vocab(schema: SchemaIndex) -> _Vocab:
    got = _VOCABS.get(schema)
    if got is None:
        fs: set[str] = set()
        st: set[str] = set()
        raw: set[str] = set()
        for meta in schema.tables.values():
            ws = list(meta.words)
            for c in meta.columns:
                ws.extend(c.words)
            for w in ws:
                raw.add(w)
                fs |= _sforms(w)
                if len(w) >= 4:
                    st.add(stem(w))
        got = _Vocab(frozenset(fs), frozenset(st), frozenset(raw))
        _VOCABS[schema] = got
    return got


# ---------------------------------------------------------------------------------------------- SQL shape
@dataclass(frozen=True)
class _Ref:
    """A column of the outer query, resolved to its table (lower-case) where the FROM clause says."""

    table: str | None
    alias: str | None
    column: str


@dataclass
class _Agg:
    func: str  # SUM | COUNT | AVG | MIN | MAX | ...
    refs: list[_Ref]
    star: bool
    distinct: bool
    node: exp.Expression


@dataclass
class _Shape:
    tables: dict[str, str] = field(default_factory=dict)  # alias or name (lower) -> table (lower)
    base: str | None = None
    base_alias: str | None = None  # the name the first table of FROM goes by (a second copy of it has another)
    group: list[_Ref] = field(default_factory=list)
    grouped: bool = False
    select_plain: list[_Ref] = field(default_factory=list)  # select columns outside aggregates
    select_aggs: list[_Agg] = field(default_factory=list)
    order_aggs: list[_Agg] = field(default_factory=list)
    having_aggs: list[_Agg] = field(default_factory=list)
    order_plain: list[_Ref] = field(default_factory=list)
    where: list[exp.Expression] = field(default_factory=list)  # top-level AND conjuncts
    all_refs: list[_Ref] = field(default_factory=list)
    joins: list[tuple[_Ref, _Ref]] = field(default_factory=list)  # the column equalities of the JOIN ... ON clauses

    @property
    def aggs(self) -> list[_Agg]:
        return self.select_aggs + self.order_aggs + self.having_aggs


def _same(a: _Ref, b: _Ref) -> bool:
    """Two references name one column of one table."""
    return a.table == b.table and a.column.lower() == b.column.lower()


def _conjuncts(node: exp.Expression | None) -> list[exp.Expression]:
    from sqlglot import exp

    if node is None:
        return []
    while isinstance(node, exp.Paren):
        node = node.this
    if node is None:
        return []
    if isinstance(node, exp.And):
        return _conjuncts(node.args.get("this")) + _conjuncts(node.args.get("expression"))
    return [node]


class _Reader:
    """The outer SELECT of the translated SQL as plain facts."""

    def __init__(self, tree: exp.Select) -> None:
        from sqlglot import exp

        self.exp = exp
        self.shape = _Shape()
        sources: list[exp.Expression] = []
        frm = tree.args.get("from_") or tree.args.get("from")
        if frm is not None:
            sources.append(frm.this)
        for j in tree.args.get("joins") or []:
            sources.append(j.this)
        ons = [j.args.get("on") for j in tree.args.get("joins") or []]
        for s in sources:
            if isinstance(s, exp.Table):
                name = s.name.lower()
                self.shape.tables[(s.alias or s.name).lower()] = name
                if self.shape.base is None:
                    self.shape.base, self.shape.base_alias = name, (s.alias or s.name).lower()
        self.single = next(iter(self.shape.tables.values())) if len(set(self.shape.tables.values())) == 1 else None
        sh = self.shape
        for e in tree.expressions:
            self._split(e, sh.select_plain, sh.select_aggs)
        group = tree.args.get("group")
        if group is not None:
            sh.grouped = True
            for g in group.expressions:
                sh.group.extend(self.refs(g))
        having = tree.args.get("having")
        if having is not None:
            self._split(having.this, [], sh.having_aggs)
        order = tree.args.get("order")
        if order is not None:
            for o in order.expressions:
                self._split(o.this, sh.order_plain, sh.order_aggs)
        where = tree.args.get("where")
        if where is not None:
            sh.where = _conjuncts(where.this)
        sh.all_refs = self.refs(tree)
        for on in ons:
            for c in _conjuncts(on):
                if isinstance(c, exp.EQ) and isinstance(c.this, exp.Column) and isinstance(c.expression, exp.Column):
                    sh.joins.append((self.ref(c.this), self.ref(c.expression)))

    def ref(self, col: exp.Column) -> _Ref:
        alias = col.table.lower() if col.table else None
        table = self.shape.tables.get(alias) if alias else self.single
        return _Ref(table, alias, col.name)

    def refs(self, node: exp.Expression) -> list[_Ref]:
        return [self.ref(c) for c in node.find_all(self.exp.Column)]

    def _split(self, node: exp.Expression, plain: list[_Ref], aggs: list[_Agg]) -> None:
        """Columns outside aggregates into ``plain``; each outermost aggregate into ``aggs``."""
        exp = self.exp
        if isinstance(node, exp.AggFunc):
            arg = node.this
            distinct = isinstance(arg, exp.Distinct)
            star = isinstance(arg, exp.Star) or arg is None
            refs = [] if star else self.refs(node)
            aggs.append(_Agg(type(node).__name__.upper(), refs, star, distinct, node))
            return
        if isinstance(node, (exp.Subquery, exp.Exists)):
            return
        if isinstance(node, exp.Column):
            plain.append(self.ref(node))
            return
        for child in node.iter_expressions():
            self._split(child, plain, aggs)


# ---------------------------------------------------------------------------------------------- the check
class _Verifier:
    def __init__(self, question: str, tree: exp.Select, schema: SchemaIndex, values: ValueIndex | None = None) -> None:
        from sqlglot import exp

        self.exp = exp
        self.schema = schema
        self.values = values
        self.text = question
        self.tokens: list[Token] = tokenize(question)
        self.low = [t.low for t in self.tokens]
        self.reader = _Reader(tree)
        self.shape = self.reader.shape
        self.tree = tree
        self.vocab = _vocab(schema)

    # ---------------------------------------------------------------- helpers
    def col_meta(self, ref: _Ref) -> ColumnMeta | None:
        if ref.table is None:
            return None
        meta = self.schema.tables.get(ref.table)
        return meta.column(ref.column) if meta is not None else None

    def col_words(self, ref: _Ref) -> tuple[str, ...]:
        meta = self.col_meta(ref)
        return meta.words if meta is not None else _words(ref.column)

    def table_words(self, table: str | None, alias: str | None = None) -> tuple[str, ...]:
        out: tuple[str, ...] = ()
        if table is not None:
            meta = self.schema.tables.get(table)
            out = meta.words if meta is not None else _words(table)
        if alias and alias != table:
            out = out + _words(alias)
        return out

    def in_schema(self, word: str) -> bool:
        v = self.vocab
        got = v.seen.get(word)
        if got is None:
            got = (
                bool(_qforms(word) & v.forms)
                or (len(word) >= 4 and stem(word) in v.stems)
                or (len(word) >= 3 and _loose(word, v.words))
            )
            v.seen[word] = got
        return got

    def phrase(self, start: int, limit: int = 3) -> tuple[list[str], int]:
        """The noun phrase that starts at token ``start`` (leading "of the" skipped) and where it ends."""
        i = start
        while i < len(self.tokens) and self.tokens[i].is_word and self.low[i] in _LEAD:
            i += 1
        out: list[str] = []
        while i < len(self.tokens) and len(out) < limit:
            t = self.tokens[i]
            if not t.is_word or t.low in _STOP or (out and len(t.low) > 4 and t.low.endswith(("ed", "ing"))):
                break  # "per department *founded* after 2000": a participle starts a clause
            out.append(t.low)
            i += 1
            if self.text[t.end : t.end + 1] in ("'", "\u2019"):
                break  # "each student's exams": the owner ends the phrase
        return out, i

    def head(self, phrase: list[str]) -> str | None:
        """The last word of a phrase that names something in the schema."""
        for w in reversed(phrase):
            if self.in_schema(w):
                return w
        return None

    def is_date(self, ref: _Ref) -> bool:
        meta = self.col_meta(ref)
        return meta is not None and (meta.kind == "date" or meta.is_year)

    def date_refs(self, node: exp.Expression) -> list[_Ref]:
        return [r for r in (self.reader.ref(c) for c in node.find_all(self.exp.Column)) if self.is_date(r)]

    def refuse(self, why: str) -> None:
        raise TranslationError(f"{why}; {REPHRASE}")

    # ---------------------------------------------------------------- checks
    def run(self) -> None:
        self.check_groups()
        self.check_count_is_not_sum()
        self.check_sum_is_not_count()
        self.check_count_of_one()
        self.check_link_keys_shown()
        self.check_own_key_through_a_child()
        self.check_null_tests()
        self.check_count_subject()
        self.check_distinct_subject()
        self.check_single_value()
        self.check_total_is_aggregated()
        self.check_aggregate_words()
        self.check_child_superlative()
        self.check_time_owner()
        self.check_ratio_scope()
        self.check_answer_table()
        self.check_shared_measure()
        self.check_group_extra()
        self.check_stray_join()
        self.check_ratio_table()
        self.check_group_owner()
        self.check_fan_out()
        self.check_count_of_kinds()

    def check_groups(self) -> None:
        """The groups: "each / per / every <noun>" (and a grouping "by <noun>") must be a column of the GROUP BY; "for
        each <noun>" beside an aggregate needs a GROUP BY at all (one total for all the concerts answers no "ticket
        revenue for each concert")."""
        sh = self.shape
        if not sh.grouped:
            if sh.select_aggs and not self.tree.find(self.exp.Subquery):
                for i, t in enumerate(self.tokens[1:], 1):
                    if t.low in ("each", "every") and self.low[i - 1] in ("for", "in", "of"):
                        phrase, _ = self.phrase(i + 1)
                        if phrase and not any(w in _TIME_UNITS for w in phrase):
                            self.refuse(f"{self.low[i - 1]} {t.text} {' '.join(phrase)!r} asks for groups, but the "
                                        "query makes one total")  # fmt: skip
            return
        universal = bool(self.shape.having_aggs) and not self.shape.select_aggs
        for i, t in enumerate(self.tokens):
            if t.low not in ("each", "per", "every", "by"):
                continue
            if universal and t.low == "every" and i > 0 and self.low[i - 1] in ("at", "in", "across", "on", "for"):
                continue  # "items out of stock at every site": a condition on all of them (HAVING), not groups
            phrase, end = self.phrase(i + 1)
            kind_of: list[str] = []  # "each kind of work": the work, or the kind ("each type of instrument")
            if phrase and singular(phrase[-1]) in CLASSIFIER_WORDS and end < len(self.low) and self.low[end] == "of":
                j = end + 1
                while j < len(self.low) and self.low[j] in ("the", "a", "an"):
                    j += 1
                kind_of = [self.low[j]] if j < len(self.low) and self.tokens[j].is_word else []
            said = " ".join(phrase)
            if phrase and any(w in _TIME_UNITS for w in phrase):
                phrase = [w for w in phrase if w not in _TIME_UNITS]  # "per start year": the start date
                if not phrase or not any(self.is_date(r) or r.table is None for r in sh.group):
                    continue
            if not phrase:
                continue
            if t.low == "by" and ((i > 0 and self.low[i - 1] in _NOT_GROUP_BY) or phrase[0] in _SORT_WORDS):
                continue
            if t.low == "by" and i > 0 and self.low[i - 1] not in _GROUPING_VERBS and self.past(self.low[i - 1]):
                continue  # "logged by employees": the agent, not the groups
            head = self.head(phrase)
            if head is None:
                continue
            if self.groups_by(head) or any(self.groups_by(w) for w in kind_of[-1:] if self.in_schema(w)):
                continue
            if t.low in ("by", "per") and self.measures(head, rate=t.low == "per"):
                continue  # "top 3 fields by yield", "capacity per hour": a sort key or a unit
            shown = ", ".join(sorted({f"{r.table or r.alias}.{r.column}" for r in sh.group})) or "an expression"
            self.refuse(f"{t.text} {said!r} names the groups, but the query groups by {shown}")

    def groups_by(self, word: str) -> bool:
        """Is ``word`` a column of the groups, or a table grouped by its own key or name?"""
        sh = self.shape
        for r in sh.group + sh.select_plain:
            if _loose(word, self.col_words(r)):
                return True
            meta = self.col_meta(r)
            if meta is not None and meta.ref_table and _loose(word, self.table_words(meta.ref_table)):
                return True
            if self.identifies(r) and _loose(word, self.table_words(r.table, r.alias)):
                return True  # "per department": the department's key or name
        return False

    def identifies(self, ref: _Ref) -> bool:
        """A key or display column: grouping by it groups by the row itself, not by one of its attributes."""
        meta = self.col_meta(ref)
        if meta is None or ref.table is None:
            return True
        table = self.schema.tables[ref.table]
        return meta.is_key or meta.name in table.display or meta.name in table.pk

    def measures(self, word: str, rate: bool = False) -> bool:
        """Is ``word`` the measure (a sort key), or with ``rate`` the rows it is averaged over ("goals per match")?"""
        refs = [r for a in self.shape.aggs for r in a.refs] + self.shape.order_plain
        if any(_match(word, self.col_words(r)) for r in refs):
            return True
        return rate and any(_loose(word, self.table_words(r.table, r.alias)) for r in refs)

    def check_count_is_not_sum(self) -> None:
        """A count: "how many <things>" sums a column only when that column counts those things."""
        if any(w in _SUM_WORDS for w in self.low):
            return
        sums = [a for a in self.shape.select_aggs + self.shape.order_aggs if a.func == "SUM" and a.refs]
        if not sums:
            return
        for i in range(len(self.tokens) - 1):
            if (self.low[i], self.low[i + 1]) not in (("how", "many"), ("number", "of")):
                continue
            phrase, _ = self.phrase(i + 2)
            for a in sums:
                label = self.label_column(a, [m for m in (self.col_meta(r) for r in a.refs) if m is not None])
                if label is not None:
                    self.refuse(
                        f"{self.tokens[i].text} {self.low[i + 1]} {' '.join(phrase)!r} asks for a count of rows, "
                        f"but the query sums {label}, a label"
                    )
            words = [w for w in phrase if self.in_schema(w)]
            if not words:
                continue
            compared = {(r.table, r.column.lower()) for c in self.shape.where for r in self.reader.refs(c)}
            for a in sums:
                metas = [m for m in (self.col_meta(r) for r in a.refs) if m is not None]
                if any(_match(w, (m.head,)) for m in metas for w in words):
                    continue  # "how many hours": a sum of hours
                own = any(_match(w, self.table_words(r.table, r.alias)) for r in a.refs for w in words)
                if any(_match(w, self.col_words(r)) for r in a.refs for w in words) and (
                    not own or any(m.head in _COUNT_HEADS and m.head != m.words[0] for m in metas)
                ):
                    continue  # "how many passengers": pax_cnt counts them
                filtered = any((r.table, r.column.lower()) in compared for r in a.refs)
                if own or filtered:
                    col = ", ".join(f"{r.table or r.alias}.{r.column}" for r in a.refs)
                    self.refuse(
                        f"{self.tokens[i].text} {self.low[i + 1]} {' '.join(phrase)!r} asks for a count "
                        f"of rows, but the query sums {col}"
                    )

    def label_column(self, agg: _Agg, metas: list[ColumnMeta]) -> str | None:
        """A summed column that labels rows rather than measures them: fixed by an equality in WHERE
        (SUM(phase) WHERE phase = 3), named as a label (``type_cd``, ``level``), or a number that the
        question follows with a value ("phase 3" for ``Phase_Nbr``)."""
        exp = self.exp
        fixed = {
            (r.table, r.column.lower())
            for c in self.shape.where
            if isinstance(c, exp.EQ) and (isinstance(c.expression, exp.Literal) or isinstance(c.this, exp.Literal))
            for r in self.reader.refs(c)
        }
        for r in agg.refs:
            m = self.col_meta(r)
            if m is None:
                continue
            if (r.table, r.column.lower()) in fixed:
                return f"{r.table}.{r.column}"
            if m.head in _LABEL_HEADS:
                return f"{r.table}.{r.column}"
            if m.head in _NUMBER_HEADS:
                said = [w for w in m.words if w not in _NUMBER_HEADS and w not in _NOISE]
                for j, t in enumerate(self.tokens[:-1]):
                    nxt = self.tokens[j + 1]
                    if t.is_word and nxt.kind == "number" and said and _match(t.low, said[-1:]):
                        return f"{r.table}.{r.column}"
        return None

    def check_sum_is_not_count(self) -> None:
        """A quantity: "how much honey" sums something, never counts rows or values; "the most honey in
        total" ranks by a sum unless the counted rows are named ("the most orders in total")."""
        sh = self.shape
        if not sh.aggs or any(a.func != "COUNT" for a in sh.aggs):
            return
        pairs = set(zip(self.low, self.low[1:], strict=False))
        if pairs & {("how", "many"), ("number", "of")} or any(w in _COUNT_WORDS for w in self.low):
            return
        if ("how", "much") in pairs:
            self.refuse("'how much' asks for a sum of a quantity, but the query counts rows")
        if ("in", "total") not in pairs:
            return
        counted = {sh.base} | {r.table for a in sh.aggs for r in a.refs}
        words = self.low  # the counted rows named anywhere, or after "the most" when the question ranks
        for i, w in enumerate(self.low):
            if w in ("most", "fewest", "least"):
                words, _ = self.phrase(i + 1)
                break
        if not any(_loose(w, self.table_words(t)) for t in counted if t is not None for w in words):
            self.refuse(f"'in total' asks for a sum, but the query counts the rows of {sh.base}")

    def check_count_of_one(self) -> None:
        """A count per row of the counted table itself ("number of entries per race" over races alone) is 1 in
        every row: the question counted something else."""
        sh = self.shape
        if not sh.grouped or sh.base is None or sh.base not in self.schema.tables:
            return
        # (lookups it points to, a status's label, add no rows: still one per row of the counted table)
        if any(t != sh.base and not self._points_to(sh.base, t) for t in set(sh.tables.values())):
            return
        if any(r.table != sh.base or (r.alias is not None and r.alias != sh.base_alias) for r in sh.group):
            return  # (a group of another table's value, or of a second copy of it, is another check's to judge)
        if not any(a.func == "COUNT" for a in sh.aggs):
            return
        pk = {p.lower() for p in self.schema.tables[sh.base].pk}
        if len(pk) == 1 and any(r.table == sh.base and r.column.lower() in pk for r in sh.group):
            self.refuse(f"counting the rows of {sh.base} per {sh.base} gives 1 each: what is counted is not clear")

    def _points_to(self, child: str, table: str) -> bool:
        """``table`` is reached from ``child`` by foreign keys only upwards (many rows to one): a join adds no rows."""
        cur = child
        path = self.schema.path(child, table)
        if not path:
            return False
        for edge in path:
            if edge.child != cur:
                return False
            cur = edge.parent
        return True

    def check_link_keys_shown(self) -> None:
        """A listing of a link table's rows by their keys ("the crew of Tempest" as yacht and sailor ids):
        the question asked for the rows the keys point to, which the query does not read."""
        sh = self.shape
        if sh.aggs or sh.grouped or not sh.select_plain:
            return
        if any(w in ("id", "ids", "key", "keys") for w in self.low):
            return
        metas = [(r, self.col_meta(r)) for r in sh.select_plain]
        tables = {r.table for r, _m in metas}
        if len(tables) != 1 or None in tables:
            return
        table = self.schema.tables.get(next(iter(tables)) or "")
        if table is None:
            return
        fks = [m for _r, m in metas if m is not None and m.kind == "fk"]
        link = len(table.pk) >= 2 and table.display == list(table.pk) and len(fks) >= 2
        # "what are the prerequisites for Machine Learning" answered with prerequisite_id alone: keys only
        keys = [m for _r, m in metas if m is not None and m.kind in ("pk", "fk")]
        if link or (fks and len(keys) == len(metas) and not any(w in ("number", "numbers") for w in self.low)):
            self.refuse(f"the answer would show {table.name}'s keys ({', '.join(m.name for m in fks)}), not the rows "
                        "they point to")  # fmt: skip

    def check_null_tests(self) -> None:
        """A test for empty that no row can pass: a column that is never empty ("stops not on any line" read as
        line_stops.line_id IS NULL), or one also tested set ("still in the workshop, not yet returned": out_date IS
        NULL beside a NOT NULL read from another word).  The answer would always be empty or 0."""
        from sqlglot import exp

        def empty_test(node: exp.Expression) -> exp.Column | None:
            is_null = isinstance(node, exp.Is) and isinstance(node.expression, exp.Null)
            return node.this if is_null and isinstance(node.this, exp.Column) else None

        unset: set[str] = set()
        for w in self.shape.where:
            col = empty_test(w)
            if col is None:
                continue
            unset.add(col.sql().lower())
            table = self.shape.tables.get(col.table.lower())
            meta = self.col_meta(_Ref(table, col.table, col.name)) if table else None
            if meta is not None and not meta.nullable:
                self.refuse(f"{col.name} is never empty, so no row has it unset")
        for w in self.shape.where:
            col = empty_test(w.this.unnest()) if isinstance(w, exp.Not) else None
            if col is not None and col.sql().lower() in unset:
                self.refuse(f"{col.sql().lower()} would have to be both empty and set")

    def check_own_key_through_a_child(self) -> None:
        """A listing that shows, from a joined child, the key pointing back to the listed rows ("our nursery sites
        and their island" as fragment.nursery_id beside site.island): the rows' own key, once per child row."""
        sh = self.shape
        if sh.aggs or sh.grouped or sh.base is None or any(w in ("id", "ids", "key", "keys") for w in self.low):
            return
        for r in sh.select_plain:
            m = self.col_meta(r)
            if m is None or m.kind != "fk" or r.table == sh.base or (m.ref_table or "").lower() != sh.base:
                continue
            if any(_same(r, mine) and (other.alias or "").lower() == sh.base_alias
                   for a, b in sh.joins for mine, other in ((a, b), (b, a))):
                self.refuse(f"the answer would show {r.table}.{m.name}, the key of {sh.base} itself, once for each "
                            f"{r.table} row")

    def check_count_subject(self) -> None:
        """The counted rows: "how many <things>" with COUNT(*) counts the rows of the FROM table; when that table
        is only joined to reach the things (no condition or group is on it), it counts them once per child row
        ("how many students enrolled in 2021" counted over their enrollments)."""
        sh = self.shape
        if sh.base is None or not any(a.func == "COUNT" and a.star for a in sh.aggs):
            return
        for i in range(len(self.tokens) - 1):
            if (self.low[i], self.low[i + 1]) not in (("how", "many"), ("number", "of")):
                continue
            phrase, _ = self.phrase(i + 2)
            for w in phrase:
                if _loose(w, self.table_words(sh.base)) or any(
                    _loose(w, self.col_words(_Ref(sh.base, None, c.name)))
                    for c in self.schema.tables[sh.base].columns
                    if sh.base in self.schema.tables and not c.is_key
                ):
                    return  # the FROM table is the things counted (or one of its columns qualifies them)
                joined = [t for a, t in sh.tables.items() if t != sh.base and _match(w, self.table_words(t, a))]
                used = {r.table for c in sh.where for r in self.reader.refs(c)} | {r.table for r in sh.group}
                if joined and used <= {joined[0]}:  # the FROM rows serve no condition: they only repeat the things
                    self.refuse(
                        f"{self.tokens[i].text} {self.low[i + 1]} {w!r} counts {joined[0]}, but the query counts "
                        f"the rows of {sh.base}"
                    )

    def check_distinct_subject(self) -> None:
        """ "how many different boats ...": a COUNT(DISTINCT x) counts the things only when x is their key or
        a key pointing to them, not another column of a joined table (the fish types they harvested)."""
        distinct = [a for a in self.shape.aggs if a.func == "COUNT" and a.distinct and len(a.refs) == 1]
        if not distinct:
            return
        for i in range(len(self.tokens) - 1):
            if (self.low[i], self.low[i + 1]) not in (("how", "many"), ("number", "of")):
                continue
            phrase, _ = self.phrase(i + 2)
            named = [t for t in self.schema.tables if any(_match(w, self.table_words(t)) for w in phrase)]
            if not named:
                continue
            for a in distinct:
                ref = a.refs[0]
                meta = self.col_meta(ref)
                if meta is None or ref.table in named or (meta.ref_table or "") in named:
                    continue
                self.refuse(f"{self.tokens[i].text} {self.low[i + 1]} {' '.join(phrase)!r} counts {named[0]}, but the "
                            f"query counts the different values of {ref.table}.{ref.column}")  # fmt: skip

    def check_single_value(self) -> None:
        """One number: "how many ..." with no word of grouping (each, per, by ...) is not answered per group."""
        sh = self.shape
        if not sh.grouped or not any(self.low[i : i + 2] in (["how", "many"], ["how", "much"]) for i in range(3)):
            return
        if any(w in _GROUP_CUES and not self._agent_by(i) for i, w in enumerate(self.low)):
            return
        if sum(self.low[i : i + 2] in (["how", "many"], ["how", "much"]) for i in range(len(self.low))) > 1:
            return  # "how many were booked online and how many in person": one number for each
        shown = ", ".join(sorted({f"{r.table or r.alias}.{r.column}" for r in sh.group})) or "an expression"
        self.refuse(
            f"'how {self.low[self.low.index('how') + 1]}' asks for one number, but the query answers one "
            f"row per {shown}"
        )

    def _agent_by(self, i: int) -> bool:
        """ "bids placed *by* VIP bidders": "by" after a past participle names who did it, not a grouping."""
        if self.low[i] != "by" or i == 0:
            return False
        prev = self.low[i - 1]
        return past_participle(prev)

    def check_total_is_aggregated(self) -> None:
        """A total: "total" / "sum" and "how much have we ..." ask for an aggregate; a query without one lists rows
        instead."""
        so_far = self.low[:2] == ["how", "much"] and (self.low[2:3] in (["have"], ["has"], ["had"]) or
                                                      self.low[2:4] == ["did", "we"])  # fmt: skip
        if not any(w in ("total", "sum", "altogether") for w in self.low) and not so_far:
            return  # ("how much have we refunded this year": money added up over the rows)
        if self.shape.aggs or self.tree.find(self.exp.AggFunc) is not None:
            return
        if self.tree.find(self.exp.Add) is not None:
            return  # "take less than 30 minutes in total": a sum within each row
        for r in self.shape.all_refs:
            words = self.col_words(r)
            if "subtotal" in words or _match("total", words) or _match("sum", words):
                return  # "the total of each order": a column called total (TOT_AMT)
        said = "'how much'" if so_far else "'total'"
        self.refuse(f"{said} asks for a sum, but the query lists rows without adding them up")

    def check_aggregate_words(self) -> None:
        """An aggregate word: "total <measure>" sums it and "average <measure>" averages it, somewhere in the query."""
        want = {"total": "SUM", "sum": "SUM", "average": "AVG", "avg": "AVG", "mean": "AVG"}
        funcs = {type(n).__name__.upper() for n in self.tree.find_all(self.exp.AggFunc)}
        tables = [self.schema.tables[t] for t in sorted(set(self.shape.tables.values())) if t in self.schema.tables]
        for i, t in enumerate(self.tokens):
            func = want.get(t.low)
            if func is None or func in funcs or (i > 0 and self.low[i - 1] == "in"):
                continue  # "in total": the whole answer, not a sum
            phrase, _ = self.phrase(i + 1, limit=2)
            if not phrase or phrase[0] in ("number", "count", "amount", "no", "nr"):
                continue  # "total number of orders": a count
            if any(_loose(w, meta.words) for w in phrase for meta in tables):
                continue  # "total orders": the rows of a table, counted
            measured = [
                (meta.name, c)
                for meta in tables
                for c in meta.columns
                if c.kind == "number" and any(_match(w, c.words) for w in phrase)
            ]
            if measured and not any(_match(t.low, c.words) for _, c in measured):  # not "total_price" itself
                name, col = measured[0]
                self.refuse(
                    f"{t.text} {' '.join(phrase)!r} asks for the {func} of {name}.{col.name}, which the query "
                    "does not compute"
                )

    def check_child_superlative(self) -> None:
        """One child row: "which <parent> has the <child> with the highest <measure>" is not a sum per group."""
        bad = [a for a in self.shape.order_aggs if a.func not in ("MAX", "MIN")]
        if not bad:
            return
        text = " ".join(self.low)
        found: list[tuple[str, str]] = []
        for m in _CHILD_WITH.finditer(text):
            words = m.group(1).split()
            # "the highest total": a sum is asked, unless "total" is a word of the measured column (TOT_AMT)
            measured = [self.col_words(r) for a in bad for r in a.refs]
            after = {w for w in text[m.end() :].split()[:5] if not any(_match(w, c) for c in measured)}
            if not any(w in _NOT_CHILD for w in words) and not after & _SUM_WORDS:
                found.append((words[-1], m.group(0)))
        for m in _CHILD_EST.finditer(text):
            adj = m.group(1).split()[-1]
            # "the biggest particle", or past one word of its kind: "the biggest film particle"
            past = m.group(3) if m.group(3) and m.group(2) not in _SUM_WORDS | _AGG_NOUNS else None
            for noun in [m.group(2), *([past] if past else [])]:
                if adj in _NOT_EST or adj in _NOT_CHILD or noun in _NOT_CHILD or singular(noun) != noun:
                    continue
                found.append((noun, m.group(0)))
        grouped = {r.table for r in self.shape.group if r.table}
        children = [
            t for a, t in self.shape.tables.items() if t not in grouped and a not in {r.alias for r in self.shape.group}
        ]
        for noun, said in found:
            if any(_loose(noun, self.table_words(t)) for t in children) and not any(
                _loose(noun, self.table_words(t)[-1:]) for t in grouped
            ):
                self.refuse(
                    f"{said!r} asks for the single {noun} that ranks first, but the query ranks each group "
                    f"by {bad[0].func}"
                )

    def counted_tables(self) -> set[str]:
        out: set[str] = set()
        for a in self.shape.aggs:
            if a.star:
                if self.shape.base:
                    out.add(self.shape.base)
            else:
                out.update(r.table for r in a.refs if r.table)
        return out

    def names_column(self, meta: ColumnMeta) -> bool:
        """Does a content word of the question name this (date) column by its own words?"""
        own = [w for w in meta.words if w not in _DATE_GENERIC]
        if not own:
            return False
        for w in self.low:
            if w in FUNCTION_WORDS:
                continue
            said = (w, *_DATE_VERBS.get(w, ()))
            if any(_match(x, own) for x in said) or any(
                len(o) >= 4 and w.startswith(o[:4]) and o.startswith(w[:4]) for o in own
            ):
                return True
        return False

    def check_time_owner(self) -> None:
        """A time phrase with a count, a sum or a ranking dates the counted rows, not the group's own row nor a
        row they are joined to ("quantity sold at Bergen machines in 2025" is not the machines' install date)."""
        sh = self.shape
        if not sh.aggs:
            return
        counted = self.counted_tables()
        if not counted:
            return
        grouped = {r.table for r in sh.group if r.table}
        for cond in sh.where:
            for r in self.date_refs(cond):
                if r.table in counted or (sh.grouped and r.table not in grouped):
                    continue
                meta = self.col_meta(r)
                if meta is not None and self.names_column(meta):
                    continue
                if meta is not None and "deleted" in meta.words and isinstance(cond, self.exp.Is):
                    continue  # a soft delete's date tested unset (planner.live_rows) is no time phrase
                own = self.own_dates(counted, grouped)
                if not own:
                    continue  # the counted rows have no date: "recipes by ingredients in 2024" dates the recipe
                if not sh.grouped:
                    own = [d for d in own if d.split(".")[0] in counted] or own  # their own date, else a parent's
                    if f"{r.table}.{r.column}".lower() in {d.lower() for d in own}:
                        continue  # "goals scored in 2024": the match's date is the goals' date
                self.refuse(
                    f"the time in the question is said of the counted {'/'.join(sorted(counted))} rows "
                    f"({', '.join(own[:2])}), but the query filters {r.table}.{r.column}"
                )

    def own_dates(self, counted: set[str], grouped: set[str]) -> list[str]:
        """The event dates of the counted rows: their own, or of a parent row other than the groups'."""
        out: list[str] = []
        for t in sorted(counted):
            tables = [t] + [e.parent for e in self.schema.edges_of(t) if e.child == t and e.parent not in grouped]
            for name in tables:
                meta = self.schema.tables.get(name)
                for c in meta.columns if meta is not None else []:
                    if (c.kind == "date" or c.is_year) and not SECONDARY_DATE_WORDS.intersection(c.words):
                        out.append(f"{name}.{c.name}")
            meta = self.schema.tables.get(t)
            out.extend(f"{t}.{c.name}" for c in (meta.columns if meta is not None else []) if self.date_like(c))
        return out

    def date_like(self, col: ColumnMeta) -> bool:
        """A text or integer column that holds a time the catalog does not type as one: its sampled values are
        ISO dates or epoch seconds, or its name is a time word (``epoch``, ``ts``) or an event's past participle
        (``Call_Received``, ``Logged``, ``strReleased``) with no word of a quantity or an amount."""
        if col.kind not in ("text", "number", "other") or col.is_year or SECONDARY_DATE_WORDS.intersection(col.words):
            return False
        sampled = self.values.column_values(col.table, col.name) if self.values is not None else []
        if sampled:
            return all(_ISO_DATE.fullmatch(v.strip()) for v in sampled) or all(
                v.isdigit() and 100_000_000 <= int(v) <= 4_200_000_000 for v in sampled
            )
        words = [w for w in col.words if w not in _NOISE]
        if not words or col.money or any(w in _GENERIC_MEASURE or w in _COUNT_HEADS for w in words):
            return False
        if _TIME_NAME_WORDS.intersection(words):
            return True
        last = words[-1]
        # (breed, speed, seed: nouns, not participles)
        return len(last) > 4 and last.endswith("ed") and not last.endswith("eed") and (col.kind != "number" or
                                                                                       len(words) == 1)

    def check_ratio_scope(self) -> None:
        """What scopes a ratio's population belongs in WHERE, not only in the numerator's CASE."""
        cue = next((i for i, w in enumerate(self.low) if w in _RATIO_WORDS), None)
        if cue is None:
            return
        cases = [c for a in self.shape.select_aggs for c in a.node.find_all(self.exp.Case)]
        if not cases:
            return
        where = {c.sql() for c in self.shape.where}
        # the population: after "of", up to the verb ("of appointments scheduled in 2024 | were cancelled")
        start = cue + 1
        if start < len(self.low) and self.low[start] == "of":
            start += 1
        verb = next((i for i in range(start, len(self.low)) if self.low[i] in _AUX), None)
        for case in cases:
            for cond in case.args.get("ifs") or []:
                parts = _conjuncts(cond.this)
                dated = [p for p in parts if self.date_refs(p)]
                for p in dated if len(dated) < len(parts) else []:
                    if p.sql() in where:  # a time beside another condition: it scopes the population, either way
                        continue
                    col = ", ".join(sorted({f"{r.table}.{r.column}" for r in self.date_refs(p)}))
                    self.refuse(
                        f"the time in the question scopes every row of the {self.low[cue]} ({col}), but the "
                        "query applies it to the numerator only"
                    )
                if verb is None:
                    continue
                population = " ".join(self.low[start:verb])
                outcome = " ".join(self.low[verb:])
                for p in parts:
                    if p in dated or p.sql() in where:
                        continue
                    for lit in p.find_all(self.exp.Literal):
                        if not lit.is_string:
                            continue
                        val = " ".join(re.findall(r"[a-z0-9]+", lit.this.lower()))
                        if (
                            len(val) >= 2
                            and re.search(rf"\b{re.escape(val)}\b", population)
                            and not re.search(rf"\b{re.escape(val)}\b", outcome)
                        ):
                            self.refuse(
                                f"{lit.this!r} scopes every row of the ratio, but the query applies it to "
                                "the numerator only"
                            )

    def check_answer_table(self) -> None:
        """The answer: "which / list <things>" shows those things, not only the name of a table they point to, nor
        the name of a table that holds the things only inside a subquery ("which musicians ..." answered with the
        sections that have such musicians)."""
        sh = self.shape
        if not sh.select_plain:
            return
        first = next((i for i, t in enumerate(self.tokens) if t.is_word), None)
        if first is None:
            return
        i = first
        if self.low[i] in ("list", "show", "name", "find", "give", "display", "get"):
            i += 1
            if i < len(self.low) and self.low[i] in ("me", "us"):
                i += 1
            while i < len(self.low) and self.low[i] in ("all", "the", "every", "each", "any"):
                i += 1
        elif self.low[i] in ("which", "what"):
            i += 1
            if (
                i < len(self.low)
                and self.low[i] in ("are", "were")
                and i + 1 < len(self.low)
                and self.low[i + 1] == "the"
            ):
                i += 2
        else:
            return
        phrase, _ = self.phrase(i, limit=2)
        head = self.head(phrase)
        if head is None:
            return
        shown_tables = {r.table for r in sh.select_plain}
        if any(
            _match(head, self.col_words(r)) or _match(head, self.table_words(r.table, r.alias)) for r in sh.select_plain
        ):
            return
        cols = ", ".join(sorted({f"{r.table or r.alias}.{r.column}" for r in sh.select_plain}))
        for alias, table in sh.tables.items() if not sh.grouped and not sh.aggs else ():
            if table in shown_tables:
                continue
            if _match(head, self.table_words(table, alias)):
                self.refuse(f"{head!r} asks for {table} rows, but the answer lists {cols}")
        outer = set(sh.tables.values()) if not sh.grouped and not sh.aggs else set()
        for node in self.tree.find_all(self.exp.Table):
            meta = self.schema.tables.get(node.name.lower())
            if meta is None or meta.name in outer or meta.name in shown_tables or not meta.named:
                continue
            if _loose(head, self.noun_words(meta)[-1:]):
                self.refuse(f"{head!r} asks for {meta.name} rows, but the answer lists {cols}")

    def check_shared_measure(self) -> None:
        """An aggregated measure that other columns also hold (the same name, the same main word, or the same
        measure word): the question must not name only another of them ("dispensed" quantity read from the
        prescriptions, "amount refunded" read from the amount, "dose received" read from the dose).  The others
        are looked for in the tables of the query and one foreign key away from them."""
        tables = set(self.shape.tables.values())
        near = set(tables)
        for t in tables:
            near.update(e.other(t) for e in self.schema.edges_of(t))
        others = [self.schema.tables[n] for n in sorted(near) if n in self.schema.tables]
        content = [(j, w) for j, w in enumerate(self.low) if w not in FUNCTION_WORDS and w.isalpha()]
        for a in self.shape.aggs:
            if a.func not in ("SUM", "AVG", "MIN", "MAX"):
                continue
            for r in a.refs:
                meta = self.col_meta(r)
                if r.table is None or meta is None or meta.kind != "number":
                    continue
                for other in others:
                    for c in other.columns:
                        if c is not meta and c.kind == "number":
                            self.compare_measures(r, meta, other, c, tables, content)

    def compare_measures(
        self,
        r: _Ref,
        meta: ColumnMeta,
        other: TableMeta,
        c: ColumnMeta,
        tables: set[str],
        content: list[tuple[int, str]],
    ) -> None:
        """Refuse when the question names what tells ``c`` from the aggregated ``meta``, and nothing of its own."""
        mine_all = [w for w in meta.words if w not in _NOISE]
        shared = [w for w in mine_all if any(_sforms(w) & _sforms(x) for x in c.words)]
        same = c.name.lower() == meta.name.lower()
        if not same and not (
            meta.head in shared
            or any(_sforms(w) & _sforms(c.head) for w in shared)
            or any(w in _MEASURE_WORDS for w in shared)
        ):
            return
        mine = [w for w in mine_all if w not in shared and w not in _GENERIC_MEASURE and len(w) >= 3]
        if other.name != r.table:
            mine += list(self.table_words(r.table, r.alias))
        theirs = [
            w
            for w in c.words
            if w not in _NOISE
            and w not in _GENERIC_MEASURE
            and len(w) >= 3
            and not any(_sforms(w) & _sforms(x) for x in meta.words)
        ]
        away = other.name not in tables
        if away:
            theirs += list(self.noun_words(other))
        hits = [(j, w) for j, w in content if _loose(w, theirs)] if theirs else []
        if not hits or any(_loose(w, mine) for _, w in content):
            return
        said = [j for j, w in content if any(_match(w, (x,)) for x in shared)]
        for j, w in hits:
            if away or not said or any(abs(j - k) <= 2 for k in said):  # "amount refunded", "dispensed quantity"
                self.refuse(f"{w!r} points to {other.name}.{c.name}, but the query reads {r.table}.{r.column}")

    # ---------------------------------------------------------------- groups finer than asked, stray joins
    def group_cues(self, unknown: bool = False) -> list[tuple[int, list[str], str]]:
        """Each grouping cue of the question: (its token index, its noun phrase, the phrase's schema head).  With
        ``unknown``, a cue whose noun names nothing the check recognises ("per room" for ``RM``) gives an empty head."""
        out: list[tuple[int, list[str], str]] = []
        for i, t in enumerate(self.tokens):
            if t.low not in ("each", "per", "every", "by"):
                continue
            phrase = [w for w in self.phrase(i + 1)[0] if w not in _TIME_UNITS]
            if not phrase:
                continue
            if t.low == "by" and i > 0 and self.low[i - 1] not in _GROUPING_VERBS and self.past(self.low[i - 1]):
                continue  # "logged by employees": the agent, not the groups
            if t.low == "by" and ((i > 0 and self.low[i - 1] in _NOT_GROUP_BY) or phrase[0] in _SORT_WORDS):
                continue
            end = self.phrase(i + 1)[1]
            after = self.low[end : end + 2]
            if (
                t.low == "by"
                and after
                and (after[0] in _EACH or (after[0] in _OF_EACH and after[1:] in (["each"], ["every"])))
            ):
                continue  # "books by authors in each country": the agent, qualified by the groups
            head = self.head(phrase)
            if head is not None or unknown:
                out.append((i, phrase, head or ""))
        return out

    @staticmethod
    def past(word: str) -> bool:
        """A past form of a verb ("logged", "paid"): it ends the noun phrase before it."""
        return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PAST

    def serves(self, ref: _Ref, word: str) -> bool:
        """Does the grouped column ``ref`` answer the group noun ``word``?"""
        if _loose(word, self.col_words(ref)):
            return True
        meta = self.col_meta(ref)
        if meta is not None and meta.ref_table and _loose(word, self.table_words(meta.ref_table)):
            return True
        return self.identifies(ref) and _loose(word, self.table_words(ref.table, ref.alias))

    def listed_tables(self, cues: list[tuple[int, list[str], str]]) -> set[str]:
        """Tables whose rows the question asks to list: a noun of the table said anywhere but in the counted
        phrase ("how many *books*") or right before a grouping cue ("by *authors* of each country")."""
        counted_span: set[int] = set()
        for i in range(len(self.low) - 1):
            if (self.low[i], self.low[i + 1]) in (("how", "many"), ("number", "of")):
                counted_span.update(range(i + 2, self.phrase(i + 2)[1]))
        cue_at = {i for i, _, _ in cues}
        out: set[str] = set()
        tables = set(self.shape.tables.values())
        for j, w in enumerate(self.low):
            if not self.tokens[j].is_word or w in FUNCTION_WORDS or j in counted_span or j in cue_at:
                continue
            if any(j + 1 + k in cue_at and all(x in _OF_EACH for x in self.low[j + 1 : j + 1 + k]) for k in (0, 1)):
                continue
            if j - 1 in cue_at or j - 2 in cue_at:
                continue  # the noun of a cue itself
            out.update(t for t in tables if _loose(w, self.table_words(t)))
        return out

    def check_group_extra(self) -> None:
        """Groups finer than asked: "how many books by authors of each country" groups by the country, not by
        each author (and the country); a key in GROUP BY that no cue asks for splits the groups."""
        sh = self.shape
        if not sh.grouped or not sh.aggs or not sh.group:
            return
        cues = self.group_cues(unknown=True)
        if not cues or not all(head and any(self.serves(r, head) for r in sh.group) for _, _, head in cues):
            return  # a cue the GROUP BY does not answer is judged by check_groups; one not understood, not at all
        extra = [
            r
            for r in sh.group
            if r.table is not None and self.identifies(r) and not any(self.serves(r, head) for _, _, head in cues)
        ]
        if not extra:
            return
        listed = self.listed_tables(cues)
        for r in extra:
            if r.table in listed:
                continue
            said = " ".join(cues[0][1])
            self.refuse(
                f"{self.tokens[cues[0][0]].text} {said!r} names the groups, but the query also groups by "
                f"{r.table}.{r.column}, one row per {r.table} the question does not ask to list"
            )

    def check_stray_join(self) -> None:
        """A joined lookup table that serves nothing (no column of it shown, filtered, grouped or joined on
        further) and that the question never names: it only drops the rows whose key is empty."""
        exp = self.exp
        joins = self.tree.args.get("joins") or []
        if not joins:
            return
        columns = list(self.tree.find_all(exp.Column))
        if any(not c.table for c in columns):
            return
        for j in joins:
            tbl = j.this
            on = j.args.get("on")
            if not isinstance(tbl, exp.Table) or on is None or j.args.get("side"):
                continue
            alias = (tbl.alias or tbl.name).lower()
            table = tbl.name.lower()
            meta = self.schema.tables.get(table)
            if meta is None or len(meta.pk) != 1:
                continue
            own_on = {id(c) for c in on.find_all(exp.Column)}
            if any(c.table.lower() == alias and id(c) not in own_on for c in columns):
                continue  # a column of it is used
            mine = [c for c in on.find_all(exp.Column) if c.table.lower() == alias]
            if [c.name.lower() for c in mine] != [meta.pk[0].lower()]:
                continue  # joined by its own key only: a parent row looked up, not a child row that filters
            if any(_loose(w, meta.words) for w in self.low if w not in FUNCTION_WORDS and w.isalpha()):
                continue
            own = {
                w for c in meta.columns if not c.is_key for w in c.words if w not in _NOISE and w not in _LABEL_WORDS
            }
            if any(_loose(w, own) for w in self.low if w not in FUNCTION_WORDS and w.isalpha()):
                continue
            self.refuse(f"the query joins {table}, which serves nothing the question asks for")

    # ---------------------------------------------------------------- the table of a ratio, an answer
    def check_ratio_table(self) -> None:
        """ "percentage / share of <things>": the rows counted below the line are those things."""
        sh = self.shape
        if sh.base is None or not sh.select_aggs:
            return
        cue = next((i for i, w in enumerate(self.low) if w in _RATIO_WORDS), None)
        if cue is None or cue + 1 >= len(self.low) or self.low[cue + 1] != "of":
            return
        phrase, end = self.phrase(cue + 2, limit=3)
        if not phrase or self.text[self.tokens[end - 1].end : self.tokens[end - 1].end + 1] in ("'", "\u2019"):
            return  # "percentage of patients' visits": the owner is not the things counted
        verb = next((k for k, w in enumerate(phrase) if k and self.past(w)), len(phrase))
        phrase = phrase[:verb]  # "of students paid a fee": the things end before the verb
        head = self.head(phrase)
        base = self.schema.tables.get(sh.base)
        if head is None or base is None:
            return
        if any(_loose(w, self.table_words(sh.base)) for w in phrase):
            self.check_ratio_weight(phrase)
            return
        if any(_match(w, c.words) for c in base.columns if not c.is_key for w in phrase):
            return  # "percentage of sales": a column of the rows counted
        theirs = [
            t.name for t in self.schema.tables.values() if t.name != sh.base and _loose(head, self.noun_words(t)[-1:])
        ]
        if not theirs:
            return
        for a in sh.select_aggs:
            for node in a.node.find_all(self.exp.Count):
                if isinstance(node.this, self.exp.Distinct) and any(r.table in theirs for r in self.reader.refs(node)):
                    return  # COUNT(DISTINCT things.id): the things are counted however they are reached
        self.refuse(f"'{self.low[cue]} of {' '.join(phrase)}' counts {theirs[0]} rows, but the query counts {sh.base}")

    def check_ratio_weight(self, phrase: list[str]) -> None:
        """ "percentage of <things>" over the things' own rows counts them: a SUM of a column weighs each row by it
        (a share of the quantity, not of the things), unless that column counts the things (``pax_cnt``)."""
        exp = self.exp
        if any(w in _SUM_WORDS for w in self.low):
            return
        for a in self.shape.select_aggs:
            for node in a.node.find_all(exp.Sum):
                arg = node.this
                values = [arg] if not isinstance(arg, exp.Case) else [i.args.get("true") for i in arg.args["ifs"]]
                for v in values:
                    if not isinstance(v, exp.Column):
                        continue
                    ref = self.reader.ref(v)
                    meta = self.col_meta(ref)
                    said = [w for w in self.low if w.isalpha() and not _loose(w, self.table_words(ref.table))]
                    if meta is None or meta.kind != "number" or any(_match(w, meta.words) for w in said):
                        continue  # "share of order value": the column is the thing shared out
                    self.refuse(
                        f"'{' '.join(phrase)}' asks for a share of rows, but the query weighs each by "
                        f"{ref.table}.{ref.column}"
                    )

    @staticmethod
    def noun_words(meta: TableMeta) -> tuple[str, ...]:
        """The words of a table's name that say what its rows are (not a type prefix such as ``tbl``)."""
        return tuple(w for w in meta.words if w not in _NOISE) or meta.words

    # ---------------------------------------------------------------- the owner of a group attribute
    def ancestors(self, table: str) -> frozenset[str]:
        """The tables that ``table``'s foreign keys lead up to, at any depth."""
        got = self.vocab.ups.get(table)
        if got is None:
            seen: set[str] = set()
            todo = [table]
            while todo:
                t = todo.pop()
                for e in self.schema.edges_of(t):
                    if e.child == t and e.parent not in seen and e.parent != table:
                        seen.add(e.parent)
                        todo.append(e.parent)
            got = frozenset(seen)
            self.vocab.ups[table] = got
        return got

    def check_group_owner(self) -> None:
        """ "how many <children> of each <attribute>": when the children have that attribute themselves (a column,
        or a key to a lookup table of it), a column of a table reached through a link table is someone else's."""
        sh = self.shape
        if not sh.grouped or not sh.aggs:
            return
        counted = {sh.base} if sh.base and any(a.star for a in sh.aggs) else set()
        counted |= {r.table for a in sh.aggs for r in a.refs if r.table}
        for _, phrase, head in self.group_cues():
            for c_name in sorted(t for t in counted if t in self.schema.tables):
                own = [
                    c
                    for c in self.schema.tables[c_name].columns
                    if c.kind != "pk"
                    and (
                        _loose(head, c.words)
                        or (c.ref_table is not None and _loose(head, self.table_words(c.ref_table)))
                    )
                ]
                if not own:
                    continue
                ups = self.ancestors(c_name)
                for r in sh.group:
                    if r.table is None or r.table == c_name or r.table in ups or not _loose(head, self.col_words(r)):
                        continue
                    if any(c.ref_table == r.table for c in own):
                        continue
                    if any(_loose(w, self.noun_words(self.schema.tables[r.table])) for w in phrase if w != head):
                        continue  # "per appliance type": the phrase names the other table
                    self.refuse(
                        f"{' '.join(phrase)!r} is an attribute of {c_name} ({own[0].name}), but the query groups by "
                        f"{r.table}.{r.column}, reached through another table"
                    )

    def check_count_of_kinds(self) -> None:
        """ "How many vehicles have been turned away" answered with COUNT(DISTINCT vehicle_type): the kinds of a thing
        are counted only when the question says kinds ("how many vehicle types")."""
        asked = {singular(w) for w in self.low}
        for agg in self.shape.aggs:
            if agg.func == "COUNT" and agg.distinct and len(agg.refs) == 1:
                kinds = set(self.col_words(agg.refs[0])) & CLASSIFIER_WORDS
                if kinds and not kinds & asked:
                    self.refuse(f"counting the different {agg.refs[0].column} counts kinds, not the rows asked for")

    def unique(self, ref: _Ref) -> bool:
        """``ref`` is its table's whole primary key: one row per value."""
        meta = self.schema.tables.get(ref.table or "")
        return meta is not None and tuple(c.lower() for c in meta.pk) == (ref.column.lower(),)

    def one_each(self, link: _Ref, parent: _Ref, measure: bool) -> bool:
        """The rows of ``link`` joined to a ``parent`` row are one each for a table beyond it that the query groups by
        or fixes by an equality (a film once per genre grouped by, a recipe once for the one tag asked for); for a
        ``measure`` (not a count of the joined rows) only through a link table with no numbers of its own."""
        sh = self.shape
        here = link.alias or link.table
        meta = self.schema.tables.get(link.table or "")
        if measure and (meta is None or any(c.kind == "number" for c in meta.columns)):
            return False  # a measure repeated over events with measures of their own (sessions, order lines)
        fixed = {r.alias or r.table for c in sh.where if isinstance(c, self.exp.EQ) for r in self.reader.refs(c)}
        fixed |= {r.alias or r.table for r in sh.group}
        for a, b in sh.joins:
            for y, z in ((a, b), (b, a)):
                far = z.alias or z.table
                if (y.alias or y.table) == here and far != (parent.alias or parent.table) and far in fixed \
                        and self.unique(z) and not self.unique(y):  # fmt: skip
                    return True
        return False

    def check_fan_out(self) -> None:
        """A SUM or AVG of one table's column must not run over a join to that table's child rows: each of its rows
        would be counted once per child (the products' price summed once per order line, a loan's payments once per
        pledged item); nor a COUNT(*) of the FROM table's rows, unless the query groups by that table (then it counts
        the children of each)."""
        sh = self.shape
        for agg in sh.aggs:
            if agg.func == "COUNT" and agg.star and not agg.distinct and sh.base is not None:
                owner = next(k for k, v in sh.tables.items() if v == sh.base)
                if any((r.alias or r.table) == owner and self.unique(r) for r in sh.group):
                    continue
                what = f"the count of {sh.base} rows"
            elif agg.func not in ("SUM", "AVG") or agg.distinct or not agg.refs or agg.node.find(self.exp.Case):
                continue  # a SUM(CASE WHEN ... THEN 1) counts the rows of the FROM table
            elif len({r.alias or r.table for r in agg.refs} - {None}) == 1 and agg.refs[0].table:
                owner = agg.refs[0].alias or agg.refs[0].table or ""
                what = f"the {agg.func.lower()} of {agg.refs[0].table}.{agg.refs[0].column}"
            else:
                continue
            child = self.multiplied(owner, agg.func != "COUNT")
            if child is not None:
                self.refuse(f"{what} would count each {self.shape.tables.get(owner, owner)} row once per {child} row "
                            "joined to it")  # fmt: skip

    def multiplied(self, owner: str, measure: bool) -> str | None:
        """The table of a join that repeats each row of ``owner`` (reached from its key to a column that is not one)."""
        sh = self.shape
        seen, todo = {owner}, [owner]
        while todo:
            here = todo.pop()
            for a, b in sh.joins:
                for x, y in ((a, b), (b, a)):
                    if (x.alias or x.table) != here or (y.alias or y.table) in seen:
                        continue
                    if self.unique(x) and not self.unique(y) and not self.one_each(y, x, measure):
                        return y.table
                    seen.add(y.alias or y.table or "")
                    todo.append(y.alias or y.table or "")
        return None


def verify(question: str, sql: str, schema: SchemaIndex, dialect: str, values: ValueIndex | None = None) -> None:
    """Raise :class:`TranslationError` when ``sql``'s shape contradicts the cue words of ``question``.

    SQL the parser cannot read, or that is not one SELECT, passes unchecked: this pass only refuses
    what it can show to be wrong.  ``values`` (the sampled values, when given) lets a text or integer
    column be recognised as a time by what it holds (ISO dates, epoch seconds)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except (SqlglotError, ValueError):
        try:
            tree = sqlglot.parse_one(sql)
        except (SqlglotError, ValueError):
            return
    if not isinstance(tree, exp.Select):
        return
    _in_scope(tree)
    _Verifier(question, tree, schema, values).run()


def _in_scope(tree: exp.Select) -> None:
    """Every qualified column names a table its SELECT or an enclosing one reads: a plan that tests a table the
    query never joins ("NOT EXISTS (... = pilot.pilot_id)" beside ``pilot AS flight_instructor``) is refused,
    never sent to fail or to read another row."""
    from sqlglot.optimizer.scope import traverse_scope

    for scope in traverse_scope(tree):
        visible: set[str] = set()
        outer: Any = scope
        while outer is not None:
            visible |= {name.lower() for name in outer.sources}
            outer = outer.parent
        lost = sorted({c.table for c in scope.columns if c.table and c.table.lower() not in visible})
        if lost:
            raise TranslationError(f"the query reads {', '.join(lost)} where it is not joined; {REPHRASE}")
