"""The REPL's ``\\copy ... TO``: the result of a query (or a table) into a CSV or TSV file.

``\\copy ... FROM`` is an import (:func:`aishell.services.data.import_.import_file`): it passes
the session's one gate, as every statement does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.services.session import Session


def copy_to_csv(session: Session, query: str, path: str, *, header: bool = True, delimiter: str = ",",
                text: bool = False, record: bool = True) -> int:  # fmt: skip
    """Write the result of ``query`` to a CSV file (``text``: PostgreSQL's text format, aishell's
    TSV) in the one dialect every export writes; return the row count.  ``record=False``: the
    query is not the user's (``\\copy TABLE TO``) and stays out of the history."""
    from aishell.output.formats import CSVWriter, TSVWriter

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = (TSVWriter if text else CSVWriter)(fh, delimiter=delimiter, header=header, binary=fh.buffer.write)
        result = session.run(query, writer, record=record)
    if result.error is not None:
        raise result.error
    summaries = [o.summary for o in result.outcomes if o.summary is not None]
    return summaries[-1].rowcount if summaries else 0
