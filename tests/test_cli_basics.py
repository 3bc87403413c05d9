"""The command line as a user meets it: help, version, the no-model path and its exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from engine import __version__
from engine.cli import cli

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "chomage-aout-2016.md"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"plume, version {__version__}\n"


def test_help_imports_neither_spacy_nor_llama_cpp_nor_the_web_stack() -> None:
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from engine.cli import cli\n"
        "r = CliRunner().invoke(cli, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = ('spacy', 'llama_cpp', 'numpy', 'starlette', 'uvicorn', 'jinja2')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout == "[]\n"


def test_rewrite_without_a_model_exits_3_and_says_what_to_get(tmp_path: Path) -> None:
    env = {"PLUME_MODELS_DIR": str(REPO / "models"), "PLUME_MODEL": ""}
    result = CliRunner().invoke(cli, ["rewrite", str(EXAMPLE), "-o", str(tmp_path)], env=env)
    assert result.exit_code == 3
    assert "No model is installed" in result.output
    assert "Qwen2.5-3B-Instruct-Q4_K_M.gguf (1,929,903,264 bytes)" in result.output
    assert "PLUME_MODEL" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_rewrite_with_a_broken_model_exits_3(tmp_path: Path) -> None:
    bogus = tmp_path / "model.gguf"
    bogus.write_text("not a model")
    result = CliRunner().invoke(cli, ["rewrite", str(EXAMPLE), "--model", str(bogus)])
    assert result.exit_code == 3
    assert "Not a GGUF model file" in result.output


def test_unknown_option_is_usage_error() -> None:
    result = CliRunner().invoke(cli, ["rewrite", "--frobnicate", "x"])
    assert result.exit_code == 2
    assert "No such option '--frobnicate'" in result.output
