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

from openapi_python_client.strings import ClassName, PythonIdentifier
from spec_document import Operation, resolve
from spec_samples import first_example, sample_value
from webwork_tracker_api.types import File, Unset

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
