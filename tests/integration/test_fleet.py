"""aishell fleet and aishell worker: real Celery worker processes on the local Redis.

Two ``aishell worker --pool solo`` processes are started once for the module, on a queue of
their own and the Redis database ``$AISHELL_TEST_REDIS_DB`` (default 11); every key this module
made (tasks, results, idempotency records) is deleted at the end.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
from click.testing import CliRunner

from aishell.errors import UsageError
from aishell.fleet import idempotency
from aishell.fleet.service import FleetTarget, idempotency_key, parse_targets, read_targets, run_fleet

REDIS_DB = int(os.environ.get("AISHELL_TEST_REDIS_DB", "11"))
BROKER = f"redis://127.0.0.1:6379/{REDIS_DB}"


@dataclass
class Workers:
    queue: str
    home: Path
    env: dict[str, str]
    logs: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"worker{len(self.procs)}.log", "wb")  # noqa: SIM115 - the worker's
        proc = subprocess.Popen([sys.executable, "-m", "aishell", "worker", "--pool", "solo", "--loglevel", "INFO"],
                                env=self.env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        self.procs.append(proc)
        return proc

    def wait_ready(self, count: int, timeout: float = 30.0) -> None:
        """Until ``count`` live workers have logged that they are ready."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = sum(1 for i, p in enumerate(self.procs) if p.poll() is None
                        and b"ready." in (self.logs / f"worker{i}.log").read_bytes())  # fmt: skip
            if ready >= count:
                return
            time.sleep(0.1)
        raise AssertionError(f"workers not ready: {self.log_text()}")

    def pids(self) -> set[int]:
        return {p.pid for p in self.procs if p.poll() is None}

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-2000:] for p in sorted(self.logs.glob("*.log")))

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "aishell", *args], env=self.env, capture_output=True,
                              text=True, timeout=timeout)  # fmt: skip


def _unavailable(exc: BaseException) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Redis is not reachable under CI=true: {exc}")
    pytest.skip(f"Redis is not reachable: {exc}")


@pytest.fixture(scope="module")
def rdb() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(BROKER)
    try:
        client.ping()
    except redis.RedisError as exc:
        _unavailable(exc)
    yield client
    client.close()


@pytest.fixture(scope="module")
def workers(rdb: redis.Redis, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    queue = f"aishell_test_fleet_{uuid.uuid4().hex[:8]}"
    home = tmp_path_factory.mktemp("fleet-home")
    logs = tmp_path_factory.mktemp("fleet-logs")
    env = {**os.environ, "AISHELL_HOME": str(home), "AISHELL_FLEET_BROKER": BROKER, "AISHELL_FLEET_QUEUE": queue,
           # a worker killed outright has its task delivered again 2 s after it took it; its claim lapses 1.5 s
           # after its last heartbeat
           "AISHELL_FLEET_VISIBILITY_TIMEOUT": "2", "AISHELL_FLEET_LEASE": "1.5"}  # fmt: skip
    for var in ("AISHELL_DB", "DATABASE_URL", "PGPASSWORD", "MYSQL_PWD"):
        env.pop(var, None)
    before = set(rdb.scan_iter())
    w = Workers(queue, home, env, logs)
    w.start()
    w.start()
    try:
        w.wait_ready(2)
        yield w
    finally:
        for p in w.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)  # warm shutdown (and coverage saves its data)
        for p in w.procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
        keys = set(rdb.scan_iter()) - before  # this module's queue, results, idempotency records, replies
        if keys:
            rdb.delete(*keys)


@pytest.fixture
def fleet_env(workers: Workers, monkeypatch: pytest.MonkeyPatch) -> Workers:
    """This process as a fleet client of the module's workers."""
    for key in ("AISHELL_FLEET_BROKER", "AISHELL_FLEET_QUEUE"):
        monkeypatch.setenv(key, workers.env[key])
    return workers


def _sqlite(path: Path, rows: int = 0) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS items(id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO items(name) VALUES (?)", [(f"n{i}",) for i in range(rows)])
    conn.commit()
    conn.close()
    return f"sqlite:///{path}"


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def invoke(*args: str) -> Ran:
    """An aishell command in this process (a fleet client of the module's workers: see fleet_env)."""
    from aishell.cli.main import cli

    r = CliRunner().invoke(cli, list(args))
    return Ran(r.exit_code, r.stdout, r.stderr)


def _run_id(workers: Workers) -> str:
    """A run id whose idempotency keys the module's clean-up finds."""
    return f"t{workers.queue}_{uuid.uuid4().hex[:6]}"


# --------------------------------------------------------------------------- targets files
def test_targets_files_yaml_and_lines(tmp_path: Path) -> None:
    yaml_text = (
        "targets:\n"
        "  - postgresql://app:secret@db1:5432/sales\n"
        "  - {db: sales_copy, name: copy, groups: [eu, prod], labels: {tier: 2}}\n"
        "  - db: sqlite:///x.db\n    group: eu\n"
    )
    targets = parse_targets(yaml_text)
    assert [t.name for t in targets] == ["postgresql://app:***@db1:5432/sales", "copy", "sqlite:///x.db"]
    assert targets[1] == FleetTarget("sales_copy", "copy", ("eu", "prod"), (("tier", "2"),))
    assert FleetTarget.from_dict(targets[1].to_dict()) == targets[1]
    lines = "# fleet\nsqlite:///a.db name=a group=eu,prod region=west\n\nsales\n"
    (tmp_path / "t.txt").write_text(lines)
    assert [(t.name, t.groups, t.labels) for t in read_targets(tmp_path / "t.txt")] == [
        ("a", ("eu", "prod"), (("region", "west"),)), ("sales", (), ())]  # fmt: skip
    assert [t.name for t in read_targets(tmp_path / "t.txt", ["prod"])] == ["a"]
    for bad, message in [("", "no targets"), ("- {name: x}\n", "needs db"), ("- {db: a, colour: red}\n", "colour"),
                         ("a name=x\nb name=x\n", "given to two"), ("a junk\n", "expected name="),
                         ("targets: 3\n", "expected a list")]:  # fmt: skip
        with pytest.raises(UsageError, match=message):
            parse_targets(bad)
    with pytest.raises(UsageError, match="no target in group"):
        read_targets(tmp_path / "t.txt", ["asia"])
    with pytest.raises(UsageError, match="cannot read"):
        read_targets(tmp_path / "missing.txt")


# --------------------------------------------------------------------------- idempotency (real Redis)
def test_run_once_acts_once_for_concurrent_and_repeated_deliveries(rdb: redis.Redis) -> None:
    key = f"test:{uuid.uuid4().hex}"
    effects: list[int] = []
    started = threading.Event()

    def effect() -> dict[str, Any]:
        started.set()
        time.sleep(0.6)  # longer than two heartbeats: the lease must be renewed meanwhile
        effects.append(1)
        return {"status": "ok", "n": len(effects)}

    out: list[tuple[dict[str, Any], bool]] = []
    first = threading.Thread(target=lambda: out.append(idempotency.run_once(rdb, key, effect, lease=0.3, poll=0.05)))
    first.start()
    started.wait(5)
    assert idempotency.holder(rdb, key) is not None and idempotency.holder(rdb, key)["pid"] == os.getpid()
    second = idempotency.run_once(rdb, key, effect, lease=0.3, poll=0.05)  # waits for the first one's result
    first.join()
    assert effects == [1] and second == ({"status": "ok", "n": 1}, True) and out == [({"status": "ok", "n": 1}, False)]
    assert idempotency.stored(rdb, key) == {"status": "ok", "n": 1} and idempotency.holder(rdb, key) is None
    assert idempotency.run_once(rdb, key, effect) == ({"status": "ok", "n": 1}, True) and effects == [1]
    idempotency.forget(rdb, key)
    assert idempotency.stored(rdb, key) is None


def test_run_once_records_no_failure_and_takes_over_a_dead_claim(rdb: redis.Redis) -> None:
    key = f"test:{uuid.uuid4().hex}"
    assert idempotency.run_once(rdb, key, lambda: {"status": "failed"}) == ({"status": "failed"}, False)
    assert idempotency.stored(rdb, key) is None and idempotency.holder(rdb, key) is None  # may be tried again

    def boom() -> dict[str, Any]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        idempotency.run_once(rdb, key, boom)
    assert idempotency.holder(rdb, key) is None
    # a claim whose holder died (no heartbeat): taken over once its lease lapses
    rdb.set(idempotency.claim_key(key), json.dumps({"pid": -1}), px=300)
    assert idempotency.run_once(rdb, key, lambda: {"status": "ok"}, poll=0.05) == ({"status": "ok"}, False)
    idempotency.forget(rdb, key)


# --------------------------------------------------------------------------- fleet health on workers
def test_fleet_health_on_two_workers_reports_every_target(
    fleet_env: Workers, tmp_path: Path, pg_url: str, mysql_url: str
) -> None:
    targets = [FleetTarget(_sqlite(tmp_path / f"s{i}.db", rows=i), f"sqlite{i}") for i in range(4)]
    targets += [FleetTarget(pg_url, "pg"), FleetTarget(mysql_url, "maria"),
                FleetTarget(f"sqlite:///{tmp_path / 'missing.db'}", "missing")]  # fmt: skip
    seen: list[str] = []
    report = run_fleet("health", targets, {}, executor="celery", timeout=60, run_id=_run_id(fleet_env),
                       on_result=lambda r: seen.append(r["target"]))  # fmt: skip
    by_name = {r["target"]: r for r in report.results}
    assert [r["target"] for r in report.results] == [t.name for t in targets] and sorted(seen) == sorted(by_name)
    for name in ["sqlite0", "sqlite1", "sqlite2", "sqlite3", "pg", "maria"]:
        assert by_name[name]["status"] in ("ok", "warning"), by_name[name]
        assert by_name[name]["detail"]["checks"], by_name[name]  # the health report came back
        assert int(by_name[name]["worker"].rsplit(":", 1)[1]) in fleet_env.pids()  # run by a worker process
    assert by_name["pg"]["detail"]["engine"] == "PostgreSQL" and by_name["maria"]["detail"]["engine"] == "MariaDB"
    assert by_name["missing"]["status"] == "failed" and "no such database file" in by_name["missing"]["error"]
    assert report.exit_code == 1 and report.counts()["failed"] == 1


# --------------------------------------------------------------------------- a worker killed mid-task
def test_a_worker_killed_mid_task_has_its_task_redelivered_and_applied_once(
    fleet_env: Workers, tmp_path: Path, pg_url: str, rdb: redis.Redis
) -> None:
    workers = fleet_env
    import psycopg

    table = f"fleet_effect_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (id int)")
    (tmp_path / "targets.txt").write_text(f"{pg_url} name=pg\n")
    run_id = _run_id(workers)
    key = idempotency_key(run_id, "query", FleetTarget(pg_url, "pg"))
    sql = f"SELECT pg_sleep(2.5); INSERT INTO {table} VALUES (1)"
    args = ["fleet", "query", "--targets", str(tmp_path / "targets.txt"), "--run-id", run_id, "--yes", "-F", "json",
            "--timeout", "60", sql]  # fmt: skip
    client = subprocess.Popen([sys.executable, "-m", "aishell", *args], env=workers.env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 20
    while (claim := idempotency.holder(rdb, key)) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert claim is not None, workers.log_text()
    victim = claim["pid"]
    assert victim in workers.pids()
    time.sleep(0.5)  # inside pg_sleep: nothing inserted yet
    os.kill(victim, signal.SIGKILL)
    replacement = workers.start()  # two live workers again for the tests after this one
    out, err = client.communicate(timeout=60)
    assert client.returncode == 0, err + workers.log_text()
    doc = json.loads(out)["targets"][0]
    assert doc["status"] == "ok" and not doc["replayed"]
    assert int(doc["worker"].rsplit(":", 1)[1]) not in (victim,)  # another worker took the task over
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)
    # delivered again once its effect is recorded (the same idempotency key): answered from the record
    again = invoke(*args)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["targets"][0]["replayed"] is True
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)
        conn.execute(f"DROP TABLE {table}")
    assert replacement.poll() is None


# --------------------------------------------------------------------------- query, backup, migrate
def test_fleet_query_reads_refuses_writes_without_yes_and_reports_a_failed_target(
    fleet_env: Workers, tmp_path: Path, mysql_url: str
) -> None:
    a, b = _sqlite(tmp_path / "a.db", rows=3), _sqlite(tmp_path / "b.db", rows=5)
    (tmp_path / "t.yaml").write_text(f"- {{db: '{a}', name: a}}\n- {{db: '{b}', name: b}}\n"
                                     f"- {{db: '{mysql_url}', name: maria}}\n"
                                     f"- {{db: 'no_such_saved_name', name: ghost}}\n")  # fmt: skip
    r = invoke("fleet", "query", "--targets", str(tmp_path / "t.yaml"), "select count(*) from items")
    assert r.returncode == 1, r.stderr
    lines = {line.split()[0]: line for line in r.stdout.splitlines()[1:]}
    assert "1 row: 3" in lines["a"] and "1 row: 5" in lines["b"] and "failed" in lines["maria"]  # no table items
    assert "no saved connection named 'no_such_saved_name'" in lines["ghost"]
    assert "4 targets: 2 failed, 2 ok" in r.stderr
    t = tmp_path / "two.txt"
    t.write_text(f"{a} name=a\n{b} name=b\n")
    refused = invoke("fleet", "query", "--targets", str(t), "-F", "json", "insert into items(name) values ('x')")
    assert refused.returncode == 1
    assert all(d["status"] == "failed" and "read-only" in d["error"] for d in json.loads(refused.stdout)["targets"])
    done = invoke("fleet", "query", "--targets", str(t), "--yes", "insert into items(name) values ('x')")
    assert done.returncode == 0, done.stdout + done.stderr
    counts = [
        sqlite3.connect(tmp_path / f).execute("select count(*) from items").fetchone()[0] for f in ("a.db", "b.db")
    ]
    assert counts == [4, 6]


def test_fleet_migrate_and_backup(fleet_env: Workers, tmp_path: Path) -> None:
    from aishell.services.data.backup import read_info

    dbs = [_sqlite(tmp_path / f"m{i}.db") for i in range(2)]
    (tmp_path / "t.txt").write_text("".join(f"{db} name=m{i}\n" for i, db in enumerate(dbs)))
    mig = tmp_path / "migrations"
    mig.mkdir()
    (mig / "V001__orders.sql").write_text("CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC);\n")
    base = ["--targets", str(tmp_path / "t.txt")]
    no = invoke("fleet", "migrate", *base, "--dir", str(mig))
    assert no.returncode == 2 and "pass --yes" in no.stderr
    up = invoke("fleet", "migrate", *base, "--dir", str(mig), "--yes")
    assert up.returncode == 0 and up.stdout.count("applied 1: V001__orders.sql") == 2, up.stdout + up.stderr
    for i in range(2):
        names = {r[0] for r in sqlite3.connect(tmp_path / f"m{i}.db").execute("select name from sqlite_master")}
        assert "orders" in names
    again = invoke("fleet", "migrate", *base, "--dir", str(mig), "--yes")
    assert again.returncode == 0 and again.stdout.count("nothing to do") == 2
    out = tmp_path / "backups"
    with open(tmp_path / "t.txt", "a") as fh:
        fh.write(f"sqlite:///{tmp_path / 'gone.db'} name=gone\n")
    bk = invoke("fleet", "backup", *base, "--output-dir", str(out), "-F", "json")
    assert bk.returncode == 1
    docs = {d["target"]: d for d in json.loads(bk.stdout)["targets"]}
    assert docs["gone"]["status"] == "failed"
    for i in range(2):
        archive = docs[f"m{i}"]["detail"]["archive"]
        assert Path(archive).parent == out and {t["name"] for t in read_info(archive)["tables"]} >= {"orders", "items"}


# --------------------------------------------------------------------------- the local executor (no workers)
def test_local_executor_runs_without_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aishell.cli.main import cli

    monkeypatch.setenv("AISHELL_FLEET_BROKER", "redis://127.0.0.1:1/0")  # nothing listens: not needed
    (tmp_path / "t.txt").write_text(
        f"{_sqlite(tmp_path / 'a.db', rows=2)} name=a\n{_sqlite(tmp_path / 'b.db')} name=b\n"
    )
    r = CliRunner().invoke(cli, ["fleet", "health", "--targets", str(tmp_path / "t.txt"), "--executor", "local",
                                 "--parallel", "2"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert [line.split()[:2] for line in r.stdout.splitlines()] == [["target", "status"], ["a", "ok"], ["b", "ok"]]
    j = CliRunner().invoke(cli, ["fleet", "query", "--targets", str(tmp_path / "t.txt"), "--executor", "local",
                                 "-F", "json", "select name from items order by id"])  # fmt: skip
    doc = json.loads(j.stdout)
    assert j.exit_code == 0 and doc["executor"] == "local"
    assert doc["targets"][0]["detail"]["statements"][0]["rows"] == [["n0"], ["n1"]]
    assert doc["targets"][1]["summary"] == "0 rows"
    bad = CliRunner().invoke(cli, ["fleet", "backup", "--targets", str(tmp_path / "t.txt"), "--executor", "celery",
                                   "--output-dir", str(tmp_path / "o")])  # fmt: skip
    assert bad.exit_code == 3 and "cannot reach the broker" in bad.stderr


# --------------------------------------------------------------------------- aishell flow run --executor celery
def test_flow_run_on_celery_workers(fleet_env: Workers, tmp_path: Path) -> None:
    workers = fleet_env
    db = tmp_path / "flow.db"
    _sqlite(db, rows=2)
    (tmp_path / "flow.yaml").write_text(
        f"name: fleet-e2e\ndb: sqlite:///{db}\nsteps:\n"
        "  - id: add\n    query: INSERT INTO items(name) VALUES ('from-flow')\n    yes: true\n"
        "  - id: count\n    needs: [add]\n    query: SELECT count(*) AS n FROM items\n"
        "  - id: check\n    needs: [count]\n    assert: {sql: 'SELECT ${{ steps.count.output.n }} AS n', expect: row.n == 3}\n"
    )
    r = invoke("flow", "run", str(tmp_path / "flow.yaml"), "--executor", "celery", "--broker", BROKER)
    assert r.returncode == 0, r.stderr + workers.log_text()
    assert "check ok" in r.stderr  # the assert step saw the count that came back from the worker
    assert sqlite3.connect(db).execute("SELECT count(*) FROM items WHERE name = 'from-flow'").fetchone() == (1,)
    ran = workers.log_text().count("aishell.fleet.run_step[")
    assert ran >= 6  # each of the 3 steps received and finished by a worker


def test_celery_executor_protocol_in_process(workers: Workers, tmp_path: Path) -> None:
    from aishell.fleet.executor import CeleryExecutor

    db = _sqlite(tmp_path / "e.db", rows=4)
    executor = CeleryExecutor(BROKER, queue=workers.queue)
    try:
        step = {"id": "n", "kind": "query", "with": {"sql": "SELECT count(*) AS n FROM items"}, "db": db}
        key = f"t{workers.queue}_{uuid.uuid4().hex}"
        context = {"run_id": "r1", "step_id": "n", "idempotency_key": key, "attempt": 1, "cwd": str(tmp_path),
                   "db": db, "yes": False, "read_only": True, "token": "tok-1"}  # fmt: skip
        result = executor.submit("r1", "n", key, step, context).result(timeout=30)
        assert result["status"] == "ok" and result["output"]["n"] == 4, result
        assert int(result["worker"].rsplit(":", 1)[1]) in workers.pids() and executor.pending() == 0
        again = executor.submit("r1", "n", key, step, {**context, "token": "tok-2"}).result(timeout=30)
        assert again["replayed"] is True and again["output"] == result["output"]  # the checkpointed result
        assert executor.cancel("unknown-token") is False
    finally:
        executor.shutdown()
    with pytest.raises(RuntimeError, match="shut down"):
        executor.submit("r1", "n", key, step, context)
