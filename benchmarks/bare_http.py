"""The bare HTTP endpoint of ``bench_sync``: standard library only, on 127.0.0.1.

    python benchmarks/bare_http.py

Prints ``port=N`` once listening on 127.0.0.1 (a free port). Every POST has its body read in
full and is answered ``200`` with as many bytes as its ``X-Reply-Bytes`` header asks (the
size HQ's answer had), over HTTP/1.1 keep-alive with Nagle off, as uvicorn does. No parsing,
no database, no signature: what moving the same bytes costs.
"""

from __future__ import annotations

import contextlib
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FILLER = b" " * (1 << 20)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # the standard library's name
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        size = int(self.headers.get("X-Reply-Bytes") or 0)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        while size > 0:
            chunk = FILLER[:size]
            self.wfile.write(chunk)
            size -= len(chunk)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: no line per request


def main() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"port={server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
