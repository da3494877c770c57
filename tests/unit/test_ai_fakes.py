"""Loopback HTTP servers that speak the model providers' wire protocols.

These are the only fakes in the project: the real client code
(:mod:`aishell.ai.providers`) talks HTTP to them on 127.0.0.1.

* ``anthropic``: ``POST /v1/messages``, SSE events ``message_start``,
  ``content_block_start``, ``ping``, ``content_block_delta`` (``text_delta``),
  ``content_block_stop``, ``message_delta``, ``message_stop``; errors as
  ``{"type": "error", "error": {"type": ..., "message": ...}}``;
* ``openai``: ``POST /v1/chat/completions``, SSE ``chat.completion.chunk``
  objects then ``data: [DONE]``; errors as ``{"error": {"message": ...}}``;
* ``ollama``: ``POST /api/chat``, NDJSON lines with ``message.content`` and a
  final ``"done": true``.

A server plays a script: each request takes the next item, a reply text
(encoded in the protocol, streamed in several chunks) or a :class:`Fault`.
When the script runs out, the last item repeats.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ANTHROPIC_KEY = "sk-ant-test-SECRET-123456"
OPENAI_KEY = "sk-openai-test-SECRET-654321"


@dataclass
class Fault:
    status: int = 500
    message: str = "internal error"
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a body sent as-is with status 200 (malformed replies)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    then_text: str | None = None  # after the delay, answer normally with this text


Script = list["str | Fault"]


def _chunks(text: str, n: int = 3) -> list[str]:
    if len(text) < n:
        return [text]
    size = -(-len(text) // n)
    return [text[i : i + size] for i in range(0, len(text), size)]


def anthropic_stream(text: str) -> list[bytes]:
    def ev(name: str, data: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

    out = [
        ev("message_start", {"type": "message_start", "message": {
            "id": "msg_1", "type": "message", "role": "assistant", "content": [], "model": "claude-test",
            "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 1}}}),
        ev("content_block_start", {"type": "content_block_start", "index": 0,
                                   "content_block": {"type": "text", "text": ""}}),
        ev("ping", {"type": "ping"}),
    ]
    for piece in _chunks(text):
        out.append(ev("content_block_delta", {"type": "content_block_delta", "index": 0,
                                              "delta": {"type": "text_delta", "text": piece}}))
    out += [
        ev("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                             "usage": {"output_tokens": 15}}),
        ev("message_stop", {"type": "message_stop"}),
    ]
    return out


def openai_stream(text: str) -> list[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
        obj = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-test",
               "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return f"data: {json.dumps(obj)}\n\n".encode()

    out = [chunk({"role": "assistant", "content": ""}, None)]
    out += [chunk({"content": piece}, None) for piece in _chunks(text)]
    out.append(chunk({}, "stop"))
    out.append(b"data: [DONE]\n\n")
    return out


def ollama_stream(text: str) -> list[bytes]:
    out = []
    for piece in _chunks(text):
        out.append((json.dumps({"model": "llama-test", "created_at": "2024-01-01T00:00:00Z",
                                "message": {"role": "assistant", "content": piece}, "done": False}) + "\n").encode())
    out.append((json.dumps({"model": "llama-test", "created_at": "2024-01-01T00:00:01Z",
                            "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                            "total_duration": 1000, "eval_count": 5}) + "\n").encode())
    return out


PATHS = {"anthropic": "/v1/messages", "openai": "/v1/chat/completions", "ollama": "/api/chat"}
ENCODERS: dict[str, Callable[[str], list[bytes]]] = {
    "anthropic": anthropic_stream, "openai": openai_stream, "ollama": ollama_stream,
}


def error_body(protocol: str, status: int, message: str) -> bytes:
    if protocol == "anthropic":
        kind = {401: "authentication_error", 429: "rate_limit_error", 529: "overloaded_error"}.get(status, "api_error")
        return json.dumps({"type": "error", "error": {"type": kind, "message": message}}).encode()
    if protocol == "openai":
        return json.dumps({"error": {"message": message, "type": "invalid_request_error", "code": None}}).encode()
    return json.dumps({"error": message}).encode()


class FakeModelServer:
    def __init__(self, protocol: str, script: Script, *, stream_delay: float = 0.0) -> None:
        self.protocol = protocol
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.stream_delay = stream_delay
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                                        "body": body})
                server.handle(self, body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        root = f"http://{host}:{port}"
        return root + "/v1" if self.protocol == "openai" else root

    def __enter__(self) -> FakeModelServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def next_item(self) -> str | Fault:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _auth_ok(self, h: BaseHTTPRequestHandler) -> bool:
        if self.protocol == "anthropic":
            return h.headers.get("x-api-key") == ANTHROPIC_KEY and bool(h.headers.get("anthropic-version"))
        if self.protocol == "openai":
            return h.headers.get("authorization") == f"Bearer {OPENAI_KEY}"
        return True

    def _send(self, h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        h.send_response(status)
        h.send_header("content-type", ctype)
        h.send_header("content-length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def handle(self, h: BaseHTTPRequestHandler, body: Any) -> None:
        if h.path != PATHS[self.protocol]:
            self._send(h, 404, error_body(self.protocol, 404, f"no route {h.path}"))
            return
        if not self._auth_ok(h):
            self._send(h, 401, error_body(self.protocol, 401, "invalid api key"))
            return
        item = self.next_item()
        if isinstance(item, Fault):
            if item.delay:
                time.sleep(item.delay)
            if item.then_text is not None:
                item = item.then_text
            elif item.raw is not None:
                ctype = "application/x-ndjson" if self.protocol == "ollama" else "text/event-stream"
                self._send(h, 200, item.raw, ctype)
                return
            else:
                self._send(h, item.status, error_body(self.protocol, item.status, item.message), headers=item.headers)
                return
        assert isinstance(item, str)
        if not isinstance(body, dict) or not body.get("model") or not body.get("messages"):
            self._send(h, 400, error_body(self.protocol, 400, "model and messages are required"))
            return
        if not body.get("stream"):
            self._send(h, 400, error_body(self.protocol, 400, "this fake only streams"))
            return
        ctype = "application/x-ndjson" if self.protocol == "ollama" else "text/event-stream"
        h.send_response(200)
        h.send_header("content-type", ctype)
        h.send_header("cache-control", "no-cache")
        h.end_headers()
        for part in ENCODERS[self.protocol](item):
            try:
                h.wfile.write(part)
                h.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return  # the client stopped reading (a cancelled answer), as a real provider sees it
            if self.stream_delay:
                time.sleep(self.stream_delay)


def test_fake_encoders_are_well_formed() -> None:
    for proto, enc in ENCODERS.items():
        parts = enc("SELECT 1")
        assert parts and all(isinstance(p, bytes) for p in parts), proto
    assert anthropic_stream("x")[-1].startswith(b"event: message_stop")
    assert openai_stream("x")[-1] == b"data: [DONE]\n\n"
    assert json.loads(ollama_stream("x")[-1])["done"] is True
