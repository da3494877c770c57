"""The completer of a command line (Redis), loaded with the prompt: command names, subcommands
and argument hints from the server's ``COMMAND DOCS`` and key names by a bounded ``SCAN``
(:mod:`aishell.services.keyspace`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

if TYPE_CHECKING:
    from aishell.services.session import Session


class CommandLineCompleter(Completer):
    """Completion of a command line (Redis) from the server's own command docs and keys."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        from aishell.services.keyspace import completions

        text = document.text_before_cursor
        if text.lstrip().startswith("\\"):
            return
        try:
            found: Any = completions(self.session, text.rsplit("\n", 1)[-1])
        except Exception:
            return
        for c in found:
            yield Completion(c.text, start_position=c.start, display=c.text or c.meta[:40], display_meta=c.meta)
