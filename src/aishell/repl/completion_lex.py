"""Lexing for SQL completion: the statement under the cursor, open quotes, tokens.

Everything here works on text that is being typed, so it never raises:

* :func:`current_statement` cuts the statement under the cursor out of a
  multi-statement buffer (with :func:`aishell.sql.split.split_statements`,
  the splitter the REPL uses to run statements);
* :func:`open_region` tells whether the end of a text lies inside a string
  literal, a comment or a quoted identifier (the quote characters and comment
  markers come from the sqlglot tokenizer of the dialect);
* :func:`lex` turns a statement into :class:`Tok` objects with sqlglot's
  tokenizer, falling back to a forgiving regular-expression lexer when sqlglot
  rejects the text (an unterminated string after the cursor, say).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from sqlglot import TokenType
from sqlglot.dialects.dialect import Dialect

from aishell.engines.registry import dialect_of
from aishell.sql.split import split_statements

# kinds of tokens
WORD = "word"  # keyword or unquoted identifier
QIDENT = "qident"  # quoted identifier (text holds the unquoted name)
STRING = "string"
NUMBER = "number"
PUNCT = "punct"  # punctuation and operators (text holds the symbol)


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str  # raw word, unquoted identifier, or the symbol
    up: str  # words: upper case, single-spaced ("ORDER BY"); punct: the symbol; else ""
    start: int  # offsets into the lexed text, end exclusive
    end: int

    @property
    def is_name(self) -> bool:
        return self.kind in (WORD, QIDENT)


@functools.lru_cache(maxsize=32)
def get_dialect(dialect: str) -> Dialect:
    try:
        return Dialect.get_or_raise(dialect or None)
    except Exception:
        return Dialect.get_or_raise(None)


@dataclass(frozen=True)
class LexSpec:
    """What opens and closes strings, identifiers and comments in a dialect."""

    quotes: tuple[tuple[str, str], ...]
    identifiers: tuple[tuple[str, str], ...]
    comments: tuple[tuple[str, str | None], ...]
    backslash_escapes: bool
    heredoc: bool
    ident_quote: tuple[str, str]  # what to quote identifiers with


@functools.lru_cache(maxsize=32)
def lex_spec(dialect: str) -> LexSpec:
    tok: Any = get_dialect(dialect).tokenizer_class
    quotes = tuple(sorted(dict(getattr(tok, "_QUOTES", {"'": "'"})).items(), key=lambda kv: -len(kv[0])))
    idents = tuple(sorted(dict(getattr(tok, "_IDENTIFIERS", {'"': '"'})).items(), key=lambda kv: -len(kv[0])))
    comments = tuple(
        sorted(
            ((k, v) for k, v in dict(getattr(tok, "_COMMENTS", {"--": None, "/*": "*/"})).items() if k != "{#"),
            key=lambda kv: -len(kv[0]),
        )
    )
    escapes = set(getattr(tok, "_STRING_ESCAPES", set()) or getattr(tok, "STRING_ESCAPES", []))
    engine = dialect_of(dialect or "")
    ident_quote = engine.ident_quote
    if idents and ident_quote[0] not in dict(idents):
        ident_quote = idents[0]
    return LexSpec(
        quotes=quotes or (("'", "'"),),
        identifiers=idents or (('"', '"'),),
        comments=comments or (("--", None), ("/*", "*/")),
        backslash_escapes="\\" in escapes,
        heredoc=engine.dollar_quoting,
        ident_quote=ident_quote,
    )


_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def _skip_quoted(text: str, i: int, end: str, backslash: bool) -> int:
    """Index just past the closing ``end`` of a quoted run starting at ``i``; -1 if unterminated."""
    n = len(text)
    k = i
    while k < n:
        c = text[k]
        if backslash and c == "\\":
            k += 2
            continue
        if text.startswith(end, k):
            if len(end) == 1 and k + 1 < n and text[k + 1] == end:
                k += 2  # doubled quote
                continue
            return k + len(end)
        k += 1
    return -1


def open_region(text: str, dialect: str = "") -> tuple[str, int] | None:
    """Whether the end of ``text`` is inside a string, comment or quoted identifier.

    Returns ``("string" | "comment" | "ident", start offset of the open region)``
    or ``None`` when the end of the text is plain code.
    """
    spec = lex_spec(dialect)
    starts = {q[0][0] for q in spec.quotes} | {q[0][0] for q in spec.identifiers} | {c[0][0] for c in spec.comments}
    if spec.heredoc:
        starts.add("$")
    finder = re.compile("[" + re.escape("".join(sorted(starts))) + "]")
    i = 0
    n = len(text)
    while i < n:
        m = finder.search(text, i)
        if m is None:
            return None
        i = m.start()
        advanced = False
        for opener, closer in spec.comments:
            if text.startswith(opener, i):
                if closer is None:
                    eol = text.find("\n", i)
                    if eol < 0:
                        return ("comment", i)
                    i = eol + 1
                else:
                    close = text.find(closer, i + len(opener))
                    if close < 0:
                        return ("comment", i)
                    i = close + len(closer)
                advanced = True
                break
        if advanced:
            continue
        for opener, closer in spec.quotes:
            if text.startswith(opener, i):
                backslash = spec.backslash_escapes or (
                    opener == "'" and i > 0 and text[i - 1] in "eE" and (i < 2 or not _is_word_char(text[i - 2]))
                )
                j = _skip_quoted(text, i + len(opener), closer, backslash)
                if j < 0:
                    return ("string", i)
                i = j
                advanced = True
                break
        if advanced:
            continue
        for opener, closer in spec.identifiers:
            if text.startswith(opener, i):
                j = _skip_quoted(text, i + len(opener), closer, False)
                if j < 0:
                    return ("ident", i)
                i = j
                advanced = True
                break
        if advanced:
            continue
        if spec.heredoc and text[i] == "$":
            dm = _DOLLAR_TAG.match(text, i)
            if dm and (i == 0 or not _is_word_char(text[i - 1])):
                close = text.find(dm.group(0), dm.end())
                if close < 0:
                    return ("string", i)
                i = close + len(dm.group(0))
                continue
        i += 1
    return None


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_$"


# --------------------------------------------------------------------------- statements
@dataclass(frozen=True)
class StatementAtCursor:
    before: str  # statement text from its start to the cursor
    full: str  # the whole statement (including text after the cursor)
    offset: int  # where the statement starts in the buffer


def current_statement(text_before_cursor: str, full_text: str | None, dialect: str = "") -> StatementAtCursor:
    """The statement under the cursor; only it matters for completion."""
    if full_text is None or not full_text.startswith(text_before_cursor):
        full_text = text_before_cursor
    cursor = len(text_before_cursor)
    try:
        stmts = split_statements(text_before_cursor, dialect)
    except Exception:
        stmts = []
    if stmts and not stmts[-1].terminated:
        start = stmts[-1].start
    elif stmts:
        start = cursor
    else:
        start = 0
    before = text_before_cursor[start:]
    end = cursor
    try:
        rest = split_statements(full_text[start:], dialect)
    except Exception:
        rest = []
    if rest:
        first = rest[0]
        rel_cursor = cursor - start
        gap = full_text[start + rel_cursor : start + first.start] if first.start > rel_cursor else ""
        if ";" not in gap:
            end = max(cursor, start + first.start + len(first.sql))
    return StatementAtCursor(before=before, full=full_text[start:end], offset=start)


# --------------------------------------------------------------------------- tokens
_STRING_TYPES = {
    name
    for name in dir(TokenType)
    if name.endswith("_STRING") or name in {"STRING", "NATIONAL", "HEREDOC_STRING", "RAW_STRING"}
}
_WORDLIKE = re.compile(r"[^\W\d][\w$]*(?:\s+[^\W\d][\w$]*)*")
_MERGE_BY = {"ORDER", "GROUP", "PARTITION", "SORT", "CLUSTER", "DISTRIBUTE", "CONNECT"}


def _word(text: str, start: int, end: int) -> Tok:
    return Tok(WORD, text, " ".join(text.split()).upper(), start, end)


def _lex_sqlglot(sql: str, dialect: str) -> list[Tok]:
    out: list[Tok] = []
    for t in get_dialect(dialect).tokenize(sql):
        start, end = t.start, t.end + 1
        name = t.token_type.name
        if name == "IDENTIFIER":
            out.append(Tok(QIDENT, t.text, "", start, end))
        elif name in _STRING_TYPES or name.endswith("STRING"):
            out.append(Tok(STRING, t.text, "", start, end))
        elif name == "NUMBER":
            out.append(Tok(NUMBER, t.text, "", start, end))
        elif _WORDLIKE.fullmatch(sql[start:end]):
            out.append(_word(sql[start:end], start, end))
        elif name == "VAR":
            out.append(Tok(WORD, t.text, t.text.upper(), start, end))
        else:
            out.append(Tok(PUNCT, t.text, t.text, start, end))
    return out


@functools.lru_cache(maxsize=32)
def _fallback_re(dialect: str) -> re.Pattern[str]:
    d = dialect_of(dialect or "")
    line_comment = r"--[^\n]*" + (r"|\#[^\n]*" if d.hash_comments else "")
    esc = r"\\." if d.backslash_escapes else r"(?!)"
    sstr = r"""[NnEeXxBb]?'(?:[^'\\]|''|""" + esc + r"|\\)*(?:'|\Z)"
    quoted: list[str] = []
    if d.double_quote_strings:
        sstr += r'|"(?:[^"\\]|""|\\.)*(?:"|\Z)'
    else:
        quoted.append(r'"(?:[^"]|"")*(?:"|\Z)')
    if d.backtick_identifiers:
        quoted.append(r"`(?:[^`]|``)*(?:`|\Z)")
    if d.bracket_identifiers:
        quoted.append(r"\[[^\]]*(?:\]|\Z)")
    qident = "|".join(quoted) or r"(?!)"
    dstr = r"|\$(?P<tag>[A-Za-z_]\w*)?\$.*?(?:\$(?P=tag)\$|\Z)" if d.dollar_quoting else ""
    pattern = (
        r"(?P<ws>\s+)|(?P<lc>" + line_comment + r")|(?P<bc>/\*.*?(?:\*/|\Z))"
        r"|(?P<str>" + sstr + dstr + r")|(?P<qid>" + qident + r")"
        r"|(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)|(?P<word>[^\W\d][\w$]*)"
        r"|(?P<op>::|<>|!=|<=|>=|\|\||[^\s\w])"
    )
    return re.compile(pattern, re.S)


def _lex_fallback(sql: str, dialect: str) -> list[Tok]:
    out: list[Tok] = []
    rx = _fallback_re(dialect)
    pos = 0
    n = len(sql)
    while pos < n:
        m = rx.match(sql, pos)
        if m is None or m.end() == pos:
            pos += 1
            continue
        kind = m.lastgroup
        text = m.group(0)
        if kind == "tag":  # pragma: no cover - the named inner group never ends a match
            kind = "str"
        if kind == "word":
            out.append(_word(text, m.start(), m.end()))
        elif kind == "qid":
            opener = text[0]
            closer = "]" if opener == "[" else opener
            inner = text[1:-1] if len(text) > 1 and text.endswith(closer) else text[1:]
            out.append(Tok(QIDENT, inner.replace(closer * 2, closer), "", m.start(), m.end()))
        elif kind == "str":
            out.append(Tok(STRING, text, "", m.start(), m.end()))
        elif kind == "num":
            out.append(Tok(NUMBER, text, "", m.start(), m.end()))
        elif kind == "op":
            out.append(Tok(PUNCT, text, text, m.start(), m.end()))
        pos = m.end()
    return out


def _merge(toks: list[Tok]) -> list[Tok]:
    """Join ``ORDER`` + ``BY`` (and friends) into one token, as sqlglot does."""
    out: list[Tok] = []
    for t in toks:
        if t.kind == WORD and t.up == "BY" and out and out[-1].kind == WORD and out[-1].up in _MERGE_BY:
            prev = out.pop()
            out.append(Tok(WORD, prev.text + " " + t.text, prev.up + " BY", prev.start, t.end))
        else:
            out.append(t)
    return out


def lex(sql: str, dialect: str = "") -> list[Tok]:
    """Tokens of ``sql`` (comments dropped).  Never raises."""
    try:
        toks = _lex_sqlglot(sql, dialect)
    except Exception:
        try:
            toks = _lex_fallback(sql, dialect)
        except Exception:  # pragma: no cover - defensive
            toks = []
    return _merge(toks)
