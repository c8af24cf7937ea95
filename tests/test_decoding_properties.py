"""Property tests: mutated payloads make generated models and operations raise only WebWorkError.

Models and operations are discovered from the generated package, so tags added to the spec are
covered without changes here. Payloads swap types, put null, [] and {} anywhere, send unknown enum
values and drop or add fields.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pkgutil
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from webwork_tracker_api import api, models
from webwork_tracker_api.client import Client
from webwork_tracker_api.drift import clear_drift
from webwork_tracker_api.errors import WebWorkError

from tests.test_tolerant_responses import ACTION, ERROR_404, MEMBER, TIMESHEETS, WORKSPACES


def model_classes() -> list[type]:
    classes = []
    for name in models.__all__:
        candidate = getattr(models, name)
        if inspect.isclass(candidate) and attrs.has(candidate) and hasattr(candidate, "from_dict"):
            classes.append(candidate)
    return classes


def operation_modules() -> list[Any]:
    modules = []
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module(f"{package.__name__}.{operation.name}"))
    return modules


def json_field_names(model_class: type) -> list[str]:
    """Return the JSON names of a model's documented fields, read back through to_dict."""
    placeholders = {field.name: "x" for field in attrs.fields(model_class) if field.init}
    return sorted(model_class(**placeholders).to_dict())


MODELS = model_classes()
OPERATIONS = operation_modules()
FIELD_NAMES = sorted({name for model_class in MODELS for name in json_field_names(model_class)})
SEEDS = [WORKSPACES, MEMBER, TIMESHEETS, ACTION, ERROR_404]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from([
        "0", "1", "15", "80.5", "1e3", "true", "pending", "open", "Owner", "2024-01-15", "Jan 15, 2024",
        "2025-02-19 19:24:55", "2025-02-19T19:24:55.000000Z", "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "eyJpdiI6", "",
    ])
)
keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=8)
json_values = st.recursive(
    scalars | st.just([]) | st.just({}),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=5),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Return the path of every value inside a JSON document, the document itself first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(paths(item, (*prefix, index)))
    return found


def replaced(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    result = copy.deepcopy(document)
    target = result
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return result


@st.composite
def mutated_seeds(draw) -> Any:
    """A valid response body with one to three values replaced by arbitrary JSON."""
    document = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(paths(document)))
        document = replaced(document, path, draw(json_values))
    return document


@st.composite
def model_objects(draw, model_class: type) -> dict[str, Any]:
    """An object with some of the model's fields set to arbitrary JSON, plus a few unknown keys."""
    names = json_field_names(model_class)
    payload = draw(st.dictionaries(keys, json_values, max_size=2))
    if names:
        for name in draw(st.lists(st.sampled_from(names), min_size=1, unique=True)):
            payload[name] = draw(json_values)
    return payload


def model_payloads(model_class: type) -> st.SearchStrategy[Any]:
    objects = model_objects(model_class)
    return st.one_of(objects, objects, objects, json_values, mutated_seeds())


def decode_and_encode(model_class: type, payload: Any) -> None:
    try:
        decoded = model_class.from_dict(payload)
        json.dumps(decoded.to_dict(), default=str)
    except WebWorkError:
        pass


common = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def fresh_drift():
    clear_drift()
    yield
    clear_drift()


def test_models_discovered():
    assert len(MODELS) > 10
    assert len(OPERATIONS) > 5


@pytest.mark.parametrize("model_class", MODELS, ids=[model_class.__name__ for model_class in MODELS])
def test_model_never_raises(model_class):
    @common
    @given(payload=model_payloads(model_class))
    def check(payload):
        decode_and_encode(model_class, payload)

    check()


@pytest.mark.parametrize("module", OPERATIONS, ids=[module.__name__.rsplit(".", 1)[-1] for module in OPERATIONS])
def test_operation_never_raises(module):
    client = Client(base_url="http://127.0.0.1/api/v2")

    @common
    @given(payload=mutated_seeds() | json_values, status=st.sampled_from([200, 201, 400, 404, 422, 500]))
    def check(payload, status):
        request = httpx.Request("GET", "http://127.0.0.1/api/v2/x")
        response = httpx.Response(status, json=payload, request=request)
        try:
            module._build_response(client=client, response=response)
        except WebWorkError:
            pass

    check()
