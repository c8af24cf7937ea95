"""Rules that every operation of the spec follows, checked on the bundled document.

Each rule is a test parametrized over the operations, so a new operation is checked without a
new test and a failure names the operation.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spec_document import DOC_STATUSES, Operation, iter_operations, resolve

LOWER_CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
ERROR_ENVELOPE = "#/components/schemas/ErrorEnvelope"
SHARED_RESPONSES = "#/components/responses/"
# Statuses that any operation can return: a missing or expired token, the rate limit of 60
# requests per minute, and a server failure.
ERROR_STATUSES_EVERYWHERE = ("401", "429", "500")


def has_path_id(operation: Operation) -> bool:
    return "{" in operation.path


def json_schema_of(document: dict[str, Any], response: Any) -> Any:
    content = (resolve(document, response) or {}).get("content") or {}
    media = content.get("application/json") or {}
    return media.get("schema")


def test_operation_id_lower_camel_case(operation: Operation) -> None:
    assert operation.operation_id, f"{operation.label} has no operationId"
    assert LOWER_CAMEL_CASE.match(operation.operation_id), f"{operation.label}: operationId is not lowerCamelCase"


def test_operation_ids_unique(spec_document: dict) -> None:
    counts = Counter(operation.operation_id for operation in iter_operations(spec_document))
    duplicates = sorted(str(name) for name, count in counts.items() if count > 1)

    assert not duplicates, f"operationIds used more than once: {duplicates}"


def test_operation_tag_declared(operation: Operation, spec_document: dict) -> None:
    declared = {tag["name"] for tag in spec_document.get("tags") or []}

    assert operation.tag, f"{operation.label} has no tag"
    assert operation.tag in declared, f"{operation.label}: tag {operation.tag!r} is not in the root `tags` list"


def test_operation_summary_and_description(operation: Operation) -> None:
    summary = operation.operation.get("summary")
    description = operation.operation.get("description")

    assert isinstance(summary, str) and summary.strip(), f"{operation.label} has no summary"
    assert isinstance(description, str) and description.strip(), f"{operation.label} has no description"


def test_operation_requires_security(operation: Operation, spec_document: dict) -> None:
    """The operation's own `security`, or else the global one, lists schemes, none of them empty."""
    requirements = operation.operation.get("security", spec_document.get("security"))

    assert requirements, f"{operation.label} has no security requirement (neither its own nor a global one)"
    assert all(requirements), f"{operation.label}: an empty security requirement `{{}}` makes the token optional"


def test_operation_success_response_has_schema(operation: Operation, spec_document: dict) -> None:
    responses = operation.operation.get("responses") or {}
    success = {status: response for status, response in responses.items() if str(status).startswith("2")}

    assert success, f"{operation.label} declares no 2xx response"
    assert any(json_schema_of(spec_document, response) for response in success.values()), (
        f"{operation.label}: no 2xx response has an application/json schema"
    )


def test_operation_shared_error_responses(operation: Operation, spec_document: dict) -> None:
    responses = operation.operation.get("responses") or {}
    expected = list(ERROR_STATUSES_EVERYWHERE)
    if has_path_id(operation):
        expected.append("404")

    missing = [status for status in expected if status not in responses]
    not_shared = [
        status
        for status in expected
        if status in responses and not str(responses[status].get("$ref", "")).startswith(SHARED_RESPONSES)
    ]
    other_body = [
        status
        for status in expected
        if status in responses
        and (json_schema_of(spec_document, responses[status]) or {}).get("$ref") != ERROR_ENVELOPE
    ]

    assert not missing, f"{operation.label} does not declare {missing}"
    assert not not_shared, f"{operation.label}: {not_shared} do not use the shared components/responses"
    assert not other_body, f"{operation.label}: {other_body} do not return the ErrorEnvelope schema"


def test_operation_doc_status_value(operation: Operation) -> None:
    if "x-doc-status" not in operation.operation:
        return

    assert operation.operation["x-doc-status"] in DOC_STATUSES, (
        f"{operation.label}: x-doc-status is {operation.operation['x-doc-status']!r}, expected one of {DOC_STATUSES}"
    )
