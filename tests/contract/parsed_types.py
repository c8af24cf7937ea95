"""Check that a parsed response has, all the way down, the types that the spec's schema requires."""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

import attrs
from operation_calls import class_name, component_name, python_name
from spec_samples import schema_types
from spec_document import Operation, resolve
from webwork_tracker_api.types import UNSET, File


def success_schema(document: dict[str, Any], operation: Operation, status: int) -> Any:
    """Return the JSON schema of a 2xx response, or None when that status is not declared."""
    responses = operation.operation.get("responses") or {}
    response = resolve(document, responses.get(str(status)) or responses.get(f"{str(status)[0]}XX"))
    if response is None:
        return None
    content = response.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), {})
    return media.get("schema")


def type_errors(document: dict[str, Any], value: Any, schema: Any, where: str = "parsed") -> list[str]:
    """Return why a parsed value does not have the types that the schema requires (empty if it does).

    Checks the whole tree: a component object must be an instance of its generated class, a date
    must be a `datetime.date`, an enum an `Enum` member with a listed value, and so on. A model
    that kept a raw dict or string instead of parsing it fails here.
    """
    if schema is None or schema is True or schema == {}:
        return []
    name = component_name(schema)
    resolved = resolve(document, schema)
    if not isinstance(resolved, dict):
        return []

    for combinator in ("oneOf", "anyOf"):
        if resolved.get(combinator):
            failures = [type_errors(document, value, option, where) for option in resolved[combinator]]
            if any(not failure for failure in failures):
                return []
            return [f"{where}: fits none of the {combinator} options ({failures})"]

    kinds = schema_types(resolved)
    if resolved.get("allOf") and not kinds:
        kinds = ["object"]
    if value is None:
        if "null" in kinds or resolved.get("nullable") or None in (resolved.get("enum") or []):
            return []
        return [f"{where}: is None, but the schema does not allow null"]
    if value is UNSET:
        return [f"{where}: is UNSET"]

    if resolved.get("enum") is not None:
        if not isinstance(value, enum.Enum):
            return [f"{where}: {value!r} is not an Enum member"]
        if value.value not in resolved["enum"]:
            return [f"{where}: {value.value!r} is not one of {resolved['enum']}"]
        return []

    failures: list[str] = []
    for kind in [kind for kind in kinds if kind != "null"] or ["any"]:
        problems = kind_errors(document, value, resolved, kind, name, where)
        if not problems:
            return []
        failures.extend(problems)
    return failures


def kind_errors(
    document: dict[str, Any], value: Any, schema: dict[str, Any], kind: str, name: str | None, where: str
) -> list[str]:
    """Return why a value is not of one JSON type of the schema, as the generator maps that type."""
    if kind == "object":
        return object_errors(document, value, schema, name, where)
    if kind == "array":
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} is not a list"]
        problems: list[str] = []
        for index, item in enumerate(value):
            problems.extend(type_errors(document, item, schema.get("items"), f"{where}[{index}]"))
        return problems
    if kind == "string":
        return string_errors(value, schema.get("format"), where)
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return []
        return [f"{where}: {value!r} is not an int"]
    if kind == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return []
        return [f"{where}: {value!r} is not a number"]
    if kind == "boolean":
        if isinstance(value, bool):
            return []
        return [f"{where}: {value!r} is not a bool"]
    return []


def string_errors(value: Any, string_format: str | None, where: str) -> list[str]:
    expected: type = str
    if string_format == "date-time":
        expected = datetime.datetime
    elif string_format == "date":
        expected = datetime.date
    elif string_format == "uuid":
        expected = uuid.UUID
    elif string_format == "binary":
        expected = File
    if not isinstance(value, expected):
        return [f"{where}: {type(value).__name__} {value!r} is not a {expected.__name__} (format {string_format})"]
    if expected is datetime.date and isinstance(value, datetime.datetime):
        return [f"{where}: {value!r} is a datetime, expected a date"]
    return []


def object_errors(
    document: dict[str, Any], value: Any, schema: dict[str, Any], name: str | None, where: str
) -> list[str]:
    """Check that an object was parsed into a generated attrs model, and check its fields."""
    if not attrs.has(type(value)):
        return [f"{where}: {type(value).__name__} is not a generated model"]
    if name is not None and type(value).__name__ != class_name(name):
        return [f"{where}: {type(value).__name__} is not the model {class_name(name)}"]

    properties: dict[str, Any] = {}
    required: set[str] = set(schema.get("required", []))
    for part in [schema, *(resolve(document, item) for item in schema.get("allOf", []))]:
        properties.update(part.get("properties") or {})
        required.update(part.get("required", []))

    problems: list[str] = []
    for property_name, property_schema in properties.items():
        attribute = python_name(property_name)
        if not hasattr(value, attribute):
            problems.append(f"{where}: model {type(value).__name__} has no field {attribute!r}")
            continue
        field_value = getattr(value, attribute)
        if field_value is UNSET:
            if property_name in required:
                problems.append(f"{where}.{attribute}: required field is UNSET")
            continue
        problems.extend(type_errors(document, field_value, property_schema, f"{where}.{attribute}"))

    extra_schema = schema.get("additionalProperties")
    if isinstance(extra_schema, dict) and extra_schema and hasattr(value, "additional_properties"):
        for key, item in value.additional_properties.items():
            problems.extend(type_errors(document, item, extra_schema, f"{where}[{key!r}]"))
    return problems
