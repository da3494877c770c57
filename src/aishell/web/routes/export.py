"""Downloads: run a read and send the result as a file (CSV or Parquet)."""

import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from aishell.web.deps import User, Web, prepare
from aishell.web.http import Problem, error_response
from aishell.web.streaming import (
    DOWNLOAD_MEDIA,
    Pipe,
    PipeResponse,
    ResponseTooLarge,
    cancel_until_done,
    download_sink,
    error_json,
    run_in_worker,
)

log = logging.getLogger("aishell.web")

router = APIRouter(tags=["export"])


@router.get("/api/export", summary="Run a read and download the result as CSV or Parquet",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {}}}})  # fmt: skip
def export(request: Request, who: User, web: Web, sql: Annotated[str, Query(min_length=1, max_length=100_000)],
           format: Literal["csv", "parquet"] = "csv",
           connection: Annotated[str | None, Query(max_length=500)] = None,
           filename: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.-]{1,100}$")] = None,
           ) -> Response:  # fmt: skip
    # a download is always read-only, whatever the role: a GET never changes data
    decided = prepare(web, request, who, sql, connection, False, read_only=True)
    session = decided.session
    pipe = Pipe(max_bytes=web.config.max_bytes)
    max_rows = web.config.max_rows
    try:
        sink = download_sink(format, pipe, dialect=session.dialect, max_value_chars=web.config.max_value_chars,
                             max_rows=max_rows)  # fmt: skip
    except ImportError:
        session.close()
        raise Problem(501, "Parquet unavailable", "install aishell[data] for Parquet exports") from None

    def run(s: Any) -> Any:
        result = session.run(sql, s, display_limit=max_rows, prepared=decided.prepared)
        hidden = sum(o.summary.hidden for o in result.outcomes if o.summary is not None)
        if hidden:  # never a file that looks whole but is not: the download is cut short
            raise ResponseTooLarge(f"the result has {hidden} rows more than the server's limit of "
                                   f"{max_rows} rows a download may hold")  # fmt: skip
        return result

    def on_error(exc: BaseException) -> None:
        # before any data: a problem document; after: the download is cut short (never a
        # truncated file that looks whole)
        log.warning("export failed: %s", error_json(exc)["detail"])
        pipe.fail(exc)

    worker = run_in_worker(run, sink, pipe, on_error=on_error, cleanup=session.close)

    def closed() -> None:
        cancel_until_done(worker, session.cancel)

    name = filename or f"result.{format}"
    return PipeResponse(pipe, on_close=closed, media_type=DOWNLOAD_MEDIA[format], early_error=error_response,
                        headers={"Content-Disposition": f'attachment; filename="{name}"',
                                 "Cache-Control": "no-store"})  # fmt: skip
