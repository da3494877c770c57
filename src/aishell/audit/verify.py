"""Verify an audit log: recompute the chain, check each checkpoint's signature and the witness.

The report names the first entry that cannot be trusted and what happened to it:

* ``edited`` -- a line is not an entry in canonical form, an entry's hash is not what the next
  one holds, or a checkpoint's signature or fields do not match;
* ``deleted`` -- a seq is missing;
* ``inserted`` -- a seq appears twice (an entry was added, even one carrying a correctly
  recomputed ``prev``);
* ``reordered`` -- entries are out of order;
* ``truncated`` -- the log ends in a partial line, or before the latest checkpoint the witness
  (``audit.head``) recorded.

Entries after the last checkpoint are chained but not yet sealed by a signature: the report
counts them (``unsealed``) and ``--strict`` fails on them (an entry appended by someone who can
write the file, with a correct ``prev``, is only ever caught by the next checkpoint).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aishell.audit import checkpoint
from aishell.audit.log import GENESIS, canonical, head_path, line_hash, pub_path


@dataclass
class Problem:
    seq: int | None  # the first entry that cannot be trusted (None: unknown)
    line: int  # 1-based line of the file
    kind: str  # edited | deleted | inserted | reordered | truncated
    detail: str

    def text(self) -> str:
        where = f"seq {self.seq}" if self.seq is not None else f"line {self.line}"
        return f"{self.kind} at {where} (line {self.line}): {self.detail}"


@dataclass
class Report:
    path: Path
    entries: int = 0
    checkpoints: int = 0
    signed: int = 0
    unsigned: int = 0
    unknown_key: int = 0
    last_seq: int = 0
    sealed_seq: int = 0  # the last entry covered by a checkpoint
    head: str = GENESIS
    keys_used: list[str] = field(default_factory=list)
    key_source: str = ""
    problem: Problem | None = None
    warnings: list[str] = field(default_factory=list)

    last_checkpoint: int = 0  # the seq of the last checkpoint

    @property
    def unsealed(self) -> int:
        """Entries after the last checkpoint."""
        return self.last_seq - self.last_checkpoint

    @property
    def ok(self) -> bool:
        return self.problem is None

    def ok_strict(self) -> bool:
        """No problem, and every entry sealed by a signed checkpoint."""
        return self.ok and self.unsealed == 0 and self.unsigned == 0 and self.unknown_key == 0 and self.entries > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "ok": self.ok, "entries": self.entries, "checkpoints": self.checkpoints,
            "signed": self.signed, "unsigned": self.unsigned, "unknown_key": self.unknown_key,
            "last_seq": self.last_seq, "sealed_seq": self.sealed_seq, "unsealed": self.unsealed,
            "head": self.head, "keys_used": self.keys_used, "key_source": self.key_source,
            "problem": None if self.problem is None else {
                "seq": self.problem.seq, "line": self.problem.line, "kind": self.problem.kind,
                "detail": self.problem.detail},
            "warnings": self.warnings,
        }  # fmt: skip


def trusted_keys(path: Path, extra: Iterable[bytes] = (), *, use_vault: bool = True) -> tuple[dict[str, bytes], str]:
    """The public keys checkpoints are checked against, by key id, and where they came from:
    the vault's (when unlocked without a prompt) and ``--key`` files; else ``audit.pub``."""
    keys = list(extra)
    source = "--key" if keys else ""
    vault = checkpoint.vault_public_keys() if use_vault else []
    if vault:
        keys += vault
        source = "vault" + (" and --key" if source else "")
    elif not keys:
        keys = checkpoint.read_public_keys(pub_path(path))
        source = f"{pub_path(path).name} (beside the log: compare it with a copy kept elsewhere)" if keys else ""
    return {checkpoint.key_id(k): k for k in keys}, source


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        entry = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("seq"), int) or not isinstance(entry.get("prev"), str):
        return None
    return entry


def _rest_seqs(rest: Iterator[bytes]) -> set[int]:
    """The seqs of the lines after a break (read only when there is one)."""
    seqs = set()
    for raw in rest:
        entry = _parse(raw.rstrip(b"\n"))
        if entry is not None:
            seqs.add(entry["seq"])
    return seqs


def _out_of_order(seq: int, expected: int, later: set[int]) -> str:
    """Why ``seq`` stands where ``expected`` should: every seq before it was 1..expected-1."""
    if seq < expected or seq in later:  # the same seq twice
        return "inserted"
    return "reordered" if expected in later else "deleted"


def _lines(path: Path, data: bytes | None, report: Report) -> Iterator[bytes]:
    """The log's lines, each with its newline (a last line without one: partial)."""
    if data is not None:
        yield from data.splitlines(keepends=True)
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        report.warnings.append(f"no audit log at {path}")
        return
    with fh:
        if os.fstat(fh.fileno()).st_mode & 0o077:
            report.warnings.append(f"{path} can be read or written by other users (chmod 600 it)")
        yield from fh


def verify(path: Path, *, keys: Iterable[bytes] = (), use_vault: bool = True, witness: bool = True,
           data: bytes | None = None, head: tuple[int, str] | None = None) -> Report:  # fmt: skip
    """Check the whole log at ``path``, one line at a time; the first problem found stops the
    check.  ``data``: the log's bytes, already read (an export); ``head``: the witness (seq,
    hash), else read from ``audit.head`` beside ``path`` (``witness=False``: none)."""
    path = Path(path)
    report = Report(path)
    trusted, report.key_source = trusted_keys(path, keys, use_vault=use_vault)
    if witness and head is None:
        head = checkpoint.read_head(head_path(path))
    witnessed: str | None = None  # the hash of the line whose seq the witness names
    prev, expected, lineno = GENESIS, 1, 0
    used: dict[str, None] = {}
    lines = _lines(path, data, report)
    for whole in lines:
        lineno += 1
        if not whole.endswith(b"\n"):
            report.problem = Problem(expected, lineno, "truncated", "the log ends in a partial entry")
            return report
        raw = whole[:-1]
        entry = _parse(raw)
        if entry is None:
            report.problem = Problem(expected, lineno, "edited", "not a valid entry")
            return report
        seq = entry["seq"]
        if canonical(entry) != raw:
            report.problem = Problem(seq, lineno, "edited", "not in canonical form (changed by hand)")
            return report
        if seq != expected:
            kind = _out_of_order(seq, expected, _rest_seqs(lines))
            report.problem = Problem(min(seq, expected), lineno, kind, f"seq {seq} where {expected} was expected")
            return report
        if entry["prev"] != prev:
            bad = seq - 1 if seq > 1 else seq
            report.problem = Problem(bad, lineno, "edited",
                                     f"entry {bad} does not match the hash entry {seq} holds")  # fmt: skip
            return report
        if entry.get("kind") == "checkpoint":
            problem = _check_checkpoint(entry, lineno, trusted, report, used)
            if problem is not None:
                report.problem = problem
                return report
        report.entries += 1
        report.last_seq = seq
        prev, expected = line_hash(raw), seq + 1
        if head is not None and seq == head[0]:
            witnessed = prev
    report.head = prev
    report.keys_used = list(used)
    if head is not None:
        _check_witness(path, lineno, report, head, witnessed)
    _warn(report)
    return report


def _check_checkpoint(entry: dict[str, Any], lineno: int, trusted: dict[str, bytes], report: Report,
                      used: dict[str, None]) -> Problem | None:  # fmt: skip
    seq = entry["seq"]
    if entry.get("covers") != seq - 1 or entry.get("head") != entry["prev"]:
        return Problem(seq, lineno, "edited", "checkpoint fields do not match the chain")
    state = checkpoint.check_signature(entry, trusted)
    if state == "bad":
        return Problem(seq, lineno, "edited", f"checkpoint signature does not match (key {entry.get('key')})")
    report.checkpoints += 1
    report.sealed_seq, report.last_checkpoint = seq - 1, seq
    if state == "ok":
        report.signed += 1
        used[str(entry["key"])] = None
    elif state == "unsigned":
        report.unsigned += 1
    else:
        report.unknown_key += 1
    return None


def _check_witness(path: Path, lines: int, report: Report, head: tuple[int, str], witnessed: str | None) -> None:
    seq, digest = head
    if report.last_seq < seq:
        report.problem = Problem(report.last_seq + 1, lines + 1, "truncated",
                                 f"the log ends at seq {report.last_seq}, but checkpoint {seq} was written "
                                 f"({head_path(path).name})")  # fmt: skip
    elif witnessed != digest:
        report.problem = Problem(seq, seq, "edited", f"checkpoint {seq} differs from {head_path(path).name}")


def _warn(report: Report) -> None:
    if report.unsigned:
        report.warnings.append(f"{report.unsigned} checkpoint(s) are unsigned (no vault was unlocked): "
                               "they prove order, not authorship")  # fmt: skip
    if report.unknown_key:
        report.warnings.append(f"{report.unknown_key} checkpoint(s) are signed by an unknown key")
    if report.unsealed:
        one = report.unsealed == 1
        report.warnings.append(f"{report.unsealed} entr{'y' if one else 'ies'} after the last checkpoint "
                               f"{'is' if one else 'are'} not sealed yet")  # fmt: skip
