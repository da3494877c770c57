"""Model providers: one interface, several wire protocols.

* ``anthropic``: the Messages API (``POST /v1/messages``), SSE streaming;
* ``openai``: any OpenAI-compatible Chat Completions server
  (``POST {base}/chat/completions``), SSE ``chat.completion.chunk`` streaming;
* ``ollama``: the native ``POST /api/chat``, NDJSON streaming;
* ``offline``: the deterministic in-process translator (no network).

Every HTTP provider streams, has a timeout, and retries with exponential
backoff on 429 and 5xx (honouring ``retry-after``) and on connection errors.
API keys come from ``ANTHROPIC_API_KEY`` / ``OPENAI_API_KEY``, then from the vault
(``llm/anthropic``, ``llm/openai``: see ``docs/vault.md``); they are registered as
secrets, so :func:`aishell.errors.redact` removes them from every message, and they are never part of an error.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.errors import AishellError, ConfigError, register_secret

if TYPE_CHECKING:
    import httpx  # imported by the HTTP providers only: the offline one never loads it (nor rich, its CLI)

#: ``on_text(chunk)``: called with each piece of the reply as it streams in
TextFn = Callable[[str], None]

PROVIDERS = ("offline", "anthropic", "openai", "ollama")

DEFAULT_MODELS = {
    "anthropic": "claude-sonnet-4-5",
    "openai": "gpt-4o-mini",
    "ollama": "llama3.1",
    "offline": "offline",
}


class ProviderError(AishellError):
    """The model server failed, refused the request, or sent something unreadable."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False,
                 retry_after: float | None = None) -> None:  # fmt: skip
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass
class Message:
    role: str  # "user" | "assistant"
    content: str


@dataclass
class ProviderConfig:
    provider: str = "offline"
    model: str = ""
    base_url: str = ""
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    max_retries: int = 4  # HTTP retries per request (429, 5xx, connection errors)
    backoff: float = 0.5  # first retry delay in seconds, doubled each time
    max_backoff: float = 20.0
    max_tokens: int = 1024
    temperature: float = 0.0


class Provider:
    """A chat model: ``chat(system, messages, on_text) -> reply text``."""

    name = "base"

    def __init__(self, config: ProviderConfig) -> None:
        self.config = config
        self.model = config.model or DEFAULT_MODELS.get(self.name, "")

    def chat(self, system: str, messages: list[Message], on_text: TextFn | None = None) -> str:
        raise NotImplementedError

    def close(self) -> None:
        """Release connections."""


class OfflineProvider(Provider):
    """The deterministic translator: the pipeline calls it with the question, not a prompt."""

    name = "offline"

    def chat(self, system: str, messages: list[Message], on_text: TextFn | None = None) -> str:
        raise ProviderError("the offline provider translates questions directly; it has no chat")


# --------------------------------------------------------------------------- HTTP base
class HTTPProvider(Provider):
    default_base = ""
    path = ""

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        self.base_url = (config.base_url or self.default_base).rstrip("/")
        register_secret(config.api_key)
        import httpx

        timeout = httpx.Timeout(config.timeout, connect=min(config.timeout, 10.0))
        self._client = httpx.Client(timeout=timeout, trust_env=False)

    def close(self) -> None:
        self._client.close()

    # subclasses
    def headers(self) -> dict[str, str]:
        return {"content-type": "application/json"}

    def body(self, system: str, messages: list[Message]) -> dict[str, Any]:
        raise NotImplementedError

    def read_stream(self, lines: Iterator[str], on_text: TextFn | None) -> str:
        raise NotImplementedError

    def error_text(self, data: Any) -> str:
        if isinstance(data, dict):
            err = data.get("error")
            if isinstance(err, dict):
                return str(err.get("message") or err.get("type") or err)
            if isinstance(err, str):
                return err
        return ""

    # the request loop
    def chat(self, system: str, messages: list[Message], on_text: TextFn | None = None) -> str:
        url = self.base_url + self.path
        payload = self.body(system, messages)
        delay = self.config.backoff
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(url, payload, on_text)
            except ProviderError as exc:
                if not exc.retryable or attempt > self.config.max_retries:
                    raise
                wait = exc.retry_after
                time.sleep(min(wait if wait is not None else delay, self.config.max_backoff))
                delay = min(delay * 2, self.config.max_backoff)

    def _once(self, url: str, payload: dict[str, Any], on_text: TextFn | None) -> str:
        import httpx

        what = f"{self.name} ({self.base_url})"
        try:
            with self._client.stream("POST", url, json=payload, headers=self.headers()) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise self._http_error(resp)
                return self.read_stream(resp.iter_lines(), on_text)
        except httpx.TimeoutException:
            raise ProviderError(
                f"{what}: no answer within {self.config.timeout:g}s", retryable=True
            ) from None
        except httpx.TransportError as exc:
            raise ProviderError(f"{what}: cannot reach the server: {type(exc).__name__}", retryable=True) from None

    def _http_error(self, resp: httpx.Response) -> ProviderError:
        status = resp.status_code
        try:
            detail = self.error_text(resp.json())
        except ValueError:
            detail = ""
        detail = " ".join(detail.split())[:300] or resp.reason_phrase
        if status in (401, 403):
            key = "ANTHROPIC_API_KEY" if self.name == "anthropic" else "OPENAI_API_KEY"
            hint = f" (check {key})" if self.name in ("anthropic", "openai") else ""
            return ProviderError(f"{self.name}: authentication failed ({status}): {detail}{hint}", status=status)
        retryable = status == 429 or status >= 500
        return ProviderError(f"{self.name}: HTTP {status}: {detail}", status=status, retryable=retryable,
                             retry_after=_retry_after(resp.headers.get("retry-after")))  # fmt: skip


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _json(line: str, who: str) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        raise ProviderError(f"{who}: malformed response from the server: {line[:80]!r}") from None


def _sse(lines: Iterator[str]) -> Iterator[tuple[str, str]]:
    """Server-sent events as (event, data) pairs."""
    event, data = "", list[str]()
    for line in lines:
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "", list[str]()
        elif line.startswith(":"):
            continue
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
    if data:
        yield event, "\n".join(data)


# --------------------------------------------------------------------------- anthropic
class AnthropicProvider(HTTPProvider):
    name = "anthropic"
    default_base = "https://api.anthropic.com"
    path = "/v1/messages"

    def headers(self) -> dict[str, str]:
        if not self.config.api_key:
            raise ConfigError("the anthropic provider needs ANTHROPIC_API_KEY in the environment")
        return {"content-type": "application/json", "x-api-key": self.config.api_key,
                "anthropic-version": "2023-06-01", "accept": "text/event-stream"}  # fmt: skip

    def body(self, system: str, messages: list[Message]) -> dict[str, Any]:
        return {
            "model": self.model,
            "max_tokens": self.config.max_tokens,
            "temperature": self.config.temperature,
            "system": system,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
        }

    def read_stream(self, lines: Iterator[str], on_text: TextFn | None) -> str:
        parts: list[str] = []
        finished = False
        for event, data in _sse(lines):
            obj = _json(data, self.name)
            kind = obj.get("type", event) if isinstance(obj, dict) else event
            if kind == "error":
                detail = self.error_text(obj) or "error event"
                etype = (obj.get("error") or {}).get("type", "") if isinstance(obj, dict) else ""
                retry = etype in ("overloaded_error", "api_error", "rate_limit_error")
                raise ProviderError(f"{self.name}: {detail}", retryable=retry)
            if kind == "content_block_delta":
                delta = obj.get("delta") or {}
                if delta.get("type") == "text_delta":
                    text = str(delta.get("text", ""))
                    parts.append(text)
                    if on_text is not None:
                        on_text(text)
            elif kind == "content_block_start":
                block = obj.get("content_block") or {}
                if block.get("type") == "text" and block.get("text"):
                    parts.append(str(block["text"]))
            elif kind == "message_stop":
                finished = True
                break
        if not finished:
            raise ProviderError(f"{self.name}: the stream ended before message_stop", retryable=True)
        return "".join(parts)


# --------------------------------------------------------------------------- openai
class OpenAIProvider(HTTPProvider):
    name = "openai"
    default_base = "https://api.openai.com/v1"
    path = "/chat/completions"

    def headers(self) -> dict[str, str]:
        h = {"content-type": "application/json", "accept": "text/event-stream"}
        if self.config.api_key:
            h["authorization"] = f"Bearer {self.config.api_key}"
        elif self.base_url == self.default_base:
            raise ConfigError("the openai provider needs OPENAI_API_KEY in the environment")
        return h

    def body(self, system: str, messages: list[Message]) -> dict[str, Any]:
        msgs = [{"role": "system", "content": system}] + [{"role": m.role, "content": m.content} for m in messages]
        return {"model": self.model, "messages": msgs, "temperature": self.config.temperature,
                "max_tokens": self.config.max_tokens, "stream": True}  # fmt: skip

    def read_stream(self, lines: Iterator[str], on_text: TextFn | None) -> str:
        parts: list[str] = []
        finished = False
        for _event, data in _sse(lines):
            if data.strip() == "[DONE]":
                finished = True
                break
            obj = _json(data, self.name)
            if not isinstance(obj, dict):
                raise ProviderError(f"{self.name}: malformed chunk")
            if obj.get("error"):
                raise ProviderError(f"{self.name}: {self.error_text(obj)}")
            for choice in obj.get("choices") or []:
                delta = choice.get("delta") or choice.get("message") or {}
                text = delta.get("content")
                if text:
                    parts.append(str(text))
                    if on_text is not None:
                        on_text(str(text))
                if choice.get("finish_reason"):
                    finished = True
        if not finished:
            raise ProviderError(f"{self.name}: the stream ended early", retryable=True)
        return "".join(parts)


# --------------------------------------------------------------------------- ollama
class OllamaProvider(HTTPProvider):
    name = "ollama"
    default_base = "http://127.0.0.1:11434"
    path = "/api/chat"

    def body(self, system: str, messages: list[Message]) -> dict[str, Any]:
        msgs = [{"role": "system", "content": system}] + [{"role": m.role, "content": m.content} for m in messages]
        return {"model": self.model, "messages": msgs, "stream": True,
                "options": {"temperature": self.config.temperature}}  # fmt: skip

    def read_stream(self, lines: Iterator[str], on_text: TextFn | None) -> str:
        parts: list[str] = []
        for line in lines:
            if not line.strip():
                continue
            obj = _json(line, self.name)
            if not isinstance(obj, dict):
                raise ProviderError(f"{self.name}: malformed chunk")
            if obj.get("error"):
                raise ProviderError(f"{self.name}: {self.error_text(obj)}")
            text = (obj.get("message") or {}).get("content")
            if text:
                parts.append(str(text))
                if on_text is not None:
                    on_text(str(text))
            if obj.get("done"):
                return "".join(parts)
        raise ProviderError(f"{self.name}: the stream ended before done", retryable=True)


_CLASSES: dict[str, type[Provider]] = {
    "offline": OfflineProvider,
    "anthropic": AnthropicProvider,
    "openai": OpenAIProvider,
    "ollama": OllamaProvider,
}


def provider_name(provider: str | None = None, env: dict[str, str] | None = None) -> str:
    """The provider's name as :func:`resolve_config` chooses it (not checked, no key looked up)."""
    from aishell.config import load_settings

    env = dict(os.environ) if env is None else env
    return (provider or env.get("AISHELL_PROVIDER") or load_settings().ai.provider or "offline").strip().lower()


def resolve_config(
    provider: str | None = None,
    model: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
) -> ProviderConfig:
    """Flags, then environment variables, then ``[ai]`` in config.toml, then ``offline``."""
    from aishell.config import load_settings

    env = dict(os.environ) if env is None else env
    ai = load_settings().ai
    name = provider_name(provider, env)
    if name not in _CLASSES:
        raise ConfigError(f"unknown AI provider {name!r} (choose from {', '.join(PROVIDERS)})")
    chosen_model = model or env.get("AISHELL_MODEL") or ai.model or ""
    url = base_url or ""
    if not url and name == "openai":
        url = env.get("OPENAI_BASE_URL") or ai.base_url
    elif not url and name == "ollama":
        host = env.get("OLLAMA_HOST") or ai.base_url
        if host and "://" not in host:
            host = "http://" + host
        url = host
    elif not url and name == "anthropic":
        url = ai.base_url
    key = None
    if name == "anthropic":
        key = env.get("ANTHROPIC_API_KEY") or None
    elif name == "openai":
        key = env.get("OPENAI_API_KEY") or None
    if key is None and name in ("anthropic", "openai"):
        from aishell.vault import llm_api_key  # then the vault's llm/<provider>, when it opens without a prompt

        key = llm_api_key(name)
    register_secret(key)
    return ProviderConfig(provider=name, model=chosen_model, base_url=url, api_key=key,
                          timeout=timeout if timeout is not None else float(ai.timeout or 60))  # fmt: skip


def make_provider(config: ProviderConfig) -> Provider:
    return _CLASSES[config.provider](config)
