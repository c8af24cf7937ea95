"""Public import path of the client's error classes."""

from ._errors import *  # noqa: F403
from ._errors import __all__  # noqa: F401
