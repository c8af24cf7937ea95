"""Fake WebWork Tracker API server for the tests and the demo."""

from .server import ApiError, FakeWebWork, RecordedRequest, Reply, Scripted

__all__ = ["ApiError", "FakeWebWork", "RecordedRequest", "Reply", "Scripted"]
