"""A provider API that echoes each request back, key included, as some error pages do.

`mode` picks the answer for every path: one of MODES. "good" serves the documented good
answers of tests/exporter/source_cases.py (and an OpenAI-style models list); every other
mode is a failure whose body holds the request's headers, or puts the key in the very
fields Plutus reads.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.exporter.source_cases import ALL

GOOD = {path: body for case in ALL for path, body in case.routes.items()}
MODES = ("401", "403", "429", "500", "200-echo", "200-key-in-fields", "html", "302", "good")


def _echo(path: str, headers: dict[str, str]) -> dict:
    key = headers.get("Authorization") or headers.get("x-api-key") or ""
    return {
        "error": {"message": f"Incorrect API key provided: {key}", "type": "invalid_request"},
        "request": {"method": "GET", "path": path, "headers": headers},
    }


def _key_in_fields(headers: dict[str, str]) -> dict:
    key = headers.get("Authorization") or headers.get("x-api-key") or "none"
    money = {"total_balance": key, "granted_balance": key, "topped_up_balance": key}
    return {
        "is_available": True,
        "balance_infos": [{"currency": key, **money}],
        "code": key,
        "data": {"limit": key, "limit_remaining": key, "available_balance": key, "id": key},
        "results": [{"currency": "USD", "amount": key}],
        "has_more": False,
    }


class EchoProvider:
    def __init__(self):
        self.mode = "401"
        self.requests: list[tuple[str, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                headers = dict(self.headers)
                owner.requests.append((self.path, headers))
                status, body, extra = owner.answer(self.path.split("?")[0], headers)
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, path: str, headers: dict[str, str]) -> tuple[int, bytes, dict]:
        as_json = {"Content-Type": "application/json"}
        echoed = json.dumps(_echo(path, headers)).encode()
        if self.mode == "good":
            listing = {"object": "list", "data": [{"id": "deepseek-chat"}]}
            return 200, json.dumps(GOOD.get(path, listing)).encode(), as_json
        if self.mode == "200-echo":
            return 200, echoed, as_json
        if self.mode == "200-key-in-fields":
            return 200, json.dumps(_key_in_fields(headers)).encode(), as_json
        if self.mode == "html":
            return 200, b"<html>" + echoed + b"</html>", {"Content-Type": "text/html"}
        if self.mode == "302":
            key = headers.get("Authorization", "")
            return 302, echoed, {"Location": f"https://login.example/?echo={key}"}
        return int(self.mode), echoed, {**as_json, "Retry-After": "1"}

    def keys_seen(self) -> str:
        return "\n".join(json.dumps(headers) for _path, headers in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
