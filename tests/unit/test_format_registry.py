"""One output-format registry: the CLI, the REPL, export and the web name the same formats."""

from __future__ import annotations

import io

import pytest

from aishell.errors import UsageError
from aishell.output.formats import FILE_FORMATS, FORMATS, REGISTRY, CSVWriter, TextSink, make_writer, output_format


def test_the_registry_lists_every_format_once() -> None:
    assert FORMATS == ("table", "vertical", "csv", "tsv", "json", "jsonl", "markdown")
    assert FILE_FORMATS == ("csv", "tsv", "json", "jsonl", "parquet")
    assert set(FORMATS) | set(FILE_FORMATS) == set(REGISTRY)
    assert output_format("csv").media_type == "text/csv; charset=utf-8"
    assert output_format("parquet").binary and output_format("table").screen
    with pytest.raises(UsageError, match="unknown format 'xml'"):
        output_format("xml")


def test_every_text_format_has_a_writer() -> None:
    for name in FORMATS:
        assert isinstance(make_writer(name, io.StringIO()), TextSink), name
    with pytest.raises(UsageError, match="choose from"):
        make_writer("parquet", io.StringIO())


def test_the_faces_offer_formats_from_the_registry() -> None:
    from aishell.cli.cmd_data import FORMATS as DATA_CHOICE
    from aishell.services.data.readers import FORMATS as DATA_FORMATS
    from aishell.web.streaming import DOWNLOAD_MEDIA

    assert tuple(DATA_FORMATS) == FILE_FORMATS
    assert tuple(DATA_CHOICE.choices) == FILE_FORMATS
    assert DOWNLOAD_MEDIA == {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def test_quote_is_the_dialect_of_the_writer() -> None:
    w = CSVWriter(io.StringIO())
    assert [w.quote(t) for t in ("a", "", "a,b", 'say "x"', "l\nm")] == ["a", '""', '"a,b"', '"say ""x"""', '"l\nm"']
