"""Sinks that turn a running statement into an HTTP response body.

The statement runs on a worker thread (``Session.run`` with one of these sinks);
the sink encodes each batch and puts it on a small bounded queue (a :class:`Pipe`);
:class:`PipeResponse` takes chunks off the queue and sends them.  A slow client
therefore slows the fetch down (back-pressure) instead of filling the server's
memory, and the event loop never blocks.

The response watches for the client going away while it streams: the moment it
does, the pipe is stopped (the sink's next write raises :class:`ClientGone`, so
the session cancels the statement on the server) and the session is cancelled,
even when the worker is waiting for the database rather than for the pipe.

Limits: ``max_bytes`` caps the data a response carries (the sink raises
:class:`ResponseTooLarge`, which stops the statement and ends the stream with an
``error`` event, or cuts a download short), and ``max_value_chars`` caps one
value: a longer text, binary or JSON value is cut with a visible marker
(:func:`cut_marker`) and the ``end`` event counts the cuts in ``cut_values``.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from aishell.engines.base import ResultColumn, Row
from aishell.errors import AishellError, QueryError, UsageError
from aishell.output.formats import CSVWriter, copy_text, json_value, output_format
from aishell.output.sink import Sink, Summary
from aishell.services.session import RunResult

log = logging.getLogger("aishell.web")

_DONE = object()
#: the most text one ``rows`` event (or one CSV write) holds before it is sent
CHUNK_CHARS = 256 * 1024
#: about how many bytes of values one Parquet row group holds
PARQUET_GROUP_BYTES = 8 << 20

_encode_str: Callable[[str], str] = json.encoder.encode_basestring


class ClientGone(Exception):
    """The HTTP client went away (or the response stopped reading the pipe)."""


class ResponseTooLarge(QueryError):
    """The response reached the server's byte limit; the statement was stopped."""


@dataclass
class Failed:
    """What a worker puts on the pipe when a download fails."""

    error: BaseException


def cut_marker(total: int, unit: str = "characters") -> str:
    """What ends a value cut at ``max_value_chars``."""
    return f"\u2026[cut: {total} {unit} in all]"


class Pipe:
    """A bounded queue of byte chunks between a worker thread and the response.

    ``max_bytes``: the most data the sinks may send through it (see :meth:`room`).
    """

    def __init__(self, maxsize: int = 8, max_bytes: int | None = None) -> None:
        self.queue: queue.Queue[object] = queue.Queue(maxsize=maxsize)
        self.stop = threading.Event()
        self.max_bytes = max_bytes
        self.sent = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready: asyncio.Event | None = None

    # -- the worker's side
    def put(self, chunk: object) -> None:
        """Queue ``chunk``; wait while the queue is full; raise :class:`ClientGone` once stopped."""
        while True:
            if self.stop.is_set():
                raise ClientGone()
            try:
                self.queue.put(chunk, timeout=0.1)
                break
            except queue.Full:
                continue
        if isinstance(chunk, bytes):
            self.sent += len(chunk)
        self._wake()

    def room(self, n: int) -> bool:
        """Whether ``n`` more bytes of data fit under ``max_bytes``."""
        return self.max_bytes is None or self.sent + n <= self.max_bytes

    def finish(self) -> None:
        try:
            self.put(_DONE)
        except ClientGone:
            pass

    def fail(self, exc: BaseException) -> None:
        """End a download with an error: a problem document if nothing was sent yet, else cut short."""
        try:
            self.put(Failed(exc))
        except ClientGone:
            pass

    def _wake(self) -> None:
        loop, ready = self._loop, self._ready
        if loop is not None and ready is not None:
            try:
                loop.call_soon_threadsafe(ready.set)
            except RuntimeError:  # the loop is closed: nobody reads any more
                pass

    # -- the response's side
    async def get(self) -> object:
        """The next chunk, :class:`Failed` or the end marker, without blocking the event loop."""
        if self._ready is None:
            self._loop = asyncio.get_running_loop()
            self._ready = asyncio.Event()
        while True:
            self._ready.clear()
            try:
                return self.queue.get_nowait()
            except queue.Empty:
                pass
            await self._ready.wait()


class PipeResponse(Response):
    """Stream a :class:`Pipe`; stop the statement when the client goes away.

    ``on_close`` runs (on a thread of its own) once the response is over, however it
    ended.  ``early_error``: the response for a :class:`Failed` that arrives before any
    data (a download's query error becomes a problem document, not an empty file);
    a failure after data was sent cuts the body short, so the client sees an
    incomplete download rather than a truncated file that looks whole.
    """

    def __init__(self, pipe: Pipe, *, on_close: Callable[[], None], media_type: str,
                 headers: dict[str, str] | None = None,
                 early_error: Callable[[BaseException], Response] | None = None) -> None:  # fmt: skip
        self.pipe = pipe
        self.on_close = on_close
        self.early_error = early_error
        self.status_code = 200
        self.media_type = media_type
        self.background = None
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = asyncio.ensure_future(self._stream(scope, receive, send))
        watch = asyncio.ensure_future(self._watch(receive))
        try:
            await asyncio.wait({body, watch}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (body, watch):
                task.cancel()
            await asyncio.gather(body, watch, return_exceptions=True)
            self.pipe.stop.set()  # the worker's next write raises ClientGone
            threading.Thread(target=self.on_close, name="aishell-web-close", daemon=True).start()
        exc = None if body.cancelled() else body.exception()
        if exc is not None:
            raise exc

    async def _watch(self, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    async def _stream(self, scope: Scope, receive: Receive, send: Send) -> None:
        item = await self.pipe.get()
        if isinstance(item, Failed) and self.early_error is not None:
            await self.early_error(item.error)(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        while item is not _DONE:
            if isinstance(item, Failed):
                return  # no final chunk: the client sees the body cut short
            assert isinstance(item, bytes)
            await send({"type": "http.response.body", "body": item, "more_body": True})
            item = await self.pipe.get()
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def columns_json(columns: list[ResultColumn]) -> list[dict[str, Any]]:
    return [{"name": c.name, "type": c.type_name, "numeric": c.numeric} for c in columns]


def error_json(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, AishellError):
        return {"title": type(exc).__name__, "detail": exc.one_line()}
    if isinstance(exc, RecursionError):
        return {"title": "StatementTooDeep", "detail": "the statement is nested too deeply to be checked"}
    return {"title": "InternalError", "detail": "internal error"}


class _Limits:
    """The byte budget and the value cap a sink applies (shared by every sink)."""

    pipe: Pipe
    max_value_chars: int | None
    rows_sent: int
    cut: int

    def _too_large(self) -> ResponseTooLarge:
        return ResponseTooLarge(
            f"the response reached the server's limit of {self.pipe.max_bytes} bytes after {self.rows_sent} rows; "
            "the statement was stopped (select fewer rows or columns)"
        )

    def _send(self, data: bytes) -> None:
        if not self.pipe.room(len(data)):
            raise self._too_large()
        self.pipe.put(data)

    def _cut_str(self, value: str) -> str:
        limit = self.max_value_chars
        if limit is not None and len(value) > limit:
            self.cut += 1
            return value[:limit] + cut_marker(len(value))
        return value

    def _cut_bytes(self, value: bytes | bytearray | memoryview) -> tuple[bytes, str]:
        """The value (cut to the limit) and the marker to show after it ('' when whole)."""
        limit = self.max_value_chars
        size = value.nbytes if isinstance(value, memoryview) else len(value)
        if limit is not None and size > limit:
            self.cut += 1
            return bytes(value[:limit]), cut_marker(size, "bytes")
        return bytes(value), ""


class EventSink(_Limits, Sink):
    """Each result as events: ``columns``, ``rows`` (one or more per batch), ``end``.

    ``fmt`` is ``ndjson`` (one JSON object a line) or ``sse`` (server-sent events).
    Values keep every digit: decimals are JSON numbers written from their text.
    ``max_bytes`` (on the pipe) caps the ``columns`` and ``rows`` events of the whole
    response; ``max_value_chars`` cuts a longer value, counted in the ``end`` event's
    ``cut_values``.
    """

    def __init__(self, pipe: Pipe, fmt: str = "ndjson", *, max_value_chars: int | None = None) -> None:
        self.pipe = pipe
        self.fmt = fmt
        self.max_value_chars = max_value_chars
        self.rows_sent = 0
        self.cut = 0  # values cut in the current statement's result

    def _frame(self, kind: str, body: str) -> bytes:
        text = '{"type":"' + kind + '"' + ("," + body if body else "") + "}"
        if self.fmt == "sse":
            return f"event: {kind}\ndata: {text}\n\n".encode()
        return (text + "\n").encode()

    def event(self, kind: str, body: str) -> None:
        """``body`` is the JSON object's members after ``"type"``, already encoded.  Data events
        (``columns``, ``rows``) count against the byte limit; the others are small and always sent."""
        data = self._frame(kind, body)
        if kind in ("columns", "rows"):
            self._send(data)
        else:
            self.pipe.put(data)

    def event_obj(self, kind: str, obj: dict[str, Any]) -> None:
        body = json.dumps(obj, ensure_ascii=False, default=str)[1:-1]
        self.event(kind, body)

    def begin(self, columns: list[ResultColumn]) -> None:
        self.event_obj("columns", {"columns": columns_json(columns)})

    def _value(self, v: Any) -> str:
        if v is None:
            return "null"
        t = type(v)
        if t is str:
            return _encode_str(self._cut_str(v))
        if t is int:
            return int.__repr__(v)
        if isinstance(v, (bytes, bytearray, memoryview)):
            data, marker = self._cut_bytes(v)
            return _encode_str(base64.b64encode(data).decode("ascii") + marker)
        text = json_value(v)
        limit = self.max_value_chars
        if limit is not None and len(text) > limit:  # a long array or document
            self.cut += 1
            return _encode_str(text[:limit] + cut_marker(len(text)))
        return text

    def rows(self, batch: list[Row]) -> None:
        parts: list[str] = []
        size = 0
        value = self._value
        for row in batch:
            text = "[" + ",".join([value(v) for v in row]) + "]"
            parts.append(text)
            size += len(text)
            if size >= CHUNK_CHARS:
                self._rows_event(parts)
                parts, size = [], 0
        if parts:
            self._rows_event(parts)

    def _rows_event(self, parts: list[str]) -> None:
        self.event("rows", '"rows":[' + ",".join(parts) + "]")
        self.rows_sent += len(parts)

    def end(self, summary: Summary) -> None:
        self.event_obj("end", {
            "status": summary.status, "rowcount": summary.rowcount, "elapsed": round(summary.elapsed, 6),
            "returns_rows": summary.returns_rows, "hidden": summary.hidden, "statement": summary.statement,
            "cut_values": self.cut,
        })  # fmt: skip
        self.cut = 0


#: a CSV field as PostgreSQL's COPY writes it: quoted (a doubled quote inside) or bare
_FIELD = rb'(?:"[^"]*(?:""[^"]*)*"|[^,"\n]*)'
#: one whole CSV row, with its line end
_ROW = re.compile(_FIELD + rb"(?:," + _FIELD + rb")*\n")
_FIELD_END = re.compile(_FIELD + rb"(,|\n)")


class CSVSink(_Limits, Sink):
    """CSV in aishell's one dialect (:class:`aishell.output.formats.CSVWriter`, the same bytes as
    ``aishell export`` and ``query -F csv``), with the web's value cap and byte budget.

    When the engine has a COPY fast path (:meth:`Connection.copy_out_csv`, the same bytes), the
    session hands its bytes to :meth:`copied`, which applies the same limits: at most
    ``max_rows`` rows (past it the download is cut short) and values cut at ``max_value_chars``
    (a value is cut as text there: a binary value's hex by characters)."""

    csv_format = "csv"
    csv_delimiter = ","

    def __init__(self, pipe: Pipe, *, max_value_chars: int | None = None, max_rows: int | None = None) -> None:
        self.pipe = pipe
        self.max_value_chars = max_value_chars
        self.max_rows = max_rows
        self.rows_sent = 0
        self.cut = 0
        self.encoder = CSVWriter(io.StringIO())
        self.started = False
        self.csv_header = True  # the engine's COPY writes the header while none was sent
        self.raw_csv = self.copied
        self._carry = b""  # the start of a row whose end has not arrived yet
        self._header_row = False  # the next COPY row is the header

    def begin(self, columns: list[ResultColumn]) -> None:
        self.encoder.prepare(columns)
        if not self.started:  # one header for a download, even for several statements
            self._send(self.encoder.header_line(columns).encode("utf-8"))
            self.started, self.csv_header = True, False

    def _fit(self, v: Any) -> Any:
        """A value within the cap: a longer one becomes its text cut, with the marker."""
        if v is None or isinstance(v, (int, float)):
            return v
        if isinstance(v, str):
            return self._cut_str(v)
        if isinstance(v, (bytes, bytearray, memoryview)):
            data, marker = self._cut_bytes(v)
            return copy_text(data) + marker if marker else v
        text = copy_text(v)
        cut = self._cut_str(text)
        return cut if cut is not text else v

    def rows(self, batch: list[Row]) -> None:
        if self.max_value_chars is not None:
            batch = [tuple(self._fit(v) for v in row) for row in batch]
        step = max(1, CHUNK_CHARS // 200)
        for i in range(0, len(batch), step):
            self._send(self.encoder.encode(batch[i : i + step]).encode("utf-8"))
        self.rows_sent += len(batch)

    # -- the engine's COPY bytes
    def copied(self, data: bytes) -> None:
        """Bytes of the engine's COPY (``raw_csv``): send the whole rows, within the limits."""
        if not self.started:  # this COPY writes the header
            self.started = self._header_row = True
            self.csv_header = False
        buf = self._carry + data if self._carry else bytes(data)
        if b'"' not in buf:  # no quoted field: a line is a row
            end = buf.rfind(b"\n") + 1
            whole, self._carry = buf[:end], buf[end:]
            count = whole.count(b"\n")
            cap = self.max_value_chars
            # a value past the cap is in a line past it (most chunks are shorter than the cap)
            if cap is not None and len(whole) > cap and max(map(len, whole.split(b"\n"))) > cap:
                whole = self._cut_rows(_ROW.findall(whole))
        else:
            rows, pos = [], 0
            while (m := _ROW.match(buf, pos)) is not None:
                rows.append(m.group())
                pos = m.end()
            self._carry = buf[pos:]
            count = len(rows)
            cap = self.max_value_chars
            too_long = cap is not None and any(len(r) > cap for r in rows)
            whole = self._cut_rows(rows) if too_long else buf[:pos]
        header = 0
        if self._header_row and count:
            self._header_row = False
            count, header = count - 1, 1
        if self.max_rows is not None and self.rows_sent + count > self.max_rows:
            # as the generic path does: the rows up to the limit, then the download is cut short
            keep = _ROW.findall(whole)[: header + self.max_rows - self.rows_sent]
            if keep:
                self._send(b"".join(keep))
            raise ResponseTooLarge(f"the result has more rows than the server's limit of {self.max_rows} "
                                   "rows a download may hold")  # fmt: skip
        if whole:
            self._send(whole)
        self.rows_sent += count

    def _cut_rows(self, rows: list[bytes]) -> bytes:
        """``rows`` with every value past the cap cut (the header row is left alone)."""
        out = []
        for i, row in enumerate(rows):
            if (i == 0 and self._header_row) or len(row) <= (self.max_value_chars or 0):
                out.append(row)
                continue
            fields = []
            for m in _FIELD_END.finditer(row):
                raw = m.group()[: -1]
                if len(raw) > (self.max_value_chars or 0):
                    text = raw.decode("utf-8")
                    if text.startswith('"'):
                        text = text[1:-1].replace('""', '"')
                    cut = self._cut_str(text)
                    if cut is not text:
                        raw = self.encoder.quote(cut).encode("utf-8")
                fields.append(raw + m.group(1))
            out.append(b"".join(fields))
        return b"".join(out)

    def end(self, summary: Summary) -> None:
        if self._carry:  # a last row without a line end
            carry, self._carry = self._carry, b""
            self._send(carry)
        if self.cut:
            log.info("export: %d values cut at %s characters", self.cut, self.max_value_chars)


class _PipeFile:
    """A write-only binary file that forwards to a pipe (for pyarrow's writer).

    Past the pipe's byte limit it drops the data and sets ``over``: the sink checks
    it after each write (an exception raised inside pyarrow's call would lose its type)."""

    def __init__(self, pipe: Pipe) -> None:
        self.pipe = pipe
        self.pos = 0
        self.closed = False
        self.over = False

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if chunk and not self.over:
            if self.pipe.room(len(chunk)):
                self.pipe.put(chunk)
            else:
                self.over = True
        self.pos += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readable(self) -> bool:
        return False


class ParquetSink(_Limits, Sink):
    """Parquet through the export service's writer (:class:`aishell.services.data.export.ParquetSink`:
    each column's type from the declared or reported column type, widened when a later batch
    disagrees, never narrowed, never taken from the first value), with the web's value cap and
    byte budget.  Row groups wait in a temporary file until the end, so the download starts
    when the result is complete; memory stays flat."""

    def __init__(self, pipe: Pipe, *, dialect: str = "", max_value_chars: int | None = None) -> None:
        from aishell.services.data.export import ParquetSink as ParquetWriter

        self.pipe = pipe
        self.max_value_chars = max_value_chars
        self.rows_sent = 0
        self.cut = 0
        self.file = _PipeFile(pipe)
        self.writer = ParquetWriter(self.file, dialect)  # type: ignore[arg-type]

    def begin(self, columns: list[ResultColumn]) -> None:
        if not self.writer.columns:
            self.writer.begin(columns)

    def _fit(self, v: Any) -> Any:
        if isinstance(v, str):
            return self._cut_str(v)
        if isinstance(v, (bytes, bytearray, memoryview)):
            data, marker = self._cut_bytes(v)
            return data + marker.encode("utf-8")
        return v

    def rows(self, batch: list[Row]) -> None:
        limit = self.max_value_chars
        if limit is not None:
            batch = [tuple(self._fit(v) for v in row) for row in batch]
        self.writer.rows(batch)
        if self.file.over:
            raise self._too_large()
        self.rows_sent += len(batch)

    def end(self, summary: Summary) -> None:
        self.writer.end(summary)

    def close(self) -> None:
        self.writer.close()
        if self.file.over:
            log.warning("export: the Parquet file reached the server's limit of %s bytes and was cut short",
                        self.pipe.max_bytes)  # fmt: skip
        if self.cut:
            log.info("export: %d values cut at %s characters", self.cut, self.max_value_chars)


#: what the web's downloads offer, with their media types (from the one format registry)
DOWNLOADS = ("csv", "parquet")
DOWNLOAD_MEDIA = {name: output_format(name).media_type for name in DOWNLOADS}


def download_sink(fmt: str, pipe: Pipe, *, dialect: str = "", max_value_chars: int | None = None,
                  max_rows: int | None = None) -> CSVSink | ParquetSink:  # fmt: skip
    """The sink of a download in ``fmt`` (one of :data:`DOWNLOADS`).  Parquet needs pyarrow:
    :class:`ImportError` without it."""
    if output_format(fmt).binary:
        import pyarrow  # noqa: F401

        return ParquetSink(pipe, dialect=dialect, max_value_chars=max_value_chars)
    if fmt != "csv":
        raise UsageError(f"downloads are {' or '.join(DOWNLOADS)}, not {fmt}")
    return CSVSink(pipe, max_value_chars=max_value_chars, max_rows=max_rows)


def cancel_until_done(worker: threading.Thread, cancel: Callable[[], None], *, every: float = 0.25,
                      patience: float = 60.0) -> None:  # fmt: skip
    """Cancel the worker's statement until the worker ends.  Once is not enough: a cancel
    that arrives while the connection opens, before the statement starts, is lost."""
    deadline = time.monotonic() + patience
    while worker.is_alive() and time.monotonic() < deadline:
        try:
            cancel()
        except Exception as exc:  # the connection may be closing under us
            log.debug("cancel failed: %s", exc)
        worker.join(every)


def run_in_worker(
    run: Callable[[Sink], RunResult],
    sink: Sink,
    pipe: Pipe,
    *,
    on_error: Callable[[BaseException], None],
    cleanup: Callable[[], None],
) -> threading.Thread:
    """Start ``run(sink)`` on a worker thread; errors after the headers go to ``on_error``."""

    def work() -> None:
        try:
            result = run(sink)
            errors = [o.error for o in result.outcomes if o.error is not None]
            if not errors:
                sink.close()
            for error in errors:
                on_error(error)
        except ClientGone:
            pass
        except AishellError as exc:
            try:
                on_error(exc)
            except ClientGone:
                pass
        except Exception as exc:
            log.exception("statement failed inside a streamed response")
            try:
                on_error(exc)
            except ClientGone:
                pass
        finally:
            try:
                cleanup()
            finally:
                pipe.finish()

    thread = threading.Thread(target=work, name="aishell-web-query", daemon=True)
    thread.start()
    return thread
