"""Values sampled from the data, so that "patients in Lyon" finds ``city = 'Lyon'``.

Only text columns with few distinct values are kept (categories, statuses,
countries, cities ...), and integer columns that hold only 0 and 1: flags that the schema
does not call boolean (``delayed INTEGER``), which the translator then treats as yes/no.
Columns whose samples are dates the catalog does not type as dates (ISO text under any name,
unix-epoch integers under a time-like name) are recorded by a :data:`DATE_MARK` value list.
Sampling is bounded: at most ``max_tables`` tables,
each column read from at most ``scan_rows`` rows, at most ``max_distinct``
values per column, values no longer than ``max_length`` characters.  The SQL
is built with sqlglot for the connection's dialect.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from sqlglot import exp

from aishell.ai.offline.codes import CONCEPT_WORDS, codes_for
from aishell.ai.offline.lexicon import LABEL_WORDS
from aishell.ai.offline.text import abbreviates as abbreviates  # (where the translator's modules find it)
from aishell.ai.offline.text import norm_phrase, past_participle, split_identifier
from aishell.ai.offline.text import singular as singular_word
from aishell.engines.base import Catalog, Connection
from aishell.errors import AishellError

if TYPE_CHECKING:
    from aishell.ai.offline.schema import TableMeta


class ValueHit(NamedTuple):
    """A stored value a phrase names (a tuple: a large catalog's index holds tens of thousands, loaded at
    once)."""

    table: str  # lower-case table name
    column: str  # column name as in the catalog
    value: str  # the stored value, exactly
    coded: bool = False  # found through a conventional code ("Germany" -> 'DE'), not by its own words


#: words shaped like verbs (attend, arrived, booking): a one-letter code only before a noun of its own table
_VERB_LIKE = re.compile(r"(?:ed|ing|end|ate|ive|ise|ize|fy)$")

#: words of quantity and comparison that never stand for a one-letter code ("two or more animals" is no sex 'M')
#: words of how often or of now, never cut down to a code ("current" is no court stage 'CRT')
_NEVER_A_CODE = frozenset({"once", "twice", "thrice", "current", "currently"})

_NEVER_A_LETTER_CODE = frozenset({"more", "less", "most", "least", "many", "much", "few", "fewer", "other",
                                  "another", "some", "several", "all", "any", "each", "every", "only", "same",
                                  "different", "total", "average", "both", "either", "neither", "such",
                                  "over", "under", "above", "below", "plus", "minus", "current", "former",
                                  "new", "old", "recent", "previous", "past", "future", "upcoming",
                                  "person", "persons", "people"})


def _grades(vals: list[str]) -> bool:
    """Letters that run on from 'A' ('A', 'B', 'C'; a tier, a grade, a band): a scale, not words' initials ("active
    suppliers" is no tier 'A')."""
    letters = sorted({v.upper() for v in vals})
    return len(letters) >= 3 and "".join(letters) == "ABCDEFGH"[: len(letters)]


@dataclass
class ValueIndex:
    """Distinct text values per ``(table, column)``, looked up by their words."""

    values: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[ValueHit]] = {}
        self.max_words = 1
        #: ``(table, column)`` of integer columns seen to hold only 0 and 1
        self.flags: set[tuple[str, str]] = set()
        self._variants: dict[tuple[str, ...], list[ValueHit]] = {}
        self._abbrevs: list[ValueHit] = []
        #: columns coded with single letters ('F'/'M', 'A'/'S'/'C'): a word may stand for its initial
        self._letters: list[tuple[str, str, list[str]]] = []
        #: text columns holding only a yes/no pair ('Y'/'N', 'T'/'F', 'yes'/'no'): (true, false) as stored
        self.text_flags: dict[tuple[str, str], tuple[str, str]] = {}
        #: columns whose sampled values are dates: ``iso`` text, or unix-epoch integers (``epoch_s``, ``epoch_ms``)
        self.date_kinds: dict[tuple[str, str], str] = {}
        #: text columns holding numbers, and text columns holding '' for a missing value (:func:`text_traits`)
        self.text_numbers: set[tuple[str, str]] = set()
        self.blanks: set[tuple[str, str]] = set()
        lookups: dict[str, list[str]] = {}
        #: columns of codes that a lookup table explains (:meth:`code_lookup`)
        self._code_lookups: dict[tuple[str, str], CodeLookup] = {}
        for (table, column), vals in self.values.items():
            if column == CODES_COLUMN:
                lookups[table.lower()] = vals
                continue
            if column.startswith(NOTE_MARK):
                self._noted_codes(table.lower(), column[len(NOTE_MARK) :], vals)
                continue
            if vals and vals[-1].startswith(TRAIT_MARK):
                traits = {v[len(TRAIT_MARK) :] for v in vals if v.startswith(TRAIT_MARK)}
                if "number" in traits:
                    self.text_numbers.add((table.lower(), column))
                if "blank" in traits:
                    self.blanks.add((table.lower(), column))
                vals = [v for v in vals if not v.startswith(TRAIT_MARK)]
            kind = _date_kind(vals)
            if kind is not None:
                self.date_kinds[(table.lower(), column)] = kind
                if vals and vals[0].startswith(DATE_MARK):
                    continue
            if set(vals) == _FLAG_VALUES:
                self.flags.add((table.lower(), column))
                continue
            if set(vals) == _ACCESS_FLAG_VALUES:  # yes -1, no 0: a yes/no column whose stored pair is told
                self.text_flags[(table.lower(), column)] = ("-1", "0")
                continue
            pair = _yes_no(vals)
            if pair is not None:
                self.text_flags[(table.lower(), column)] = pair
                continue
            if 2 <= len(vals) <= 8 and all(len(v) == 1 and v.isalpha() for v in vals) and not _grades(vals):
                self._letters.append((table.lower(), column, list(vals)))
            # a small set of two-letter status codes ('ON'/'DL'/'CX'): a consonant pair may abbreviate a word
            pairs = (
                2 <= len(vals) <= 8
                and all(len(v) == 2 and v.isalpha() and v.isupper() for v in vals)
                and bool(set(split_identifier(column)) & STATUS_WORDS)
            )
            # a name held in capitals (a maker called 'REC') abbreviates no word ("received")
            named = bool(set(split_identifier(column)) & _NAME_COLUMN_WORDS)
            for v in vals:
                key = norm_phrase(v)
                if not key:
                    continue
                hit = ValueHit(table.lower(), column, v)
                self._phrases.setdefault(key, []).append(hit)
                self.max_words = max(self.max_words, len(key))
                self._variants.setdefault(tuple(spelling_key(w) for w in key), []).append(hit)
                if len(key) == 1 and not named and (
                    code_like(v) or (pairs and not set(v.lower()) & _VOWELS and v[0] != v[1])
                ):
                    self._abbrevs.append(hit)
        if lookups:
            self._coded_lookups(lookups)

    def _coded_lookups(self, lookups: Mapping[str, list[str]]) -> None:
        """ "cancelled contracts" over ``cntr.stat_cd = 'C'`` when a lookup table says 'C' is 'Cancelled': the
        text of each code is a phrase for the code in the columns that hold those codes."""
        self._code_lookups = _code_lookups(self.values, lookups)
        for (table, column), found in self._code_lookups.items():
            for code, text in found.texts.items():
                self._code_phrase(table, column, code, text)

    def _noted_codes(self, table: str, column: str, vals: list[str]) -> None:
        """The codes a column's comment explains ("1 confirmed"): each text is a phrase for its code."""
        for entry in vals:
            code, _sep, text = entry.partition(CODE_SEP)
            self._code_phrase(table, column, code, text.replace("_", " "))

    def _code_phrase(self, table: str, column: str, code: str, text: str) -> None:
        """``text`` is a phrase for the stored ``code`` of ``table.column``."""
        key = norm_phrase(text)
        if not key:
            return
        hit = ValueHit(table, column, code, coded=True)
        self._phrases.setdefault(key, []).append(hit)
        self.max_words = max(self.max_words, len(key))
        self._variants.setdefault(tuple(spelling_key(w) for w in key), []).append(hit)

    def code_lookup(self, table: str, column: str) -> CodeLookup | None:
        """Where the codes held in ``table.column`` are explained, if a lookup table no key declares does."""
        return self._code_lookups.get((table.lower(), column))

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Iterable[str]]]) -> ValueIndex:
        """``{"customers": {"country": ["Germany", "Japan"]}}`` -> a ValueIndex (for tests and caches)."""
        return cls({(t.lower(), c): [str(v) for v in vs] for t, cols in data.items() for c, vs in cols.items()})

    def to_dict(self) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for (table, column), vals in self.values.items():
            out.setdefault(table, {})[column] = list(vals)
        return out

    def lookup(self, words: Sequence[str]) -> list[ValueHit]:
        return self._phrases.get(tuple(words), [])

    def lookup_variant(self, words: Sequence[str]) -> list[ValueHit]:
        """Values spelled the other way ("cancelled" finds 'canceled')."""
        return list(self._variants.get(tuple(spelling_key(w) for w in words), []))

    def lookup_abbreviation(self, word: str, prefer: frozenset[str] = frozenset()) -> list[ValueHit]:
        """Coded values that abbreviate ``word`` ("active" finds 'ACTV', "cancelled" finds 'CNCL'); a one-letter
        code found in several tables is kept for the one in ``prefer`` (the table named right after the word)."""
        marks = _CONVENTIONAL_MARKS.get(spelling_key(word), ())
        if word.lower() in _NEVER_A_CODE:
            return []  # "never once", "more than twice": how often, never an oncologist 'ONC'
        hits = [
            h
            for h in self._abbrevs
            if (
                abbreviates(h.value, word, 0.2 if len(h.value) == 2 else 0.3)
                and _code_form(h.value, word)
                and not _another_word(h.value, word)
                and (len(h.value) > 2 or word.lower().endswith("ed"))  # 'DL' for a state: delayed
                and self._calendar_fits(h, word)
                and not (_PARTICIPLE.search(word) and set(split_identifier(h.column)) & (KIND_WORDS | _SECTOR_WORDS))
                # (a country's code stands for the country's name, never for a word it happens to cut: "identified"
                # is no 'IND')
                and not set(split_identifier(h.column)) & _CONCEPT_COLUMN_WORDS
            )
            or h.value.lower() in marks
        ]
        # one code per column: two codes that both fit are a guess
        hits = [h for h in hits if sum(1 for x in hits if (x.table, x.column) == (h.table, h.column)) == 1]
        if hits or not word.isalpha() or word.lower() in _NEVER_A_LETTER_CODE:
            return hits
        # "female" -> 'F': a one-letter code, when a single coded column has that initial
        # ('C' for "cancelled" beside the conventional 'X' of a column: a guess either way)
        letters = [
            ValueHit(t, c, v)
            for t, c, vals in self._letters
            if not any(x.lower() in marks for x in vals)
            for v in vals
            if v.lower() == word[0]
        ]
        if prefer and (len(letters) > 1 or _VERB_LIKE.search(word)):
            letters = [h for h in letters if h.table in prefer]
        elif _VERB_LIKE.search(word):
            return []  # "did not attend a lesson" is no ability code 'A': a verb, before no noun of that table
        if len(letters) != 1 or self._coded_alike(letters[0], word[0]):
            return []
        vals = next(v for t, c, v in self._letters if (t, c) == (letters[0].table, letters[0].column))
        if word.lower() in _COMPLETION_WORDS and sum(v.lower() in "cdf" for v in vals) > 1:
            return []  # "completed" beside both 'C' and 'D' (cutting, done): either letter may be it
        if len(vals) >= 5 and not word.lower().endswith("ed"):
            return []  # "baking" among six category letters: 'B' may as well be barbecue
        return letters

    def _coded_alike(self, hit: ValueHit, initial: str) -> bool:
        """Another column of codes of the same table holds a short code with the same initial: "preliminary
        hearings" beside outcome 'P' and hearing type 'PH' (the initial alone is then a guess)."""
        return any(
            t.lower() == hit.table and c != hit.column and len(vals) <= 8
            and any(2 <= len(v) <= 3 and v.isupper() and v.isalpha() and v[0].lower() == initial for v in vals)
            for (t, c), vals in self.values.items()
        )  # fmt: skip

    def _calendar_fits(self, hit: ValueHit, word: str) -> bool:
        """In a column of weekdays or months ('MON', 'TUE', 'WED' ...), a code abbreviates its day or month
        ("mondays", "mon"), never another word that starts alike ("money"); elsewhere 'JUN' may be junior."""
        name = _CALENDAR_CODES.get(hit.value.lower())
        if name is None:
            return True
        codes = self.values.get((hit.table, hit.column), [])
        if sum(1 for v in codes if v.lower() in _CALENDAR_CODES) < 3:
            return True
        w = word.lower()
        return name.startswith(w) or w.rstrip("s") == name

    def lookup_convention(self, word: str) -> list[ValueHit]:
        """Short codes that stand for ``word`` by convention ("motorcycle" finds 'MC', "electric" 'EV'), when
        exactly one column of codes holds one."""
        marks = _CONVENTIONAL_MARKS.get(spelling_key(singular_word(word)), frozenset())
        if not marks:
            return []
        hits = [
            ValueHit(t, c, v)
            for (t, c), vals in self.values.items()
            if len(vals) <= 30
            for v in vals
            if v.lower() in marks and v.isupper()
        ]
        return hits if len({(h.table, h.column) for h in hits}) == 1 and len(hits) == 1 else []

    def lookup_code(self, words: Sequence[str]) -> list[ValueHit]:
        """Conventional codes of a phrase ("Germany" finds 'DE', "female" finds 'F'), in columns whose
        name says they hold that kind of thing (``country_code``, ``gender``) and that hold the code."""
        wanted = codes_for(tuple(words))
        hits: list[ValueHit] = []
        for concept, spellings in wanted.items():
            names = CONCEPT_WORDS[concept]
            for (table, column), vals in self.values.items():
                if not set(split_identifier(column)) & names:
                    continue
                stored = {v.lower(): v for v in vals}
                found = [stored[s] for s in spellings if s in stored]
                if found:
                    hits.append(ValueHit(table.lower(), column, found[0], coded=True))
        return hits

    def column_values(self, table: str, column: str) -> list[str]:
        vals = self.values.get((table.lower(), column), [])
        return [] if vals and vals[0].startswith(DATE_MARK) else [v for v in vals if not v.startswith(TRAIT_MARK)]

    def has_column(self, table: str, column: str) -> bool:
        """Values of this column were kept (a date column only records what its values look like)."""
        vals = self.values.get((table.lower(), column))
        return vals is not None and not (vals and vals[0].startswith(DATE_MARK))

    def __len__(self) -> int:
        return sum(len(v) for v in self.values.values())


_VOWELS = frozenset("aeiou")

#: words of a column of names: its values are names, never abbreviations of other words
_NAME_COLUMN_WORDS = frozenset({"name", "nm", "title", "brand", "make", "manufacturer", "mfr", "maker", "vendor",
                                "supplier", "label"})  # fmt: skip

#: codes that stand for a word by convention, not by its letters ("cancelled" is 'CXL' in travel and trade)
#: words of a column of status codes, whose two-letter codes may abbreviate a word ('DL' delayed)
#: a column of kinds (``veh_typ``): its codes name things ('CAR', 'VAN'), never a verb's participle ("carried")
#: words of a column (or table) that sorts rows into kinds: room_type, cat_cd, issue_types
KIND_WORDS = frozenset({"type", "typ", "kind", "category", "cat", "class", "cls", "sort"})
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
#: columns of what line of business a row is in: "signed up" is never the signage sector 'SIGN'
_SECTOR_WORDS = frozenset({"sector", "segment", "industry", "genre", "trade"})
#: words of a column of conventional codes (a country's, a sex's): read through their names only
_CONCEPT_COLUMN_WORDS = frozenset().union(*CONCEPT_WORDS.values())
STATUS_WORDS = frozenset({"status", "stat", "sts", "state", "outcome", "result"})

#: words of one state that begin with different letters (c, d, f): a column holding two of those is ambiguous
_COMPLETION_WORDS = frozenset({"completed", "complete", "finished", "done", "closed"})

_CONVENTIONAL_MARKS: dict[str, frozenset[str]] = {
    "canceled": frozenset({"cxl", "cnx", "canx", "cxld", "cnxl", "cx", "x"}),
    "cancel": frozenset({"cxl", "cnx", "canx", "cx", "x"}),
    "cancellation": frozenset({"cxl", "cnx", "canx", "cx", "x"}),
    "motorcycle": frozenset({"mc", "mcy", "moto", "mcyc"}),
    "motorbike": frozenset({"mc", "mcy", "moto", "mcyc"}),
    "electric": frozenset({"ev", "bev", "elec"}),
}


def conventional_marks(word: str) -> frozenset[str]:
    """The short forms a word is written in by convention rather than by its letters ("cancelled": cxl, cnx)."""
    return _CONVENTIONAL_MARKS.get(spelling_key(word), frozenset())


def abbreviation_like(w: str) -> bool:
    """A vowel-less short word: an abbreviation (mbr, shpmt, DLYD)."""
    return 3 <= len(w) <= 6 and w.isalpha() and not (set(w[1:].lower()) & _VOWELS)


def code_like(v: str) -> bool:
    """A stored code: an abbreviation, or a short upper-case word (CRIM, MOTR, ACTV)."""
    return abbreviation_like(v) or (3 <= len(v) <= 5 and v.isalpha() and v.isupper())


def _another_word(code: str, word: str) -> bool:
    """A code with vowels that is the word without its last consonant is another word ('PLAN' in "plant", 'CAR'
    in "cart"), never its abbreviation."""
    c, w = code.lower(), word.lower()
    return bool(set(c[1:]) & _VOWELS) and len(w) == len(c) + 1 and w.startswith(c) and w[-1] in "tkpmlbgfxzchvw"


def _code_form(a: str, word: str) -> bool:
    """A stored code that keeps vowels is the word's beginning, then at most its next consonants in order
    ('COM' is commercial, not consumed; 'RECVD' is received); a vowel-less code may skip letters."""
    a, word = a.lower(), word.lower()
    if not set(a[1:]) & _VOWELS:
        return True
    p = 0
    while p < len(a) and p < len(word) and a[p] == word[p]:
        p += 1
    rest = [ch for k, ch in enumerate(word[p:]) if ch not in _VOWELS and (k == 0 or word[p + k - 1] != ch)]
    return list(a[p:]) == rest[: len(a) - p]


_VARIANTS = [
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),  # colour -> color, favourite -> favorite
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # organise -> organize
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),  # analyse -> analyze
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),  # cancelled -> canceled, travelling
    (re.compile(r"tre(s)?$"), r"ter\1"),  # centre -> center
    (re.compile(r"ogue(s)?$"), r"og\1"),  # catalogue -> catalog
    (re.compile(r"ence$"), r"ense"),  # licence -> license, defence
]


#: a city's English name and the name its own country's schema stores (Rome and 'Roma', Munich and 'München')
_EXONYMS = {
    "rome": "roma", "milan": "milano", "florence": "firenze", "venice": "venezia", "naples": "napoli",
    "turin": "torino", "genoa": "genova", "padua": "padova", "munich": "munchen", "münchen": "munchen",
    "muenchen": "munchen", "cologne": "koln", "köln": "koln", "koeln": "koln", "nuremberg": "nurnberg",
    "nürnberg": "nurnberg", "vienna": "wien", "prague": "praha", "warsaw": "warszawa", "cracow": "krakow",
    "kraków": "krakow", "lisbon": "lisboa", "seville": "sevilla", "geneva": "geneve", "genève": "geneve",
    "zürich": "zurich", "copenhagen": "kobenhavn", "københavn": "kobenhavn", "gothenburg": "goteborg",
    "göteborg": "goteborg", "brussels": "bruxelles", "antwerp": "antwerpen", "ghent": "gent", "bruges": "brugge",
    "athens": "athina", "moscow": "moskva",
}


@functools.lru_cache(maxsize=16384)  # the same words come back in many values and questions
def spelling_key(word: str) -> str:
    """British and American spellings folded together: cancelled/canceled, colour/color, -ise/-ize; a city's English
    and own names (Rome, 'Roma')."""
    w = word.lower()
    for pat, rep in _VARIANTS:
        w = pat.sub(rep, w)
    return _EXONYMS.get(w, w)


_FLAG_VALUES = {"0", "1"}
_ACCESS_FLAG_VALUES = {"-1", "0"}

#: a value list that only records what a column's sampled values looked like: ``[DATE_MARK + "epoch_s"]``
DATE_MARK = "\x00date:"
#: an entry of a value list that records a trait of the column's text: ``TRAIT_MARK + "number"`` (every value
#: is a number written as text), ``TRAIT_MARK + "blank"`` ('' stands for a missing value)
TRAIT_MARK = "\x00trait:"
#: the pseudo column under which a code lookup table's rows are kept: ``type + CODE_SEP + code + CODE_SEP + text``
#: (``ref_cd(cd_typ, cd, cd_desc)``: 'VST_STAT', 'D', 'Done'); the type is '' for a lookup of one kind of code
CODES_COLUMN = "\x00codes"
#: the codes a column's comment explains: ``(table, NOTE_MARK + column) -> ["1\x1fconfirmed", ...]``
NOTE_MARK = "\x00note:"
#: "0 pending, 1 confirmed", "P = pending; C = closed", "A: active / X: cancelled"
_NOTED_CODE = re.compile(r"(?:^|[,;/(])\s*([A-Za-z0-9]{1,3})(?:\s*(?:=|:|-|–|—|\bis\b|\bmeans\b)\s*|\s+)"
                         r"([A-Za-z][A-Za-z _-]{1,40}?)\s*(?=[,;/)]|$)")


def comment_codes(comment: str) -> dict[str, str]:
    """The codes a column comment explains ("enum status: 0 pending, 1 confirmed, 2 completed"): code -> text;
    empty unless at least two distinct codes are explained."""
    body = comment.split(":", 1)[1] if re.match(r"^\s*(?:enum\s+)?[A-Za-z_]{4,}\s*:", comment) else comment
    found: dict[str, str] = {}
    for m in _NOTED_CODE.finditer(body.strip()):
        code, text = m.group(1), m.group(2).strip()
        if code.lower() == text.lower() or code in found:
            return {}
        found[code] = text
    return found if len(found) >= 2 else {}
CODE_SEP = "\x1f"
#: the first entry of a lookup's rows: its (kind, code, text) column names
CODES_HEADER = "\x00columns:"


class CodeLookup(NamedTuple):
    """Where the codes of a column are explained: ``lookup.text_col`` of the row whose ``code_col`` holds the
    code (and whose ``kind_col`` holds ``kind``, when the lookup holds several kinds of codes)."""

    lookup: str
    code_col: str
    text_col: str
    kind_col: str
    kind: str
    texts: dict[str, str]
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def text_traits(vals: Sequence[object]) -> list[str]:
    """The :data:`TRAIT_MARK` entries sampled text values earn: ``blank`` when one is empty, ``number`` when
    the others (at least three) are all numbers written plainly (a leading zero is a code: '02134')."""
    texts = [v for v in vals if isinstance(v, str)]
    filled = [v.strip() for v in texts if v.strip()]
    out = [TRAIT_MARK + "blank"] if len(filled) < len(texts) else []
    if len(filled) >= 3 and all(_NUMBER_TEXT.fullmatch(v) and not (len(v) > 1 and v[0] == "0" and v[1] != ".")
                                for v in filled):  # fmt: skip
        out.append(TRAIT_MARK + "number")
    return out
#: a time of day alone ('19:30', '07:05:00'): what a column named start_time may hold instead of a date
_CLOCK = re.compile(r"([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
#: unix-epoch seconds from 1980-01-01 (a voter registered in 1992) to 2100-01-01; milliseconds: the same times 1000
_EPOCH_LO, _EPOCH_HI = 315_532_800, 4_102_444_800
#: words that let an integer column in the epoch range be read as a time (evt_epoch, ts, created_unix, logged)
_EPOCH_NAME_WORDS = frozenset(
    {"epoch", "unix", "ts", "tstamp", "timestamp", "stamp", "time", "at", "on", "when", "date", "dt", "utc"}
)


#: the three-letter codes of weekdays and months, and the names they stand for
_CALENDAR_CODES = {
    n[:3]: n
    for n in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "june", "july", "august", "september", "october", "november", "december")
}  # fmt: skip


def _date_kind(vals: Sequence[str]) -> str | None:
    """``iso`` when every sampled text value is an ISO date (at least three of them), ``iso_time`` when some
    also hold a time of day, the recorded kind when the list is a :data:`DATE_MARK`, else None."""
    if len(vals) == 1 and vals[0].startswith(DATE_MARK):
        return vals[0][len(DATE_MARK) :]
    if len(vals) >= 3 and all(_ISO_DATE.fullmatch(v.strip()) for v in vals):
        return iso_kind(vals)
    return None


def iso_kind(vals: Sequence[str]) -> str:
    """``iso_time`` when one of these ISO dates holds a time of day, else ``iso``."""
    return "iso_time" if any(len(v.strip()) > 10 for v in vals) else "iso"


_SLASHED = re.compile(r"(\d{2})([/.-])(\d{2})\2(\d{4})")


def slashed_kind(vals: Sequence[str]) -> str | None:
    """``dmy`` when every value is a day written ``DD/MM/YYYY`` (or with dots or dashes) and one of them can only
    be read day first (a first part above 12), ``mdy`` for ``MM/DD/YYYY`` told the same way, else None (none
    tells them apart, or another form)."""
    parts = [_SLASHED.fullmatch(v.strip()) for v in vals]
    if not parts or not all(parts):
        return None
    firsts, seconds = [int(m.group(1)) for m in parts if m], [int(m.group(3)) for m in parts if m]
    if max(firsts) > 12 and max(seconds) <= 12:
        return "dmy"
    if max(seconds) > 12 and max(firsts) <= 12:
        return "mdy"
    return None


def iso_dates(vals: Sequence[object]) -> bool:
    """Sampled values that are all ISO dates or date-times (at least three)."""
    return len(vals) >= 3 and all(isinstance(v, str) and _ISO_DATE.fullmatch(v.strip()) for v in vals)


def _time_name(name: str) -> bool:
    """A column's name reads as a time (a date word, a participle, a run-together ``ORDDT``), never an id."""
    words = split_identifier(name)
    return "id" not in words and (
        bool(_EPOCH_NAME_WORDS.intersection(words)) or any(len(w) >= 5 and w.endswith("ed") for w in words)
        or name.lower().endswith(("dt", "date", "dte"))  # run together: ORDDT, SHIPDATE
        or (words[-1:] in (["ms"], ["millis"]) and len(words) > 1 and past_participle(words[0]))  # sent_ms
        # start_ms, end_ms: a period's ends (an offset in a recording stays far below the year 2000 in ms)
        or (words[-1:] in (["ms"], ["millis"]) and len(words) > 1 and words[0] in ("start", "end", "begin", "finish"))
    )  # fmt: skip


def _digit_days(nums: Sequence[int]) -> bool:
    """Every number is a day written as the digits yyyymmdd (20250115)."""
    return all(19000101 <= v <= 21001231 and 1 <= v // 100 % 100 <= 12 and 1 <= v % 100 <= 31 for v in nums)


def text_digit_days(vals: Sequence[str]) -> bool:
    """At least three texts, every one a day written as eight digits ('20250115': SAP's DATS, a flat-file export)."""
    return len(vals) >= 3 and all(len(v) == 8 and v.isdigit() for v in vals) and _digit_days([int(v) for v in vals])


def epoch_kind(name: str, vals: Sequence[object]) -> str | None:
    """``epoch_s`` or ``epoch_ms`` when an integer column's name reads as a time and every sampled value is
    a unix time in 2000-2100 (seconds or milliseconds), ``yyyymmdd`` when every one is a day written as digits
    (20250115); phone numbers and amounts have no such name."""
    if not _time_name(name):
        return None
    nums = [v for v in vals if isinstance(v, int) and not isinstance(v, bool)]
    if len(nums) < 2 or len(nums) != len(vals):
        return None
    if all(_EPOCH_LO <= v < _EPOCH_HI for v in nums):
        return "epoch_s"
    if _digit_days(nums):
        return "yyyymmdd"  # 20250115: a day written as digits (SAP, data warehouses)
    if all(_EPOCH_LO * 1000 <= v < _EPOCH_HI * 1000 for v in nums):
        return "epoch_ms"
    return None


#: (ja/nei, ja/nein, ja/nee: a Norwegian, German or Dutch schema's yes and no)
_YES_NO = (("y", "n"), ("yes", "no"), ("t", "f"), ("true", "false"), ("j", "n"), ("ja", "nei"), ("ja", "nein"),
           ("ja", "nee"))


def _yes_no(vals: Sequence[str]) -> tuple[str, str] | None:
    """The stored (true, false) spellings when a text column holds only a yes/no pair."""
    if len(vals) != 2:
        return None
    low = {v.lower(): v for v in vals}
    for yes, no in _YES_NO:
        if set(low) == {yes, no}:
            return low[yes], low[no]
    return None


_INTEGER_TYPE = re.compile(r"int|bit|^number\(1\)$|^$", re.I)


def _ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def _sample_tree(table: str, schema: str | None, column: str, *, dialect: str, scan_rows: int, limit: int) -> str:
    col = exp.Column(this=_ident(column))
    tbl = exp.Table(this=_ident(table), db=_ident(schema) if schema else None)
    inner = exp.select(col.copy()).from_(tbl).where(exp.Not(this=exp.Is(this=col.copy(), expression=exp.Null())))
    inner = inner.limit(scan_rows)
    outer = (
        exp.select(exp.Column(this=_ident(column), table=_ident("s")))
        .distinct()
        .from_(inner.subquery(alias="s"))
        .limit(limit)
    )
    return outer.sql(dialect=dialect)


_SENTINELS = {"table": "aishell_sample_table", "schema": "aishell_sample_schema", "column": "aishell_sample_column"}


@functools.lru_cache(maxsize=64)
def _sample_template(dialect: str, with_schema: bool, scan_rows: int, limit: int) -> str:
    """The sampling statement as a format string, built by sqlglot once per dialect and limits
    (the limit clause differs by engine) around stand-in names that the caller fills in."""
    from aishell.sql.names import quote_name

    sql = _sample_tree(_SENTINELS["table"], _SENTINELS["schema"] if with_schema else None, _SENTINELS["column"],
                       dialect=dialect, scan_rows=scan_rows, limit=limit)  # fmt: skip
    sql = sql.replace("{", "{{").replace("}", "}}")
    for key, stand_in in _SENTINELS.items():
        sql = sql.replace(quote_name(stand_in, dialect), "{" + key + "}")
    return sql


def sample_sql(table: str, schema: str | None, column: str, *, dialect: str, scan_rows: int, limit: int) -> str:
    """``SELECT DISTINCT c FROM (SELECT c FROM t WHERE c IS NOT NULL LIMIT scan) s LIMIT n``.

    Built from a per-dialect template with the engine's identifier quoting: one sqlglot tree
    per dialect, not one per column (a 2,000-table catalog has thousands of columns)."""
    from aishell.sql.names import quote_name

    template = _sample_template(dialect, bool(schema), scan_rows, limit)
    return template.format(table=quote_name(table, dialect), column=quote_name(column, dialect),
                           schema=quote_name(schema, dialect) if schema else "")  # fmt: skip


def _code_lookups(
    values: Mapping[tuple[str, str], list[str]], lookups: Mapping[str, list[str]]
) -> dict[tuple[str, str], CodeLookup]:
    """The columns whose every value is a code one lookup explains (of one kind: the kind's name picks among
    kinds whose codes fit the same column, 'VST_STAT' beside svc_vst.stat_cd)."""
    kinds: dict[tuple[str, str], CodeLookup] = {}
    for table, rows in lookups.items():
        if not rows or not rows[0].startswith(CODES_HEADER):
            continue
        kind_col, code_col, text_col = [*rows[0][len(CODES_HEADER) :].split(CODE_SEP), "", "", ""][:3]
        for row in rows[1:]:
            kind, code, text = [*row.split(CODE_SEP), "", "", ""][:3]
            if code and text and code.lower() != text.lower():
                entry = kinds.setdefault((table, kind), CodeLookup(table, code_col, text_col, kind_col, kind, {}))
                entry.texts[code] = text
    out: dict[tuple[str, str], CodeLookup] = {}
    for (table, column), vals in values.items():
        if column == CODES_COLUMN or table.lower() in lookups or not vals or vals[0].startswith("\x00"):
            continue
        held = {v for v in vals if not v.startswith("\x00")}
        fit = [k for k, found in kinds.items() if held <= found.texts.keys() and len(found.texts) <= 60]
        if len(fit) > 1:
            own = set(split_identifier(column)) | set(split_identifier(table))
            fit = [(t, k) for t, k in fit if set(split_identifier(k)) & own]
        if len(fit) == 1:
            out[(table.lower(), column)] = kinds[fit[0]]
    return out


#: words of a lookup table's columns: the code, the text that says what it means, the kind of code it is
_LOOKUP_CODE_WORDS = frozenset({"cd", "code", "cde"})
_LOOKUP_TEXT_WORDS = frozenset({"desc", "description", "descr", "dsc", "name", "nm", "label", "lbl", "text", "txt",
                                "meaning"})  # fmt: skip
_LOOKUP_KIND_WORDS = frozenset({"typ", "type", "domain", "group", "grp", "category", "cat", "kind", "set", "list"})


def lookup_columns(table: TableMeta, referenced: bool) -> tuple[str | None, str, str] | None:
    """(kind, code, text) columns of a code lookup table nothing declares a key to (``ref_cd(cd_typ, cd,
    cd_desc)``, ``status_codes(code, description)``), or None."""
    if referenced or not 2 <= len(table.columns) <= 6:
        return None
    texts = [c for c in table.columns if c.kind in ("text", "other", "pk")]
    kind = [c for c in texts if set(c.words) & _LOOKUP_KIND_WORDS and not set(c.words) & _LOOKUP_TEXT_WORDS]
    text = [c for c in texts if set(c.words) & _LOOKUP_TEXT_WORDS and c not in kind]
    code = [c for c in texts if set(c.words) & _LOOKUP_CODE_WORDS and c not in kind and c not in text]
    if len(code) != 1 or not text or len(kind) > 1:
        return None
    return (kind[0].name if kind else None), code[0].name, text[0].name


def lookup_sql(table: str, schema: str | None, columns: Sequence[str], *, dialect: str, limit: int) -> str:
    """``SELECT kind, code, text FROM t LIMIT n`` for a lookup table, built by sqlglot for the dialect."""
    tbl = exp.Table(this=_ident(table), db=_ident(schema) if schema else None)
    return exp.select(*(exp.Column(this=_ident(c)) for c in columns)).from_(tbl).limit(limit).sql(dialect=dialect)


def _lookup_rows(
    conn: Connection, meta: TableMeta, schema: str | None, cols: tuple[str | None, str, str]
) -> list[str]:
    """A lookup table's rows as ``kind CODE_SEP code CODE_SEP text``; none when it is not small."""
    kind, code, text = cols
    names = [c for c in (kind, code, text) if c is not None]
    try:
        rows = conn.query_all(lookup_sql(meta.info.name, schema, names, dialect=conn.dialect, limit=501))
    except AishellError:
        return []
    if len(rows) > 500:
        return []
    out = []
    for r in rows:
        vals = ["" if v is None else str(v) for v in r]
        if kind is None:
            vals = ["", *vals]
        out.append(CODE_SEP.join(vals))
    return [CODES_HEADER + CODE_SEP.join([kind or "", code, text]), *sorted(out)]


#: how many rows of a table its values are sampled from, and the longest value kept (:func:`build_value_index`)
SCAN_ROWS = 50_000
MAX_VALUE_LENGTH = 60


def build_value_index(
    conn: Connection,
    catalog: Catalog,
    *,
    max_distinct: int = 100,
    scan_rows: int = SCAN_ROWS,
    max_length: int = MAX_VALUE_LENGTH,
    max_tables: int = 200,
    max_columns: int = 2000,
) -> ValueIndex:
    """Sample the distinct values of short text columns through ``conn``.

    A column is kept only when it holds at most ``max_distinct`` distinct
    values in its first ``scan_rows`` rows: long lists (names, emails) are not
    categories.  Errors on one table (permissions, exotic types) skip it.
    """
    from aishell.ai.offline.schema import SchemaIndex

    index = SchemaIndex(catalog)
    out: dict[tuple[str, str], list[str]] = {}
    columns_seen = 0
    referenced = {fk.ref_table.lower() for t in catalog.tables for fk in t.foreign_keys}
    for meta in list(index.tables.values())[:max_tables]:
        schema = meta.info.schema
        if schema == catalog.default_schema:
            schema = None
        lookup = lookup_columns(meta, meta.name.lower() in referenced or meta.info.name.lower() in referenced)
        if lookup is not None:
            coded = _lookup_rows(conn, meta, schema, lookup)
            if coded:
                out[(meta.name, CODES_COLUMN)] = coded
        for info in meta.info.columns:  # "status: 0 pending, 1 confirmed": codes the schema itself explains
            told = comment_codes(info.comment or "")
            if told:
                out[(meta.name, NOTE_MARK + info.name)] = [f"{code}{CODE_SEP}{text}" for code, text in told.items()]
        for col in meta.columns:
            flag = col.kind == "number" and bool(_INTEGER_TYPE.search(col.data_type.strip()))
            grain = col.kind == "date" and not col.clock  # a date held as text: dates only, or times of day?
            if col.kind not in ("text", "other") and not flag and not grain:
                continue
            columns_seen += 1
            if columns_seen > max_columns:
                return ValueIndex(out)
            sql = sample_sql(
                meta.info.name,
                schema,
                col.name,
                dialect=conn.dialect,
                scan_rows=scan_rows,
                limit=3 if flag else 5 if grain else max_distinct + 1,
            )
            try:
                rows = conn.query_all(sql)
            except AishellError:
                continue
            if flag:
                seen = {str(int(r[0])) for r in rows if isinstance(r[0], (int, float)) and r[0] in (-1, 0, 1)}
                if seen in (_FLAG_VALUES, _ACCESS_FLAG_VALUES) and len(rows) == 2:
                    out[(meta.name, col.name)] = sorted(seen)  # (Access and VB store yes as -1)
                epoch = epoch_kind(col.name, [r[0] for r in rows])
                if epoch is not None:
                    out[(meta.name, col.name)] = [DATE_MARK + epoch]
                continue
            vals = [r[0] for r in rows if isinstance(r[0], str)]
            traits = text_traits(vals)
            filled = [v for v in vals if v.strip()]
            if grain:
                if iso_dates(filled):
                    out[(meta.name, col.name)] = [DATE_MARK + iso_kind(filled)]
                elif text_digit_days(filled):
                    out[(meta.name, col.name)] = [DATE_MARK + "yyyymmdd"]  # '20250115': compared as that text
                elif len(filled) >= 3 and all(_CLOCK.fullmatch(v.strip()) for v in filled):
                    out[(meta.name, col.name)] = [DATE_MARK + "clock"]  # start_time '19:30': no day in it
                elif len(filled) >= 3:  # '15/06/2025': its day first or month first, or a form not compared
                    out[(meta.name, col.name)] = [DATE_MARK + (slashed_kind(filled) or "unread")]
                continue
            if text_digit_days(filled) and (_time_name(col.name) or (
                    len(set(filled)) >= 5 and not set(split_identifier(col.name)) & LABEL_WORDS)):
                # BEDAT, CRT_DT '20250115': days written as digits (a number's or a code's name says otherwise)
                out[(meta.name, col.name)] = [DATE_MARK + "yyyymmdd"]
                continue
            slashed = slashed_kind(filled) if len(filled) >= 3 else None
            if slashed is not None:  # a text column of days written 15/06/2025 ("joined"): dates all the same
                out[(meta.name, col.name)] = [DATE_MARK + slashed]
                continue
            if iso_dates(filled) and (len(rows) > max_distinct or len(filled) < len(vals)):
                # too many to keep, or some of them '': they are dates ('' for a missing one)
                out[(meta.name, col.name)] = [DATE_MARK + iso_kind(filled), *(t for t in traits if t.endswith("blank"))]
                continue
            if not vals or len(rows) > max_distinct or TRAIT_MARK + "number" in traits:
                if traits:  # too many to keep, or numbers: only what they look like
                    out[(meta.name, col.name)] = traits
                continue
            kept = [v for v in vals if 0 < len(v.strip()) <= max_length]
            if kept or traits:
                out[(meta.name, col.name)] = sorted(set(kept)) + traits
    return ValueIndex(out)
