"""Call any operation of the spec through the generated client, with arguments taken from the spec.

Arguments come from the spec alone: every parameter's example (or its schema's example, default
or first enum value), and the request body's example (or its schema's example). Where the spec
gives no example, `sample_value` builds a minimal value that is valid under the schema. The
JSON values are then converted to the types that the generated `sync_detailed` declares
(enums, dates, UUIDs, attrs models), so that the client serializes them itself.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import types
import typing
import uuid
from dataclasses import dataclass
from typing import Any

import attrs
import hypothesis
from hypothesis import strategies
from openapi_python_client.strings import ClassName, PythonIdentifier
from spec_document import Operation, resolve
from webwork_tracker_api.types import UNSET, File, Unset

PACKAGE = "webwork_tracker_api"
# The generator's default prefix for names that are not valid identifiers (generator-config.yml
# does not change it).
FIELD_PREFIX = "field_"


@dataclass(frozen=True)
class OperationCall:
    """The generated module of an operation and the keyword arguments for its `sync_detailed`."""

    module: types.ModuleType
    arguments: dict[str, Any]


def python_name(name: str) -> str:
    """Return the identifier that openapi-python-client gives a parameter or property."""
    return PythonIdentifier(name, prefix=FIELD_PREFIX)


def class_name(schema_name: str) -> str:
    """Return the class name that openapi-python-client gives a component schema."""
    return ClassName(schema_name, prefix=FIELD_PREFIX)


def operation_module(operation: Operation) -> types.ModuleType:
    """Import `webwork_tracker_api.api.<tag>.<operation>` for an operation."""
    tag = python_name(operation.tag or "default")
    name = python_name(operation.operation_id)
    return importlib.import_module(f"{PACKAGE}.api.{tag}.{name}")


def component_name(schema: Any) -> str | None:
    """Return `Member` for a `{"$ref": "#/components/schemas/Member"}` node, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        prefix = "#/components/schemas/"
        if schema["$ref"].startswith(prefix):
            return schema["$ref"][len(prefix) :]
    return None


# Example values -------------------------------------------------------------------------------


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


def parameter_value(document: dict[str, Any], parameter: dict[str, Any]) -> Any:
    """Return the value to send for a parameter: its example, its schema's example, or a sample.

    Optional parameters are sent too, so that the call checks how the client serializes each one.
    """
    found, value = first_example(parameter)
    if found:
        return value
    return sample_value(document, parameter.get("schema", {}))


def body_value(document: dict[str, Any], operation: Operation) -> tuple[str, Any] | None:
    """Return (media type, value) of the request body to send, or None when there is none."""
    request_body = resolve(document, operation.operation.get("requestBody"))
    if not request_body:
        return None
    content = request_body.get("content") or {}
    if not content:
        return None
    media_type = "application/json" if "application/json" in content else next(iter(content))
    media = content[media_type]
    found, value = first_example(media)
    if not found:
        value = sample_value(document, media.get("schema", {}))
    return media_type, value


# Conversion to the generated types ----------------------------------------------------------


def union_members(annotation: Any) -> list[Any]:
    """Return the members of a union annotation without Unset and None, or [annotation]."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return [member for member in typing.get_args(annotation) if member not in (Unset, type(None))]
    return [annotation]


def to_generated_type(value: Any, annotation: Any) -> Any:
    """Convert a JSON value to the type that the generated code declares for it."""
    if value is None:
        return None

    errors: list[str] = []
    for member in union_members(annotation):
        try:
            return convert_to(value, member)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            errors.append(f"{member!r}: {error}")
    raise TypeError(f"cannot convert {value!r} to {annotation!r}: {'; '.join(errors)}")


def convert_to(value: Any, target: Any) -> Any:
    """Convert a JSON value to one generated type, raising TypeError or ValueError when it does not fit."""
    if typing.get_origin(target) is list:
        if not isinstance(value, list):
            raise TypeError("not a list")
        (item_type,) = typing.get_args(target) or (Any,)
        return [to_generated_type(item, item_type) for item in value]
    if target is Any:
        return value

    if inspect.isclass(target) and issubclass(target, enum.Enum):
        return target(value)
    if target is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if target is datetime.date:
        return datetime.date.fromisoformat(value)
    if target is uuid.UUID:
        return uuid.UUID(str(value))
    if target is File:
        payload = value.encode() if isinstance(value, str) else bytes(value)
        return File(payload=io.BytesIO(payload), file_name="sample.txt", mime_type="text/plain")
    if inspect.isclass(target) and hasattr(target, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return target.from_dict(value)

    if target is bool and isinstance(value, bool):
        return value
    if target is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if target is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if target is str and isinstance(value, str):
        return value
    raise TypeError(f"{type(value).__name__} does not fit {target!r}")


def find_argument(signature: inspect.Signature, parameter: dict[str, Any]) -> str:
    """Return the keyword of `sync_detailed` that carries a spec parameter."""
    name = python_name(parameter["name"])
    # The generator suffixes the location when two parameters share a name.
    for candidate in (name, f"{name}_{parameter['in']}"):
        if candidate in signature.parameters:
            return candidate
    raise LookupError(f"sync_detailed has no argument for {parameter['in']} parameter {parameter['name']!r}")


def build_call(document: dict[str, Any], operation: Operation) -> OperationCall:
    """Return the generated module and the `sync_detailed` arguments for one operation."""
    module = operation_module(operation)
    signature = inspect.signature(module.sync_detailed, eval_str=True)
    arguments: dict[str, Any] = {}

    for parameter in operation.parameters:
        if parameter["in"] == "cookie":
            continue
        value = parameter_value(document, parameter)
        keyword = find_argument(signature, parameter)
        arguments[keyword] = to_generated_type(value, signature.parameters[keyword].annotation)

    body = body_value(document, operation)
    if body is not None:
        if "body" not in signature.parameters:
            raise LookupError(f"{operation.label} has a request body but sync_detailed takes no `body`")
        _, value = body
        arguments["body"] = to_generated_type(value, signature.parameters["body"].annotation)

    return OperationCall(module=module, arguments=arguments)


# Checks on parsed responses -------------------------------------------------------------------


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
