"""Sinks that turn a running statement into an HTTP response body.

The statement runs on a worker thread (``Session.run`` with one of these sinks);
the sink encodes each batch and puts it on a small bounded queue; the response
body iterator takes chunks off the queue.  A slow client therefore slows the
fetch down (back-pressure) instead of filling the server's memory, and the event
loop never blocks: Starlette iterates a synchronous body in its thread pool.
When the client goes away the iterator is closed, the sink raises
:class:`ClientGone` and the session cancels the statement on the server.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from aishell.engines.base import ResultColumn, Row
from aishell.errors import AishellError
from aishell.output.formats import json_value, text_value
from aishell.output.sink import Sink, Summary
from aishell.services.session import RunResult

log = logging.getLogger("aishell.web")

_DONE = object()


class ClientGone(Exception):
    """The HTTP client stopped reading."""


class Pipe:
    """A bounded queue of byte chunks between a worker thread and the response."""

    def __init__(self, maxsize: int = 8) -> None:
        self.queue: queue.Queue[object] = queue.Queue(maxsize=maxsize)
        self.stop = threading.Event()

    def put(self, chunk: object) -> None:
        while True:
            if self.stop.is_set():
                raise ClientGone()
            try:
                self.queue.put(chunk, timeout=0.1)
                return
            except queue.Full:
                continue

    def finish(self) -> None:
        try:
            self.put(_DONE)
        except ClientGone:
            pass

    def chunks(self, on_close: Callable[[], None]) -> Iterator[bytes]:
        try:
            while True:
                try:
                    item = self.queue.get(timeout=0.5)
                except queue.Empty:
                    continue
                if item is _DONE:
                    return
                assert isinstance(item, bytes)
                yield item
        finally:
            self.stop.set()
            on_close()


def columns_json(columns: list[ResultColumn]) -> list[dict[str, Any]]:
    return [{"name": c.name, "type": c.type_name, "numeric": c.numeric} for c in columns]


def error_json(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, AishellError):
        return {"title": type(exc).__name__, "detail": exc.one_line()}
    return {"title": "InternalError", "detail": "internal error"}


class EventSink(Sink):
    """Each result as events: ``columns``, ``rows`` (one per batch), ``end``.

    ``fmt`` is ``ndjson`` (one JSON object a line) or ``sse`` (server-sent events).
    Values keep every digit: decimals are JSON numbers written from their text.
    """

    def __init__(self, pipe: Pipe, fmt: str = "ndjson") -> None:
        self.pipe = pipe
        self.fmt = fmt

    def event(self, kind: str, body: str) -> None:
        """``body`` is the JSON object's members after ``"type"``, already encoded."""
        text = '{"type":"' + kind + '"' + ("," + body if body else "") + "}"
        if self.fmt == "sse":
            self.pipe.put(f"event: {kind}\ndata: {text}\n\n".encode())
        else:
            self.pipe.put((text + "\n").encode())

    def event_obj(self, kind: str, obj: dict[str, Any]) -> None:
        body = json.dumps(obj, ensure_ascii=False, default=str)[1:-1]
        self.event(kind, body)

    def begin(self, columns: list[ResultColumn]) -> None:
        self.event_obj("columns", {"columns": columns_json(columns)})

    def rows(self, batch: list[Row]) -> None:
        rows = ",".join("[" + ",".join([json_value(v) for v in row]) + "]" for row in batch)
        self.event("rows", '"rows":[' + rows + "]")

    def end(self, summary: Summary) -> None:
        self.event_obj("end", {
            "status": summary.status, "rowcount": summary.rowcount, "elapsed": round(summary.elapsed, 6),
            "returns_rows": summary.returns_rows, "hidden": summary.hidden, "statement": summary.statement,
        })  # fmt: skip


class CSVSink(Sink):
    """CSV like ``aishell query -F csv``: NULL is an empty field, the empty string is ``""``."""

    def __init__(self, pipe: Pipe) -> None:
        self.pipe = pipe
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf, lineterminator="\n")
        self.started = False

    def _flush(self) -> None:
        data = self.buf.getvalue()
        if data:
            self.pipe.put(data.encode("utf-8"))
            self.buf.seek(0)
            self.buf.truncate()

    def begin(self, columns: list[ResultColumn]) -> None:
        if not self.started:  # one header for a download, even for several statements
            self.writer.writerow([c.name for c in columns])
            self.started = True

    def rows(self, batch: list[Row]) -> None:
        w = self.buf.write
        for row in batch:
            fields = []
            for v in row:
                if v is None:
                    fields.append("")
                    continue
                t = v if isinstance(v, str) else text_value(v)
                if t == "" or any(ch in t for ch in ',"\n\r') or t != t.strip(" "):
                    t = '"' + t.replace('"', '""') + '"'
                fields.append(t)
            w(",".join(fields) + "\n")
        self._flush()

    def end(self, summary: Summary) -> None:
        self._flush()


class _PipeFile:
    """A write-only binary file that forwards to a pipe (for pyarrow's writer)."""

    def __init__(self, pipe: Pipe) -> None:
        self.pipe = pipe
        self.pos = 0
        self.closed = False

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        if chunk:
            self.pipe.put(chunk)
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


class ParquetSink(Sink):
    """Parquet, one row group per batch; column types come from the first batch."""

    def __init__(self, pipe: Pipe) -> None:
        import pyarrow as pa

        self.pa = pa
        self.file = _PipeFile(pipe)
        self.writer: Any = None
        self.schema: Any = None
        self.names: list[str] = []

    def begin(self, columns: list[ResultColumn]) -> None:
        if self.schema is None:
            self.names = [c.name for c in columns]

    def _array(self, values: list[Any], typ: Any) -> Any:
        pa = self.pa
        try:
            return pa.array(values, type=typ) if typ is not None else pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError, TypeError):
            return pa.array([None if v is None else text_value(v) for v in values], type=pa.string())

    def rows(self, batch: list[Row]) -> None:
        import pyarrow.parquet as pq

        pa = self.pa
        cols = list(zip(*batch, strict=True)) if batch else [() for _ in self.names]
        if self.schema is None:
            arrays = []
            for values in cols:
                arr = self._array(list(values), None)
                if pa.types.is_null(arr.type):
                    arr = pa.array(list(values), type=pa.string())
                arrays.append(arr)
            names = _unique(self.names)
            self.schema = pa.schema([pa.field(n, a.type) for n, a in zip(names, arrays, strict=True)])
            self.writer = pq.ParquetWriter(self.file, self.schema, compression="zstd")
        else:
            arrays = []
            for values, fld in zip(cols, self.schema, strict=True):
                arr = self._array(list(values), fld.type)
                if arr.type != fld.type:
                    arr = pa.array([None if v is None else text_value(v) for v in values]).cast(fld.type)
                arrays.append(arr)
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self) -> None:
        if self.writer is None and self.names:
            import pyarrow.parquet as pq

            pa = self.pa
            self.schema = pa.schema([pa.field(n, pa.string()) for n in _unique(self.names)])
            self.writer = pq.ParquetWriter(self.file, self.schema)
        if self.writer is not None:
            self.writer.close()


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append(f"{n}_{seen[n]}")
        else:
            seen[n] = 0
            out.append(n)
    return out


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
            sink.close()
            for outcome in result.outcomes:
                if outcome.error is not None:
                    on_error(outcome.error)
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
