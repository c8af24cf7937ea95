"""Every operation of the spec, called through the generated client against a Prism mock.

The static pass sends each operation once, with arguments built from the spec's examples, and
expects Prism to accept the request (no `sl-violations` header, a 2xx status) and the client to
parse the mocked response into the operation's success model. The dynamic pass repeats each
call against a mock that invents random responses valid under the schemas.
"""

from __future__ import annotations

from typing import Any

from operation_calls import build_call, class_name, component_name
from parsed_types import success_schema, type_errors
from prism_mock import MockServer
from spec_document import Operation, iter_operations
from webwork_tracker_api.client import AuthenticatedClient, Client
from webwork_tracker_api.drift import DriftKind, clear_drift, drift_records
from webwork_tracker_api.errors import WebWorkError
from webwork_tracker_api.types import Response

TOKEN = "contract-test-token"


def call_mock(document: dict[str, Any], operation: Operation, mock: MockServer) -> Response[Any]:
    call = build_call(document, operation)
    clear_drift()
    with AuthenticatedClient(base_url=mock.base_url, token=TOKEN) as client:
        return call.module.sync_detailed(client=client, **call.arguments)


def response_problems(document: dict[str, Any], operation: Operation, response: Response[Any]) -> list[str]:
    """Return what is wrong with a mocked response: rejection, undeclared status, untyped parse."""
    status = int(response.status_code)
    body = response.content[:500].decode(errors="replace")
    violations = response.headers.get("sl-violations")
    if violations:
        return [f"the mock reported spec violations (HTTP {status}): {violations}"]
    if not 200 <= status < 300:
        return [f"the mock answered HTTP {status}, expected 2xx: {body}"]

    schema = success_schema(document, operation, status)
    if schema is None:
        return [f"HTTP {status} is not a declared response with a schema: {body}"]
    if response.parsed is None:
        return [f"HTTP {status} was not parsed: {body}"]

    name = component_name(schema)
    if name is not None and type(response.parsed).__name__ != class_name(name):
        return [f"parsed into {type(response.parsed).__name__}, expected {class_name(name)}"]

    # A body that is valid under the schema must decode without drift. Extra fields are allowed
    # wherever the schema does not forbid them, so only they may be recorded.
    drift = [record for record in drift_records() if record.kind != DriftKind.UNKNOWN_FIELD]
    problems = [
        f"drift at {record.path} ({record.kind}): expected {record.expected}, received {record.received}"
        for record in drift
    ]
    return problems + type_errors(document, response.parsed, schema)


def test_static_mock_accepts_and_parses(operation: Operation, spec_document: dict, static_mock: MockServer) -> None:
    try:
        response = call_mock(spec_document, operation, static_mock)
    except WebWorkError as error:
        raise AssertionError(f"{operation.label}: {error}\nPrism log:\n{static_mock.log_tail()}") from error

    problems = response_problems(spec_document, operation, response)

    assert not problems, f"{operation.label}:\n" + "\n".join(problems)


def test_dynamic_mock_responses_parse(
    operation: Operation, spec_document: dict, dynamic_mocks: list[MockServer]
) -> None:
    problems: list[str] = []
    for mock in dynamic_mocks:
        try:
            response = call_mock(spec_document, operation, mock)
        except WebWorkError as error:
            problems.append(f"seed {mock.seed!r}: {error}")
            continue
        problems.extend(
            f"seed {mock.seed!r}: {problem}" for problem in response_problems(spec_document, operation, response)
        )

    assert not problems, f"{operation.label} (set WEBWORK_CONTRACT_SEED to draw other responses):\n" + "\n".join(
        problems
    )


def test_static_mock_rejects_missing_token(spec_document: dict, static_mock: MockServer) -> None:
    """A request without a token breaks the spec's security, so the check must report it."""
    operation = next(iter_operations(spec_document))
    call = build_call(spec_document, operation)

    with Client(base_url=static_mock.base_url) as client:
        response = call.module.sync_detailed(client=client, **call.arguments)
    problems = response_problems(spec_document, operation, response)

    assert int(response.status_code) == 401
    assert "sl-violations" in response.headers
    assert problems and "violations" in problems[0]
