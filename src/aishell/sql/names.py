"""Quoting identifiers without a parser, for statements the service layer builds itself.

sqlglot builds every other piece of SQL; these two helpers exist so that the
fast paths (``aishell export --table``) need not import it just to quote a name.
"""

from __future__ import annotations

from aishell.engines.registry import dialect_of


def quote_name(name: str, dialect: str) -> str:
    """One identifier, always quoted with the engine's identifier quotes (backticks for
    MySQL/MariaDB, double quotes elsewhere)."""
    return dialect_of(dialect or "").quote(name)


def quote_table(name: str, dialect: str) -> str:
    """``name`` or ``schema.name``, each part quoted for ``dialect``."""
    return ".".join(quote_name(part, dialect) for part in name.split(".")[-2:])
