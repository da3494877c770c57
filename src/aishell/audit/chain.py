"""The chain's arithmetic: an entry's canonical bytes and a line's hash."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

#: ``prev`` of the first entry
GENESIS = "0" * 64


def _sha256() -> Callable[[bytes], Any]:
    """CPython's built-in SHA-256: ``hashlib`` loads OpenSSL, ~18 ms a one-shot command would
    pay for one entry.  The same digest either way."""
    for name in ("_sha2", "_sha256"):
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


_SHA256 = _sha256()


def canonical(entry: dict[str, Any]) -> bytes:
    """The bytes an entry is written (and hashed) as: sorted keys, no spaces, UTF-8."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def line_hash(line: bytes) -> str:
    """The SHA-256 (hex) of one line's bytes, without its newline: the next entry's ``prev``."""
    return str(_SHA256(line).hexdigest())
