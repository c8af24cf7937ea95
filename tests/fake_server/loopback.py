"""The HTTP plumbing shared by the fake servers: a threaded server on 127.0.0.1 on a free port."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Self


class LoopbackServer:
    """Base class of a fake server. Subclasses set `handler_class`, whose handlers reach the
    subclass instance as `self.server.app`. Use as a context manager."""

    handler_class: ClassVar[type[BaseHTTPRequestHandler]]
    _httpd: AppServer | None = None

    @property
    def address(self) -> str:
        """Return the server's root URL, such as http://127.0.0.1:38537."""
        assert self._httpd is not None, f"{type(self).__name__} is not running"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        self._httpd = AppServer(("127.0.0.1", 0), self.handler_class)
        self._httpd.app = self
        thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=type(self).__name__, daemon=True
        )
        thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class AppServer(ThreadingHTTPServer):
    """A threading HTTP server that carries the fake server it serves as `app`."""

    daemon_threads = True
    allow_reuse_address = True
    app: Any


class QuietHandler(BaseHTTPRequestHandler):
    """A keep-alive request handler that logs nothing."""

    protocol_version = "HTTP/1.1"
    server: AppServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep test output quiet."""
