"""The credentials vault: envelope encryption, integrity, unlocking, rotation, file permissions.

New vaults use the cheap KDF of ``AISHELL_VAULT_WEAK_KDF_FOR_TESTS=1`` (the header records it);
one test checks that the default is strong.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aishell import vault as vault_pkg
from aishell.errors import VaultCorrupt, VaultError, VaultLocked, WrongPassphrase, redact
from aishell.vault import Vault, crypto, store, unlock, unlocked_vault

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def weak_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(crypto.WEAK_KDF_ENV, "1")
    for var in (unlock.PASSPHRASE_ENV, unlock.PASSPHRASE_FD_ENV, unlock.NEW_PASSPHRASE_ENV, store.PATH_ENV):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(unlock, "_fd_lines", {})
    monkeypatch.setattr(unlock, "_derived", {})
    yield


@pytest.fixture
def made() -> Vault:
    v = Vault.create(PASS)
    v.set("conn/prod", "pg-secret-1")
    v.set("llm/anthropic", "sk-ant-XYZ")
    return v


def _doc(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text())
    return doc


def _write(path: Path, doc: dict[str, Any], *, fix_checksum: bool = True) -> None:
    """An edited vault file; ``fix_checksum``: as a deliberate editor would (only the keyed tag then tells)."""
    if fix_checksum:
        doc["checksum"] = crypto.checksum(store._canonical(doc, "checksum"))
    path.write_text(json.dumps(doc))


# --------------------------------------------------------------------------- round trip
def test_round_trip_and_metadata(made: Vault) -> None:
    made.set("conn/uni", "pässwörd ✓ with spaces\tand tabs")
    again = Vault.open(made.path, passphrase=PASS)
    assert again.get("conn/prod") == "pg-secret-1"
    assert again.get("conn/uni") == "pässwörd ✓ with spaces\tand tabs"
    assert again.get("conn/missing") is None
    assert again.names() == ["conn/prod", "conn/uni", "llm/anthropic"]
    assert again.get("llm/anthropic") == "sk-ant-XYZ"
    created = dict((n, c) for n, c, _u in again.metadata())["conn/prod"]
    again.set("conn/prod", "pg-secret-2")
    reopened = Vault.open(made.path, passphrase=PASS)
    assert reopened.get("conn/prod") == "pg-secret-2"
    meta = {n: (c, u) for n, c, u in reopened.metadata()}
    assert meta["conn/prod"][0] == created and meta["conn/prod"][1] is not None
    raw = made.path.read_text()
    assert "pg-secret" not in raw and "sk-ant-XYZ" not in raw  # never in clear


def test_bad_names_values_and_missing(made: Vault) -> None:
    for bad in ("", "/x", "a b", "x" * 300, "conn/üñí"):
        with pytest.raises(VaultError):
            made.set(bad, "v")
    with pytest.raises(VaultError, match="empty"):
        made.set("conn/x", "")
    with pytest.raises(VaultError, match="KiB"):
        made.set("conn/x", "x" * (store.MAX_SECRET_BYTES + 1))
    with pytest.raises(VaultError, match="named 'conn/nope'"):
        made.remove("conn/nope")
    made.remove("conn/prod")
    assert Vault.open(made.path, passphrase=PASS).names() == ["llm/anthropic"]


def test_init_never_replaces_and_needs_a_real_passphrase(made: Vault) -> None:
    before = made.path.read_bytes()
    with pytest.raises(VaultError, match="never replaced"):
        Vault.create("another passphrase", made.path)
    assert made.path.read_bytes() == before
    with pytest.raises(VaultError, match="at least"):
        Vault.create("short", made.path.with_name("other.json"))
    with pytest.raises(VaultError, match="no passphrase"):  # no default: nothing to type, nothing set
        unlock.new_passphrase(None)


def test_default_kdf_is_strong_and_scrypt_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(crypto.WEAK_KDF_ENV)
    params = crypto.KdfParams.new()
    assert params.name == "argon2id" and params.cost == {"time_cost": 3, "memory_kib": 65536, "parallelism": 4}
    assert crypto.KdfParams.new("scrypt").cost["n"] >= 2**17
    monkeypatch.setenv(crypto.WEAK_KDF_ENV, "1")
    v = Vault.create(PASS, tmp_path / "s.json", kdf="scrypt")
    v.set("a", "b")
    assert Vault.open(v.path, passphrase=PASS).get("a") == "b" and v.kdf["name"] == "scrypt"


# --------------------------------------------------------------------------- wrong passphrase, corruption
def test_wrong_passphrase_is_clear_and_leaves_the_file(made: Vault) -> None:
    before = made.path.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(made.path, passphrase="not the passphrase")
    assert "wrong vault passphrase" in info.value.one_line() and "not the passphrase" not in info.value.one_line()
    assert info.value.exit_code == 2
    assert made.path.read_bytes() == before


def _flip(text: str) -> str:
    raw = bytearray(crypto.unb64(text, "x"))
    raw[len(raw) // 2] ^= 0x01
    return crypto.b64(bytes(raw))


def _corrupt_header(doc: dict[str, Any], path: Path) -> None:
    doc["kdf"]["salt"] = crypto.b64(os.urandom(16))
    _write(path, doc, fix_checksum=False)


def _corrupt_ciphertext(doc: dict[str, Any], path: Path) -> None:
    doc["entries"]["conn/prod"]["ciphertext"] = _flip(doc["entries"]["conn/prod"]["ciphertext"])
    _write(path, doc)


def _swap_names(doc: dict[str, Any], path: Path) -> None:
    e = doc["entries"]
    e["conn/prod"], e["llm/anthropic"] = e["llm/anthropic"], e["conn/prod"]
    _write(path, doc)


def _delete_entry(doc: dict[str, Any], path: Path) -> None:
    del doc["entries"]["llm/anthropic"]
    _write(path, doc)


def _truncate(doc: dict[str, Any], path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def _flip_unfixed(doc: dict[str, Any], path: Path) -> None:
    doc["entries"]["conn/prod"]["wrapped_key"] = _flip(doc["entries"]["conn/prod"]["wrapped_key"])
    _write(path, doc, fix_checksum=False)


def _huge_kdf(doc: dict[str, Any], path: Path) -> None:
    doc["kdf"]["memory_kib"] = 2**40  # opening it must not try to allocate that
    _write(path, doc)


def _empty(doc: dict[str, Any], path: Path) -> None:
    path.write_bytes(b"")


#: (damage, detected before any key is derived: accidental damage breaks the plain checksum)
DAMAGES = [(_corrupt_header, True), (_corrupt_ciphertext, False), (_swap_names, False), (_delete_entry, False),
           (_truncate, True), (_flip_unfixed, True), (_huge_kdf, True), (_empty, True)]


@pytest.mark.parametrize(("damage", "keyless"), DAMAGES, ids=[d.__name__ for d, _k in DAMAGES])
def test_corruption_is_detected_never_reset(made: Vault, damage: Any, keyless: bool) -> None:
    damage(_doc(made.path), made.path)
    broken = made.path.read_bytes()
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(made.path, passphrase=PASS).get("conn/prod")
    assert info.value.exit_code == 2 and "pg-secret" not in info.value.one_line()
    # damage is reported as such even with a wrong passphrase; a deliberate edit that fixed the
    # checksum needs the key to be told from a wrong passphrase
    with pytest.raises(VaultCorrupt if keyless else WrongPassphrase):
        Vault.open(made.path, passphrase="whatever passphrase").get("conn/prod")
    with pytest.raises(VaultCorrupt):  # and a writer that opened it before refuses to write over it
        made.set("conn/new", "v")
    assert made.path.read_bytes() == broken


def test_rolled_back_entry_is_detected(made: Vault) -> None:
    old_entry = _doc(made.path)["entries"]["conn/prod"]
    made.set("conn/prod", "pg-secret-NEW")
    doc = _doc(made.path)
    doc["entries"]["conn/prod"] = old_entry  # an authentic but older ciphertext
    _write(made.path, doc)
    with pytest.raises(VaultCorrupt, match="tag"):
        Vault.open(made.path, passphrase=PASS)


def test_entry_bound_to_its_name_and_vault(made: Vault, tmp_path: Path) -> None:
    keys = made._keys
    entry = _doc(made.path)["entries"]["conn/prod"]
    assert crypto.open_entry(keys, made.vault_id, "conn/prod", entry) == b"pg-secret-1"
    with pytest.raises(VaultCorrupt):
        crypto.open_entry(keys, made.vault_id, "llm/anthropic", entry)
    with pytest.raises(VaultCorrupt):
        crypto.open_entry(keys, "0" * 32, "conn/prod", entry)


# --------------------------------------------------------------------------- rotation
def test_rotate_rewraps_everything(made: Vault) -> None:
    before = _doc(made.path)
    made.rotate("a brand new passphrase")
    after = _doc(made.path)
    assert after["kdf"]["salt"] != before["kdf"]["salt"] and after["rotated"]
    for name, entry in after["entries"].items():
        assert entry["wrapped_key"] != before["entries"][name]["wrapped_key"]
        assert entry["ciphertext"] == before["entries"][name]["ciphertext"]
    with pytest.raises(WrongPassphrase):
        Vault.open(made.path, passphrase=PASS)
    v = Vault.open(made.path, passphrase="a brand new passphrase")
    assert v.get("conn/prod") == "pg-secret-1" and v.get("llm/anthropic") == "sk-ant-XYZ"
    assert made.get("conn/prod") == "pg-secret-1"  # the object that rotated keeps working


def test_rotate_reencrypt_and_weak_kdf_flag(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _doc(made.path)
    assert made.weak_kdf  # made under the test KDF
    made.rotate(PASS, reencrypt=True)
    after = _doc(made.path)
    for name, entry in after["entries"].items():
        assert entry["ciphertext"] != before["entries"][name]["ciphertext"]
        assert entry["created"] == before["entries"][name]["created"]
    assert Vault.open(made.path, passphrase=PASS).get("llm/anthropic") == "sk-ant-XYZ"
    doc = _doc(made.path)
    doc["kdf"].update(crypto.ARGON2_DEFAULT)  # what a default vault's header says
    assert not Vault(made.path, doc, made._keys).weak_kdf


def test_rotate_crash_leaves_the_old_vault(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    before = made.path.read_bytes()

    def crash(src: Any, dst: Any) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        made.rotate("a brand new passphrase")
    monkeypatch.undo()
    assert made.path.read_bytes() == before
    assert [p.name for p in made.path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert Vault.open(made.path, passphrase=PASS).get("conn/prod") == "pg-secret-1"


def test_cli_rotate_function_with_env(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASS)
    assert unlock.rotate() == (2, False, False)  # same passphrase, new salt
    assert Vault.open(made.path, passphrase=PASS).get("conn/prod") == "pg-secret-1"
    monkeypatch.setenv(unlock.NEW_PASSPHRASE_ENV, "passphrase number two")
    assert unlock.rotate() == (2, True, False)
    with pytest.raises(WrongPassphrase):
        unlocked_vault()
    monkeypatch.delenv(unlock.PASSPHRASE_ENV)
    with pytest.raises(VaultLocked, match="current passphrase"):
        unlock.rotate()


def test_two_writers_keep_both(made: Vault) -> None:
    other = Vault.open(made.path, passphrase=PASS)
    made.set("conn/a", "1")
    other.set("conn/b", "2")  # re-read under the lock: conn/a survives
    assert Vault.open(made.path, passphrase=PASS).names() == ["conn/a", "conn/b", "conn/prod", "llm/anthropic"]


# --------------------------------------------------------------------------- unlocking
def test_unlocked_vault_sources(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    assert unlocked_vault() is None
    with pytest.raises(VaultLocked, match="AISHELL_VAULT_PASSPHRASE"):
        unlocked_vault(required=True)
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASS)
    v = unlocked_vault(required=True)
    assert v is not None and v.get("conn/prod") == "pg-secret-1"
    v.set("audit/key", "ed25519-private")
    assert unlocked_vault() is not None and unlocked_vault().get("audit/key") == "ed25519-private"  # type: ignore[union-attr]
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "wrong passphrase!")
    with pytest.raises(WrongPassphrase):  # a wrong passphrase is an error, never "no vault"
        unlocked_vault()


def test_passphrase_fd(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    r, w = os.pipe()
    os.write(w, (PASS + "\nsecond line ignored\n").encode())
    os.close(w)
    try:
        monkeypatch.setenv(unlock.PASSPHRASE_FD_ENV, str(r))
        assert unlocked_vault(required=True).get("conn/prod") == "pg-secret-1"  # type: ignore[union-attr]
        assert unlocked_vault() is not None  # read once, remembered
    finally:
        os.close(r)
    monkeypatch.setattr(unlock, "_fd_lines", {})
    monkeypatch.setenv(unlock.PASSPHRASE_FD_ENV, "not-a-number")
    with pytest.raises(VaultError, match="file descriptor"):
        unlocked_vault()
    r, w = os.pipe()
    os.close(w)
    monkeypatch.setenv(unlock.PASSPHRASE_FD_ENV, str(r))
    with pytest.raises(VaultError, match="empty"):
        unlocked_vault()
    os.close(r)


def test_no_vault(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASS)
    assert unlocked_vault() is None
    with pytest.raises(VaultLocked, match="vault init"):
        unlocked_vault(required=True)
    with pytest.raises(VaultError, match="vault init"):
        unlock.open_vault()
    assert vault_pkg.connection_password("prod") == (None, None)


def test_keyring_absent_is_handled(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the real keyring package: its fail backend (what a headless Linux box gets), its null
    backend and a chainer without backends all count as no keyring."""
    import keyring
    from keyring.backends import chainer, fail, null

    previous = keyring.get_keyring()
    try:
        backends = (fail.Keyring(), null.Keyring(), chainer.ChainerBackend())  # type: ignore[no-untyped-call]
        for backend in backends:
            if isinstance(backend, chainer.ChainerBackend) and backend.backends:
                continue  # a machine with a real backend: the chainer is usable there
            keyring.set_keyring(backend)
            found, why = unlock.keyring_backend()
            assert found is None and "no OS keyring backend" in why
            assert unlock.keyring_store(made) is None and unlock.keyring_forget(made.vault_id) is None
            assert unlock.keyring_master(made.vault_id) is None
            assert unlocked_vault() is None
            with pytest.raises(VaultLocked, match="no OS keyring backend"):
                unlock.open_vault()
    finally:
        keyring.set_keyring(previous)


# --------------------------------------------------------------------------- connections and LLM keys
def test_connection_password_order(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from aishell.connections import ConnectionStore, resolve

    ConnectionStore().add("prod", "postgresql://app@db.example:5432/sales")
    ConnectionStore().add("other", "postgresql://app@db.example:5432/other")
    locked = resolve("prod")  # locked vault: no password, a note for when one is needed
    assert locked.url.password is None and "conn/prod" in (locked.password_note or "")
    assert resolve("other").password_note is None  # the vault has no conn/other: no note
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASS)
    target = resolve("prod")
    assert target.url.password == "pg-secret-1" and target.password_note is None
    assert "pg-secret-1" not in redact(f"failed: {target.url} pg-secret-1")  # registered as a secret
    monkeypatch.setenv("PGPASSWORD", "from-pgpassword")  # the engine's variable comes before the vault
    assert resolve("prod").url.password is None
    monkeypatch.setenv("AISHELL_PASSWORD_PROD", "from-env")
    assert resolve("prod").url.password == "from-env"
    assert "pg-secret-1" not in ConnectionStore().path.read_text()


def test_llm_key_from_vault(made: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from aishell.ai.providers import resolve_config

    assert resolve_config(provider="anthropic", env={}).api_key is None  # locked: skipped
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASS)
    assert resolve_config(provider="anthropic", env={}).api_key == "sk-ant-XYZ"
    assert resolve_config(provider="anthropic", env={"ANTHROPIC_API_KEY": "sk-env"}).api_key == "sk-env"
    assert resolve_config(provider="openai", env={}).api_key is None


# --------------------------------------------------------------------------- permissions
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_vault_file_is_private(made: Vault) -> None:
    assert _mode(made.path) == 0o600 and _mode(made.path.parent) == 0o700
    os.chmod(made.path, 0o644)
    Vault.open(made.path, passphrase=PASS)
    assert _mode(made.path) == 0o600


def test_state_history_and_connections_are_private(isolated_home: Path, tmp_path: Path) -> None:
    from aishell.config import Settings, data_dir
    from aishell.connections import ConnectionStore, Target
    from aishell.repl.app import Repl
    from aishell.services.session import Session
    from aishell.state import StateStore
    from aishell.urls import DatabaseURL

    state = StateStore()
    state.add_history(connection="c", sql="select 1", status="ok")
    assert _mode(state.path) == 0o600 and _mode(state.path.parent) == 0o700
    from aishell.config import config_path, load_settings

    load_settings(create=True)  # the commented default config.toml: its directory is private
    assert config_path().exists() and _mode(config_path().parent) == 0o700
    store = ConnectionStore()
    store.add("prod", "postgresql://app:pw@db:5432/x")
    assert _mode(store.path) == 0o600 and _mode(store.path.parent) == 0o700
    assert "pw" not in store.path.read_text().replace("postgresql", "")
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 'h.db'}?create=1")
    repl = Repl(Session(Target(url, "hist", "--db"), state=state), Settings(), assume_yes=False)
    path = repl._history_path()
    assert path.parent == data_dir() / "history"
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    state.close()


def test_prompts_from_the_face(made: Vault) -> None:
    """A face passes its prompt (the CLI: getpass on a terminal); typed passphrases are checked the same way."""
    asked: list[str] = []

    def typed(answers: list[str]) -> Any:
        def prompt(text: str) -> str:
            asked.append(text)
            return answers.pop(0)

        return prompt

    assert unlock.open_vault(prompt=typed([PASS])).get("conn/prod") == "pg-secret-1"
    with pytest.raises(WrongPassphrase, match="typed"):
        unlock.open_vault(prompt=typed(["nope nope nope"]))
    with pytest.raises(VaultLocked):
        unlock.open_vault(prompt=typed([""]))  # nothing typed: still locked
    assert unlock.new_passphrase(typed(["new passphrase!", "new passphrase!"])) == "new passphrase!"
    with pytest.raises(VaultError, match="do not match"):
        unlock.new_passphrase(typed(["new passphrase!", "new passphrase?"]))
    with pytest.raises(VaultError, match="at least"):
        unlock.new_passphrase(typed(["short"]))
    assert unlock.rotate(prompt=typed([PASS]), change=False) == (2, False, False)
    assert asked[0] == "Vault passphrase: " and "Current vault passphrase: " in asked


def test_private_dir_tightens_only_aishells_own(made: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.chmod(made.path.parent, 0o755)
    made.set("conn/again", "x")
    assert _mode(made.path.parent) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    monkeypatch.setenv(store.PATH_ENV, str(shared / "v.json"))
    v = Vault.create(PASS)
    assert v.path == shared / "v.json" and _mode(v.path) == 0o600 and _mode(shared) == 0o755
