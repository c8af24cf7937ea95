"""Examples in the spec are valid under their schemas, and the checks that report it can fail."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml
from spec_document import REDOCLY, ROOT, pointer_get
from spec_examples import Example, document_examples, example_errors


def object_media_example(document: dict[str, Any]) -> Example:
    """Return the first response or request body example that is a JSON object."""
    for example in document_examples(document):
        if "/content/" in example.pointer and isinstance(example.value, dict):
            return example
    raise AssertionError("the spec has no media type example that is an object")


def break_example(document: dict[str, Any], example: Example) -> dict[str, Any]:
    """Return a copy of the document in which the example is a number instead of an object."""
    broken = copy.deepcopy(document)
    parent_pointer, _, key = example.pointer.rpartition("/")
    pointer_get(broken, parent_pointer)[key.replace("~1", "/").replace("~0", "~")] = 12345
    return broken


def test_every_example_fits_its_schema(spec_document: dict) -> None:
    failures = []
    for example in document_examples(spec_document):
        for error in example_errors(spec_document, example):
            failures.append(f"{example.pointer} (schema {example.schema_pointer}): {error}")

    assert not failures, "invalid examples:\n" + "\n".join(failures)


def test_examples_found_in_every_kind_of_place(spec_document: dict) -> None:
    pointers = [example.pointer for example in document_examples(spec_document)]

    assert any("/parameters/" in pointer for pointer in pointers), "no parameter example found"
    assert any("/responses/" in pointer and "/content/" in pointer for pointer in pointers), "no response example"
    assert any(pointer.startswith("/components/schemas/") for pointer in pointers), "no schema example found"


def test_broken_example_is_reported(spec_document: dict) -> None:
    example = object_media_example(spec_document)
    broken = break_example(spec_document, example)
    broken_example = Example(example.pointer, 12345, example.schema_pointer)

    assert example_errors(spec_document, example) == []
    assert example_errors(broken, broken_example) != []


def test_redocly_lint_rejects_broken_example(spec_document: dict, tmp_path: Path) -> None:
    """`make validate` runs Redocly lint with redocly.yaml: its example rules must reject a bad example."""
    example = object_media_example(spec_document)
    broken = break_example(spec_document, example)
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")

    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    result = subprocess.run(
        [str(REDOCLY), "lint", "openapi.yaml", "--format=stylish"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr

    assert result.returncode != 0, output
    assert "no-invalid-media-type-examples" in output, output
