"""How the vault is unlocked: where a passphrase or the master key comes from.

In order (the first one present is used; a wrong one is an error, never skipped):

1. ``--passphrase-fd N`` (the CLI's flag), then ``AISHELL_VAULT_PASSPHRASE_FD=N``: the first line
   read from that file descriptor (as ``gpg --passphrase-fd``);
2. ``AISHELL_VAULT_PASSPHRASE`` (an empty value counts as unset);
3. the master key that ``aishell vault unlock`` stored in the OS keyring, when the ``keyring``
   package has a usable backend (on a headless Linux box it usually has none: ``fail.Keyring``
   or an empty chainer, treated as absent).  A key that no longer opens the vault (it was
   rotated elsewhere) is skipped with a note;
4. a prompt, only when a face passes one (the CLI on a terminal).

There is no default passphrase.  Nothing here prints: notes go to the ``note`` callback.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aishell.errors import VaultError, VaultLocked, WrongPassphrase
from aishell.vault import store
from aishell.vault.store import Vault

PASSPHRASE_ENV = "AISHELL_VAULT_PASSPHRASE"  # noqa: S105 - a variable's name
PASSPHRASE_FD_ENV = "AISHELL_VAULT_PASSPHRASE_FD"  # noqa: S105 - a variable's name
#: ``vault rotate``'s new passphrase when there is no terminal to ask
NEW_PASSPHRASE_ENV = "AISHELL_VAULT_NEW_PASSPHRASE"  # noqa: S105 - a variable's name
KEYRING_SERVICE = "aishell-vault"
_MAX_LINE = 64 * 1024

NoteFn = Callable[[str], None]
PromptFn = Callable[[str], "str | None"]

_fd_lines: dict[int, str] = {}
_derived: dict[tuple[str, str, str], bytes] = {}


@dataclass(frozen=True)
class Passphrase:
    value: str
    source: str  # where it came from, for messages: never the value


def read_fd(fd: int) -> str:
    """The first line of file descriptor ``fd`` (read once per process, then remembered)."""
    if fd in _fd_lines:
        return _fd_lines[fd]
    chunks: list[bytes] = []
    try:
        while sum(map(len, chunks)) <= _MAX_LINE:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            chunks.append(chunk)
            if b"\n" in chunk:
                break
    except OSError as exc:
        raise VaultError(f"cannot read the vault passphrase from file descriptor {fd}: {exc.strerror}") from None
    line = b"".join(chunks).split(b"\n", 1)[0].rstrip(b"\r")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise VaultError(f"the passphrase on file descriptor {fd} is not UTF-8") from None
    if not text:
        raise VaultError(f"file descriptor {fd} gave an empty vault passphrase")
    _fd_lines[fd] = text
    return text


def headless_passphrase(fd: int | None = None) -> Passphrase | None:
    """The passphrase from ``fd``, ``AISHELL_VAULT_PASSPHRASE_FD`` or ``AISHELL_VAULT_PASSPHRASE``."""
    if fd is not None:
        return Passphrase(read_fd(fd), f"--passphrase-fd {fd}")
    env_fd = os.environ.get(PASSPHRASE_FD_ENV, "").strip()
    if env_fd:
        if not env_fd.isdigit():
            raise VaultError(f"{PASSPHRASE_FD_ENV} must be a file descriptor number")
        return Passphrase(read_fd(int(env_fd)), PASSPHRASE_FD_ENV)
    value = os.environ.get(PASSPHRASE_ENV)
    return Passphrase(value, PASSPHRASE_ENV) if value else None


# --------------------------------------------------------------------------- the OS keyring
def keyring_backend() -> tuple[Any | None, str]:
    """(the keyring backend, its name) when one is usable, else (None, why not)."""
    try:
        import keyring
    except ImportError:
        return None, "the keyring package is not installed"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend module or D-Bus: absent, said once
        return None, f"the OS keyring failed to load ({type(exc).__name__})"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    module = type(backend).__module__
    children = getattr(backend, "backends", None)
    if module in ("keyring.backends.fail", "keyring.backends.null") or (
        module == "keyring.backends.chainer" and not children
    ):
        return None, f"no OS keyring backend is available ({name})"
    return backend, name


def keyring_note() -> str:
    """One line on why the keyring cannot keep the vault unlocked, or '' when it can."""
    backend, why = keyring_backend()
    return "" if backend is not None else f"{why}; headless use reads {PASSPHRASE_ENV} or --passphrase-fd"


def keyring_master(vault_id: str, note: NoteFn | None = None) -> bytes | None:
    backend, _name = keyring_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, vault_id)
    except Exception as exc:  # a locked collection, a D-Bus error: skip the keyring
        if note:
            note(f"note: the OS keyring could not be read ({type(exc).__name__}); skipping it")
        return None
    if not value:
        return None
    try:
        key = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError, binascii.Error):
        key = b""
    if len(key) != 32:
        if note:
            note("note: the vault key in the OS keyring is malformed; run: aishell vault lock && aishell vault unlock")
        return None
    return key


def keyring_store(vault: Vault) -> str | None:
    """Keep ``vault``'s master key in the OS keyring; the backend's name, or None without one."""
    backend, name = keyring_backend()
    if backend is None:
        return None
    try:
        backend.set_password(KEYRING_SERVICE, vault.vault_id, base64.b64encode(vault.master_key).decode("ascii"))
    except Exception as exc:
        raise VaultError(f"the OS keyring ({name}) refused the key: {type(exc).__name__}") from None
    return name


def keyring_forget(vault_id: str) -> bool | None:
    """Remove the vault's key from the keyring: True if one was there, False if not, None without a backend."""
    backend, _name = keyring_backend()
    if backend is None:
        return None
    try:
        if backend.get_password(KEYRING_SERVICE, vault_id) is None:
            return False
        backend.delete_password(KEYRING_SERVICE, vault_id)
    except Exception as exc:
        raise VaultError(f"cannot remove the vault key from the OS keyring: {type(exc).__name__}") from None
    return True


# --------------------------------------------------------------------------- opening
def locked_message(path: Path) -> str:
    extra = keyring_note()
    how = f"set {PASSPHRASE_ENV} or {PASSPHRASE_FD_ENV}, pass --passphrase-fd N, or run: aishell vault unlock"
    return f"the vault {path} is locked: {how}" + (f" ({extra})" if extra else "")


def _with_passphrase(path: Path, passphrase: Passphrase) -> Vault:
    """Open with a passphrase; the derived key is remembered for this process (one KDF per run)."""
    doc = store.read(path)
    key = (str(path), str(doc["kdf"].get("salt")), passphrase.value)
    master = _derived.get(key)
    if master is None:
        from aishell.vault.crypto import KdfParams

        master = KdfParams.from_json(doc["kdf"]).derive(passphrase.value)
    vault = Vault.open(path, master=master, source=f"from {passphrase.source}")
    _derived[key] = master
    return vault


def open_vault(path: Path | None = None, *, fd: int | None = None, prompt: PromptFn | None = None,
               note: NoteFn | None = None, use_keyring: bool = True) -> Vault:  # fmt: skip
    """Unlock the vault (see the module's order); VaultLocked when nothing can."""
    path = path or store.vault_path()
    doc = store.read(path)  # no vault -> VaultError; a damaged one -> VaultCorrupt, before any passphrase
    passphrase = headless_passphrase(fd)
    if passphrase is not None:
        return _with_passphrase(path, passphrase)
    if use_keyring:
        master = keyring_master(doc["vault_id"], note)
        if master is not None:
            try:
                return Vault.open(path, master=master, source="the key in the OS keyring")
            except WrongPassphrase:
                if note:
                    note("note: the key in the OS keyring no longer opens the vault (rotated?); "
                         "run: aishell vault unlock")  # fmt: skip
    if prompt is not None:
        typed = prompt("Vault passphrase: ")
        if typed:
            return _with_passphrase(path, Passphrase(typed, "the typed passphrase"))
    raise VaultLocked(locked_message(path))


def new_passphrase(prompt: PromptFn | None, *, fd: int | None = None, env: str = PASSPHRASE_ENV) -> str:
    """A passphrase for a new vault or a rotation: the fd, the variable ``env``, or typed twice.

    There is no default: without any of them this is an error."""
    if fd is not None:
        return store.check_passphrase(read_fd(fd))
    value = os.environ.get(env)
    if value:
        return store.check_passphrase(value)
    if prompt is None:
        raise VaultError(f"no passphrase given: set {env}, pass a passphrase fd, or run on a terminal")
    first = prompt("New vault passphrase: ") or ""
    store.check_passphrase(first)
    if prompt("Repeat the passphrase: ") != first:
        raise VaultError("the passphrases do not match; nothing was changed")
    return first


def rotate(*, fd: int | None = None, prompt: PromptFn | None = None, change: bool = False, new_fd: int | None = None,
           path: Path | None = None, reencrypt: bool = False) -> tuple[int, bool, bool]:  # fmt: skip
    """Re-wrap every secret under a new master key (a new salt), from the current passphrase or,
    with ``change`` (or ``new_fd``, or ``AISHELL_VAULT_NEW_PASSPHRASE`` set), a new one.

    The current passphrase is needed (a key from the keyring is not enough to derive a new one).
    A keyring that held the old key gets the new one.  Returns (secrets, passphrase changed,
    keyring updated)."""
    path = path or store.vault_path()
    store.read(path)
    current = headless_passphrase(fd)
    if current is None:
        typed = prompt("Current vault passphrase: ") if prompt is not None else None
        if not typed:
            raise VaultLocked(f"rotate needs the current passphrase: set {PASSPHRASE_ENV} or pass --passphrase-fd N")
        current = Passphrase(typed, "the typed passphrase")
    vault = _with_passphrase(path, current)
    change = change or new_fd is not None or bool(os.environ.get(NEW_PASSPHRASE_ENV))
    new = new_passphrase(prompt, fd=new_fd, env=NEW_PASSPHRASE_ENV) if change else current.value
    had_key = keyring_master(vault.vault_id) is not None
    vault.rotate(new, reencrypt=reencrypt)
    kept = had_key and keyring_store(vault) is not None
    return len(vault.names()), change, kept
