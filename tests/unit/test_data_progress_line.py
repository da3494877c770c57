"""The progress line's drawing rules (on a real terminal: tests/e2e/test_data_progress.py)."""

from __future__ import annotations

import io

from aishell.services.data.progress import Progress


def test_a_shorter_line_is_padded_over_the_longer_one() -> None:
    out = io.StringIO()
    p = Progress("export", stream=out, enabled=True, interval=0)
    p(1_234_567)  # at once: a huge rate
    first = out.getvalue()
    p.start -= 100.0  # a hundred seconds later the rate has fewer digits: the new text is shorter
    p(1_234_568)
    second = out.getvalue()[len(first) :]
    assert second.startswith("\rexport: 1,234,568 rows") and len(second.rstrip()) < len(first)
    assert len(second) == len(first) and second.endswith(" ")


def test_the_line_fits_the_terminal() -> None:
    p = Progress("export", stream=io.StringIO(), enabled=True)
    p.rows = 1_500
    assert p.line(p.start + 1, columns=200) == "export: 1,500 rows  1,500 rows/s  1.0s"
    assert p.line(p.start + 1, columns=33) == "export: 1,500 rows  1,500 rows/s"
    assert p.line(p.start + 1, columns=20) == "export: 1,500 rows"
    assert p.line(p.start + 1, columns=8) == "export:"


def test_done_draws_the_given_total_once() -> None:
    out = io.StringIO()
    p = Progress("import", stream=out, enabled=True, interval=0)
    p(10)
    p.done(12)
    p.done()
    text = out.getvalue()
    assert text.split("\r")[-1].startswith("import: 12 rows") and text.endswith("\n") and text.count("\n") == 1


def test_a_broken_terminal_stops_the_line_not_the_work() -> None:
    class Gone(io.StringIO):
        def write(self, s: str) -> int:
            raise OSError(5, "Input/output error")

    p = Progress("export", stream=Gone(), enabled=True, interval=0)
    p(1)
    p.done()
    assert p.enabled is False and p.rows == 1


def test_silent_when_the_command_writes_its_data_to_stdout(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("aishell.services.data.progress._isatty", lambda stream: True)
    assert Progress("export", stream=io.StringIO(), stdout_is_data=True).enabled is False
    assert Progress("export", stream=io.StringIO()).enabled is True
