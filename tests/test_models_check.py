"""Model files are checked before llama.cpp touches them; errors say what to do (exit 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import EXIT_MODEL, ModelError
from engine.llm.local import load_generator
from engine.models.catalog import check_gguf, resolve_model


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="Model file not found") as err:
        check_gguf(tmp_path / "absent.gguf")
    assert err.value.exit_code == EXIT_MODEL
    assert "plume models list" in err.value.hint


def test_not_a_gguf_file(tmp_path: Path) -> None:
    bogus = tmp_path / "model.gguf"
    bogus.write_text("<html>404 Not Found</html>")
    with pytest.raises(ModelError, match="Not a GGUF model file"):
        check_gguf(bogus)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(ModelError, match="Not a GGUF model file"):
        check_gguf(empty)


def test_a_folder_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a file"):
        check_gguf(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path, tiny_chat_model: Path) -> None:
    locked = tmp_path / "locked.gguf"
    locked.write_bytes(tiny_chat_model.read_bytes())
    locked.chmod(0)
    with pytest.raises(ModelError, match="cannot be read"):
        check_gguf(locked)


def test_unknown_gguf_version(tmp_path: Path) -> None:
    future = tmp_path / "future.gguf"
    future.write_bytes(b"GGUF" + (99).to_bytes(4, "little") + b"\0" * 64)
    with pytest.raises(ModelError, match="Unsupported GGUF version 99"):
        check_gguf(future)


def test_truncated_model_is_refused_before_llama_cpp(tmp_path: Path, tiny_chat_model: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_chat_model.read_bytes()[:200_000])
    with pytest.raises(ModelError, match="Truncated GGUF file: .* has 200,000 bytes") as err:
        load_generator(cut, Settings(n_ctx=256))
    assert "copy is incomplete" in err.value.hint


def test_resolve_prefers_the_explicit_model(settings: Settings, tiny_chat_model: Path) -> None:
    chosen = settings.replace(model=str(tiny_chat_model))
    assert resolve_model(chosen) == tiny_chat_model.resolve()


def test_resolve_by_manifest_name(settings: Settings, tiny_chat_model: Path) -> None:
    (settings.models_dir / "manifest.toml").write_text(
        'default = "tiny"\n[[model]]\nname = "tiny"\nfile = "tiny-chat.gguf"\n'
    )
    (settings.models_dir / "tiny-chat.gguf").write_bytes(tiny_chat_model.read_bytes())
    assert resolve_model(settings.replace(model="tiny")).name == "tiny-chat.gguf"
    assert resolve_model(settings).name == "tiny-chat.gguf"  # the default


def test_no_model_says_which_file_to_get(settings: Settings) -> None:
    (settings.models_dir / "manifest.toml").write_text(
        'default = "qwen"\n[[model]]\nname = "qwen"\nfile = "qwen.gguf"\n'
        'size = 2104932768\nsha256 = "ab12"\n'
    )
    with pytest.raises(ModelError) as err:
        resolve_model(settings)
    message = str(err.value)
    assert "file:   qwen.gguf (2,104,932,768 bytes)" in message
    assert "sha256: ab12" in message
    assert f"Put it in {settings.models_dir}/" in message
    assert "PLUME_MODEL=/path/to/model.gguf" in message
