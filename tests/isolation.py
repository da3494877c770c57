"""For tests that check, in a fresh interpreter, which modules an import loads."""

from __future__ import annotations

import os


def env_without_coverage() -> dict[str, str]:
    """The environment without pytest-cov's variables: under ``--cov`` a child Python starts
    coverage first, which imports modules (``sqlite3`` for its data file) that aishell did not."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE_", "COVERAGE_"))}
