"""A throwaway nginx serving static JSON files on loopback: a baseline server that uses little CPU."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

CONFIG = """
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type application/json;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    client_body_temp_path {prefix}/tmp;
    proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp;
    uwsgi_temp_path {prefix}/tmp;
    scgi_temp_path {prefix}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/www;
        location / {{ add_header X-Request-Id req_static; }}
    }}
}}
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def nginx(files: Mapping[str, bytes]) -> Iterator[str]:
    """Serve ``files`` (URL path -> body) and yield the base URL."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise SystemExit("nginx is not installed: `apt-get install -y nginx-light` (make bench does this)")
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp)
        (prefix / "tmp").mkdir()
        for url_path, body in files.items():
            target = prefix / "www" / url_path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        # A root-started nginx serves files as `nobody`: make the tree readable to it.
        prefix.chmod(0o755)
        for path in prefix.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        port = _free_port()
        conf = prefix / "nginx.conf"
        conf.write_text(CONFIG.format(prefix=prefix, port=port))
        proc = subprocess.Popen([binary, "-c", str(conf), "-p", str(prefix)], stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 10
            while True:
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
                time.sleep(0.05)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            proc.wait(timeout=10)
