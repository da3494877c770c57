#!/usr/bin/env python3
"""Benchmark: start-up to the first result, and the REPL reaching its prompt.

Three parts, each printed as a table of medians and ratios:

1. one-shot ``select 1``, on SQLite, PostgreSQL and MariaDB:
   ``aishell query --db URL "select 1"`` against ``psql -c``, ``sqlite3``,
   ``mariadb -e``, ``pgcli -c`` and ``litecli -e`` (each skipped, with a message,
   when it is not installed), plus ``python -c pass`` (the interpreter's own floor)
   and ``aishell --version``.  ``aishell query (new statement)`` runs a statement
   it has not seen before each time (``select 1 as nN``): the classification cache
   of the state store cannot answer, sqlglot loads and parses;
2. the interactive shell reaching its prompt, driven through a pseudo-terminal
   (pexpect): ``aishell``, ``psql``, ``sqlite3``, ``pgcli``, ``litecli``;
3. ``python -X importtime -m aishell query ... "select 1"`` (and the REPL up
   to its prompt): the modules that cost most, grouped by top-level package,
   with the import chain and the source line that pulls each one in.

The one-shot table also gives each process's median CPU time (user+system from ``wait4``),
steadier than wall time on a busy machine; ``--base-src DIR`` adds the aishell rows again
with aishell imported from another source tree (``git archive HEAD src | tar -x -C DIR``),
interleaved with the others: before and after in one run.

Run: ``.venv/bin/python bench/startup.py [--runs N] [--repl-runs N] [--base-src DIR/src]``.
Competitors are looked up on PATH, then in ``$BENCH_VENV`` and /tmp/bench-venv
(install pgcli and litecli there, never into the project's venv).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_MYSQL_URL = "mysql://root@127.0.0.1:3306/test"
BENCH_VENVS = [os.environ.get("BENCH_VENV", ""), "/tmp/bench-venv"]
ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07|\r")
CPR_REQUEST = b"\x1b[6n"


@dataclass
class Case:
    group: str
    name: str
    argv: list[str]
    expect: str = "1"  # must appear in the output of a check run
    times: list[float] = field(default_factory=list)
    error: str | None = None
    cpu: list[float] = field(default_factory=list)  # user+system seconds of the process (wait4)
    env: dict[str, str] = field(default_factory=dict)  # added to the environment (--base-src)


def find_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for venv in BENCH_VENVS:
        if venv and (Path(venv) / "bin" / name).exists():
            return str(Path(venv) / "bin" / name)
    return None


def load() -> str:
    """The load average: other work on the machine skews the timings."""
    one, five, _ = os.getloadavg()
    busy = "  (busy: other processes compete for the CPUs)" if one > 0.5 * (os.cpu_count() or 1) else ""
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min){busy}"


def pg_args(url: str) -> list[str]:
    parts = urlsplit(url)
    args = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    if parts.username:
        args += ["-U", parts.username]
    return [*args, "-d", parts.path.lstrip("/")]


# --------------------------------------------------------------------------- one-shot
def my_args(url: str) -> list[str]:
    parts = urlsplit(url)
    args = ["-h", parts.hostname or "127.0.0.1", "-P", str(parts.port or 3306)]
    if parts.username:
        args += ["-u", parts.username]
    return [*args, parts.path.lstrip("/")]


#: a statement never run before, each time: ``{n}`` is replaced by a counter
NEW_STATEMENT = "select 1 as n{n}"


def one_shot_cases(aishell: str, sqlite_url: str, sqlite_file: Path, pg_url: str | None,
                   mysql_url: str | None = None) -> list[Case]:  # fmt: skip
    cases = [
        Case("floor", "python -c pass", [sys.executable, "-c", "pass"], expect=""),
        Case("floor", "aishell --version", [aishell, "--version"], expect="aishell"),
        Case("sqlite", "aishell query", [aishell, "query", "--db", sqlite_url, "select 1"]),
        Case("sqlite", "aishell query (new statement)", [aishell, "query", "--db", sqlite_url, NEW_STATEMENT]),
    ]
    skipped = []
    if sqlite3_cli := find_tool("sqlite3"):
        cases.append(Case("sqlite", "sqlite3", [sqlite3_cli, str(sqlite_file), "select 1"]))
    else:
        skipped.append("sqlite3")
    if litecli := find_tool("litecli"):
        cases.append(Case("sqlite", "litecli -e", [litecli, str(sqlite_file), "-e", "select 1"]))
    else:
        skipped.append("litecli")
    if pg_url:
        cases.append(Case("postgres", "aishell query", [aishell, "query", "--db", pg_url, "select 1"]))
        cases.append(Case("postgres", "aishell query (new statement)", [aishell, "query", "--db", pg_url,
                                                                          NEW_STATEMENT]))  # fmt: skip
        if psql := find_tool("psql"):
            cases.append(Case("postgres", "psql -c", [psql, "-X", *pg_args(pg_url), "-c", "select 1"]))
        else:
            skipped.append("psql")
        if pgcli := find_tool("pgcli"):
            cases.append(Case("postgres", "pgcli -c", [pgcli, pg_url, "--less-chatty", "-c", "select 1"]))
        else:
            skipped.append("pgcli")
    if mysql_url:
        cases.append(Case("mysql", "aishell query", [aishell, "query", "--db", mysql_url, "select 1"]))
        cases.append(Case("mysql", "aishell query (new statement)", [aishell, "query", "--db", mysql_url,
                                                                       NEW_STATEMENT]))  # fmt: skip
        if client := find_tool("mariadb") or find_tool("mysql"):
            cases.append(Case("mysql", "mariadb -e", [client, *my_args(mysql_url), "-e", "select 1"]))
        else:
            skipped.append("mariadb")
    for name in skipped:
        print(f"skipped {name}: not installed (pgcli/litecli: pip install into a separate venv, e.g. /tmp/bench-venv)")
    return cases


_RUN_COUNTER = iter(range(1, 1 << 62))


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user+system, from wait4) seconds of one run, output discarded."""
    if any("{n}" in a for a in argv):
        n = f"{os.getpid()}_{next(_RUN_COUNTER)}"
        argv = [a.replace("{n}", n) for a in argv]
    start = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = 0  # reaped above
    return wall, usage.ru_utime + usage.ru_stime


def base_cases(cases: list[Case], src: str) -> list[Case]:
    """The aishell cases again, with aishell imported from another source tree (before/after)."""
    return [Case(c.group, c.name + " (base)", c.argv, c.expect, env={"PYTHONPATH": src})
            for c in cases if c.name.startswith("aishell")]  # fmt: skip


def run_one_shot(cases: list[Case], env: dict[str, str], runs: int, warmup: int) -> None:
    for case in cases:  # a check run: exit code and output
        argv = [a.replace("{n}", "0") for a in case.argv]
        r = subprocess.run(argv, env={**env, **case.env}, capture_output=True, text=True, timeout=60,
                           stdin=subprocess.DEVNULL)  # fmt: skip
        if r.returncode != 0 or case.expect not in r.stdout:
            case.error = f"rc={r.returncode}: {(r.stderr or r.stdout).strip()[-300:]}"
    live = [c for c in cases if c.error is None]
    for _ in range(warmup):
        for case in live:
            timed(case.argv, {**env, **case.env})
    for _ in range(runs):  # interleaved, so drift hits every tool alike
        for case in live:
            wall, cpu = timed(case.argv, {**env, **case.env})
            case.times.append(wall)
            case.cpu.append(cpu)


# --------------------------------------------------------------------------- REPL
@dataclass
class ReplCase:
    group: str
    name: str
    argv: list[str]
    prompt: str  # regex, matched on the output with escape sequences removed
    quit: str = "\\q\r"
    times: list[float] = field(default_factory=list)
    error: str | None = None


def repl_cases(aishell: str, sqlite_url: str, sqlite_file: Path, pg_url: str | None) -> list[ReplCase]:
    stem = re.escape(sqlite_file.name)
    # prompt_toolkit draws the prompt's trailing space with cursor moves: match up to ">"
    cases = [ReplCase("sqlite", "aishell", [aishell, "--db", sqlite_url], rf"sqlite:{stem}>")]
    skipped = []
    if sqlite3_cli := find_tool("sqlite3"):
        cases.append(ReplCase("sqlite", "sqlite3", [sqlite3_cli, str(sqlite_file)], r"sqlite> ", quit=".quit\r"))
    else:
        skipped.append("sqlite3")
    if litecli := find_tool("litecli"):
        argv = [litecli, str(sqlite_file), "--prompt", "LITECLI> "]
        cases.append(ReplCase("sqlite", "litecli", argv, r"LITECLI>", quit="\\q\r"))
    else:
        skipped.append("litecli")
    if pg_url:
        parts = urlsplit(pg_url)
        where = re.escape(f"{parts.username + '@' if parts.username else ''}{parts.hostname}/{parts.path.lstrip('/')}")
        cases.append(ReplCase("postgres", "aishell", [aishell, "--db", pg_url], rf"{where}>"))
        if psql := find_tool("psql"):
            cases.append(ReplCase("postgres", "psql", [psql, "-X", *pg_args(pg_url)], r"\S+=[#>] "))
        else:
            skipped.append("psql")
        if pgcli := find_tool("pgcli"):
            cases.append(ReplCase("postgres", "pgcli", [pgcli, pg_url, "--prompt", "PGCLI> "], r"PGCLI>"))
        else:
            skipped.append("pgcli")
    for name in sorted(set(skipped)):
        print(f"skipped {name} (REPL): not installed")
    return cases


def time_to_prompt(argv: list[str], prompt: str, quit_keys: str, env: dict[str, str], timeout: float = 30) -> float:
    """Seconds from spawning ``argv`` in a pseudo-terminal until ``prompt`` is shown."""
    import pexpect

    pattern = re.compile(prompt.encode())
    buf = b""
    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], env=env, dimensions=(50, 200), timeout=timeout)
    try:
        while True:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"no prompt after {timeout:.0f} s; saw {ANSI.sub(b'', buf)[-300:]!r}")
            try:
                chunk = child.read_nonblocking(65536, timeout=0.02)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                raise RuntimeError(f"exited before its prompt; output: {ANSI.sub(b'', buf)[-300:]!r}") from None
            buf += chunk
            if CPR_REQUEST in chunk:  # answer cursor-position requests like a terminal would
                child.send("\x1b[1;1R")
            if pattern.search(ANSI.sub(b"", buf)):
                elapsed = time.perf_counter() - start
                break
        child.send(quit_keys)
        try:
            child.expect(pexpect.EOF, timeout=10)
        except pexpect.TIMEOUT:
            child.sendcontrol("d")
            child.expect(pexpect.EOF, timeout=5)
        return elapsed
    finally:
        if child.isalive():
            child.terminate(force=True)
        child.close()


def run_repl(cases: list[ReplCase], env: dict[str, str], runs: int) -> None:
    try:
        import pexpect  # noqa: F401
    except ImportError:
        print("skipped the REPL part: pexpect is not installed (pip install pexpect)")
        for case in cases:
            case.error = "pexpect missing"
        return
    for case in cases:  # one unmeasured run each (also the check)
        try:
            time_to_prompt(case.argv, case.prompt, case.quit, env)
        except Exception as exc:
            case.error = str(exc)[:300]
    for _ in range(runs):
        for case in cases:
            if case.error is None:
                try:
                    case.times.append(time_to_prompt(case.argv, case.prompt, case.quit, env))
                except Exception as exc:
                    case.error = str(exc)[:300]


# --------------------------------------------------------------------------- import time
@dataclass
class Imp:
    name: str
    self_us: int
    cum_us: int
    depth: int


def parse_importtime(text: str) -> list[Imp]:
    out = []
    for line in text.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            out.append(Imp(m.group(4), int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2))
    return out


def chain(imps: list[Imp], i: int) -> list[str]:
    """The import chain to ``imps[i]``: -X importtime prints children before parents."""
    names = [imps[i].name]
    depth = imps[i].depth
    for imp in imps[i + 1 :]:
        if imp.depth < depth:
            names.append(imp.name)
            depth = imp.depth
            if depth == 0:
                break
    return names[::-1]


def source_line(importer: str, imported: str) -> str | None:
    """``file:line: text`` of the statement in ``importer``'s source that imports ``imported``."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(importer)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    parent, _, leaf = imported.rpartition(".")
    pats = [re.compile(rf"^\s*(from\s+{re.escape(imported)}[\s.]|import\s+{re.escape(imported)}\b)")]
    if parent:
        pats.append(re.compile(rf"^\s*from\s+{re.escape(parent)}\s+import\s+.*\b{re.escape(leaf)}\b"))
    try:
        lines = Path(spec.origin).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    origin = Path(spec.origin).resolve()
    shown = str(origin.relative_to(Path.cwd())) if origin.is_relative_to(Path.cwd()) else str(origin)
    for no, text in enumerate(lines, 1):
        if any(pat.search(text) for pat in pats):
            return f"{shown}:{no}: {text.strip()} ({_scope(lines, no - 1)})"
    return None


def _scope(lines: list[str], index: int) -> str:
    """Whether ``lines[index]`` runs at import time or inside a function."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for text in reversed(lines[:index]):
        stripped = text.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        level = len(text) - len(stripped)
        if level < indent:
            if stripped.startswith(("def ", "async def ")):
                return f"inside a function: {stripped.split('(')[0]}"
            indent = level
            if level == 0:
                break
    return "runs at import time"


def _group(name: str) -> str:
    """Third-party and stdlib modules group by top-level package; aishell by subpackage."""
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "aishell" else parts[0]


def summarize_imports(label: str, text: str, top: int) -> None:
    imps = parse_importtime(text)
    if not imps:
        print(f"\n{label}: no -X importtime output")
        return
    total = sum(i.self_us for i in imps)
    groups: dict[str, int] = {}
    first: dict[str, int] = {}
    for k, imp in enumerate(imps):
        pkg = _group(imp.name)
        groups[pkg] = groups.get(pkg, 0) + imp.self_us
        first.setdefault(pkg, k)
    print(f"\n{label}: {len(imps)} modules, {total / 1000:.1f} ms of imports in total (self times summed)")
    print(f"  {'package':<26} {'ms':>6}   first imported through")
    for pkg, us in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        path = chain(imps, first[pkg])
        outer = next(j for j, n in enumerate(path) if _group(n) == pkg)
        print(f"  {pkg:<26} {us / 1000:6.1f}   {' -> '.join(path[: outer + 1])}")
        if outer > 0:
            where = source_line(path[outer - 1], path[outer])
            if where:
                print(f"  {'':<26} {'':>6}   at {where}")
        else:
            print(f"  {'':<26} {'':>6}   (imported while no other import ran: from function code)")
    slowest = sorted(imps, key=lambda i: -i.self_us)[:8]
    print("  slowest single modules (self ms): " + ", ".join(f"{i.name} {i.self_us / 1000:.1f}" for i in slowest))


def run_importtime(aishell_py: str, args: list[str], env: dict[str, str]) -> str:
    r = subprocess.run([aishell_py, "-X", "importtime", "-m", "aishell", *args], env=env, capture_output=True,
                       text=True, timeout=120, stdin=subprocess.DEVNULL)  # fmt: skip
    return r.stderr


def repl_importtime(aishell_py: str, db: str, prompt: str, env: dict[str, str], scratch: Path) -> str:
    """-X importtime of the REPL up to its prompt (stderr to a file, the terminal on stdout)."""
    log = scratch / "repl-importtime.txt"
    sh = 'exec "$0" -X importtime -m aishell --db "$1" 2>"$2"'
    try:
        time_to_prompt(["/bin/sh", "-c", sh, aishell_py, db, str(log)], prompt, "\\q\r", env)
    except Exception as exc:
        print(f"REPL importtime failed: {exc}")
    return log.read_text(errors="replace") if log.exists() else ""


# --------------------------------------------------------------------------- report
def print_table(title: str, rows: list[tuple[str, str, list[float], str | None]], base: dict[str, str],
                cpu: dict[tuple[str, str], list[float]] | None = None) -> None:  # fmt: skip
    """Medians per tool; ``cpu``: CPU seconds per (group, name), shown as a median after the ratio."""
    print(f"\n{title}")
    print(f"  {'engine':<9} {'tool':<38} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'n':>3}  ratio")
    medians = {(g, n): statistics.median(t) for g, n, t, e in rows if t and e is None}
    for group, name, times, error in rows:
        if error is not None or not times:
            print(f"  {group:<9} {name:<38} {'-':>10} {'':>8} {'':>8} {'':>3}  failed: {error}")
            continue
        med = medians[(group, name)]
        ref = medians.get((group, base.get(group, "")))
        ratio = f"{med / ref:.2f}x {base[group]}" if ref else ""
        spent = (cpu or {}).get((group, name))
        if spent:
            ratio += f"  (CPU median {statistics.median(spent) * 1000:.0f} ms)"
        print(f"  {group:<9} {name:<38} {med * 1000:10.1f} {min(times) * 1000:8.1f} {max(times) * 1000:8.1f} "
              f"{len(times):3d}  {ratio}")  # fmt: skip


def print_ratios(rows: list[tuple[str, str, list[float]]], ours: str) -> None:
    """aishell's median over every other tool's, per engine."""
    for group in ("sqlite", "postgres", "mysql"):
        mine = next((t for g, n, t in rows if g == group and n == ours and t), None)
        if not mine:
            continue
        for g, name, times in rows:
            if g == group and name != ours and times and not name.startswith(f"{ours} (new"):
                print(f"  {group}: aishell / {name} = {statistics.median(mine) / statistics.median(times):.2f}x")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--runs", type=int, default=20, help="measured one-shot runs per tool (default 20)")
    p.add_argument("--warmup", type=int, default=2, help="unmeasured one-shot runs per tool (default 2)")
    p.add_argument("--repl-runs", type=int, default=10, help="measured REPL start-ups per tool (default 10)")
    p.add_argument("--pg-url", default=DEFAULT_PG_URL, help=f"PostgreSQL to use (default {DEFAULT_PG_URL})")
    p.add_argument("--no-pg", action="store_true", help="no PostgreSQL")
    p.add_argument("--mysql-url", default=DEFAULT_MYSQL_URL,
                   help=f"MariaDB/MySQL to use, one-shot part only (default {DEFAULT_MYSQL_URL})")  # fmt: skip
    p.add_argument("--no-mysql", action="store_true", help="no MariaDB/MySQL")
    p.add_argument("--no-repl", action="store_true", help="skip the REPL part")
    p.add_argument("--no-importtime", action="store_true", help="skip the -X importtime part")
    p.add_argument("--top", type=int, default=12, help="packages listed per import-time report (default 12)")
    p.add_argument("--aishell", help="aishell executable (default: next to this python)")
    p.add_argument("--base-src", metavar="DIR",
                   help="also time aishell imported from this source tree (its 'src' folder), interleaved")  # fmt: skip
    p.add_argument("--bytecode-as-is", action="store_true",
                   help="keep the environment's bytecode settings (default: .pyc cache in a scratch dir)")  # fmt: skip
    args = p.parse_args(argv)
    if args.runs < 1 or args.repl_runs < 0 or args.warmup < 0:
        p.error("--runs must be positive, --repl-runs and --warmup not negative")

    aishell = args.aishell or str(Path(sys.executable).parent / "aishell")
    if not Path(aishell).exists():
        print(f"aishell not found at {aishell}")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="aishell-startup-"))
    home = scratch / "home"
    (home / "aishell").mkdir(parents=True)
    env = dict(os.environ)
    env.update(AISHELL_HOME=str(home / "aishell"), AISHELL_PAGER="", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"), PAGER="cat",
               TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", COLUMNS="200", LINES="50",
               PSQL_HISTORY=str(home / ".psql_history"))  # fmt: skip
    if not args.bytecode_as_is:
        # an installed aishell has .pyc files; with PYTHONDONTWRITEBYTECODE=1 an editable
        # install would compile its sources on every start: cache them in the scratch folder
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env.pop("AISHELL_DB", None)
    env.pop("DATABASE_URL", None)
    sqlite_file = scratch / "bench.db"
    with sqlite3.connect(sqlite_file) as db:
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"row {i}") for i in range(100)])
    sqlite_url = f"sqlite:///{sqlite_file}"
    pg_url = None if args.no_pg else args.pg_url
    if pg_url:
        psql = find_tool("psql")
        if psql:
            r = subprocess.run([psql, "-X", *pg_args(pg_url), "-Atc", "select 1"], capture_output=True, text=True,
                               timeout=30, env=env)  # fmt: skip
            if r.returncode != 0:
                print(f"PostgreSQL at {pg_url} not reachable ({r.stderr.strip()}); SQLite only")
                pg_url = None

    mysql_url = None if args.no_mysql else args.mysql_url
    if mysql_url and (client := find_tool("mariadb") or find_tool("mysql")):
        r = subprocess.run([client, *my_args(mysql_url), "-e", "select 1"], capture_output=True, text=True,
                           timeout=30, env=env)  # fmt: skip
        if r.returncode != 0:
            print(f"MariaDB at {mysql_url} not reachable ({r.stderr.strip()}); skipped")
            mysql_url = None

    print(f"aishell start-up benchmark  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    print(f"machine: {os.cpu_count()} CPUs; python {sys.version.split()[0]}; {load()}; scratch {scratch}")
    try:
        cases = one_shot_cases(aishell, sqlite_url, sqlite_file, pg_url, mysql_url)
        if args.base_src:
            cases += base_cases(cases, args.base_src)
        run_one_shot(cases, env, args.runs, args.warmup)
        base = {"floor": "python -c pass", "sqlite": "sqlite3", "postgres": "psql -c", "mysql": "mariadb -e"}
        print_table("one-shot: start-up to the first result of `select 1` (wall time per process)",
                    [(c.group, c.name, c.times, c.error) for c in cases], base,
                    {(c.group, c.name): c.cpu for c in cases})  # fmt: skip
        print_ratios([(c.group, c.name, c.times) for c in cases], "aishell query")
        if not args.no_repl and args.repl_runs:
            rcases = repl_cases(aishell, sqlite_url, sqlite_file, pg_url)
            run_repl(rcases, env, args.repl_runs)
            rows = [(c.group, c.name, c.times, c.error) for c in rcases]
            print_table("REPL: spawn in a pseudo-terminal until the prompt is drawn", rows,
                        {"sqlite": "sqlite3", "postgres": "psql"})  # fmt: skip
            print_ratios([(c.group, c.name, c.times) for c in rcases], "aishell")
        print(f"\nafter the timed runs: {load()}")
        if not args.no_importtime:
            py = str(Path(aishell).parent / "python")
            py = py if Path(py).exists() else sys.executable
            summarize_imports("-X importtime: aishell query --db sqlite:... \"select 1\"",
                              run_importtime(py, ["query", "--db", sqlite_url, "select 1"], env), args.top)  # fmt: skip
            if pg_url:
                summarize_imports("-X importtime: aishell query --db postgresql:... \"select 1\"",
                                  run_importtime(py, ["query", "--db", pg_url, "select 1"], env), args.top)  # fmt: skip
            summarize_imports("-X importtime: aishell --version", run_importtime(py, ["--version"], env), args.top)
            if not args.no_repl:
                prompt = rf"sqlite:{re.escape(sqlite_file.name)}>"
                summarize_imports("-X importtime: the REPL (sqlite) up to its prompt",
                                  repl_importtime(py, sqlite_url, prompt, env, scratch), args.top)  # fmt: skip
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
