"""Schema linking: which words of a question name a table, a column or a stored value.

A schema element is described by *patterns*: sequences of word-form sets
(``order_items`` -> [{order, orders ...}, {item, items ...}]).  A question
span matches a pattern when each of its tokens shares a form with the
pattern word at the same place (two question tokens may also join into one
word: "sign up" meets ``signup``).  Every match gets a score; the planner
picks among candidates using the rest of the question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from aishell.ai.offline.lexicon import ABBREVIATIONS, FUNCTION_WORDS, SYNONYMS
from aishell.ai.offline.schema import ColumnMeta, SchemaIndex, TableMeta
from aishell.ai.offline.text import Token, forms, singular
from aishell.ai.offline.values import ValueHit, ValueIndex

#: words that never identify a column or table on their own
GENERIC_COLUMN_WORDS = frozenset({"id", "at", "on", "is", "has", "of", "the", "no", "nr", "num", "by", "in", "to",
                                  "fk", "pk", "ref", "code", "key", "flag", "ind", "was", "did", "can"})
WEAK_COLUMN_WORDS = frozenset({"date", "time", "name", "type", "number", "count", "total", "value", "amount",
                               "status", "description", "timestamp", "day", "year", "month", "first", "last",
                               "created", "updated"})
GENERIC_TABLE_WORDS = frozenset({"item", "items", "detail", "details", "data", "info", "log", "logs", "history",
                                 "type", "types", "record", "records", "entry", "entries", "line", "lines", "map",
                                 "link", "links", "list", "tbl", "table", "app", "dim", "fact", "ref", "t"})
TABLE_AFFIXES = frozenset({"tbl", "tb", "t", "dim", "fact", "ref", "app", "core", "dbo", "v", "vw", "view", "raw",
                           "stg"})


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
        for syn in SYNONYMS.get(f, ()):
            out |= forms(syn)
    return frozenset(out - base)


@dataclass
class _Pattern:
    words: tuple[frozenset[str], ...]
    score: float
    kind: str
    table: str
    column: str | None = None


class Linker:
    """Finds table, column and value mentions in token lists for one schema."""

    def __init__(self, schema: SchemaIndex, values: ValueIndex) -> None:
        self.schema = schema
        self.values = values
        self.patterns: list[_Pattern] = []
        for meta in schema.tables.values():
            self._table_patterns(meta)
            for col in meta.columns:
                self._column_patterns(meta, col)
        self._by_first: dict[str, list[_Pattern]] = {}
        for p in self.patterns:
            for f in p.words[0]:
                self._by_first.setdefault(f, []).append(p)

    # ------------------------------------------------------------------ patterns
    def _add(self, words: list[str], score: float, kind: str, table: str, column: str | None = None) -> None:
        if not words:
            return
        self.patterns.append(_Pattern(tuple(_word_forms(w) for w in words), score, kind, table, column))

    def _table_patterns(self, meta: TableMeta) -> None:
        words = [w for w in meta.words if w not in TABLE_AFFIXES] or list(meta.words)
        self._add(words, 3.0 + 0.1 * len(words), "table", meta.name)
        if len(words) > 1:
            self._add(["".join(words)], 3.0, "table", meta.name)
            head = words[-1]
            if head not in GENERIC_TABLE_WORDS:
                self._add([head], 2.0, "table", meta.name)
            # order_items: "order item" already; "items" alone is weak
            else:
                self._add([head], 1.0, "table", meta.name)
        # menu_items.dish_name: a "dish" is a row of menu_items
        own = set(meta.lemma)
        for name in meta.display[:1] if meta.named else []:
            col = meta.column(name)
            extra = [w for w in (col.words if col else ()) if w not in ("name", "title", "label", "full", "first",
                                                                         "display", "user") and singular(w) not in own]
            if extra and col is not None and len(col.words) > 1:
                self._add(extra, 2.4, "table", meta.name)

    def _column_patterns(self, meta: TableMeta, col: ColumnMeta) -> None:
        words = list(col.words)
        if col.kind == "pk":
            return  # people do not ask for keys by name; "id" stays unlinked
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
        self._add(words, 3.0 + 0.1 * len(words), "column", meta.name, col.name)
        if len(words) > 1:
            self._add(["".join(words)], 3.0, "column", meta.name, col.name)
        if strong and strong != words:
            self._add(strong, 2.8 + 0.1 * len(strong), "column", meta.name, col.name)
        # product_name in products: "name" alone; unit_price: "price" alone
        rest = [w for w in strong if singular(w) not in own]
        if rest and rest != strong:
            self._add(rest, 2.7, "column", meta.name, col.name)
        if len(strong) > 1:
            for w in strong:
                if w in WEAK_COLUMN_WORDS or w in own or singular(w) in own:
                    continue
                self._add([w], 2.0 if w == strong[-1] else 1.8, "column", meta.name, col.name)
            head = strong[-1]
            if head in WEAK_COLUMN_WORDS:
                self._add([head], 1.0, "column", meta.name, col.name)

    # ------------------------------------------------------------------ matching
    def _match(self, p: _Pattern, tokens: list[Token], i: int, synonyms: bool) -> int | None:
        """End index of a match of ``p`` at token ``i``, or None."""
        j = i
        for word in p.words:
            if j >= len(tokens) or (not tokens[j].is_word and tokens[j].kind != "number"):
                return None
            tf = _token_forms(tokens[j], False)
            if tf & word or (synonyms and len(p.words) == 1 and _token_forms(tokens[j], True) & word):
                j += 1
                continue
            # two tokens joined: "sign up" -> signup, "e mail" -> email
            if j + 1 < len(tokens) and tokens[j + 1].is_word:
                joined = {a + b for a in forms(tokens[j].low) for b in (tokens[j + 1].low, *forms(tokens[j + 1].low))}
                if joined & word:
                    j += 2
                    continue
            return None
        return j

    def link(self, tokens: list[Token], blocked: set[int]) -> list[Link]:
        """Candidate links for every span of ``tokens`` that avoids ``blocked`` positions."""
        spans: dict[tuple[int, int], Link] = {}
        for i, tok in enumerate(tokens):
            if i in blocked or not (tok.is_word or tok.kind == "number"):
                continue
            keys = set(forms(tok.low))
            if i + 1 < len(tokens):
                keys |= {a + b for a in forms(tok.low) for b in (tokens[i + 1].low, *forms(tokens[i + 1].low))}
            syn_keys: set[str] = set(_token_forms(tok, True))
            seen: set[int] = set()
            for synonyms, pool in ((False, keys), (True, syn_keys)):
                for key in pool:
                    for p in self._by_first.get(key, ()):
                        if id(p) in seen and not synonyms:
                            continue
                        end = self._match(p, tokens, i, synonyms)
                        if end is None or any(k in blocked for k in range(i, end)):
                            continue
                        seen.add(id(p))
                        score = p.score - (0.6 if synonyms and not (forms(tok.low) & p.words[0]) else 0.0)
                        cand = Candidate(p.kind, p.table, p.column, score, i, end, synonyms)
                        link = spans.setdefault((i, end), Link(i, end))
                        bucket = link.tables if p.kind == "table" else link.columns
                        existing = next((c for c in bucket if c.table == cand.table and c.column == cand.column),
                                        None)
                        if existing is None:
                            bucket.append(cand)
                        elif existing.score < cand.score:
                            bucket[bucket.index(existing)] = cand
        # values: phrases of words, allowing light punctuation inside ("Dr. Chloe Morel", "Jean-Luc")
        maxw = self.values.max_words
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
                hits = self.values.lookup(words)
                if not hits and span[-1].is_word:
                    hits = self.values.lookup([*words[:-1], singular(words[-1])])
                if not hits and span[-1].is_word and n == 1 and words[-1].endswith(("ed", "ing")):
                    # "transferred" -> 'transfer', "deposited" -> 'deposit'
                    for f in sorted(forms(words[-1]) - {words[-1]}, key=len, reverse=True):
                        if len(f) >= 4:
                            hits = self.values.lookup([f])
                            if hits:
                                break
                if hits and n == 1 and span[0].is_word and not span[0].capitalized and span[0].low in FUNCTION_WORDS:
                    # "will", "may", "can" in lower case are words, not the names 'Will' or 'May'
                    hits = [h for h in hits if h.value == h.value.lower()]
                if hits:
                    link = spans.setdefault((i, end), Link(i, end))
                    link.values.extend(h for h in hits if h not in link.values)
        out = list(spans.values())
        for link in out:
            link.tables.sort(key=lambda c: -c.score)
            link.columns.sort(key=lambda c: -c.score)
        return sorted(out, key=lambda lk: (lk.first, -(lk.last - lk.first)))
