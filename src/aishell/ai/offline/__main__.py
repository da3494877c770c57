"""``python -m aishell.ai.offline --db URL "QUESTION"``: print the SQL, or one error line and exit 1.

The SQL goes to stdout alone (``--explain`` adds a comment line with the
explanation and confidence).  Any failure - a question it is not confident
about, a database it cannot open - is one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from aishell.errors import AishellError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aishell.ai.offline", description=__doc__)
    parser.add_argument("--db", required=True, help="database URL (sqlite:///path.db ...)")
    parser.add_argument("--dialect", help="render for this sqlglot dialect instead of the database's")
    parser.add_argument("--today", help="the date 'this year' and 'last month' count from (YYYY-MM-DD)")
    parser.add_argument("--explain", action="store_true", help="also print the explanation and confidence")
    parser.add_argument("question", nargs="+")
    args = parser.parse_args(argv)
    question = " ".join(args.question)
    try:
        from aishell.ai.offline import build_value_index
        from aishell.ai.offline.translate import Translator
        from aishell.engines import connect
        from aishell.urls import DatabaseURL

        today = dt.date.fromisoformat(args.today) if args.today else None
        conn = connect(DatabaseURL.parse(args.db), read_only=True, timeout=30)
        try:
            catalog = conn.catalog()
            values = build_value_index(conn, catalog)
            dialect = args.dialect or conn.dialect
        finally:
            conn.close()
        result = Translator(catalog, values).translate(question, dialect=dialect, today=today)
    except AishellError as exc:  # not confident, no connection, bad URL: one line, exit 1
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a malformed --today
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(result.sql)
    if args.explain:
        print(f"-- {result.explanation} (confidence {result.confidence:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
