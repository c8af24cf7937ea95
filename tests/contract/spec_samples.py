"""Values for the spec's parameters and bodies: its examples, or minimal samples valid under a schema."""

from __future__ import annotations

from typing import Any

import hypothesis
from hypothesis import strategies
from spec_document import resolve


def first_example(node: dict[str, Any]) -> tuple[bool, Any]:
    """Return (True, value) for the `example` or first `examples` entry of a node, else (False, None)."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples.values()))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def schema_example(document: dict[str, Any], schema: Any) -> tuple[bool, Any]:
    """Return the schema's own example, default or first enum value, following `$ref`."""
    resolved = resolve(document, schema)
    if not isinstance(resolved, dict):
        return False, None
    found, value = first_example(resolved)
    if found:
        return True, value
    if "default" in resolved:
        return True, resolved["default"]
    if "const" in resolved:
        return True, resolved["const"]
    if resolved.get("enum"):
        return True, resolved["enum"][0]
    return False, None


STRING_SAMPLES = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "time": "12:00:00",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "sample",
}


def schema_types(schema: dict[str, Any]) -> list[str]:
    """Return the schema's `type` as a list, inferring it when the keyword is missing."""
    declared = schema.get("type")
    if isinstance(declared, list):
        return declared
    if isinstance(declared, str):
        return [declared]
    if "properties" in schema or "additionalProperties" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def sample_value(document: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """Build a minimal value that is valid under the schema: examples first, then its shape."""
    found, value = schema_example(document, schema)
    if found:
        return value

    resolved = resolve(document, schema) or {}
    for combinator in ("oneOf", "anyOf"):
        if resolved.get(combinator):
            return sample_value(document, resolved[combinator][0], depth + 1)
    if resolved.get("allOf"):
        merged: dict[str, Any] = {}
        for part in resolved["allOf"]:
            part_value = sample_value(document, part, depth + 1)
            if isinstance(part_value, dict):
                merged.update(part_value)
        return merged

    kinds = [kind for kind in schema_types(resolved) if kind != "null"]
    kind = kinds[0] if kinds else "null"
    if kind == "object":
        return sample_object(document, resolved, depth)
    if kind == "array":
        minimum = resolved.get("minItems", 0)
        if depth > 5 or minimum == 0:
            return []
        return [sample_value(document, resolved.get("items", {}), depth + 1) for _ in range(minimum)]
    if kind == "string":
        return sample_string(resolved)
    if kind == "integer":
        return max(1, int(resolved.get("minimum", 1)))
    if kind == "number":
        return float(resolved.get("minimum", 1))
    if kind == "boolean":
        return True
    return None


def sample_string(schema: dict[str, Any]) -> str:
    """Return a string for the schema's format, or the shortest match of its `pattern`."""
    if "pattern" in schema:
        # hypothesis.find shrinks to a minimal match, so the sample is the same on every run.
        return hypothesis.find(strategies.from_regex(schema["pattern"], fullmatch=True), lambda _: True)
    return STRING_SAMPLES.get(schema.get("format"), "x" * max(1, schema.get("minLength", 1)))


def sample_object(document: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    """Fill the required properties, and the optional ones that have an example."""
    required = set(schema.get("required", []))
    result: dict[str, Any] = {}
    for name, property_schema in (schema.get("properties") or {}).items():
        resolved = resolve(document, property_schema) or {}
        if resolved.get("readOnly"):
            continue
        has_example, _ = first_example(resolved)
        if name in required or has_example:
            result[name] = sample_value(document, property_schema, depth + 1)
    return result
