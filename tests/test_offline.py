"""Air-gapped operation: nothing Plume runs reaches for the network, and placement is offline."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.llm.local import load_generator
from engine.llm.placement import context_for, gpu_layers
from tests.netguard import MARK, NetworkBlocked, no_network, run_guarded

REPO = Path(__file__).resolve().parent.parent
SHORT_SOURCE = """Rouen : le pont Mathilde rouvre

Le pont Mathilde de Rouen a rouvert lundi 5 novembre, a annoncé la préfecture.

Près de 80 000 véhicules empruntaient chaque jour cet ouvrage avant l'incendie de 2012.
"""


def test_guard_blocks_and_records_even_caught_attempts() -> None:
    with no_network() as attempts:
        with pytest.raises(NetworkBlocked):
            socket.create_connection(("127.0.0.1", 9))
        with contextlib.suppress(Exception):  # swallowed by the caller: still recorded
            socket.getaddrinfo("pypi.org", 443)
        with socket.socket() as s, pytest.raises(NetworkBlocked):
            s.connect(("127.0.0.1", 9))
    assert attempts == [
        "create_connection ('127.0.0.1', 9)",
        "getaddrinfo 'pypi.org'",
        "connect ('127.0.0.1', 9)",
    ]
    assert socket.getaddrinfo is not None and "netguard" not in repr(socket.getaddrinfo)


def test_guard_reports_from_a_subprocess() -> None:
    clean = run_guarded(["--version"])
    assert clean.returncode == 0 and MARK not in clean.stderr
    script = (
        "import sys, urllib.request; sys.path.insert(0, 'tests'); import netguard\n"
        "with netguard.no_network(report=True):\n"
        "    try: urllib.request.urlopen('http://example.org', timeout=1)\n"
        "    except BaseException: pass\n"
    )
    caught = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert caught.stderr == f"{MARK} create_connection ('example.org', 80)\n"


def test_every_command_runs_with_the_network_blocked(
    tmp_path: Path, tiny_chat_model: Path, corpus_dir: Path
) -> None:
    env = {
        "PLUME_MODELS_DIR": str(tmp_path / "models"),
        "PLUME_MODEL": "",
        "PATH": "",
        "PLUME_N_CTX": "4096",  # the tiny tokenizer spells French almost letter by letter
        "PLUME_PLAN_MAX_TOKENS": "64",
    }
    source = tmp_path / "source.txt"
    source.write_text(SHORT_SOURCE, encoding="utf-8")
    draft = REPO / "tests" / "data" / "rouen-good.md"
    runs = [
        (["models", "add", str(tiny_chat_model)], 0),
        (["models", "list"], 0),
        (["models", "verify"], 0),
        (["models", "path", "tiny-chat"], 0),
        (["doctor"], 0),
        (["bench", "--model", "tiny-chat", "-p", "16", "-n", "8", "-r", "1"], 0),
        (["check", str(draft), "--source", str(corpus_dir / "wikinews" / "22.txt")], 0),
        (
            [
                "rewrite",
                str(source),
                "--model",
                "tiny-chat",
                "-o",
                f"{tmp_path}/out/",
                "--max-rounds",
                "0",
                "--min-words",
                "100",
            ],
            1,
        ),  # the tiny model cannot pass the gate
    ]
    for args, code in runs:
        done = run_guarded(args, env=env)
        assert MARK not in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr, (args, done.stderr)
        assert done.returncode == code, (args, done.stderr)
    assert f"model: {tmp_path / 'models' / 'tiny-chat.gguf'}\n" in done.stderr
    assert (tmp_path / "out" / "source.report.json").is_file()


def test_loading_and_generating_offline(tiny_chat_model: Path, no_network: list[str]) -> None:
    settings = Settings(n_ctx=256, temperature=0.0, seed=1, threads=1)
    generator = load_generator(tiny_chat_model, settings)
    out = generator.generate([{"role": "user", "content": "OTAN"}], max_tokens=8)
    assert out.timings.generated_tokens > 0


@pytest.mark.parametrize(
    ("prompt", "new", "model_ctx", "expected"),
    [
        (100, 50, 32768, 512),  # never below 512
        (1200, 900, 32768, 2304),  # 2100 rounded up to a multiple of 256
        (3000, 1000, 4096, 4096),  # exactly the model's context
        (3000, 1000, None, 4096),  # unknown trained context: no cap
        (2000, 100, 2048 + 64, 2112),  # rounding never exceeds the trained context
    ],
)
def test_context_from_needs(prompt: int, new: int, model_ctx: int | None, expected: int) -> None:
    assert context_for(prompt, new, model_ctx) == expected


def test_context_too_long_for_the_model() -> None:
    with pytest.raises(InputError, match="needs 5,000 tokens .* context of 4,096"):
        context_for(4000, 1000, 4096)


def test_gpu_layers_auto_and_forced() -> None:
    assert gpu_layers(-1, gpu_available=True) == -1
    assert gpu_layers(-1, gpu_available=False) == 0
    assert gpu_layers(0, gpu_available=True) == 0
    assert gpu_layers(20, gpu_available=True) == 20
    assert gpu_layers(20, gpu_available=False) == 0


def test_failed_gpu_offload_falls_back_to_cpu_with_one_warning(
    tiny_chat_model: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from engine.llm.llama import runtime
    from engine.llm.llama.binding import llama_cpp

    real = runtime.load_model
    calls: list[int] = []

    def gpu_refuses(path: Path, n_gpu_layers: int):  # the GPU refuses; the CPU load is real
        calls.append(n_gpu_layers)
        if n_gpu_layers != 0:
            raise ModelError(f"llama.cpp could not load {path.name}.", None)
        return real(path, n_gpu_layers)

    monkeypatch.setattr(llama_cpp, "llama_supports_gpu_offload", lambda: True)
    monkeypatch.setattr(runtime, "load_model", gpu_refuses)
    generator = load_generator(tiny_chat_model, Settings(n_ctx=256, threads=1))
    assert calls == [-1, 0]
    assert generator.gpu_layers == 0
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith("GPU offload failed (llama.cpp could not load tiny-chat")
    assert caplog.messages[0].endswith("running on the CPU instead.")
