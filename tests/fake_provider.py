"""A local HTTP server that answers like a provider API, with answers chosen by each test."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HANG = "hang"  # a route that accepts the request and never answers


class FakeProvider:
    """Serves `routes[path] = (status, body[, headers])`, HANG, or a function of the query
    that returns one of those; records every request.

    Routes match the path without its query string; `requests` keeps (full path, headers).
    """

    def __init__(self):
        self.routes: dict[str, object] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                owner.requests.append((self.path, dict(self.headers)))
                url = urlsplit(self.path)
                answer = owner.routes.get(url.path, (404, {"error": "nope"}))
                if callable(answer):
                    answer = answer(parse_qs(url.query))
                if answer == HANG:
                    owner.release.wait()
                    return
                status, body, *headers = answer
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for name, value in (headers[0] if headers else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeProvider:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def refused_url() -> str:
    """An address on loopback where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class FullBacklog:
    """A listening socket whose accept queue is full: new connections time out connecting."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            self.fillers.append(filler)

    def close(self) -> None:
        for sock in [*self.fillers, self.listener]:
            sock.close()
