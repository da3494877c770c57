"""Split a buffer of SQL into statements.

A statement ends at ``;`` outside string literals, quoted identifiers,
comments and dollar-quoted bodies.  What counts as which is the engine's
lexing, declared by its :class:`~aishell.engines.dialect.Dialect`
(``hash_comments``, ``nested_comments``, ``backslash_escapes``,
``dollar_quoting``, ``compound_head``, ``block_head`` ...): ``#`` comments,
backslash escapes and the ``DELIMITER`` command of MySQL, ``$tag$`` bodies
and nested comments of PostgreSQL, ``[identifiers]`` and trigger bodies of
SQLite, PL/SQL blocks that end at a line holding only ``/`` in Oracle.

This is a lexer, not a parser: it is fast enough to run on every key press
(the REPL asks it whether the buffer is complete) and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aishell.engines.registry import dialect_of

if TYPE_CHECKING:
    from aishell.engines.dialect import Dialect

_WORD = re.compile(r"[^\W\d][\w$]*")
_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")
_DELIMITER = re.compile(r"^\s*DELIMITER\s+(\S+)\s*$", re.I)


@dataclass(frozen=True)
class Statement:
    sql: str  # the statement text without its terminator, stripped
    start: int  # offset of the statement's first character in the buffer
    terminated: bool  # ended with a delimiter (not just the end of the buffer)


def split_statements(text: str, dialect: str = "") -> list[Statement]:
    """Return the statements in ``text``; comment-only pieces are dropped."""
    d = dialect_of(dialect or "")
    if d.line_statements:  # a command language (Redis): one statement a line, as its own client reads them
        return _lines(text)
    # the dialect's rules, read once: this loop runs on every key press
    hash_comments, nested = d.hash_comments, d.nested_comments
    client_delimiter, slash = d.client_delimiter, d.slash_terminator
    backslashes, e_strings = d.backslash_escapes, d.escape_strings
    dq_backslashes = d.double_quote_strings and backslashes
    backticks, brackets, dollars = d.backtick_identifiers, d.bracket_identifiers, d.dollar_quoting
    block_head, compound_head = d.block_head, d.compound_head
    out: list[Statement] = []
    n = len(text)
    i = 0
    start = 0
    delimiter = ";"
    depth = 0  # BEGIN ... END nesting inside a compound statement
    compound = False  # the current statement is a routine/trigger with a body
    plsql = False  # Oracle PL/SQL block: ends at a lone '/'
    line_start = True
    words_seen = 0

    def emit(end: int, resume: int, terminated: bool) -> None:
        nonlocal start, depth, compound, plsql, words_seen
        piece = text[start:end]
        if _has_code(piece, d):
            lead = len(piece) - len(piece.lstrip())
            out.append(Statement(piece.strip(), start + lead, terminated))
        start = resume
        depth = 0
        compound = plsql = False
        words_seen = 0

    while i < n:
        ch = text[i]
        # client-side DELIMITER command (mysql), only at the start of a line
        if client_delimiter and line_start and text[start:i].strip() == "":
            eol = text.find("\n", i)
            eol = n if eol < 0 else eol
            m = _DELIMITER.match(text[i:eol])
            if m:
                delimiter = m.group(1)
                start = i = eol
                continue
        # Oracle: a line with a lone '/' ends a PL/SQL block (or any statement)
        if slash and line_start:
            eol = text.find("\n", i)
            eol = n if eol < 0 else eol
            if text[i:eol].strip() == "/":
                emit(i, eol, True)
                i = eol
                continue
        line_start = False
        if ch == "\n":
            line_start = True
            i += 1
            continue
        if ch in " \t\r":
            i += 1
            continue
        # comments
        if (ch == "-" and text.startswith("--", i)) or (ch == "#" and hash_comments):
            eol = text.find("\n", i)
            i = n if eol < 0 else eol
            continue
        if ch == "/" and text.startswith("/*", i):
            i = _skip_block_comment(text, i, nested=nested)
            continue
        # quoted things
        if ch == "'":
            escapes = backslashes or (e_strings and i > 0 and text[i - 1] in "eE" and not _is_word_char(text, i - 2))
            i = _skip_quoted(text, i, "'", escapes)
            continue
        if ch == '"':
            i = _skip_quoted(text, i, '"', dq_backslashes)
            continue
        if ch == "`" and backticks:
            i = _skip_quoted(text, i, "`", False)
            continue
        if ch == "[" and brackets:
            close = text.find("]", i + 1)
            i = n if close < 0 else close + 1
            continue
        if ch == "$" and dollars:
            m = _DOLLAR_TAG.match(text, i)
            if m and not _is_word_char(text, i - 1):
                tag = m.group(0)
                close = text.find(tag, m.end())
                i = n if close < 0 else close + len(tag)
                continue
        # statement delimiter
        if text.startswith(delimiter, i) and depth == 0 and not plsql:
            emit(i, i + len(delimiter), True)
            i += len(delimiter)
            continue
        # words: track compound bodies
        if ch.isalpha() or ch == "_":
            m = _WORD.match(text, i)
            assert m is not None
            word = m.group(0).upper()
            if words_seen == 0:
                head = text[i : i + 200]
                if block_head is not None and block_head.match(head):
                    plsql = True
                elif compound_head is not None and delimiter == ";" and compound_head.match(head):
                    compound = True
            words_seen += 1
            if compound:
                if word == "BEGIN" and not _followed_by(text, m.end(), ("TRANSACTION", "WORK")):
                    depth += 1
                elif word == "CASE" and not _preceded_by_end(text, i):
                    depth += 1
                elif word == "END" and not _followed_by(text, m.end(), ("IF", "LOOP", "WHILE", "REPEAT")):
                    depth = max(depth - 1, 0)
            i = m.end()
            continue
        if ch.isdigit():
            while i < n and (text[i].isalnum() or text[i] in "._"):
                i += 1
            continue
        i += 1
    emit(n, n, False)
    return out


def _lines(text: str) -> list[Statement]:
    """One statement per line that holds a command (``#`` starts a comment line)."""
    out: list[Statement] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body and not body.startswith("#"):
            out.append(Statement(body, pos + len(line) - len(line.lstrip()), True))
        pos += len(line)
    return out


def _followed_by(text: str, pos: int, words: tuple[str, ...]) -> bool:
    m = _WORD.match(text, _skip_ws(text, pos))
    return bool(m and m.group(0).upper() in words)


def _preceded_by_end(text: str, pos: int) -> bool:
    return bool(re.search(r"\bEND\s+$", text[max(0, pos - 20) : pos], re.I))


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _is_word_char(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and (text[pos].isalnum() or text[pos] in "_$")


def _skip_quoted(text: str, i: int, quote: str, backslash: bool) -> int:
    n = len(text)
    j = i + 1
    while j < n:
        c = text[j]
        if backslash and c == "\\":
            j += 2
            continue
        if c == quote:
            if j + 1 < n and text[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    return n


def _skip_block_comment(text: str, i: int, *, nested: bool) -> int:
    n = len(text)
    depth = 0
    j = i
    while j < n:
        if text.startswith("/*", j):
            depth += 1 if (nested or depth == 0) else 0
            j += 2
            continue
        if text.startswith("*/", j):
            depth -= 1
            j += 2
            if depth <= 0:
                return j
            continue
        j += 1
    return n


def _has_code(piece: str, d: Dialect) -> bool:
    """True when ``piece`` holds something besides white space and comments."""
    i, n = 0, len(piece)
    while i < n:
        c = piece[i]
        if c.isspace():
            i += 1
        elif piece.startswith("--", i) or (c == "#" and d.hash_comments):
            eol = piece.find("\n", i)
            i = n if eol < 0 else eol
        elif piece.startswith("/*", i):
            if d.executable_comments and (piece.startswith("/*!", i) or piece.startswith("/*M!", i)):
                return True  # MySQL/MariaDB run an executable comment's text: it is code
            i = _skip_block_comment(piece, i, nested=d.nested_comments)
        else:
            return True
    return False


def is_complete(text: str, dialect: str = "") -> bool:
    """Does the buffer end with a finished statement (the REPL submits it on Enter)?"""
    statements = split_statements(text, dialect)
    return bool(statements) and statements[-1].terminated and not _trailing_open(text, dialect)


def _trailing_open(text: str, dialect: str) -> bool:
    # after the last terminated statement, is there unfinished code?
    stmts = split_statements(text + "\n", dialect)
    return bool(stmts) and not stmts[-1].terminated
