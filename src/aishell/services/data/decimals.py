"""Numbers (and times) that would lose digits in a column of a fixed scale, found at C speed.

``numeric(10,2)`` keeps two decimal places: PostgreSQL, MariaDB and DuckDB round ``1.005`` to
``1.01`` without a word.  The per-value path checks each parsed number
(:func:`~aishell.services.data.typemap.decimal_fitter`); the bulk paths, which never parse the
values in Python, check whole columns of text here -- with Arrow compute (the COPY path's check)
or with the same regular expression in DuckDB's SQL (its own CSV reader).

A text is lossy when it has a nonzero digit past the scale's decimal place.  Texts with an
exponent (``1.5e-3``) are rare: they are checked one by one with :mod:`decimal`.
"""

from __future__ import annotations

import decimal
from typing import Any


def lossy_pattern(scale: int) -> str:
    """A regular expression (RE2 and Python) matching a plain decimal text with a nonzero digit
    past ``scale`` decimal places (leading and trailing blanks allowed, as the engines allow)."""
    return rf"^\s*[+-]?[0-9]*\.[0-9]{{{scale}}}[0-9]*[1-9][0-9]*\s*$"


#: texts that need a closer look: an exponent
EXPONENT_PATTERN = "[eE]"


def lossy_text(text: str, scale: int) -> bool:
    """Whether the number ``text`` has a nonzero digit past ``scale`` decimal places (False for a
    text that is not a number: that is another error, found elsewhere)."""
    try:
        number = decimal.Decimal(text.strip())
    except decimal.InvalidOperation:
        return False
    if not number.is_finite():
        return False
    _sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    return exponent < -scale and any(digits[scale + exponent :])


def lossy_decimals(col: Any, scale: int) -> list[int]:
    """The positions, in order, of the values of the Arrow text column ``col`` that would be
    rounded to ``scale`` decimal places."""
    import pyarrow.compute as pc

    if col.null_count == len(col):
        return []
    plain = pc.match_substring_regex(col, lossy_pattern(scale))
    hits: list[int] = []
    if pc.any(plain).as_py():
        hits = pc.indices_nonzero(pc.fill_null(plain, False)).to_pylist()
    expo = pc.match_substring_regex(col, EXPONENT_PATTERN)
    if pc.any(expo).as_py():
        for i in pc.indices_nonzero(pc.fill_null(expo, False)).to_pylist():
            if lossy_text(str(col[i].as_py()), scale):
                hits.append(i)
        hits.sort()
    return hits


def seconds_pattern(places: int) -> str:
    """A regular expression matching a time (or timestamp) text with a nonzero digit past ``places``
    decimal places of seconds."""
    return rf"[0-9]:[0-9]{{2}}\.[0-9]{{{places}}}[0-9]*[1-9]"


def lossy_seconds(col: Any, places: int) -> list[int]:
    """The positions of the values of the Arrow text column ``col`` (times, timestamps) that would be
    rounded to ``places`` decimal places of seconds."""
    import pyarrow.compute as pc

    if col.null_count == len(col):
        return []
    found = pc.match_substring_regex(col, seconds_pattern(places))
    if not pc.any(found).as_py():
        return []
    return list(pc.indices_nonzero(pc.fill_null(found, False)).to_pylist())
