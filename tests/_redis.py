"""Real ``redis-server`` processes for tests: a class, a factory fixture and a shared fixture.

Usage, in a test module (``tests/`` is on ``sys.path``)::

    from _redis import RedisServer, redis_server, redis_server_factory  # noqa: F401

    def test_something(redis_server: RedisServer) -> None:
        client = redis.Redis.from_url(redis_server.url)

* ``RedisServer``: one ``redis-server`` on a free 127.0.0.1 port, in its own
  temporary directory, with persistence off; a context manager.
* ``redis_server_factory``: function-scoped; call it (keyword arguments go to
  ``RedisServer``) to start as many servers as a test needs; all are stopped
  at teardown.
* ``redis_server``: one server shared by the whole session, flushed
  (``FLUSHALL``) before every test that uses it.

Tests are skipped, not failed, when no ``redis-server`` binary is found.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import pytest

__all__ = ["RedisServer", "find_redis_server", "redis_server", "redis_server_factory"]

_CANDIDATES = ("/usr/bin/redis-server", "/usr/local/bin/redis-server")


def find_redis_server() -> str | None:
    """Return the path of a ``redis-server`` binary (``$REDIS_SERVER`` first), or ``None``."""
    for candidate in (os.environ.get("REDIS_SERVER"), shutil.which("redis-server"), *_CANDIDATES):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _command(port: int, payload: bytes) -> bytes | None:
    """Send one inline command; return the first reply line, or None if unreachable."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(payload)
            return sock.recv(64)
    except OSError:
        return None


class RedisServer:
    """A throw-away ``redis-server`` on a free loopback port.

    Args:
        binary: Path of ``redis-server``; found automatically by default.
        startup_timeout: Seconds to wait for the server to answer ``PING``.
        extra_args: More ``redis-server`` command-line arguments.

    """

    def __init__(
        self, *, binary: str | None = None, startup_timeout: float = 10.0, extra_args: tuple[str, ...] = ()
    ) -> None:
        found = binary or find_redis_server()
        if found is None:
            raise FileNotFoundError("no redis-server binary found (set $REDIS_SERVER)")
        self.binary = found
        self.startup_timeout = startup_timeout
        self.extra_args = extra_args
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self) -> RedisServer:
        """Start the server and wait until it answers; retries on a lost port race."""
        if self._process is not None:
            raise RuntimeError("already started")
        self._tmp = tempfile.TemporaryDirectory(prefix="redis-test-")
        for _attempt in range(5):
            self.port = _free_port()
            if self._spawn():
                return self
        self.stop()
        raise RuntimeError("redis-server did not start; see redis.log in its temp directory")

    def _spawn(self) -> bool:
        assert self._tmp is not None
        directory = Path(self._tmp.name)
        args = [
            self.binary,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(directory),
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "no",
            "--logfile", str(directory / "redis.log"),
            *self.extra_args,
        ]  # fmt: skip
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:  # exited: most likely the port was taken
                return False
            if _command(self.port, b"PING\r\n") == b"+PONG\r\n":
                self._process = process
                return True
            time.sleep(0.02)
        process.kill()
        process.wait()
        return False

    def flushall(self) -> None:
        """Delete every key on the server."""
        if _command(self.port, b"FLUSHALL\r\n") != b"+OK\r\n":
            raise RuntimeError("FLUSHALL failed")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s) and delete its directory."""
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _require_binary() -> None:
    if find_redis_server() is None:
        pytest.skip("redis-server is not installed")


@pytest.fixture
def redis_server_factory() -> Iterator[Callable[..., RedisServer]]:
    """Start fresh servers on demand: ``redis_server_factory(**RedisServer_kwargs)``."""
    _require_binary()
    started: list[RedisServer] = []

    def start(**kwargs: object) -> RedisServer:
        server = RedisServer(**kwargs)  # type: ignore[arg-type]
        started.append(server)
        return server.start()

    yield start
    for server in reversed(started):
        server.stop()


_SHARED = pytest.StashKey[RedisServer]()


@pytest.fixture
def redis_server(request: pytest.FixtureRequest) -> RedisServer:
    """The session's shared server (started on first use), emptied before the test."""
    _require_binary()
    stash = request.config.stash
    server = stash.get(_SHARED, None)
    if server is None or not server.running:
        server = stash[_SHARED] = RedisServer().start()
        request.config.add_cleanup(server.stop)
    server.flushall()
    return server
