"""Faces, worlds and side-effect checks for the read-only attack corpus.

A *world* is one engine's fixture for a whole test module: a database with a canary
table, a sequence, functions that write, marker files, helper connections that watch
the server (a checker, a LISTENer, a victim backend ...), and the faces the attacks go
through:

``cli``      ``aishell query --read-only --timeout 1 --db URL SQL`` (click's runner, in-process)
``mcp``      the MCP ``run_query`` tool, read-only, timeout 1 s (one toolbox: its session persists)
``viewer``   ``POST /api/query`` as a viewer (FastAPI's TestClient), server timeout 1 s
``analyst``  the same as an analyst, without ``confirmed``
``direct``   a plain read-write driver connection, no aishell: used only to prove that
             every check sees the effect it looks for

After every attempt the world compares the servers with the baseline taken at set-up
(one or two queries on a checker connection), scans everything the face returned for
the marker content, looks for new files, and for faces that keep a session (MCP,
direct) reads that session's own state on its driver connection.  Whatever differs is
reported by check name, then reset (and the baseline taken again), so one bypass does
not cascade into the next case.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import gc
import hashlib
import json
import os
import re
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import Attack, Read

RUN_ID = uuid.uuid4().hex[:8]
PREFIX = f"aishell_sec_{RUN_ID}"
START = time.time()  # files newer than this were made by this run
#: every face runs with this statement timeout (set by the "server": flag, tool option, web config)
FACE_TIMEOUT = 1.0
#: attacks that try to outlive the timeout sleep this long ...
SLEEP = 3
#: ... so a call that took longer than this ran past the timeout
SLOW = 2.2
#: a case whose peak memory grew by more than this allocated what it should not have
MEMORY_LIMIT = 150 * 1024 * 1024

PG_HOST = os.environ.get("AISHELL_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("AISHELL_TEST_PG_PORT", "5432"))
MYSQL_HOST = os.environ.get("AISHELL_TEST_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("AISHELL_TEST_MYSQL_PORT", "3306"))

_COMMON = {"canary", "catalog", "file", "leak", "session", "timeout"}
#: the side-effect checks each engine's world implements (attack ``checks`` must be among them)
CHECKS: dict[str, set[str]] = {
    "postgres": _COMMON
    | {
        "lo",
        "notify",
        "stats",
        "slot",
        "origin",
        "reload",
        "victim",
        "advisory",
        "rowlock",
        "seq",
        "roles",
        "databases",
        "autoconf",
        "dbsetting",
        "maint",
    },
    "mysql": _COMMON
    | {"globals", "getlock", "tablelock", "handler", "seq", "users", "databases", "stats", "plugins", "victim"},
    "sqlite": _COMMON | {"dbfile", "heap", "memory"},
    "duckdb": _COMMON | {"globals", "secrets", "extdir", "dbfile", "seq"},
}

_PLACEHOLDER = re.compile(r"<<(\w+)>>")


def fill(sql: str, subs: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: subs[m.group(1)], sql)


def short(text: str, n: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# =============================================================================== outcomes
@dataclass
class Step:
    sql: str
    accepted: bool  # the face reported success
    status: str  # one line: how the face answered
    text: str  # everything the face returned (scanned for leaks)
    elapsed: float
    http: int | None = None


@dataclass
class CaseResult:
    engine: str
    face: str
    id: str
    steps: list[Step]
    after: list[Step]
    effects: dict[str, str]  # check name -> what was seen
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        """Every step went through (a session attack is refused when any step is)."""
        return all(s.accepted for s in self.steps)

    @property
    def status(self) -> str:
        return " | ".join(s.status for s in self.steps)

    def as_json(self) -> dict[str, Any]:
        return {"engine": self.engine, "face": self.face, "id": self.id, "accepted": self.accepted,
                "http": [s.http for s in self.steps], "status": short(self.status, 400),
                "elapsed": round(sum(s.elapsed for s in self.steps), 3), "effects": self.effects,
                "notes": self.notes}  # fmt: skip


# =============================================================================== faces
class Face:
    name = ""
    instance = "main"  # which database instance it reaches (DuckDB: the read-only or the read-write file)

    def run(self, sql: str) -> Step:
        raise NotImplementedError

    def raw(self) -> Any | None:
        """The driver connection of a session kept between calls (None: no session kept)."""
        return None

    def drop_session(self) -> None:
        pass

    def close(self) -> None:
        pass


class CliFace(Face):
    name = "cli"

    def __init__(self, url: str) -> None:
        self.url = url

    def run(self, sql: str) -> Step:
        from click.testing import CliRunner

        from aishell.cli.main import cli

        args = ["query", "--read-only", "--timeout", str(FACE_TIMEOUT), "--db", self.url, "-F", "csv", "--", sql]
        start = time.perf_counter()
        r = CliRunner().invoke(cli, args, catch_exceptions=True)
        elapsed = time.perf_counter() - start
        text = (r.stdout or "") + "\n" + (r.stderr or "")
        crash = r.exception is not None and not isinstance(r.exception, SystemExit)
        if crash:
            text += f"\n{type(r.exception).__name__}: {r.exception}"
        accepted = r.exit_code == 0 and not crash
        errors = [line for line in (r.stderr or "").splitlines() if line.startswith("error")]
        if crash:
            status = f"crash {type(r.exception).__name__}: {short(str(r.exception))}"
        else:
            status = f"exit {r.exit_code}" + (f": {short(errors[0])}" if errors else "")
        return Step(sql, accepted, status, text, elapsed)


class McpFace(Face):
    name = "mcp"

    def __init__(self, url: str, state_path: Path) -> None:
        from aishell.mcp.tools import Toolbox, open_connections, resolve_specs
        from aishell.state import StateStore

        self.store = StateStore(state_path)
        conns = open_connections(resolve_specs([f"sec={url}"]), timeout=FACE_TIMEOUT, state=self.store)
        self.box = Toolbox(conns, state=self.store)

    @property
    def session(self) -> Any:
        return self.box.connections["sec"].session

    def run(self, sql: str) -> Step:
        from aishell.mcp.tools import ToolFailure

        start = time.perf_counter()
        try:
            result = self.box.run_query(sql)
        except ToolFailure as exc:
            return Step(sql, False, short(exc.message), exc.message, time.perf_counter() - start)
        except Exception as exc:  # a crash is a failure too, but say so
            msg = f"crash {type(exc).__name__}: {exc}"
            return Step(sql, False, short(msg), msg, time.perf_counter() - start)
        text = json.dumps(result, default=str, ensure_ascii=False)
        return Step(sql, True, "ok " + short(text, 80), text, time.perf_counter() - start)

    def raw(self) -> Any | None:
        conn = getattr(self.session, "_conn", None)
        return getattr(conn, "raw", None) if conn is not None else None

    def drop_session(self) -> None:
        with contextlib.suppress(Exception):
            self.session.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.box.close()
        with contextlib.suppress(Exception):
            self.store.close()


class WebFace(Face):
    def __init__(self, name: str, client: Any, token: str, connection: str) -> None:
        self.name, self.client, self.token, self.connection = name, client, token, connection

    def run(self, sql: str) -> Step:
        start = time.perf_counter()
        r = self.client.post("/api/query", json={"sql": sql, "connection": self.connection},
                             headers={"Authorization": f"Bearer {self.token}"})  # fmt: skip
        elapsed = time.perf_counter() - start
        text = r.text
        if r.status_code != 200:
            try:
                detail = r.json().get("detail") or r.json().get("title")
            except ValueError:
                detail = text
            return Step(sql, False, f"{r.status_code} {short(str(detail))}", text, elapsed, r.status_code)
        errors = []
        for line in text.splitlines():
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict) and event.get("type") == "error":
                    errors.append(event)
        if errors:
            return Step(sql, False, f"200 error event: {short(str(errors[0].get('detail')))}", text, elapsed, 200)
        return Step(sql, True, "200 ok", text, elapsed, 200)


class DirectFace(Face):
    """A plain read-write driver connection kept open between calls: no aishell at all."""

    name = "direct"

    def __init__(self, opener: Callable[[], Any], runner: Callable[[Any, str], tuple[bool, str]], *,
                 interruptible: bool = False) -> None:  # fmt: skip
        """``interruptible``: the connection has ``interrupt()`` (SQLite, DuckDB): a call still running
        once it has proven it outlasts :data:`SLOW` is stopped there, since a longer run proves
        nothing more (the in-process engines would otherwise run a long attack to its end)."""
        self.opener, self.runner, self.interruptible = opener, runner, interruptible
        self.conn: Any = None

    def run(self, sql: str) -> Step:
        if self.conn is None:
            self.conn = self.opener()
        timer = threading.Timer(SLOW + 0.4, self.conn.interrupt) if self.interruptible else None
        start = time.perf_counter()
        if timer is not None:
            timer.start()
        try:
            ok, text = self.runner(self.conn, sql)
        finally:
            if timer is not None:
                timer.cancel()
        return Step(sql, ok, ("ok " if ok else "error ") + short(text, 120), text, time.perf_counter() - start)

    def raw(self) -> Any | None:
        return self.conn

    def drop_session(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
        self.conn = None

    close = drop_session


# =============================================================================== helpers
def _listing(path: Path, recursive: bool = False) -> set[str]:
    if not path.exists():
        return set()
    if not recursive:
        return set(os.listdir(path))
    out = set()
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            out.add(os.path.relpath(os.path.join(root, name), path))
    return out


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _proc_status(key: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> int | None:
    """Reset VmHWM (Linux: writing 5 to clear_refs) and return the current RSS."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return None
    return _proc_status("VmRSS")


def _file_digest(path: Path) -> str:
    parts = []
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"), Path(str(path) + ".wal")):
        if p.exists():
            parts.append(p.name + ":" + hashlib.sha256(p.read_bytes()).hexdigest()[:16])
    return ",".join(parts) or "missing"


# =============================================================================== the world
#: checks whose state a reset puts back exactly as it was at set-up (others are taken again:
#: a statistics timestamp cannot be un-reset, a rebuilt database has new object ids)
RESTORABLE = {"canary", "seq", "advisory", "rowlock", "slot", "origin", "roles", "databases", "dbsetting",
              "autoconf", "victim", "getlock", "tablelock", "users", "plugins", "globals", "heap", "dbfile",
              "secrets", "session"}  # fmt: skip


class World:
    engine = ""

    def __init__(self, root: Path) -> None:
        self.root = root / self.engine
        self.io = self.root / "io"  # marker files (readable by the servers)
        self.out = self.root / "out"  # where attacks try to write (writable by the servers)
        self.private = self.root / "private"  # client-only files
        self.secret = f"zqsecret{RUN_ID}{secrets.token_hex(8)}"
        self.hidden = f"zqhidden{secrets.token_hex(8)}"  # a file name that only a directory listing reveals
        self.faces: dict[str, Face] = {}
        self.baseline: dict[str, Any] = {}
        self.session_baseline: dict[str, dict[str, Any]] = {}
        #: check -> (directory, recursive, baseline listing, whether reset may remove what appears there)
        self.extra_dirs: dict[str, tuple[Path, bool, set[str], bool]] = {}
        self.web_client: Any = None
        self.web_store: Any = None

    # ------------------------------------------------------------------ set-up
    def make_dirs(self) -> None:
        for d, mode in ((self.root, 0o755), (self.io, 0o755), (self.out, 0o777), (self.private, 0o700)):
            d.mkdir(parents=True, exist_ok=True)
            os.chmod(d, mode)
        os.chmod(self.root.parent, 0o755)
        self.write(self.io / "marker.txt", self.secret + "\n")
        self.write(self.io / f"{self.hidden}.txt", "hidden\n")
        self.write(self.private / "client.txt", self.secret.replace("zqsecret", "zqclient") + "\n", 0o600)

    @staticmethod
    def write(path: Path, text: str, mode: int = 0o644) -> None:
        path.write_text(text)
        os.chmod(path, mode)

    def leak_forms(self) -> dict[str, str]:
        forms = {}
        for label, value in (("marker", self.secret), ("client marker", self.secret.replace("zqsecret", "zqclient"))):
            raw = value.encode()
            # the first 20 characters are unique to this run: an error message that cuts the content short
            # (MariaDB's XPATH errors keep ~30 characters) still leaks it
            forms[value[:20]] = f"{label} content (its beginning)"
            forms.update({
                value: f"{label} content", value.upper(): f"{label} content (upper case)",
                raw.hex(): f"{label} content as hex", raw.hex().upper(): f"{label} content as HEX",
                base64.b64encode(raw[:18]).decode(): f"{label} content as base64",
                hashlib.md5(raw + b"\n").hexdigest(): f"md5 of the {label} file",
            })  # fmt: skip
        forms[self.hidden] = "a file name from a directory listing"
        with contextlib.suppress(OSError):
            if "root:x:0:0:" in Path("/etc/passwd").read_text():
                forms["root:x:0:0:"] = "/etc/passwd content"
        return forms

    def web_faces(self, targets: list[tuple[str, str]]) -> None:
        """The web app on ``targets`` (name, url) with one TestClient; a token per role."""
        from fastapi.testclient import TestClient

        from aishell.connections import Target
        from aishell.state import StateStore
        from aishell.urls import DatabaseURL
        from aishell.web.app import WebConfig, create_app
        from aishell.web.auth import TokenStore

        self.web_store = StateStore(self.root / "web-state.db")
        app = create_app([Target(DatabaseURL.parse(u), n, "--db") for n, u in targets], state=self.web_store,
                         config=WebConfig(statement_timeout=FACE_TIMEOUT))  # fmt: skip
        self.web_client = TestClient(app, base_url="http://127.0.0.1")  # a loopback Host (DNS-rebinding guard)
        self.web_client.__enter__()
        store = TokenStore(self.web_store)
        tokens = {role: store.create(role, f"sec-{role}")[0] for role in ("viewer", "analyst")}
        self.faces["viewer"] = WebFace("viewer", self.web_client, tokens["viewer"], targets[0][0])
        self.faces["analyst"] = WebFace("analyst", self.web_client, tokens["analyst"], targets[-1][0])

    def warm_up(self) -> None:
        """Open the kept sessions and read their state: the session baselines."""
        for name in ("mcp", "direct"):
            face = self.faces.get(name)
            if face is None:
                continue
            face.run("SELECT 1")
            raw = face.raw()
            if raw is not None:
                self.session_baseline[name] = self.session_probe(raw, face)
        self.baseline = self.snapshot()
        self.initial = dict(self.baseline)
        for check, (path, recursive, _, removable) in list(self.extra_dirs.items()):
            self.extra_dirs[check] = (path, recursive, _listing(path, recursive), removable)

    def close(self) -> None:
        for face in self.faces.values():
            with contextlib.suppress(Exception):
                face.close()
        if self.web_client is not None:
            with contextlib.suppress(Exception):
                self.web_client.__exit__(None, None, None)
        if self.web_store is not None:
            with contextlib.suppress(Exception):
                self.web_store.close()

    # ------------------------------------------------------------------ engine parts
    def subs(self, key: str) -> dict[str, str]:
        return {
            "out": str(self.out / f"{key}.out"), "outdir": str(self.out / f"{key}.d"),
            "marker": str(self.io / "marker.txt"), "dir": str(self.io), "sleep": str(SLEEP),
            "new": f"{PREFIX}_new", "client_marker": str(self.private / "client.txt"),
        }  # fmt: skip

    def snapshot(self) -> dict[str, Any]:
        """Server state: ``{key: value}``; a key is ``check`` or ``check:detail``."""
        raise NotImplementedError

    def session_probe(self, raw: Any, face: Face) -> dict[str, Any]:
        """The state of a kept session, read on its driver connection."""
        raise NotImplementedError

    def after_case(self, face: Face, found: dict[str, str]) -> None:
        """Engine checks that consume something (e.g. notifications)."""

    def engine_reset(self, checks: set[str], face: Face) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ one case
    def attempt(self, attack: Attack | Read, face_name: str) -> CaseResult:
        face = self.faces[face_name]
        key = f"{face_name}-{attack.id}"
        subs = self.subs(key)
        steps_sql = attack.steps if isinstance(attack, Attack) else (attack.sql,)
        checks = set(attack.checks) if isinstance(attack, Attack) else set()
        if "memory" in checks:
            gc.collect()
            with contextlib.suppress(OSError, AttributeError):
                ctypes.CDLL("libc.so.6").malloc_trim(0)  # freed memory back to the system first
        rss = _reset_peak() if "memory" in checks else None
        steps = [face.run(fill(s, subs)) for s in steps_sql]
        after = [face.run(fill(s, subs)) for s in getattr(attack, "after", ())]
        found: dict[str, str] = {}
        notes: list[str] = []
        # output
        text = "\n".join(s.text for s in steps + after)
        for form, label in self.leak_forms().items():
            if form and form in text:
                found["leak"] = f"the output holds the {label}"
                break
        # time and memory
        elapsed = sum(s.elapsed for s in steps)
        if "timeout" in checks and elapsed > SLOW:
            found["timeout"] = f"ran {elapsed:.1f}s with a {FACE_TIMEOUT:g}s timeout"
        if rss is not None:
            grew = _proc_status("VmHWM") - rss
            if grew > MEMORY_LIMIT:
                found["memory"] = f"peak memory grew by {grew // (1024 * 1024)} MB"
        # files
        new = sorted(_listing(self.out))
        if new:
            found["file"] = "created " + ", ".join(str(self.out / n) for n in new[:3])
        for check, (path, recursive, before, _) in self.extra_dirs.items():
            added = sorted(_listing(path, recursive) - before)
            if added:
                found[check] = "created " + ", ".join(str(path / n) for n in added[:3])
        # the server
        if "reload" in checks:
            time.sleep(0.3)  # a configuration reload reaches the checker's backend asynchronously
        try:
            now = self.snapshot()
        except Exception as exc:  # the checker itself broke: reset everything
            now = {}
            found["catalog"] = f"the state could not be read: {short(str(exc))}"
        # a key the last baseline lacks (state that only a kept session shows, taken while none was
        # open) compares with the state at set-up: a fresh session starts from there
        for k in sorted(set(self.baseline) | set(self.initial)):
            if k not in now:
                continue
            was, value = self.baseline.get(k, self.initial.get(k)), now[k]
            check = k.split(":", 1)[0]
            # a "~min" key is a counter that must not go down; any other must not change
            counter = k.endswith("~min")
            changed = (value is not None and was is not None and value < was) if counter else value != was
            if changed and check not in found:
                found[check] = (
                    f"{k.split(':', 1)[-1].removesuffix('~min')}: {short(repr(was), 70)} -> {short(repr(value), 70)}"
                )
        # the face's own session
        base = self.session_baseline.get(face_name)
        raw = face.raw()
        if base is not None and raw is not None:
            try:
                probe = self.session_probe(raw, face)
            except Exception as exc:
                probe = None
                notes.append(f"session probe failed: {short(str(exc))}")
            if probe is not None:
                for k, before in base.items():
                    value = probe.get(k)
                    check = k.split(":", 1)[0]
                    if value != before and check not in found:
                        found[check] = (
                            f"the session's {k.split(':', 1)[-1]}: {short(repr(before), 60)} -> {short(repr(value), 60)}"
                        )
        self.after_case(face, found)
        if found or any(s.accepted for s in steps) or notes:
            self.reset(set(found), face)
            if found:
                notes.extend(f"not restored: {u}" for u in self.unrestored())
        return CaseResult(self.engine, face_name, attack.id, steps, after, found, notes)

    def reset(self, checks: set[str], face: Face) -> None:
        face.drop_session()
        if checks:  # an engine reset may end every session on the database: drop the kept ones first
            for other in self.faces.values():
                other.drop_session()
        if checks:
            self.engine_reset(checks, face)
        for name in os.listdir(self.out):
            _remove(self.out / name)
        for _check, (path, recursive, before, removable) in self.extra_dirs.items():
            if not removable:
                continue
            for name in sorted(_listing(path, recursive) - before, key=len, reverse=True):
                target = path / name
                # only what appeared during this run
                if target.exists() and target.lstat().st_mtime >= START:
                    _remove(target)
        if checks:
            self.baseline = self.snapshot()

    def unrestored(self) -> list[str]:
        """What a reset failed to put back as it was at set-up."""
        return [
            f"{k}: {short(repr(self.initial[k]), 50)} -> {short(repr(v), 50)}"
            for k, v in self.baseline.items()
            if k.split(":", 1)[0] in RESTORABLE and k in self.initial and self.initial[k] != v
        ]


# =============================================================================== PostgreSQL
PG_CANARY_ROWS = (
    "INSERT INTO sec.canary (id, v) VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma'), (4, 'delta'), (5, 'epsilon')"
)
PG_LO_CONTENT = b"the canary large object"

PG_SETUP = """
CREATE SCHEMA sec;
CREATE TABLE sec.canary (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);
%s;
SELECT setval(pg_get_serial_sequence('sec.canary', 'id'), 100);
CREATE SEQUENCE sec.seq;
CREATE FUNCTION sec.wfunc() RETURNS int LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO sec.canary (v) VALUES ('wfunc'); RETURN 1; END$$;
CREATE PROCEDURE sec.wproc() LANGUAGE sql AS $$DELETE FROM sec.canary WHERE id = 1$$;
CREATE FUNCTION sec.ddlfunc() RETURNS int LANGUAGE plpgsql AS
  $$BEGIN EXECUTE 'CREATE TABLE sec.made_by_ddlfunc (a int)'; RETURN 1; END$$;
CREATE FUNCTION sec.upper(text) RETURNS text LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO sec.canary (v) VALUES ('shadowed upper'); RETURN 'X'; END$$;
CREATE FUNCTION public.lower(integer) RETURNS text LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO sec.canary (v) VALUES ('overloaded lower'); RETURN 'x'; END$$;
CREATE MATERIALIZED VIEW sec.mv AS SELECT count(*) AS n FROM sec.canary;
"""

PG_STATE = """
SELECT
 (SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
    SELECT 'c' || c.oid || c.relname || c.relkind::text || c.relfilenode || c.relnamespace || coalesce(c.relacl::text, '')
           || coalesce(c.reloptions::text, '') || c.relowner AS x FROM pg_class c
    UNION ALL SELECT 'p' || oid || proname || md5(coalesce(prosrc, '')) || coalesce(proacl::text, '') FROM pg_proc
    UNION ALL SELECT 'n' || oid || nspname || coalesce(nspacl::text, '') FROM pg_namespace
    UNION ALL SELECT 'a' || attrelid || ':' || attnum || attname || atttypid || attnotnull || attisdropped
              FROM pg_attribute WHERE attrelid >= 16384
    UNION ALL SELECT 't' || oid || tgname || tgenabled::text FROM pg_trigger
    UNION ALL SELECT 'e' || oid || evtname FROM pg_event_trigger
    UNION ALL SELECT 'x' || oid || extname FROM pg_extension
    UNION ALL SELECT 'd' || objoid || ':' || classoid || ':' || objsubid || md5(description) FROM pg_description
    UNION ALL SELECT 'o' || oid || collname FROM pg_collation
    UNION ALL SELECT 'k' || oid || conname FROM pg_constraint
    UNION ALL SELECT 'r' || oid || rulename FROM pg_rewrite WHERE oid >= 16384
    UNION ALL SELECT 'y' || oid FROM pg_type WHERE oid >= 16384
    UNION ALL SELECT 'l' || oid FROM pg_policy
    UNION ALL SELECT 'u' || oid FROM pg_publication
    UNION ALL SELECT 'f' || oid FROM pg_default_acl
    UNION ALL SELECT 's' || oid FROM pg_statistic_ext
  ) s) AS "catalog",
 (SELECT md5(coalesce(string_agg(oid::text, ',' ORDER BY oid), '')) FROM pg_largeobject_metadata) AS "lo:objects",
 (SELECT md5(coalesce(string_agg(encode(data, 'hex'), '' ORDER BY pageno), '')) FROM pg_largeobject
   WHERE loid = %(lo)s) AS "lo:content",
 (SELECT last_value FROM pg_sequences WHERE schemaname = 'sec' AND sequencename = 'seq') AS "seq",
 (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = %(dboid)s) AS "advisory",
 (SELECT count(*) FROM pg_locks WHERE database = %(dboid)s AND relation IS NOT NULL AND mode <> 'AccessShareLock'
   AND pid <> pg_backend_pid()) AS "rowlock",
 (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%%')
   AS "session:idle in transaction",
 (SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()) AS "session:prepared transactions",
 (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS "stats:database stats_reset",
 (SELECT stats_reset FROM pg_stat_bgwriter) AS "stats:bgwriter stats_reset",
 (SELECT stats_reset FROM pg_stat_archiver) AS "stats:archiver stats_reset",
 (SELECT stats_reset FROM pg_stat_wal) AS "stats:wal stats_reset",
 (SELECT max(stats_reset) FROM pg_stat_slru) AS "stats:slru stats_reset",
 (SELECT n_tup_ins FROM pg_stat_user_tables WHERE schemaname = 'sec' AND relname = 'canary')
   AS "stats:canary n_tup_ins~min",
 (SELECT coalesce(last_vacuum::text, '-') || ' ' || coalesce(last_analyze::text, '-') || ' ' || vacuum_count
   || ' ' || analyze_count FROM pg_stat_user_tables WHERE schemaname = 'sec' AND relname = 'canary') AS "maint",
 (SELECT count(*) FROM pg_replication_slots WHERE slot_name LIKE %(prefix)s) AS "slot",
 (SELECT count(*) FROM pg_replication_origin WHERE roname LIKE %(prefix)s) AS "origin",
 (SELECT count(*) FROM pg_roles WHERE rolname LIKE %(prefix)s) AS "roles",
 (SELECT count(*) FROM pg_database WHERE datname LIKE %(prefix_sub)s) AS "databases",
 (SELECT md5(coalesce(string_agg(setdatabase || ':' || setrole || ':' || array_to_string(setconfig, ','), ';'
   ORDER BY setdatabase, setrole), '')) FROM pg_db_role_setting) AS "dbsetting",
 (SELECT md5(coalesce(string_agg(name || '=' || coalesce(setting, ''), ';' ORDER BY name, seqno), ''))
   FROM pg_file_settings WHERE sourcefile LIKE '%%postgresql.auto.conf') AS "autoconf",
 (SELECT md5(rolname || rolsuper || rolcanlogin || rolconnlimit || coalesce(rolvaliduntil::text, '')
   || coalesce(rolpassword, '')) FROM pg_authid WHERE rolname = 'postgres') AS "roles:postgres role",
 pg_conf_load_time() AS "reload",
 (SELECT count(*) FROM pg_stat_activity WHERE pid = %(victim)s) AS "victim"
"""

PG_SESSION = """
SELECT current_setting('default_transaction_read_only') AS "default_transaction_read_only",
       current_setting('transaction_read_only') AS "transaction_read_only",
       current_setting('statement_timeout') AS "statement_timeout",
       current_setting('lock_timeout') AS "lock_timeout",
       current_setting('idle_in_transaction_session_timeout') AS "idle_in_transaction_session_timeout",
       current_setting('temp_file_limit') AS "temp_file_limit",
       current_setting('standard_conforming_strings') AS "standard_conforming_strings",
       current_setting('backslash_quote') AS "backslash_quote",
       current_setting('client_encoding') AS "client_encoding",
       current_setting('search_path') AS "search_path",
       current_setting('session_replication_role') AS "session_replication_role",
       current_setting('row_security') AS "row_security",
       current_setting('log_statement') AS "log_statement",
       current_setting('log_min_duration_statement') AS "log_min_duration_statement",
       current_setting('default_transaction_isolation') AS "default_transaction_isolation",
       current_setting('work_mem') AS "work_mem",
       current_setting('session_preload_libraries') AS "session_preload_libraries",
       current_user::text AS "current_user", session_user::text AS "session_user",
       (SELECT count(*) FROM pg_listening_channels()) AS "listening channels",
       (SELECT count(*) FROM pg_prepared_statements WHERE name NOT LIKE '\\_pg3\\_%%') AS "prepared statements",
       (SELECT count(*) FROM pg_class WHERE relpersistence = 't') AS "temporary relations",
       (SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory') AS "advisory locks",
       current_setting('auto_explain.log_min_duration', true) AS "auto_explain loaded"
"""


class PostgresWorld(World):
    engine = "postgres"

    def setup(self) -> None:
        import psycopg

        self.psycopg = psycopg
        self.make_dirs()
        self.admin_url = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
        self.dbname = PREFIX
        self.url = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{self.dbname}"
        self.admin = psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5)
        self.chan = f"{PREFIX}_chan"
        self.key = 700_000_000 + int(RUN_ID[:6], 16) % 100_000_000
        self.build()
        self.faces["cli"] = CliFace(self.url)
        self.faces["mcp"] = McpFace(self.url, self.root / "mcp-state.db")
        self.web_faces([("ro", self.url), ("rw", self.url)])
        self.faces["direct"] = DirectFace(lambda: psycopg.connect(self.url, autocommit=True), self._direct_run)
        self.warm_up()

    def build(self) -> None:
        """(Re)create the database, its objects and the helper connections."""
        psycopg = self.psycopg
        for name in ("chk", "listener", "victim_conn"):
            with contextlib.suppress(Exception):
                getattr(self, name).close()
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')
        self.admin.execute(f'CREATE DATABASE "{self.dbname}"')
        with psycopg.connect(self.url, autocommit=True) as c:
            c.execute(PG_SETUP % PG_CANARY_ROWS)
            self.lo = c.execute("SELECT lo_from_bytea(0, %s)", [PG_LO_CONTENT]).fetchone()[0]
            c.execute("SELECT pg_stat_force_next_flush()")
        self.chk = psycopg.connect(self.url, autocommit=True)
        self.dboid = self.chk.execute("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()[0]
        self.seq_oid = self.chk.execute("SELECT 'sec.seq'::regclass::oid").fetchone()[0]
        self.listener = psycopg.connect(self.url, autocommit=True)
        self.listener.execute(f'LISTEN "{self.chan}"')
        self.victim_conn = psycopg.connect(self.url, autocommit=True)
        deadline = time.monotonic() + 5  # the inserts' statistics reach the shared counters
        while time.monotonic() < deadline:
            n = self.chk.execute("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'canary'").fetchone()
            if n and n[0]:
                break
            time.sleep(0.05)

    def helper_pids(self) -> list[int]:
        return [c.info.backend_pid for c in (self.chk, self.listener, self.victim_conn)]

    def subs(self, key: str) -> dict[str, str]:
        marker = str(self.io / "marker.txt")
        return super().subs(key) | {
            "canary": "sec.canary", "schema": "sec", "seq": "sec.seq", "seq_oid": str(self.seq_oid),
            "wfunc": "sec.wfunc", "wproc": "sec.wproc", "ddlfunc": "sec.ddlfunc", "db": self.dbname,
            "chan": self.chan, "key": str(self.key), "lo": str(self.lo),
            "victim": str(self.victim_conn.info.backend_pid), "lo_new": str(3_900_000_000 + self.key % 1000),
            "marker_chr": "||".join(f"chr({ord(ch)})" for ch in marker),
        }  # fmt: skip

    def snapshot(self) -> dict[str, Any]:
        params = {"lo": self.lo, "dboid": self.dboid, "prefix": PREFIX + "%", "prefix_sub": PREFIX + "\\_%",
                  "victim": self.victim_conn.info.backend_pid}  # fmt: skip
        cur = self.chk.execute(PG_STATE, params)
        state = dict(zip([d.name for d in cur.description], cur.fetchone(), strict=True))
        try:
            row = self.chk.execute("SELECT md5(coalesce(string_agg(id || ':' || coalesce(v, ''), ',' ORDER BY id), "
                                   "'')) FROM sec.canary").fetchone()  # fmt: skip
            state["canary"] = row[0]
        except self.psycopg.Error as exc:
            state["canary"] = f"unreadable: {short(str(exc), 60)}"
        return state

    def session_probe(self, raw: Any, face: Face) -> dict[str, Any]:
        pq = self.psycopg.pq
        tx = raw.info.transaction_status
        out: dict[str, Any] = {"session:transaction status": tx.name}
        if tx not in (pq.TransactionStatus.IDLE, pq.TransactionStatus.INTRANS):
            return out
        cur = raw.cursor()
        cur.execute(PG_SESSION)
        names = [d.name for d in cur.description]
        row = cur.fetchone()
        cur.close()
        if tx == pq.TransactionStatus.IDLE and raw.info.transaction_status != tx:
            raw.rollback()  # the probe must not leave a transaction behind
        for name, value in zip(names, row, strict=True):
            check = "advisory" if name == "advisory locks" else "session"
            out[f"{check}:{name}"] = value
        return out

    def after_case(self, face: Face, found: dict[str, str]) -> None:
        """Notifications: send a sentinel and read everything the listener got before it."""
        sentinel = uuid.uuid4().hex
        self.chk.execute("SELECT pg_notify(%s, %s)", [self.chan, sentinel])
        got = []
        for n in self.listener.notifies(timeout=3.0):
            if n.payload == sentinel:
                break
            got.append(n.payload)
        if got and "notify" not in found:
            found["notify"] = f"the listener received {got!r}"

    def engine_reset(self, checks: set[str], face: Face) -> None:
        chk = self.chk
        if "victim" in checks or self.victim_conn.closed or self.victim_conn.broken:
            with contextlib.suppress(Exception):
                self.victim_conn.close()
            self.victim_conn = self.psycopg.connect(self.url, autocommit=True)
        chk.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> ALL(%s)",
                    [self.dbname, self.helper_pids()])  # fmt: skip
        # a terminated (or just closed) backend lets go of its locks as it exits, a moment later: wait for that,
        # or the snapshot after the reset may still count its advisory lock
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and chk.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> ALL(%s)",
            [self.dbname, self.helper_pids()],
        ).fetchone()[0]:
            time.sleep(0.02)
        if "slot" in checks:
            chk.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name LIKE %s",
                        [PREFIX + "%"])  # fmt: skip
        if "origin" in checks:
            chk.execute("SELECT pg_replication_origin_drop(roname) FROM pg_replication_origin WHERE roname LIKE %s",
                        [PREFIX + "%"])  # fmt: skip
        if "databases" in checks:
            for (name,) in chk.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                       [PREFIX + "\\_%"]).fetchall():  # fmt: skip
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if "dbsetting" in checks:
            self._restore_db_role_settings()
        if "autoconf" in checks:
            self._restore_auto_conf()
        unreadable = any(str(v).startswith("unreadable") for v in self.snapshot().values())
        if "catalog" in checks or unreadable:
            self.build()  # also drops whatever the attack created elsewhere in the database
        else:
            if "canary" in checks:
                with chk.transaction():
                    chk.execute("DELETE FROM sec.canary")
                    chk.execute(PG_CANARY_ROWS)
            if "seq" in checks:
                chk.execute("SELECT setval('sec.seq', 1, false)")
            if "lo" in checks:
                chk.execute("SELECT lo_unlink(oid) FROM pg_largeobject_metadata WHERE oid <> %s", [self.lo])
                with contextlib.suppress(self.psycopg.Error):
                    chk.execute("SELECT lo_unlink(%s)", [self.lo])
                chk.execute("SELECT lo_from_bytea(%s, %s)", [self.lo, PG_LO_CONTENT])
            # statistics that were reset stay reset: the baseline is taken again
        if "roles" in checks:
            for (name,) in self.admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                              [PREFIX + "%"]).fetchall():  # fmt: skip
                self.admin.execute(f'DROP ROLE IF EXISTS "{name}"')

    def _restore_db_role_settings(self) -> None:
        base = self.db_role_settings_at_start
        now = self._db_role_settings()
        for pair in set(base) | set(now):
            if base.get(pair) == now.get(pair):
                continue
            db, role = pair
            if role and db:
                head = f'ALTER ROLE "{role}" IN DATABASE "{db}"'
            elif db:
                head = f'ALTER DATABASE "{db}"'
            elif role:
                head = f'ALTER ROLE "{role}"'
            else:
                head = "ALTER ROLE ALL"
            self.admin.execute(f"{head} RESET ALL")
            for item in base.get(pair, []):
                name, _, value = item.partition("=")
                self.admin.execute(f"{head} SET {name} = {self._quote(value)}")

    def _db_role_settings(self) -> dict[tuple[str, str], list[str]]:
        rows = self.admin.execute(
            "SELECT coalesce(d.datname, ''), coalesce(r.rolname, ''), s.setconfig FROM pg_db_role_setting s "
            "LEFT JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole"
        ).fetchall()
        return {(db, role): list(cfg) for db, role, cfg in rows}

    @staticmethod
    def _quote(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    def _restore_auto_conf(self) -> None:
        base = self.auto_conf_at_start
        now: dict[str, str] = dict(self.admin.execute("SELECT name, setting FROM pg_file_settings "
                                      "WHERE sourcefile LIKE '%postgresql.auto.conf'").fetchall())  # fmt: skip
        for name in set(base) | set(now):
            if base.get(name) == now.get(name):
                continue
            if name in base:
                self.admin.execute(f"ALTER SYSTEM SET {name} = {self._quote(base[name])}")
            else:
                self.admin.execute(f"ALTER SYSTEM RESET {name}")
        self.admin.execute("SELECT pg_reload_conf()")

    def warm_up(self) -> None:
        self.db_role_settings_at_start = self._db_role_settings()
        self.auto_conf_at_start: dict[str, str] = dict(
            self.admin.execute(
                "SELECT name, setting FROM pg_file_settings WHERE sourcefile LIKE '%postgresql.auto.conf'"
            ).fetchall()
        )
        super().warm_up()

    def _direct_run(self, conn: Any, sql: str) -> tuple[bool, str]:
        parts = []
        try:
            cur = conn.cursor()
            if re.match(r"\s*copy\b.*\bto\s+stdout\b", sql, re.I | re.S):
                with cur.copy(sql) as copy:
                    parts.append(b"".join(bytes(b) for b in copy).decode())
                return True, "\n".join(parts)
            cur.execute(sql)
            while True:
                if cur.description:
                    parts.append(repr(cur.fetchall()))
                if not cur.nextset():
                    break
            return True, "\n".join(parts)
        except self.psycopg.Error as exc:
            return False, str(exc)

    def close(self) -> None:
        super().close()
        for name in ("chk", "listener", "victim_conn"):
            with contextlib.suppress(Exception):
                getattr(self, name).close()
        with contextlib.suppress(Exception):
            self.admin.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                               "WHERE slot_name LIKE %s", [PREFIX + "%"])  # fmt: skip
            self.admin.execute("SELECT pg_replication_origin_drop(roname) FROM pg_replication_origin "
                               "WHERE roname LIKE %s", [PREFIX + "%"])  # fmt: skip
            for (name,) in self.admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                              [PREFIX + "%"]).fetchall():  # fmt: skip
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for (name,) in self.admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                              [PREFIX + "%"]).fetchall():  # fmt: skip
                self.admin.execute(f'DROP ROLE IF EXISTS "{name}"')
        with contextlib.suppress(Exception):
            self.admin.close()


# =============================================================================== MariaDB
MY_SETUP = [
    "CREATE TABLE canary (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(100)) ENGINE=InnoDB STATS_AUTO_RECALC=0",
    "INSERT INTO canary (id, v) VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma'), (4, 'delta'), (5, 'epsilon')",
    "CREATE SEQUENCE seq NOCACHE",
    "CREATE FUNCTION wfunc() RETURNS INT MODIFIES SQL DATA "
    "BEGIN INSERT INTO canary (v) VALUES ('wfunc'); RETURN 1; END",
    "CREATE PROCEDURE wproc() MODIFIES SQL DATA DELETE FROM canary WHERE id = 1",
    "CREATE PROCEDURE ddlproc() BEGIN CREATE TABLE made_by_ddlproc (a INT); END",
]

#: server-wide settings an attack must not change (restored after a case that did)
MY_GLOBALS = (
    "general_log", "general_log_file", "slow_query_log", "slow_query_log_file", "log_output", "max_statement_time",
    "sql_mode", "read_only", "local_infile", "event_scheduler", "long_query_time", "init_connect", "tx_read_only",
    "autocommit", "lock_wait_timeout", "max_connections", "log_bin_trust_function_creators", "character_set_server",
    "secure_file_priv", "max_allowed_packet", "wait_timeout",
)  # fmt: skip

MY_SESSION_VARS = (
    "max_statement_time", "sql_mode", "tx_read_only", "transaction_read_only", "autocommit", "character_set_client",
    "character_set_connection", "sql_log_off", "lock_wait_timeout", "foreign_key_checks", "sql_safe_updates",
    "tx_isolation", "max_execution_time",
)  # fmt: skip

MY_STATE = """
SELECT
 (SELECT MD5(GROUP_CONCAT(x ORDER BY x SEPARATOR ',')) FROM (
    SELECT CONCAT('t:', TABLE_NAME, ':', TABLE_TYPE, ':', IFNULL(ENGINE, ''), ':', TABLE_COMMENT, ':',
                  IFNULL(CREATE_TIME, '')) AS x
      FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('c:', TABLE_NAME, ':', COLUMN_NAME, ':', COLUMN_TYPE, ':', IFNULL(COLUMN_DEFAULT, ''))
      FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('r:', ROUTINE_NAME, ':', ROUTINE_TYPE, ':', MD5(IFNULL(ROUTINE_DEFINITION, '')))
      FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('g:', TRIGGER_NAME) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('n:', NAME, ':', TABLE_ID) FROM information_schema.INNODB_SYS_TABLES
      WHERE NAME LIKE CONCAT(DATABASE(), '/%%')
    UNION ALL SELECT CONCAT('e:', EVENT_NAME, ':', STATUS) FROM information_schema.EVENTS
      WHERE EVENT_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('i:', TABLE_NAME, ':', INDEX_NAME, ':', COLUMN_NAME) FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = DATABASE()
    UNION ALL SELECT CONCAT('p:', GRANTEE, ':', PRIVILEGE_TYPE) FROM information_schema.SCHEMA_PRIVILEGES
      WHERE TABLE_SCHEMA = DATABASE()
  ) s) AS `catalog`,
 (SELECT COUNT(*) FROM mysql.global_priv WHERE User LIKE %(prefix)s) AS `users`,
 (SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE %(prefix_sub)s) AS `databases`,
 (SELECT GROUP_CONCAT(PLUGIN_NAME ORDER BY PLUGIN_NAME) FROM information_schema.PLUGINS
   WHERE PLUGIN_LIBRARY IS NOT NULL) AS `plugins`,
 (SELECT MD5(IFNULL(GROUP_CONCAT(CONCAT(table_name, last_update, n_rows) ORDER BY table_name), ''))
   FROM mysql.innodb_table_stats WHERE database_name = DATABASE()) AS `stats:innodb_table_stats`,
 (SELECT COUNT(*) FROM mysql.table_stats WHERE db_name = DATABASE()) AS `stats:table_stats`,
 (SELECT COUNT(*) FROM mysql.column_stats WHERE db_name = DATABASE()) AS `stats:column_stats`,
 IS_USED_LOCK(%(lock)s) IS NOT NULL AS `getlock`,
 (SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = %(victim)s AND COMMAND <> 'Killed') AS `victim`
"""


class MysqlWorld(World):
    engine = "mysql"

    def setup(self) -> None:
        import pymysql

        self.pymysql = pymysql
        self.make_dirs()
        self.dbname = PREFIX
        self.url = f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{self.dbname}"
        self.lock = f"{PREFIX}_lock"
        self.write(self.io / "marker.xml", f"<rows><row><v>{self.secret}</v></row></rows>\n")
        self.admin = self._connect(None)
        self.build()
        self.globals_at_start = self._globals()
        self.faces["cli"] = CliFace(self.url)
        self.faces["mcp"] = McpFace(self.url, self.root / "mcp-state.db")
        self.web_faces([("ro", self.url), ("rw", self.url)])
        self.faces["direct"] = DirectFace(self._direct_open, self._direct_run)
        self.warm_up()

    def _connect(self, db: str | None, **kw: Any) -> Any:
        return self.pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", database=db,
                                    autocommit=True, connect_timeout=5, **kw)  # fmt: skip

    def _direct_open(self) -> Any:
        from pymysql.constants import CLIENT

        return self._connect(self.dbname, local_infile=True, client_flag=CLIENT.MULTI_STATEMENTS)

    def q(self, conn: Any, sql: str, args: Any = None) -> list[tuple[Any, ...]]:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            return list(cur.fetchall())

    def build(self) -> None:
        for name in ("chk", "lockprobe", "victim_conn"):
            with contextlib.suppress(Exception):
                getattr(self, name).close()
        self.q(self.admin, f"DROP DATABASE IF EXISTS `{self.dbname}`")
        self.q(self.admin, f"CREATE DATABASE `{self.dbname}`")
        with contextlib.closing(self._connect(self.dbname)) as c:
            for stmt in MY_SETUP:
                self.q(c, stmt)
        self.chk = self._connect(self.dbname)
        self.lockprobe = self._connect(self.dbname)
        self.q(self.lockprobe, "SET SESSION lock_wait_timeout = 1, SESSION innodb_lock_wait_timeout = 1")
        self.victim_conn = self._connect(self.dbname)

    def helper_ids(self) -> list[int]:
        return [c.thread_id() for c in (self.admin, self.chk, self.lockprobe, self.victim_conn)]

    def subs(self, key: str) -> dict[str, str]:
        marker = str(self.io / "marker.txt")
        return super().subs(key) | {
            "canary": "canary", "db": self.dbname, "seq": "seq", "wfunc": "wfunc", "wproc": "wproc",
            "ddlproc": "ddlproc", "lock": self.lock, "lock_a": PREFIX, "lock_b": "_lock", "tmp": f"{PREFIX}_tmp",
            "victim": str(self.victim_conn.thread_id()), "marker_hex": "0x" + marker.encode().hex(),
            "marker_xml": str(self.io / "marker.xml"),
            "marker_char": ",".join(str(ord(ch)) for ch in marker),
        }  # fmt: skip

    def _globals(self) -> dict[str, str]:
        names = ", ".join(f"'{n}'" for n in MY_GLOBALS)
        return dict(self.q(self.chk, f"SHOW GLOBAL VARIABLES WHERE Variable_name IN ({names})"))

    def snapshot(self) -> dict[str, Any]:
        params = {"prefix": PREFIX + "%", "prefix_sub": PREFIX + "\\_%", "lock": self.lock,
                  "victim": self.victim_conn.thread_id()}  # fmt: skip
        with self.chk.cursor() as cur:
            cur.execute(MY_STATE, params)
            state = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
        for name, value in self._globals().items():
            state[f"globals:{name}"] = value
        for key, sql in (("canary", "SELECT MD5(GROUP_CONCAT(CONCAT_WS(':', id, v) ORDER BY id)) FROM canary"),
                         ("seq", "SELECT next_not_cached_value FROM seq")):  # fmt: skip
            try:
                state[key] = self.q(self.chk, sql)[0][0]
            except self.pymysql.Error as exc:
                state[key] = f"unreadable: {short(str(exc), 60)}"
        # a table lock (LOCK TABLES, FLUSH TABLES WITH READ LOCK) blocks a no-op write for lock_wait_timeout
        try:
            self.q(self.lockprobe, "UPDATE canary SET v = v WHERE id < 0")
            state["tablelock"] = "free"
        except self.pymysql.Error as exc:
            code = exc.args[0] if exc.args else None
            state["tablelock"] = "locked" if code in (1205, 1223) else "free"
        return state

    def session_probe(self, raw: Any, face: Face) -> dict[str, Any]:
        out: dict[str, Any] = {}
        names = ", ".join(f"'{n}'" for n in MY_SESSION_VARS)
        with raw.cursor() as cur:
            cur.execute(f"SHOW SESSION VARIABLES WHERE Variable_name IN ({names})")
            for name, value in cur.fetchall():
                out[f"session:{name}"] = value
            cur.execute("SELECT @@in_transaction")
            out["session:in_transaction"] = cur.fetchone()[0]
            for key, sql, absent in (
                ("session:temporary table", f"SELECT COUNT(*) FROM `{PREFIX}_tmp`", 1146),
                ("handler:canary", "HANDLER canary READ FIRST", 1109),
                ("handler:h", "HANDLER h READ FIRST", 1109),
            ):
                try:
                    cur.execute(sql)
                    cur.fetchall()
                    out[key] = "open"
                except self.pymysql.Error as exc:
                    out[key] = "absent" if exc.args and exc.args[0] == absent else f"error {exc.args[0]}"
        return out

    def engine_reset(self, checks: set[str], face: Face) -> None:
        helpers = set(self.helper_ids())
        for (pid,) in self.q(self.admin, "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = %s OR "
                                         "INFO LIKE %s", [self.dbname, f"%{PREFIX}%"]):  # fmt: skip
            if pid not in helpers:
                with contextlib.suppress(self.pymysql.Error):
                    self.q(self.admin, f"KILL CONNECTION {int(pid)}")
        if "globals" in checks:
            now = self._globals()
            for name, value in self.globals_at_start.items():
                if now.get(name) != value and name != "secure_file_priv":
                    try:
                        number = float(value)
                        self.q(
                            self.admin,
                            f"SET GLOBAL {name} = {number:g}" if "." in value else f"SET GLOBAL {name} = {int(number)}",
                        )
                    except ValueError:
                        self.q(self.admin, f"SET GLOBAL {name} = %s", [value])
        if "users" in checks:
            for user, host in self.q(self.admin, "SELECT User, Host FROM mysql.global_priv WHERE User LIKE %s",
                                     [PREFIX + "%"]):  # fmt: skip
                self.q(self.admin, "DROP USER IF EXISTS %s@%s", [user, host])
        if "databases" in checks:
            for (name,) in self.q(self.admin, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                                              "WHERE SCHEMA_NAME LIKE %s", [PREFIX + "\\_%"]):  # fmt: skip
                self.q(self.admin, f"DROP DATABASE IF EXISTS `{name}`")
        if "plugins" in checks:
            before = set((self.baseline.get("plugins") or "").split(","))
            for name, lib in self.q(self.admin, "SELECT PLUGIN_NAME, PLUGIN_LIBRARY FROM information_schema.PLUGINS "
                                                "WHERE PLUGIN_LIBRARY IS NOT NULL"):  # fmt: skip
                if name not in before:
                    with contextlib.suppress(self.pymysql.Error):
                        self.q(self.admin, f"UNINSTALL SONAME '{lib.removesuffix('.so')}'")
        if "tablelock" in checks:
            with contextlib.suppress(self.pymysql.Error):
                self.q(self.admin, "UNLOCK TABLES")
        unreadable = any(str(v).startswith("unreadable") for v in self.snapshot().values())
        if "catalog" in checks or unreadable:
            self.build()
        else:
            if "canary" in checks:
                self.q(self.chk, "DELETE FROM canary")
                self.q(self.chk, MY_SETUP[1])
            if "seq" in checks:
                self.q(self.chk, "ALTER SEQUENCE seq RESTART WITH 1")
            # statistics that were recomputed stay so: the baseline is taken again
        if "victim" in checks or not self.victim_conn.open:
            self.victim_conn = self._connect(self.dbname)

    def _direct_run(self, conn: Any, sql: str) -> tuple[bool, str]:
        parts = []
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                while True:
                    if cur.description:
                        parts.append(repr(cur.fetchall()))
                    if not cur.nextset():
                        break
            return True, "\n".join(parts)
        except self.pymysql.Error as exc:
            return False, str(exc)

    def close(self) -> None:
        super().close()
        for name in ("chk", "lockprobe", "victim_conn"):
            with contextlib.suppress(Exception):
                getattr(self, name).close()
        with contextlib.suppress(Exception):
            self.engine_reset({"globals"}, self.faces["cli"])  # restored after each case already: a safety net
        with contextlib.suppress(Exception):
            for user, host in self.q(self.admin, "SELECT User, Host FROM mysql.global_priv WHERE User LIKE %s",
                                     [PREFIX + "%"]):  # fmt: skip
                self.q(self.admin, "DROP USER IF EXISTS %s@%s", [user, host])
            for (name,) in self.q(self.admin, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                                              "WHERE SCHEMA_NAME LIKE %s", [PREFIX + "%"]):  # fmt: skip
                self.q(self.admin, f"DROP DATABASE IF EXISTS `{name}`")
        with contextlib.suppress(Exception):
            self.admin.close()


# =============================================================================== SQLite
class SqliteWorld(World):
    engine = "sqlite"

    def setup(self) -> None:
        import sqlite3

        self.sqlite3 = sqlite3
        self.make_dirs()
        self.db = self.root / "db.sqlite"
        self.pristine = self.root / "db.pristine"
        with contextlib.closing(sqlite3.connect(self.db)) as c:
            c.executescript("""
                CREATE TABLE canary (id INTEGER PRIMARY KEY, v TEXT);
                CREATE INDEX canary_v ON canary (v);
                INSERT INTO canary VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma'), (4, 'delta'), (5, 'epsilon');
            """)
            c.commit()
        shutil.copyfile(self.db, self.pristine)
        self.marker_db = self.io / "marker.db"
        with contextlib.closing(sqlite3.connect(self.marker_db)) as c:
            c.execute("CREATE TABLE secret (s TEXT)")
            c.execute("INSERT INTO secret VALUES (?)", [self.secret])
            c.commit()
        os.chmod(self.marker_db, 0o644)
        self.url = f"sqlite:///{self.db}"
        self.chk = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)  # fmt: skip
        self.mem = sqlite3.connect(":memory:", check_same_thread=False)
        self.heap_at_start = self._heap()
        self.faces["cli"] = CliFace(self.url)
        self.faces["mcp"] = McpFace(self.url, self.root / "mcp-state.db")
        self.web_faces([("ro", self.url), ("rw", self.url)])
        self.faces["direct"] = DirectFace(
            lambda: sqlite3.connect(self.db, isolation_level=None, check_same_thread=False), self._direct_run,
            interruptible=True,
        )
        self.warm_up()

    def subs(self, key: str) -> dict[str, str]:
        return super().subs(key) | {"canary": "canary", "marker_db": str(self.marker_db), "db_path": str(self.db)}

    def _heap(self) -> dict[str, Any]:
        return {f"heap:{p}": self.mem.execute(f"PRAGMA {p}").fetchone()
                for p in ("soft_heap_limit", "hard_heap_limit", "temp_store_directory")}  # fmt: skip

    def snapshot(self) -> dict[str, Any]:
        state: dict[str, Any] = {"dbfile": _file_digest(self.db)}
        try:
            rows = self.chk.execute("SELECT group_concat(id || ':' || coalesce(v, ''), ',') FROM "
                                    "(SELECT * FROM canary ORDER BY id)").fetchone()  # fmt: skip
            state["canary"] = rows[0]
        except self.sqlite3.Error as exc:
            state["canary"] = f"unreadable: {exc}"
        state.update(self._heap())
        return state

    def session_probe(self, raw: Any, face: Face) -> dict[str, Any]:
        out: dict[str, Any] = {"session:in_transaction": raw.in_transaction}
        probes = {f"PRAGMA {p}": p for p in ("query_only", "writable_schema", "trusted_schema", "foreign_keys",
                                             "recursive_triggers", "ignore_check_constraints", "defer_foreign_keys",
                                             "cell_size_check")}  # fmt: skip
        probes["SELECT count(*) FROM temp.sqlite_master"] = "temporary objects"  # (this opens "temp")
        probes["PRAGMA database_list"] = "databases"
        for sql, name in probes.items():
            # the session's own authorizer may deny a probe: then it denies the same to an attack,
            # and the value stays "denied" (as in the baseline)
            try:
                rows = raw.execute(sql).fetchall()
                out[f"session:{name}"] = [r[1] for r in rows] if name == "databases" else rows
            except self.sqlite3.DatabaseError as exc:
                out[f"session:{name}"] = f"denied: {exc}"
        return out

    def engine_reset(self, checks: set[str], face: Face) -> None:
        for name in ("mcp", "direct"):
            self.faces[name].drop_session()
        if checks & {"canary", "dbfile", "catalog"}:
            self.chk.close()
            for suffix in ("-journal", "-wal", "-shm"):
                _remove(Path(str(self.db) + suffix))
            shutil.copyfile(self.pristine, self.db)
            self.chk = self.sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, isolation_level=None,
                                            check_same_thread=False)  # fmt: skip
        if "heap" in checks:
            soft = self.heap_at_start["heap:soft_heap_limit"][0]
            self.mem.execute(f"PRAGMA soft_heap_limit = {int(soft)}")
            directory = self.heap_at_start["heap:temp_store_directory"]
            self.mem.execute(f"PRAGMA temp_store_directory = '{(directory or [''])[0] or ''}'")

    def _direct_run(self, conn: Any, sql: str) -> tuple[bool, str]:
        try:
            try:
                cur = conn.execute(sql)
                return True, repr(cur.fetchall())
            except self.sqlite3.ProgrammingError as exc:
                if "one statement at a time" not in str(exc):
                    raise
                conn.executescript(sql)
                return True, ""
        except self.sqlite3.Error as exc:
            return False, str(exc)

    def close(self) -> None:
        super().close()
        for c in (self.chk, self.mem):
            with contextlib.suppress(Exception):
                c.close()


# =============================================================================== DuckDB
#: one query per item: a session without file access cannot run some of them (they list
#: files), and then it reads "unavailable" in the baseline and after every attempt alike
DK_STATE = {
    "catalog": """SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
        SELECT 't' || database_name || schema_name || table_name || coalesce(sql, '') AS x FROM duckdb_tables()
          WHERE NOT temporary
        UNION ALL SELECT 'v' || database_name || schema_name || view_name FROM duckdb_views() WHERE NOT internal
        UNION ALL SELECT 'q' || database_name || schema_name || sequence_name FROM duckdb_sequences()
        UNION ALL SELECT 'i' || database_name || index_name FROM duckdb_indexes()
        UNION ALL SELECT 's' || database_name || schema_name FROM duckdb_schemas() WHERE NOT internal)""",
    "seq": "SELECT last_value FROM duckdb_sequences() WHERE sequence_name = 'seq'",
    "canary": "SELECT md5(string_agg(id || ':' || coalesce(v, ''), ',' ORDER BY id)) FROM canary",
    # instance state (only read through a kept session: see DuckdbWorld)
    "globals:attached": "SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()",
    "globals:settings": "SELECT md5(string_agg(name || '=' || coalesce(value, ''), ';' ORDER BY name)) "
    "FROM duckdb_settings() WHERE scope = 'GLOBAL'",
    "globals:loaded extensions": "SELECT string_agg(extension_name, ',' ORDER BY extension_name) "
    "FROM duckdb_extensions() WHERE loaded",
    "secrets": "SELECT count(*) FROM duckdb_secrets()",
}

DK_SESSION = {
    "settings": "SELECT md5(string_agg(name || '=' || coalesce(value, ''), ';' ORDER BY name)) FROM duckdb_settings()",
    "temporary tables": "SELECT count(*) FROM duckdb_tables() WHERE temporary",
    # (listing duckdb_functions() costs 50 ms: call the one macro an attack makes instead)
    "macro": f"SELECT {PREFIX}_new(1)",
    "variables": "SELECT count(*) FROM duckdb_variables()",
    "attached": "SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()",
    "secrets": "SELECT count(*) FROM duckdb_secrets()",
}


class DuckdbWorld(World):
    """Two files: ``ro`` for the read-only faces and ``rw`` for the analyst and the direct face:
    DuckDB refuses two configurations of one file in one process, and aishell opens a
    read-only file with a configuration of its own.  So this world never keeps a connection
    of its own to a file: it reads an instance's state through a cursor of the session that
    keeps it open (MCP for ``ro``, the direct face for ``rw``), or, when none does, through a
    short-lived connection (no aishell connection is open between cases)."""

    engine = "duckdb"

    def setup(self) -> None:
        import duckdb

        self.duckdb = duckdb
        self.make_dirs()
        self.files = {"ro": self.root / "ro.duckdb", "rw": self.root / "rw.duckdb"}
        for path in self.files.values():
            with contextlib.closing(duckdb.connect(str(path))) as c:
                c.execute("CREATE TABLE canary (id INTEGER PRIMARY KEY, v VARCHAR)")
                c.execute("INSERT INTO canary VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma'), (4, 'delta'), "
                          "(5, 'epsilon')")  # fmt: skip
                c.execute("CREATE SEQUENCE seq")
            shutil.copyfile(path, str(path) + ".pristine")
        self.write(self.io / "marker.csv", f"{self.secret}\n{self.secret}\n")
        self.write(self.io / "marker.json", json.dumps({"s": self.secret}) + "\n")
        with contextlib.closing(duckdb.connect()) as c:
            c.execute(f"COPY (SELECT '{self.secret}' AS \"{self.secret}\") TO '{self.io / 'marker.parquet'}' "
                      "(FORMAT parquet)")  # fmt: skip
        with contextlib.closing(duckdb.connect(str(self.io / "marker.ddb"))) as c:
            c.execute("CREATE TABLE secret AS SELECT ? AS s", [self.secret])
        for name in ("marker.parquet", "marker.ddb"):
            os.chmod(self.io / name, 0o644)
        self.urls = {k: f"duckdb:///{p}" for k, p in self.files.items()}
        home = Path(os.path.expanduser("~")) / ".duckdb"
        self.extra_dirs["extdir"] = (home, True, set(), True)
        self.faces["cli"] = CliFace(self.urls["ro"])
        self.faces["mcp"] = McpFace(self.urls["ro"], self.root / "mcp-state.db")
        self.web_faces([("ro", self.urls["ro"]), ("rw", self.urls["rw"])])
        self.faces["analyst"].instance = "rw"
        self.faces["direct"] = DirectFace(lambda: duckdb.connect(str(self.files["rw"])), self._direct_run,
                                           interruptible=True)
        self.faces["direct"].instance = "rw"
        self.warm_up()

    def subs(self, key: str) -> dict[str, str]:
        marker = str(self.io / "marker.txt")
        return super().subs(key) | {
            "canary": "canary", "seq": "seq", "marker_csv": str(self.io / "marker.csv"),
            "marker_json": str(self.io / "marker.json"), "marker_parquet": str(self.io / "marker.parquet"),
            "marker_ddb": str(self.io / "marker.ddb"),
            "marker_chr": "||".join(f"chr({ord(ch)})" for ch in marker),
        }  # fmt: skip

    def _reader(self, which: str) -> tuple[Any, bool]:
        """A connection to the instance of ``which``, and whether a kept session holds that instance."""
        keeper = self.faces["mcp" if which == "ro" else "direct"].raw()
        if keeper is not None:
            return keeper.cursor(), True
        return self.duckdb.connect(str(self.files[which]), read_only=which == "ro"), False

    def _value(self, conn: Any, sql: str) -> Any:
        try:
            return conn.execute(sql).fetchone()[0]
        except self.duckdb.Error:
            # the state, not the message: DuckDB words the same refusal differently on later calls
            return "unavailable"

    def snapshot(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for which in ("ro", "rw"):
            conn, kept = self._reader(which)
            try:
                for key, sql in DK_STATE.items():
                    check, _, detail = key.partition(":")
                    if check in ("globals", "secrets") and not kept:
                        continue  # instance state: only a kept instance can carry it to the next statement
                    value = self._value(conn, sql)
                    if check == "canary" and str(value).startswith("unavailable"):
                        value = "unreadable: " + value  # the table is gone or changed
                    state[f"{check}:{which} {detail}".rstrip()] = value
            finally:
                conn.close()
        state["dbfile:ro"] = _file_digest(self.files["ro"])
        return state

    def session_probe(self, raw: Any, face: Face) -> dict[str, Any]:
        out = {f"session:{k}": self._value(raw, sql) for k, sql in DK_SESSION.items()}
        out["session:macro"] = "absent" if out["session:macro"] == "unavailable" else "present"
        return out

    def warm_up(self) -> None:
        super().warm_up()
        self.faces["direct"].drop_session()  # it would hold the read-write file with a plain configuration

    def engine_reset(self, checks: set[str], face: Face) -> None:
        # every session is closed (World.reset): the instances are gone; put the files back
        if checks & {"canary", "catalog", "dbfile", "seq"}:
            for path in self.files.values():
                _remove(Path(str(path) + ".wal"))
                shutil.copyfile(str(path) + ".pristine", path)
        self.faces["mcp"].run("SELECT 1")  # the kept session again: the baseline reads the instance through it

    def _direct_run(self, conn: Any, sql: str) -> tuple[bool, str]:
        try:
            cur = conn.execute(sql)
            return True, repr(cur.fetchall()) if cur.description else ""
        except self.duckdb.Error as exc:
            return False, str(exc)


WORLDS: dict[str, type[World]] = {"postgres": PostgresWorld, "mysql": MysqlWorld, "sqlite": SqliteWorld,
                                  "duckdb": DuckdbWorld}  # fmt: skip


def writable_tmp_root() -> Path:
    """A directory the database servers can read (markers) and write (attack targets) in."""
    root = Path(f"/tmp/aishell-sec-{RUN_ID}")
    root.mkdir(mode=0o755, exist_ok=True)
    os.chmod(root, 0o755)
    return root
