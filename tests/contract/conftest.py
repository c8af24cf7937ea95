"""Fixtures for the contract tests: the bundled spec and Prism mock servers of it.

Each mock starts once per test session, on first use: one static mock (responses from the spec's
examples) and DYNAMIC_DRAWS dynamic ones (`--dynamic`, random responses valid under the
schemas, each with its own seed).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prism_mock import MockServer, run_mocks
from spec_document import Operation, ensure_bundle, iter_operations, load_document

# The dynamic mocks draw their random responses from seeds derived from this one, so a failing
# run can be replayed. Set WEBWORK_CONTRACT_SEED to explore other responses.
DEFAULT_SEED = "webwork-contract"
# Random responses drawn per operation (one seeded mock each): enough to vary nullable and
# optional fields and list lengths, few enough to keep the suite short on 2 cores.
DYNAMIC_DRAWS = 3


@pytest.fixture(scope="session")
def bundled_spec_path() -> Path:
    """Path of build/openapi.yaml, bundled now when it is missing or older than the spec files."""
    return ensure_bundle()


@pytest.fixture(scope="session")
def spec_document(bundled_spec_path: Path) -> dict[str, Any]:
    return load_document(bundled_spec_path)


@pytest.fixture(scope="session")
def static_mock(bundled_spec_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    folder = tmp_path_factory.mktemp("prism")
    for servers in run_mocks(bundled_spec_path, folder, dynamic=False, seeds=[None]):
        yield servers[0]


@pytest.fixture(scope="session")
def dynamic_mocks(bundled_spec_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[MockServer]]:
    """Dynamic mocks with different seeds: Prism draws the same response for every request to one
    seeded mock, so each extra draw per operation needs a mock of its own."""
    folder = tmp_path_factory.mktemp("prism")
    base = os.environ.get("WEBWORK_CONTRACT_SEED", DEFAULT_SEED)
    seeds: list[str | None] = [f"{base}-{index}" for index in range(DYNAMIC_DRAWS)]
    yield from run_mocks(bundled_spec_path, folder, dynamic=True, seeds=seeds)


@functools.cache
def collected_operations() -> tuple[Operation, ...]:
    """Return the operations of the bundled spec, read once at collection time."""
    return tuple(iter_operations(load_document()))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize every test that takes `operation` with each operation of the bundled spec."""
    if "operation" not in metafunc.fixturenames:
        return
    operations = collected_operations()
    ids = [operation.operation_id or f"{operation.method}-{operation.path}" for operation in operations]
    metafunc.parametrize("operation", operations, ids=ids)
