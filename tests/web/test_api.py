"""The HTTP API through the Python client, against a live server on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pytest

from aishell.client import ApiError, AuthError, Client, ConfirmationRequired, ForbiddenError, QueryFailed
from aishell.errors import UsageError

from .conftest import Live


def test_health_needs_no_token(live: Live) -> None:
    assert Client(live.url, None).health()["status"] == "ok"


def test_no_token_is_401_with_a_reason(live: Live) -> None:
    with pytest.raises(AuthError) as err:
        Client(live.url, None).query("select 1")
    assert err.value.status == 401
    assert "token" in str(err.value)
    with pytest.raises(AuthError, match="unknown or revoked"):
        Client(live.url, "aish_not-a-real-token").connections()


def test_query_returns_columns_and_rows(live: Live) -> None:
    with live.client("viewer") as c:
        result = c.query("select id, name, city from customers where id <= 3 order by id")
    assert result.column_names == ["id", "name", "city"]
    assert result.rows == [[1, "customer 1", "Lyon"], [2, "customer 2", "Nice"], [3, "customer 3", "Paris"]]
    assert result.rowcount == 3


def test_decimals_keep_every_digit(live: Live) -> None:
    raw = httpx.post(f"{live.url}/api/query", json={"sql": "select total from orders where id = 1"},
                     headers={"Authorization": f"Bearer {live.tokens['viewer']}"})
    assert raw.headers["content-type"].startswith("application/x-ndjson")
    assert '"rows":[[3.25]]' in raw.text


def test_rows_stream_before_the_query_ends(live: Live) -> None:
    """A big result arrives batch by batch; the client iterates without collecting it."""
    n = 300_000
    sql = (f"with recursive s(i) as (select 1 union all select i + 1 from s where i < {n}) select i from s"
           if live.kind == "sqlite" else f"select i from generate_series(1, {n}) i")
    count = total = 0
    with live.client("viewer") as c, c.stream(sql) as rows:
        first_at = None
        for row in rows:
            if first_at is None:
                first_at = time.perf_counter()
                assert rows.columns[0].name == "i"
            count += 1
            total += row[0]
        assert rows.summaries[-1]["rowcount"] == n
    assert count == n and total == n * (n + 1) // 2


def test_limit_counts_the_rows_not_sent(live: Live) -> None:
    with live.client("viewer") as c:
        result = c.query("select id from orders order by id", limit=5)
    assert [r[0] for r in result.rows] == [1, 2, 3, 4, 5]
    assert result.hidden == 95


def test_viewer_cannot_write_and_data_is_unchanged(live: Live) -> None:
    with live.client("viewer") as c:
        before = c.query("select count(*) from items").rows
        for sql in ("delete from items", "insert into items values (99, 'x')", "drop table items",
                    "update items set label = 'y' where id = 1"):  # fmt: skip
            with pytest.raises(ForbiddenError, match="read-only") as err:
                c.query(sql, confirmed=True)
            assert err.value.status == 403
        assert c.query("select count(*) from items").rows == before
        assert c.query("select label from items where id = 1").rows == [["item 1"]]


def test_viewer_sessions_are_read_only_in_the_engine(live: Live) -> None:
    """The role is enforced by the engine's read-only mode, not only by the policy."""
    from aishell.web.auth import Principal

    server = live.app.state.server  # type: ignore[attr-defined]
    session = server.session(server.target(None), Principal(0, "v", "viewer"))
    try:
        assert session.read_only and session.policy.read_only
        session.policy.read_only = False  # even with the policy out of the way ...
        session.policy.allow_writes = session.policy.allow_ddl = True
        result = session.run("insert into items values (98, 'sneaky')", _Null(), assume_yes=True)
        assert result.error is not None  # ... the engine refuses
    finally:
        session.close()
    with live.client("viewer") as c:
        assert c.query("select count(*) from items where id = 98").rows == [[0]]


class _Null:
    raw_csv = None

    def begin(self, columns: object) -> None: ...
    def rows(self, batch: object) -> None: ...
    def end(self, summary: object) -> None: ...
    def close(self) -> None: ...


def test_analyst_writes_after_confirmation_but_no_ddl(live: Live) -> None:
    with live.client("analyst") as c:
        with pytest.raises(ConfirmationRequired) as err:
            c.query("update items set label = 'changed' where id = 2")
        assert err.value.status == 409 and err.value.reasons
        assert c.query("select label from items where id = 2").rows == [["item 2"]]
        done = c.query("update items set label = 'changed' where id = 2", confirmed=True)
        assert done.rowcount == 1
        assert c.query("select label from items where id = 2").rows == [["changed"]]
        c.query("update items set label = 'item 2' where id = 2", confirmed=True)
        with pytest.raises(ForbiddenError, match="schema changes"):
            c.query("create table t_analyst (id int)", confirmed=True)


def test_admin_may_change_the_schema(live: Live) -> None:
    with live.client("admin") as c:
        c.query("create table t_admin (id int)")
        with pytest.raises(ConfirmationRequired):
            c.query("drop table t_admin")
        c.query("drop table t_admin", confirmed=True)
        assert not any(t["name"] == "t_admin" for t in c.tables(refresh=True))


def test_query_errors_are_problem_documents_or_error_events(live: Live) -> None:
    with live.client("viewer") as c, pytest.raises(QueryFailed) as err:
        c.query("select * from no_such_table")
    assert "no_such_table" in err.value.detail
    r = httpx.post(f"{live.url}/api/query", json={"sql": 5},
                   headers={"Authorization": f"Bearer {live.tokens['viewer']}"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in r.text


def test_request_body_limit(live: Live) -> None:
    r = httpx.post(f"{live.url}/api/query", content=b'{"sql": "' + b"x" * 100_000 + b'"}',
                   headers={"Authorization": f"Bearer {live.tokens['viewer']}", "Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["title"] == "Request body too large"


def test_catalog_has_columns_keys_and_indexes(live: Live) -> None:
    with live.client("viewer") as c:
        tables = {t["name"]: t for t in c.tables()}
        assert {"customers", "orders", "items"} <= set(tables)
        orders = c.table("orders")
        assert [col["name"] for col in orders["columns"]] == ["id", "customer_id", "total", "status"]
        assert orders["primary_key"] == ["id"]
        assert orders["foreign_keys"][0]["ref_table"] == "customers"
        assert any(i["name"] == "orders_customer" for i in orders["indexes"])
        assert "schemas" in c.schemas()
        with pytest.raises(ApiError) as err:
            c.table("nope")
        assert err.value.status == 404


def test_connections_list_and_test(live: Live) -> None:
    with live.client("viewer") as c:
        conns = c.connections()
        assert conns[0]["default"] and conns[0]["engine"] == live.kind
        assert c.test_connection(conns[0]["name"])["ok"]
        with pytest.raises(ForbiddenError, match="admin"):
            c.add_connection("other", "sqlite:///:memory:")


def test_explain(live: Live) -> None:
    with live.client("viewer") as c:
        plan = c.explain("select * from orders where customer_id = 3")
    assert plan["text"]
    if live.kind == "postgres":
        assert "Total Cost" in plan["plan"]["Plan"]


def test_export_csv_and_parquet(live: Live, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with live.client("viewer") as c:
        buf = io.BytesIO()
        c.export("select id, name, city from customers order by id", buf)
        lines = buf.getvalue().decode().splitlines()
        assert lines[0] == "id,name,city" and lines[1] == "1,customer 1,Lyon" and len(lines) == 31
        c.export("select id, total, status from orders order by id", tmp_path / "o.parquet", format="parquet")
        with pytest.raises(ForbiddenError):  # a download is read-only for every role
            Client(live.url, live.tokens["admin"]).export("delete from items", io.BytesIO())
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "o.parquet")
    assert table.num_rows == 100 and table.column_names == ["id", "total", "status"]
    assert table.column("id").to_pylist()[:3] == [1, 2, 3]


def test_history_and_audit(live: Live) -> None:
    with live.client("viewer") as c:
        c.query("select 'history marker' as m")
        entries = c.history(search="history marker")
        assert entries[0]["status"] == "ok" and entries[0]["source"] == "web"
        with pytest.raises(ForbiddenError):
            c.audit()
    records = live.client("admin").audit(200)
    hit = next(r for r in records if r["statement"] == "select 'history marker' as m" and r["kind"] == "request")
    assert hit["user"] == "test-viewer" and hit["action"] == "POST /api/query" and hit["connection"]
    ran = next(r for r in records if r["statement"] == "select 'history marker' as m" and r["kind"] == "statement")
    assert ran["user"] == "test-viewer" and ran["source"] == "web" and ran["status"] == "ok" and ran["rows"] == 1


def test_cancel_a_running_query_by_id(live: Live) -> None:
    sql = ("with recursive s(i) as (select 1 union all select i + 1 from s) select count(*) from s"
           if live.kind == "sqlite" else "select pg_sleep(30)")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            live.client("analyst").query(sql, query_id="cancel-me")
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    with live.client("analyst") as c:
        while not any(q["query_id"] == "cancel-me" for q in c.running()):
            time.sleep(0.05)
        time.sleep(0.3)
        assert c.cancel("cancel-me") == {"cancelled": "cancel-me"}
        with pytest.raises(ApiError):
            live.client("viewer").cancel("cancel-me")  # someone else's query is invisible
    worker.join(15)
    assert time.monotonic() - started < 10
    assert errors and isinstance(errors[0], QueryFailed)


def test_cookie_login_and_csrf(live: Live) -> None:
    with httpx.Client(base_url=live.url) as browser:
        assert browser.get("/", follow_redirects=False).status_code == 303
        assert browser.post("/api/login", json={"token": "wrong"}).status_code == 401
        login = browser.post("/api/login", json={"token": live.tokens["viewer"]})
        assert login.status_code == 200
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        csrf = login.json()["csrf"]
        assert browser.get("/api/me").json()["role"] == "viewer"
        assert browser.get("/").status_code == 200
        # a state-changing request with the cookie but without the CSRF token is refused
        refused = browser.post("/api/query", json={"sql": "select 1"})
        assert refused.status_code == 403 and "CSRF" in refused.json()["title"]
        wrong = browser.post("/api/query", json={"sql": "select 1"}, headers={"X-CSRF-Token": "x" + csrf})
        assert wrong.status_code == 403
        ok = browser.post("/api/query", json={"sql": "select 1 as one"}, headers={"X-CSRF-Token": csrf})
        assert ok.status_code == 200 and '"rows":[[1]]' in ok.text
        assert browser.post("/api/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
        assert browser.get("/api/me").status_code == 401


def test_revoked_token_is_refused(live: Live) -> None:
    from aishell.web.auth import TokenStore

    store = TokenStore(live.state)
    token, record = store.create("viewer", "short-lived")
    assert Client(live.url, token).me()["name"] == "short-lived"
    with pytest.raises(UsageError, match="exists"):  # a name is one identity (history, audit)
        store.create("admin", "short-lived")
    store.revoke(str(record.id))
    with pytest.raises(AuthError):
        Client(live.url, token).me()
    again, rotated = store.create("viewer", "short-lived")  # a rotated token keeps the name
    assert Client(live.url, again).me()["name"] == "short-lived"
    store.revoke(str(rotated.id))


def test_sse_format(sqlite_live: Live) -> None:
    r = httpx.post(f"{sqlite_live.url}/api/query", json={"sql": "select 1 as x", "format": "sse"},
                   headers={"Authorization": f"Bearer {sqlite_live.tokens['viewer']}"})
    assert r.headers["content-type"].startswith("text/event-stream")
    assert "event: rows\ndata: " in r.text and "event: end" in r.text


def test_openapi_needs_a_token_and_documents_the_api(sqlite_live: Live) -> None:
    assert httpx.get(f"{sqlite_live.url}/api/openapi.json").status_code == 401
    spec = httpx.get(f"{sqlite_live.url}/api/openapi.json",
                     headers={"Authorization": f"Bearer {sqlite_live.tokens['viewer']}"}).json()
    paths = set(spec["paths"])
    assert {"/api/query", "/api/queries/{query_id}/cancel", "/api/ask", "/api/ask/run", "/api/export",
            "/api/catalog/tables", "/api/history", "/api/health", "/api/connections"} <= paths


def test_ask_returns_sql_and_risk_then_runs_on_the_confirming_call(live: Live) -> None:
    with live.client("viewer") as c:
        answer = c.ask("how many customers are there?", provider="offline")
        assert answer.ok and answer.risk == "read"
        assert answer.sql is not None and "count" in answer.sql.lower() and "customers" in answer.sql.lower()
        assert answer.explanation and answer.classification and answer.classification["kind"] == "read"
        before = len(c.history(search=answer.sql))
        result = c.run_answer(answer)
        assert result.rows == [[30]]
        assert len(c.history(search=answer.sql)) == before + 1  # asking ran nothing; the confirming call did
        with pytest.raises(ApiError) as err:  # another user cannot run my answer
            live.client("analyst").run_answer(answer)
        assert err.value.status == 404
        failed = c.ask("zorblax the quux frobnicators", provider="offline")
        assert not failed.ok and failed.error
        with pytest.raises(ApiError) as err:
            c.run_answer(failed)
        assert err.value.status == 422


def test_closing_the_stream_cancels_the_query(live: Live) -> None:
    n = 5_000_000
    sql = (f"with recursive s(i) as (select 1 union all select i + 1 from s where i < {n}) select i from s"
           if live.kind == "sqlite" else f"select i from generate_series(1, {n}) i")
    with live.client("analyst") as c:
        with c.stream(sql, query_id="walk-away") as rows:
            first = next(iter(rows))
            assert first == [1]
        deadline = time.monotonic() + 10
        while any(q["query_id"] == "walk-away" for q in c.running()):
            assert time.monotonic() < deadline, "the query kept running after the client left"
            time.sleep(0.05)


def test_a_slow_reader_does_not_block_other_requests(live: Live) -> None:
    n = 2_000_000
    sql = (f"with recursive s(i) as (select 1 union all select i + 1 from s where i < {n}) select i from s"
           if live.kind == "sqlite" else f"select i from generate_series(1, {n}) i")
    with live.client("viewer") as c, c.stream(sql) as rows:
        it = iter(rows)
        next(it)  # the stream is open and the reader pauses
        started = time.monotonic()
        with live.client("viewer") as other:
            assert other.health()["status"] == "ok"
            assert other.query("select 1 as one").rows == [[1]]
        assert time.monotonic() - started < 5


def test_parquet_download_keeps_every_digit_when_later_rows_widen_the_type(live: Live, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The download's types are not taken from the first batch: 2,499 whole numbers, then a
    decimal in a later batch widen the column, and nothing is truncated."""
    sql = (
        "with recursive c(x) as (select 1 union all select x + 1 from c where x < 2500) "
        "select case when x = 2500 then 63337.66 else x end as v from c"
        if live.kind == "sqlite"
        else "select case when g = 2500 then 63337.66 else g end as v from generate_series(1, 2500) g"
    )
    with live.client("viewer") as c:
        c.export(sql, tmp_path / "v.parquet", format="parquet")
    import pyarrow.parquet as pq

    values = pq.read_table(tmp_path / "v.parquet").column("v").to_pylist()
    assert len(values) == 2500 and float(values[0]) == 1.0 and float(values[-1]) == 63337.66
