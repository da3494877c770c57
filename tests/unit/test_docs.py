"""The tutorials in docs/tutorials are executed: every command and its output must hold."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "tutorials"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples(path: Path) -> list[tuple[str, str, int]]:
    out = []
    for block in BLOCK.findall(path.read_text()):
        current: list[str] | None = None
        for line in block.splitlines(keepends=True):
            if line.startswith("$ "):
                current = [line[2:].rstrip("\n")]
                out.append(current)  # type: ignore[arg-type]
            elif current is not None:
                current.append(line)
    result = []
    for cmd, *lines in out:
        code = 0
        if lines and lines[-1].startswith("[exit "):
            code = int(lines.pop()[6:-2])
        result.append((cmd, "".join(lines), code))
    return result


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_tutorial(path: Path, tmp_path: Path, isolated_home: Path) -> None:
    cases = examples(path)
    assert cases, f"{path} has no examples"
    for cmd, expected, code in cases:
        argv = shlex.split(cmd)
        assert argv[0] == "aishell"
        done = subprocess.run([sys.executable, "-m", "aishell", *argv[1:]], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)
        assert done.returncode == code, f"{cmd}\n{done.stderr}"
        assert done.stdout == expected, f"{cmd}\n--- expected\n{expected}--- got\n{done.stdout}"
