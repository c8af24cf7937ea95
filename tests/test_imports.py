"""Imports stay lazy: the package and an operation load only what they use."""

from __future__ import annotations

import subprocess
import sys

import pytest
import webwork_tracker
from webwork_tracker_api import models


def loaded_modules(statement: str) -> set[str]:
    """Return the module names loaded by a statement in a fresh interpreter."""
    program = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_package_import_skips_authlib():
    loaded = loaded_modules("import webwork_tracker")

    assert "webwork_tracker._oauth2" not in loaded
    assert not any(name.startswith("authlib") for name in loaded)


def test_operation_import_skips_other_models():
    loaded = loaded_modules("from webwork_tracker_api.api.timesheets import get_timesheets")

    assert "webwork_tracker_api.models.timesheet_list" in loaded
    assert "webwork_tracker_api.models.contract" not in loaded


def test_oauth2_loaded_on_access():
    from webwork_tracker._oauth2 import OAuth2

    assert webwork_tracker.OAuth2 is OAuth2
    assert "OAuth2" in dir(webwork_tracker)


def test_models_loaded_on_access():
    from webwork_tracker_api.models.contract import Contract

    assert models.Contract is Contract
    assert "Contract" in dir(models)


@pytest.mark.parametrize("module", [webwork_tracker, models])
def test_unknown_attribute_raises(module):
    with pytest.raises(AttributeError, match="NoSuchName"):
        module.NoSuchName  # noqa: B018
