"""Shared pieces of the benchmarks: the page server process, client set-up, machine facts."""

from __future__ import annotations

import inspect
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
TAGS = ("timesheets", "members", "tasks")


@dataclass
class Figure:
    """One benchmark result with its target.

    `value` is None when the figure could not be measured, and `note` gives the reason.
    """

    key: str
    title: str
    value: float | None
    target: str
    met: bool | None
    detail: str = ""
    note: str = ""

    def status(self) -> str:
        if self.met is None:
            return "not measured"
        return "met" if self.met else "MISSED"


class PageServer:
    """The recorded-page server (benchmarks/server.py) running in a child process."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> PageServer:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.server"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.strip():
            self.process.kill()
            raise RuntimeError("the benchmark page server exited before printing its port")
        self.port = int(line)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v2"

    def configure(self, *, last_page: int = 1, quota: int = 0) -> None:
        """Set the page count and the quota (requests per second, 0 for none); clear counters."""
        httpx.post(f"{self.base_url}/_config", params={"last_page": last_page, "quota": quota}).raise_for_status()

    def stats(self) -> dict[str, Any]:
        response = httpx.get(f"{self.base_url}/_stats")
        response.raise_for_status()
        return response.json()


def recorded_tags() -> list[str]:
    """Return the tags with a recorded page and a generated list operation, in TAGS order."""
    tags = []
    for tag in TAGS:
        if not (ROOT / "benchmarks" / "recorded" / f"{tag}.json").exists():
            continue
        if list_operation(tag) is None:
            continue
        tags.append(tag)
    return tags


def list_operation(tag: str) -> Any:
    """Return the generated `get_{tag}` operation module, or None before the tag is generated."""
    import importlib

    try:
        return importlib.import_module(f"webwork_tracker_api.api.{tag}.get_{tag}")
    except ModuleNotFoundError:
        return None


def rate_limit_supported() -> bool:
    """Return whether `create_client` takes a client-side `rate_limit`."""
    import webwork_tracker

    return "rate_limit" in inspect.signature(webwork_tracker.create_client).parameters


def make_client(
    base_url: str, *, requests_per_second: int | None = None, margin: float | None = None, pacing: bool = True
) -> Any:
    """Build the client as users do, with `create_client`.

    Without `requests_per_second`, the client-side limiter gets a quota so high that it never
    waits, so its bookkeeping is measured but no pacing happens. `pacing=False` turns the
    limiter off (`rate_limit=None`).
    """
    import webwork_tracker

    if not rate_limit_supported():
        return webwork_tracker.create_client(TOKEN, base_url=base_url)

    if not pacing:
        return webwork_tracker.create_client(TOKEN, base_url=base_url, rate_limit=None)
    if requests_per_second is None:
        limit = webwork_tracker.RateLimit(requests=10**9, period=1.0)
    else:
        limit = webwork_tracker.RateLimit(requests=requests_per_second, period=1.0, margin=margin or 0.0)
    return webwork_tracker.create_client(TOKEN, base_url=base_url, rate_limit=limit)


def list_params(tag: str) -> dict[str, Any]:
    """Return the query parameters of the benchmark's list request for a tag."""
    params: dict[str, Any] = {"workspace_id": 1, "per_page": 100}
    if tag == "tasks":
        params["project_id"] = 100
    return params


def machine() -> dict[str, str]:
    """Describe the machine and the versions that the figures depend on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {name: metadata.version(name) for name in ("httpx", "attrs", "openapi-python-client")}
    return {
        "cores": str(os.cpu_count()),
        "cpu": model,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": operating_system(),
        **versions,
    }


def operating_system() -> str:
    """Return the kernel and, on Linux, the distribution name."""
    kernel = f"{platform.system()} {platform.release()}"
    try:
        distribution = platform.freedesktop_os_release().get("PRETTY_NAME")
    except OSError:
        distribution = None
    return f"{kernel}, {distribution}" if distribution else kernel


def git_revision() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    revision = result.stdout.strip() or "unknown"
    return f"{revision} (uncommitted changes)" if dirty else revision


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2)
