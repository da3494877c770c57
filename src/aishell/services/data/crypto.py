"""Passphrase encryption for archives: AES-256-GCM in chunks, the key derived by scrypt.

Layout::

    MAGIC (8) | salt (16) | log2(n) (1) | r (1) | p (1) | nonce prefix (8) | check (16)
    then chunks: length (4, big-endian, top bit = last chunk) | ciphertext with its tag

Chunk ``i`` uses the nonce ``prefix + i`` (4 bytes) and the header plus the
last-chunk flag as associated data, so chunks cannot be reordered, dropped or
truncated unnoticed.  ``check`` is the tag of an empty message under nonce
``prefix + 0xFFFFFFFF``: a wrong passphrase is told apart from a damaged archive.
"""

from __future__ import annotations

import os
import struct
from typing import IO

from aishell.errors import UsageError

MAGIC = b"AISHENC1"
CHUNK = 1 << 20
_LAST = 0x80000000
HEADER_LEN = 8 + 16 + 3 + 8 + 16


class CryptoError(UsageError):
    """Wrong passphrase, or an encrypted archive that was altered."""


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


class EncryptingWriter:
    """A write-only binary stream that encrypts into ``out``."""

    def __init__(self, out: IO[bytes], passphrase: str, *, log_n: int = 15) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not passphrase:
            raise UsageError("the passphrase is empty")
        salt, prefix = os.urandom(16), os.urandom(8)
        r, p = 8, 1
        self._aes = AESGCM(_key(passphrase, salt, log_n, r, p))
        self._prefix = prefix
        head = MAGIC + salt + bytes([log_n, r, p]) + prefix
        check = self._aes.encrypt(_nonce(prefix, 0xFFFFFFFF), b"", head)
        self._header = head + check
        self._out = out
        out.write(self._header)
        self._buf = bytearray()
        self._counter = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self._buf += data
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]
        return len(data)

    def _emit(self, plain: bytes, *, last: bool) -> None:
        if self._counter >= 0xFFFFFFFF:
            raise UsageError("archive too large to encrypt")
        aad = self._header + (b"\x01" if last else b"\x00")
        sealed = self._aes.encrypt(_nonce(self._prefix, self._counter), plain, aad)
        self._counter += 1
        self._out.write(struct.pack(">I", len(sealed) | (_LAST if last else 0)) + sealed)

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buf), last=True)
            self._buf.clear()
            self._out.flush()
            self.closed = True


class DecryptingReader:
    """A read-only binary stream over an encrypted archive."""

    def __init__(self, src: IO[bytes], passphrase: str) -> None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        header = src.read(HEADER_LEN)
        if len(header) < HEADER_LEN or not header.startswith(MAGIC):
            raise CryptoError("not an encrypted aishell archive (or its header is damaged)")
        salt = header[8:24]
        log_n, r, p = header[24], header[25], header[26]
        prefix = header[27:35]
        if not 10 <= log_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise CryptoError("the encrypted archive's header is damaged")
        self._aes = AESGCM(_key(passphrase, salt, log_n, r, p))
        try:
            self._aes.decrypt(_nonce(prefix, 0xFFFFFFFF), header[35:], header[:35])
        except InvalidTag:
            raise CryptoError("wrong passphrase for this archive") from None
        self._src = src
        self._header = header
        self._prefix = prefix
        self._counter = 0
        self._buf = b""
        self._pos = 0
        self._done = False
        self._invalid = InvalidTag

    def _next(self) -> bool:
        if self._done:
            return False
        head = self._src.read(4)
        if len(head) < 4:
            raise CryptoError("the encrypted archive is truncated")
        (word,) = struct.unpack(">I", head)
        last = bool(word & _LAST)
        size = word & ~_LAST
        sealed = self._src.read(size)
        if len(sealed) < size:
            raise CryptoError("the encrypted archive is truncated")
        aad = self._header + (b"\x01" if last else b"\x00")
        try:
            plain = self._aes.decrypt(_nonce(self._prefix, self._counter), sealed, aad)
        except self._invalid:
            raise CryptoError(f"the encrypted archive is damaged (chunk {self._counter + 1} fails its check)") from None
        self._counter += 1
        self._buf, self._pos = plain, 0
        if last:
            self._done = True
        return True

    def read(self, n: int = -1) -> bytes:
        out = bytearray()
        while n < 0 or len(out) < n:
            if self._pos >= len(self._buf):
                if not self._next():
                    break
                continue
            take = len(self._buf) - self._pos if n < 0 else min(n - len(out), len(self._buf) - self._pos)
            out += self._buf[self._pos : self._pos + take]
            self._pos += take
        return bytes(out)

    def close(self) -> None:
        self._src.close()


def is_encrypted(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC
