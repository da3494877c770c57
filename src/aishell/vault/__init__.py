"""The credentials vault: connection passwords, LLM API keys and other secrets, encrypted at rest.

``vault.json`` (0600, in the 0700 data directory) holds each secret under its own AES-256-GCM
data key, wrapped by a master key derived from a passphrase (Argon2id, else scrypt).  See
``docs/vault.md`` and the modules: :mod:`.crypto` (the envelope), :mod:`.store` (the file and
:class:`Vault`), :mod:`.unlock` (where a passphrase or key comes from).

For other code, the entry point is :func:`unlocked_vault`::

    vault = unlocked_vault()            # None: no vault, or it cannot be unlocked without a prompt
    key = vault.get("audit/signing-key") if vault else None

Secret names by convention: ``conn/<saved connection>``, ``llm/<provider>``.  Importing this
package loads neither ``cryptography`` nor ``keyring`` (nor :mod:`.store`, until :class:`Vault`
or a vault file is needed).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from aishell.errors import VaultCorrupt, VaultError, VaultLocked, WrongPassphrase

if TYPE_CHECKING:
    from aishell.vault.store import Vault
    from aishell.vault.unlock import NoteFn, PromptFn

#: where the vault lives instead of ``<data dir>/vault.json`` (tests, several vaults)
PATH_ENV = "AISHELL_VAULT_FILE"

__all__ = [
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultLocked",
    "WrongPassphrase",
    "connection_password",
    "connection_secret",
    "llm_api_key",
    "unlocked_vault",
    "vault_for_saving",
    "vault_path",
]


def __getattr__(name: str) -> object:
    # the Vault class loads its module (and hashlib, json, secrets) only when asked for: resolving a
    # saved connection without a vault file imports nothing but this package
    if name == "Vault":
        from aishell.vault.store import Vault

        return Vault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def vault_path() -> Path:
    """The vault file: ``$AISHELL_VAULT_FILE``, else ``vault.json`` in the data directory."""
    env = os.environ.get(PATH_ENV)
    if env:
        return Path(env)
    from aishell.config import data_dir

    return data_dir() / "vault.json"


def unlocked_vault(*, required: bool = False) -> Vault | None:
    """The user's vault unlocked without a prompt (AISHELL_VAULT_PASSPHRASE, the passphrase fd, or the keyring),
    or None when there is no vault or it cannot be unlocked headlessly (required=True: raise VaultLocked instead).

    A wrong passphrase (:class:`WrongPassphrase`) and a damaged file (:class:`VaultCorrupt`) are
    always raised: they are never taken for "no vault"."""
    path = vault_path()
    if not path.exists():  # the usual case at every audit checkpoint: nothing more to load
        if required:
            raise VaultLocked(f"no vault at {path}; create one with: aishell vault init")
        return None
    from aishell.vault.unlock import open_vault

    try:
        return open_vault(path)
    except VaultLocked:
        if required:
            raise
        return None


def connection_secret(name: str) -> str:
    """The vault name of a saved connection's password."""
    return f"conn/{name}"


def _lookup(secret: str) -> tuple[str | None, str | None]:
    """(value, hint): the secret when the vault holds it and opens headlessly; else a one-line hint
    when the vault holds it but is locked.  A vault without that name costs no key derivation."""
    from aishell.vault import store

    path = vault_path()
    if not path.exists():
        return None, None
    if secret not in store.read(path)["entries"]:  # names are readable without the key
        return None, None
    vault = unlocked_vault()
    if vault is None:
        return None, (f"the vault holds {secret} but is locked: set AISHELL_VAULT_PASSPHRASE "
                      "(or AISHELL_VAULT_PASSPHRASE_FD) or run: aishell vault unlock")  # fmt: skip
    return vault.get(secret), None


def connection_password(name: str) -> tuple[str | None, str | None]:
    """The saved connection ``name``'s password from the vault (``conn/<name>``), and a hint when
    the vault holds one but is locked (show it only if the password is actually needed)."""
    from aishell.errors import register_secret

    value, hint = _lookup(connection_secret(name))
    register_secret(value)
    return value, hint


def forget_connection(name: str) -> str | None:
    """After ``conn rm NAME``: remove its password (``conn/<name>``) from the vault when the vault
    holds it and opens headlessly; the line to tell the user, or None when the vault held none."""
    from aishell.vault import store

    secret = connection_secret(name)
    path = vault_path()
    if not path.exists() or secret not in store.read(path)["entries"]:
        return None
    vault = unlocked_vault()
    if vault is None:
        return f"note: the vault still holds {secret} (it is locked); remove it with: aishell vault rm {secret}"
    vault.remove(secret)
    return f"removed {secret} from the vault"


def llm_api_key(provider: str) -> str | None:
    """The API key of an LLM provider from the vault (``llm/<provider>``), when it opens headlessly."""
    from aishell.errors import register_secret

    value, _hint = _lookup(f"llm/{provider}")
    register_secret(value)
    return value


def vault_for_saving(*, required: bool, prompt: PromptFn | None = None, note: NoteFn | None = None) -> Vault | None:
    """The vault to store a new connection password in (``conn add``).

    ``required`` (the user asked with ``--password``): no vault or a locked one is an error.
    Otherwise (a password said in the URL) they give None and the caller says the password was
    not kept.  A wrong passphrase or a damaged vault is an error either way."""
    from aishell.vault.unlock import open_vault

    path = vault_path()
    if not path.exists():
        if required:
            raise VaultError(f"no vault at {path}; create one first: aishell vault init")
        return None
    try:
        return open_vault(path, prompt=prompt, note=note)
    except VaultLocked:
        if required:
            raise
        return None
