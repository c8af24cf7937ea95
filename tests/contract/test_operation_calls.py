"""The argument builder: samples for schemas without examples, and conversion to generated types."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from operation_calls import to_generated_type
from spec_samples import sample_value
from spec_examples import DOCUMENT_URI
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from webwork_tracker_api.types import Unset


EXAMPLE_KEYWORDS = ("example", "examples", "default")


def without_examples(node: Any, is_name_map: bool = False) -> Any:
    """Return a copy of a document with every `example`, `examples` and `default` keyword removed.

    Keys of a `properties` map are property names, not keywords, so they are all kept.
    """
    if isinstance(node, list):
        return [without_examples(item) for item in node]
    if not isinstance(node, dict):
        return node

    copy_of_node = {}
    for key, value in node.items():
        if key in EXAMPLE_KEYWORDS and not is_name_map:
            continue
        copy_of_node[key] = without_examples(value, is_name_map=key == "properties" and not is_name_map)
    return copy_of_node


def test_samples_fit_component_schemas(spec_document: dict) -> None:
    """Every component schema, stripped of its examples, gets a sample that is valid under it."""
    bare = without_examples(spec_document)
    registry = Registry().with_resource(DOCUMENT_URI, Resource.from_contents(bare, DRAFT202012))
    failures = []

    for name in bare["components"]["schemas"]:
        sample = sample_value(bare, {"$ref": f"#/components/schemas/{name}"})
        validator = Draft202012Validator(
            {"$ref": f"{DOCUMENT_URI}#/components/schemas/{name}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        failures.extend(f"{name}: {error.message}" for error in validator.iter_errors(sample))

    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("value", "annotation", "expected"),
    [
        ("2024-01-31", datetime.date | Unset, datetime.date(2024, 1, 31)),
        ("2024-01-31T10:30:00Z", datetime.datetime, datetime.datetime(2024, 1, 31, 10, 30, tzinfo=datetime.UTC)),
        ("a1b2c3d4-e5f6-7890-abcd-ef1234567890", uuid.UUID, uuid.UUID("a1b2c3d4-e5f6-7890-abcd-ef1234567890")),
        ([1, 2], list[int] | Unset, [1, 2]),
        (3, float, 3.0),
        (None, int | None | Unset, None),
    ],
)
def test_convert_json_to_generated_type(value: Any, annotation: Any, expected: Any) -> None:
    assert to_generated_type(value, annotation) == expected


def test_convert_rejects_wrong_type() -> None:
    with pytest.raises(TypeError):
        to_generated_type("1", int | Unset)
