"""What the translator builds from a catalog, saved as plain JSON and loaded back.

Building a :class:`~aishell.ai.offline.translate.Translator` for a large catalog costs far more
than answering a question: the schema index (column kinds, words, display columns, the join
graph), the linker's patterns, the value index's lookup tables and the verifier's vocabulary.
:func:`dump` turns them into JSON data, :func:`load` restores them without running any rule.

A saved document is keyed (:func:`key`, from :mod:`aishell.ai.answer_cache`) by the translator's
code (every source file of this package: a changed rule never reads an old document), the
catalog (everything the index reads of it: names, kinds, columns, types, nullability, keys) and
the sampled values.  No pickle:
each object has an explicit to/from pair, and a document that does not fit is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from aishell.ai.answer_cache import FORMAT, catalog_digest, code_version, key, values_digest
from aishell.ai.offline import verify
from aishell.ai.offline.linking import Linker, _Pattern
from aishell.ai.offline.schema import SchemaIndex
from aishell.ai.offline.translate import Translator
from aishell.ai.offline.values import CodeLookup, ValueHit, ValueIndex
from aishell.engines.base import Catalog

#: the document's layout (``FORMAT``) and the key's parts live in :mod:`aishell.ai.answer_cache`, which
#: loads neither the translator nor sqlglot
__all__ = ["FORMAT", "catalog_digest", "code_version", "dump", "dumps", "from_data", "key", "load", "loads",
           "values_digest"]


# --------------------------------------------------------------------------- the value index
def _values_doc(vi: ValueIndex) -> dict[str, Any]:
    cols: dict[tuple[str, str], int] = {}
    hits: list[list[Any]] = []
    index: dict[int, int] = {}

    def ref(h: ValueHit) -> int:
        got = index.get(id(h))
        if got is None:
            col = cols.setdefault((h.table, h.column), len(cols))
            got = index[id(h)] = len(hits)
            hits.append([col, h.value, h.coded])
        return got

    phrases = [[list(k), [ref(h) for h in hs]] for k, hs in vi._phrases.items()]
    variants = [[list(k), [ref(h) for h in hs]] for k, hs in vi._variants.items()]
    return {
        "columns": [list(c) for c in cols],
        "hits": hits,
        "phrases": phrases,
        "variants": variants,
        "abbrevs": [ref(h) for h in vi._abbrevs],
        "max_words": vi.max_words,
        "flags": sorted([t, c] for t, c in vi.flags),
        "letters": [[t, c, list(vs)] for t, c, vs in vi._letters],
        "text_flags": [[t, c, a, b] for (t, c), (a, b) in vi.text_flags.items()],
        "date_kinds": [[t, c, k] for (t, c), k in vi.date_kinds.items()],
        "text_numbers": sorted([t, c] for t, c in vi.text_numbers),
        "blanks": sorted([t, c] for t, c in vi.blanks),
        "code_lookups": [[t, c, *found[:5], sorted(found.texts.items())] for (t, c), found in vi._code_lookups.items()],
    }


def _values_from(values: dict[tuple[str, str], list[str]], doc: dict[str, Any]) -> ValueIndex:
    vi = ValueIndex.__new__(ValueIndex)
    vi.values = values
    cols = [(t, c) for t, c in doc["columns"]]
    hits = [ValueHit(cols[col][0], cols[col][1], value, bool(coded)) for col, value, coded in doc["hits"]]
    vi._phrases = {tuple(k): [hits[i] for i in idx] for k, idx in doc["phrases"]}
    vi._variants = {tuple(k): [hits[i] for i in idx] for k, idx in doc["variants"]}
    vi._abbrevs = [hits[i] for i in doc["abbrevs"]]
    vi.max_words = int(doc["max_words"])
    vi.flags = {(t, c) for t, c in doc["flags"]}
    vi._letters = [(t, c, list(vs)) for t, c, vs in doc["letters"]]
    vi.text_flags = {(t, c): (a, b) for t, c, a, b in doc["text_flags"]}
    vi.date_kinds = {(t, c): k for t, c, k in doc["date_kinds"]}
    vi.text_numbers = {(t, c) for t, c in doc["text_numbers"]}
    vi.blanks = {(t, c) for t, c in doc["blanks"]}
    vi._code_lookups = {
        (t, c): CodeLookup(lookup, code_col, text_col, kind_col, kind, dict(texts))
        for t, c, lookup, code_col, text_col, kind_col, kind, texts in doc["code_lookups"]
    }
    return vi


# --------------------------------------------------------------------------- the linker
class _SavedPatterns(Mapping[str, list[_Pattern]]):
    """The linker's patterns by first word (``Linker._by_first``), read from the saved document one
    word at a time.  A question looks up a few dozen words; a 2,000-table catalog has ~21,000
    patterns, and decoding and building them all took a third of loading the translator.

    The patterns that share their first word's forms are a *group*, one JSON text decoded once.  A
    word names its patterns as a whole group (a number) or as ``[group, place, group, place ...]``,
    so every word gets the very objects (the linker tells patterns apart by identity), in the order
    the linker made them."""

    __slots__ = ("_built", "_firsts", "_groups", "_sets", "_words")

    def __init__(self, sets: list[frozenset[str]], groups: list[str], firsts: dict[str, int | list[int]]) -> None:
        self._sets, self._groups, self._firsts = sets, groups, firsts
        self._built: dict[int, list[_Pattern]] = {}
        self._words: dict[str, list[_Pattern]] = {}

    def _group(self, gid: int) -> list[_Pattern]:
        got = self._built.get(gid)
        if got is None:
            pick = self._sets.__getitem__
            got = self._built[gid] = [
                _Pattern(tuple(map(pick, words)), score, kind, table, column)
                for words, score, kind, table, column in json.loads(self._groups[gid])
            ]
        return got

    def __getitem__(self, word: str) -> list[_Pattern]:
        got = self._words.get(word)
        if got is None:
            ref = self._firsts[word]  # KeyError: no pattern starts with the word
            if isinstance(ref, int):
                got = list(self._group(ref))
            else:
                got = [self._group(ref[k])[ref[k + 1]] for k in range(0, len(ref), 2)]
            self._words[word] = got
        return got

    def __contains__(self, word: object) -> bool:
        return word in self._firsts

    def __iter__(self) -> Iterator[str]:
        return iter(self._firsts)

    def __len__(self) -> int:
        return len(self._firsts)

    def doc(self) -> dict[str, Any]:
        return {"sets": [sorted(s) for s in self._sets], "groups": self._groups, "firsts": self._firsts}


def _patterns_doc(by_first: Mapping[str, list[_Pattern]]) -> dict[str, Any]:
    if isinstance(by_first, _SavedPatterns):
        return by_first.doc()
    sets: dict[frozenset[str], int] = {}
    gids: dict[frozenset[str], int] = {}
    groups: list[list[list[Any]]] = []
    place: dict[int, tuple[int, int]] = {}  # a pattern (by identity) -> (its group, its place there)
    spots_of: dict[str, list[tuple[int, int]]] = {}
    for word in sorted(by_first):
        spots = spots_of[word] = []
        for p in by_first[word]:
            spot = place.get(id(p))
            if spot is None:
                gid = gids.setdefault(p.words[0], len(gids))
                if gid == len(groups):
                    groups.append([])
                spot = place[id(p)] = (gid, len(groups[gid]))
                groups[gid].append([[sets.setdefault(w, len(sets)) for w in p.words], p.score, p.kind, p.table,
                                    p.column])  # fmt: skip
            spots.append(spot)
    firsts: dict[str, int | list[int]] = {}
    for word, spots in spots_of.items():
        if not spots:
            continue
        whole = spots[0][0]
        if len(spots) == len(groups[whole]) and all(g == whole and i == k for k, (g, i) in enumerate(spots)):
            firsts[word] = whole
        else:
            firsts[word] = [x for spot in spots for x in spot]
    texts = [json.dumps(g, ensure_ascii=False, separators=(",", ":")) for g in groups]
    return {"sets": [sorted(s) for s in sets], "groups": texts, "firsts": firsts}


def _linker_doc(lk: Linker) -> dict[str, Any]:
    return {
        "patterns": _patterns_doc(lk._by_first),
        "abbrevs": lk._abbrevs,
        "prefixes": lk._prefixes,
        "bool_words": sorted(lk._bool_words),
        "date_verbs": [[w, sorted(ts)] for w, ts in lk.date_verbs.items()],
        "initialisms": [[w, ts] for w, ts in lk._initialisms.items()],
    }


def _linker_from(schema: SchemaIndex, values: ValueIndex, doc: dict[str, Any]) -> Linker:
    lk = Linker.__new__(Linker)
    lk.schema, lk.values = schema, values
    saved = doc["patterns"]
    lk._by_first = _SavedPatterns([frozenset(s) for s in saved["sets"]], saved["groups"], saved["firsts"])
    lk._abbrevs = list(doc["abbrevs"])
    lk._abbrev_cache = {}
    lk._prefixes = list(doc["prefixes"])
    lk._bool_words = frozenset(doc["bool_words"])
    lk.date_verbs = {w: set(ts) for w, ts in doc["date_verbs"]}
    lk._initialisms = {w: list(ts) for w, ts in doc["initialisms"]}
    return lk


# --------------------------------------------------------------------------- the whole translator
def dump(tr: Translator) -> dict[str, Any]:
    """The translator's indexes as JSON data (its verifier's vocabulary included)."""
    vocab = verify._vocab(tr.schema)
    return {
        "format": FORMAT,
        "schema": tr.schema.to_doc(),
        "values": _values_doc(tr.values),
        "linker": _linker_doc(tr.linker),
        "vocab": [sorted(vocab.forms), sorted(vocab.stems), sorted(vocab.words)],
    }


def load(catalog: Catalog, values: dict[tuple[str, str], list[str]], doc: dict[str, Any]) -> Translator:
    """The translator :func:`dump` saved, for the same catalog and sampled ``values`` (a :func:`key` match)."""
    if doc.get("format") != FORMAT:
        raise ValueError("another format")
    schema = SchemaIndex.from_doc(catalog, doc["schema"])
    vi = _values_from(values, doc["values"])
    tr = Translator.__new__(Translator)
    tr.schema, tr.values, tr.linker = schema, vi, _linker_from(schema, vi, doc["linker"])
    forms, stems, words = doc["vocab"]
    verify._VOCABS[schema] = verify._Vocab(frozenset(forms), frozenset(stems), frozenset(words))
    return tr


def dumps(tr: Translator) -> str:
    return json.dumps(dump(tr), ensure_ascii=False, separators=(",", ":"))


def loads(catalog: Catalog, values: dict[tuple[str, str], list[str]], text: str) -> Translator | None:
    """:func:`load` from JSON text; None when it does not fit (another format, a damaged document)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    return from_data(catalog, values, doc)


def from_data(catalog: Catalog, values: dict[tuple[str, str], list[str]], doc: Any) -> Translator | None:
    """:func:`load` of decoded JSON data; None when it does not fit."""
    try:
        return load(catalog, values, doc)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
