"""Files written whole: beside their final name, renamed when complete (export, the key export)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from aishell.errors import UsageError

T = TypeVar("T")


def written_whole(output: str, write: Callable[[str], T]) -> T:
    """Run ``write(partial)``, which writes the file ``partial`` beside ``output``, then rename it
    to ``output``: a failed export leaves neither a partial file nor a truncated older one."""
    final = Path(output)
    if not final.parent.is_dir():
        raise UsageError(f"cannot write {output}: no such directory {final.parent}")
    partial = str(final.parent / f".{final.name}.{secrets.token_hex(6)}.part")
    try:
        open(partial, "xb").close()  # a new file with the usual mode (the umask applies)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    try:
        result = write(partial)
        os.replace(partial, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
    return result
