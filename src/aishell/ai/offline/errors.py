"""The error raised when the offline translator is not confident enough to answer."""

from __future__ import annotations

from aishell.errors import EXIT_QUERY, AishellError

#: the end of every refusal: what the user can do instead
REPHRASE = "rephrase, or use an LLM provider (--provider)"


class TranslationError(AishellError):
    """The question could not be translated with confidence (unknown words, no table matched ...)."""

    exit_code = EXIT_QUERY
