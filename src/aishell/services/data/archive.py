"""The ``.aishell`` archive itself: a streamed tar (optionally encrypted, see :mod:`.crypto`)
whose first member is ``manifest.json``.  Shared by portable backups (:mod:`.backup`) and
wrapped native dumps (:mod:`.native`); see :mod:`.backup` for what the members hold."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from aishell.errors import AishellError, UsageError

FORMAT = "aishell-backup"
VERSION = 3  # the newest portable format this aishell reads; Parquet archives are still written as version 1
#: a native dump inside an aishell archive (``kind: native`` in the manifest): aishell versions
#: before it refuse the archive as written by a newer aishell
NATIVE_VERSION = 4


class ArchiveError(AishellError):
    """A damaged, truncated or foreign archive (exit code 1)."""


@dataclass
class TableResult:
    name: str
    rows: int


def _hash_file(path: str) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


@contextmanager
def archive_writer(path: str, passphrase: str | None) -> Iterator[tarfile.TarFile]:
    """A streamed tar archive written to ``path``, encrypted with ``passphrase`` when given."""
    with open(path, "wb") as raw:
        stream: Any = raw
        if passphrase:
            from aishell.services.data.crypto import EncryptingWriter

            stream = EncryptingWriter(raw, passphrase)
        with tarfile.open(fileobj=stream, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            yield tar
        if passphrase:
            stream.close()


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = int(dt.datetime.now().timestamp())
    ti.mode = 0o644
    tar.addfile(ti, io.BytesIO(data))


@contextmanager
def open_archive(path: str, passphrase: str | None) -> Iterator[tarfile.TarFile]:
    from aishell.services.data.crypto import DecryptingReader, is_encrypted

    if not Path(path).is_file():
        raise UsageError(f"no such archive: {path}")
    raw: IO[bytes] = open(path, "rb")  # noqa: SIM115
    try:
        stream: Any = raw
        if is_encrypted(path):
            if not passphrase:
                raise UsageError(f"{path} is encrypted: give the passphrase (--passphrase-env or a prompt)")
            stream = DecryptingReader(raw, passphrase)
        try:
            tar = tarfile.open(fileobj=stream, mode="r|")  # noqa: SIM115 - entered just below
        except tarfile.TarError as exc:
            raise ArchiveError(f"{path} is not an aishell archive ({exc})") from None
        with tar:
            yield tar
    finally:
        raw.close()


def _members(tar: tarfile.TarFile, path: str) -> Iterator[tuple[tarfile.TarInfo, IO[bytes]]]:
    try:
        for member in tar:
            fh = tar.extractfile(member)
            if fh is None:
                continue
            yield member, fh
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise ArchiveError(f"{path} is damaged or truncated: {exc}") from None


def _read_json(fh: IO[bytes], what: str, path: str) -> Any:
    try:
        return json.loads(fh.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, tarfile.TarError, OSError) as exc:
        raise ArchiveError(f"{path}: {what} is damaged: {exc}") from None


def _check_manifest(manifest: Any, path: str) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"{path} is not an aishell archive")
    newest = NATIVE_VERSION if manifest.get("kind") == "native" else VERSION  # (a native dump, wrapped)
    if int(manifest.get("version", 0)) > newest:
        raise ArchiveError(f"{path} was written by a newer aishell (format version {manifest.get('version')})")
    return manifest


def _spool(fh: IO[bytes], target: str) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    try:
        with open(target, "wb") as out:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise ArchiveError(f"the archive is damaged or truncated: {exc}") from None
    return h.hexdigest(), size




def read_manifest(path: str, passphrase: str | None = None) -> dict[str, Any]:
    """The archive's manifest (its first member only), checked."""
    with open_archive(path, passphrase) as tar:
        for member, fh in _members(tar, path):
            if member.name != "manifest.json":
                break
            return _check_manifest(_read_json(fh, "the manifest", path), path)
    raise ArchiveError(f"{path} has no manifest")
