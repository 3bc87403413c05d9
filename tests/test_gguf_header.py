"""The pure-Python GGUF header reader: exact layout of real files, truncation caught early."""

from __future__ import annotations

from pathlib import Path

import pytest
from gguf.constants import GGML_QUANT_SIZES

from engine.errors import EXIT_MODEL, ModelError
from engine.models.catalog import check_gguf
from engine.models.gguf_header import GGML_BLOCKS, read_header


def test_block_table_matches_ggml() -> None:
    reference = {int(t): sizes for t, sizes in GGML_QUANT_SIZES.items()}
    assert {t: reference[t] for t in GGML_BLOCKS} == GGML_BLOCKS


def test_tiny_model_layout(tiny_chat_model: Path) -> None:
    header = read_header(tiny_chat_model)
    assert header.version == 3
    assert header.metadata["general.architecture"] == "llama"
    assert header.metadata["general.name"] == "plume-tiny-chat"
    assert header.context_length == 8192
    assert len(header.tensors) == 3 + 2 * 9
    assert header.data_start % 32 == 0
    assert header.expected_size == tiny_chat_model.stat().st_size


def test_stories_model_layout(stories_model: Path) -> None:
    header = read_header(stories_model)
    assert header.expected_size == stories_model.stat().st_size == 1_185_376
    assert len(header.tensors) == 48


def test_truncated_tensor_data_says_expected_and_actual(
    tmp_path: Path, tiny_chat_model: Path
) -> None:
    data = tiny_chat_model.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[:-1])
    with pytest.raises(ModelError) as err:
        check_gguf(cut)
    assert err.value.exit_code == EXIT_MODEL
    assert err.value.message == (
        f"Truncated GGUF file: {cut} has {len(data) - 1:,} bytes, its header needs {len(data):,}."
    )
    assert "Copy the file again" in err.value.hint


def test_truncated_inside_the_header(tmp_path: Path, tiny_chat_model: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_chat_model.read_bytes()[:5000])
    with pytest.raises(ModelError, match=r"Truncated GGUF file: .* ends at byte 5,000"):
        check_gguf(cut)


def test_garbage_after_the_magic_is_corrupt(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + (3).to_bytes(4, "little") + b"\xff" * 64)
    with pytest.raises(ModelError, match="Corrupt GGUF file"):
        check_gguf(bad)
