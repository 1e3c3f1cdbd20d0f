"""A small scripted HTTP server on 127.0.0.1 for client tests: JSON, SSE and faults.

Each request takes the next queued action (or repeats the last `always` one).
Requests are recorded (method, path with query, headers, body) for assertions.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Action = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


@dataclass
class LoopbackServer:
    actions: deque[Action] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)
    always: Action | None = None

    def start(self) -> LoopbackServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                if "chunked" in self.headers.get("transfer-encoding", "").lower():
                    body = _read_chunked(self.rfile)
                else:
                    length = int(self.headers.get("content-length") or 0)
                    body = self.rfile.read(length) if length else b""
                server.requests.append(Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                action = server.actions.popleft() if server.actions else server.always
                if action is None:
                    return json_response(500, {"error": {"message": "no action queued"}})(self)
                action(self)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def push(self, *actions: Action) -> None:
        self.actions.extend(actions)


def _read_chunked(rfile) -> bytes:
    """A request body sent with `transfer-encoding: chunked` (a streamed upload)."""
    parts = []
    while True:
        size = int(rfile.readline().split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        parts.append(rfile.read(size))
        rfile.readline()


def binary(data: bytes, content_type: str = "application/octet-stream") -> Action:
    """A 200 with these bytes as its body."""

    def act(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", content_type)
        h.send_header("content-length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    return act


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on purpose (timeouts, early close) is not news


def json_response(status: int, body: object, headers: dict[str, str] | None = None) -> Action:
    def act(h: BaseHTTPRequestHandler) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", str(len(data)))
        h.send_header("x-request-id", "req_123")
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    return act


def cut_body(declared: int, sent: bytes) -> Action:
    """A response that promises `declared` bytes and sends fewer, then hangs up."""

    def act(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", str(declared))
        h.end_headers()
        h.wfile.write(sent)
        h.wfile.flush()
        h.close_connection = True

    return act


def sse(chunks: list[bytes], *, drop: bool = False, delay: float = 0.0) -> Action:
    """A chunked text/event-stream; each item of `chunks` is sent and flushed on its own.

    With `drop`, the connection closes without the final chunk, as a dropped connection does.
    """

    def act(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "text/event-stream")
        h.send_header("transfer-encoding", "chunked")
        h.end_headers()
        for chunk in chunks:
            if delay:
                time.sleep(delay)
            h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            h.wfile.flush()
        if drop:
            h.close_connection = True
            return
        h.wfile.write(b"0\r\n\r\n")
        h.wfile.flush()

    return act


def slow(seconds: float, then: Action) -> Action:
    def act(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            then(h)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return act


def sse_events(payloads: list[dict], *, named: bool = True) -> bytes:
    """The wire form of a list of events, as the OpenAI API sends them."""
    out = []
    for p in payloads:
        head = f"event: {p.get('type', 'message')}\n" if named else ""
        out.append(f"{head}data: {json.dumps(p)}\n\n")
    return "".join(out).encode()
