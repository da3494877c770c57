"""The audit log's chain: 1,000 random tamperings are all detected; each kind is named."""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from aishell.audit import checkpoint
from aishell.audit.log import GENESIS, AuditLog, canonical, head_path, line_hash, record
from aishell.audit.verify import Report, verify
from aishell.errors import AuditError

ENTRIES = 24
EVERY = 6


def _fields(i: int) -> dict[str, Any]:
    return {"kind": "statement", "who": f"user{i % 3}", "face": ("cli", "repl", "web", "mcp")[i % 4],
            "connection": "pg:prod", "statement": f"select {i} from t where x = 'v{i}'", "class": "read",
            "decision": "allow", "outcome": "ok", "rows": i, "ms": 0.5 + i}  # fmt: skip


@pytest.fixture(scope="module")
def signed_log(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, list[bytes]]:
    """A sealed log: entries with a signed checkpoint every EVERY, the last one at close."""
    path = tmp_path_factory.mktemp("audit") / "audit.log"
    signer = checkpoint.new_signer()
    log = AuditLog(path, checkpoint_every=EVERY, signer=lambda: signer, seal_on_close=True)
    for i in range(ENTRIES):
        log.append(_fields(i))
    log.close()
    head = checkpoint.read_head(head_path(path))
    assert head is not None
    HEAD["head"] = head
    return path, signer.public_raw, path.read_bytes().split(b"\n")[:-1]


HEAD: dict[str, tuple[int, str]] = {}


def _check(base: Path, lines: list[bytes], pub: bytes, tail: bytes = b"\n") -> Report:
    """Verify ``lines`` as a log with the original's witness (audit.head)."""
    data = b"\n".join(lines) + (tail if lines else b"")
    return verify(base / "t.log", keys=[pub], use_vault=False, data=data, head=HEAD["head"])


def test_a_sealed_log_verifies_with_its_key(signed_log: tuple[Path, bytes, list[bytes]]) -> None:
    path, pub, lines = signed_log
    report = verify(path, keys=[pub], use_vault=False)
    assert report.ok and report.ok_strict(), report.as_dict()
    assert report.checkpoints == ENTRIES // (EVERY - 1) + 1 and report.signed == report.checkpoints
    assert report.last_seq == len(lines) and report.unsealed == 0
    assert report.keys_used == [checkpoint.key_id(pub)] and report.key_source == "--key"
    first = json.loads(lines[0])
    assert first["prev"] == GENESIS and first["seq"] == 1
    assert all(json.loads(b)["prev"] == line_hash(a) for a, b in itertools.pairwise(lines))
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    # without the key (no vault, no audit.pub given): the chain holds, the signatures are unknown
    blind = verify(path, keys=[checkpoint.new_signer().public_raw], use_vault=False)
    assert blind.ok and blind.unknown_key == blind.checkpoints and not blind.ok_strict()
    assert any("unknown key" in w for w in blind.warnings)


def _edit(rng: random.Random, lines: list[bytes], rewrite: bool) -> list[bytes]:
    i = rng.randrange(len(lines))
    entry = json.loads(lines[i])
    key = rng.choice(sorted(entry))
    old = entry[key]
    if isinstance(old, bool) or old is None:
        new: Any = "x"
    elif isinstance(old, int | float):
        new = old + rng.choice([-2, -1, 1, 7])
    else:
        new = old[:-1] + ("A" if not old.endswith("A") else "B") if old else "z"
    entry[key] = new
    out = [*lines[:i], canonical(entry), *lines[i + 1 :]]
    if rewrite:  # the strong attacker: recompute every later entry's prev
        for j in range(i + 1, len(out)):
            later = json.loads(out[j])
            later["prev"] = line_hash(out[j - 1])
            out[j] = canonical(later)
    return out


def _insert(rng: random.Random, lines: list[bytes]) -> list[bytes]:
    """A forged entry with a correct seq and prev for its place."""
    p = rng.randrange(len(lines) + 1)
    before = json.loads(lines[p - 1]) if p else None
    forged = {**_fields(99), "statement": "select 'forged'", "seq": before["seq"] + 1 if before else 1,
              "prev": line_hash(lines[p - 1]) if p else GENESIS, "ts": "2026-01-01T00:00:00.000000Z"}  # fmt: skip
    return [*lines[:p], canonical(forged), *lines[p:]]


def _tamper(rng: random.Random, lines: list[bytes]) -> tuple[str, list[bytes], bytes]:
    kind = rng.choice(["edit", "rewrite", "delete", "insert", "swap", "truncate"])
    if kind in ("edit", "rewrite"):
        return kind, _edit(rng, lines, kind == "rewrite"), b"\n"
    if kind == "delete":
        i = rng.randrange(len(lines))
        return kind, lines[:i] + lines[i + 1 :], b"\n"
    if kind == "insert":
        return kind, _insert(rng, lines), b"\n"
    if kind == "swap":
        i, j = rng.sample(range(len(lines)), 2)
        out = list(lines)
        out[i], out[j] = out[j], out[i]
        return kind, out, b"\n"
    data = b"\n".join(lines) + b"\n"
    cut = rng.randrange(len(data) - 1)  # at least the last byte goes
    kept = data[:cut]
    whole = kept.endswith(b"\n") or not kept
    return kind, kept.split(b"\n")[:-1] if whole else kept.split(b"\n"), b"\n" if whole else b""


def test_a_thousand_random_tamperings_are_all_detected(
    signed_log: tuple[Path, bytes, list[bytes]], tmp_path: Path
) -> None:
    _, pub, lines = signed_log
    rng = random.Random(20261205)
    seen: dict[str, int] = {}
    for n in range(1000):
        kind, tampered, tail = _tamper(rng, lines)
        if tampered == lines:
            continue
        report = _check(tmp_path, tampered, pub, tail=tail)
        assert not report.ok_strict(), (n, kind, report.as_dict())
        # only an entry added after the final checkpoint can pass the chain: it is unsealed
        assert report.problem is not None or report.unsealed > 0 or report.unknown_key > 0, (n, kind)
        seen[kind] = seen.get(kind, 0) + 1
    assert sum(seen.values()) >= 990 and len(seen) == 6, seen


def test_each_kind_of_tampering_is_named(signed_log: tuple[Path, bytes, list[bytes]], tmp_path: Path) -> None:
    _, pub, lines = signed_log

    def kind_of(tampered: list[bytes], tail: bytes = b"\n") -> tuple[str, int | None]:
        problem = _check(tmp_path, tampered, pub, tail=tail).problem
        assert problem is not None
        return problem.kind, problem.seq

    edited = json.loads(lines[4])
    edited["rows"] = 12345
    assert kind_of([*lines[:4], canonical(edited), *lines[5:]]) == ("edited", 5)
    assert kind_of([*lines[:4], lines[4].replace(b'":', b'": ', 1), *lines[5:]])[0] == "edited"  # not canonical
    assert kind_of(lines[:7] + lines[8:]) == ("deleted", 8)
    forged = {**_fields(99), "seq": 4, "prev": line_hash(lines[2]), "ts": "2026-01-01T00:00:00.000000Z"}
    assert kind_of([*lines[:3], canonical(forged), *lines[3:]]) == ("inserted", 4)
    swapped = list(lines)
    swapped[2], swapped[9] = swapped[9], swapped[2]
    assert kind_of(swapped) == ("reordered", 3)
    assert kind_of(lines[:-1]) == ("truncated", len(lines))  # the witness knew the final checkpoint
    assert kind_of([*lines[:-1], lines[-1][:20]], b"")[0] == "truncated"  # a partial last line
    forged_sig = json.loads(lines[-1])
    forged_sig["sig"] = base64.b64encode(bytes(64)).decode()
    assert kind_of([*lines[:-1], canonical(forged_sig)])[0] == "edited"
    # a forged entry with a correct prev after the last checkpoint: chained, but not sealed
    appended = _check(tmp_path, _insert_at_end(lines), pub)
    assert appended.ok and appended.unsealed == 1 and not appended.ok_strict()


def _insert_at_end(lines: list[bytes]) -> list[bytes]:
    last = json.loads(lines[-1])
    forged = {**_fields(1), "seq": last["seq"] + 1, "prev": line_hash(lines[-1]), "ts": "2026-01-01T00:00:00Z"}
    return [*lines, canonical(forged)]


def test_a_full_disk_is_one_clear_error_and_record_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log = AuditLog(Path("/dev/full"))
    with pytest.raises(AuditError, match="cannot write the audit log /dev/full: No space left on device"):
        log.append({"kind": "statement"})
    log.close()
    monkeypatch.setenv("AISHELL_AUDIT_PATH", "/dev/full")
    from aishell.audit.log import failures

    before = failures()
    assert record({"kind": "statement"}) is False and record({"kind": "statement"}) is False
    assert failures() == before + 2
    err = capsys.readouterr().err
    assert err.count("audit entry not written") <= 1 and "\n" not in err.strip()


def test_two_processes_writing_at_once_keep_one_valid_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    script = (
        "import sys; from pathlib import Path; from aishell.audit.log import AuditLog\n"
        "log = AuditLog(Path(sys.argv[1]), checkpoint_every=37)\n"
        "for i in range(300): log.append({'kind': 'statement', 'who': sys.argv[2], 'rows': i})\n"
        "log.close()\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), who]) for who in ("a", "b")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    report = verify(path, use_vault=False)
    assert report.ok, report.as_dict()
    entries = [json.loads(line) for line in path.read_bytes().splitlines()]
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    mine = [e for e in entries if e.get("kind") == "statement"]
    assert len(mine) == 600 and {e["who"] for e in mine} == {"a", "b"}
    # about one every 37 entries (a checkpoint that lands on a multiple itself triggers none)
    assert report.checkpoints == sum(1 for e in entries if e["kind"] == "checkpoint") >= 600 // (2 * 37)
    assert report.unsigned == report.checkpoints  # no signer: said, not hidden
    assert any("unsigned" in w for w in report.warnings)


def test_a_torn_last_line_is_ended_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path)
    log.append({"kind": "statement", "rows": 1})
    log.close()
    with open(path, "ab") as fh:
        fh.write(b'{"kind":"statement","se')  # a crash mid-write
    log = AuditLog(path)
    entry = log.append({"kind": "statement", "rows": 2})
    log.close()
    assert entry["seq"] == 3  # the torn line counts as one
    report = verify(path, use_vault=False)
    assert report.problem is not None and report.problem.kind == "edited" and report.problem.line == 2
    os.chmod(path, 0o600)


def test_a_forked_worker_takes_its_own_lock(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path, checkpoint_every=1000)
    log.append({"kind": "statement", "who": "parent"})  # the descriptor is open before the fork
    pid = os.fork()
    if pid == 0:  # the child: the parent's log object, as a forked worker inherits it
        try:
            for i in range(200):
                log.append({"kind": "statement", "who": "child", "rows": i})
        finally:
            os._exit(0)
    for i in range(200):
        log.append({"kind": "statement", "who": "parent", "rows": i})
    os.waitpid(pid, 0)
    log.close()
    report = verify(path, use_vault=False)
    assert report.ok and report.last_seq == 401, report.as_dict()


def test_tail_follow_and_last_entries_read_from_the_end(tmp_path: Path) -> None:
    from aishell.audit.query import follow, last_entries

    path = tmp_path / "audit.log"
    log = AuditLog(path)
    for i in range(3000):  # more than one 64 KiB block from the end
        log.append({"kind": "statement", "rows": i, "statement": "x" * 40})
    assert [e["rows"] for e in last_entries(path, 3)] == [2997, 2998, 2999]
    assert len(last_entries(path, 2500)) == 2500 and last_entries(path, 0) == []
    stream = follow(path, poll=0.01)  # from the end as it is now
    log.append({"kind": "statement", "rows": -1})
    log.close()
    assert next(stream)["rows"] == -1


class _Face:
    """What the hooks read from a session: its face, user and label."""

    source, user, label = "flow", "nightly", "sqlite:///x.db"


def test_an_audited_operation_writes_one_entry_with_its_rows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from aishell.audit.hooks import _rows, audited
    from aishell.audit.query import iter_entries

    assert _rows(7) == 7 and _rows(True) is None and _rows([("a", 2), ("b", 3)]) == 5
    assert _rows({"tables": [{"rows": 4}, {"rows": 1}]}) == 5 and _rows(["x"]) is None and _rows("x") is None
    monkeypatch.setenv("AISHELL_AUDIT_PATH", str(tmp_path / "ops.log"))

    @audited("copy", target=lambda session, name: f"-> {name}")
    def work(session: _Face, name: str) -> list[tuple[str, int]]:
        if name == "bad":
            raise KeyboardInterrupt
        return [(name, 10)]

    assert work(_Face(), "t") == [("t", 10)]
    with pytest.raises(KeyboardInterrupt):
        work(_Face(), "bad")
    ops = list(iter_entries(tmp_path / "ops.log"))
    assert [(e["action"], e["target"], e["outcome"], e.get("rows"), e["face"], e["who"]) for e in ops] == [
        ("copy", "-> t", "ok", 10, "flow", "nightly"), ("copy", "-> bad", "cancelled", None, "flow", "nightly")]
