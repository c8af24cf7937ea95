"""Query parameters go out PHP-style from any operation the endpoint template renders.

So that the test does not depend on the parameters openapi.yaml happens to have, it generates a
one-operation client from a small spec with the project's templates and sends its request to the
fake server.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fake_server import FakeWebWork

ROOT = Path(__file__).resolve().parent.parent

PROBE_SPEC = """
openapi: 3.1.0
info: {title: probe, version: "1"}
paths:
  /probe:
    get:
      operationId: probe
      parameters:
        - {name: billable, in: query, schema: {type: boolean}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: day, in: query, schema: {type: string, format: date}}
        - {name: since, in: query, schema: {type: string, format: date-time}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {success: {type: boolean}}}
"""

PROBE_CONFIG = """
project_name_override: probe-api
package_name_override: probe_api
literal_enums: false
"""


@pytest.fixture(scope="module")
def probe_module(tmp_path_factory):
    folder = tmp_path_factory.mktemp("probe")
    (folder / "openapi.yaml").write_text(PROBE_SPEC)
    (folder / "config.yml").write_text(PROBE_CONFIG)
    package = folder / "probe_api"

    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"), "generate",
            "--path", str(folder / "openapi.yaml"),
            "--meta", "none",
            "--output-path", str(package),
            "--config", str(folder / "config.yml"),
            "--custom-template-path", str(ROOT / "templates"),
        ],
        check=True, capture_output=True, env=env,
    )

    spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "generate.py")
    generate_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate_script)
    generate_script.copy_package_modules(package)

    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("probe_api.api.default.probe"), importlib.import_module("probe_api.client")
    finally:
        sys.path.remove(str(folder))
        for name in [name for name in sys.modules if name.split(".")[0] == "probe_api"]:
            del sys.modules[name]


def send(probe_module, **params) -> dict[str, list[str]]:
    probe, client_module = probe_module
    with FakeWebWork() as server:
        client = client_module.Client(base_url=server.base_url)
        probe.sync_detailed(client=client, **params)
        return server.requests[-1].query


def test_boolean_true_as_1(probe_module):
    assert send(probe_module, billable=True)["billable"] == ["1"]


def test_boolean_false_as_0(probe_module):
    assert send(probe_module, billable=False)["billable"] == ["0"]


def test_array_comma_separated(probe_module):
    query = send(probe_module, ids=[3, 4])

    assert query["ids"] == ["3,4"]
    assert "ids[]" not in query


def test_date_plain(probe_module):
    assert send(probe_module, day=datetime.date(2024, 1, 15))["day"] == ["2024-01-15"]


def test_datetime_iso(probe_module):
    since = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=datetime.UTC)

    assert send(probe_module, since=since)["since"] == ["2024-01-15T10:30:00+00:00"]


def test_unset_left_out(probe_module):
    assert send(probe_module) == {}
