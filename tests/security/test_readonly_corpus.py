"""Read-only mode and the web roles hold against the attack corpus, through every face.

For each attack in :mod:`tests.security.corpus` and each face (``cli``, ``mcp``, ``viewer``,
and ``analyst`` for the kinds an analyst must not run unconfirmed) the attempt must be
refused or fail, and no side effect may be found on the real servers afterwards (see
:mod:`tests.security.harness`).  The ordinary reads of the corpus must keep working.

``test_check_detects_its_effect`` first proves the checks: each runs an attack on a plain
read-write driver connection, without aishell, and the named check must see its effect
(and the reset must put the server back).

Run it alone with ``pytest tests/security``; ``-k postgres-mcp`` narrows it to one engine
and face.  ``AISHELL_SEC_REPORT=path.jsonl`` writes every outcome, one JSON object a line.
Servers: PostgreSQL and MariaDB on loopback as in ``tests/conftest.py``; a server that is
down skips its engine (an error under ``CI=true``).
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from .corpus import ATTACKS, CALIBRATION, ENGINES, KINDS, READS, Attack, Read
from .harness import CHECKS, WORLDS, CaseResult, World, short, writable_tmp_root

pytestmark = pytest.mark.integration

FACES = ("cli", "mcp", "viewer", "analyst")
BY_ID = {a.id: a for a in ATTACKS}
RESULTS: list[dict[str, object]] = []


# =============================================================================== fixtures
def _reachable(engine: str) -> None:
    """Skip (or, under CI, fail) when the engine's server is down."""
    from .harness import MYSQL_HOST, MYSQL_PORT, PG_HOST, PG_PORT

    try:
        if engine == "postgres":
            import psycopg

            psycopg.connect(f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres", connect_timeout=5).close()
        elif engine == "mysql":
            import pymysql

            pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", connect_timeout=5).close()
        elif engine == "duckdb":
            import duckdb  # noqa: F401
    except Exception as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{engine} is not reachable under CI=true: {exc}")
        pytest.skip(f"{engine} is not reachable: {exc}")


@pytest.fixture(scope="module")
def sec_root() -> Iterator[Path]:
    root = writable_tmp_root()
    yield root
    report = os.environ.get("AISHELL_SEC_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as fh:
            for entry in RESULTS:
                fh.write(json.dumps(entry, default=str) + "\n")
    shutil.rmtree(root, ignore_errors=True)


def _world(engine: str, root: Path) -> Iterator[World]:
    _reachable(engine)
    world = WORLDS[engine](root)
    with pytest.MonkeyPatch.context() as mp:  # nothing of the user's configuration is read
        mp.setenv("AISHELL_HOME", str(root / engine / "home"))
        for var in ("AISHELL_DB", "DATABASE_URL", "PGPASSWORD", "MYSQL_PWD"):
            mp.delenv(var, raising=False)
        try:
            world.setup()  # type: ignore[attr-defined]
        except BaseException:
            world.close()
            raise
    yield world
    world.close()


@pytest.fixture(scope="module")
def postgres_world(sec_root: Path) -> Iterator[World]:
    yield from _world("postgres", sec_root)


@pytest.fixture(scope="module")
def mysql_world(sec_root: Path) -> Iterator[World]:
    yield from _world("mysql", sec_root)


@pytest.fixture(scope="module")
def sqlite_world(sec_root: Path) -> Iterator[World]:
    yield from _world("sqlite", sec_root)


@pytest.fixture(scope="module")
def duckdb_world(sec_root: Path) -> Iterator[World]:
    yield from _world("duckdb", sec_root)


def world_of(request: pytest.FixtureRequest, engine: str) -> World:
    return request.getfixturevalue(f"{engine}_world")  # type: ignore[no-any-return]


def _record(result: CaseResult, what: str, problems: list[str]) -> None:
    entry = result.as_json()
    entry.update(what=what, problems=problems)
    RESULTS.append(entry)


def _effects(result: CaseResult) -> str:
    return "side effects: " + "; ".join(f"{k}: {v}" for k, v in sorted(result.effects.items()))


# =============================================================================== the corpus itself
def test_corpus_is_well_formed() -> None:
    ids = [a.id for a in ATTACKS] + [r.id for r in READS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for a in ATTACKS:
        assert a.engine in ENGINES and a.kind in KINDS, a
        assert a.checks and set(a.checks) <= CHECKS[a.engine], (a.id, set(a.checks) - CHECKS[a.engine])
        assert all(s.strip() for s in a.steps), a.id
    per_engine = Counter(a.engine for a in ATTACKS)
    assert sum(per_engine.values()) >= 200 and min(per_engine.values()) >= 40, per_engine
    reads = Counter(r.engine for r in READS)
    assert min(reads.values()) >= 20, reads
    for engine, checks in CALIBRATION.items():
        assert set(checks) <= CHECKS[engine]
        assert all(BY_ID[i].engine == engine for i in checks.values())


# =============================================================================== the checks see what they look for
def _calibration_cases() -> Iterator[object]:
    for engine, checks in CALIBRATION.items():
        for check, attack_id in checks.items():
            yield pytest.param(engine, check, attack_id, id=f"{engine}-{check}")


@pytest.mark.parametrize(("engine", "check", "attack_id"), list(_calibration_cases()))
def test_check_detects_its_effect(engine: str, check: str, attack_id: str, request: pytest.FixtureRequest) -> None:
    """Without aishell (a plain read-write connection) the attack works and its check says so."""
    world = world_of(request, engine)
    result = world.attempt(BY_ID[attack_id], "direct")
    _record(result, "calibration", [])
    assert check in result.effects, (
        f"the {check!r} check did not see {attack_id} run on a plain connection: "
        f"steps: {[s.status for s in result.steps]}, effects: {result.effects}"
    )
    assert not world.unrestored(), f"the reset did not restore: {world.unrestored()}"


# =============================================================================== the attacks
def _attack_cases() -> Iterator[object]:
    for engine in ENGINES:
        for face in FACES:
            for a in ATTACKS:
                if a.engine == engine and (face != "analyst" or a.analyst_expect):
                    yield pytest.param(a, face, id=f"{engine}-{face}-{a.id}")


@pytest.mark.parametrize(("attack", "face"), list(_attack_cases()))
def test_attack_is_refused_without_side_effects(attack: Attack, face: str, request: pytest.FixtureRequest) -> None:
    world = world_of(request, attack.engine)
    result = world.attempt(attack, face)
    problems = []
    if face == "analyst":
        got = result.steps[0].http
        stopped = attack.kind == "resource" and not result.accepted  # it ran into the limit: that is the point
        if got not in attack.analyst_expect and not stopped:
            wanted = " or ".join(str(s) for s in attack.analyst_expect)
            problems.append(f"the analyst got {result.status} (expected {wanted})")
    elif result.accepted:
        problems.append(f"accepted: {result.status}")
    if result.effects:
        problems.append(_effects(result))
    problems += [n for n in result.notes if n.startswith("not restored")]
    _record(result, "attack", problems)
    assert not problems, f"{attack.engine}/{face}/{attack.id} [{attack.kind}] {attack.why}: " + " || ".join(problems)


# =============================================================================== the reads
def _read_cases() -> Iterator[object]:
    for engine in ENGINES:
        for face in FACES:
            for r in READS:
                if r.engine == engine and face in r.faces:
                    yield pytest.param(r, face, id=f"{engine}-{face}-{r.id}")


@pytest.mark.parametrize(("read", "face"), list(_read_cases()))
def test_read_still_works(read: Read, face: str, request: pytest.FixtureRequest) -> None:
    world = world_of(request, read.engine)
    result = world.attempt(read, face)
    text = "\n".join(s.text for s in result.steps)
    problems = []
    if not result.accepted:
        problems.append(f"refused: {result.status}")
    elif read.expect not in text:
        problems.append(f"the output lacks {read.expect!r}: {short(text, 300)}")
    if result.effects:
        problems.append(_effects(result))
    _record(result, "read", problems)
    assert not problems, f"{read.engine}/{face}/{read.id}: " + " || ".join(problems)


@pytest.mark.parametrize(
    "read", [pytest.param(r, id=r.id) for r in READS if not (r.engine == "sqlite" and ";" in r.sql)]
)  # sqlite3 runs one at a time
def test_read_is_valid_on_a_plain_connection(read: Read, request: pytest.FixtureRequest) -> None:
    """The corpus's reads are right: they run and print what they promise without aishell."""
    world = world_of(request, read.engine)
    result = world.attempt(read, "direct")
    text = "\n".join(s.text for s in result.steps)
    expect = read.plain or read.expect
    assert result.accepted and expect in text, f"{result.status}: {short(text, 300)}"
    assert not result.effects, _effects(result)
