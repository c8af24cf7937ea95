"""Find every example in the bundled document and validate it against its schema.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so jsonschema's Draft202012Validator checks them,
with format checks (date, date-time, uuid, email) on. Each example is validated against the
schema beside it: a parameter's or media type's `schema`, or the schema that carries the
`example`/`examples` keyword itself. A `$ref` node is not walked where it appears, because its
target is walked under components/.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from spec_document import HTTP_METHODS, pointer_get

DOCUMENT_URI = "urn:webwork-tracker:openapi"
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
SCHEMA_SINGLES = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames")


@dataclass(frozen=True)
class Example:
    """An example value, where it sits (JSON pointer) and the pointer of the schema it must fit."""

    pointer: str
    value: Any
    schema_pointer: str


def escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: Any) -> str:
    return pointer + "".join(f"/{escape(token)}" for token in tokens)


def schema_examples(node: Any, pointer: str) -> Iterator[Example]:
    """Yield the examples of a schema and of the schemas nested in it."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    if "example" in node:
        yield Example(join(pointer, "example"), node["example"], pointer)
    if isinstance(node.get("examples"), list):
        for index, value in enumerate(node["examples"]):
            yield Example(join(pointer, "examples", index), value, pointer)

    for keyword in SCHEMA_LISTS:
        for index, child in enumerate(node.get(keyword) or []):
            yield from schema_examples(child, join(pointer, keyword, index))
    for keyword in SCHEMA_MAPS:
        for name, child in (node.get(keyword) or {}).items():
            yield from schema_examples(child, join(pointer, keyword, name))
    for keyword in SCHEMA_SINGLES:
        if isinstance(node.get(keyword), dict):
            yield from schema_examples(node[keyword], join(pointer, keyword))


def value_examples(document: dict[str, Any], node: dict[str, Any], pointer: str) -> Iterator[Example]:
    """Yield the `example` and `examples` of a parameter, header or media type, against its `schema`."""
    schema_pointer = join(pointer, "schema")
    if "schema" in node:
        yield from schema_examples(node["schema"], schema_pointer)
    if "example" in node:
        yield Example(join(pointer, "example"), node["example"], schema_pointer)
    for name, example in (node.get("examples") or {}).items():
        example_pointer = join(pointer, "examples", name)
        if isinstance(example, dict) and "$ref" in example:
            example_pointer = example["$ref"][1:]
            example = pointer_get(document, example_pointer)
        if isinstance(example, dict) and "value" in example:
            yield Example(join(example_pointer, "value"), example["value"], schema_pointer)


def parameter_examples(document: dict[str, Any], node: Any, pointer: str) -> Iterator[Example]:
    """Yield the examples of a parameter or header, whether it uses `schema` or `content`."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield from value_examples(document, node, pointer)
    for media_type, media in (node.get("content") or {}).items():
        yield from value_examples(document, media, join(pointer, "content", media_type))


def content_examples(document: dict[str, Any], node: Any, pointer: str) -> Iterator[Example]:
    """Yield the examples of a request body or response, with its headers."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    for media_type, media in (node.get("content") or {}).items():
        yield from value_examples(document, media, join(pointer, "content", media_type))
    for name, header in (node.get("headers") or {}).items():
        yield from parameter_examples(document, header, join(pointer, "headers", name))


def operation_examples(document: dict[str, Any], operation: dict[str, Any], pointer: str) -> Iterator[Example]:
    for index, parameter in enumerate(operation.get("parameters") or []):
        yield from parameter_examples(document, parameter, join(pointer, "parameters", index))
    yield from content_examples(document, operation.get("requestBody"), join(pointer, "requestBody"))
    for status, response in (operation.get("responses") or {}).items():
        yield from content_examples(document, response, join(pointer, "responses", status))


def document_examples(document: dict[str, Any]) -> Iterator[Example]:
    """Yield every example in the bundled document."""
    for path, path_item in (document.get("paths") or {}).items():
        pointer = join("", "paths", path)
        if not isinstance(path_item, dict) or "$ref" in path_item:
            continue
        for index, parameter in enumerate(path_item.get("parameters") or []):
            yield from parameter_examples(document, parameter, join(pointer, "parameters", index))
        for method in HTTP_METHODS:
            if method in path_item:
                yield from operation_examples(document, path_item[method], join(pointer, method))

    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from schema_examples(schema, join("", "components", "schemas", name))
    for name, parameter in (components.get("parameters") or {}).items():
        yield from parameter_examples(document, parameter, join("", "components", "parameters", name))
    for name, header in (components.get("headers") or {}).items():
        yield from parameter_examples(document, header, join("", "components", "headers", name))
    for kind in ("responses", "requestBodies"):
        for name, node in (components.get(kind) or {}).items():
            yield from content_examples(document, node, join("", "components", kind, name))


def example_errors(document: dict[str, Any], example: Example) -> list[str]:
    """Return the validation errors of one example against its schema (empty when it is valid)."""
    registry = Registry().with_resource(DOCUMENT_URI, Resource.from_contents(document, DRAFT202012))
    validator = Draft202012Validator(
        {"$ref": f"{DOCUMENT_URI}#{example.schema_pointer}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in validator.iter_errors(example.value)
    ]
