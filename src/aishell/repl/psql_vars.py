"""psql's variables in the shell: ``\\set NAME VALUE``, ``\\unset NAME`` and their interpolation.

``:name`` is replaced by the value, ``:'name'`` by the value as a string literal and ``:"name"``
by the value as a quoted identifier, both quoted as the engine's dialect quotes them.  As in
psql, nothing is replaced inside string literals, quoted identifiers, comments or dollar-quoted
bodies, ``::`` is a cast, and a name that is not set is left as typed.  Pure text work: no
database is reached here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aishell.errors import UsageError

if TYPE_CHECKING:
    from aishell.engines.dialect import Dialect

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOLLAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def literal(value: str, dialect: Dialect) -> str:
    """``value`` as the engine's string literal (quotes doubled; backslashes too where they escape)."""
    text = value.replace("'", "''")
    if dialect.backslash_escapes:
        text = text.replace("\\", "\\\\")
    return f"'{text}'"


def _skip_quoted(text: str, i: int, quote: str, backslash: bool) -> int:
    """The index after the quoted run that starts at ``i`` (a doubled quote stays inside)."""
    j = i + 1
    while j < len(text):
        ch = text[j]
        if backslash and ch == "\\":
            j += 2
            continue
        if ch == quote:
            if j + 1 < len(text) and text[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    return len(text)


def _skip_block_comment(text: str, i: int, nested: bool) -> int:
    depth, j = 1, i + 2
    while j < len(text) and depth:
        if text.startswith("*/", j):
            depth -= 1
            j += 2
        elif nested and text.startswith("/*", j):
            depth += 1
            j += 2
        else:
            j += 1
    return j


def _skip(text: str, i: int, dialect: Dialect) -> int:
    """Where the literal, quoted name or comment that starts at ``i`` ends; ``i`` when none starts there."""
    ch = text[i]
    if ch == "'":
        escaped = dialect.backslash_escapes or (dialect.escape_strings and i > 0 and text[i - 1] in "eE")
        return _skip_quoted(text, i, "'", escaped)
    if ch == '"':
        return _skip_quoted(text, i, '"', dialect.double_quote_strings and dialect.backslash_escapes)
    if ch == "`" and dialect.backtick_identifiers:
        return _skip_quoted(text, i, "`", False)
    if text.startswith("--", i) or (ch == "#" and dialect.hash_comments):
        end = text.find("\n", i)
        return len(text) if end < 0 else end + 1
    if text.startswith("/*", i):
        return _skip_block_comment(text, i, dialect.nested_comments)
    if ch == "$" and dialect.dollar_quoting:
        m = _DOLLAR.match(text, i)
        if m:
            end = text.find(m.group(0), m.end())
            return len(text) if end < 0 else end + len(m.group(0))
    return i


def _reference(text: str, i: int, variables: dict[str, str], dialect: Dialect) -> tuple[str, int] | None:
    """The replacement of the variable reference at ``text[i] == ':'`` and the index after it."""
    nxt = text[i + 1 : i + 2]
    if nxt in ("'", '"'):
        close = text.find(nxt, i + 2)
        name = text[i + 2 : close] if close > 0 else ""
        if not _NAME.fullmatch(name) or name not in variables:
            return None
        value = variables[name]
        return (literal(value, dialect) if nxt == "'" else dialect.quote(value)), close + 1
    m = _NAME.match(text, i + 1)
    if m is None or m.group(0) not in variables:
        return None
    return variables[m.group(0)], m.end()


def interpolate(text: str, variables: dict[str, str], dialect: Dialect) -> str:
    """``text`` with its variable references replaced (see the module's description)."""
    if not variables or ":" not in text:
        return text
    out: list[str] = []
    i = start = 0
    while i < len(text):
        end = _skip(text, i, dialect)
        if end > i:
            i = end
            continue
        if text[i] == ":":
            if text.startswith("::", i):
                i += 2
                continue
            found = _reference(text, i, variables, dialect)
            if found is not None:
                out.append(text[start:i])
                out.append(found[0])
                i = start = found[1]
                continue
        i += 1
    out.append(text[start:])
    return "".join(out)


def words(arg: str) -> list[str]:
    """A backslash command's arguments as psql reads them: separated by blanks, ``'...'`` quoted
    (``''`` inside is one quote, ``\\n`` a new line), ``"..."`` kept with its quotes."""
    out: list[str] = []
    i, n = 0, len(arg)
    while i < n:
        if arg[i].isspace():
            i += 1
            continue
        word: list[str] = []
        while i < n and not arg[i].isspace():
            if arg[i] == "'":
                j = i + 1
                while j < n:
                    if arg[j] == "'" and arg[j + 1 : j + 2] == "'":
                        word.append("'")
                        j += 2
                    elif arg[j] == "'":
                        break
                    elif arg[j] == "\\" and j + 1 < n:
                        word.append({"n": "\n", "t": "\t"}.get(arg[j + 1], arg[j + 1]))
                        j += 2
                    else:
                        word.append(arg[j])
                        j += 1
                if j >= n:
                    raise UsageError("unterminated quoted string")
                i = j + 1
            else:
                word.append(arg[i])
                i += 1
        out.append("".join(word))
    return out


def set_variable(variables: dict[str, str], arg: str) -> tuple[str, str] | None:
    """``\\set NAME [VALUE ...]``: the values are joined without blanks, as psql does; no name:
    None (the caller lists the variables)."""
    parts = words(arg)
    if not parts:
        return None
    name = parts[0]
    if not _NAME.fullmatch(name):
        raise UsageError(f"invalid variable name: {name!r}")
    variables[name] = "".join(parts[1:])
    return name, variables[name]


_BUFFER_COMMAND = re.compile(r"\\(?:gx|gset|g|watch)(?![A-Za-z])")


def split_buffer_command(text: str, dialect: Dialect) -> tuple[str, str] | None:
    """``SELECT 1 \\gx`` -> (``SELECT 1``, ``\\gx``): a statement followed by a command that runs
    it (``\\g``, ``\\gx``, ``\\gset``, ``\\watch``), outside literals and comments; None when there is none."""
    i = 0
    while i < len(text):
        end = _skip(text, i, dialect)
        if end > i:
            i = end
            continue
        if text[i] == "\\" and _BUFFER_COMMAND.match(text, i):
            return text[:i].rstrip(), text[i:].strip()
        i += 1
    return None
