"""A model file changed under a running Plume (issue 21): `cp new.gguf models/x.gguf` over the
model in use truncates it in place. A mapped model died of SIGBUS at its next token (exit 135,
no message); Plume now reads the model into memory, so `plume serve` and the generators go on
with the copy they loaded. `plume models add` never writes into an installed file: it writes a
new one and renames it into place. Real processes, the tiny GGUF through llama.cpp."""

from __future__ import annotations

import mmap
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from engine.cli import cli
from tests.netguard import BOOT, REPO
from tests.serving import ROUEN, call, wait_for

GENERATE_TWICE = """
import sys
from pathlib import Path
from engine.config import Settings
from engine.llm.llama import LlamaGenerator

model = Path(sys.argv[1])
generator = LlamaGenerator(model, Settings(n_ctx=512, threads=1, gpu_layers=0))
ask = [{"role": "user", "content": "Bonjour"}]
first = generator.generate(ask, max_tokens=8).text
with model.open("r+b") as fh:  # what `cp new.gguf` over it does first
    fh.truncate(model.stat().st_size // 2)
second = generator.generate([{"role": "user", "content": "Bonsoir"}], max_tokens=8).text
print("survived", len(first) > 0, len(second) > 0)
"""


def test_a_model_truncated_in_place_does_not_kill_the_generator(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    model = tmp_path / "tiny.gguf"
    shutil.copy(tiny_chat_model, model)
    done = subprocess.run(
        [sys.executable, "-c", GENERATE_TWICE, str(model)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, (done.returncode, done.stderr)  # was -7 (SIGBUS)
    assert done.stdout.strip() == "survived True True"


def test_plume_serve_goes_on_when_its_model_is_truncated(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    model = tmp_path / "tiny.gguf"
    shutil.copy(tiny_chat_model, model)
    env = {
        **os.environ,
        "PLUME_DATA_DIR": str(tmp_path / "data"),
        "PLUME_MAX_ROUNDS": "0",
        "PLUME_TOKEN": "",
        "PLUME_N_CTX": "",
    }
    boot = BOOT.format(tests=str(REPO / "tests"))
    command = [sys.executable, "-c", boot, "serve", "--port", "0", "--threads", "1"]
    process = subprocess.Popen(
        [*command, "--model", str(model)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = process.stdout.readline()  # type: ignore[union-attr]
        assert ready.startswith("Plume serves http://127.0.0.1:"), ready
        url = ready.split()[2].rstrip("/")

        def finished(job_id: str) -> dict | None:
            job = call("GET", f"{url}/api/jobs/{job_id}").json()
            return job if job["status"] not in ("queued", "running") else None

        first = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        assert wait_for(lambda: finished(first["id"]), 300, "the first job")["status"] == (
            "rejected"  # the tiny model cannot pass the gate; it wrote every part
        )
        with model.open("r+b") as fh:
            fh.truncate(model.stat().st_size // 2)
        second = call("POST", f"{url}/api/rewrite", json_body={"text": ROUEN}).json()
        done = wait_for(lambda: finished(second["id"]), 300, "the second job")
        assert done["status"] == "rejected", done  # written to the end by the loaded copy
        assert call("GET", f"{url}/api/status").json()["model"]["state"] == "ready"
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, (process.returncode, stderr)  # was -7: SIGBUS


def test_models_add_never_writes_into_an_installed_file(
    tiny_chat_model: Path, tmp_path: Path
) -> None:
    """Adding a model again renames a new file into place: a process that has the installed
    file open (mapped, here) keeps reading its bytes whole."""
    models = tmp_path / "models"
    env = {"PLUME_MODELS_DIR": str(models)}
    assert CliRunner().invoke(cli, ["models", "add", str(tiny_chat_model)], env=env).exit_code == 0
    installed = models / tiny_chat_model.name
    before = installed.stat()
    with installed.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        added = CliRunner().invoke(cli, ["models", "add", str(tiny_chat_model)], env=env)
        assert added.exit_code == 0, added.output
        assert installed.stat().st_ino != before.st_ino  # a new file, renamed into place
        assert mapped[-4096:] == tiny_chat_model.read_bytes()[-4096:]  # the old one intact
    assert not [p.name for p in models.iterdir() if p.name.endswith(".partial")]
