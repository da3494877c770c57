"""``aishell vault``: the encrypted credentials vault (see docs/vault.md).

A thin face over :mod:`aishell.vault`: it reads passphrases and values from the terminal or
stdin, and never prints a secret except from ``vault get`` (to a pipe, or with ``--reveal``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from aishell.cli.main import _interactive, _password_on_tty, cli, guarded

if TYPE_CHECKING:
    from aishell.vault import Vault

F = TypeVar("F", bound=Callable[..., Any])
FD_HELP = "Read the vault passphrase from this file descriptor (first line), e.g. --passphrase-fd 3 3<file."


def _note(text: str) -> None:
    click.echo(text, err=True)


def _remember_fd(ctx: click.Context, _param: click.Parameter, value: int | None) -> None:
    if value is not None:
        ctx.find_root().ensure_object(dict)
        ctx.find_root().obj["vault_fd"] = value


def passphrase_fd_option(fn: F) -> F:
    """``--passphrase-fd N`` on the group and on each command (``vault get X --passphrase-fd 3``)."""
    return click.option("--passphrase-fd", type=click.IntRange(min=0), metavar="N", help=FD_HELP,
                        expose_value=False, callback=_remember_fd)(fn)  # fmt: skip


def _fd(ctx: click.Context) -> int | None:
    value = (ctx.find_root().obj or {}).get("vault_fd")
    return value if isinstance(value, int) else None


def _open(ctx: click.Context) -> Vault:
    from aishell.vault.unlock import open_vault

    opened = open_vault(fd=_fd(ctx), prompt=_password_on_tty if _interactive() else None, note=_note)
    if opened.weak_kdf:
        _note("warning: this vault's key derivation is weaker than the default; run: aishell vault rotate")
    return opened


@cli.group()
@passphrase_fd_option
def vault() -> None:
    """Encrypted secrets: connection passwords (conn/NAME), LLM API keys (llm/PROVIDER).

    \b
    The passphrase comes from --passphrase-fd N, $AISHELL_VAULT_PASSPHRASE_FD,
    $AISHELL_VAULT_PASSPHRASE, the OS keyring (after `vault unlock`), or a prompt
    on a terminal.  There is no default passphrase.  Vault errors exit with code 2.
    """


@vault.command("init")
@passphrase_fd_option
@click.option("--kdf", type=click.Choice(["argon2id", "scrypt"]), help="Key derivation (default: Argon2id).")
@click.pass_context
@guarded
def vault_init(ctx: click.Context, kdf: str | None) -> None:
    """Create the vault (never replaces an existing one)."""
    from aishell.vault import Vault, vault_path
    from aishell.vault.crypto import WEAK_KDF_ENV, weak_kdf_requested
    from aishell.vault.unlock import new_passphrase

    path = vault_path()
    if path.exists():
        from aishell.errors import VaultError

        raise VaultError(f"a vault already exists at {path}; it is never replaced")
    passphrase = new_passphrase(_password_on_tty if _interactive() else None, fd=_fd(ctx))
    created = Vault.create(passphrase, path, kdf=kdf)
    if weak_kdf_requested():
        click.echo(f"warning: {WEAK_KDF_ENV}=1: this vault uses a weak key derivation (tests only)", err=True)
    cost = ", ".join(f"{k}={v}" for k, v in created.kdf.items())
    click.echo(f"created the vault {path} ({cost})", err=True)


@vault.command("unlock")
@passphrase_fd_option
@click.pass_context
@guarded
def vault_unlock(ctx: click.Context) -> None:
    """Keep the vault's key in the OS keyring, so that commands need no passphrase."""
    from aishell.errors import VaultLocked
    from aishell.vault.unlock import keyring_note, keyring_store, open_vault

    opened = open_vault(fd=_fd(ctx), prompt=_password_on_tty if _interactive() else None, note=_note,
                        use_keyring=False)  # fmt: skip
    backend = keyring_store(opened)
    if backend is None:
        raise VaultLocked(f"the passphrase is right, but the vault cannot stay unlocked: {keyring_note()}")
    click.echo(f"unlocked: the vault key is kept in the OS keyring ({backend}); `aishell vault lock` removes it",
               err=True)  # fmt: skip


@vault.command("lock")
@guarded
def vault_lock() -> None:
    """Remove the vault's key from the OS keyring."""
    from aishell.vault import store
    from aishell.vault.unlock import keyring_forget, keyring_note

    doc = store.read(store.vault_path())
    removed = keyring_forget(doc["vault_id"])
    if removed is None:
        click.echo(f"nothing to lock: {keyring_note()}", err=True)
    else:
        click.echo("locked: the key was removed from the OS keyring" if removed else "the vault was not unlocked",
                   err=True)  # fmt: skip


def _read_value(name: str) -> str:
    if _interactive():
        value = _password_on_tty(f"Value for {name}: ") or ""
    else:
        value = sys.stdin.read()
        value = value[:-1] if value.endswith("\n") else value
        value = value[:-1] if value.endswith("\r") else value
    if not value:
        from aishell.errors import UsageError

        raise UsageError("no value given (type it when asked, or pipe it on stdin)")
    return value


@vault.command("set")
@passphrase_fd_option
@click.argument("name")
@click.pass_context
@guarded
def vault_set(ctx: click.Context, name: str) -> None:
    """Store a secret: typed when asked, or read from stdin (never an argument: it would show in `ps`)."""
    from aishell.vault.store import check_name

    check_name(name)
    opened = _open(ctx)
    opened.set(name, _read_value(name))
    click.echo(f"stored {name}", err=True)


@vault.command("get")
@passphrase_fd_option
@click.argument("name")
@click.option("--reveal", is_flag=True, help="Print the secret even to a terminal.")
@click.pass_context
@guarded
def vault_get(ctx: click.Context, name: str, reveal: bool) -> None:
    """Print a secret to stdout (to a pipe or file; to a terminal only with --reveal)."""
    from aishell.errors import UsageError, VaultError

    if sys.stdout.isatty() and not reveal:
        raise UsageError("refusing to print a secret to a terminal; pipe it, or pass --reveal")
    value = _open(ctx).get(name)
    if value is None:
        raise VaultError(f"no secret named {name!r} in the vault")
    sys.stdout.write(value + ("\n" if sys.stdout.isatty() else ""))
    sys.stdout.flush()


@vault.command("list")
@passphrase_fd_option
@click.pass_context
@guarded
def vault_list(ctx: click.Context) -> None:
    """List the secrets' names and dates (never their values)."""
    import datetime as dt

    opened = _open(ctx)
    rows = opened.metadata()
    if not rows:
        click.echo("the vault is empty (add a secret with: aishell vault set NAME)", err=True)
        return

    def when(ts: float | None) -> str:
        return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts is not None else "-"

    width = max(len(r[0]) for r in rows)
    for name, created, updated in rows:
        click.echo(f"{name.ljust(width)}  created {when(created)}  updated {when(updated)}")


@vault.command("rm")
@passphrase_fd_option
@click.argument("name")
@click.pass_context
@guarded
def vault_rm(ctx: click.Context, name: str) -> None:
    """Remove a secret (it must exist)."""
    _open(ctx).remove(name)
    click.echo(f"removed {name}", err=True)


@vault.command("rotate")
@passphrase_fd_option
@click.option("--new-passphrase", "change", is_flag=True,
              help="Also change the passphrase (asked twice, or $AISHELL_VAULT_NEW_PASSPHRASE).")
@click.option("--new-passphrase-fd", type=click.IntRange(min=0), metavar="N",
              help="Read the new passphrase from this file descriptor.")  # fmt: skip
@click.option("--reencrypt", is_flag=True, help="Also seal every value under a new data key.")
@click.pass_context
@guarded
def vault_rotate(ctx: click.Context, change: bool, new_passphrase_fd: int | None, reencrypt: bool) -> None:
    """Re-wrap every secret under a new master key (new salt), optionally with a new passphrase."""
    from aishell.vault.unlock import rotate

    prompt = _password_on_tty if _interactive() else None
    count, changed, kept = rotate(fd=_fd(ctx), prompt=prompt, change=change, new_fd=new_passphrase_fd,
                                  reencrypt=reencrypt)  # fmt: skip
    click.echo(f"rotated: {count} secret(s) re-wrapped under a new key"
               + (", with the new passphrase" if changed else ", same passphrase")
               + ("; the OS keyring holds the new key" if kept else ""), err=True)  # fmt: skip
