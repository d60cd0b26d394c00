"""Local stand-ins for the peers the reconciler talks to, on stdlib HTTP servers at port 0.

Every body is the shape the peer documents (field names, nesting, strings or numbers);
the values are chosen for each test.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeServer:
    """Answers GET requests with `answer(path, query, headers) -> (status, body, headers)`."""

    def __init__(self, answer):
        self.answer = answer
        self.requests: list[tuple[str, dict, dict]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                headers = {k.lower(): v for k, v in self.headers.items()}
                fake.requests.append((parts.path, query, headers))
                status, body, extra = fake.answer(parts.path, query, headers)
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **extra}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class FakeProviders(FakeServer):
    """Models endpoints of several providers, one path prefix each (`/deepseek`, ...).

    `models[provider]` lists the ids served; `down` holds providers answering 503;
    Anthropic pages `page_size` ids at a time, Gemini likewise.
    """

    def __init__(self, models: dict[str, list[str]], page_size: int = 2):
        self.models = models
        self.down: set[str] = set()
        self.page_size = page_size
        super().__init__(self._answer)

    def base(self, provider: str) -> str:
        return f"{self.url}/{provider}"

    def _answer(self, path, query, headers):
        provider, _, _rest = path.lstrip("/").partition("/")
        if provider in self.down or provider not in self.models:
            return 503, {"error": "unavailable"}, {}
        ids = self.models[provider]
        if provider == "anthropic":
            return 200, self._anthropic(ids, query), {}
        if provider == "google":
            return 200, self._gemini(ids, query), {}
        # DeepSeek GET /models (https://api-docs.deepseek.com/api/list-models); OpenRouter and
        # Moonshot GET /v1/models answer the same OpenAI-style list.
        data = [{"id": i, "object": "model", "owned_by": provider} for i in ids]
        return 200, {"object": "list", "data": data}, {}

    def _anthropic(self, ids, query):
        # GET /v1/models (https://docs.anthropic.com/en/api/models-list): a page of data[],
        # has_more, first_id, last_id; the next page is asked with after_id.
        start = ids.index(query["after_id"]) + 1 if "after_id" in query else 0
        page = ids[start : start + self.page_size]
        return {
            "data": [
                {"type": "model", "id": i, "display_name": i, "created_at": "2026-01-01T00:00:00Z"}
                for i in page
            ],
            "has_more": start + self.page_size < len(ids),
            "first_id": page[0] if page else None,
            "last_id": page[-1] if page else None,
        }

    def _gemini(self, ids, query):
        # GET /v1beta/models (https://ai.google.dev/api/models#method:-models.list):
        # models[] named "models/<id>", nextPageToken while more remain.
        start = int(query.get("pageToken", "0"))
        page = ids[start : start + self.page_size]
        body = {
            "models": [
                {"name": f"models/{i}", "displayName": i, "supportedGenerationMethods": []}
                for i in page
            ]
        }
        if start + self.page_size < len(ids):
            body["nextPageToken"] = str(start + self.page_size)
        return body


class FakePrometheus(FakeServer):
    """GET /api/v1/query with the documented instant-vector answer
    (https://prometheus.io/docs/prometheus/latest/querying/api/#instant-queries):
    {"status": "success", "data": {"resultType": "vector",
     "result": [{"metric": {"provider": ...}, "value": [<unix time>, "<value as string>"]}]}}

    `series[expr]` maps a provider to its value string; a missing expr answers an empty vector.
    """

    def __init__(self, series: dict[str, dict[str, str]], at: float = 1_780_000_000.0):
        self.series = series
        self.at = at
        super().__init__(self._answer)

    def _answer(self, path, query, headers):
        if path != "/api/v1/query":
            return 404, {"status": "error", "error": "not found"}, {}
        result = [
            {"metric": {"provider": provider}, "value": [self.at, value]}
            for provider, value in self.series.get(query["query"], {}).items()
        ]
        return 200, {"status": "success", "data": {"resultType": "vector", "result": result}}, {}
