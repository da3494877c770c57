"""What the AI pipeline needs of a database, as Protocols.

:mod:`aishell.ai` never imports the services: the pipeline asks a :class:`Database` for
its catalog and dialect, validates a statement against it (the policy's judgement and an
EXPLAIN dry run), and reads the examples the user accepted.  A
:class:`aishell.services.session.Session` is one, structurally; a test can pass anything
else that has these members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from aishell.engines.base import Catalog, Connection
    from aishell.sql.kinds import Classification
    from aishell.state import NLExample


class Judgement(Protocol):
    """A policy's decision on one statement."""

    @property
    def refused(self) -> bool: ...
    @property
    def message(self) -> str: ...


class Judge(Protocol):
    """The policy a generated statement must pass (read-only mode, roles ...)."""

    def judge(self, c: Classification) -> Judgement: ...


class ExampleSource(Protocol):
    """Questions the user accepted before, with their SQL (few-shot examples)."""

    def examples(self, *, connection: str) -> list[NLExample]: ...


class Database(Protocol):
    """The database a question is about."""

    @property
    def dialect(self) -> str:
        """The sqlglot dialect name of the engine."""
        ...

    @property
    def label(self) -> str:
        """The connection's name, under which examples are stored."""
        ...

    @property
    def state(self) -> ExampleSource | None: ...
    @property
    def policy(self) -> Judge: ...

    def catalog(self) -> Catalog: ...
    def connection(self) -> Connection: ...
    def explain(self, sql: str, *, assume_yes: bool = False) -> object:
        """Plan ``sql`` without running it (raises the engine's error when it does not fit)."""
        ...
