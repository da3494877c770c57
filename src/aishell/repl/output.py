"""Terminal output for the REPL: the pager, expanded display and listings.

Output is buffered only until it would overflow the screen; then the pager
starts and everything, buffered and still to come, streams into it.  So a
short result prints directly, and a long one shows its first rows at once.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import subprocess
import sys
from typing import IO, Any

from aishell.engines.base import ResultColumn, Row
from aishell.output.formats import TableWriter, TextSink, VerticalWriter, display_width, make_writer, text_value
from aishell.output.sink import Sink, Summary
from aishell.services.catalog import Listing


class PagedOutput(io.TextIOBase):
    """A text stream that starts a pager once the output outgrows the screen."""

    def __init__(self, pager: str | None, *, height: int | None = None, width: int | None = None,
                 stream: IO[str] | None = None) -> None:  # fmt: skip
        size = shutil.get_terminal_size((100, 40))
        self.height = height or size.lines
        self.width = width or size.columns
        self.pager = pager
        self.stream = stream or sys.stdout
        self.buffer_parts: list[str] = []
        self.lines = 0
        self.too_wide = False
        self.proc: subprocess.Popen[str] | None = None
        #: the pager quit before the output ended (the user pressed q): the rest is dropped
        self.gone = False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self.proc is not None:
            if not self.gone:
                try:
                    assert self.proc.stdin is not None
                    self.proc.stdin.write(text)
                except BrokenPipeError:
                    self.gone = True
            return len(text)
        if not self.pager:
            self.stream.write(text)
            return len(text)
        self.buffer_parts.append(text)
        self.lines += text.count("\n")
        if not self.too_wide and any(display_width(line) > self.width for line in text.split("\n")):
            self.too_wide = True
        if self.lines >= self.height - 1 or self.too_wide:
            self._start_pager()
        return len(text)

    def _start_pager(self) -> None:
        assert self.pager
        env = dict(os.environ)
        env.setdefault("LESS", "-SRXF")
        try:
            self.proc = subprocess.Popen(shlex.split(self.pager), stdin=subprocess.PIPE, text=True,
                                         encoding="utf-8", env=env)  # fmt: skip
        except OSError:
            self.pager = None
            self.stream.write("".join(self.buffer_parts))
            self.buffer_parts = []
            return
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write("".join(self.buffer_parts))
        except BrokenPipeError:
            self.gone = True
        self.buffer_parts = []

    def flush(self) -> None:
        if self.proc is not None and self.proc.stdin is not None:
            if not self.gone:
                try:
                    self.proc.stdin.flush()
                except BrokenPipeError:
                    self.gone = True
        else:
            self.stream.flush()

    def close(self) -> None:
        if self.proc is not None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.close()
            except BrokenPipeError:
                self.gone = True
            self.proc.wait()
            self.proc = None
        elif self.buffer_parts:
            self.stream.write("".join(self.buffer_parts))
            self.buffer_parts = []
            self.stream.flush()
        super().close()


class AutoExpandWriter(TextSink):
    """Table output that switches to vertical when the table is wider than the screen (``\\x auto``)."""

    def __init__(self, out: IO[str], *, width: int, null: str, style: str) -> None:
        super().__init__(out, null=null)
        self.width = width
        self.style = style
        self.inner: TextSink | None = None

    def begin(self, columns: list[ResultColumn]) -> None:
        self.columns = columns
        self.inner = None

    def rows(self, batch: list[Row]) -> None:
        if self.inner is None:
            table = TableWriter(io.StringIO(), null=self.null, style=self.style)
            table.begin(self.columns)
            table.rows(batch[:200])
            too_wide = max((display_width(line) for line in table.out.getvalue().splitlines()), default=0) > self.width  # type: ignore[attr-defined]
            self.inner = VerticalWriter(self.out, null=self.null) if too_wide else TableWriter(
                self.out, null=self.null, style=self.style
            )
            self.inner.begin(self.columns)
        self.inner.rows(batch)

    def end(self, summary: Summary) -> None:
        if self.inner is None:
            self.inner = TableWriter(self.out, null=self.null, style=self.style)
            if summary.returns_rows:
                self.inner.begin(self.columns)
        self.inner.end(summary)


class PagerGuard(Sink):
    """Passes a result to ``inner`` until the pager quits (``out.gone``); then drops the rest
    unformatted, and the REPL prints the row count itself (:meth:`Repl.execute`)."""

    def __init__(self, inner: TextSink, out: PagedOutput) -> None:
        self.inner = inner
        self.out = out
        #: the status lines (row counts) the pager never got
        self.missed: list[str] = []

    def begin(self, columns: list[ResultColumn]) -> None:
        if not self.out.gone:
            self.inner.begin(columns)

    def rows(self, batch: list[Row]) -> None:
        if not self.out.gone:
            self.inner.rows(batch)

    def end(self, summary: Summary) -> None:
        if not self.out.gone:
            self.inner.end(summary)
        if self.out.gone and self.inner.show_status:  # it quit before (or while) this line went out
            line = self.inner.status_line(summary)
            if line:
                self.missed.append(line)

    def close(self) -> None:
        self.inner.close()


def result_writer(out: IO[str], *, fmt: str, expanded: str, null: str, style: str, width: int) -> TextSink:
    if fmt == "table":
        if expanded == "on":
            return VerticalWriter(out, null=null)
        if expanded == "auto":
            return AutoExpandWriter(out, width=width, null=null, style=style)
        return TableWriter(out, null=null, style=style)
    return make_writer(fmt, out, null=null)


def render_listing(listing: Listing, out: IO[str], *, style: str = "psql", null: str = "") -> None:
    if listing.title:
        out.write(listing.title + "\n")
    writer = TableWriter(out, null=null, style=style, show_status=listing.show_count)
    writer.begin(listing.columns)
    if listing.rows:
        writer.rows(listing.rows)
    writer.end(Summary("", len(listing.rows), 0.0, True))
    for line in listing.footer:
        out.write(line + "\n")
    if listing.footer:
        out.write("\n")


def plain(value: Any) -> str:
    return text_value(value)
