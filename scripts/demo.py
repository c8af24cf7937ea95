"""Run the example program: against the local fake server, or the real API when a token is set.

With WEBWORK_API_TOKEN unset, this starts the fake WebWork server on 127.0.0.1, runs
examples/approve_timesheets.py against it with writes allowed, and stops the server. With the
token set, it runs the example against WEBWORK_BASE_URL (or the production API), read-only unless
--allow-writes is passed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated"), str(ROOT / "examples")]

import approve_timesheets  # noqa: E402


def main() -> int:
    arguments = sys.argv[1:]
    if os.environ.get("WEBWORK_API_TOKEN"):
        target = os.environ.get("WEBWORK_BASE_URL") or "https://api.webwork-tracker.com/api/v2"
        print(f"WEBWORK_API_TOKEN is set: running against {target}.\n")
        return approve_timesheets.main(arguments)

    from tests.fake_server import FakeWebWork

    with FakeWebWork() as server:
        print(f"No WEBWORK_API_TOKEN: running against the fake WebWork server at {server.base_url}\n")
        os.environ["WEBWORK_API_TOKEN"] = server.token
        os.environ["WEBWORK_BASE_URL"] = server.base_url
        try:
            return approve_timesheets.main(["--allow-writes", *arguments])
        finally:
            del os.environ["WEBWORK_API_TOKEN"], os.environ["WEBWORK_BASE_URL"]


if __name__ == "__main__":
    sys.exit(main())
