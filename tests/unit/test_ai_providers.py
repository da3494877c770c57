"""The provider clients against loopback servers speaking each wire protocol."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_ai_fakes import ANTHROPIC_KEY, OPENAI_KEY, FakeModelServer, Fault

from aishell.ai.providers import (
    AnthropicProvider,
    Message,
    OllamaProvider,
    OpenAIProvider,
    ProviderConfig,
    ProviderError,
    make_provider,
    resolve_config,
)
from aishell.errors import ConfigError, redact

KEYS = {"anthropic": ANTHROPIC_KEY, "openai": OPENAI_KEY, "ollama": None}
PROTOCOLS = ["anthropic", "openai", "ollama"]
REPLY = "```sql\nSELECT name FROM customers\n```\nExplanation: lists the names."


def provider_for(server: FakeModelServer, **kw: object) -> AnthropicProvider | OpenAIProvider | OllamaProvider:
    cfg = ProviderConfig(provider=server.protocol, model="test-model", base_url=server.base_url,
                         api_key=kw.pop("api_key", KEYS[server.protocol]),  # type: ignore[arg-type]
                         timeout=kw.pop("timeout", 5.0), backoff=0.01, **kw)  # type: ignore[arg-type]
    p = make_provider(cfg)
    assert isinstance(p, AnthropicProvider | OpenAIProvider | OllamaProvider)
    return p


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_streaming_reply(protocol: str) -> None:
    chunks: list[str] = []
    with FakeModelServer(protocol, [REPLY]) as server:
        p = provider_for(server)
        text = p.chat("You write SQL.", [Message("user", "names?")], chunks.append)
        p.close()
    assert text == REPLY
    assert len(chunks) >= 3 and "".join(chunks) == REPLY
    req = server.requests[0]
    body = req["body"]
    assert body["stream"] is True and body["model"] == "test-model"
    if protocol == "anthropic":
        assert body["system"] == "You write SQL." and body["messages"] == [{"role": "user", "content": "names?"}]
        assert req["headers"]["anthropic-version"] == "2023-06-01" and "max_tokens" in body
    else:
        assert body["messages"][0] == {"role": "system", "content": "You write SQL."}
        assert body["messages"][1] == {"role": "user", "content": "names?"}


@pytest.mark.parametrize("protocol", ["anthropic", "openai"])
def test_401_is_not_retried_and_hides_the_key(protocol: str) -> None:
    wrong = "sk-wrong-key-SECRET-999"
    with FakeModelServer(protocol, [REPLY]) as server:
        p = provider_for(server, api_key=wrong)
        with pytest.raises(ProviderError) as info:
            p.chat("s", [Message("user", "q")])
    assert len(server.requests) == 1
    assert info.value.status == 401 and "authentication failed" in info.value.message
    assert wrong not in info.value.one_line()
    assert redact(f"key {wrong}") == "key ***"  # registered as a secret: gone from any log line


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_429_honours_retry_after(protocol: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from aishell.ai import providers

    waits: list[float] = []  # the provider's sleeps, recorded instead of slept
    monkeypatch.setattr(providers, "time", SimpleNamespace(sleep=waits.append, time=time.time))
    script = [Fault(429, "slow down", headers={"retry-after": "1"}), REPLY]
    with FakeModelServer(protocol, script) as server:
        p = provider_for(server)
        assert p.chat("s", [Message("user", "q")]) == REPLY
    assert len(server.requests) == 2
    assert waits == [1.0]  # waited as the server asked, not the 0.01 s backoff


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_500_then_success(protocol: str) -> None:
    with FakeModelServer(protocol, [Fault(500), Fault(503), REPLY]) as server:
        p = provider_for(server)
        assert p.chat("s", [Message("user", "q")]) == REPLY
    assert len(server.requests) == 3


def test_5xx_gives_up_after_max_retries() -> None:
    with FakeModelServer("openai", [Fault(502, "bad gateway")]) as server:
        p = provider_for(server, max_retries=2)
        with pytest.raises(ProviderError, match="HTTP 502"):
            p.chat("s", [Message("user", "q")])
    assert len(server.requests) == 3


def test_400_is_not_retried() -> None:
    with FakeModelServer("ollama", [Fault(400, "model 'x' not found")]) as server:
        p = provider_for(server)
        with pytest.raises(ProviderError, match="not found"):
            p.chat("s", [Message("user", "q")])
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("protocol", "raw"),
    [
        ("anthropic", b"event: content_block_delta\ndata: {not json\n\n"),
        ("openai", b"data: <html>oops</html>\n\n"),
        ("ollama", b"this is not json\n"),
    ],
)
def test_malformed_body(protocol: str, raw: bytes) -> None:
    with FakeModelServer(protocol, [Fault(raw=raw)]) as server:
        p = provider_for(server)
        with pytest.raises(ProviderError, match="malformed"):
            p.chat("s", [Message("user", "q")])
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("protocol", "raw"),
    [
        ("anthropic", b'event: message_start\ndata: {"type": "message_start", "message": {}}\n\n'),
        ("openai", b'data: {"choices": [{"index": 0, "delta": {"content": "SEL"}}]}\n\n'),
        ("ollama", b'{"message": {"content": "SEL"}, "done": false}\n'),
    ],
)
def test_truncated_stream_is_retried_then_reported(protocol: str, raw: bytes) -> None:
    with FakeModelServer(protocol, [Fault(raw=raw)]) as server:
        p = provider_for(server, max_retries=1)
        with pytest.raises(ProviderError, match="ended"):
            p.chat("s", [Message("user", "q")])
    assert len(server.requests) == 2


def test_anthropic_error_event_in_stream() -> None:
    raw = b'event: error\ndata: {"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}}\n\n'
    with FakeModelServer("anthropic", [Fault(raw=raw)]) as server:
        p = provider_for(server)
        with pytest.raises(ProviderError, match="bad"):
            p.chat("s", [Message("user", "q")])


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_timeout(protocol: str) -> None:
    with FakeModelServer(protocol, [Fault(delay=1.5, then_text=REPLY)]) as server:
        p = provider_for(server, timeout=0.3, max_retries=0)
        started = time.monotonic()
        with pytest.raises(ProviderError, match="no answer within"):
            p.chat("s", [Message("user", "q")])
        assert time.monotonic() - started < 1.4


def test_timeout_then_success_is_retried() -> None:
    with FakeModelServer("openai", [Fault(delay=1.0, then_text="late"), REPLY]) as server:
        p = provider_for(server, timeout=0.3, max_retries=1)
        assert p.chat("s", [Message("user", "q")]) == REPLY


def test_unreachable_server() -> None:
    p = make_provider(ProviderConfig(provider="ollama", model="m", base_url="http://127.0.0.1:9", timeout=1,
                                     max_retries=0))
    with pytest.raises(ProviderError, match="cannot reach"):
        p.chat("s", [Message("user", "q")])


# --------------------------------------------------------------------------- configuration
def test_resolve_config_precedence(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_config(env={}).provider == "offline"
    cfg_dir = isolated_home / "config"
    cfg_dir.mkdir(parents=True, exist_ok=True)
    (cfg_dir / "config.toml").write_text('[ai]\nprovider = "ollama"\nmodel = "qwen"\nbase_url = "box:11434"\n'
                                         "max_attempts = 2\ntimeout = 7\n")
    c = resolve_config(env={})
    assert (c.provider, c.model, c.base_url, c.timeout) == ("ollama", "qwen", "http://box:11434", 7.0)
    c = resolve_config(env={"AISHELL_PROVIDER": "openai", "AISHELL_MODEL": "m2", "OPENAI_BASE_URL": "http://x/v1",
                            "OPENAI_API_KEY": "sk-env-key-1234"})
    assert (c.provider, c.model, c.base_url, c.api_key) == ("openai", "m2", "http://x/v1", "sk-env-key-1234")
    assert "sk-env-key-1234" not in repr(c)
    c = resolve_config("anthropic", "claude-x", env={"AISHELL_PROVIDER": "openai", "ANTHROPIC_API_KEY": "k-abc-123"})
    assert (c.provider, c.model, c.api_key) == ("anthropic", "claude-x", "k-abc-123")
    c = resolve_config("ollama", env={"OLLAMA_HOST": "127.0.0.1:1234"})
    assert c.base_url == "http://127.0.0.1:1234"
    with pytest.raises(ConfigError, match="unknown AI provider"):
        resolve_config("gpt5", env={})


def test_missing_key_is_a_config_error() -> None:
    p = make_provider(ProviderConfig(provider="anthropic", model="m", base_url="http://127.0.0.1:9"))
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        p.chat("s", [Message("user", "q")])
    p = make_provider(ProviderConfig(provider="openai", model="m"))
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        p.chat("s", [Message("user", "q")])


def test_unknown_config_key_is_rejected(isolated_home: Path) -> None:
    from aishell.config import load_settings

    cfg_dir = isolated_home / "config"
    cfg_dir.mkdir(parents=True, exist_ok=True)
    (cfg_dir / "config.toml").write_text('[ai]\napi_key = "nope"\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings()


def test_query_path_imports_nothing_ai(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from aishell.cli.main import cli\n"
        "r = CliRunner().invoke(cli, ['query', '--db', 'sqlite:///:memory:', 'select 1'])\n"
        "assert r.exit_code == 0, r.output\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('aishell.ai', 'aishell.services.ask', 'httpx')))\n"
        "print(','.join(bad))\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={"AISHELL_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == ""


def test_a_key_echoed_by_the_server_is_redacted() -> None:
    with FakeModelServer("openai", [Fault(400, f"bad request for key {OPENAI_KEY}")]) as server:
        p = provider_for(server)
        with pytest.raises(ProviderError) as info:
            p.chat("s", [Message("user", "q")])
    assert OPENAI_KEY not in info.value.one_line() and "***" in info.value.one_line()


def test_retry_after_http_date() -> None:
    from email.utils import formatdate

    from aishell.ai.providers import _retry_after

    assert _retry_after("3") == 3.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    later = _retry_after(formatdate(time.time() + 30, usegmt=True))
    assert later is not None and 25 <= later <= 31
