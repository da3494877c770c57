"""Input files for import and restore: CSV/TSV, JSON arrays, JSONL and Parquet, compressed or not.

Every reader streams: it yields :class:`Batch` es of rows, never the whole file.
Each batch can tell the file line of each of its rows (computed only when an
error needs it).  Rows the reader itself cannot parse (a CSV row with the
wrong number of fields, a line of broken JSON) are handed to ``on_invalid``
with their line and the reason, so the loader can abort or reject them.

CSV is read by pyarrow's streaming reader with every column as text: an
unquoted empty field is NULL and a quoted empty field (``""``) is the empty
string, so NULL and '' stay apart.  TSV is PostgreSQL's text format (as export writes it): the
same reader without quoting, ``\\N`` for NULL, and the escapes decoded afterwards
(:func:`decode_text_field`, only in columns that hold a backslash).
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from aishell.errors import UsageError

FORMATS = ("csv", "tsv", "json", "jsonl", "parquet")
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
SAMPLE_BYTES = 1 << 16
SNIFF_CHARS = 8192
DEFAULT_BATCH = 10_000

InvalidFn = Callable[[int | None, str, str], None]  # (line, text, reason)


def split_name(path: str) -> tuple[str | None, str | None]:
    """``(format, compression)`` from a file name: ``x.csv.gz`` -> ``("csv", "gzip")``."""
    name = Path(path).name.lower()
    compression = None
    for suffix, kind in COMPRESSIONS.items():
        if name.endswith(suffix):
            compression = kind
            name = name[: -len(suffix)]
            break
    ext = Path(name).suffix.lstrip(".")
    if ext == "ndjson":
        ext = "jsonl"
    return (ext if ext in FORMATS else None), compression


class Batch:
    """Rows with their file lines.  A CSV or Parquet batch keeps its Arrow columns (``arrow``: text
    columns for CSV, typed ones for Parquet), and builds the Python rows only when asked (the
    loader's column paths never need them)."""

    def __init__(self, rows: list[tuple[Any, ...]] | None, first_line: int,
                 shifts: list[tuple[int, int]] | None = None, *, arrow: Any = None,
                 newline_shifts: bool = False) -> None:  # fmt: skip
        self._rows = rows
        self.first_line = first_line
        #: row index -> extra lines before that row (quoted newlines, invalid rows); only where non-zero
        self.shifts = list(shifts or [])
        self.arrow = arrow
        self._newline_shifts = newline_shifts  # quoted newlines still to be added to ``shifts``
        self.prepared: bytes | None = None  # engine-ready bytes made ahead of time (MySQL fast path)
        self.prepared_tried = False  # ``prepared`` was made (None: the batch needs another path)
        self.rounded = 0  # values rounded in ``prepared`` (--round)
        #: per column, the engine's whole-column binds made ahead of time (None: not made)
        self.bound: list[list[Any] | None] | None = None
        self._starts: list[int] = []
        self._offsets: list[int] | None = None

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            from aishell.services.data.arrowtypes import python_values

            columns = [python_values(col) for col in self.arrow.columns]
            self._rows = list(zip(*columns, strict=True)) if columns else []
        return self._rows

    @property
    def newline_shifts_pending(self) -> bool:
        return self._newline_shifts

    def lines(self) -> Sequence[int]:
        """The file line of every row, in order (a ``range`` when no row is shifted)."""
        if not self.shifts and not self._newline_shifts:
            return range(self.first_line, self.first_line + len(self))
        return [self.line(i) for i in range(len(self))]

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else int(self.arrow.num_rows)

    def line(self, index: int) -> int:
        if self._offsets is None:
            if self._newline_shifts:
                self._newline_shifts = False
                self.shifts += [(i + 1, n) for i, n in _newlines(self.rows)]
            # cumulative extra lines, searched by row: O(log n) per row, not O(shifts)
            self.shifts.sort()
            self._starts = [at for at, _n in self.shifts]
            self._offsets = list(itertools.accumulate(n for _at, n in self.shifts))
        k = bisect.bisect_right(self._starts, index)
        return self.first_line + index + (self._offsets[k - 1] if k else 0)


@dataclass
class CsvOptions:
    delimiter: str = ","
    quote: str = '"'
    header: bool = True
    encoding: str = "utf-8"
    #: the encoding was guessed and is not UTF-8: why (what ruled UTF-8 out)
    guessed: str | None = None
    #: PostgreSQL's text format (aishell's TSV): no quoting, ``\\N`` is NULL, backslash escapes
    text: bool = False


@dataclass
class Source:
    path: str
    format: str
    compression: str | None
    columns: list[str]
    #: ``text`` (CSV: every value is a string), ``json`` (JSON values) or ``native`` (typed, Parquet)
    value_kind: str
    batches: Iterator[Batch]
    native_types: list[Any] | None = None  # pyarrow types for Parquet
    csv: CsvOptions | None = None
    #: the original text of the records at the given lines (for the rejects file); None: not kept
    originals: Callable[[list[int]], dict[int, str]] | None = None


def open_binary(path: str, compression: str | None) -> IO[bytes]:
    """A binary stream over ``path``, decompressed on the fly."""
    try:
        raw: IO[bytes] = open(path, "rb")  # noqa: SIM115 - returned to the caller
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if compression == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "zstd":
        import zstandard

        reader: IO[bytes] = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return reader
    return raw


def _sample(path: str, compression: str | None) -> bytes:
    with open_binary(path, compression) as fh:
        return fh.read(SAMPLE_BYTES)


def detect_encoding(sample: bytes, *, complete: bool | None = None) -> str:
    """UTF-8 unless the sample holds a byte sequence that is not UTF-8 (then cp1252), or a BOM says
    otherwise.  ``complete``: the sample is the whole file (default: shorter than SAMPLE_BYTES);
    otherwise a character cut at its end is not held against it."""
    return _detect(sample, complete=complete)[0]


def _detect(sample: bytes, *, complete: bool | None = None) -> tuple[str, str | None]:
    """``(encoding, why)``: ``why`` says what ruled UTF-8 out (None when UTF-8 or a BOM decided)."""
    import codecs

    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", None
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "the file starts with a UTF-16 byte order mark"
    final = len(sample) < SAMPLE_BYTES if complete is None else complete
    try:
        # incremental: a multi-byte character cut at the end of the sample is kept for later,
        # not judged invalid (only bytes that can never be UTF-8 rule it out)
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=final)
        return "utf-8", None
    except UnicodeDecodeError as exc:
        bad = sample[exc.start : exc.start + 1].hex()
        return "cp1252", f"byte 0x{bad} at offset {exc.start} is not valid UTF-8"


def encoding_note(path: str, encoding: str, why: str | None) -> str | None:
    """The line telling the user an encoding other than UTF-8 was guessed, and how to override it."""
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        return None
    reason = f" ({why})" if why else ""
    return f"note: {path} is read as {encoding}{reason}; pass --encoding to read it as another encoding"


def detect_csv(
    path: str,
    compression: str | None,
    fmt: str,
    *,
    delimiter: str | None = None,
    quote: str | None = None,
    header: bool | None = None,
    encoding: str | None = None,
) -> CsvOptions:
    """Sniff delimiter, quoting, header and encoding from the start of the file (each overridable)."""
    for what, given in (("delimiter", delimiter), ("quote", quote)):
        if given is not None and len(given) != 1:
            raise UsageError(f"the CSV {what} must be one character, not {given!r}")
    sample = _sample(path, compression)
    enc, why = (encoding, None) if encoding else _detect(sample)
    try:
        text = sample.decode(enc, errors="ignore")
    except LookupError:
        raise UsageError(f"unknown encoding {enc!r}") from None
    if fmt == "tsv":  # PostgreSQL's text format, as export writes it: nothing to sniff but the header
        d = delimiter or "\t"
        if d in "\\\r\n" or (d.isalnum() and d.isascii()):
            raise UsageError(f"the TSV delimiter cannot be {d!r}")
        if header is None:
            first = text.split("\n", 1)[0].removesuffix("\r")
            cells = [_unescape_loosely(c) for c in first.split(d)] if first else []
            header = not cells or (all(c.strip() and not _numberish(c) for c in cells)
                                   and len(set(cells)) == len(cells))  # fmt: skip
        guessed = None if encoding or enc in ("utf-8", "utf-8-sig") else (why or "guessed")
        return CsvOptions(delimiter=d, quote='"', header=header, encoding=enc, guessed=guessed, text=True)
    if len(sample) >= SAMPLE_BYTES and "\n" in text:
        text = text[: text.rfind("\n") + 1]
    # csv.Sniffer's regular expressions are quadratic on quoted text (64 KB of quoted multi-line
    # values took over a second per call): sniff the first lines only
    if len(text) > SNIFF_CHARS and "\n" in text[:SNIFF_CHARS]:
        text = text[: text.rfind("\n", 0, SNIFF_CHARS) + 1]
    sniffer = csv.Sniffer()
    found: type[csv.Dialect] | None = None
    if text.strip():
        try:
            found = sniffer.sniff(text, delimiters="\t" if fmt == "tsv" else ",;\t|")
        except csv.Error:
            found = None
    d = delimiter or (found.delimiter if found is not None else ("\t" if fmt == "tsv" else ","))
    q = quote or (found.quotechar if found is not None and found.quotechar else '"')
    if header is None:
        try:
            header = sniffer.has_header(text) if text.strip() else True
        except csv.Error:
            header = True
        if not header:  # the sniffer is unsure on all-text files: a first row of names is a header
            first = text.splitlines()[0] if text.splitlines() else ""
            cells = next(csv.reader([first], delimiter=d, quotechar=q), [])
            names_like = all(c.strip() and not _numberish(c) for c in cells)
            header = bool(cells) and names_like and len(set(cells)) == len(cells)
    if len(d) != 1 or len(q) != 1:
        raise UsageError("the CSV delimiter and quote must be one character each")
    guessed = None if encoding or enc in ("utf-8", "utf-8-sig") else (why or "guessed")
    return CsvOptions(delimiter=d, quote=q, header=header, encoding=enc, guessed=guessed)


def _numberish(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------- CSV
CSV_BLOCK = 1 << 19  # bytes per block read by pyarrow's CSV reader (see read_csv)
CSV_BLOCK_MAX = 1 << 30


def read_csv(
    path: str,
    compression: str | None,
    options: CsvOptions,
    *,
    column_names: list[str] | None,
    batch_size: int,
    on_invalid: InvalidFn,
) -> Source:
    text_format = options.text
    first = (_first_text_record if text_format else _first_record)(path, compression, options)
    if options.header:
        names = first
    else:
        names = list(column_names) if column_names else [f"c{i + 1}" for i in range(len(first))]
        if column_names and len(column_names) != len(first):
            names = list(column_names)
    if not names:
        return Source(path, "csv", compression, [], "text", iter(()), csv=options)
    if len(set(names)) != len(names):
        raise UsageError(f"{path}: duplicate column names in the header: {', '.join(names)}")
    batches = _CsvBatches(path, compression, options, names, batch_size, on_invalid).batches()
    if text_format:
        return Source(path, "tsv", compression, names, "text", batches, csv=options,
                      originals=lambda lines: text_originals(path, compression, options.encoding, lines))
    single = len(names) == 1
    return Source(path, "csv", compression, names, "text", batches, csv=options,
                  originals=lambda lines: csv_originals(path, compression, options, lines, single=single))


class _CsvBatches:
    """The batches of one CSV (or text-format) file, read by pyarrow's streaming reader, with
    their file lines; each record with the wrong number of fields goes to ``on_invalid`` at its
    line.

    pyarrow reads ahead ~30 blocks: small blocks keep memory low.  A record longer than a block
    ("straddling object") re-opens the file with larger blocks and skips what was handed on
    already, so a huge value costs a re-read, never an error."""

    def __init__(self, path: str, compression: str | None, options: CsvOptions, names: list[str],
                 batch_size: int, on_invalid: InvalidFn) -> None:  # fmt: skip
        self.path, self.compression, self.options, self.names = path, compression, options, names
        self.batch_size, self.on_invalid = batch_size, on_invalid
        self.expected = len(names)
        self.header_lines = 1 if options.header else 0
        self.codec = options.encoding.lower().replace("_", "-")
        #: invalid records as pyarrow reports them (its record number from 1, header included)
        self.invalid: list[tuple[int | None, str, str]] = []
        self.block_size = CSV_BLOCK
        self.record = 0  # records consumed so far (valid and invalid), header excluded
        self.extra_lines = 0  # lines added by quoted newlines so far
        self.valid = 0  # valid rows handed on so far
        self.skip_valid = 0  # after a re-open: valid rows to drop, as they were handed on before
        self.skip_records = 0  # after a re-open: invalid rows below this record were reported before
        self.pending: list[tuple[int, str, str]] = []  # invalid records (record, text, reason) not reached yet
        self._parse_options: Any = None
        self._convert_options: Any = None

    def _handler(self, row: Any) -> str:
        reason = f"expected {row.expected_columns} fields, found {row.actual_columns}"
        self.invalid.append((row.number, row.text, reason))
        return "skip"

    def _prepare(self, pa: Any, pacsv: Any) -> None:
        text_format = self.options.text
        self._parse_options = pacsv.ParseOptions(
            delimiter=self.options.delimiter,
            quote_char=False if text_format else self.options.quote,
            double_quote=not text_format,
            newlines_in_values=not text_format,
            invalid_row_handler=self._handler,
            # one column: an empty line is a NULL (as export writes it, and as COPY reads it);
            # with more columns it holds nothing and is passed over.  Text format (TSV): every
            # line is a record, as COPY reads it (one column: the empty string; more: a bad row)
            ignore_empty_lines=self.expected > 1 and not text_format,
        )
        self._convert_options = pacsv.ConvertOptions(
            column_types={f"f{i}": pa.string() for i in range(self.expected)},
            strings_can_be_null=True,
            quoted_strings_can_be_null=False,
            null_values=["\\N"] if text_format else [""],
        )

    def _open(self, size: int) -> tuple[Any, int]:
        """The reader and its block size (larger when the first records do not fit a block)."""
        import pyarrow as pa
        import pyarrow.csv as pacsv

        while True:
            stream = pa.input_stream(self.path, compression=self.compression)  # None: plain; "gzip", "zstd"
            read_options = pacsv.ReadOptions(
                column_names=[f"f{i}" for i in range(self.expected)],
                skip_rows=self.header_lines,
                block_size=size,
                use_threads=False,
                encoding="utf8" if self.codec in ("utf-8", "utf8") else self.options.encoding,
            )
            try:
                reader = pacsv.open_csv(stream, read_options=read_options, parse_options=self._parse_options,
                                        convert_options=self._convert_options)  # fmt: skip
                return reader, size
            except pa.ArrowInvalid as exc:
                if "Empty CSV file" in str(exc):
                    return None, size
                if "straddling" in str(exc) and size < CSV_BLOCK_MAX:
                    self.invalid.clear()
                    size *= 8
                    continue
                raise UsageError(f"{self.path}: cannot read as CSV: {exc}") from None
            except UnicodeDecodeError as exc:
                raise _not_in_encoding(self.path, self.options.encoding, exc) from None

    def _reopen(self, exc: Exception) -> Any:
        """After a record longer than a block: the reader with larger blocks (the rows handed on
        before are skipped), or the error."""
        if "straddling" not in str(exc) or self.block_size >= CSV_BLOCK_MAX:
            raise UsageError(f"{self.path}: cannot read as CSV: {exc}") from None
        self.block_size *= 8
        self.invalid.clear()
        self.pending.clear()
        self.skip_valid, self.skip_records = self.valid, self.record
        reader, self.block_size = self._open(self.block_size)
        return reader

    def batches(self) -> Iterator[Batch]:
        # pyarrow loads on the first batch: the engines' raw CSV paths (PostgreSQL COPY) never need it
        import pyarrow as pa
        import pyarrow.csv as pacsv

        # the system allocator returns memory at once: flat RSS, and faster here than jemalloc/mimalloc
        pa.set_memory_pool(pa.system_memory_pool())
        self._prepare(pa, pacsv)
        reader, self.block_size = self._open(self.block_size)
        if reader is None:
            return
        try:
            while True:
                try:
                    rb = reader.read_next_batch()
                except StopIteration:
                    break
                except UnicodeDecodeError as exc:
                    raise _not_in_encoding(self.path, self.options.encoding, exc) from None
                except pa.ArrowInvalid as exc:
                    reader = self._reopen(exc)
                    continue
                yield from self._block(rb)
            # invalid records after the last valid one
            self.pending += [(n - 1 - self.header_lines, t, r) for n, t, r in self.invalid if n is not None]
            self.invalid[:] = [(n, t, r) for n, t, r in self.invalid if n is None]
            _report_invalid(sorted(self.pending), None, self.record, self._line(), self.on_invalid)
        finally:
            for n, text, reason in self.invalid:
                self.on_invalid(n + self.extra_lines if n is not None else None, text, reason)

    def _line(self) -> int:
        """The file line of the next record."""
        return self.header_lines + 1 + self.record + self.extra_lines

    def _block(self, rb: Any) -> Iterator[Batch]:
        """The batches of one block read by pyarrow, after reporting the invalid records in it."""
        # pyarrow numbers records from 1, the skipped header included; it reads ahead, so the
        # invalid records reported so far may lie in later blocks: keep those pending
        self.pending += [(n - 1 - self.header_lines, t, r) for n, t, r in self.invalid
                         if n is not None and n - 1 - self.header_lines >= self.skip_records]  # fmt: skip
        unnumbered = [(t, r) for n, t, r in self.invalid if n is None]
        self.invalid.clear()
        self.pending.sort()
        if self.skip_valid:
            dropped = min(self.skip_valid, rb.num_rows)
            rb = rb.slice(dropped)
            self.skip_valid -= dropped
        fresh: list[tuple[int, str, str]] = []
        while self.pending and self.pending[0][0] < self.record + rb.num_rows + len(fresh):
            fresh.append(self.pending.pop(0))
        _report_invalid(fresh, rb, self.record, self._line(), self.on_invalid)
        for text, reason in unnumbered:
            self.on_invalid(None, text, reason)
        bad = [(k, 1 + t.count("\n")) for k, t, _r in fresh]  # (record, lines it takes)
        for start in range(0, rb.num_rows, self.batch_size):
            chunk = rb.slice(start, self.batch_size)
            first_line, shifts = self._advance(chunk.num_rows, bad)
            newlines = _arrow_newlines(chunk)  # none in text format: its line breaks are escaped
            self.valid += chunk.num_rows
            if self.options.text:
                yield _text_batch(chunk, first_line, shifts, self.options, self.names, self.on_invalid)
                continue
            yield Batch(None, first_line, shifts, arrow=chunk, newline_shifts=newlines > 0)
            self.extra_lines += newlines
        self.record += len(bad)
        self.extra_lines += sum(taken - 1 for _k, taken in bad)

    def _advance(self, rows: int, bad: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
        """Past ``rows`` valid records and the invalid ones (``bad``: record, lines it takes) among
        them: the first row's file line and the line shifts within the rows."""
        first_line = self._line()
        shifts: list[tuple[int, int]] = []
        if not bad:
            self.record += rows
            return first_line, shifts
        for i in range(rows):
            while bad and bad[0][0] <= self.record:
                _k, taken = bad.pop(0)
                if i:
                    shifts.append((i, taken))
                else:
                    first_line += taken
                self.record += 1
                self.extra_lines += taken - 1
            self.record += 1
        return first_line, shifts


def _text_batch(rb: Any, first_line: int, shifts: list[tuple[int, int]], options: CsvOptions, names: list[str],
                on_invalid: InvalidFn) -> Batch:  # fmt: skip
    """A text-format batch with its escapes decoded; a row whose escapes COPY would refuse is
    handed to ``on_invalid`` (its line as in the file) and left out."""
    decoded, bad = _decode_text_batch(rb, options.encoding, names)
    batch = Batch(None, first_line, shifts, arrow=decoded)
    if not bad:
        return batch
    import pyarrow as pa

    for i in sorted(bad):
        on_invalid(batch.line(i), _raw_line(rb, i, options.delimiter), bad[i])
    kept = [i for i in range(rb.num_rows) if i not in bad]
    lines = [batch.line(i) for i in kept]
    arrow = decoded.take(pa.array(kept, type=pa.int64()))
    if not lines:
        return Batch(None, first_line, arrow=arrow)
    moved = [(k, lines[k] - lines[k - 1] - 1) for k in range(1, len(lines)) if lines[k] - lines[k - 1] != 1]
    return Batch(None, lines[0], moved, arrow=arrow)


def _strip_newline(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\n", "\r")) else text


def csv_originals(path: str, compression: str | None, options: CsvOptions, lines: list[int], *,
                  single: bool = False) -> dict[int, str]:  # fmt: skip
    """The text of the CSV records that start at ``lines``, exactly as in the file (decoded, without
    the line end), numbered as :func:`read_csv` numbers them.  ``single``: a one-column file, where
    an empty line is a record.  Records that cannot be found are left out."""
    import sys

    if not lines:
        return {}
    wanted, last = set(lines), max(lines)
    found: dict[int, str] = {}
    limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a record may be as large as the file
    try:
        with open_binary(path, compression) as raw:
            text = io.TextIOWrapper(raw, encoding=options.encoding, errors="replace", newline="")
            taken: list[str] = []

            def physical() -> Iterator[str]:
                for piece in text:
                    taken.append(piece)
                    yield piece

            reader = csv.reader(physical(), delimiter=options.delimiter, quotechar=options.quote, doublequote=True)
            line = 1
            first = options.header
            for record in reader:
                body = _strip_newline("".join(taken))
                taken.clear()
                if first:  # the header takes line 1
                    first, line = False, 2
                    continue
                if not record and not single:
                    continue  # an empty line: passed over by the reader, and not counted
                if line in wanted:
                    found[line] = body
                line += 1 + body.count("\n")
                if line > last:
                    break
    except (OSError, csv.Error, UnicodeError, UsageError):
        pass  # what was found is kept; the rest is written as the reader parsed it
    finally:
        csv.field_size_limit(limit)
    return found


def _not_in_encoding(path: str, encoding: str, exc: UnicodeDecodeError) -> UsageError:
    bad = exc.object[exc.start : exc.start + 1].hex() if isinstance(exc.object, (bytes, bytearray)) else "?"
    return UsageError(f"{path} is not {encoding} text (byte 0x{bad} cannot be decoded): "
                      "give the file's encoding with --encoding")  # fmt: skip


def _report_invalid(invalid: list[tuple[int, str, str]], rb: Any, first_record: int, first_line: int,
                    on_invalid: InvalidFn) -> None:  # fmt: skip
    """Report a block's invalid records ``(record, text, reason)`` with their exact lines:
    ``first_line`` is the line of record ``first_record``; quoted newlines in the valid rows
    before each one (and in earlier invalid records) push it down."""
    if not invalid:
        return
    per_row: list[int] | None = None
    if rb is not None and _arrow_newlines(rb):
        import pyarrow.compute as pc

        counts = [pc.fill_null(pc.count_substring(col, "\n"), 0).to_pylist() for col in rb.columns]
        per_row = [sum(c) for c in zip(*counts, strict=True)]
    extra = 0  # newlines in earlier invalid records of this block
    for seen, (record, text, reason) in enumerate(invalid):
        valid_before = record - first_record - seen
        inside = sum(per_row[:valid_before]) if per_row is not None else 0
        on_invalid(first_line + (record - first_record) + inside + extra, text, reason)
        extra += text.count("\n")


def _arrow_newlines(batch: Any) -> int:
    import pyarrow.compute as pc

    total = 0
    for col in batch.columns:
        if col.null_count == len(col):
            continue
        total += int(pc.sum(pc.count_substring(col, "\n")).as_py() or 0)
    return total


def _newlines(rows: list[tuple[Any, ...]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        n = 0
        for v in row:
            if v is not None and "\n" in v:
                n += v.count("\n")
        if n:
            out.append((i, n))
    return out


def _first_record(path: str, compression: str | None, options: CsvOptions) -> list[str]:
    with open_binary(path, compression) as raw:
        text = io.TextIOWrapper(raw, encoding=options.encoding, errors="replace", newline="")
        reader = csv.reader(text, delimiter=options.delimiter, quotechar=options.quote)
        try:
            return next(reader)
        except StopIteration:
            return []
        except csv.Error as exc:
            raise UsageError(f"{path}: cannot read as CSV: {exc}") from None


# --------------------------------------------------------------------------- TSV (PostgreSQL's text format)
_TEXT_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_TEXT_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.?)", re.S)
_BYTE_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]|[0-7])")


def decode_text_field(field: str, encoding: str = "utf-8") -> str:
    r"""A field of PostgreSQL's text format, its escapes decoded as COPY decodes them: ``\b \f \n
    \r \t \v``, ``\ooo`` (octal) and ``\xhh`` (hex) bytes, any other character after a
    backslash as itself.  (``\N`` as the whole field is NULL: the caller's to see.)  ValueError
    for what COPY refuses: a backslash ending the field, bytes that are not text in ``encoding``,
    a NUL character."""
    if "\\" not in field:
        if "\x00" in field:
            raise ValueError("a NUL character (0x00) cannot be stored as text")
        return field

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if not code:
            raise ValueError("a backslash ends the field (an incomplete escape)")
        return _TEXT_ESCAPES.get(code, code)

    if _BYTE_ESCAPE.search(field) is None:
        out = _TEXT_ESCAPE.sub(one, field)
    else:  # octal and hex escapes are bytes, read in the file's encoding with the text around them
        codec = "utf-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") else encoding
        raw = bytearray()
        pos = 0
        for m in _TEXT_ESCAPE.finditer(field):
            raw += field[pos : m.start()].encode(codec)
            pos = m.end()
            code = m.group(1)
            if code[:1] == "x" and len(code) > 1:
                raw.append(int(code[1:], 16))
            elif code[:1] in tuple("01234567"):
                raw.append(int(code, 8) & 0xFF)
            else:
                raw += one(m).encode(codec)
        raw += field[pos:].encode(codec)
        try:
            out = raw.decode(codec)
        except UnicodeDecodeError as exc:
            bad = " ".join(f"0x{b:02x}" for b in raw[exc.start : exc.end])
            raise ValueError(f"an escape makes an invalid byte sequence for {codec}: {bad}") from None
    if "\x00" in out:
        raise ValueError("a NUL character (0x00) cannot be stored as text")
    return out


def _unescape_loosely(field: str) -> str:
    try:
        return decode_text_field(field)
    except ValueError:
        return field


def _decode_text_batch(rb: Any, encoding: str, names: list[str]) -> tuple[Any, dict[int, str]]:
    """The batch with its fields' escapes decoded, and the rows that cannot be (index -> reason).
    Only columns holding a backslash or a NUL are decoded in Python: most are passed as they are."""
    import pyarrow as pa
    import pyarrow.compute as pc

    bad: dict[int, str] = {}
    columns = list(rb.columns)
    for k, col in enumerate(columns):
        if col.null_count == len(col):
            continue
        if not (pc.any(pc.match_substring(col, "\\")).as_py() or pc.any(pc.match_substring(col, "\x00")).as_py()):
            continue
        values = col.to_pylist()
        for i, v in enumerate(values):
            if v is None or ("\\" not in v and "\x00" not in v):
                continue
            try:
                values[i] = decode_text_field(v, encoding)
            except ValueError as exc:
                bad.setdefault(i, f"column {names[k]}: {exc}")
        columns[k] = pa.array(values, type=pa.string())
    return pa.RecordBatch.from_arrays(columns, schema=rb.schema), bad


def _raw_line(rb: Any, index: int, delimiter: str) -> str:
    """The record's line as the file has it (text format has no quoting: the fields joined)."""
    return delimiter.join("\\N" if v is None else v for v in (col[index].as_py() for col in rb.columns))


def _first_text_record(path: str, compression: str | None, options: CsvOptions) -> list[str]:
    with open_binary(path, compression) as raw:
        text = io.TextIOWrapper(raw, encoding=options.encoding, errors="replace", newline="")
        line = text.readline()
    line = _strip_newline(line)
    return [_unescape_loosely(c) for c in line.split(options.delimiter)] if line else []


def text_originals(path: str, compression: str | None, encoding: str, lines: list[int]) -> dict[int, str]:
    """The lines numbered ``lines`` of a text-format file, exactly as in the file (without the line
    end): each record is one line there."""
    if not lines:
        return {}
    wanted, last = set(lines), max(lines)
    found: dict[int, str] = {}
    try:
        with open_binary(path, compression) as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
            for n, line in enumerate(text, 1):
                if n in wanted:
                    found[n] = _strip_newline(line)
                if n >= last:
                    break
    except (OSError, UnicodeError, UsageError):
        pass
    return found


# --------------------------------------------------------------------------- JSON
def read_jsonl(path: str, compression: str | None, *, batch_size: int, on_invalid: InvalidFn,
               encoding: str = "utf-8") -> Source:  # fmt: skip
    names = _json_names(_iter_jsonl(path, compression, encoding, lambda *_: None))

    def batches() -> Iterator[Batch]:
        rows: list[tuple[Any, ...]] = []
        lines: list[int] = []
        for line, obj in _iter_jsonl(path, compression, encoding, on_invalid):
            if not isinstance(obj, dict):
                on_invalid(line, json.dumps(obj)[:200], "not a JSON object")
                continue
            unknown = [k for k in obj if k not in index]
            if unknown:
                on_invalid(line, json.dumps(obj)[:200], f"unknown field {unknown[0]!r}")
                continue
            rows.append(tuple(obj.get(n) for n in names))
            lines.append(line)
            if len(rows) >= batch_size:
                yield _line_batch(rows, lines)
                rows, lines = [], []
        if rows:
            yield _line_batch(rows, lines)

    index = set(names)
    return Source(path, "jsonl", compression, names, "json", batches(),
                  originals=lambda lines: jsonl_originals(path, compression, encoding, lines))


def _line_batch(rows: list[tuple[Any, ...]], lines: list[int]) -> Batch:
    shifts = [(i, lines[i] - lines[i - 1] - 1) for i in range(1, len(lines)) if lines[i] - lines[i - 1] != 1]
    return Batch(rows, lines[0], shifts)


def _iter_jsonl(path: str, compression: str | None, encoding: str, on_invalid: InvalidFn) -> Iterator[tuple[int, Any]]:
    with open_binary(path, compression) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="strict")
        try:
            for n, line in enumerate(text, 1):
                if not line.strip():
                    continue
                try:
                    yield n, json.loads(line, parse_float=_decimal)
                except ValueError as exc:
                    on_invalid(n, line.rstrip("\n")[:200], f"invalid JSON: {exc}")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path}: not {encoding} text: {exc}") from None


def _decimal(text: str) -> Any:
    import decimal

    return decimal.Decimal(text)


def _json_names(items: Iterator[tuple[int, Any]], limit: int = 1000) -> list[str]:
    names: dict[str, None] = {}
    for count, (_line, obj) in enumerate(items):
        if isinstance(obj, dict):
            names.update(dict.fromkeys(obj))
        if count >= limit:
            break
    return list(names)


def iter_json_array(path: str, compression: str | None, encoding: str = "utf-8") -> Iterator[tuple[int, Any]]:
    """The elements of a top-level JSON array, parsed incrementally (flat memory)."""
    for index, obj, _buf, _start, _end in _json_elements(path, compression, encoding):
        yield index, obj


def _pick(records: Iterator[tuple[int, str]], numbers: list[int]) -> dict[int, str]:
    """The texts of ``records`` (``(number, text)`` in order) numbered ``numbers``; a file that
    cannot be read to them gives what was found before."""
    if not numbers:
        return {}
    wanted, last = set(numbers), max(numbers)
    found: dict[int, str] = {}
    try:
        for n, text in records:
            if n in wanted:
                found[n] = text
            if n >= last:
                break
    except (OSError, UnicodeError, UsageError):
        pass
    return found


def json_array_originals(path: str, compression: str | None, encoding: str, indexes: list[int]) -> dict[int, str]:
    """The text of the array elements numbered ``indexes`` (from 1), exactly as in the file."""
    elements = (
        (index, buf[start:end]) for index, _obj, buf, start, end in _json_elements(path, compression, encoding)
    )
    return _pick(elements, indexes) if indexes else {}


def jsonl_originals(path: str, compression: str | None, encoding: str, lines: list[int]) -> dict[int, str]:
    """The text of the JSONL lines numbered ``lines``, exactly as in the file (without the line end)."""
    if not lines:
        return {}

    def numbered() -> Iterator[tuple[int, str]]:
        with open_binary(path, compression) as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
            for n, line in enumerate(text, 1):
                yield n, line[:-1] if line.endswith("\n") else line

    return _pick(numbered(), lines)


def _json_elements(path: str, compression: str | None, encoding: str) -> Iterator[tuple[int, Any, str, int, int]]:
    """``(index, element, buffer, start, end)``: the element's text is ``buffer[start:end]``."""
    decoder = json.JSONDecoder(parse_float=_decimal)
    with open_binary(path, compression) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding)
        buf = ""
        pos = 0
        started = False
        index = 0
        eof = False

        def more() -> bool:
            nonlocal buf, pos, eof
            chunk = text.read(1 << 20)
            if not chunk:
                eof = True
                return False
            buf = buf[pos:] + chunk
            pos = 0
            return True

        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                if buf[pos] == "," and not started:
                    break
                pos += 1
            if pos >= len(buf):
                if eof or not more():
                    if not started:
                        return
                    raise UsageError(f"{path}: the JSON array is not closed")
                continue
            ch = buf[pos]
            if not started:
                if ch != "[":
                    raise UsageError(f"{path}: a JSON file must hold an array of objects")
                started = True
                pos += 1
                continue
            if ch == "]":
                return
            try:
                obj, end = decoder.raw_decode(buf, pos)
            except ValueError as exc:
                if not eof and more():
                    continue
                raise UsageError(f"{path}: invalid JSON in element {index + 1}: {exc}") from None
            if end >= len(buf) and not eof and more():  # a number may continue in the next chunk
                continue
            index += 1
            yield index, obj, buf, pos, end
            pos = end


def read_json(path: str, compression: str | None, *, batch_size: int, on_invalid: InvalidFn,
              encoding: str = "utf-8") -> Source:  # fmt: skip
    names = _json_names(iter_json_array(path, compression, encoding))
    index = set(names)

    def batches() -> Iterator[Batch]:
        rows: list[tuple[Any, ...]] = []
        first = 1
        for n, obj in iter_json_array(path, compression, encoding):
            if not isinstance(obj, dict) or any(k not in index for k in obj):
                on_invalid(n, json.dumps(obj, default=str)[:200], "not a JSON object with the expected fields")
                continue
            if not rows:
                first = n
            rows.append(tuple(obj.get(k) for k in names))
            if len(rows) >= batch_size:
                yield Batch(rows, first)
                rows = []
        if rows:
            yield Batch(rows, first)

    return Source(path, "json", compression, names, "json", batches(),
                  originals=lambda indexes: json_array_originals(path, compression, encoding, indexes))


# --------------------------------------------------------------------------- Parquet
def read_parquet(path: str, compression: str | None, *, batch_size: int) -> Source:
    import pyarrow.parquet as pq

    if compression:
        raise UsageError("Parquet files are compressed inside; .gz/.zst around them is not supported")
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())  # freed memory goes back at once: a flat RSS (see read_csv)
    try:
        pf = pq.ParquetFile(path)
    except OSError as exc:
        raise UsageError(f"cannot read {path} as Parquet: {exc}") from None
    schema = pf.schema_arrow
    names = list(schema.names)

    def batches() -> Iterator[Batch]:
        row = 1
        for rb in pf.iter_batches(batch_size=batch_size):
            # the Arrow columns; the Python rows are built only when asked (the loader converts
            # whole columns where it can, see Loader.load)
            yield Batch(None, row, arrow=rb)
            row += rb.num_rows

    return Source(path, "parquet", None, names, "native", batches(), native_types=[f.type for f in schema])


def open_source(
    path: str,
    *,
    fmt: str | None = None,
    delimiter: str | None = None,
    quote: str | None = None,
    header: bool | None = None,
    encoding: str | None = None,
    column_names: list[str] | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_invalid: InvalidFn,
) -> Source:
    if not Path(path).is_file():
        raise UsageError(f"no such file: {path}")
    guessed, compression = split_name(path)
    fmt = fmt or guessed
    if fmt is None:
        raise UsageError(f"cannot tell the format of {path}: use --format {'|'.join(FORMATS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt in ("csv", "tsv"):
        options = detect_csv(path, compression, fmt, delimiter=delimiter, quote=quote, header=header,
                             encoding=encoding)  # fmt: skip
        source = read_csv(path, compression, options, column_names=column_names, batch_size=batch_size,
                          on_invalid=on_invalid)  # fmt: skip
        source.format = fmt
        return source
    if fmt == "jsonl":
        return read_jsonl(path, compression, batch_size=batch_size, on_invalid=on_invalid, encoding=encoding or "utf-8")
    if fmt == "json":
        return read_json(path, compression, batch_size=batch_size, on_invalid=on_invalid, encoding=encoding or "utf-8")
    return read_parquet(path, compression, batch_size=batch_size)
