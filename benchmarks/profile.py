"""Profile fetching and decoding 100-item pages through the client, with pyinstrument.

    python -m benchmarks.profile timesheets --pages 200

Starts the benchmark page server, fetches the page `--pages` times with
`webwork_tracker.call`, and prints pyinstrument's call tree, which shows how the time splits
between httpx, the generated decoding and the hand-written layer.
"""

from __future__ import annotations

import argparse

from pyinstrument import Profiler

from .harness import PageServer, list_operation, list_params, make_client, recorded_tags


def main() -> None:
    parser = argparse.ArgumentParser(description="Profile the client on one recorded list page.")
    parser.add_argument("tag", choices=recorded_tags(), help="list operation to profile")
    parser.add_argument("--pages", type=int, default=200, help="number of page requests to profile")
    arguments = parser.parse_args()

    from webwork_tracker import call

    operation = list_operation(arguments.tag)
    params = list_params(arguments.tag)
    with PageServer() as server:
        server.configure(last_page=1)
        with make_client(server.base_url) as client:
            call(operation, client=client, **params)

            profiler = Profiler(interval=0.0005)
            with profiler:
                for _ in range(arguments.pages):
                    call(operation, client=client, **params)
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
