"""Prism mock servers of the bundled spec, started and stopped by the contract test fixtures.

Prism (`@stoplight/prism-cli`, pinned in package.json) mocks build/openapi.yaml on 127.0.0.1.
It validates every request against the spec and, with `--errors`, responds to a request that
violates it with a 4xx and an `sl-violations` header instead of the mocked response.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spec_document import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class MockServer:
    """A running Prism mock: its base URL, log file and the seed of its dynamic responses."""

    base_url: str
    log: Path
    seed: str | None

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(process: subprocess.Popen, port: int, log: Path) -> None:
    """Wait until the mock accepts connections; fail with its log when it exits or times out."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited with code {process.returncode} before listening:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(
        f"Prism did not listen on 127.0.0.1:{port} within {STARTUP_TIMEOUT_SECONDS} s:\n{log.read_text()}"
    )


def launch_prism(spec: Path, log: Path, dynamic: bool, seed: str | None) -> tuple[subprocess.Popen, MockServer, int]:
    """Start one Prism mock without waiting for it; return the process, the server and its port."""
    if not PRISM.exists():
        raise RuntimeError("Prism is missing: run `make setup` (it runs `npm ci`).")

    port = free_port()
    command = [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), "--errors"]
    command += ["--verboseLevel", "warn"]
    if dynamic:
        command += ["--dynamic"]
        if seed is not None:
            command += ["--seed", seed]

    with log.open("w", encoding="utf-8") as log_stream:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log_stream, stderr=subprocess.STDOUT)
    server = MockServer(base_url=f"http://127.0.0.1:{port}", log=log, seed=seed if dynamic else None)
    return process, server, port


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_mocks(spec: Path, folder: Path, dynamic: bool, seeds: list[str | None]) -> Iterator[list[MockServer]]:
    """Start one mock per seed side by side, wait until all listen, and stop them afterwards."""
    launched = []
    try:
        for index, seed in enumerate(seeds):
            log = folder / f"{'dynamic' if dynamic else 'static'}-{index}.log"
            launched.append(launch_prism(spec, log, dynamic, seed))
        for process, server, port in launched:
            wait_until_listening(process, port, server.log)
        yield [server for _, server, _ in launched]
    finally:
        for process, _, _ in launched:
            stop(process)
