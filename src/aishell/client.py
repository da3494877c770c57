"""A Python client for the aishell web API (``aishell web``).

::

    from aishell.client import Client

    with Client("http://127.0.0.1:8765", token) as c:
        result = c.query("select * from orders")
        print(result.columns, len(result.rows))
        with c.stream("select * from big_table") as rows:   # rows arrive as the server sends them
            for row in rows:
                ...

A refused request raises :class:`AuthError` (401) or :class:`ForbiddenError` (403) with the
server's reason; other failures raise :class:`ApiError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import httpx

__all__ = [
    "Answer", "ApiError", "AuthError", "Client", "Column", "ConfirmationRequired", "ForbiddenError",
    "QueryResult", "RowStream",
]  # fmt: skip


class ApiError(Exception):
    """The server answered with a problem document."""

    def __init__(self, status: int, title: str, detail: str = "", body: dict[str, Any] | None = None) -> None:
        self.status, self.title, self.detail = status, title, detail
        self.body = body or {}
        super().__init__(f"{status} {title}" + (f": {detail}" if detail else ""))


class AuthError(ApiError):
    """401: no token, or an unknown or revoked one."""


class ForbiddenError(ApiError):
    """403: the role may not do this (or a CSRF check failed)."""


class ConfirmationRequired(ApiError):
    """409: the statement changes data; repeat with ``confirmed=True``."""

    @property
    def reasons(self) -> list[str]:
        return list(self.body.get("reasons", []))


class QueryFailed(ApiError):
    """The statement failed after the response started (an ``error`` event)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str = ""
    numeric: bool = False


@dataclass
class QueryResult:
    columns: list[Column] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    rowcount: int = -1
    status: str = ""
    hidden: int = 0
    elapsed: float = 0.0
    query_id: str = ""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class Answer:
    """The natural-language pipeline's answer: nothing has run yet."""

    ask_id: str
    sql: str | None
    explanation: str | None
    risk: str | None
    ok: bool
    classification: dict[str, Any] | None
    attempts: Any = None
    error: Any = None


class RowStream:
    """Rows as the server streams them.  ``columns`` is set once the first result begins;
    ``summaries`` holds each statement's ``end`` event.  Use as a context manager."""

    def __init__(self, response: httpx.Response, context: Any) -> None:
        self._response = response
        self._context = context
        self.query_id = response.headers.get("x-query-id", "")
        self.columns: list[Column] = []
        self.summaries: list[dict[str, Any]] = []
        self._lines = response.iter_lines()

    def events(self) -> Iterator[dict[str, Any]]:
        for line in self._lines:
            if not line.strip():
                continue
            event = json.loads(line)
            kind = event.get("type")
            if kind == "columns":
                self.columns = [Column(c["name"], c.get("type", ""), bool(c.get("numeric"))) for c in event["columns"]]
            elif kind == "end":
                self.summaries.append(event)
            elif kind == "start":
                self.query_id = event.get("query_id", self.query_id)
            elif kind == "error":
                err = event.get("error") or event
                raise QueryFailed(400, str(err.get("title", "Error")), str(err.get("detail", "")), event)
            yield event

    def __iter__(self) -> Iterator[list[Any]]:
        for event in self.events():
            if event.get("type") == "rows":
                yield from event["rows"]

    def close(self) -> None:
        self._context.__exit__(None, None, None)

    def __enter__(self) -> RowStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _raise_for(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        response.read()
        body = response.json()
        if not isinstance(body, dict):
            body = {}
    except (ValueError, httpx.HTTPError):
        body = {}
    title = str(body.get("title", response.reason_phrase or "Error"))
    detail = str(body.get("detail", ""))
    status = response.status_code
    cls = {401: AuthError, 403: ForbiddenError, 409: ConfirmationRequired}.get(status, ApiError)
    if status == 409 and not body.get("confirm_required"):
        cls = ApiError
    raise cls(status, title, detail, body)


class Client:
    """A synchronous client; ``token`` is an API token (``aishell web token create``)."""

    def __init__(self, base_url: str, token: str | None, *, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None) -> None:  # fmt: skip
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers,
                                 timeout=httpx.Timeout(timeout, read=None), transport=transport)  # fmt: skip

    # -- plumbing
    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        response = self.http.request(method, path, **kw)
        _raise_for(response)
        return response.json()

    # -- operations
    def health(self) -> dict[str, Any]:
        return dict(self._json("GET", "/api/health"))

    def me(self) -> dict[str, Any]:
        return dict(self._json("GET", "/api/me"))

    def connections(self) -> list[dict[str, Any]]:
        return list(self._json("GET", "/api/connections"))

    def test_connection(self, name: str) -> dict[str, Any]:
        return dict(self._json("POST", f"/api/connections/{name}/test"))

    def add_connection(self, name: str, url: str, *, read_only: bool = False) -> dict[str, Any]:
        return dict(self._json("POST", "/api/connections", json={"name": name, "url": url, "read_only": read_only}))

    def schemas(self, connection: str | None = None) -> dict[str, Any]:
        return dict(self._json("GET", "/api/catalog/schemas", params=_params(connection=connection)))

    def tables(self, connection: str | None = None, *, schema: str | None = None,
               refresh: bool = False) -> list[dict[str, Any]]:  # fmt: skip
        data = self._json("GET", "/api/catalog/tables",
                          params=_params(connection=connection, schema=schema, refresh=refresh or None))  # fmt: skip
        return list(data["tables"])

    def table(self, name: str, connection: str | None = None) -> dict[str, Any]:
        return dict(self._json("GET", f"/api/catalog/tables/{name}", params=_params(connection=connection)))

    def stream(self, sql: str, *, connection: str | None = None, limit: int | None = None,
               confirmed: bool = False, query_id: str | None = None) -> RowStream:  # fmt: skip
        """Start a query; iterate the returned :class:`RowStream` for rows (close it when done)."""
        body = _params(sql=sql, connection=connection, limit=limit, confirmed=confirmed, query_id=query_id)
        return self._stream("/api/query", body)

    def _stream(self, path: str, body: dict[str, Any]) -> RowStream:
        context = self.http.stream("POST", path, json=body)
        response = context.__enter__()
        try:
            _raise_for(response)
        except BaseException:
            context.__exit__(None, None, None)
            raise
        return RowStream(response, context)

    def query(self, sql: str, *, connection: str | None = None, limit: int | None = None,
              confirmed: bool = False, query_id: str | None = None) -> QueryResult:  # fmt: skip
        """Run ``sql`` and collect the last result set."""
        with self.stream(sql, connection=connection, limit=limit, confirmed=confirmed, query_id=query_id) as rows:
            return _collect(rows)

    def cancel(self, query_id: str) -> dict[str, Any]:
        return dict(self._json("POST", f"/api/queries/{query_id}/cancel"))

    def running(self) -> list[dict[str, Any]]:
        return list(self._json("GET", "/api/queries"))

    def explain(self, sql: str, *, connection: str | None = None, analyze: bool = False) -> dict[str, Any]:
        body = _params(sql=sql, connection=connection, analyze=analyze)
        return dict(self._json("POST", "/api/explain", json=body))

    def ask(self, question: str, *, connection: str | None = None, provider: str | None = None,
            model: str | None = None) -> Answer:  # fmt: skip
        data = self._json("POST", "/api/ask", json=_params(question=question, connection=connection,
                                                           provider=provider, model=model))  # fmt: skip
        return Answer(data["ask_id"], data.get("sql"), data.get("explanation"), data.get("risk"),
                      bool(data.get("ok")), data.get("classification"), data.get("attempts"), data.get("error"))

    def run_answer(self, answer: Answer | str, *, confirmed: bool = True) -> QueryResult:
        """The confirming call: run the SQL of ``answer``."""
        ask_id = answer.ask_id if isinstance(answer, Answer) else answer
        with self._stream("/api/ask/run", _params(ask_id=ask_id, confirmed=confirmed)) as rows:
            return _collect(rows)

    def export(self, sql: str, dest: str | Path | BinaryIO, *, format: str = "csv",
               connection: str | None = None) -> int:  # fmt: skip
        """Download the result of a read as CSV or Parquet into ``dest``; returns the bytes written."""
        params = _params(sql=sql, format=format, connection=connection)
        written = 0
        with self.http.stream("GET", "/api/export", params=params) as response:
            _raise_for(response)
            fh: BinaryIO
            if isinstance(dest, (str, Path)):
                fh = open(dest, "wb")  # noqa: SIM115 - closed below
                close = True
            else:
                fh, close = dest, False
            try:
                for chunk in response.iter_bytes():
                    fh.write(chunk)
                    written += len(chunk)
            finally:
                if close:
                    fh.close()
        return written

    def history(self, *, connection: str | None = None, limit: int = 100,
                search: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
        return list(self._json("GET", "/api/history", params=_params(connection=connection, limit=limit,
                                                                     search=search)))  # fmt: skip

    def audit(self, limit: int = 100) -> list[dict[str, Any]]:
        return list(self._json("GET", "/api/audit", params={"limit": limit}))


def _params(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


def _collect(rows: RowStream) -> QueryResult:
    result = QueryResult(query_id=rows.query_id)
    current: list[list[Any]] = []
    for event in rows.events():
        kind = event.get("type")
        if kind == "columns":
            current = []
        elif kind == "rows":
            current.extend(event["rows"])
        elif kind == "end":
            if event.get("returns_rows") or not result.columns:
                result.columns = list(rows.columns) if event.get("returns_rows") else []
                result.rows = current if event.get("returns_rows") else []
            result.rowcount = int(event.get("rowcount", -1))
            result.status = str(event.get("status", ""))
            result.hidden = int(event.get("hidden", 0))
            result.elapsed = float(event.get("elapsed", 0.0))
            current = []
    result.query_id = rows.query_id
    return result
