"""Read the bundled OpenAPI document and list its operations.

The bundle (`build/openapi.yaml`, written by `make bundle`) is one file in which every `$ref`
points inside the document, so `resolve` only has to follow local JSON pointers. Used by
scripts/coverage_report.py and by the contract and spec tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi.yaml"
SPEC_FOLDER = ROOT / "spec"
BUNDLE = ROOT / "build" / "openapi.yaml"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_STATUSES = ("partial", "inferred")


@dataclass(frozen=True)
class Operation:
    """One operation of the bundled document, with the path-level parameters merged in."""

    method: str
    path: str
    operation: dict[str, Any] = field(repr=False)
    parameters: tuple[dict[str, Any], ...] = field(repr=False)

    @property
    def operation_id(self) -> str | None:
        return self.operation.get("operationId")

    @property
    def tag(self) -> str | None:
        tags = self.operation.get("tags") or []
        return tags[0] if tags else None

    @property
    def doc_status(self) -> str:
        """`documented` when the operation has no `x-doc-status`, else the extension's value."""
        return self.operation.get("x-doc-status", "documented")

    @property
    def label(self) -> str:
        return f"{self.operation_id or '<no operationId>'} ({self.method.upper()} {self.path})"


def source_files() -> list[Path]:
    """Return the hand-written files that the bundle is made from."""
    return [SOURCE, *sorted(SPEC_FOLDER.rglob("*.yaml"))]


def bundle_is_stale() -> bool:
    if not BUNDLE.exists():
        return True
    built = BUNDLE.stat().st_mtime
    return any(path.stat().st_mtime > built for path in source_files())


def ensure_bundle() -> Path:
    """Write build/openapi.yaml with Redocly CLI when it is missing or older than the spec sources."""
    if not bundle_is_stale():
        return BUNDLE
    if not REDOCLY.exists():
        raise SystemExit("Redocly CLI is missing: run `make setup` (it runs `npm ci`).")

    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    BUNDLE.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(REDOCLY), "bundle", "openapi.yaml", "--output", str(BUNDLE)],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bundling openapi.yaml failed (exit {result.returncode})")
    return BUNDLE


def load_document(path: Path | None = None) -> dict[str, Any]:
    """Load the bundled document, bundling first when no path is given and the bundle is stale."""
    target = path if path is not None else ensure_bundle()
    with target.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow `$ref` chains inside the document until a node without `$ref` is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        reference = node["$ref"]
        if not reference.startswith("#/"):
            raise ValueError(f"reference {reference!r} points outside the bundled document")
        if reference in seen:
            raise ValueError(f"reference cycle through {reference!r}")
        seen.add(reference)
        node = pointer_get(document, reference[1:])
    return node


def pointer_get(document: Any, pointer: str) -> Any:
    """Return the node at a JSON pointer such as `/components/schemas/Member`."""
    node = document
    for token in pointer.lstrip("/").split("/"):
        if token == "":
            continue
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def merged_parameters(document: dict[str, Any], path_item: dict[str, Any], operation: dict[str, Any]) -> tuple:
    """Return the operation's parameters, resolved, with path-level ones it does not override."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(document, raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return tuple(merged.values())


def iter_operations(document: dict[str, Any]) -> Iterator[Operation]:
    """Yield every operation in path order, then method order."""
    for path, raw_item in (document.get("paths") or {}).items():
        path_item = resolve(document, raw_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            parameters = merged_parameters(document, path_item, operation)
            yield Operation(method=method, path=path, operation=operation, parameters=parameters)
