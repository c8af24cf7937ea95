"""Route modules of the fake server, one per tag. Each exposes `register(server)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import members, timesheets, workspaces

if TYPE_CHECKING:
    from ..server import FakeWebWork

MODULES = [workspaces, members, timesheets]


def register_all(server: FakeWebWork) -> None:
    """Seed the state and register the routes of every tag, in order."""
    for module in MODULES:
        module.register(server)
