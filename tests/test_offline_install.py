"""`make install-offline` in small: Plume's own wheel installs from a folder, with no index."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


class ConnectionRecorder:
    """A TCP listener on 127.0.0.1 that counts connections: pip is pointed at it as a proxy."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


def pip(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pip", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_offline_install_from_a_wheelhouse_reaches_no_network(tmp_path: Path) -> None:
    proxy = ConnectionRecorder()
    env = {
        **os.environ,
        "PIP_CONFIG_FILE": os.devnull,  # no site index or find-links
        "PIP_FIND_LINKS": "",
        "PIP_INDEX_URL": f"http://127.0.0.1:{proxy.port}/simple",
        "HTTP_PROXY": f"http://127.0.0.1:{proxy.port}",
        "HTTPS_PROXY": f"http://127.0.0.1:{proxy.port}",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    wheelhouse = tmp_path / "wheelhouse"
    built = pip(
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        str(wheelhouse),
        str(REPO),
        env=env,
    )
    if "invalid command 'bdist_wheel'" in built.stderr:
        pytest.skip("building a wheel needs setuptools>=70.1 (make install provides it)")
    assert built.returncode == 0, built.stderr
    [wheel] = wheelhouse.glob("plume-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    done = pip(
        "--python",
        str(python),
        "install",
        "--no-index",
        "--find-links",
        str(wheelhouse),
        "--no-deps",
        "plume",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert proxy.connections == 0
    out = subprocess.run(
        [str(python), "-c", "import engine, engine.models.catalog; print(engine.__version__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert out.stdout == "0.1.0\n"
    assert wheel.name.startswith("plume-0.1.0-")

    # A non-editable install ships the model manifest: a recommended default, sums to check.
    shipped = subprocess.run(
        [
            str(python),
            "-c",
            "from pathlib import Path\n"
            "from engine.config import Settings\n"
            "from engine.models.catalog import load_manifest, manifest_path\n"
            "models = Settings().models_dir\n"
            "entries = load_manifest(models)\n"
            "print(manifest_path(models))\n"
            "print(models == Path.home() / '.local/share/plume/models')\n"
            "print([e.name for e in entries if e.default], all(e.sha256 for e in entries[:1]))\n",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    where, per_user, default = shipped.stdout.splitlines()
    assert Path(where).is_relative_to(venv) and Path(where).name == "manifest.toml"
    assert per_user == "True"  # not a `models/` folder beside site-packages
    assert default == "['qwen2.5-3b-instruct-q4_k_m'] True"

    # The recorder does see pip when pip is allowed an index: the proof above can fail.
    online = pip(
        "--python",
        str(python),
        "download",
        "--no-deps",
        "-d",
        str(tmp_path / "dl"),
        "--retries",
        "0",
        "--timeout",
        "2",
        "no-such-package-plume",
        env=env,
    )
    assert online.returncode != 0
    assert proxy.connections > 0
