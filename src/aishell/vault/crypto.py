"""The vault's envelope encryption (the scheme of sops and age, in small).

* A **master key** (32 bytes) is derived from the passphrase with Argon2id (argon2-cffi's
  ``hash_secret_raw``), or scrypt when argon2-cffi is absent.  The KDF, its salt and its
  parameters are stored in the vault header, so a vault made with any parameters opens anywhere.
* HKDF-SHA256 splits the master key into three keys: ``wrap`` (AES-256-GCM over each data key),
  ``mac`` (HMAC-SHA256 over the whole manifest) and ``check`` (a key-check value that tells a
  wrong passphrase from a corrupted file).
* Each secret has its own random **data key** (AES-256-GCM).  The additional authenticated data
  of both the wrapped key and the ciphertext name the vault id and the secret's name, so moving
  a ciphertext to another name or another vault fails to decrypt.

``cryptography`` and ``argon2`` are imported inside the functions: importing this module is free.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from aishell.errors import VaultCorrupt, VaultError

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

#: the default Argon2id cost (RFC 9106's second recommendation: 64 MiB, 3 passes, 4 lanes)
ARGON2_DEFAULT = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
#: the default scrypt cost when argon2-cffi is missing (N=2^17, r=8: 128 MiB)
SCRYPT_DEFAULT = {"n": 2**17, "r": 8, "p": 1}
#: set to 1 to make new vaults with a cheap KDF: for test suites only (``vault init`` warns)
WEAK_KDF_ENV = "AISHELL_VAULT_WEAK_KDF_FOR_TESTS"
_ARGON2_WEAK = {"time_cost": 1, "memory_kib": 1024, "parallelism": 1}
_SCRYPT_WEAK = {"n": 2**10, "r": 8, "p": 1}
# refuse headers that would make opening the vault a denial of service
_ARGON2_MAX = {"time_cost": 64, "memory_kib": 4 * 1024 * 1024, "parallelism": 64}
_SCRYPT_MAX = {"n": 2**22, "r": 32, "p": 16}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str, size: int | None = None) -> bytes:
    """Decode a base64 field of the vault file; anything malformed is corruption."""
    if not isinstance(text, str):
        raise VaultCorrupt(f"vault field {what} is missing or not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise VaultCorrupt(f"vault field {what} is not valid base64") from None
    if size is not None and len(data) != size:
        raise VaultCorrupt(f"vault field {what} has the wrong length")
    return data


def weak_kdf_requested() -> bool:
    return os.environ.get(WEAK_KDF_ENV, "") == "1"


def argon2_available() -> bool:
    try:
        import argon2.low_level  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class KdfParams:
    """How the master key is derived: ``name`` is ``argon2id`` or ``scrypt``."""

    name: str
    salt: bytes
    cost: dict[str, int]

    @classmethod
    def new(cls, name: str | None = None) -> KdfParams:
        """Fresh parameters with a new random salt (Argon2id when installed, else scrypt)."""
        name = name or ("argon2id" if argon2_available() else "scrypt")
        weak = weak_kdf_requested()
        if name == "argon2id":
            cost = dict(_ARGON2_WEAK if weak else ARGON2_DEFAULT)
        elif name == "scrypt":
            cost = dict(_SCRYPT_WEAK if weak else SCRYPT_DEFAULT)
        else:
            raise VaultError(f"unknown key derivation {name!r} (argon2id or scrypt)")
        return cls(name, os.urandom(SALT_BYTES), cost)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "salt": b64(self.salt), **self.cost}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise VaultCorrupt("vault header has no key-derivation parameters")
        name = data.get("name")
        if not isinstance(name, str) or name not in ("argon2id", "scrypt"):
            raise VaultCorrupt(f"vault header names an unknown key derivation {name!r}")
        limits = _ARGON2_MAX if name == "argon2id" else _SCRYPT_MAX
        cost: dict[str, int] = {}
        for key, top in limits.items():
            value = data.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
                raise VaultCorrupt(f"vault header has a bad key-derivation parameter {key}")
            cost[key] = value
        return cls(name, unb64(data.get("salt"), "kdf.salt", SALT_BYTES), cost)

    def derive(self, passphrase: str) -> bytes:
        """The 32-byte master key for ``passphrase``."""
        secret = passphrase.encode("utf-8")
        if self.name == "argon2id":
            try:
                from argon2.low_level import Type, hash_secret_raw
            except ImportError:
                raise VaultError("this vault uses Argon2id: pip install 'aishell[vault]'") from None
            return hash_secret_raw(secret, self.salt, time_cost=self.cost["time_cost"],
                                   memory_cost=self.cost["memory_kib"], parallelism=self.cost["parallelism"],
                                   hash_len=KEY_BYTES, type=Type.ID)  # fmt: skip
        n, r, p = self.cost["n"], self.cost["r"], self.cost["p"]
        if n & (n - 1):
            raise VaultCorrupt("vault header has a bad scrypt N (not a power of two)")
        return hashlib.scrypt(secret, salt=self.salt, n=n, r=r, p=p, maxmem=256 * n * r + (1 << 20), dklen=KEY_BYTES)


@dataclass(frozen=True)
class Keys:
    """The keys split from one master key."""

    master: bytes
    wrap: bytes
    mac: bytes
    check: bytes

    @classmethod
    def from_master(cls, master: bytes) -> Keys:
        if len(master) != KEY_BYTES:
            raise VaultError("a vault master key has 32 bytes")
        return cls(master, _hkdf(master, b"aishell-vault/v1/wrap"), _hkdf(master, b"aishell-vault/v1/mac"),
                   _hkdf(master, b"aishell-vault/v1/check"))  # fmt: skip

    def check_value(self, vault_id: str) -> bytes:
        """The key-check value stored in the header: proves the passphrase without decrypting."""
        return hmac.new(self.check, b"aishell-vault/v1/check\0" + vault_id.encode(), hashlib.sha256).digest()

    def tag(self, manifest: bytes) -> bytes:
        return hmac.new(self.mac, manifest, hashlib.sha256).digest()


def _hkdf(master: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(master)


def _aad(kind: str, vault_id: str, name: str) -> bytes:
    return f"aishell-vault/v1/{kind}\0{vault_id}\0{name}".encode()


def seal(keys: Keys, vault_id: str, name: str, value: bytes) -> dict[str, str]:
    """Encrypt ``value`` under a fresh data key, and wrap that key: the entry's crypto fields."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data_key = AESGCM.generate_key(bit_length=256)
    nonce, key_nonce = os.urandom(NONCE_BYTES), os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(data_key).encrypt(nonce, value, _aad("value", vault_id, name))
    wrapped = AESGCM(keys.wrap).encrypt(key_nonce, data_key, _aad("key", vault_id, name))
    return {"key_nonce": b64(key_nonce), "wrapped_key": b64(wrapped), "nonce": b64(nonce),
            "ciphertext": b64(ciphertext)}  # fmt: skip


def _unwrap(keys: Keys, vault_id: str, name: str, entry: dict[str, Any]) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key_nonce = unb64(entry.get("key_nonce"), f"{name}.key_nonce", NONCE_BYTES)
    wrapped = unb64(entry.get("wrapped_key"), f"{name}.wrapped_key", KEY_BYTES + 16)
    try:
        return AESGCM(keys.wrap).decrypt(key_nonce, wrapped, _aad("key", vault_id, name))
    except InvalidTag:
        raise VaultCorrupt(f"vault entry {name!r}: its data key does not authenticate") from None


def open_entry(keys: Keys, vault_id: str, name: str, entry: dict[str, Any]) -> bytes:
    """Decrypt one entry; any tampering (a byte, a swapped name, another vault's entry) is VaultCorrupt."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data_key = _unwrap(keys, vault_id, name, entry)
    nonce = unb64(entry.get("nonce"), f"{name}.nonce", NONCE_BYTES)
    ciphertext = unb64(entry.get("ciphertext"), f"{name}.ciphertext")
    try:
        return AESGCM(data_key).decrypt(nonce, ciphertext, _aad("value", vault_id, name))
    except InvalidTag:
        raise VaultCorrupt(f"vault entry {name!r}: its ciphertext does not authenticate") from None


def rewrap(old: Keys, new: Keys, vault_id: str, name: str, entry: dict[str, Any]) -> dict[str, Any]:
    """The entry with its data key wrapped under ``new`` (the ciphertext is unchanged but checked)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    open_entry(old, vault_id, name, entry)  # never carry forward an entry that does not authenticate
    data_key = _unwrap(old, vault_id, name, entry)
    key_nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(new.wrap).encrypt(key_nonce, data_key, _aad("key", vault_id, name))
    return {**entry, "key_nonce": b64(key_nonce), "wrapped_key": b64(wrapped)}


def checksum(body: bytes) -> str:
    """A plain SHA-256 of the file body: tells accidental damage (a flipped bit, a truncated header)
    from a wrong passphrase before any key is derived.  It is not a defence against tampering:
    the keyed manifest tag is."""
    return hashlib.sha256(body).hexdigest()
