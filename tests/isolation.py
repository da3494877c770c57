"""For tests that check, in a fresh interpreter, which modules an import loads."""

from __future__ import annotations

import os


def env_without_coverage() -> dict[str, str]:
    """The environment without pytest-cov's variables: under ``--cov`` a child Python starts
    coverage first, which imports modules (``sqlite3`` for its data file) that aishell did not."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE_", "COVERAGE_"))}


#: runs ``aishell ARGS`` (JSON in argv[1]) through ``main()`` and lists, from an exit handler, the modules
#: it loaded: a one-shot command may end its own process (``aishell.cli.main.leave``) after the handlers run
_LIST_MODULES = (
    "import atexit, json, sys\n"
    "from aishell.cli.main import main\n"
    "sys.argv = ['aishell', *json.loads(sys.argv[1])]\n"
    "atexit.register(lambda: print('\\nMODULES ' + json.dumps(sorted(sys.modules)), flush=True))\n"
    "main()\n"
)


def run_listing_modules(args: list[str], env: dict[str, str]) -> tuple[int, str, str, set[str]]:
    """(exit code, stdout before the module list, stderr, modules loaded) of ``aishell ARGS`` in a new
    interpreter with ``env``."""
    import json
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", _LIST_MODULES, json.dumps(args)], capture_output=True, text=True,
                       env=env, timeout=120)  # fmt: skip
    out, _, listing = r.stdout.rpartition("\nMODULES ")
    assert listing, r.stderr
    return r.returncode, out, r.stderr, set(json.loads(listing))
