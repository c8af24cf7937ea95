"""P1: the cost of fetching and decoding one 100-item page, client versus raw httpx.

Both sides send the same GET with the same headers over a keep-alive connection to the page
server. The client side is `webwork_tracker.call(get_{tag}, ...)`: the generated operation,
the client's transports and auth, decoding into the attrs models, and unwrapping the
envelope. The raw side is `httpx.Client.get` followed by `json.loads` of the body. Batches of
the two alternate, so that drift in machine load touches both. The figure is the ratio of the
fastest batches, because load from other processes only ever adds time (the reasoning of the
standard library's timeit).

Two more timings show where the difference goes. "httpx + generated decoding" is the raw
request followed by the operation's generated `_parse_response` (the attrs models'
`from_dict`), without our transports, auth or unwrapping. The server's own cost is measured
with a bare socket, as the floor that neither side can go below.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from .harness import TOKEN, Figure, PageServer, list_operation, list_params, make_client, recorded_tags

TARGET = 1.25


def fetch_raw(http: httpx.Client, tag: str, params: dict[str, Any]) -> Any:
    return json.loads(http.get(f"/{tag}", params=params).content)


def time_batch(function: Any, count: int) -> float:
    """Return the mean seconds per call over `count` calls."""
    start = time.perf_counter()
    for _ in range(count):
        function()
    return (time.perf_counter() - start) / count


def server_floor(server: PageServer, tag: str, count: int) -> float:
    """Return the mean seconds per request for a bare socket that sends and reads one page."""
    query = urlencode(list_params(tag))
    request = (
        f"GET /api/v2/{tag}?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port)) as connection:
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def round_trip() -> None:
            connection.sendall(request)
            received = b""
            while b"\r\n\r\n" not in received:
                received += connection.recv(65536)
            head, _, body = received.partition(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            while len(body) < length:
                body += connection.recv(65536)

        round_trip()
        return time_batch(round_trip, count)


def measure_tag(server: PageServer, tag: str, rounds: int, batch: int) -> dict[str, float]:
    """Return the fastest batch's seconds per page for each side, and for the bare socket."""
    from webwork_tracker import call

    operation = list_operation(tag)
    params = list_params(tag)
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}

    with make_client(server.base_url) as client, httpx.Client(base_url=server.base_url, headers=headers) as http:

        def through_client() -> Any:
            return call(operation, client=client, **params)

        def through_httpx() -> Any:
            return fetch_raw(http, tag, params)

        def through_generated_decoding() -> Any:
            return operation._parse_response(client=client, response=http.get(f"/{tag}", params=params))

        functions = {"client": through_client, "httpx": through_httpx, "decoding": through_generated_decoding}
        for function in functions.values():
            for _ in range(3):
                function()

        times: dict[str, list[float]] = {name: [] for name in functions}
        for index in range(rounds):
            # Rotate the order, so that no side always runs right after another.
            names = list(functions)
            names = names[index % len(names) :] + names[: index % len(names)]
            for name in names:
                times[name].append(time_batch(functions[name], batch))

    fastest = {name: min(values) for name, values in times.items()}
    fastest["floor"] = min(server_floor(server, tag, batch) for _ in range(rounds))
    return fastest


def run(server: PageServer, *, quick: bool) -> Figure:
    rounds, batch = (3, 2) if quick else (21, 10)
    server.configure(last_page=1)
    results = {tag: measure_tag(server, tag, rounds, batch) for tag in recorded_tags()}

    lines = []
    worst = 0.0
    for tag, times in results.items():
        ratio = times["client"] / times["httpx"]
        worst = max(worst, ratio)
        lines.append(
            f"{tag}: client {times['client'] * 1e3:.2f} ms, httpx + json.loads {times['httpx'] * 1e3:.2f} ms "
            f"(ratio {ratio:.2f}), httpx + generated decoding {times['decoding'] * 1e3:.2f} ms "
            f"(ratio {times['decoding'] / times['httpx']:.2f}), server and socket alone {times['floor'] * 1e3:.2f} ms"
        )
    return Figure(
        key="P1",
        title="One 100-item page: client ÷ httpx + json.loads (worst tag)",
        value=worst,
        target=f"≤ {TARGET}",
        met=worst <= TARGET,
        detail="; ".join(lines),
    )
