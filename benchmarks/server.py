"""A lean HTTP/1.1 server that replays recorded list pages, for the benchmarks.

The test suite's fake server validates every body with pydantic and runs on
`http.server`, which costs more per request than the client under test. This server does as
little as possible: it parses the request line and headers with asyncio, looks the page up
in memory, and writes bytes that were encoded at start-up, so that a benchmark ratio reflects
the client. It runs in its own process (`python -m benchmarks.server`), so that it does not
share the client's GIL, and prints its port on the first line of standard output.

Routes, relative to /api/v2:
  GET /{tag}?page=N       the recorded page of `tag` with `meta.pagination` rewritten for page N
                          of `last_page` pages (100 items each). Even pages list the items in
                          reverse order, so that no page repeats the one before it, which the
                          client's paginator rejects.
  POST /_config?last_page=N&quota=R
                          sets the page count and a quota of R requests per second (0: none),
                          and clears the counters.
  GET /_stats             the counters: requests served, 429 responses, arrival times.

With a quota, a request that would make more than R arrivals within the last second is
rejected with 429 and `Retry-After`, like the API's per-user limit.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

RECORDED = Path(__file__).resolve().parent / "recorded"
API_PREFIX = "/api/v2"
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}


class Pages:
    """The recorded pages, split so that only `meta` is encoded per request."""

    def __init__(self, folder: Path) -> None:
        self.data: dict[str, tuple[bytes, bytes]] = {}
        self.per_page: dict[str, int] = {}
        self.meta: dict[str, dict] = {}
        for path in sorted(folder.glob("*.json")):
            body = json.loads(path.read_bytes())
            tag = path.stem
            forward = json.dumps(body["data"], separators=(",", ":")).encode()
            backward = json.dumps(body["data"][::-1], separators=(",", ":")).encode()
            self.data[tag] = (forward, backward)
            self.per_page[tag] = len(body["data"])
            self.meta[tag] = body["meta"]

    def page(self, tag: str, number: int, last_page: int) -> bytes:
        per_page = self.per_page[tag]
        total = per_page * last_page
        if number > last_page:
            data = b"[]"
            first = last = None
        else:
            data = self.data[tag][number % 2 == 0]
            first = (number - 1) * per_page + 1
            last = number * per_page
        pagination = {
            "total": total,
            "per_page": per_page,
            "current_page": number,
            "last_page": last_page,
            "from": first,
            "to": last,
        }
        meta = json.dumps({**self.meta[tag], "pagination": pagination}, separators=(",", ":")).encode()
        return b'{"success":true,"data":' + data + b',"meta":' + meta + b"}"


class State:
    """Settings and counters shared by every connection."""

    def __init__(self, pages: Pages) -> None:
        self.pages = pages
        self.last_page = 1
        self.quota = 0
        self.served = 0
        self.rejected = 0
        self.arrivals: list[float] = []
        self.window: collections.deque[float] = collections.deque()

    def configure(self, last_page: int, quota: int) -> None:
        self.last_page = last_page
        self.quota = quota
        self.served = 0
        self.rejected = 0
        self.arrivals = []
        self.window.clear()

    def over_quota(self, now: float) -> float | None:
        """Count one arrival against the quota; return the seconds to wait when it is over."""
        if not self.quota:
            return None
        while self.window and self.window[0] <= now - 1.0:
            self.window.popleft()
        if len(self.window) >= self.quota:
            self.rejected += 1
            return self.window[0] + 1.0 - now
        self.window.append(now)
        return None


class PageProtocol(asyncio.Protocol):
    """One keep-alive connection: parse requests from the buffer and respond to them in order."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            lines = head.split("\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = lines[0].split(" ", 2)
            status, body, headers = self.respond(method, target)
            self.send(status, body, headers)

    def respond(self, method: str, target: str) -> tuple[int, bytes, dict[str, str]]:
        url = urlsplit(target)
        path = url.path.removeprefix(API_PREFIX).strip("/")
        query = parse_qs(url.query)
        state = self.state

        if path == "_config" and method == "POST":
            state.configure(int(query.get("last_page", ["1"])[0]), int(query.get("quota", ["0"])[0]))
            return 200, b"{}", {}
        if path == "_stats":
            stats = {"served": state.served, "rejected": state.rejected, "arrivals": state.arrivals}
            return 200, json.dumps(stats).encode(), {}

        now = time.monotonic()
        state.arrivals.append(now)
        wait = state.over_quota(now)
        if wait is not None:
            body = b'{"success":false,"message":"Too Many Attempts.","error":"Too Many Requests","meta":{}}'
            return 429, body, {"Retry-After": f"{wait:.3f}"}
        if method != "GET" or path not in state.pages.data:
            return 404, b'{"success":false,"message":"Not found","error":"Not Found","meta":{}}', {}
        state.served += 1
        number = int(query.get("page", ["1"])[0])
        return 200, state.pages.page(path, number, state.last_page), {}

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}", "Content-Type: application/json"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines.append(f"Content-Length: {len(body)}")
        assert self.transport is not None
        self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


async def serve(port: int) -> None:
    state = State(Pages(RECORDED))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: PageProtocol(state), "127.0.0.1", port)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the recorded pages on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="TCP port (0: any free port)")
    arguments = parser.parse_args()
    try:
        asyncio.run(serve(arguments.port))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
