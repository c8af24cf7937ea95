"""P3: iterating 30 pages under the quota, with the client-side limiter.

The API allows 60 requests per minute per user. To keep the run short, the quota is scaled
to N requests per second: the page server responds with 429 to a request that would make more than
N arrivals within the last second, and the client gets `RateLimit(requests=N, period=1.0)`.
The limiter's safety margin, 1 s on a 60 s window by default, is scaled with the period to
1/60 s, so that both sides keep the proportions of the real quota.

The first N requests may go out at once, so the figure leaves that burst out. The achieved
rate is (requests − N) ÷ (time from the first to the last arrival at the server), the rate
that the client sustains once the quota binds. 429 responses are counted by the server,
because the client's retries would hide them.
"""

from __future__ import annotations

from .harness import Figure, PageServer, list_operation, make_client, rate_limit_supported

TARGET = 0.95
PAGES = 30
REQUESTS_PER_SECOND = 5


def run(server: PageServer, *, quick: bool) -> Figure:
    pages, rate = (4, 2) if quick else (PAGES, REQUESTS_PER_SECOND)
    title = f"{pages} pages under a quota of {rate}/s: achieved ÷ allowed rate, 429 count"
    if not rate_limit_supported():
        return Figure(
            key="P3",
            title=title,
            value=None,
            target=f"≥ {TARGET}, no 429",
            met=None,
            note="limiter not available: create_client has no rate_limit option",
        )

    from webwork_tracker import paginate

    server.configure(last_page=pages, quota=rate)
    items = 0
    with make_client(server.base_url, requests_per_second=rate, margin=1.0 / 60) as client:
        for _ in paginate(list_operation("timesheets"), client=client, workspace_id=1, per_page=100):
            items += 1
    stats = server.stats()

    arrivals = stats["arrivals"]
    rejected = stats["rejected"]
    span = arrivals[-1] - arrivals[0]
    achieved = (len(arrivals) - rate) / span if span > 0 else float("inf")
    ratio = achieved / rate
    return Figure(
        key="P3",
        title=title,
        value=ratio,
        target=f"≥ {TARGET}, no 429",
        met=ratio >= TARGET and rejected == 0 and stats["served"] == pages,
        detail=(
            f"{stats['served']} pages ({items} items) in {span:.2f} s, {achieved:.2f} requests/s sustained after "
            f"the first {rate}, {rejected} responses with status 429"
        ),
    )
