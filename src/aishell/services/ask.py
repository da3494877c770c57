"""Questions in plain language: the API every face (CLI, REPL, web, MCP) uses.

``ask`` generates and validates one SQL statement and never runs anything.
``run_answer`` runs an answer through :meth:`Session.run` (so the policy,
history and cancellation apply) and refuses anything but a plain read unless
the face says the user explicitly confirmed that statement.  A read-only
session refuses writes whatever the confirmation.  An answer that ran after
the user's confirmation is remembered as an example for later questions.
"""

from __future__ import annotations

from aishell.ai.pipeline import AskResult, Attempt, AttemptFn, Pipeline
from aishell.ai.providers import TextFn, make_provider, resolve_config
from aishell.errors import PolicyError, UsageError
from aishell.output.sink import Sink
from aishell.services.policy import Verdict
from aishell.services.session import RunResult, Session

__all__ = ["AskResult", "Attempt", "ask", "risk_text", "run_answer"]


def prepare(session: Session, question: str, *, provider: str | None = None) -> None:
    """Load now what answering ``question`` will load, for a caller that waits meanwhile (a one-shot
    ``ask`` while its catalog is read on a server): the offline translator and sqlglot, and the
    translator's indexes kept for the database, unless another provider answers or an answer to the
    question may be kept (which needs none of them)."""
    if needs_translator(session, question, provider=provider):
        import aishell.ai.offline.translate  # noqa: F401 - loaded here for its cost, used by the pipeline
        from aishell.ai.pipeline import read_translator_ahead

        read_translator_ahead(session)


def needs_translator(session: Session, question: str, *, provider: str | None = None) -> bool:
    """Whether answering ``question`` will surely load the offline translator: the offline provider
    answers, and no answer to the question is kept (under any catalog, day or code)."""
    from aishell.ai.answer_cache import asked_before
    from aishell.ai.providers import provider_name

    return provider_name(provider) == "offline" and not asked_before(session.state, " ".join(question.split()))


def ask(
    session: Session,
    question: str,
    *,
    provider: str | None = None,
    model: str | None = None,
    max_attempts: int | None = None,
    on_attempt: AttemptFn | None = None,
    on_text: TextFn | None = None,
    base_url: str | None = None,
    timeout: float | None = None,
) -> AskResult:
    """Translate ``question`` into one validated statement for ``session``'s database.

    ``on_attempt(attempt)`` is called after each generation attempt (``attempt.number``);
    ``on_text(chunk)`` receives the model's reply as it streams.  Provider
    failures (network, authentication) raise :class:`~aishell.ai.providers.ProviderError`;
    a question that could not be answered returns ``ok=False`` with the errors
    in ``attempts``.
    """
    from aishell.config import load_settings

    config = resolve_config(provider, model, base_url=base_url, timeout=timeout)
    attempts = max_attempts if max_attempts is not None else load_settings().ai.max_attempts
    engine = make_provider(config)
    try:
        return Pipeline(session, engine, max_attempts=attempts, on_attempt=on_attempt, on_text=on_text).run(question)
    finally:
        engine.close()


def risk_text(result: AskResult) -> str:
    """The risk of an answer as every face shows it: ``read``; ``write: UPDATE (whole
    table)``; ``ddl, destructive: DROP TABLE``.  The kind, ``destructive`` when the statement
    removes data, and for anything but a plain read what the classifier found."""
    risk = result.risk or "unknown"
    cls = result.classification
    if cls is not None and cls.destructive:
        risk += ", destructive"
    if result.needs_confirmation and cls is not None:
        risk += f": {cls.describe()}"
    return risk


def run_answer(
    session: Session, result: AskResult, sink: Sink, *, confirmed: bool, display_limit: int | None = None
) -> RunResult:
    """Run a validated answer.

    A statement that is not a plain read runs only with ``confirmed=True``, which a
    face may pass only after the user explicitly confirmed this statement; it is
    refused in read-only mode whatever the confirmation.  When the user confirmed
    and it ran without error, the question and SQL are stored as an example.
    """
    if not result.ok or not result.sql.strip():
        raise UsageError(f"nothing to run: {result.error or 'no SQL'}")
    prepared = session.decide(result.sql, generated=True)  # the session classifies and its policy judges, once
    if prepared.verdict is Verdict.REFUSE:
        raise PolicyError(prepared.decision.message)
    if not prepared.reads_only and not confirmed:
        what = "; ".join(c.describe() for c in prepared.classes)
        raise PolicyError(
            f"refused: the generated statement changes something ({what}); it runs only after explicit confirmation"
        )
    outcome = session.run(result.sql, sink, assume_yes=confirmed, display_limit=display_limit, prepared=prepared)
    if outcome.ok and confirmed and session.state is not None:
        try:
            session.state.add_example(connection=session.label, question=result.question, sql=result.sql)
        except Exception:  # noqa: S110 - examples are a convenience; never fail the statement
            pass
    return outcome
