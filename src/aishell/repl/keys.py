"""Key bindings: Enter runs a finished statement, Alt-Enter always runs."""

from __future__ import annotations

from collections.abc import Callable

from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import has_focus
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent


def make_key_bindings(should_submit: Callable[[str], bool]) -> KeyBindings:
    kb = KeyBindings()
    editing = has_focus(DEFAULT_BUFFER)  # not while Ctrl-R search or a prompt owns the keys

    @kb.add("enter", filter=editing)
    def _enter(event: KeyPressEvent) -> None:
        buf = event.current_buffer
        state = buf.complete_state
        if state is not None and state.current_completion is not None:
            buf.apply_completion(state.current_completion)
            return
        if should_submit(buf.text):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    @kb.add("escape", "enter", filter=editing)
    def _alt_enter(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    return kb
