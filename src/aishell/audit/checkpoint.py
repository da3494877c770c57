"""Signed checkpoints: every N entries (and when a server face closes) the head of the chain
is sealed by an entry signed with ed25519.

A checkpoint is an ordinary entry (``kind: "checkpoint"``) whose ``covers`` is the seq it
seals and ``head`` the hash of that entry (its own ``prev``).  ``sig`` is the base64 ed25519
signature over the checkpoint's canonical bytes without ``sig`` (seq, ts, prev, head, key
id), so neither the checkpoint nor anything before it can be changed, and the chain cannot be
recomputed after an edit, without the private key.  ``key`` is the key's id (the first 16 hex
digits of the SHA-256 of the raw public key).

The private key lives in the vault under ``audit/ed25519`` (base64 of the raw 32 bytes),
created at the first checkpoint written while the vault is unlocked; its public key is kept in
the vault (``audit/ed25519.pub``) and beside the log (``audit.pub``, one base64 key a line)
for verifiers without the vault.  Without an unlocked vault checkpoints are written unsigned
and ``aishell audit verify`` says so.

``audit.head`` beside the log is the witness of the latest checkpoint (seq and hash): a log
cut back to before it is reported as truncated.  Keep a copy of it (or of ``aishell audit
verify``'s last line) off the machine for the same guarantee against an attacker who can
also rewrite that file, as Certificate Transparency's monitors keep signed tree heads.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SECRET = "audit/ed25519"  # noqa: S105 - the name of the vault entry, not a secret
PUBLIC = "audit/ed25519.pub"
CONTEXT = b"aishell-audit-checkpoint-v1\n"


@dataclass
class Signer:
    key: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)


def key_id(public_raw: bytes) -> str:
    from aishell.audit.chain import line_hash

    return line_hash(public_raw)[:16]


def signer_from_b64(text: str) -> Signer:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Signer(Ed25519PrivateKey.from_private_bytes(base64.b64decode(text)))


def new_signer() -> Signer:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Signer(Ed25519PrivateKey.generate())


def private_b64(signer: Signer) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = signer.key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                   serialization.NoEncryption())  # fmt: skip
    return base64.b64encode(raw).decode()


def vault_signer() -> Signer | None:
    """The signing key from the vault, made there on first use; None when no vault is
    unlocked without a prompt (or the vault module is not installed)."""
    from aishell.errors import VaultError
    from aishell.vault import unlocked_vault

    try:
        vault = unlocked_vault(required=False)
        if vault is None:
            return None
        stored = vault.get(SECRET)
        if stored:
            return signer_from_b64(stored)
        signer = new_signer()
        vault.set(SECRET, private_b64(signer))
        vault.set(PUBLIC, base64.b64encode(signer.public_raw).decode())
        return signer
    except VaultError as exc:  # a wrong passphrase, a damaged vault: say so, write unsigned checkpoints
        print(f"aishell: warning: audit checkpoints are unsigned: {exc.one_line()}", file=sys.stderr)
        return None


def vault_public_keys() -> list[bytes]:
    """The public key kept in the vault, when one is unlocked without a prompt."""
    from aishell.vault import unlocked_vault

    try:
        vault = unlocked_vault(required=False)
    except Exception:  # no vault module, or a vault that cannot be opened: the file's keys only
        return []
    text = vault.get(PUBLIC) if vault is not None else None
    return [base64.b64decode(text)] if text else []


def publish_key(signer: Signer, path: Path) -> None:
    """Add the signer's public key to ``audit.pub`` (one base64 key a line) if it is not there."""
    line = base64.b64encode(signer.public_raw).decode()
    try:
        known = path.read_text(encoding="ascii").split() if path.exists() else []
        if line not in known:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            with os.fdopen(fd, "a", encoding="ascii") as fh:
                fh.write(line + "\n")
    except OSError:  # the vault keeps the key too; verify names what it could not check
        pass


def read_public_keys(path: Path) -> list[bytes]:
    try:
        return [base64.b64decode(w) for w in path.read_text(encoding="ascii").split()]
    except (OSError, ValueError):
        return []


def fields(covers: int, head: str) -> dict[str, Any]:
    """The fields of the checkpoint that seals entry ``covers`` whose hash is ``head``."""
    return {"kind": "checkpoint", "covers": covers, "head": head}


def _message(entry: dict[str, Any]) -> bytes:
    from aishell.audit.chain import canonical

    return CONTEXT + canonical({k: v for k, v in entry.items() if k != "sig"})


def sign(entry: dict[str, Any], signer: Signer) -> dict[str, Any]:
    signed = {**entry, "key": signer.key_id}
    signed["sig"] = base64.b64encode(signer.key.sign(_message(signed))).decode()
    return signed


def public_key(raw: bytes) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(raw)


def check_signature(entry: dict[str, Any], keys: dict[str, bytes]) -> str:
    """``"ok"``, ``"unsigned"``, ``"unknown-key"`` or ``"bad"``."""
    from cryptography.exceptions import InvalidSignature

    sig, kid = entry.get("sig"), entry.get("key")
    if sig is None and kid is None:
        return "unsigned"
    if not isinstance(sig, str) or not isinstance(kid, str):
        return "bad"
    raw = keys.get(kid)
    if raw is None:
        return "unknown-key"
    try:
        public_key(raw).verify(base64.b64decode(sig), _message(entry))
    except (InvalidSignature, ValueError):
        return "bad"
    return "ok"


def write_head(path: Path, seq: int, digest: str) -> None:
    """The witness of the latest checkpoint, replaced atomically (never moved backwards)."""
    try:
        current = read_head(path)
        if current is not None and current[0] >= seq:
            return
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(json.dumps({"seq": seq, "hash": digest}) + "\n")
        os.replace(tmp, path)
    except OSError:  # the witness is a second line of defence; the log is written
        pass


def read_head(path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(path.read_text(encoding="ascii"))
        return int(data["seq"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
