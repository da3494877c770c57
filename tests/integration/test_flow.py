"""``aishell flow``: workflows on real databases, killed with SIGKILL and resumed.

The crash tests run ``python -m aishell`` in subprocesses: the runner kills itself with a
real SIGKILL at each step boundary (``AISHELL_FLOW_CRASH``), and once the test kills it from
outside in the middle of a slow step.  Every step leaves an effect that can be counted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.flow.store import FlowStore
from conftest import untraced_env

FLOW = """
name: crashy
db: sqlite:///{sqlite}
max_parallel: 1
params: {{pg: "{pg}", tbl: {tbl}}}
steps:
  - id: s1
    query: INSERT INTO effects VALUES ('s1')
    yes: true
  - id: s2
    needs: s1
    db: ${{{{ params.pg }}}}
    query: INSERT INTO ${{{{ params.tbl }}}} VALUES ('s2')
    yes: true
  - id: s3
    needs: s2
    shell:
      - {python}
      - -c
      - "import os, time; os.path.exists('slow') and time.sleep(30); open('out.txt', 'a').write('s3\\\\n')"
  - id: s4
    needs: s3
    query: SELECT count(*) AS n FROM effects
  - id: s5
    needs: s4
    query: INSERT INTO effects VALUES ('s5-${{{{ steps.s4.output.n }}}}')
    yes: true
"""


def _aishell(args: list[str], crash: str | None = None, **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AISHELL_FLOW_CRASH": crash or ""}
    return subprocess.run([sys.executable, "-m", "aishell", *args], env=env, capture_output=True, text=True,
                          timeout=60, **kw)


def _run_id(stderr: str) -> str:
    line = next(x for x in stderr.splitlines() if x.startswith("flow: run "))
    return line.split()[2]


def _started(stderr: str) -> list[str]:
    return [x.split()[1] for x in stderr.splitlines() if x.startswith("flow: ") and x.endswith("started (attempt 1)")]


@pytest.fixture
def crash_flow(tmp_path: Path, pg_url: str) -> dict[str, Any]:
    sqlite = tmp_path / "db.sqlite"
    with sqlite3.connect(sqlite) as conn:
        conn.execute("CREATE TABLE effects (step TEXT)")
    tbl = f"flow_effects_{uuid.uuid4().hex[:8]}"
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {tbl} (step TEXT)")
    file = tmp_path / "flow.yaml"
    file.write_text(FLOW.format(sqlite=sqlite, pg=pg_url, tbl=tbl, python=json.dumps(sys.executable)))
    return {"file": file, "sqlite": sqlite, "pg": pg_url, "tbl": tbl, "dir": tmp_path}


def _state(f: dict[str, Any]) -> dict[str, Any]:
    """Every effect of the flow, counted: what an uninterrupted run leaves is s1, s2, s3 and s5-1 once."""
    import psycopg

    with sqlite3.connect(f["sqlite"]) as conn:
        lite = sorted(r[0] for r in conn.execute("SELECT step FROM effects"))
    with psycopg.connect(f["pg"]) as conn:
        pg = sorted(r[0] for r in conn.execute(f"SELECT step FROM {f['tbl']}").fetchall())
    out = f["dir"] / "out.txt"
    return {"sqlite": lite, "pg": pg, "file": out.read_text().splitlines() if out.exists() else []}


UNINTERRUPTED = {"sqlite": ["s1", "s5-1"], "pg": ["s2"], "file": ["s3"]}


def _completed(f: dict[str, Any], run_id: str) -> set[str]:
    return {s.step_id for s in FlowStore().steps(run_id) if s.status == "ok"}


def test_uninterrupted_run_leaves_each_effect_once(crash_flow: dict[str, Any]) -> None:
    done = _aishell(["flow", "run", str(crash_flow["file"])], cwd=crash_flow["dir"])
    assert done.returncode == 0, done.stderr
    assert _state(crash_flow) == UNINTERRUPTED
    assert _started(done.stderr) == ["s1", "s2", "s3", "s4", "s5"]


@pytest.mark.parametrize("point", ["before", "after"])
def test_sigkill_at_every_step_boundary_then_resume(crash_flow: dict[str, Any], point: str) -> None:
    """Killed at each boundary in turn (each resume dies at the next one), then resumed to the end:
    no completed step runs again and the final state is the uninterrupted run's."""
    steps = ["s1", "s2", "s3", "s4", "s5"]
    first = _aishell(["flow", "run", str(crash_flow["file"])], crash=f"{point}:s1", cwd=crash_flow["dir"])
    assert first.returncode == -signal.SIGKILL, first.stderr
    run_id = _run_id(first.stderr)
    for step in [*steps[1:], None]:
        completed = _completed(crash_flow, run_id)
        started = time.perf_counter()
        resumed = _aishell(["flow", "resume", run_id], crash=f"{point}:{step}" if step else None,
                           cwd=crash_flow["dir"])
        assert not set(_started(resumed.stderr)) & completed, (completed, resumed.stderr)
        if step is None:
            assert resumed.returncode == 0, resumed.stderr
        else:
            assert resumed.returncode == -signal.SIGKILL, resumed.stderr
        assert time.perf_counter() - started < 30
        state = _state(crash_flow)
        assert all(state["sqlite"].count(x) <= 1 for x in state["sqlite"]), state
        assert len(state["pg"]) <= 1 and len(state["file"]) <= 1, state
    assert _state(crash_flow) == UNINTERRUPTED
    run = FlowStore().run(run_id)
    assert run is not None and run.status == "ok"
    assert all(s.status == "ok" and s.idem_key for s in FlowStore().steps(run_id))


def test_sigkill_in_the_middle_of_a_step_then_resume(crash_flow: dict[str, Any]) -> None:
    """Killed from outside while s3's command sleeps: the command dies with the runner, a second
    resume is refused while the owner lives, and resume starts s3 again within 2 s."""
    slow = crash_flow["dir"] / "slow"
    slow.write_text("")
    proc = subprocess.Popen([sys.executable, "-m", "aishell", "flow", "run", str(crash_flow["file"])],
                            cwd=crash_flow["dir"], stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("flow: s3 started"):
            break
    run_id = _run_id("".join(lines))
    busy = _aishell(["flow", "resume", run_id])
    assert busy.returncode == 2 and "is running in process" in busy.stderr
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stderr.close()
    slow.unlink()
    assert _completed(crash_flow, run_id) == {"s1", "s2"}
    assert [s.status for s in FlowStore().steps(run_id)][2] == "running"
    time.sleep(0.5)  # the killed command is gone too: nothing written after its runner died
    assert _state(crash_flow)["file"] == []

    began = time.perf_counter()  # (timed as a user runs it: without the coverage hook)
    resume = subprocess.Popen([sys.executable, "-m", "aishell", "flow", "resume", run_id], cwd=crash_flow["dir"],
                              stderr=subprocess.PIPE, text=True, env=untraced_env())  # fmt: skip
    assert resume.stderr is not None
    first_start = None
    out = []
    for line in resume.stderr:
        out.append(line)
        if first_start is None and " started (attempt" in line:
            first_start = time.perf_counter() - began
    assert resume.wait(timeout=30) == 0, "".join(out)
    assert first_start is not None and first_start < 2.0, first_start
    assert _started("".join(out)) == ["s3", "s4", "s5"]
    assert _state(crash_flow) == UNINTERRUPTED


def test_a_step_killed_after_its_effect_and_before_its_checkpoint_runs_again(tmp_path: Path) -> None:
    """The one step that is not checkpointed when the process dies is the one resume runs again
    (why steps should be safe to re-run: docs/flow.md)."""
    file = _flow(tmp_path, f"""
steps:
  - id: one
    shell: [{json.dumps(sys.executable)}, -c, "open('log', 'a').write('one\\\\n')"]
  - id: two
    needs: one
    shell: [{json.dumps(sys.executable)}, -c, "open('log', 'a').write('two\\\\n')"]
""")
    killed = _aishell(["flow", "run", str(file)], crash="done:two")
    assert killed.returncode == -signal.SIGKILL
    resumed = _aishell(["flow", "resume", _run_id(killed.stderr)])
    assert resumed.returncode == 0 and _started(resumed.stderr) == ["two"]
    assert (tmp_path / "log").read_text().split() == ["one", "two", "two"]


# --------------------------------------------------------------------------- in-process behaviour
def _flow(tmp_path: Path, text: str, name: str = "flow.yaml") -> Path:
    file = tmp_path / name
    file.write_text(text)
    return file


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def lite(tmp_path: Path) -> Path:
    db = tmp_path / "lite.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (a INTEGER)")
    return db


def test_retries_with_backoff_then_ok(tmp_path: Path) -> None:
    script = "import pathlib, sys; p = pathlib.Path('n'); n = int(p.read_text()) + 1 if p.exists() else 1; " \
             "p.write_text(str(n)); sys.exit(0 if n >= 3 else 1)"
    file = _flow(tmp_path, f"""
steps:
  - id: flaky
    shell: [{json.dumps(sys.executable)}, -c, "{script}"]
    retries: {{attempts: 3, delay: 0.05, backoff: 3, max_delay: 0.1}}
""")
    result = _invoke("flow", "run", str(file))
    assert result.exit_code == 0, result.output
    assert "attempt 2 of 3 in 0.05s" in result.stderr and "attempt 3 of 3 in 0.1s" in result.stderr
    assert (tmp_path / "n").read_text() == "3"
    (step,) = FlowStore().steps(FlowStore().runs(1)[0].id)
    assert step.status == "ok" and step.attempts == 3 and step.log.count("--- attempt") == 3


def test_timeout_kills_the_shell_step(tmp_path: Path) -> None:
    file = _flow(tmp_path, f"""
steps:
  - id: sleepy
    shell: [{json.dumps(sys.executable)}, -c, "import os, time; open('pid', 'w').write(str(os.getpid())); time.sleep(60); open('late', 'w')"]
    timeout: 0.5
  - id: after
    needs: sleepy
    shell: echo never
""")
    result = _invoke("flow", "run", str(file))
    assert result.exit_code == 5, result.output
    assert "sleepy failed: timed out after 0.5s" in result.stderr
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        for _ in range(50):  # the group was sent SIGKILL: gone as soon as the kernel reaps it
            os.kill(pid, 0)
            time.sleep(0.05)
    statuses = {s.step_id: s.status for s in FlowStore().steps(FlowStore().runs(1)[0].id)}
    assert statuses == {"sleepy": "failed", "after": "pending"}
    assert "after blocked" in result.stderr


def test_timeout_cancels_a_database_statement(tmp_path: Path, pg_url: str) -> None:
    file = _flow(tmp_path, f"""
db: {pg_url}
steps:
  - id: slow
    query: SELECT pg_sleep(30)
    timeout: 0.5
""")
    began = time.perf_counter()
    result = _invoke("flow", "run", str(file))
    assert result.exit_code == 5
    assert "slow failed: timed out after 0.5s" in result.stderr
    assert time.perf_counter() - began < 20  # cancelled, not waited for


def test_when_skips_and_a_failed_assert_stops_its_dependents(tmp_path: Path, lite: Path) -> None:
    file = _flow(tmp_path, f"""
db: sqlite:///{lite}
params: {{want: 1}}
steps:
  - id: fill
    query: INSERT INTO t VALUES (1), (2)
    yes: true
  - id: count
    needs: fill
    query: SELECT count(*) AS n, max(a) AS top FROM t
  - id: big
    needs: count
    when: steps.count.output.n > 5
    shell: echo big
  - id: check
    needs: count
    assert: {{sql: "SELECT count(*) AS n FROM t", expect: "row.n == 5"}}
  - id: report
    needs: check
    shell: echo report
  - id: side
    needs: big
    shell: [{json.dumps(sys.executable)}, -c, "print('{{\\"n\\": ${{{{ steps.count.output.top }}}}}}')"]
""")
    bad = _invoke("flow", "run", str(file))
    assert bad.exit_code == 5, bad.output
    statuses = {s.step_id: s for s in FlowStore().steps(FlowStore().runs(1)[0].id)}
    assert statuses["big"].status == "skipped"
    assert statuses["side"].status == "ok" and statuses["side"].result["output"]["n"] == 2  # type: ignore[index]
    assert statuses["check"].status == "failed" and "assertion failed" in statuses["check"].result["error"]  # type: ignore[index]
    assert statuses["report"].status == "pending" and "report blocked: needs check" in bad.stderr


def test_a_cycle_is_a_clear_error(tmp_path: Path) -> None:
    file = _flow(tmp_path, """
steps:
  - {id: a, needs: c, shell: echo a}
  - {id: b, needs: a, shell: echo b}
  - {id: c, needs: b, shell: echo c}
""")
    result = _invoke("flow", "run", str(file))
    assert result.exit_code == 2
    assert "dependency cycle: a -> c -> b -> a" in result.stderr
    assert FlowStore().runs() == []


def test_a_write_without_consent_is_refused_and_nothing_runs(tmp_path: Path, lite: Path) -> None:
    csv = tmp_path / "in.csv"
    csv.write_text("a\n7\n")
    file = _flow(tmp_path, f"""
db: sqlite:///{lite}
steps:
  - id: write
    query: DELETE FROM t
    retries: 2
  - id: load
    needs: write
    import: {{file: in.csv, table: t}}
  - id: other
    import: {{file: in.csv, table: t3, create: true}}
""")
    with sqlite3.connect(lite) as conn:
        conn.execute("INSERT INTO t VALUES (5)")
    result = _invoke("flow", "run", str(file))
    assert result.exit_code == 5, result.output
    assert "write failed: refused:" in result.stderr and "yes: true" in result.stderr
    assert "load blocked: needs write" in result.stderr
    assert "other failed: refused: import changes data" in result.stderr
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT a FROM t").fetchall() == [(5,)]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't3'").fetchone() == (0,)
    run_id = FlowStore().runs(1)[0].id
    attempts = {s.step_id: s.attempts for s in FlowStore().steps(run_id)}
    assert attempts == {"write": 1, "load": 0, "other": 1}  # a refusal is not retried
    ok = _invoke("flow", "resume", run_id, "--yes")
    assert ok.exit_code == 0, ok.output
    with sqlite3.connect(lite) as conn:
        assert sorted(conn.execute("SELECT a FROM t").fetchall()) == [(7,)]  # resumed: both ran
        assert conn.execute("SELECT a FROM t3").fetchall() == [(7,)]


def test_resume_refuses_an_edited_file_unless_forced(tmp_path: Path) -> None:
    file = _flow(tmp_path, "steps:\n  - id: boom\n    shell: [false]\n")
    assert _invoke("flow", "run", str(file)).exit_code == 5
    run_id = FlowStore().runs(1)[0].id
    file.write_text("steps:\n  - id: boom\n    shell: [true]\n")
    refused = _invoke("flow", "resume", run_id[:10])
    assert refused.exit_code == 2 and "changed since run" in refused.stderr
    forced = _invoke("flow", "resume", "last", "--force")
    assert forced.exit_code == 0, forced.output
    again = _invoke("flow", "resume", run_id)
    assert again.exit_code == 2 and "finished ok" in again.stderr


def test_data_operations_status_list_logs_and_dry_run(tmp_path: Path, lite: Path) -> None:
    """Export, import (replace), backup, restore, copy, migrate and health as steps, twice (a re-run
    of each step leaves the same state), and the commands that show runs."""
    (tmp_path / "mig").mkdir()
    (tmp_path / "mig" / "V1__items.sql").write_text("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);\n")
    other = tmp_path / "other.sqlite"
    file = _flow(tmp_path, f"""
name: data
db: sqlite:///{lite}
steps:
  - id: migrate
    migrate: mig
  - id: seed
    needs: migrate
    query: "DELETE FROM t; INSERT INTO t VALUES (1), (2), (3)"
  - id: export
    needs: seed
    export: {{table: t, output: t.csv}}
  - id: load
    needs: [export, migrate]
    import: {{file: t.csv, table: t2, create: true, replace: true}}
  - id: backup
    needs: load
    backup: {{output: b.aishell, tables: [t2]}}
  - id: restore
    needs: backup
    restore: {{file: b.aishell, replace: true}}
    db: sqlite:///{other}
  - id: copy
    needs: load
    copy: {{from: "sqlite:///{lite}", to: "sqlite:///{other}", tables: t, create: true, replace: true}}
  - id: check
    needs: [restore, copy]
    assert: {{sql: "SELECT count(*) AS n FROM t2", expect: "row.n == 3 and rows == 1"}}
    db: sqlite:///{other}
  - id: health
    needs: check
    health: {{fail_on: never}}
""")
    dry = _invoke("flow", "run", str(file), "--dry-run")
    assert dry.exit_code == 0
    assert "import   t.csv -> t2 (replace) (create)" in dry.output and "refused without yes" in dry.output
    for _ in range(2):
        result = _invoke("flow", "run", str(file), "--yes")
        assert result.exit_code == 0, result.output
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT count(*) FROM t2").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (3,)
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT count(*) FROM t2").fetchone() == (3,)
    run_id = FlowStore().runs(1)[0].id
    status = _invoke("flow", "status", run_id)
    assert status.exit_code == 0 and "migrate  ok" in status.output
    doc = json.loads(_invoke("flow", "status", run_id, "-F", "json").output)
    assert doc["status"] == "ok" and doc["steps"][0]["result"]["output"]["count"] == 0  # applied in the first run
    listing = _invoke("flow", "list")
    assert listing.output.count(" ok ") == 2
    logs = _invoke("flow", "logs", run_id, "--step", "load")
    assert "3 rows read, 3 inserted" in logs.output and "replace: 3 rows deleted" in logs.output
    assert "=== health (ok)" in _invoke("flow", "logs", run_id).output


def test_params_and_the_errors_of_the_run_commands(tmp_path: Path) -> None:
    assert "no runs yet" in _invoke("flow", "list").stderr
    file = _flow(tmp_path, f"""
params: {{n: 1, who: x}}
steps:
  - id: say
    shell: [{json.dumps(sys.executable)}, -c, "import sys; print(sys.argv[1:])", "${{{{ params.n }}}}", "${{{{ params.who }}}}"]
""")
    assert _invoke("flow", "run", str(file), "-p", "n").exit_code == 2
    assert "declares no such parameter" in _invoke("flow", "run", str(file), "-p", "m=1").stderr
    result = _invoke("flow", "run", str(file), "-p", "n=5", "-p", "who=a b")
    assert result.exit_code == 0, result.output
    run_id = FlowStore().runs(1)[0].id
    assert "['5', 'a b']" in _invoke("flow", "logs", run_id, "--step", "say").output
    assert _invoke("flow", "logs", run_id, "--step", "nope").exit_code == 2
    assert "no such run: zzz" in _invoke("flow", "status", "zzz").stderr
    assert "  say  ok       attempts 1" in _invoke("flow", "status", run_id).output


def test_cancel_stops_a_running_flow_and_resume_needs_force(tmp_path: Path) -> None:
    """``flow cancel`` sends the live runner SIGTERM: its sleeping command dies, the step goes back
    to pending, the run is ``cancelled``; resume refuses it without --force and finishes it with."""
    file = _flow(tmp_path, f"""
steps:
  - id: slow
    shell: [{json.dumps(sys.executable)}, -c, "import os, time; os.path.exists('slow') and time.sleep(30); open('done', 'a').write('x')"]
  - id: after
    needs: slow
    shell: [{json.dumps(sys.executable)}, -c, "open('after', 'w')"]
""")
    (tmp_path / "slow").write_text("")
    proc = subprocess.Popen([sys.executable, "-m", "aishell", "flow", "run", str(file)], cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("flow: slow started"):
            break
    run_id = _run_id("".join(lines))
    cancelled = _aishell(["flow", "cancel", run_id])
    assert cancelled.returncode == 0 and f"run {run_id} cancelled" in cancelled.stderr, cancelled.stderr
    assert proc.wait(timeout=10) != 0  # the runner stopped on the signal, not at the end of the flow
    proc.stderr.close()
    store = FlowStore()
    run = store.run(run_id)
    assert run is not None and run.status == "cancelled" and run.shown_status == "cancelled"
    assert {s.step_id: s.status for s in store.steps(run_id)} == {"slow": "pending", "after": "pending"}
    assert not (tmp_path / "done").exists() and not (tmp_path / "after").exists()
    assert "cancelled" in _invoke("flow", "list").output

    again = _aishell(["flow", "cancel", run_id])
    assert again.returncode == 2 and "already cancelled" in again.stderr
    refused = _aishell(["flow", "resume", run_id])
    assert refused.returncode == 2 and "was cancelled; resume it with --force" in refused.stderr
    (tmp_path / "slow").unlink()
    resumed = _aishell(["flow", "resume", "--force", run_id], cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert (tmp_path / "done").read_text() == "x" and (tmp_path / "after").exists()
    finished = _aishell(["flow", "cancel", run_id])
    assert finished.returncode == 2 and "finished ok: nothing to cancel" in finished.stderr
    assert _aishell(["flow", "cancel", "nope"]).returncode == 2
