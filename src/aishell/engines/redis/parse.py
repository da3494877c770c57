"""Command lines as ``redis-cli`` reads them (its ``sdssplitargs``): words split on white
space; ``"..."`` takes the escapes ``\\n \\r \\t \\b \\a \\\\ \\"`` and ``\\xHH``; ``'...'`` takes only
``\\'``; a closing quote must be followed by white space or the end of the line.  Words are
bytes, so a binary value typed as ``"\\x00\\xff"`` reaches the server exactly."""

from __future__ import annotations

from aishell.errors import UsageError

_ESCAPES = {"n": b"\n", "r": b"\r", "t": b"\t", "b": b"\b", "a": b"\a"}
_HEX = "0123456789abcdefABCDEF"


def split_command(line: str) -> list[bytes]:
    """The words of one command line (:class:`UsageError` for unbalanced quotes)."""
    words: list[bytes] = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i].isspace():
            i += 1
        if i >= n:
            return words
        word = bytearray()
        in_dq = in_sq = False
        while True:
            if in_dq:
                if i >= n:
                    raise UsageError("unbalanced quotes in command line")
                ch = line[i]
                if ch == "\\" and i + 3 < n and line[i + 1] == "x" and line[i + 2] in _HEX and line[i + 3] in _HEX:
                    word.append(int(line[i + 2 : i + 4], 16))
                    i += 3
                elif ch == "\\" and i + 1 < n:
                    i += 1
                    word += _ESCAPES.get(line[i], line[i].encode())
                elif ch == '"':
                    if i + 1 < n and not line[i + 1].isspace():
                        raise UsageError("a closing quote must be followed by a space in a command line")
                    in_dq = False
                else:
                    word += ch.encode()
            elif in_sq:
                if i >= n:
                    raise UsageError("unbalanced quotes in command line")
                ch = line[i]
                if ch == "\\" and i + 1 < n and line[i + 1] == "'":
                    i += 1
                    word += b"'"
                elif ch == "'":
                    if i + 1 < n and not line[i + 1].isspace():
                        raise UsageError("a closing quote must be followed by a space in a command line")
                    in_sq = False
                else:
                    word += ch.encode()
            else:
                if i >= n or line[i].isspace():
                    break
                ch = line[i]
                if ch == '"':
                    in_dq = True
                elif ch == "'":
                    in_sq = True
                else:
                    word += ch.encode()
            i += 1
        words.append(bytes(word))


def quote_word(word: bytes | str) -> str:
    """``word`` written so that :func:`split_command` reads it back exactly (quoted only when needed)."""
    raw = word.encode() if isinstance(word, str) else word
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        text = None
    if text is not None and text and not any(c.isspace() or c in "\"'\\" for c in text) and text.isprintable():
        return text
    out = []
    for b in raw:
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\x{b:02x}")
    if text is not None:  # keep printable non-ASCII text readable
        out = []
        for c in text:
            if c in "\"\\":
                out.append("\\" + c)
            elif c.isprintable() and c not in "\n\r\t":
                out.append(c)
            else:
                out.append("".join(f"\\x{b:02x}" for b in c.encode()))
    return '"' + "".join(out) + '"'

