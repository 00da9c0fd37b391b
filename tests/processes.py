"""Real server processes for split-mode and multi-process tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_server(
    name: str, port: int, env: Mapping[str, str], log_dir: Path, service: str | None = None
) -> ServerProcess:
    log_path = log_dir / f"{name}.log"
    args = [sys.executable, "-m", "aurixa", "serve", "--port", str(port)]
    if service:
        args += ["--service", service]
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(  # noqa: S603 - our own CLI with fixed arguments
            args, env={**os.environ, **env}, stdout=log_file, stderr=subprocess.STDOUT
        )
    return ServerProcess(name, port, process, log_path)


def wait_healthy(server: ServerProcess, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited early:\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/health?shallow=1", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{server.name} not healthy after {timeout}s:\n{server.log()}")


@contextmanager
def running(servers: list[ServerProcess], timeout: float = 120.0) -> Iterator[list[ServerProcess]]:
    try:
        for server in servers:
            wait_healthy(server, timeout)
        yield servers
    finally:
        for server in servers:
            server.process.terminate()
        for server in servers:
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
