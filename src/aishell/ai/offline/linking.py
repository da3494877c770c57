"""Schema linking: which words of a question name a table, a column or a stored value.

A schema element is described by *patterns*: sequences of word-form sets
(``order_items`` -> [{order, orders ...}, {item, items ...}]).  A question
span matches a pattern when each of its tokens shares a form with the
pattern word at the same place (two question tokens may also join into one
word: "sign up" meets ``signup``).  Every match gets a score; the planner
picks among candidates using the rest of the question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from aishell.ai.offline.codes import MAX_WORDS as CODE_MAX_WORDS
from aishell.ai.offline.glossary import STATUS_NAMES, foreign_names, foreign_states
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    COLUMN_WORDS,
    END_EVENT_WORDS,
    FUNCTION_WORDS,
    STATE_ADJECTIVES,
    STATE_PARTICIPLES,
    STATE_SYNONYMS,
    SYNONYMS,
    TYPED_ABBREVIATIONS,
    WIN_WORDS,
)
from aishell.ai.offline.schema import ColumnMeta, SchemaIndex, TableMeta
from aishell.ai.offline.text import Token, forms, singular, split_identifier, verb_of_noun
from aishell.ai.offline.values import ValueHit, ValueIndex, abbreviates, abbreviation_like, conventional_marks

#: words that never identify a column or table on their own
GENERIC_COLUMN_WORDS = frozenset(
    {
        "id",
        "at",
        "on",
        "is",
        "has",
        "of",
        "the",
        "no",
        "nr",
        "num",
        "by",
        "in",
        "to",
        "fk",
        "pk",
        "ref",
        "code",
        "key",
        "flag",
        "ind",
        "was",
        "did",
        "can",
        "cd",
        "flg",
    }
)
WEAK_COLUMN_WORDS = frozenset(
    {
        "date",
        "time",
        "name",
        "type",
        "number",
        "count",
        "total",
        "value",
        "amount",
        "status",
        "description",
        "timestamp",
        "day",
        "year",
        "month",
        "first",
        "last",
        "created",
        "updated",
    }
)
GENERIC_TABLE_WORDS = frozenset(
    {
        "item",
        "items",
        "detail",
        "details",
        "dtl",
        "data",
        "info",
        "log",
        "logs",
        "history",
        "type",
        "types",
        "record",
        "records",
        "entry",
        "entries",
        "line",
        "lines",
        "map",
        "link",
        "links",
        "list",
        "tbl",
        "table",
        "app",
        "dim",
        "fact",
        "ref",
        "t",
    }
)
TABLE_AFFIXES = frozenset(
    {"tbl", "tb", "t", "dim", "fact", "fct", "agg", "int", "src", "ref",  # (dbt models: fct_orders, int_)
     "app", "core", "dbo", "v", "vw", "view", "raw", "stg",
     "master", "mstr", "txn", "trx", "lkp", "lku", "lookup",  # warehouse suffixes: player_master, match_txn
     "mst", "ms", "hdr",  # legacy ERP: cust_mst and PATMS are the customers and patients, inv_hdr the invoices
     "import", "imp", "export", "extract", "staging", "tmp", "temp", "bak"}  # files: customer_accounts_import
)


#: the heads of a table of a document's lines (order_items, OrderDetails, inv_dtl, invoice_lines)
_LINE_HEADS = frozenset({"item", "items", "detail", "details", "dtl", "line", "lines", "ln"})

#: units are placed by the accounting pass, never read as a cut-short column word ("minutes" is not min_age)
_UNIT_WORDS = frozenset(
    {
        "minute",
        "minutes",
        "second",
        "seconds",
        "hour",
        "hours",
        "metre",
        "metres",
        "meter",
        "meters",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "gram",
        "grams",
        "kilogram",
        "kilograms",
        "tonne",
        "tonnes",
        "cents",
        "pence",
        "dollars",
        "euros",
        "pounds",
        "millisecond",
        "milliseconds",
        "centimetre",
        "centimetres",
        "days",
        "weeks",
    }
)

#: units of time: "per month" groups by a date, it never abbreviates a stored code ('MON')
_PERIOD_WORDS = frozenset(
    {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "quarter",
        "quarters",
        "hour",
        "hours",
        "minute",
        "minutes",
        "decade",
        "decades",
    }
)

_ARTICLES = frozenset({"the", "a", "an"})

#: words known as words: a three-letter table name among them is not a cut of a longer word (car, bus, tax)
_KNOWN_WORDS = frozenset(
    {
        *COLUMN_WORDS,
        *FUNCTION_WORDS,
        *ABBREVIATIONS,
        *SYNONYMS,
        *(w for ws in SYNONYMS.values() for w in ws),
        *(w for ws in ABBREVIATIONS.values() for w in ws),
    }
)

#: prepositions a column name may hold (valid_from, valid_to, in_service) that never name it alone
_LONE_FUNCTION_WORDS = frozenset(
    {"from", "to", "in", "on", "at", "of", "for", "by", "with", "until", "since", "out", "off", "up", "is", "has"}
)

#: words of a price per unit (unit_price, unit_cost)
_PER_UNIT_WORDS = frozenset({"price", "cost", "rate", "fee", "charge", "value"})

_NEGATIVE_PREFIXES = (("non", ""), ("un", ""), ("in", ""), ("dis", ""), ("off", "on"))

#: adjectives whose opposite a yes/no column may name instead ("closed" lifts: is_open is false)
_ANTONYMS = {
    "closed": "open",
    "shut": "open",
    "absent": "present",
    "hidden": "visible",
    "private": "public",
    "disabled": "enabled",
    "dead": "alive",
    "unlocked": "locked",
    "failed": "passed",
    "fail": "pass",
    "fails": "passes",
    "incorrect": "correct",
    "invalid": "valid",
}


def negative_stem(word: str) -> str | None:
    """The positive word inside a negated one: unacknowledged -> acknowledged, offline -> online."""
    w = word.lower().replace("-", "")
    if w in _ANTONYMS:
        return _ANTONYMS[w]
    for prefix, repl in _NEGATIVE_PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= 4:
            return repl + w[len(prefix) :]
    return None


@dataclass(frozen=True)
class ColumnRef:
    table: str
    column: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass
class Candidate:
    kind: str  # table | column
    table: str
    column: str | None
    score: float
    first: int
    last: int  # exclusive
    via_synonym: bool = False


@dataclass
class Link:
    """The schema candidates for one span of the question, best first."""

    first: int
    last: int
    tables: list[Candidate] = field(default_factory=list)
    columns: list[Candidate] = field(default_factory=list)
    values: list[ValueHit] = field(default_factory=list)

    @property
    def best_score(self) -> float:
        scores = [c.score for c in self.tables + self.columns] + ([2.6] if self.values else [])
        return max(scores) if scores else 0.0


#: consonant pairs that end English words (dust, band, milk, lamp, ...): a word that ends on one may be a word
_WORD_ENDINGS = frozenset(
    {"st", "nt", "nd", "rd", "rt", "rk", "rm", "rn", "ld", "lt", "lk", "lf", "lm", "lp", "mp", "nk", "ng",
     "sh", "ch", "th", "ck", "ft", "pt", "ct", "sk", "sp", "ss", "ll", "ff", "zz", "xt", "rb", "rl", "rs",
     "ts", "ks", "ds", "ns", "ms", "ls", "ps", "ws", "ys", "gs", "bs", "cs", "rp", "rf", "rg", "rc", "lb",
     "lc", "lv", "nc", "nx", "gh", "ph", "wn", "wl", "wk", "wd"}
)  # fmt: skip


#: three-letter words ending in o that are words, not abbreviations (is_pro, two_factor)
_THREE_LETTER_O = frozenset({"pro", "two", "zoo", "duo", "bro", "tho", "fro", "ufo", "sso", "seo", "pto"})


def _cut_short(w: str) -> bool:
    """A schema word of four to six letters that keeps vowels only in its first two and ends on two consonants no
    English word ends on: supv (supervisor), regn (registration), qlty (quality), sessn (session)."""
    return (
        4 <= len(w) <= 6
        and w.isalpha()
        and w[0] not in "aeiouy"
        and not set(w[2:]) & set("aeiouy")
        and w[2:] not in _WORD_ENDINGS
        and w not in _KNOWN_WORDS
    )


#: British spellings of schema words, spelled the American way
_AMERICAN = {"centre": "center", "centres": "centers", "metre": "meter", "metres": "meters", "litre": "liter",
             "litres": "liters", "theatre": "theater", "theatres": "theaters", "catalogue": "catalog",
             "grey": "gray", "licence": "license", "licences": "licenses", "programme": "program",
             "programmes": "programs", "tyre": "tire", "tyres": "tires", "aluminium": "aluminum"}  # fmt: skip
_OUR = re.compile(r"our(s|ed|ing|ite|ites|able)?$")
_ISE = re.compile(r"is(ed|ing|ation|ations)$")


def _american(word: str) -> str:
    """The American spelling of a British word ("colour" -> color, "organisation" -> organization)."""
    if word in _AMERICAN:
        return _AMERICAN[word]
    if len(word) > 5 and _OUR.search(word) and not word.endswith(("hour", "hours", "tour", "tours", "four")):
        return _OUR.sub(r"or\1", word)
    if len(word) > 6 and _ISE.search(word):
        return _ISE.sub(r"iz\1", word)
    return word


def _names_own(lk: Link) -> bool:
    """A one-word link strong enough to be the word's own meaning: a table by its name, or a column by a
    whole word of it (not "purchase" as a synonym of transactions, nor "orders" as part of ord_qty)."""
    return any(not c.via_synonym for c in lk.tables) or any(c.score >= 2.5 for c in lk.columns)


@lru_cache(maxsize=8192)
def _word_forms(word: str) -> frozenset[str]:
    out = set(forms(word))
    for full in ABBREVIATIONS.get(word, ()):
        out |= forms(full)
    return frozenset(out)


def _token_forms(tok: Token, synonyms: bool) -> frozenset[str]:
    base = forms(tok.low)
    if not synonyms:
        return base
    out: set[str] = set()
    for f in base:
        for syn in (*SYNONYMS.get(f, ()), *foreign_names(f)):  # ("customers" names Kunde, cliente ...)
            out |= forms(syn)
    return frozenset(out - base)


def _after_who(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is the verb of "who" ("who works", "who currently works")."""
    if j > 0 and tokens[j - 1].low == "who":
        return True
    return j > 1 and tokens[j - 2].low == "who" and tokens[j - 1].low.endswith("ly")


class _Pattern(NamedTuple):
    """The words that name a table or a column (a tuple: a large catalog has tens of thousands)."""

    words: tuple[frozenset[str], ...]
    score: float
    kind: str
    table: str
    column: str | None = None


#: a table's last word that says its rows are the first word's records (customer_accounts, member_profiles)
_RECORD_TABLE_WORDS = frozenset({"account", "accounts", "profile", "profiles", "details", "detail", "info", "data",
                                 "list", "registry", "register", "directory", "master", "records",
                                 "code", "codes", "cd"})  # fmt: skip
#: a table's last word that says its rows record the first word's things (sale_evt, login_log)
_EVENT_TABLE_WORDS = frozenset({"evt", "event", "events", "rec", "record", "records", "log", "hdr", "header",
                                "day", "days",  # (MarketDay: "a market" is one of its days)
                                "sale", "sales"})  # (TicketSale: "tickets" sold, counted by its quantity)
#: a table's last word that says its rows order the first word's things (rpr_ord, purchase_order): "repairs" and
#: "purchases" are its rows when no other table is named by that word (not TicketOrder beside EventTicket)
_ORDER_TABLE_WORDS = frozenset({"ord", "order", "orders"})

#: the bound a column holds (salary_max, price_min)
_BOUND_WORDS = frozenset({"max", "min", "maximum", "minimum"})

#: unit abbreviations at the end of a column name (max_elev_deg, fuel_used_l, data_mb)
_UNIT_TAILS = frozenset({"deg", "kg", "km", "m", "mb", "gb", "kb", "sec", "secs", "min", "mins", "hrs", "pct", "usd",
                         "eur", "gbp", "kw", "kwh", "mm", "cm", "ml", "ms", "nm", "mph", "kph", "c", "f", "ppm",
                         "pax", "g", "l"})  # fmt: skip

#: the last word of a key that is a row's own number, which people ask for ("order numbers")
_REFERENCE_WORDS = frozenset({"number", "no", "nbr", "num", "nr", "reference", "ref"})

#: words after "won" that say an amount won, not a first place ("won the most prize money")
_WON_AMOUNTS = frozenset({"most", "more", "less", "least", "prize", "money", "points", "cash", "amount", "total",
                          "sum", "£", "$", "€"})  # fmt: skip
#: words of a column of finishing places
_PLACE_WORDS = frozenset({"rank", "place", "plc", "position", "placing", "classement", "posizione", "platz"})

#: words before an end of a span of time ("from order *to* delivery", "between arrival *and* departure")
_SPAN_ENDS = frozenset({"from", "to", "until", "till", "between", "and", "before", "after"})

#: words of a column that stores a kind of row or event ("transferred" may be its 'transfer')
_KIND_WORDS = frozenset({"type", "typ", "kind", "status", "stat", "sts", "stts", "state", "action", "event", "evt",
                         "outcome", "result", "category", "cat", "method", "mode", "channel", "class", "cls", "code",
                         "cd", "role", "direction", "dir", "movement", "activity"})

#: nouns of an event a row goes through -> the state it leaves the row in ("cancellations": 'cancelled')
EVENT_NOUNS = {
    "cancellations": "cancelled", "cancellation": "cancelled", "refunds": "refunded", "rejections": "rejected",
    "approvals": "approved", "withdrawals": "withdrawn", "failures": "failed", "completions": "completed",
    "dispatches": "dispatched", "closures": "closed", "suspensions": "suspended", "expiries": "expired",
}  # fmt: skip

#: grammar words that never start an initialism's words ("how many" is no table ``hm``)
_STOP_WORDS = frozenset(
    {"the", "and", "for", "with", "from", "are", "was", "were", "has", "have", "had", "how", "many", "much",
     "what", "which", "who", "whom", "all", "any", "per", "each", "our", "their", "this", "that", "there",
     "these", "those", "into", "than", "not", "but", "its", "his", "her", "them", "they", "you", "did", "does",
     "can", "show", "list", "give", "get", "find", "tell", "number", "total", "average"}
)  # fmt: skip

#: the class word at the end of a date column's name (tap_out_ts, check_in_dt)
_DATE_CLASS = frozenset({"ts", "dt", "at", "on", "date", "time", "timestamp", "utc", "dttm"})
#: particles that tell two events of a row apart (tap in / tap out, check in / check out)
_PARTICLE_WORDS = frozenset({"in", "out", "on", "off", "up", "down"})

#: words of a yes/no column's name that say nothing alone ("the donor's name and time" is not first_time)
_GENERIC_FLAG_PARTS = frozenset({"time", "times", "date", "day", "name", "type", "number", "count", "value"})

#: the last word of a column that holds a sum of money, and the words people use for it instead
_MONEY_CLASS = frozenset({"amt", "amount", "price", "cost", "value", "fee", "charge"})


def capitalized(tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` is a capitalized word that does not start a sentence ("Holly", not "Which" or "HOL")."""
    if j <= 0 or j >= len(tokens) or not tokens[j].is_word:
        return False
    text = tokens[j].text
    return text[:1].isupper() and not text.isupper() and tokens[j - 1].text not in (".", "?", "!", ":")


def _in_proper_name(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a capitalized word beside another one: part of a name ("Hillcrest Holly"), never a code that
    abbreviates a word (the breed 'HOL'), as a verb after a modal is not either ("can carry" is no 'CAR')."""
    return capitalized(tokens, i) and (capitalized(tokens, i - 1) or capitalized(tokens, i + 1))


class Linker:
    """Finds table, column and value mentions in token lists for one schema."""

    def __init__(self, schema: SchemaIndex, values: ValueIndex) -> None:
        self.schema = schema
        self.values = values
        self._made: list[_Pattern] = []  # (only while the patterns are made)
        for meta in schema.tables.values():
            self._table_patterns(meta)
            for col in meta.columns:
                self._column_patterns(meta, col)
        by_first: dict[str, list[_Pattern]] = {}
        for p in self._made:
            for f in p.words[0]:
                by_first.setdefault(f, []).append(p)
        #: the patterns by the forms of their first word (read lazily from a saved translator)
        self._by_first: Mapping[str, list[_Pattern]] = by_first
        del self._made
        # vowel-less schema words are abbreviations: mbr (member), shpmt (shipment), txn (transaction)
        self._abbrevs = sorted(
            {
                w
                for meta in schema.tables.values()
                for w in (*meta.words, *(x for c in meta.columns for x in c.words))
                if abbreviation_like(w)
                or _cut_short(w)
                or (
                    # rte (route), ste (site), rpo (repo): two consonants and a final e or o, when no word of its own
                    len(w) == 3
                    and w.isalpha()
                    and (w.endswith("e") or (w.endswith("o") and w not in _KNOWN_WORDS | _THREE_LETTER_O))
                    and not set(w[:2]) & set("aeiouy")
                    and w not in COLUMN_WORDS
                    and w not in FUNCTION_WORDS
                )
            }
        )
        self._abbrev_cache: dict[str, frozenset[str]] = {}
        # short schema words that cut a longer word: decl (declared), val (value), prem (premium)
        self._prefixes = sorted(
            {
                w
                for meta in schema.tables.values()
                for w in (*meta.words, *(x for c in meta.columns for x in c.words))
                if 4 <= len(w) <= 5 and w.isalpha() and w not in FUNCTION_WORDS
            }
            | {
                # a yes/no column cut to three letters: rej_flg ("rejected"), cxl_yn ("cancelled")
                w
                for meta in schema.tables.values()
                for c in meta.columns
                if c.kind == "bool"
                for w in c.words
                if len(w) == 3 and w.isalpha() and w not in FUNCTION_WORDS and w not in ABBREVIATIONS
            }
            | {
                # a table named by a three-letter cut that is no word of its own: stu (students), pat (patients)
                w
                for meta in schema.tables.values()
                for w in meta.words
                if len(w) == 3 and w.isalpha() and w not in _KNOWN_WORDS
            }
        )
        #: words of yes/no columns, so that "unacknowledged" and "inactive" can reach them
        self._bool_words = frozenset(
            f for meta in schema.tables.values() for c in meta.columns if c.kind == "bool" for f in c.word_forms()
        )
        #: past participles that name the date a row was made (opened_ts, appliedOn) -> the tables of those dates
        self.date_verbs: dict[str, set[str]] = {}
        for meta in schema.tables.values():
            for c in meta.columns:
                if c.kind == "date":
                    for w in c.words:
                        if len(w) >= 5 and w.endswith("ed") and w not in END_EVENT_WORDS:
                            self.date_verbs.setdefault(w, set()).add(meta.name.lower())

        #: tables named by the initials of a noun phrase: wf (wind farm), wtg (wind turbine generator)
        self._initialisms: dict[str, list[str]] = {}
        for meta in schema.tables.values():
            words = [w for w in meta.words if w not in TABLE_AFFIXES] or list(meta.words)
            if len(words) == 1 and 2 <= len(words[0]) <= 4 and words[0].isalpha() and words[0] not in _KNOWN_WORDS:
                self._initialisms.setdefault(words[0].lower(), []).append(meta.name)

    def initialism_links(self, tokens: list[Token], blocked: set[int], spans: dict[tuple[int, int], Link]) -> None:
        """"wind farm" -> ``wf``: consecutive content words whose initials spell a table's whole name, when
        exactly one table has that name and none of the words names a table or column of its own."""
        for i in range(len(tokens)):
            for initials, tables in self._initialisms.items():
                end = i + len(initials)
                if len(tables) != 1 or end > len(tokens) or any(k in blocked for k in range(i, end)):
                    continue
                span = tokens[i:end]
                # "work orders" -> wo: a content word, or a word of general use that is no grammar word
                if not all(t.is_word and len(t.low) >= 3 and t.low not in _STOP_WORDS for t in span):
                    continue
                if all(t.low in FUNCTION_WORDS for t in span):
                    continue
                if "".join(t.low[0] for t in span) != initials:
                    continue
                if any((lk := spans.get((k, k + 1))) is not None and _names_own(lk) for k in range(i, end)):
                    continue  # a word that names something of its own is not an initial
                link = spans.setdefault((i, end), Link(i, end))
                if not any(c.table == tables[0] for c in link.tables):
                    link.tables.append(Candidate("table", tables[0], None, 2.9, i, end))

    def _named_tables(self, tok: Token | None) -> set[str]:
        """The tables a word names by the table's own one-word name (not a word of its name column)."""
        return {
            p.table
            for f in (self._tforms(tok) if tok is not None and tok.is_word else ())
            for p in self._by_first.get(f, ())
            if p.kind == "table" and len(p.words) == 1 and p.score >= 2.5
        }

    def _state_of_named(self, tokens: list[Token], i: int) -> set[str]:
        """ "visits scheduled in 2024 were cancelled": a state participle after a copula may be the schema's one
        conventional mark ('X') of any table the question names."""
        copulas = ("is", "are", "was", "were", "been", "be", "get", "gets", "got")  # ("have been cancelled")
        if tokens[i].low not in STATE_PARTICIPLES or i == 0 or tokens[i - 1].low not in copulas:
            return set()
        return {t for tok in tokens for t in self._named_tables(tok)}

    @staticmethod
    def _predicated(tokens: list[Token], i: int) -> Token | None:
        """The noun a state at ``i`` is said of after a copula: "orders (that) are still *open*" -> orders."""
        j = i - 1
        while j >= 0 and tokens[j].low in ("still", "currently", "now", "all", "already"):
            j -= 1
        if j < 1 or tokens[j].low not in ("is", "are", "was", "were"):
            return None
        j -= 1
        if j >= 1 and tokens[j].low in ("that", "which"):
            j -= 1
        return tokens[j] if tokens[j].is_word else None

    def names_schema_word(self, word: str) -> bool:
        """Some table or column name starts with this word (``monthly_fee``)."""
        return any(p.words[0] & {word} for p in self._by_first.get(word, ()))

    def abbrev_forms(self, word: str) -> frozenset[str]:
        """Schema abbreviations ``word`` spells out ("members" -> mbr when the schema has ``mbr``)."""
        got = self._abbrev_cache.get(word)
        if got is None:
            s = singular(word)
            marks = conventional_marks(s)
            found = {a for a in self._abbrevs if (abbreviates(a, s) or a in marks) and s not in FUNCTION_WORDS}
            known = {a for a in found if s in ABBREVIATIONS.get(a, ())}
            if known:
                found = known  # "events" beside ``evt`` and ``ent``: the usual cut of the word, not any cut
            if (
                not found
                and s not in FUNCTION_WORDS
                and word not in _UNIT_WORDS
                and not any(f in self._by_first for f in forms(word))
            ):
                # a word the schema does not spell out may be cut short there ("declared" -> decl)
                found = {p for p in self._prefixes if len(s) >= len(p) + 2 and s.startswith(p)}
            got = frozenset(found)
            self._abbrev_cache[word] = got
        return got

    def _tforms(self, tok: Token) -> frozenset[str]:
        base = forms(tok.low)
        american = _american(tok.low)
        if american != tok.low:
            base = base | forms(american)  # "colour" for a color column, "centre" for center
        if tok.low in TYPED_ABBREVIATIONS:
            base = base.union(*(forms(full) for full in ABBREVIATIONS[tok.low]))  # "amt" for an amount column
        if not tok.is_word or len(tok.low) < 4:
            return base
        flags = {w for w in foreign_states(tok.low) if w in self._bool_words}
        if flags:
            base = base | flags  # "active" against a yes/no column named aktiv, actif, est_actif
        positive = negative_stem(tok.low)
        if positive is not None:
            said = forms(positive) | self.abbrev_forms(positive)
            if said & self._bool_words:
                # "inactive" against actv_flg: the flag, negated; never an abbreviation of the whole word
                # ("inv" is no cut of "inactive")
                return base | said
        if american != tok.low:  # "licences" against lcns, cut from the American "licenses"
            base = base | self.abbrev_forms(american)
        return base | self.abbrev_forms(tok.low)

    # ------------------------------------------------------------------ patterns
    def _add(self, words: list[str], score: float, kind: str, table: str, column: str | None = None) -> None:
        if not words:
            return
        self._made.append(_Pattern(tuple(_word_forms(w) for w in words), score, kind, table, column))

    def _table_patterns(self, meta: TableMeta) -> None:
        # (booking_v2, therapist_v2: a version's number says nothing of the rows)
        words = [w for w in meta.words if w not in TABLE_AFFIXES and not (w.isdigit() and len(w) <= 2)] or list(
            meta.words)  # (a year stays: "Sales 2024")
        self._add(words, 3.0 + 0.1 * len(words), "table", meta.name)
        if len(words) > 1:
            self._add(["".join(words)], 3.0, "table", meta.name)
            if len(words) == 2 and words[1] in _EVENT_TABLE_WORDS:
                self._add(words[:1], 2.2, "table", meta.name)  # sale_evt: "sales" are its rows
            elif (len(words) == 2 and words[1] in _RECORD_TABLE_WORDS | _ORDER_TABLE_WORDS
                  and words[0] not in GENERIC_TABLE_WORDS
                  and not self._heads_another(words[0], meta.name)):  # fmt: skip
                self._add(words[:1], 2.1, "table", meta.name)  # customer_accounts: "customers" (no customers table)
            head = _table_head(words)
            if head != words[-1]:
                # item_that_was_found, category_of_item: the noun before the phrase that qualifies it names the rows;
                # the last word is only what they are of
                self._add([head], 2.0, "table", meta.name)
                if words[-2] not in _PREPOSITIONS:  # "found items" (item_that_was_found), not "stays"
                    self._add([words[-1]], 1.0, "table", meta.name)  # (experiences_booked_for_stays)
                self._display_patterns(meta)
                return
            if head in _LINE_HEADS:
                # order_items, OrderDetails, inv_dtl: "order lines", "order items" and "order details" alike
                for alt in ("line", "item", "detail"):
                    if alt not in _word_forms(head):
                        self._add([*words[:-1], alt], 2.95 + 0.1 * len(words), "table", meta.name)
            # order_items: "order item" already; "items" alone is weak
            self._add([head], 2.0 if head not in GENERIC_TABLE_WORDS else 1.0, "table", meta.name)
        self._display_patterns(meta)

    def _display_patterns(self, meta: TableMeta) -> None:
        # menu_items.dish_name: a "dish" is a row of menu_items
        own = set(meta.lemma)
        for name in meta.display[:1] if meta.named else []:
            col = meta.column(name)
            extra = [
                w
                for w in (col.words if col else ())
                if w not in ("name", "title", "label", "full", "first", "display", "user") and singular(w) not in own
            ]
            # dim_date.month_name: "month" is a unit of time, never a row of the date table
            if extra and set(extra) & _PERIOD_WORDS:
                continue
            if extra and col is not None and len(col.words) > 1 and not self._names_other_table(extra, meta.name):
                self._add(extra, 2.4, "table", meta.name)

    def _heads_another(self, word: str, table: str) -> bool:
        """``word`` is the whole name or the last word of another table (order_items: "order" is orders')."""
        w = singular(word)
        for other in self.schema.tables.values():
            if other.name == table:
                continue
            own = [x for x in other.words if x not in TABLE_AFFIXES] or list(other.words)
            if singular(own[-1]) == w:
                return True
        return False

    def _names_other_table(self, words: list[str], table: str) -> bool:
        """``customer_full_name`` in moving jobs: "customer" is a word of another table's name
        (customer_accounts_import), so it does not name this table's rows."""
        wanted = {singular(w) for w in words}
        return any(
            other.name != table and wanted & {singular(w) for w in other.words if w not in TABLE_AFFIXES}
            for other in self.schema.tables.values()
        )

    def _column_patterns(self, meta: TableMeta, col: ColumnMeta) -> None:
        words = list(col.words)
        if col.kind == "pk":
            # people do not ask for keys by name ("id" stays unlinked), but for a row's own number they do:
            # "request numbers" over req_nbr, "order numbers" over order_no
            if len(words) >= 2 and words[-1] in _REFERENCE_WORDS and col.data_type:
                self._add(words, 3.0 + 0.1 * len(words), "column", meta.name, col.name)
            return
        if col.kind == "fk":
            # a key is mentioned through the table it references, unless it names a role of its own:
            # employees.manager_id -> "manager", flights.origin_airport_id -> "origin"
            ref = self.schema.tables.get(col.ref_table or "")
            ref_words = set(ref.lemma) if ref else set()
            role = [w for w in words if w not in GENERIC_COLUMN_WORDS and singular(w) not in ref_words]
            if role:
                self._add(role, 2.9, "column", meta.name, col.name)
            return
        strong = [w for w in words if w not in GENERIC_COLUMN_WORDS]
        own = set(meta.lemma)
        for a, b in itertools.pairwise(words):
            if (a, b) == ("on", "hand"):  # qty_on_hand: the stock on hand ("the most stock")
                self._add(["onhand"], 2.0, "column", meta.name, col.name)
        self._add(words, 3.0 + 0.1 * len(words), "column", meta.name, col.name)
        if len(strong) == 2 and len(words) == 2 and col.kind in ("number", "date") and not set(words) & _COUNT_WORDS:
            # yrs_exp: "years of experience"; birth_date: "date of birth" (either word may be the head)
            self._add([strong[0], "of", strong[1]], 3.2, "column", meta.name, col.name)
            self._add([strong[1], "of", strong[0]], 3.2, "column", meta.name, col.name)
        elif len(words) == 2 and col.kind == "text" and words[1] in ("type", "kind") and not own <= set(words):
            # vehicleType in Driver: "types of vehicle" (not the lookup table "Request Types" itself)
            self._add([words[1], "of", words[0]], 3.2, "column", meta.name, col.name)
        if len(words) >= 2 and words[-2] in ("email", "mail") and words[-1] in ("address", "addr"):
            # buyer_email_address: "email" (the question's "email address" is read as "email")
            self._add(["email"], 2.4, "column", meta.name, col.name)
        if len(words) >= 2 and words[-1] in _UNIT_TAILS and col.kind == "number":
            # max_elev_deg: "maximum elevation", tempC: "temperature" (the unit is said apart, or not at all)
            self._add(words[:-1], 2.9 + 0.1 * (len(words) - 1), "column", meta.name, col.name)
        bounds = [w for w in words if w in _BOUND_WORDS]
        rest = [w for w in words if w not in _BOUND_WORDS and w not in _UNIT_TAILS]
        if col.kind == "number" and len(bounds) == 1 and len(rest) == 1 and words.index(bounds[0]) > 0:
            # salaryMaxUSD: "a max salary of 200k" (the bound is said first, not the aggregate MAX)
            self._add([bounds[0], rest[0]], 3.2, "column", meta.name, col.name)
        if len(words) >= 3 and col.kind == "date" and words[-1] in _DATE_CLASS and words[-2] in _PARTICLE_WORDS:
            # tap_out_ts, check_in_dt: "tapped out", "checked in" (the particle is what tells the two apart)
            self._add(words[:-1], 3.0, "column", meta.name, col.name)
        if len(words) > 1 and col.kind == "number" and words[-1] in _MONEY_CLASS:
            # hammer_amt: "hammer price", "hammer value"; the class word of a sum of money is any of them
            for other in sorted(_MONEY_CLASS - {words[-1], *ABBREVIATIONS.get(words[-1], ())}):
                self._add([*words[:-1], other], 2.9 + 0.1 * len(words), "column", meta.name, col.name)
        if len(words) > 1:
            self._add(["".join(words)], 3.0, "column", meta.name, col.name)
        if strong and strong != words:
            self._add(strong, 2.8 + 0.1 * len(strong), "column", meta.name, col.name)
        # product_name in products: "name" alone; unit_price: "price" alone
        rest = [w for w in strong if singular(w) not in own]
        if rest and rest != strong:
            self._add(rest, 2.7, "column", meta.name, col.name)
        if len(strong) > 1:
            # price_per_kg: "kg" is what the price is counted in; alone it never names this column ("weight")
            denominators = {b for a, b in itertools.pairwise(words) if a == "per"}
            for w in strong:
                if w in denominators:
                    continue
                if w in WEAK_COLUMN_WORDS or w in own or singular(w) in own or w in _LONE_FUNCTION_WORDS:
                    continue  # valid_from: "from" alone is a preposition, never this column
                if col.kind == "bool" and w in _GENERIC_FLAG_PARTS:
                    continue  # first_time: "time" alone never means this yes/no column
                if w == "unit" and set(strong) & _PER_UNIT_WORDS:
                    continue  # unit_cost is a cost per unit: "units" are a quantity, not this column
                # driver_name before driver_badge: a thing said alone is shown by its name
                named = 0.05 if col.kind == "text" and words[-1] in ("name", "nm") and w != words[-1] else 0.0
                self._add([w], (2.0 if w == strong[-1] else 1.8) + named, "column", meta.name, col.name)
            head = strong[-1]
            if head in WEAK_COLUMN_WORDS and not (col.kind == "bool" and head in _GENERIC_FLAG_PARTS):
                self._add([head], 1.0, "column", meta.name, col.name)

    # ------------------------------------------------------------------ matching
    def _match(self, p: _Pattern, tokens: list[Token], i: int, synonyms: bool) -> int | None:
        """End index of a match of ``p`` at token ``i``, or None."""
        j = i
        for word in p.words:
            if j >= len(tokens) or (not tokens[j].is_word and tokens[j].kind != "number"):
                return None
            tf = self._tforms(tokens[j])
            noun = tokens[j].low.endswith("ings") or (
                tokens[j].low.endswith("ing")
                and j > 0
                and tokens[j - 1].low in ("per", "each", "every", "a", "an", "one")
            )  # "openings", "per opening"; not "from filing to closure"
            if (
                tf & word
                and noun
                and p.kind == "column"
                and p.column is not None
                and tokens[j].low not in word
                and self._date_column(p.table, p.column)
            ):
                return None  # "openings" are rows (job openings), not the date they were opened (opened_on)
            if p.kind == "column" and len(p.words) == 1 and p.score < 2.0 and p.column is not None and \
                    self._column_kind(p.table, p.column) == "text" and _after_who(tokens, j):
                return None  # "who works in Engineering": a verb after "who", not the modifier of WorkState
            if tf & word and p.kind == "column" and p.column is not None and tokens[j].low.endswith("ied") and \
                    tokens[j].low not in word and self._column_kind(p.table, p.column) == "number":
                return None  # "salaried staff" is a kind of staff, not their salary (AnnualSalary)
            if tf & word or (synonyms and len(p.words) == 1 and _token_forms(tokens[j], True) & word):
                j += 1
                continue
            if len(p.words) == 1 and p.kind == "column" and p.column is not None and j > 0 and \
                    tokens[j - 1].low in _SPAN_ENDS and verb_of_noun(tokens[j].low) & word and \
                    self._date_column(p.table, p.column):  # fmt: skip
                j += 1  # "from order to delivery": delivered_on, the date of the event the noun names
                continue
            # two tokens joined: "sign up" -> signup, "e mail" -> email, "check-ins" -> checkin
            gap = 1 if j + 2 < len(tokens) and tokens[j + 1].text == "-" else 0
            if j + 1 + gap < len(tokens) and tokens[j + 1 + gap].is_word:
                nx = tokens[j + 1 + gap]
                joined = {a + b for a in forms(tokens[j].low) for b in (nx.low, *forms(nx.low))}
                joined |= {f for x in list(joined) for f in forms(x)}
                if joined & word:
                    j += 2 + gap
                    continue
            return None
        return j

    def _kind_column(self, hit: ValueHit) -> bool:
        """A column that stores what happened or what kind a row is (txn_type, status, action)."""
        return bool(set(split_identifier(hit.column)) & (_KIND_WORDS | STATUS_NAMES))

    def _as_words(self, hits: list[ValueHit], word: str) -> list[ValueHit]:
        """A grammar word in lower case: "will", "may", "can" are words, not the names 'Will' or 'May'; "available"
        is still the state 'Available' of a column of states (status_desc)."""
        return [h for h in hits if h.value == h.value.lower()
                or (self._kind_column(h) and h.value.lower() == word and len(word) >= 6)]

    @cached_property
    def _first_places(self) -> tuple[ValueHit, ...]:
        """The one column of finishing places in the schema (final_rank, plc, intFinalPosition), at 1: what winning
        is stored as."""
        found = [
            ValueHit(meta.name, col.name, "1")
            for meta in self.schema.tables.values()
            for col in meta.columns
            if col.kind == "number" and not col.is_key and set(col.words) & _PLACE_WORDS
        ]
        return tuple(found) if len(found) == 1 else ()

    def _state_synonym(self, word: str, *, foreign: bool = True) -> list[ValueHit]:
        """ "completed walks" over status 'done': another word for the same state, stored in one column of states
        as one value (two that fit would be a guess); with ``foreign``, also as another language stores it
        ("delivered" is 'livré' in a statut)."""
        said = (*STATE_SYNONYMS.get(word, ()), *(foreign_states(word) if foreign else ()))
        found = [h for w in said for h in self.values.lookup([w]) if self._kind_column(h)]
        if len({(h.table, h.column) for h in found}) == 1 and len({h.value for h in found}) == 1:
            return found
        return []

    def _names_a_table(self, word: str) -> bool:
        """A table is named by the word ("returns" over a returns table): its rows, never a state of others."""
        f = forms(word)
        return any(f & set(m.lemma) or f & set(m.words) for m in self.schema.tables.values())

    def _key_column(self, c: Candidate) -> bool:
        """A key ("managers" naming STF_MGR_ID): a relation, whose word may still be a stored code ('MGR')."""
        meta = self.schema.tables.get(c.table)
        col = meta.column(c.column or "") if meta is not None else None
        return col is not None and col.kind in ("pk", "fk")

    def _date_column(self, table: str, column: str) -> bool:
        return self._column_kind(table, column) == "date"

    def _column_kind(self, table: str, column: str) -> str | None:
        meta = self.schema.tables.get(table)
        col = meta.column(column) if meta is not None else None
        return col.kind if col is not None else None

    def _span_values(self, tokens: list[Token], span: list[Token], end: int) -> list[ValueHit]:
        """The stored values the words of ``span`` (ending before ``end``) may name, tried spelling by spelling."""
        words = [t.low for t in span]
        n = len(span)
        hits = self.values.lookup(words)
        if span[-1].is_word and singular(words[-1]) != words[-1] and not (n > 1 and words[0] in _PREPOSITIONS):
            # ("on hires" is no status 'ON_HIRE': a preposition before a plural noun)
            # "weddings": 'weddings' in a planner's speciality and 'Wedding' in the events' type are both
            # what the word may mean
            had = {(x.table, x.column) for x in hits}
            hits = [*hits, *(h for h in self.values.lookup([*words[:-1], singular(words[-1])])
                             if (h.table, h.column) not in had)]
        if not hits and span[-1].is_word and n == 1 and words[-1].endswith(("ed", "ing")):
            # "transferred" -> 'transfer', "deposited" -> 'deposit': in a column of kinds of events
            # (txn_type), not of places ("parked up" is no area 'park')
            for f in sorted(forms(words[-1]) - {words[-1]}, key=len, reverse=True):
                if len(f) >= 4:
                    hits = [h for h in self.values.lookup([f]) if self._kind_column(h)]
                    if hits:
                        break
        if not hits and span[-1].is_word:
            hits = self.values.lookup_variant(words)
        if not hits and n == 1:
            # "paid with paypal": the means of the payment, not the state 'pagado' of the order
            means = end < len(tokens) and tokens[end].low in ("with", "via", "using", "through")
            hits = self._state_synonym(words[0], foreign=not means)
        if not hits and n == 1 and words[0] in EVENT_NOUNS and not self._names_a_table(words[0]):
            # "how many cancellations", "refunds this year": the rows in the state the noun names ('cancelled',
            # 'storniert'), one value of one column of states
            state = EVENT_NOUNS[words[0]]
            hits = [h for h in self.values.lookup([state]) if self._kind_column(h)] or self._state_synonym(state)
            hits = hits if len({(h.table, h.column, h.value) for h in hits}) == 1 else []
        if not hits and n == 1 and words[0] in WIN_WORDS and not {t.low for t in tokens[end : end + 4]} & _WON_AMOUNTS:
            hits = list(self._first_places)  # "which bands won a contest": the entries placed first (not "won £50")
        if not hits and n >= 3 and words[0] not in _ARTICLES and any(w in _ARTICLES for w in words[1:-1]):
            # "waiting on the customer" finds 'Waiting on customer'
            hits = self.values.lookup([w for w in words if w not in _ARTICLES])
        return hits

    def link(self, tokens: list[Token], blocked: set[int]) -> list[Link]:
        """Candidate links for every span of ``tokens`` that avoids ``blocked`` positions."""
        spans: dict[tuple[int, int], Link] = {}
        placed: dict[tuple[int, int, str], dict[tuple[str, str | None], int]] = {}
        for i, tok in enumerate(tokens):
            if i in blocked or not (tok.is_word or tok.kind == "number"):
                continue
            keys = set(self._tforms(tok)) | verb_of_noun(tok.low)  # (the verb's forms reach only dated columns)
            if i + 1 < len(tokens):
                nx = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 1].text == "-" else tokens[i + 1]
                pair = {a + b for a in forms(tok.low) for b in (nx.low, *forms(nx.low))}
                keys |= pair | {f for x in pair for f in forms(x)}
            syn_keys: set[str] = set(_token_forms(tok, True))
            # a past participle is a verb: "placed an order" names no place (city column); its stem's synonyms
            # may still name a table ("scored" -> goals)
            verb_syns = (
                {f for syn in SYNONYMS.get(tok.low, ()) for f in forms(syn)}
                if tok.low.endswith("ed") and len(tok.low) > 4
                else None
            )
            seen: set[int] = set()
            lemma = singular(tok.low)
            for synonyms, pool in ((False, keys), (True, syn_keys)):
                for key in sorted(pool):  # (a set's order follows the hash seed: equal scores must not)
                    for p in self._by_first.get(key, ()):
                        if id(p) in seen and not synonyms:
                            continue
                        if synonyms and verb_syns is not None and p.kind == "column" and key not in verb_syns:
                            continue
                        end = self._match(p, tokens, i, synonyms)
                        if end is None or any(k in blocked for k in range(i, end)):
                            continue
                        seen.add(id(p))
                        score = p.score - (0.6 if synonyms and not (forms(tok.low) & p.words[0]) else 0.0)
                        if p.kind == "table" and end == i + 1 and not synonyms and lemma not in (
                            self.schema.tables[p.table].lemma
                        ):
                            score -= 0.05  # "screen" is the screens before the screenings (a form of its stem)
                        cand = Candidate(p.kind, p.table, p.column, score, i, end, synonyms)
                        link = spans.setdefault((i, end), Link(i, end))
                        bucket = link.tables if p.kind == "table" else link.columns
                        # where each (table, column) sits in its bucket: a word such as "amount" matches a
                        # column of a thousand tables, and a scan of the bucket per candidate is quadratic
                        at = placed.setdefault((i, end, p.kind), {})
                        pos = at.get((cand.table, cand.column))
                        if pos is None:
                            at[(cand.table, cand.column)] = len(bucket)
                            bucket.append(cand)
                        elif bucket[pos].score < cand.score:
                            bucket[pos] = cand
        self.initialism_links(tokens, blocked, spans)
        # values: phrases of words, allowing light punctuation inside ("Dr. Chloe Morel", "Jean-Luc")
        maxw = max(self.values.max_words + (1 if self.values.max_words >= 2 else 0), CODE_MAX_WORDS)
        content = [i for i, t in enumerate(tokens) if t.kind in ("word", "number", "date")]
        for a, i in enumerate(content):
            for n in range(min(maxw, len(content) - a), 0, -1):
                idx = content[a : a + n]
                end = idx[-1] + 1
                if any(k in blocked for k in range(i, end)):
                    continue
                gaps = [tokens[k] for k in range(i, end) if k not in idx]
                if any(g.text not in (".", "-", "'", "&", "/") for g in gaps):
                    continue
                span = [tokens[k] for k in idx]
                words = [t.low for t in span]
                if n == 1 and i > 0 and tokens[i - 1].kind == "number" and words[0] in _UNIT_TAILS | {"h", "s", "t"}:
                    continue  # "taller than 1.90 m": the unit of the number, never a code 'M'
                hits = self._span_values(tokens, span, end)
                named = spans.get((i, end))
                if (
                    not hits
                    and n == 1
                    and span[0].is_word
                    and len(words[0]) >= 4
                    and words[0] not in FUNCTION_WORDS
                    and not words[0].endswith(("ed", "ing", "s"))
                    and not (named and (named.tables or named.columns))
                ):
                    # "ended in a hire" -> 'hired': the state a noun's verb leaves the row in
                    w = words[0]
                    doubled = w + w[-1] + "ed" if w[-1] in "lpt" and w[-2] in "aeiou" and w[-3] not in "aeiou" else ""
                    for f in (w + "d" if w.endswith("e") else w + "ed", w[:-1] + "ied" if w.endswith("y") else "",
                              doubled):  # ("had to cancel" -> 'cancelled')
                        hits = self.values.lookup([f]) if f else []
                        if hits:
                            break
                if all(t.is_word for t in span):  # "from Germany": 'DE' in a country column, next to any stored value
                    had = {(x.table, x.column) for x in hits}
                    hits = [*hits, *(h for h in self.values.lookup_code(words) if (h.table, h.column) not in had)]
                named = spans.get((i, end))
                if (
                    not hits
                    and n == 1
                    and span[0].is_word
                    and len(words[0]) >= 3
                    and words[0] not in FUNCTION_WORDS
                    and words[0] not in _PERIOD_WORDS
                    and not (named is not None and named.tables)
                    # ("the NORTH team": TEAM_CD, never the time slot 'TEA' the word begins with)
                    and not (named is not None
                             and any(c.score >= 2.5 and not self._key_column(c) for c in named.columns))
                    and not (i > 0 and tokens[i - 1].low in _MODALS) and not _in_proper_name(tokens, i)  # "can carry"
                ):  # "samples" names lims_smp, not 'SAL'
                    # a one-letter code only right before a noun naming its table: "female runners"
                    nxt = tokens[end] if end < len(tokens) else None
                    owners = self._named_tables(nxt)
                    # "orders that are still open": the noun a word of state is said of ("deliveries were rejected"
                    # is 'J' as often as 'R', and "pets were found" no 'F')
                    if words[0] in STATE_ADJECTIVES:
                        owners |= self._named_tables(self._predicated(tokens, i))
                    hits = self.values.lookup_abbreviation(words[0], frozenset(owners))
                    if not hits:
                        hits = self.values.lookup_convention(words[0])
                        owners |= self._state_of_named(tokens, i)
                    if any(len(h.value) == 1 for h in hits):
                        if named is not None and any(c.score >= 2.5 for c in named.columns):
                            owners = set()  # "their manager's name": a word naming a column (mgr_id) is no code
                        if nxt is not None and nxt.is_word:  # "female dogs": a value of that table names the rows
                            owners |= {h.table for h in self.values.lookup([singular(nxt.low)])}
                        hits = [h for h in hits if len(h.value) > 1 or h.table in owners]
                if hits and n == 1 and words[0] in self.date_verbs:
                    # "tickets opened in May": the event of opened_ts, not the status 'Open' of another table
                    hits = [h for h in hits if h.table in self.date_verbs[words[0]]]
                if hits and n == 1 and span[0].is_word and not span[0].capitalized and span[0].low in FUNCTION_WORDS:
                    hits = self._as_words(hits, span[0].low)
                if hits:
                    link = spans.setdefault((i, end), Link(i, end))
                    link.values.extend(h for h in hits if h not in link.values)
        out = list(spans.values())
        for link in out:
            # ties go to the table the words name most of ("member": rescue_member before rescue_callout_members)
            link.tables.sort(key=lambda c: (-c.score, len(self.schema.tables[c.table].words)))
            link.columns.sort(key=lambda c: -c.score)
        return sorted(out, key=lambda lk: (lk.first, -(lk.last - lk.first)))


#: a word after these is a verb ("which vessel can carry ..."), never an abbreviated code
_MODALS = frozenset({"can", "could", "cannot", "will", "would", "should", "must", "may", "might", "shall"})

#: words of a column that numbers or counts (seat_number): "the number of seats" is a count of rows, never it
_COUNT_WORDS = frozenset({"number", "num", "no", "nr", "nbr", "count", "cnt", "qty", "quantity", "total", "type",
                          "kind"})  # fmt: skip


#: words that start a phrase qualifying the noun before them in a table's name written out in English
#: (category_of_item, item_that_was_found, claim_made_by_owner)
_PREPOSITIONS = frozenset({"of", "by", "for", "with", "from", "to", "in", "on", "at"})
_QUALIFIERS = _PREPOSITIONS | {"that", "which", "who", "whose", "where", "when", "was", "were", "is", "are", "made",
                               "found", "given", "taken", "held", "kept", "sold"}


def _table_head(words: list[str]) -> str:
    """The noun a table's name is about: its last word (order_items), or in a name written out in English the
    word before the first word that qualifies it (category_of_item: category; item_that_was_found: item)."""
    for i in range(1, len(words) - 1):
        w = words[i]
        if w in _QUALIFIERS or (w.endswith("ed") and len(w) > 4):
            return words[i - 1]
    return words[-1]
