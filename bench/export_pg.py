#!/usr/bin/env python3
"""Benchmark: export a PostgreSQL table to CSV with aishell, psql and pgcli.

Creates a throwaway database on the server (dropped at the end), loads
``--rows`` rows (int id, text with commas and quotes, numeric, timestamptz,
boolean, a nullable text with NULLs and empty strings), then exports the whole
table to CSV several ways, ``--repeat`` times each in interleaved rounds, and
prints the best and median wall time, the peak RSS of the exporting process
(``ru_maxrss`` from ``wait4``) and the ratio to psql.  Finally it checks that
every tool wrote the same rows as psql (sorted, byte for byte) and describes
any formatting difference.

Ways (a missing tool is skipped, with a message):

* ``aishell``            ``aishell query --db URL --format csv -o FILE "SELECT * FROM t"``
                         (the COPY fast path)
* ``aishell rows``       the same session and CSV writer with the COPY fast path
                         switched off: the generic fetch-and-format path
* ``psql \\copy (query)`` ``psql -c "\\copy (SELECT * FROM t) to FILE csv header"``
                         (the baseline: the same server work as aishell)
* ``psql \\copy t``       ``psql -c "\\copy t to FILE csv header"``
* ``pgcli \\copy``        ``pgcli URL -c "\\copy t to FILE csv header"``

Run: ``.venv/bin/python bench/export_pg.py [--rows N] [--repeat N] [--profile]``.
Only stdlib and psycopg (from the project's venv) are needed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
#: where the competitors live when they are kept out of the project's venv
BENCH_VENVS = [os.environ.get("BENCH_VENV", ""), "/tmp/bench-venv"]
GOAL_RATIO = 1.3
GOAL_RSS_MB = 150.0

TABLE_DDL = """
CREATE TABLE t (
    id         integer PRIMARY KEY,
    name       text NOT NULL,
    amount     numeric(12, 2) NOT NULL,
    created_at timestamptz NOT NULL,
    active     boolean NOT NULL,
    note       text
)
"""

#: deterministic data: commas and quotes in ``name`` (CSV quoting), microseconds
#: in ``created_at``, NULLs (10 %) and empty strings (~1 %) in ``note``
LOAD_SQL = """
INSERT INTO t
SELECT g,
       'customer ' || g || CASE WHEN g % 50 = 0 THEN ', "vip"' ELSE '' END,
       ((g::bigint * 7919) % 10000000) / 100.0,
       timestamptz '2020-01-01 00:00:00+00' + g * interval '61.123457 seconds',
       g % 3 = 0,
       CASE WHEN g % 10 = 0 THEN NULL WHEN g % 97 = 0 THEN '' ELSE md5(g::text) END
FROM generate_series(1, %s) AS g
"""

#: the COPY fast path switched off: the session streams rows into the CSV writer
ROWS_PATH_CODE = """
import sys
from aishell.cli.main import make_session
from aishell.output.formats import CSVWriter
url, sql, path = sys.argv[1:4]
session = make_session(url, interactive=False)
with open(path, "w", encoding="utf-8", newline="") as out:
    writer = CSVWriter(out)  # no ``binary``: raw_csv is None, so no COPY
    result = session.run(sql, writer)
    writer.close()
session.close()
sys.exit(0 if result.ok else 1)
"""


# --------------------------------------------------------------------------- measuring
@dataclass
class Run:
    wall: float
    rss_kb: int
    rc: int
    cpu: float  # user + system seconds of the child
    stderr: str


@dataclass
class Way:
    name: str
    argv: list[str]
    out: Path
    compare: bool = True  # check the output against psql's
    runs: list[Run] = field(default_factory=list)

    @property
    def ok_runs(self) -> list[Run]:
        return [r for r in self.runs if r.rc == 0]


def measure(argv: list[str], env: dict[str, str], scratch: Path) -> Run:
    """Run ``argv`` to completion; wall time and the child's peak RSS (wait4)."""
    err_path = scratch / "stderr.txt"
    with open(err_path, "wb") as err, open(os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4, tell Popen
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, usage.ru_maxrss, proc.returncode, cpu, err_path.read_text(errors="replace")[-2000:])


def find_tool(name: str, given: str | None) -> str | None:
    if given:
        return given if Path(given).exists() else None
    found = shutil.which(name)
    if found:
        return found
    for venv in BENCH_VENVS:
        if venv and (Path(venv) / "bin" / name).exists():
            return str(Path(venv) / "bin" / name)
    return None


def with_db(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, ""))


def libpq_args(url: str) -> list[str]:
    """psql connection options for ``url`` (host, port, user, dbname)."""
    parts = urlsplit(url)
    args = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    if parts.username:
        args += ["-U", parts.username]
    return [*args, "-d", parts.path.lstrip("/")]


def use_bytecode_cache(env: dict[str, str], scratch: Path) -> None:
    """Let the children cache bytecode, in a scratch folder (the work tree stays clean).

    With PYTHONDONTWRITEBYTECODE=1 an editable install compiles its own sources
    on every start (about 40 ms here); an installed package has its .pyc files.
    """
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")


# --------------------------------------------------------------------------- data
def create_and_load(admin_url: str, dbname: str, rows: int) -> float:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        conn.execute(f'CREATE DATABASE "{dbname}"')
    start = time.perf_counter()
    with psycopg.connect(with_db(admin_url, dbname), autocommit=True) as conn:
        conn.execute(TABLE_DDL)
        conn.execute(LOAD_SQL.replace("%s", str(int(rows))))
        conn.execute("VACUUM (ANALYZE) t")
    return time.perf_counter() - start


def drop(admin_url: str, dbname: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


# --------------------------------------------------------------------------- checking
def read_lines(path: Path) -> tuple[bytes, list[bytes]]:
    data = path.read_bytes()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return (lines[0] if lines else b""), lines[1:]


def raw_fields(line: str, delimiter: str = ",") -> list[str]:
    """Split one CSV line into its fields as written, quotes kept (so NULL and "" differ)."""
    fields: list[str] = []
    start, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            fields.append(line[start:i])
            start = i + 1
    fields.append(line[start:])
    return fields


def unquote(field_text: str) -> str:
    if len(field_text) >= 2 and field_text[0] == field_text[-1] == '"':
        return field_text[1:-1].replace('""', '"')
    return field_text


def compare(ref: Path, other: Path, columns: list[str], examples: int = 2) -> list[str]:
    """Describe how ``other`` differs from ``ref`` (CSV without embedded newlines)."""
    notes: list[str] = []
    ref_head, ref_rows = read_lines(ref)
    head, rows = read_lines(other)
    if ref.read_bytes() == other.read_bytes():
        return [f"identical bytes ({len(rows)} rows)"]
    if head != ref_head:
        notes.append(f"header differs: {head!r} vs psql {ref_head!r}")
    if len(rows) != len(ref_rows):
        notes.append(f"ROW COUNT differs: {len(rows)} vs psql {len(ref_rows)}")
    ref_rows.sort()
    rows.sort()
    if rows == ref_rows:
        notes.insert(0, f"same rows in another order ({len(rows)} rows, identical after sorting)")
        return notes
    diffs: dict[str, list[tuple[str, str]]] = {}
    counts: dict[str, int] = {}
    n_diff = 0
    for a, b in zip(ref_rows, rows, strict=False):
        if a == b:
            continue
        n_diff += 1
        fa, fb = raw_fields(a.decode()), raw_fields(b.decode())
        if unquote(fa[0]) != unquote(fb[0]):
            notes.append(f"rows do not line up (id {fa[0]} vs {fb[0]}); field comparison stopped")
            break
        for i, (x, y) in enumerate(zip(fa, fb, strict=False)):
            if x == y:
                continue
            col = columns[i] if i < len(columns) else f"#{i}"
            if unquote(x) == unquote(y):
                col += " (quoting only)"  # e.g. NULL (empty field) against the empty string ("")
            counts[col] = counts.get(col, 0) + 1
            if len(diffs.setdefault(col, [])) < examples:
                diffs[col].append((x, y))
    notes.insert(0, f"{n_diff} of {len(ref_rows)} rows differ after sorting")
    for col, n in counts.items():
        shown = "; ".join(f"psql {x!r} vs {y!r}" for x, y in diffs.get(col, []))
        notes.append(f"  {col}: {n} values differ, e.g. {shown}")
    return notes


# --------------------------------------------------------------------------- profiling
def find_py_spy() -> str | None:
    return find_tool("py-spy", None)


def profile_aishell(way: Way, env: dict[str, str], scratch: Path, top: int = 15) -> None:
    """One aishell export under py-spy (all threads, native frames off); top functions."""
    spy = find_py_spy()
    if spy is None:
        print("profile: py-spy not found (pip install py-spy into a separate venv); skipped")
        return
    raw = scratch / (re.sub(r"\W+", "_", way.name).strip("_") + ".pyspy.txt")
    argv = [spy, "record", "--rate", "500", "--format", "raw", "--output", str(raw), "--", *way.argv]
    r = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not raw.exists():
        print(f"profile: py-spy failed ({r.returncode}): {r.stderr.strip()[-500:]}")
        return
    self_count: dict[str, int] = {}
    incl_count: dict[str, int] = {}
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        count = int(n)
        total += count
        frames = [f for f in stack.split(";") if f.strip()]
        if not frames:
            continue
        leaf = frames[-1]
        self_count[leaf] = self_count.get(leaf, 0) + count
        for frame in set(frames):
            incl_count[frame] = incl_count.get(frame, 0) + count
    print(f"\nprofile of {way.name} ({total} samples, all threads; raw stacks in {raw})")
    print("  self %   function")
    for frame, n in sorted(self_count.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * n / total:6.1f}   {frame}")
    print("  incl %   function")
    for frame, n in sorted(incl_count.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * n / total:6.1f}   {frame}")


# --------------------------------------------------------------------------- main
def build_ways(args: argparse.Namespace, url: str, scratch: Path) -> list[Way]:
    sql = "SELECT * FROM t"
    ways: list[Way] = []
    aishell = args.aishell or str(Path(sys.executable).parent / "aishell")
    if Path(aishell).exists():
        out = scratch / "aishell.csv"
        ways.append(Way("aishell", [aishell, "query", "--db", url, "--format", "csv", "-o", str(out), sql], out))
        out = scratch / "aishell_select1.csv"
        argv = [aishell, "query", "--db", url, "--format", "csv", "-o", str(out), "SELECT 1"]
        ways.append(Way("aishell SELECT 1 (floor)", argv, out, compare=False))
        if not args.no_rows_path:
            out = scratch / "aishell_rows.csv"
            ways.append(Way("aishell rows (no COPY)", [sys.executable, "-c", ROWS_PATH_CODE, url, sql, str(out)], out))
    else:
        print(f"skipped aishell: {aishell} not found")
    psql = find_tool("psql", args.psql)
    if psql:
        out = scratch / "psql_query.csv"
        cmd = f"\\copy (SELECT * FROM t) to '{out}' csv header"
        ways.append(Way("psql \\copy (query)", [psql, "-X", "-q", *libpq_args(url), "-c", cmd], out))
        out = scratch / "psql_table.csv"
        cmd = f"\\copy t to '{out}' csv header"
        ways.append(Way("psql \\copy t", [psql, "-X", "-q", *libpq_args(url), "-c", cmd], out))
    else:
        print("skipped psql: not installed (and no baseline: ratios will be missing)")
    pgcli = find_tool("pgcli", args.pgcli)
    if pgcli:
        out = scratch / "pgcli.csv"
        cmd = f"\\copy t to '{out}' csv header"
        ways.append(Way("pgcli \\copy t", [pgcli, url, "--less-chatty", "-c", cmd], out))
    else:
        print("skipped pgcli: not installed (pip install pgcli into a separate venv, e.g. /tmp/bench-venv)")
    return ways


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--rows", type=int, default=1_000_000, help="rows to load (default 1,000,000)")
    p.add_argument("--repeat", type=int, default=5, help="measured runs per tool (default 5)")
    p.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each tool first (default 1)")
    p.add_argument("--admin-url", default=DEFAULT_ADMIN_URL, help=f"server to use (default {DEFAULT_ADMIN_URL})")
    p.add_argument("--dbname", default=f"aishell_bench_{os.getpid()}", help="throwaway database name")
    p.add_argument("--keep", action="store_true", help="keep the database and the CSV files")
    p.add_argument("--aishell", help="aishell executable (default: next to this python)")
    p.add_argument("--psql", help="psql executable (default: on PATH)")
    p.add_argument("--pgcli", help="pgcli executable (default: on PATH, then $BENCH_VENV or /tmp/bench-venv)")
    p.add_argument("--no-rows-path", action="store_true", help="skip the aishell generic (non-COPY) path")
    p.add_argument("--bytecode-as-is", action="store_true",
                   help="keep the environment's bytecode settings (default: .pyc cache in a scratch dir)")  # fmt: skip
    p.add_argument("--profile", action="store_true", help="also profile one run of each aishell way with py-spy")
    args = p.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        p.error("--rows and --repeat must be positive")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.dbname):
        p.error("--dbname must be a plain lower-case identifier")

    scratch = Path(tempfile.mkdtemp(prefix="aishell-bench-"))
    home = scratch / "home"
    home.mkdir()
    env = dict(os.environ)
    env.update(AISHELL_HOME=str(home / "aishell"), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               AISHELL_PAGER="", PAGER="cat", PGAPPNAME="bench")  # fmt: skip
    if not args.bytecode_as_is:
        use_bytecode_cache(env, scratch)
    url = with_db(args.admin_url, args.dbname)
    print(f"aishell export benchmark  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    print(f"machine: {os.cpu_count()} CPUs, {_mem_gb():.1f} GB RAM; python {sys.version.split()[0]}; {_load()}")
    print(f"database {args.dbname} on {urlsplit(args.admin_url).hostname}; scratch {scratch}")
    try:
        load_s = create_and_load(args.admin_url, args.dbname, args.rows)
        print(f"loaded {args.rows:,} rows in {load_s:.1f} s")
        ways = build_ways(args, url, scratch)
        baseline = next((w for w in ways if w.name == "psql \\copy (query)"), None)
        warm = [w for w in ways if not w.name.startswith("aishell rows")]  # that one shares the floor's imports
        for _ in range(args.warmup):  # fills the OS cache, shared buffers and the bytecode cache
            for way in warm:
                measure(way.argv, env, scratch)
        for i in range(args.repeat):
            for way in ways:
                run = measure(way.argv, env, scratch)
                way.runs.append(run)
                flag = "" if run.rc == 0 else f"  FAILED rc={run.rc}: {run.stderr.strip()[-300:]}"
                print(f"  round {i + 1}: {way.name:<24} {run.wall:7.3f} s  {run.rss_kb / 1024:7.1f} MB  "
                      f"cpu {run.cpu:6.3f} s{flag}")  # fmt: skip
        print(f"after the runs: {_load()}")
        failed = report(ways, baseline)
        failed |= check_outputs(ways, baseline)
        if args.profile:
            for way in ways:
                if way.name.startswith("aishell") and way.compare:
                    profile_aishell(way, env, scratch)
    finally:
        if not args.keep:
            try:
                drop(args.admin_url, args.dbname)
            except Exception as exc:
                print(f"warning: could not drop {args.dbname}: {exc}")
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            print(f"kept database {args.dbname} and files in {scratch}")
    return 1 if failed else 0


def _load() -> str:
    """The load average: other work on the machine skews wall times (see the CPU column)."""
    one, five, _ = os.getloadavg()
    busy = "  (busy: other processes compete for the CPUs)" if one > 0.5 * (os.cpu_count() or 1) else ""
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min){busy}"


def _mem_gb() -> float:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def _stats(way: Way | None) -> tuple[float, float, float] | None:
    """(best s, median s, peak RSS MB) over the successful runs."""
    if way is None or not way.ok_runs:
        return None
    walls = [r.wall for r in way.ok_runs]
    return min(walls), statistics.median(walls), max(r.rss_kb for r in way.ok_runs) / 1024


def report(ways: list[Way], baseline: Way | None) -> bool:
    failed = False
    by_name = {w.name: w for w in ways}
    base = _stats(baseline)
    base_t = _stats(by_name.get("psql \\copy t"))
    print("\nratios are median / median (best / best in brackets); CPU s: median user+system seconds")
    print(f"{'tool':<26} {'best s':>7} {'median s':>9} {'peak RSS MB':>12} {'vs psql (query)':>18} "
          f"{'vs psql t':>16}  {'MB out':>6}  {'CPU s':>6}")  # fmt: skip
    for way in ways:
        st = _stats(way)
        if st is None:
            print(f"{way.name:<26} failed in every run")
            failed = True
            continue
        best, med, rss = st
        ratio = f"{med / base[1]:.2f}x ({best / base[0]:.2f}x)" if base else "-"
        ratio_t = f"{med / base_t[1]:.2f}x ({best / base_t[0]:.2f}x)" if base_t else "-"
        size = way.out.stat().st_size / 1e6 if way.out.exists() else float("nan")
        cpu = statistics.median(r.cpu for r in way.ok_runs)
        print(f"{way.name:<26} {best:7.3f} {med:9.3f} {rss:12.1f} {ratio:>18} {ratio_t:>16}  {size:6.1f}  {cpu:6.3f}")
        if len(way.ok_runs) != len(way.runs):
            failed = True
    aishell = _stats(by_name.get("aishell"))
    floor = _stats(by_name.get("aishell SELECT 1 (floor)"))
    if aishell and floor:
        print(f"\naishell export minus its start-up floor (median): {aishell[1] - floor[1]:.3f} s")
    if aishell and base:
        for label, ref in (("psql \\copy (query)", base), ("psql \\copy t", base_t)):
            if ref is None:
                continue
            ok_t = aishell[1] / ref[1] <= GOAL_RATIO
            print(f"goal: aishell within {GOAL_RATIO}x of {label}: median {aishell[1] / ref[1]:.2f}x, "
                  f"best {aishell[0] / ref[0]:.2f}x -> {'MET' if ok_t else 'NOT MET'} (on the median)")  # fmt: skip
        ok_m = aishell[2] < GOAL_RSS_MB
        verdict = "MET" if ok_m else "NOT MET"
        print(f"goal: aishell peak RSS under {GOAL_RSS_MB:.0f} MB: {aishell[2]:.1f} MB -> {verdict}")
    return failed


def check_outputs(ways: list[Way], baseline: Way | None) -> bool:
    if baseline is None or not baseline.out.exists():
        print("\ncontent check skipped: no psql output to compare with")
        return False
    columns = ["id", "name", "amount", "created_at", "active", "note"]
    failed = False
    print("\ncontent compared with psql \\copy (query):")
    for way in ways:
        if way is baseline or not way.compare:
            continue
        if not way.out.exists():
            print(f"  {way.name}: no output file")
            failed = True
            continue
        notes = compare(baseline.out, way.out, columns)
        print(f"  {way.name}: {notes[0]}")
        for note in notes[1:]:
            print(f"    {note}")
        if way.name == "aishell" and (len(notes) > 1 or not notes[0].startswith(("identical", "same rows"))):
            failed = True
    return failed


if __name__ == "__main__":
    sys.exit(main())
