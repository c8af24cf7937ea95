"""Public import path of the client's error classes."""

from ._errors import *
from ._errors import __all__  # noqa: F401
