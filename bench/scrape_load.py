"""Scrapes a /metrics page from several threads and prints the latencies, in seconds, as JSON.

    python bench/scrape_load.py URL CLIENTS REQUESTS_EACH
Run as its own process, so that the clients do not share the exporter's interpreter.
"""

import http.client
import json
import sys
import threading
import time
from urllib.parse import urlsplit


def client(url: str, count: int, out: list[float]) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    for _ in range(count):
        started = time.perf_counter()
        conn.request("GET", parts.path)
        body = conn.getresponse().read()
        out.append(time.perf_counter() - started)
        assert b"plutus_exporter_build_info" in body
    conn.close()


def main(url: str, clients: int, each: int) -> None:
    latencies: list[float] = []
    threads = [threading.Thread(target=client, args=(url, each, latencies)) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(sorted(latencies)))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
