"""What the translator knows about a schema: table and column words, roles, and the join graph.

:class:`SchemaIndex` is built once per catalog.  It classifies each column
(key, foreign key, number, date, text, boolean), picks each table's display
columns (what people read: a name, a title), and finds the shortest
foreign-key path between tables.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aishell.ai.offline.glossary import FOREIGN_MONEY_WORDS
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    ADJECTIVES,
    CLASSIFIER_WORDS,
    COLUMN_WORDS,
    DATE_WORDS,
    DISPLAY_NAMES,
    FOREIGN_FIRST_NAMES,
    FOREIGN_LAST_NAMES,
    MONEY_WORDS,
    QUANTITY_WORDS,
    SAP_NAMES,
    SECONDARY_DATE_WORDS,
    SYNONYMS,
)
from aishell.ai.offline.text import abbreviates, forms, segment, singular, split_identifier
from aishell.engines import system_schemas
from aishell.engines.base import Catalog, ColumnInfo, TableInfo

_NUMERIC = re.compile(r"int|numeric|decimal|real|float|double|number|money|serial|dec\b|fixed|currency", re.I)
_DATE = re.compile(r"date|time", re.I)
_BOOL = re.compile(r"bool|bit\b", re.I)
_TEXT = re.compile(r"char|text|string|clob|varchar|enum|citext|name|uuid", re.I)
_DATE_NAME = re.compile(
    r"(^|_)(date|dt|at|on|time|timestamp|ts|tstamp|datetime|day)$|^(date|dob|birthday)|_date_"
    r"|^(valid|effective)_?(from|to|until|since|thru|through)$|^(dt|dte|ts)_[a-z]",
    re.I,
)
#: a run-together lower-case date name (collectiondate, hiredate), not a word ending in "date" (candidate, mandate)
_RUN_TOGETHER_DATE = re.compile(r"[a-z]{3,}[^aiou_]date")
_BOOL_NAME = re.compile(
    r"^(?:(?:is|has|can|was|should|allow|Is|Has|Can|Was|Should|Allow)(?:_|[A-Z])|(?:IS|HAS|CAN|WAS|SHOULD|ALLOW)_)"
)  # is_active, isActive, IsActive, IS_ACTIVE; never issued_date, island, canceled_on, hash
#: a Hungarian type prefix that marks a date (dtmCheckIn, datCreated, dtHired), case-sensitive
_HUNGARIAN_DATE = re.compile(r"^(dtm|dat|dte|dt|ts)(?=[A-Z])")
#: a Hungarian type prefix of any type (strName, intQty, bitActive, dblWeightKg), case-sensitive
_HUNGARIAN = re.compile(r"^(str|int|lng|dbl|flt|dec|cur|mny|bit|bln|bool|byt|chr|txt|sng|dtm|dat|dte|dt|ts|uid|guid)"
                        r"(?=[A-Z])")  # fmt: skip


@dataclass
class ColumnMeta:
    table: str
    name: str
    data_type: str
    kind: str  # pk | fk | number | date | text | bool | other
    words: tuple[str, ...]
    nullable: bool
    ref_table: str | None = None  # for foreign keys
    position: int = 0
    bool_values: tuple[str, str] | None = None  # a yes/no text column: its stored (true, false) values
    epoch: int = 0  # a date stored as a unix-epoch integer: 1 in seconds, 1000 in milliseconds
    text_number: bool = False  # numbers held as text (a spreadsheet import): compared and summed as numbers
    blank: bool = False  # text that holds '' for a missing value: missing is NULL or ''
    clock: str = ""  # a date column's grain: "day" (dates only), "time" (a time of day too), "" (not known);
    # "clock": a time of day alone ('19:30'), which is no date (its kind is "other")
    digits: bool = False  # a date held as the integer yyyymmdd (20250115): compared as that number
    day_order: str = ""  # a date held as text DD/MM/YYYY ("dmy") or MM/DD/YYYY ("mdy"): read as a date to compare

    @property
    def numeric(self) -> bool:
        return self.kind == "number"

    @property
    def is_key(self) -> bool:
        return self.kind in ("pk", "fk")

    @property
    def is_year(self) -> bool:
        """An integer year: release_year, founded, established ...; fee_year too (named last by "year"), but not
        a money column that only mentions one (year_total_amt)."""
        if self.kind in ("pk", "fk"):  # dividend_rates.dividend_year: one row a year, keyed by it
            return self.words[-1:] in (("year",), ("yr",)) and bool(re.search(r"int|number|numeric", self.data_type,
                                                                               re.I))  # fmt: skip
        return (
            self.kind == "number"
            and bool({"year", "founded", "established", "yr"} & set(self.words))
            and (not self.money or self.words[-1:] in (("year",), ("yr",)))
        )

    @property
    def money(self) -> bool:
        """A sum of money: a word of money in its name, or an abbreviation of one (pmt_amt, unit_prc)."""
        return self.kind == "number" and any(
            w in MONEY_WORDS or w in FOREIGN_MONEY_WORDS or any(x in MONEY_WORDS for x in ABBREVIATIONS.get(w, ()))
            for w in self.words
        )

    @property
    def head(self) -> str:
        """The column's main word: the last one that is not a generic suffix."""
        for w in reversed(self.words):
            if w not in ("id", "at", "on", "is", "has", "of", "the", "no"):
                return w
        return self.words[-1] if self.words else self.name.lower()

    def word_forms(self) -> set[str]:
        out: set[str] = set()
        for w in self.words:
            out |= forms(w)
            for full in ABBREVIATIONS.get(w, ()):
                out |= forms(full)
        return out


@dataclass(frozen=True)
class Edge:
    """A foreign key seen from one end: ``child.cols -> parent.ref_cols``."""

    child: str
    child_cols: tuple[str, ...]
    parent: str
    parent_cols: tuple[str, ...]

    def other(self, table: str) -> str:
        return self.parent if table == self.child else self.child


@dataclass
class TableMeta:
    name: str  # the key used everywhere: lower-case table name
    info: TableInfo
    words: tuple[str, ...]
    columns: list[ColumnMeta] = field(default_factory=list)
    pk: tuple[str, ...] = ()
    display: list[str] = field(default_factory=list)
    named: bool = True  # False: no name-like column, so listings show every column

    def column(self, name: str) -> ColumnMeta | None:
        low = name.lower()
        for c in self.columns:
            if c.name.lower() == low:
                return c
        return None

    @property
    def lemma(self) -> tuple[str, ...]:
        return tuple(singular(w) for w in self.words)

    def date_columns(self) -> list[ColumnMeta]:
        return [c for c in self.columns if c.kind == "date"]

    def default_date(self) -> ColumnMeta | None:
        dates = self.date_columns()
        primary = [c for c in dates if not SECONDARY_DATE_WORDS.intersection(c.words)]
        # an appointment's slot, not the moment it was booked: the time a row was recorded comes after the time it
        # is for, when the row has one
        planned = [c for c in primary if _PLANNED_WORDS.intersection(c.words)]
        if planned and any(_RECORDED_WORDS.intersection(c.words) for c in primary[: primary.index(planned[0])]):
            return planned[0]
        # ExamDate in tbl_Exam beside RequestedOn: the date named by the row's own noun is when the row happened
        # (the head noun: pickup_date in pickup_order names the pickup, a later event than the order)
        own = self._named_by_noun(primary)
        if own is not None:
            return own
        if primary:
            return primary[0]
        return dates[0] if dates else None

    def own_date(self) -> ColumnMeta | None:
        """The one date named by the row's own noun: ``order_date``, ``exam_dt``, ``data_ordine``,
        ``fecha_pedido``; None when there is none or more than one."""
        return self._named_by_noun(self.date_columns())

    def _named_by_noun(self, dates: list[ColumnMeta]) -> ColumnMeta | None:
        """The one of ``dates`` named by the row's head noun, before or after the word for a date."""
        nouns = {singular(w) for w in self.words[-1:]}
        own = [c for c in dates if len(c.words) == 2 and (
            (singular(c.words[0]) in nouns and c.words[1] in _DATE_TAILS)
            or (singular(c.words[1]) in nouns and c.words[0] in _DATE_HEADS))]
        return own[0] if len(own) == 1 else None

    def numeric_columns(self) -> list[ColumnMeta]:
        return [c for c in self.columns if c.kind == "number"]


#: the last word of a date column named by its row's noun (exam_date, order_dt)
_DATE_TAILS = frozenset({"date", "dt", "day"})

#: the first word of a date column named by its row's noun in languages that put it first (data_ordine, fecha_pedido)
_DATE_HEADS = frozenset({"data", "fecha", "date", "datum", "dt"})

#: words of the date a row is for (an appointment's slot, a job's scheduled day)
_PLANNED_WORDS = frozenset({"slot", "scheduled", "sched", "start", "starts", "appointment", "appt", "apt"})

#: words of the moment a row was recorded (booked_ts, created_at)
_RECORDED_WORDS = frozenset({"booked", "bk", "bkd", "created", "crtd", "made", "entered", "logged", "recorded"})


def declared_clock(data_type: str) -> str:
    """A date type's grain: "time" for a timestamp or datetime, "day" for a plain date, else ""."""
    if re.search(r"timestamp|datetime", data_type, re.I):
        return "time"
    return "day" if re.fullmatch(r"\s*date\s*", data_type, re.I) else ""


def column_kind(col: ColumnInfo, is_pk: bool, is_fk: bool) -> str:
    if is_fk:
        return "fk"
    dt = col.data_type or ""
    name = col.name
    if is_pk:
        return "pk"
    if _BOOL.search(dt) or (_BOOL_NAME.match(name) and re.search(r"int|bool|bit|^$", dt, re.I)):
        return "bool"
    if _DATE.search(dt) and not re.search(r"interval", dt, re.I):
        return "date"
    if _NUMERIC.search(dt):
        if re.fullmatch(r"number\(1\)|tinyint\(1\)", dt.strip().lower()):
            return "bool"
        return "number"
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)  # appliedOn -> applied_On
    if _HUNGARIAN_DATE.match(name) and (not dt or _TEXT.search(dt)):
        return "date"
    if (_DATE_NAME.search(name) or _DATE_NAME.search(snake) or _RUN_TOGETHER_DATE.fullmatch(name)) and (
        not dt or _TEXT.search(dt)
    ):
        return "date"
    if _TEXT.search(dt) or not dt:
        return "text"
    return "other"


def _full(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Column words with abbreviations written out (``first_nm`` -> first name), without a trailing class
    word that only says the type (``host_name_txt`` -> host name)."""
    if len(words) > 1 and words[-1] in ("txt", "str", "text"):
        words = words[:-1]
    if "of" in words[1:-1] and words[words.index("of") - 1] in ("name", "title", "label"):
        words = words[: words.index("of")]  # full_name_of_staff_member, name_of_category: written out in English
    return tuple(ABBREVIATIONS.get(w, (w,))[0] if w not in ("fname", "lname", "fnm", "lnm") else w for w in words)


#: columns that hold the other name a row goes by
_ALIAS_WORDS = frozenset({"nick", "nickname", "handle", "alias", "callsign", "moniker", "gamertag"})


#: words before "name" of two names a row goes by, each a name of its own (a drug's generic_name and
#: brand_name, a plant's common_name and scientific_name)
_PAIRED_NAMES = frozenset({"generic", "brand", "trade", "common", "scientific", "latin", "botanical", "local",
                           "english", "native"})  # fmt: skip


def _paired_name(meta: TableMeta) -> list[str]:
    """The other of two paired names (``generic_name`` beside ``brand_name``): shown beside the first."""
    shown = meta.column(meta.display[0])
    if shown is None or len(shown.words) != 2 or shown.words[0] not in _PAIRED_NAMES or shown.words[1] != "name":
        return []
    return [
        c.name
        for c in meta.columns
        if c.kind == "text" and c is not shown and len(c.words) == 2 and c.words[0] in _PAIRED_NAMES
        and c.words[1] == "name"
    ][:1]  # fmt: skip


def _own_code(meta: TableMeta) -> list[str]:
    """The code a named row also goes by (StudyCode beside Title in Studies, course_code beside course_name): a
    text column of the row's own words and "code", shown beside its name, as people know the row by either."""
    own = set(meta.lemma)
    return [
        c.name
        for c in meta.columns
        if c.kind == "text" and c.name not in meta.display and c.words[-1:] == ("code",) and len(c.words) <= 2
        and (len(c.words) == 1 or singular(c.words[0]) in own)
    ][:1]  # fmt: skip


def _key_target(
    meta: TableMeta,
    col: ColumnMeta,
    by_key: dict[str, list[TableMeta]],
    by_words: dict[tuple[str, ...], list[TableMeta]],
    by_name: dict[str, list[TableMeta]],
) -> TableMeta | None:
    """The table whose one-column key ``col`` names, when exactly one does (see ``SchemaIndex._infer_edges``)."""
    words = col.words
    same = [t for t in by_key.get(col.name.lower(), []) if t.name != meta.name]
    if len(same) == 1 and len(words) >= 2:
        return same[0]  # veh_no -> veh.veh_no, pupilId -> Pupils.pupilId
    if len(same) > 1:
        return None
    ends = {t.name: t for n in range(2, len(words)) for t in by_words.get(words[-n:], []) if t.name != meta.name}
    if len(ends) == 1:
        return next(iter(ends.values()))  # dsm_emp_no -> emp.emp_no: a role before the key's own name
    if len(words) < 2 or words[-1] not in _KEY_TAILS:
        return None
    named = {t.name: t for t in by_name.get(singular("_".join(words[:-1])), []) if t.name != meta.name}
    return next(iter(named.values())) if len(named) == 1 else None


#: last words of a column that holds a table's key (customer_id, order_no, product_key, RMANO: rma no)
_KEY_TAILS = frozenset({"id", "no", "nr", "num", "nbr", "key", "code", "cd", "ref"})


#: words before "name" that still name the row itself (display_name, short_title)
_NAME_PREFIXES = frozenset(
    {
        "display",
        "full",
        "short",
        "long",
        "first",
        "given",
        "common",
        "official",
        "legal",
        "preferred",
        "nick",
        "user",
        "screen",
        "brand",
        "trade",
        "model",
    }
)


#: display names that only stand in for a name: what a row is recognised by when it has no name of its own
_FALLBACK_NAMES = frozenset(
    {"company", "company_name", "username", "user_name", "login", "email", "code", "description", "headline"}
)


#: nouns of rows that are places, read by their address when nothing names them
_PLACE_NOUNS = frozenset({"property", "premises", "premise", "site", "building", "house", "dwelling", "structure",
                          "plot", "address", "location", "unit", "flat", "apartment", "parcel"})

#: words of the name a business trades under (business_name, trading_name beside a person's names)
_TRADING_WORDS = frozenset({"business", "trading", "company", "firm", "shop", "store", "practice", "stall"})


#: what a code or number of something else says (country_code, phone_number, status_code): never the row's name
_ATTRIBUTE_CODES = frozenset(
    {"country", "currency", "phone", "postal", "post", "zip", "area", "language", "lang", "region", "state",
     "status", "type", "category", "error", "reason", "tax", "vat", "color", "colour", "mobile", "fax", "city",
     "discount", "promo", "promotion", "coupon", "voucher", "referral"}
)  # fmt: skip


#: a column that holds the name of the business a person's row stands for (Kunde.Firma beside Vorname, Nachname)
_COMPANY_NAMES = frozenset({("company",), ("firma",), ("empresa",), ("societe",), ("raison", "sociale"), ("azienda",)})


def _names_parent(col: ColumnMeta, parents: frozenset[str]) -> bool:
    """``site_name`` beside a key to sites: the column names the row a key points to."""
    full = _full(col.words)
    named = len(full) >= 2 and full[-1] in ("name", "title", "label")
    return named and bool({singular(w) for w in full[:-1]} & parents)


def _address_of_a_place(table: TableMeta, text_cols: list[ColumnMeta]) -> list[str]:
    """A property or a site is read by its address (its first line) when nothing names it."""
    if not set(table.lemma) & _PLACE_NOUNS:
        return []
    addressed = [c for c in text_cols if "address" in c.words and "by" not in c.words]
    addressed.sort(key=lambda c: not ({"1", "line1", "first"} & set(c.words)))
    return [addressed[0].name] if addressed else []


#: words of who made a thing or which line of it it is: veh_make_nm names the make, never the vehicle
_MAKER_WORDS = frozenset({"make", "model", "brand", "manufacturer", "maker", "mdl", "mfr"})

#: a plain name, which is the first name beside a surname (nombre beside apellidos, jmeno beside prijmeni)
_PLAIN_NAMES = frozenset((w,) for w in ("name", "nombre", "nome", "nom", "jmeno", "nimi", "navn", "namn", "naam"))


def _sap_names(tables: Iterable[TableMeta]) -> None:
    """An SAP extract (LFA1, EKKO, EKPO, MARA ...) names its tables and fields in SAP's short German codes: with two
    of its tables or more, each known code is read as the English words it stands for (LIFNR: vendor number)."""
    metas = list(tables)
    if sum(m.name in SAP_NAMES for m in metas) < 2:
        return
    for meta in metas:
        meta.words = SAP_NAMES.get(meta.name, meta.words)
        for c in meta.columns:
            c.words = SAP_NAMES.get(c.name.lower(), c.words)


def _pick_display(table: TableMeta, parents: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """The columns people read to recognise a row, and whether they are a natural name; ``parents``: the words
    of the tables its keys point to (``model_name`` in devices, beside a key to device_models, names the model)."""
    by_name = {c.name.lower(): c for c in table.columns}
    text_cols = [c for c in table.columns if c.kind in ("text", "other")]
    first_forms = (("first", "name"), ("given", "name"), ("given", "names"), ("firstname",), ("fname",), ("fnm",),
                   ("forename",), ("forenames",), ("name", "first"), ("name", "given"),
                   *((w,) for w in sorted(FOREIGN_FIRST_NAMES)))  # fmt: skip
    last_forms = (("last", "name"), ("family", "name"), ("surname",), ("lastname",), ("lname",), ("lnm",),
                  ("name", "last"), ("name", "family"),  # (a document flattened: name.first, name.last)
                  *((w,) for w in sorted(FOREIGN_LAST_NAMES)))  # fmt: skip

    def person_part(words: tuple[str, ...], forms: tuple[tuple[str, ...], ...], alone: tuple[str, ...]) -> bool:
        # first_name, first_name_txt; crew_member_first_name (the row's own words before it); mbr_first
        full = _full(words)
        return full[:2] in forms or full[-2:] in forms or full[-1:] in forms or full in (alone,)

    firsts = [c for c in text_cols if person_part(c.words, first_forms, ("first",)) or _full(c.words) == ("given",)]
    lasts = [c for c in text_cols if person_part(c.words, last_forms, ("last",)) or _full(c.words) == ("family",)]
    if firsts and not lasts:
        # French nom beside prenom: the family name
        lasts = [c for c in text_cols if _full(c.words) == ("nom",)]
    if lasts and not firsts:
        # name beside surname, nombre beside apellidos, nome beside sobrenome: the plain name is the first name
        firsts = [c for c in text_cols if _full(c.words) in _PLAIN_NAMES]
    if firsts and lasts:
        # a sole trader's business_name beside the owner's names: either may be what the row is called
        trading = [c.name for c in text_cols if (_full(c.words)[-1:] == ("name",) and set(_full(c.words)[:-1])
                   & _TRADING_WORDS) or _full(c.words) in _COMPANY_NAMES][:1]  # fmt: skip
        return [*trading, firsts[0].name, lasts[0].name], True

    def exact(names: Iterable[str]) -> list[str]:
        for cand in names:
            col = by_name.get(cand)
            if col is not None and col.kind in ("text", "other"):
                return [col.name]
        return []

    # a name first; a login, an email or a code only when nothing names the row (supplier_name before email)
    got = exact(n for n in DISPLAY_NAMES if n not in _FALLBACK_NAMES)
    own = set(table.lemma)
    if got and got[0].lower() == "title":  # an agent's Title is a job title when an "Agent Name" names the agent
        named = [c for c in text_cols if _full(c.words)[-1:] == ("name",) and set(_full(c.words)[:-1]) & own]
        # (a judge's title, 'Recorder', beside the full_name that names the judge)
        named = named or [c for c in text_cols if _full(c.words) in (("full", "name"), ("name",))]
        if named:
            return [named[0].name], True
    if got:
        return got, True

    def owned(words: tuple[str, ...]) -> bool:  # customer, or cust/supp cut from the table's own word (or acct)
        return any(
            w in own or any(len(w) >= 3 and len(o) >= 3 and (abbreviates(w, o) or abbreviates(o, w)) for o in own)
            for w in words
        )

    for c in text_cols:  # "Neighborhood" in Neighborhoods, "Request Type" in "Request Types": the row's own noun
        if c.words and tuple(singular(w) for w in c.words) == tuple(singular(w) for w in table.words):
            return [c.name], True
    for c in text_cols:  # product_name, customer_title, vet_nm, supp_nm in supplier ...
        full = _full(c.words)
        # (VOL_NAME in VOLUNTEER: "vol" as typed abbreviates the table's word, whatever it expands to elsewhere)
        if full and full[-1] in ("name", "title", "label") and (
            owned(full[:-1]) or len(full) == 1 or (c.words[-1:] == full[-1:] and owned(tuple(c.words[:-1])))
        ):
            if set(full[:-1]) & (CLASSIFIER_WORDS | _MAKER_WORDS) - own:
                continue  # pln_typ_nm names the plan's type, not the plan (pln_desc does); veh_make_nm the make
            return [c.name], True
        if len(c.words) == 2 and c.words[-1] in ("text", "txt") and owned(tuple(c.words[:-1])):
            return [c.name], True  # question_text in questions: what the question says
        if len(full) == 1 and full[0][:-4] in own and full[0].endswith("name"):
            return [c.name], True  # run together: drivername in drivers
        if len(full) == 2 and (full[0] in ("name", "title", "label") or full[:1] in _PLAIN_NAMES) and owned(full[1:]):
            return [c.name], True  # the type first: nm_customer in customers, nome_professor in professores
    others: list[str] = []  # owner_name in vehicles names the owner, not the vehicle: a late choice
    for c in text_cols:
        full = _full(c.words)
        if full and full[-1] in ("name", "title", "label"):
            if set(full[:-1]) - _NAME_PREFIXES or _names_parent(c, parents):
                others.append(c.name)
                continue
            return [c.name], True
    for c in text_cols:  # hostname, codename: a name run together, before os_nm (another thing's name)
        full = _full(c.words)
        if len(full) == 1 and len(full[0]) > 6 and full[0].endswith("name") and c.name not in _FALLBACK_NAMES:
            return [c.name], True
    for c in text_cols:  # companyName beside contactName and email in Customers: the name it trades under
        full = _full(c.words)
        if len(full) == 2 and full[-1] == "name" and full[0] in _TRADING_WORDS:
            return [c.name], True
    addressed = _address_of_a_place(table, text_cols)
    if addressed:
        return addressed, True
    got = exact(n for n in DISPLAY_NAMES if n in _FALLBACK_NAMES)
    if got:
        return got, True
    for cand in DISPLAY_NAMES:
        for c in text_cols:
            if cand not in c.words or c.name in others or _names_parent(c, parents) or "by" in c.words:
                continue  # (reported_by_description describes who reported it, not the row)
            at = c.words.index(cand)
            if at > 0 and not owned(tuple(c.words[:at])) and (others or cand in _FALLBACK_NAMES):
                continue  # country_code names a country, owner_email the owner: not the row
            described = [d.name for d in text_cols if d is not c and (full := _full(d.words)) and
                         full[-1] in ("description", "desc") and (len(full) <= 2 or owned(full[:-1]))]  # fmt: skip
            if cand == "code" and described:
                return [c.name, described[0]], True  # ItemCode beside ItemDescription: the row is read by both
            return [c.name], True
    for c in text_cols:  # item_desc: a described row is read by its description
        full = _full(c.words)
        if full and full[-1] in ("description", "desc") and (len(full) <= 2 or owned(full[:-1])):
            return [c.name], True
    key = by_name.get(table.pk[0].lower()) if len(table.pk) == 1 else None
    if key is not None and _TEXT.search(key.data_type or ""):
        # a text key is the row's own reference (moving_job_reference_number 'MJ-24010'), shown with its other name
        return ([key.name, others[0]] if others else [key.name]), True
    for c in text_cols:  # room_number, flight_no, sku: what people call the row by
        if c.words and c.words[-1] in (
            "number",
            "no",
            "num",
            "nr",
            "nbr",
            "code",
            "ref",
            "reference",
            "sku",
            "isbn",
            "plate",
            "identifier",
            "handle",
            "slug",
            "numero",
            "nummer",
        ) and not set(c.words[:-1]) & _ATTRIBUTE_CODES:
            # a machine's serial number and its site_name: the code names the row, the name says which one
            return ([c.name, others[0]] if others else [c.name]), True
    unique = {ix.columns[0].lower() for ix in table.info.indexes if ix.unique and len(ix.columns) == 1}
    for c in text_cols:
        # a unique text shipment_id ('SHP-100020') beside an integer surrogate key, or a unique tank_cd in tank: the
        # row's own reference (a non-unique alarm_cd or status_cd is a coded attribute)
        coded = len(c.words) >= 2 and c.words[-1] in ("id", "key", "cd")
        if coded and owned(c.words[:-1]) and c.name.lower() in unique:
            return ([c.name, others[0]] if others else [c.name]), True
    own_others = [o for o in others if not _names_parent(by_name[o.lower()], parents)]
    if own_others:
        return [own_others[0]], True
    if table.pk:
        return list(table.pk), False
    return ([table.columns[0].name] if table.columns else []), False


def _strip_star_letters(tables: Iterable[TableMeta]) -> None:
    """A star schema's one-letter table prefixes (``d_site``, ``f_site_visit``) say only the table's role: "site
    visits" names f_site_visit by its words site and visit."""
    metas = list(tables)
    firsts = {m.words[0] for m in metas if len(m.words) > 1}
    if {"d", "f"} <= firsts and all(m.words[0] in ("d", "f") for m in metas if len(m.words) > 1):
        for m in metas:
            if len(m.words) > 1 and m.words[0] in ("d", "f"):
                m.words = m.words[1:]


def _strip_prefixes(meta: TableMeta) -> None:
    """Column words without what only says the column's type or its table: a Hungarian type prefix
    (``strFirstName`` -> first name) when most of the table's columns carry one, and the table's
    abbreviation when most of its columns start with it (``mbr_first`` in ``member`` -> first);
    ``bkg_mbr_id`` keeps ``mbr``, which names another table.  The table's own full word is kept
    (``order_date`` in ``orders``)."""
    cols = meta.columns
    if len(cols) < 3:
        return
    hungarian = [c for c in cols if _HUNGARIAN.match(c.name) and len(c.words) > 1]
    if 2 * len(hungarian) >= len(cols):
        for c in hungarian:
            c.words = c.words[1:]
    whole = tuple(meta.words)
    if len(whole) > 1 and len(cols) >= 3 and all(c.words[: len(whole)] == whole and len(c.words) > len(whole)
                                                 for c in cols):
        # every column repeats the table's whole name (job_fabric_metres in job_fabric): a naming habit
        for c in cols:
            if c.kind != "pk":
                c.words = c.words[len(whole) :]
        return
    firsts = [c.words[0] for c in cols if len(c.words) > 1]
    if not firsts:
        return
    lead = max(set(firsts), key=firsts.count)
    own = {w for tw in meta.words for w in (tw, singular(tw))}
    if lead in own and len(meta.words) == 1 and firsts.count(lead) == len(cols) and len(cols) >= 4:
        # every column repeats the table's name (job_piece_count, job_status_code in job): a naming habit, not
        # what the column holds ("how many jobs" is no job_piece_count); the key keeps it (job_id)
        for c in cols:
            if c.kind != "pk" and len(c.words) > 1 and c.words[0] == lead:
                c.words = c.words[1:]
        return
    if 4 * firsts.count(lead) < 3 * len(cols) or lead in own or len(lead) < 2:
        return
    if not any(abbreviates(lead, singular(w), share=0) for w in meta.words):  # mbr: member, crt: certification
        return
    for c in cols:
        if len(c.words) > 1 and c.words[0] == lead:
            c.words = c.words[1:]


#: class pieces a terse legacy name ends with (PATNO, APTDT, STCD, MODNM, NHSFL, STDSC, PATMS, LSTPR)
_TERSE_TAILS = ("name", "dsc", "desc", "nbr", "num", "amt", "qty", "flg", "no", "nr", "dt", "ts", "cd", "nm", "fl",
                "yn", "id", "ms", "pr", "mn", "tm")


def _split_terse(tables: Iterable[TableMeta], vocab: frozenset[str]) -> None:
    """Terse legacy names run together, a stem and a class piece (``PATNO``: pat no, ``APTDT``: apt dt, ``PATMS``:
    pat ms): split where the schema uses the name as a scheme, the stem again with another piece (``PATNO`` beside
    ``PATMS``) or the piece after two other stems (``APTDT``, ``FITDT``); known words are never split."""
    metas = list(tables)
    names: list[tuple[TableMeta | ColumnMeta, str]] = [(m, m.words[0]) for m in metas if len(m.words) == 1]
    names += [(c, c.words[0]) for m in metas for c in m.columns if len(c.words) == 1]
    cuts: dict[str, tuple[str, str]] = {}
    for _o, word in names:
        if word in vocab or not word.isalpha() or len(word) > 7:
            continue
        for tail in _TERSE_TAILS:
            stem_ = word[: -len(tail)]
            if word.endswith(tail) and (len(stem_) >= 2 or (tail == "name" and stem_)):
                cuts[word] = (stem_, tail)
                break
    stems: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for stem_, tail in cuts.values():
        stems.setdefault(stem_, set()).add(tail)
        tails.setdefault(tail, set()).add(stem_)
    for owner, word in names:
        cut = cuts.get(word)
        # (a plural, pets or rooms, only splits beside its stem with another piece: PATMS and PATNO; ANAME is a
        # name whatever else the schema holds)
        if cut is not None and (len(stems[cut[0]]) > 1 or (len(tails[cut[1]]) > 2 and not cut[1].endswith("s"))
                                or (cut[1] == "name" and len(cut[0]) <= 2)):
            owner.words = cut


#: the class words a run-together column name ends in (``installdate``, ``foragetype``, ``varroacount``)
_CLASS_TAILS = ("date", "type", "count", "pct", "code", "amount", "total", "price", "cost", "status", "level",
                "number", "time", "weight", "length")  # fmt: skip


def _tail_split(word: str) -> tuple[str, ...] | None:
    """A run-together lower-case name whose first part is no word the schema knows: its class word cut off after a
    stem of four letters or more (``removeddate``: removed date; never ``candidate``), and "on"/"at" after a
    participle (``inspectedon``: inspected on)."""
    if not word.isalpha() or len(word) < 7:
        return None
    for tail in _CLASS_TAILS:
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 4 and (tail != "date" or _RUN_TOGETHER_DATE.fullmatch(word)):
            return head, tail
    for tail in ("on", "at"):
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 5 and head.endswith("ed"):
            return head, tail
    return None


def _named_by_own_key(meta: TableMeta) -> None:
    """A cryptic table named by what its own key numbers: ``RMAHD`` keyed by ``RMANO`` holds the RMAs (rma hd),
    ``SORDH`` keyed by ``SORNO`` the sales orders; a key borrowed from a parent (``RMAIT.RMANO``) names nothing."""
    own = [c for c in meta.columns if c.kind == "pk"]
    if len(meta.words) != 1 or len(own) != 1 or len(own[0].words) != 2 or own[0].words[1] not in _KEY_TAILS:
        return
    head, name = own[0].words[0], meta.words[0]
    if len(head) >= 3 and name.startswith(head) and 2 <= len(name) - len(head) <= 3 and singular(name) != head:
        meta.words = (head,)



def _key_split(col: ColumnMeta) -> tuple[str, ...] | None:
    """A run-together key column whose first part is no known word: ``skipperid`` -> skipper id,
    ``finishcode`` -> finish code."""
    if col.kind not in ("pk", "fk"):
        return None
    word = col.words[0]
    for tail in ("id", "code", "cd", "no", "nbr", "num"):
        if word.endswith(tail) and len(word) - len(tail) >= 4:
            return word[: -len(tail)], tail
    return None


def _pair(values: list[str] | None) -> tuple[str, str] | None:
    return (values[0], values[1]) if values is not None else None


class SchemaIndex:
    """Tables, columns and foreign keys of one catalog, ready for linking."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.tables: dict[str, TableMeta] = {}
        self.edges: list[Edge] = []
        self._by_table: dict[str, list[Edge]] = {}
        self._paths: dict[tuple[str, str, frozenset[str]], list[Edge] | None] = {}
        self._dist: dict[str, dict[str, int]] = {}
        chosen = self._choose_tables(catalog.tables)
        for info in chosen:
            self._add_table(info)
        for meta in self.tables.values():
            _strip_prefixes(meta)
        _strip_star_letters(self.tables.values())
        self._segment_names()
        _sap_names(self.tables.values())
        for meta in self.tables.values():
            for fk in meta.info.foreign_keys:
                ref = fk.ref_table.lower()
                if ref not in self.tables or not fk.columns:
                    continue
                ref_cols = fk.ref_columns or self.tables[ref].pk
                edge = Edge(meta.name, tuple(fk.columns), ref, tuple(ref_cols))
                self.edges.append(edge)
                if ref != meta.name:
                    self._by_table.setdefault(meta.name, []).append(edge)
                    self._by_table.setdefault(ref, []).append(edge)
        self._infer_edges()
        for meta in self.tables.values():
            parents = {
                w for e in self._by_table.get(meta.name, []) if e.child == meta.name and e.parent != meta.name
                for w in self.tables[e.parent].lemma
            } - set(meta.lemma)  # fmt: skip
            meta.display, meta.named = _pick_display(meta, frozenset(parents))
            if meta.named and len(meta.display) == 1:
                # a row known by a nickname or handle as well as a name: show both (s_real_name, s_nick)
                meta.display += [
                    c.name
                    for c in meta.columns
                    if c.kind == "text" and c.name not in meta.display and set(c.words) & _ALIAS_WORDS
                ][:1] or _paired_name(meta) or _own_code(meta)

    # ------------------------------------------------------------------ building
    def _choose_tables(self, tables: Iterable[TableInfo]) -> list[TableInfo]:
        """One TableInfo per name: the default schema wins, system schemas are skipped."""
        system, prefixes = system_schemas()
        chosen: dict[str, TableInfo] = {}
        for t in tables:
            if (t.schema or "").lower() in system or t.name.lower().startswith(prefixes):
                continue
            key = t.name.lower()
            if key in chosen and chosen[key].schema == self.catalog.default_schema:
                continue
            if key not in chosen or t.schema == self.catalog.default_schema:
                chosen[key] = t
        return list(chosen.values())

    def _add_table(self, info: TableInfo) -> None:
        name = info.name.lower()
        words = tuple(split_identifier(info.name)) or (name,)
        meta = TableMeta(name=name, info=info, words=words)
        pk = tuple(info.primary_key)
        fk_cols: dict[str, str] = {}
        for fk in info.foreign_keys:
            if len(fk.columns) == 1:
                fk_cols[fk.columns[0].lower()] = fk.ref_table.lower()
        if not pk:
            for c in info.columns:
                if c.name.lower() == "id" or c.name.lower() in (f"{singular(name)}_id", f"{name}_id"):
                    pk = (c.name,)
                    break
        meta.pk = pk
        pk_low = {p.lower() for p in pk}
        for pos, col in enumerate(info.columns):
            low = col.name.lower()
            is_pk = low in pk_low and len(pk) == 1
            is_fk = low in fk_cols
            kind = column_kind(col, is_pk, is_fk)
            words = tuple(split_identifier(col.name)) or (low,)
            meta.columns.append(
                ColumnMeta(name, col.name, col.data_type or "", kind, words, col.nullable, fk_cols.get(low), pos,
                           clock=declared_clock(col.data_type or ""))
            )
        # one-letter type prefixes (n_qty, s_name, d_left): a d_ column held as text is a date
        typed = {m.name[:2].lower() for m in meta.columns if re.match(r"^[a-z]_[a-z]", m.name, re.I)}
        if len(typed & {"n_", "s_", "d_", "b_", "i_", "f_", "t_"}) >= 2:
            for m in meta.columns:
                if m.name[:2].lower() == "d_" and m.kind == "text":
                    m.kind = "date"
        self.tables[name] = meta

    def _segment_names(self) -> None:
        """Split lower-case run-together names (``wastestream``, ``capacitykg``, ``collectionid``) into words,
        using the schema's own words (its tables and its separated names) and common column words."""
        vocab: set[str] = set(COLUMN_WORDS) | set(MONEY_WORDS) | set(DATE_WORDS) | set(QUANTITY_WORDS)
        for key, vals in (*ABBREVIATIONS.items(), *SYNONYMS.items()):
            vocab.add(key)
            vocab.update(v for v in vals if v.isalpha())
        for cols, _desc in ADJECTIVES.values():
            vocab.update(c for c in cols if c.isalpha())
        owners: dict[str, str] = {}  # a table's own word: not a piece of its own name
        for meta in self.tables.values():
            if len(meta.words) == 1:
                owners[singular(meta.words[0])] = meta.name
            for c in meta.columns:
                if len(c.words) > 1:
                    vocab.update(w for w in c.words if len(w) >= 3 and w.isalpha())
            if len(meta.words) > 1:
                vocab.update(w for w in meta.words if len(w) >= 3 and w.isalpha())
        vocab.update(owners)
        vocab = {v for v in vocab if len(v) >= 2}
        frozen = frozenset(vocab)
        _split_terse(self.tables.values(), frozen)
        for meta in self.tables.values():
            if len(meta.words) == 1:
                own = singular(meta.words[0])
                split = segment(meta.words[0], frozen - {own, meta.words[0]}) if owners.get(own) == meta.name else None
                if split is not None:
                    meta.words = split
            for c in meta.columns:
                if len(c.words) == 1 and (c.name.islower() or c.name.isupper()):
                    split = segment(c.words[0], frozen) or _key_split(c) or _tail_split(c.words[0])
                    if split is not None:
                        c.words = split
        for meta in self.tables.values():
            _named_by_own_key(meta)

    def _infer_edges(self) -> None:
        """Schemas without declared foreign keys: a column that names another table's one-column key, by that
        key's own name (``veh_no`` to ``veh.veh_no``, ``pupilId``, ``product_key``), by that name after a role
        (``dsm_emp_no`` to ``emp.emp_no``), or by the table's name and a key word (``customer_id`` to
        ``customers.id``)."""
        if self.edges:
            return
        by_key: dict[str, list[TableMeta]] = {}  # the key's name
        by_words: dict[tuple[str, ...], list[TableMeta]] = {}  # the key's words, when two or more
        by_name: dict[str, list[TableMeta]] = {}  # the table's name, and that name in the singular
        for t in self.tables.values():
            key = t.column(t.pk[0]) if len(t.pk) == 1 else None
            if key is None:
                continue
            by_key.setdefault(key.name.lower(), []).append(t)
            if len(key.words) >= 2:
                by_words.setdefault(key.words, []).append(t)
            for n in {t.name, singular(t.name)}:
                by_name.setdefault(n, []).append(t)
        for meta in self.tables.values():
            for col in meta.columns:
                if col.kind not in ("number", "text", "other", "pk") or meta.pk == (col.name,):
                    continue
                target = _key_target(meta, col, by_key, by_words, by_name)
                if target is None:
                    continue
                col.kind, col.ref_table = "fk", target.name
                edge = Edge(meta.name, (col.name,), target.name, target.pk)
                self.edges.append(edge)
                self._by_table.setdefault(meta.name, []).append(edge)
                self._by_table.setdefault(target.name, []).append(edge)

    # ------------------------------------------------------------------ serialisation
    def to_doc(self) -> dict[str, Any]:
        """What was built from the catalog, as plain JSON data (see :mod:`aishell.ai.offline.cache`);
        each table refers to its :class:`TableInfo` by its place in ``catalog.tables``."""
        place = {id(t): i for i, t in enumerate(self.catalog.tables)}
        tables = [
            [place[id(m.info)], m.name, list(m.words), list(m.pk), m.display, m.named,
             [[c.name, c.data_type, c.kind, list(c.words), c.nullable, c.ref_table, c.position,
               list(c.bool_values) if c.bool_values is not None else None, c.epoch, c.text_number, c.blank,
               c.clock, c.digits, c.day_order]
              for c in m.columns]]
            for m in self.tables.values()
        ]  # fmt: skip
        edges = [[e.child, list(e.child_cols), e.parent, list(e.parent_cols)] for e in self.edges]
        index = {id(e): i for i, e in enumerate(self.edges)}
        by_table = [[t, [index[id(e)] for e in es]] for t, es in self._by_table.items()]
        return {"tables": tables, "edges": edges, "by_table": by_table}

    @classmethod
    def from_doc(cls, catalog: Catalog, doc: dict[str, Any]) -> SchemaIndex:
        """The index :meth:`to_doc` saved, for the very catalog it was built from."""
        self = cls.__new__(cls)
        self.catalog = catalog
        self.tables = {}
        self._paths, self._dist = {}, {}
        infos = catalog.tables
        for pos, name, words, pk, display, named, cols in doc["tables"]:
            meta = TableMeta(name=name, info=infos[pos], words=tuple(words), pk=tuple(pk), display=list(display),
                             named=bool(named))  # fmt: skip
            meta.columns = [
                ColumnMeta(name, cn, dt, kind, tuple(ws), nullable, ref, cpos, _pair(bv), epoch, bool(num), bool(blank),
                           clock, bool(digits), day_order)
                for cn, dt, kind, ws, nullable, ref, cpos, bv, epoch, num, blank, clock, digits, day_order in cols
            ]
            self.tables[name] = meta
        self.edges = [Edge(c, tuple(cc), p, tuple(pc)) for c, cc, p, pc in doc["edges"]]
        self._by_table = {t: [self.edges[i] for i in idx] for t, idx in doc["by_table"]}
        return self

    # ------------------------------------------------------------------ queries
    def table(self, name: str) -> TableMeta:
        return self.tables[name.lower()]

    def edges_of(self, table: str) -> list[Edge]:
        return self._by_table.get(table, [])

    def adjacent(self, a: str, b: str) -> bool:
        """A foreign key joins tables ``a`` and ``b`` directly."""
        return any({e.child, e.parent} == {a, b} for e in self.edges_of(a))

    def path(self, start: str, goal: str, prefer: frozenset[str] = frozenset()) -> list[Edge] | None:
        """The best shortest foreign-key path from ``start`` to ``goal`` (a list of edges), or None.

        Among paths of equal length, one through a link table (``employees <- assignments -> projects``)
        beats one through a shared parent (``employees -> departments <- projects``): rows that share a
        parent are siblings, not related.  Key columns named in ``prefer`` break further ties.
        """
        key = (start, goal, prefer)
        if key in self._paths:
            return self._paths[key]
        found = self._best_path(start, goal, prefer)
        self._paths[key] = found
        return found

    def distances(self, start: str) -> dict[str, int]:
        """Hops from ``start`` to every table it is joined to by some foreign-key path."""
        if start in self._dist:
            return self._dist[start]
        dist: dict[str, int] = {start: 0}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for edge in self.edges_of(node):
                nxt = edge.other(node)
                if nxt not in dist:
                    dist[nxt] = dist[node] + 1
                    queue.append(nxt)
        self._dist[start] = dist
        return dist

    def _best_path(self, start: str, goal: str, prefer: frozenset[str]) -> list[Edge] | None:
        if start == goal:
            return []
        dist = self.distances(start)
        if goal not in dist:
            return None
        paths: list[list[Edge]] = []

        def walk(node: str, acc: list[Edge]) -> None:
            if len(paths) >= 64:
                return
            if node == goal:
                paths.append(list(acc))
                return
            for edge in self.edges_of(node):
                nxt = edge.other(node)
                if dist.get(nxt) == dist[node] + 1 and dist[nxt] <= dist[goal]:
                    acc.append(edge)
                    walk(nxt, acc)
                    acc.pop()

        walk(start, [])

        def parallel(edge: Edge) -> bool:
            return sum(1 for e in self.edges_of(edge.child) if {e.child, e.parent} == {edge.child, edge.parent}) > 1

        def score(path: list[Edge]) -> tuple[int, int, int, int, str]:
            siblings = 0
            ups_then_down = 0
            cur = start
            went_up = False
            for edge in path:
                up = edge.child == cur  # following a key to its parent
                if went_up and not up:
                    siblings += 1
                went_up = up
                ups_then_down += 0 if up else 1
                cur = edge.other(cur)
            preferred = sum(0 if prefer.intersection(c.lower() for c in e.child_cols) else 1 for e in path)
            # a hop that is one of several keys between the same tables (home/away team) is a guess
            ambiguous = sum(1 for e in path if parallel(e))
            names = "/".join(f"{e.child}.{','.join(e.child_cols)}" for e in path)
            return (siblings, preferred if prefer else 0, ambiguous, ups_then_down, names)

        return min(paths, key=score) if paths else None

    def children(self, table: str) -> list[Edge]:
        """Edges whose parent is ``table`` (tables referencing it)."""
        return [e for e in self.edges_of(table) if e.parent == table and e.child != table]

    def self_edges(self, table: str) -> list[Edge]:
        return [e for e in self.edges if e.child == table and e.parent == table]
