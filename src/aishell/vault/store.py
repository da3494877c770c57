"""The vault file: ``vault.json`` in the data directory, 0600 in a 0700 directory.

Layout (JSON; every binary field is base64)::

    {"format": "aishell-vault", "version": 1, "vault_id": "<32 hex>",
     "kdf": {"name": "argon2id", "salt": "...", "time_cost": 3, "memory_kib": 65536, "parallelism": 4},
     "check": "<key-check value>", "created": 1733360000.0, "rotated": null,
     "entries": {"conn/prod": {"key_nonce": "...", "wrapped_key": "...", "nonce": "...",
                               "ciphertext": "...", "created": ..., "updated": ...}},
     "tag": "<HMAC-SHA256 over everything above>", "checksum": "<SHA-256 over everything but itself>"}

Names and timestamps are readable without the passphrase (as in a sops file); values are not.
The keyed ``tag`` covers the header and the whole set of entries, so an edited, removed, added,
renamed or rolled-back entry is detected; the plain ``checksum`` reports accidental damage as
corruption even before a key is derived.  Anything that fails is :class:`VaultCorrupt`; the file
is never reset or rewritten then.  Writes go to a temporary file in the same directory, are
fsynced and renamed over the vault (then the directory is fsynced), under an exclusive lock on
``vault.lock``: a crash leaves the old vault or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aishell.errors import VaultCorrupt, VaultError, WrongPassphrase
from aishell.vault import PATH_ENV, crypto, vault_path

__all__ = ["PATH_ENV", "Vault", "check_name", "check_passphrase", "parse", "read", "vault_path", "write_atomic"]

FORMAT = "aishell-vault"
VERSION = 1
MAX_SECRET_BYTES = 64 * 1024
MIN_PASSPHRASE = 8
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@/+-]{0,199}$")
_ENTRY_FIELDS = ("key_nonce", "wrapped_key", "nonce", "ciphertext")


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise VaultError(f"bad secret name {name!r}: letters, digits and _ . : @ / + - (e.g. conn/prod)")
    return name


def check_passphrase(passphrase: str) -> str:
    """A new passphrase: never empty, at least :data:`MIN_PASSPHRASE` characters."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(f"a vault passphrase needs at least {MIN_PASSPHRASE} characters")
    return passphrase


def _canonical(doc: dict[str, Any], *drop: str) -> bytes:
    body = {k: v for k, v in doc.items() if k not in drop}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def parse(raw: bytes, path: Path) -> dict[str, Any]:
    """Check a vault file's structure and checksum (no key needed); VaultCorrupt when anything is off."""
    where = f"the vault {path} is corrupt"
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise VaultCorrupt(f"{where}: not valid JSON (truncated or edited?); restore it from a backup") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise VaultCorrupt(f"{where}: not an aishell vault file")
    if doc.get("version") != VERSION:
        raise VaultCorrupt(f"{where}: unknown vault format version {doc.get('version')!r}")
    if not isinstance(doc.get("checksum"), str) or not hmac.compare_digest(
        crypto.checksum(_canonical(doc, "checksum")), doc["checksum"]
    ):
        raise VaultCorrupt(f"{where}: its checksum does not match (damaged or edited); restore it from a backup")
    vault_id = doc.get("vault_id")
    if not isinstance(vault_id, str) or not re.fullmatch(r"[0-9a-f]{32}", vault_id):
        raise VaultCorrupt(f"{where}: bad vault id")
    crypto.KdfParams.from_json(doc.get("kdf"))
    crypto.unb64(doc.get("check"), "check", 32)
    crypto.unb64(doc.get("tag"), "tag", 32)
    entries = doc.get("entries")
    if not isinstance(entries, dict):
        raise VaultCorrupt(f"{where}: no entries table")
    for name, entry in entries.items():
        if not isinstance(name, str) or not _NAME.match(name) or not isinstance(entry, dict):
            raise VaultCorrupt(f"{where}: a malformed entry")
        if any(not isinstance(entry.get(f), str) for f in _ENTRY_FIELDS):
            raise VaultCorrupt(f"{where}: entry {name!r} is incomplete")
    return doc


def read(path: Path) -> dict[str, Any]:
    """Read and check the vault at ``path`` (VaultError when there is none)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise VaultError(f"no vault at {path}; create one with: aishell vault init") from None
    except OSError as exc:
        raise VaultError(f"cannot read the vault {path}: {exc.strerror}") from None
    _tighten(path)
    return parse(raw, path)


def _tighten(path: Path) -> None:
    """A vault (or its directory) readable by others is made private again."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)


def private_dir(path: Path) -> None:
    """Create the vault's directory 0700; aishell's own data directory is tightened if found wider
    (a directory chosen with ``AISHELL_VAULT_FILE`` is the user's business, and may be shared)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    from aishell.config import data_dir

    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077 and path.resolve() == data_dir().resolve():
            os.chmod(path, 0o700)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path``: 0600 temporary file, fsync, rename, fsync of the directory."""
    private_dir(path.parent)
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # not every platform can open a directory
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock on ``<vault>.lock`` for a read-modify-write (POSIX; elsewhere a no-op)."""
    private_dir(path.parent)
    fd = os.open(path.with_suffix(".lock"), os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _seal_doc(doc: dict[str, Any], keys: crypto.Keys) -> bytes:
    doc = {k: v for k, v in doc.items() if k not in ("tag", "checksum")}
    doc["tag"] = crypto.b64(keys.tag(_canonical(doc)))
    doc["checksum"] = crypto.checksum(_canonical(doc))
    return json.dumps(doc, sort_keys=True, indent=1).encode() + b"\n"


def _verify(doc: dict[str, Any], keys: crypto.Keys, path: Path, *, source: str) -> None:
    """The key opens this vault (else WrongPassphrase) and the manifest is intact (else VaultCorrupt)."""
    if not hmac.compare_digest(keys.check_value(doc["vault_id"]), crypto.unb64(doc["check"], "check", 32)):
        raise WrongPassphrase(f"wrong vault passphrase ({source}); the vault {path} was not changed")
    tag = crypto.unb64(doc["tag"], "tag", 32)
    if not hmac.compare_digest(keys.tag(_canonical(doc, "tag", "checksum")), tag):
        raise VaultCorrupt(f"the vault {path} is corrupt: its entries were altered (tag mismatch); "
                           "restore it from a backup")  # fmt: skip


class Vault:
    """An unlocked vault: secrets by name.  Every change is written to disk at once, atomically.

    Obtain one with :func:`aishell.vault.unlocked_vault` (headless) or
    :func:`aishell.vault.unlock.open_vault` (which may prompt)."""

    def __init__(self, path: Path, doc: dict[str, Any], keys: crypto.Keys) -> None:
        self.path = path
        self._doc = doc
        self._keys = keys

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(cls, passphrase: str, path: Path | None = None, *, kdf: str | None = None) -> Vault:
        """A new, empty vault at ``path``; refuses to replace an existing file."""
        path = path or vault_path()
        check_passphrase(passphrase)
        params = crypto.KdfParams.new(kdf)
        keys = crypto.Keys.from_master(params.derive(passphrase))
        vault_id = secrets.token_hex(16)
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "vault_id": vault_id, "kdf": params.to_json(),
                               "check": crypto.b64(keys.check_value(vault_id)), "created": round(time.time(), 3),
                               "rotated": None, "entries": {}}  # fmt: skip
        with locked(path):
            if path.exists():
                raise VaultError(f"a vault already exists at {path}; it is never replaced")
            write_atomic(path, _seal_doc(doc, keys))
        return cls.open(path, master=keys.master, source="new")

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, master: bytes | None = None,
             source: str = "passphrase") -> Vault:  # fmt: skip
        """Unlock the vault at ``path`` with a passphrase or a master key."""
        doc = read(path)
        if master is None:
            if passphrase is None:
                raise VaultError("a passphrase or a master key is needed")
            master = crypto.KdfParams.from_json(doc["kdf"]).derive(passphrase)
        keys = crypto.Keys.from_master(master)
        _verify(doc, keys, path, source=source)
        return cls(path, doc, keys)

    @property
    def vault_id(self) -> str:
        return str(self._doc["vault_id"])

    @property
    def master_key(self) -> bytes:
        """The derived master key (what ``vault unlock`` keeps in the OS keyring)."""
        return self._keys.master

    @property
    def weak_kdf(self) -> bool:
        """Whether the key derivation costs less than the defaults (a test vault, an old one)."""
        cost, name = self._doc["kdf"], self._doc["kdf"]["name"]
        floor = crypto.ARGON2_DEFAULT if name == "argon2id" else crypto.SCRYPT_DEFAULT
        return any(cost.get(k, 0) < v for k, v in floor.items() if k not in ("parallelism", "p"))

    @property
    def kdf(self) -> dict[str, Any]:
        """The key derivation's name and cost (without the salt)."""
        return {k: v for k, v in self._doc["kdf"].items() if k != "salt"}

    # ------------------------------------------------------------------ reading
    def names(self) -> list[str]:
        return sorted(self._doc["entries"])

    def metadata(self) -> list[tuple[str, float | None, float | None]]:
        """(name, created, updated) for each secret: never the values."""
        out = []
        for name in self.names():
            entry = self._doc["entries"][name]
            created, updated = entry.get("created"), entry.get("updated")
            out.append((name, created if isinstance(created, (int, float)) else None,
                        updated if isinstance(updated, (int, float)) else None))  # fmt: skip
        return out

    def get(self, name: str) -> str | None:
        entry = self._doc["entries"].get(name)
        if entry is None:
            return None
        value = crypto.open_entry(self._keys, self.vault_id, name, entry)
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise VaultCorrupt(f"vault entry {name!r} is not text") from None

    def __contains__(self, name: object) -> bool:
        return name in self._doc["entries"]

    # ------------------------------------------------------------------ changing
    @contextlib.contextmanager
    def _change(self) -> Iterator[dict[str, Any]]:
        """Re-read the file under the lock (another process may have changed it), let the caller
        edit the entries, then write the whole vault atomically."""
        with locked(self.path):
            doc = read(self.path)
            if doc["vault_id"] != self.vault_id:
                raise VaultError(f"the vault at {self.path} was replaced since it was unlocked; unlock it again")
            _verify(doc, self._keys, self.path, source="the key it was unlocked with; it was rotated meanwhile")
            yield doc
            write_atomic(self.path, _seal_doc(doc, self._keys))
            self._doc = read(self.path)

    def set(self, name: str, value: str) -> None:
        check_name(name)
        data = value.encode("utf-8")
        if not data:
            raise VaultError("an empty secret is not stored; remove it with: aishell vault rm NAME")
        if len(data) > MAX_SECRET_BYTES:
            raise VaultError(f"a secret is at most {MAX_SECRET_BYTES // 1024} KiB")
        now = round(time.time(), 3)
        with self._change() as doc:
            old = doc["entries"].get(name)
            created = old.get("created", now) if isinstance(old, dict) else now
            doc["entries"][name] = {**crypto.seal(self._keys, self.vault_id, name, data),
                                    "created": created, "updated": now}  # fmt: skip

    def remove(self, name: str) -> None:
        with self._change() as doc:
            if name not in doc["entries"]:
                raise VaultError(f"no secret named {name!r} in the vault")
            del doc["entries"][name]

    def rotate(self, passphrase: str, *, reencrypt: bool = False) -> None:
        """Re-wrap every data key under a new master key from ``passphrase`` (the same one or a
        new one) with a new salt; ``reencrypt``: also seal every value under a new data key (so a
        leaked old master key and an old copy of the file no longer open today's ciphertexts).
        Every entry is checked first; one file rename commits it all."""
        check_passphrase(passphrase)
        params = crypto.KdfParams.new()  # the preferred KDF: a scrypt vault moves to Argon2id when it is installed
        new = crypto.Keys.from_master(params.derive(passphrase))
        with locked(self.path):
            doc = read(self.path)
            _verify(doc, self._keys, self.path, source="the key it was unlocked with")
            vid, entries = doc["vault_id"], {}
            for name, entry in doc["entries"].items():
                if reencrypt:
                    value = crypto.open_entry(self._keys, vid, name, entry)
                    entries[name] = {**entry, **crypto.seal(new, vid, name, value)}
                else:
                    entries[name] = crypto.rewrap(self._keys, new, vid, name, entry)
            doc.update(kdf=params.to_json(), check=crypto.b64(new.check_value(doc["vault_id"])),
                       rotated=round(time.time(), 3), entries=entries)  # fmt: skip
            write_atomic(self.path, _seal_doc(doc, new))
            self._keys = new
            self._doc = read(self.path)
