"""A new user with only a GGUF file on a USB stick: add, list, verify, path, then rewrite."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine.cli import cli
from engine.config import Settings
from engine.errors import InputError, ModelError
from engine.models.catalog import resolve_model
from engine.models.store import add_model, list_models, model_path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "chomage-aout-2016.md"


def manifest_for(models_dir: Path, model: Path, sha256: str | None = None) -> str:
    digest = sha256 or hashlib.sha256(model.read_bytes()).hexdigest()
    text = (
        'default = "tiny-fr"\n[[model]]\nname = "tiny-fr"\nfile = "tiny-fr.gguf"\n'
        f'size = {model.stat().st_size}\nsha256 = "{digest}"\nquantization = "F32"\n'
    )
    models_dir.mkdir(parents=True, exist_ok=True)
    (models_dir / "manifest.toml").write_text(text)
    return digest


@pytest.fixture
def usb(tmp_path: Path, tiny_chat_model: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = stick / "Tiny-Chat-Q.gguf"  # not the manifest's file name: matched by its sha256
    copy.write_bytes(tiny_chat_model.read_bytes())
    return copy


def invoke(args: list[str], models_dir: Path):
    env = {"PLUME_MODELS_DIR": str(models_dir), "PLUME_MODEL": ""}
    return CliRunner().invoke(cli, args, env=env)


def test_new_user_adds_lists_and_rewrites_with_the_model(tmp_path: Path, usb: Path) -> None:
    models_dir = tmp_path / "models"
    digest = manifest_for(models_dir, usb)

    added = invoke(["models", "add", str(usb)], models_dir)
    assert added.exit_code == 0, added.output
    installed = models_dir / "tiny-fr.gguf"
    assert f"added {installed}\nsha256 {digest}\n" in added.output
    assert "status: verified; use it with --model tiny-fr" in added.output
    assert installed.read_bytes() == usb.read_bytes()
    assert sorted(p.name for p in models_dir.iterdir()) == [
        ".plume-sha256.json",
        "manifest.toml",
        "tiny-fr.gguf",
    ]

    listed = invoke(["models", "list"], models_dir)
    assert listed.exit_code == 0
    assert listed.output.splitlines()[1:] == [
        "  NAME     FILE              SIZE  STATUS",
        "* tiny-fr  tiny-fr.gguf  633.6 KB  verified",
        "* default model",
    ]

    assert invoke(["models", "path", "tiny-fr"], models_dir).output == f"{installed}\n"
    settings = Settings(models_dir=models_dir, model="tiny-fr")
    assert resolve_model(settings) == installed.resolve()
    rewrite = invoke(["rewrite", str(EXAMPLE), "--model", "tiny-fr"], models_dir)
    assert rewrite.output.splitlines()[0] == f"model: {installed.resolve()}"
    assert "Warning" not in rewrite.output

    verified = invoke(["models", "verify"], models_dir)
    assert verified.exit_code == 0
    assert verified.output.endswith("tiny-fr.gguf: verified\n")


@pytest.mark.parametrize("kind", ["truncated", "not-gguf"])
def test_broken_files_are_refused_by_add_and_rewrite(tmp_path: Path, usb: Path, kind: str) -> None:
    models_dir = tmp_path / "models"
    manifest_for(models_dir, usb)
    bad = tmp_path / "bad.gguf"
    if kind == "truncated":
        bad.write_bytes(usb.read_bytes()[:-4096])
        expected = f"Truncated GGUF file: {bad} has {usb.stat().st_size - 4096:,} bytes"
    else:
        bad.write_text("<html>Service unavailable</html>")
        expected = f"Not a GGUF model file: {bad}"
    for args in (["models", "add", str(bad)], ["rewrite", str(EXAMPLE), "--model", str(bad)]):
        result = invoke(args, models_dir)
        assert result.exit_code == 3, args
        assert expected in result.output
        assert "Traceback" not in result.output
    assert sorted(p.name for p in models_dir.iterdir()) == ["manifest.toml"]


def test_a_file_with_the_manifest_name_but_another_sum_is_refused(
    tmp_path: Path, usb: Path
) -> None:
    models_dir = tmp_path / "models"
    manifest_for(models_dir, usb, sha256="0" * 64)
    named = usb.with_name("tiny-fr.gguf")
    usb.rename(named)
    result = invoke(["models", "add", str(named)], models_dir)
    assert result.exit_code == 3
    assert "tiny-fr.gguf is not the manifest's tiny-fr: its sha256 is" in result.output
    assert f"the manifest expects {'0' * 64}" in result.output
    assert sorted(p.name for p in models_dir.iterdir()) == ["manifest.toml"]


def test_unlisted_model_is_trusted_once_added_and_warned_about_elsewhere(
    tmp_path: Path, usb: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(models_dir=tmp_path / "models")
    found = add_model(usb, settings)
    assert found.path == settings.models_dir / "Tiny-Chat-Q.gguf"
    assert found.status == "added by you (sha256 recorded)"
    # the user vouched for it with `add`: no warning on every run
    resolved = resolve_model(settings.replace(model="Tiny-Chat-Q"))
    assert resolved == found.path.resolve()
    assert caplog.messages == []
    # the same file run from the stick was never added: it is still unverified
    rewrite = invoke(["rewrite", str(EXAMPLE), "--model", str(usb)], settings.models_dir)
    assert "Warning: Tiny-Chat-Q.gguf is unverified (not in the manifest)" in rewrite.output
    # a changed file loses the trust
    with found.path.open("r+b") as fh:
        fh.seek(-10, 2)
        fh.write(b"\x01")
    os.utime(found.path, ns=(1, 1))
    # (the shipped manifest's recommended models are listed too, "not installed")
    installed = [r for r in list_models(settings) if r.status != "not installed"]
    assert [r.status for r in installed] == ["unverified (not in the manifest)"]


def test_the_only_model_added_is_used_and_a_default_can_be_chosen(
    tmp_path: Path, usb: Path
) -> None:
    models_dir = tmp_path / "models"
    manifest_for(models_dir, usb, sha256="1" * 64)  # its default is not installed
    (models_dir / "manifest.toml").write_text(
        (models_dir / "manifest.toml").read_text().replace('"tiny-fr.gguf"', '"other.gguf"')
    )
    added = invoke(["models", "add", str(usb)], models_dir)
    assert added.exit_code == 0, added.output
    assert "status: added by you (sha256 recorded)" in added.output
    settings = Settings(models_dir=models_dir)
    assert resolve_model(settings) == (models_dir / "Tiny-Chat-Q.gguf").resolve()
    second = usb.with_name("Second.gguf")
    second.write_bytes(usb.read_bytes() + b"")
    add_model(second, settings)
    with pytest.raises(ModelError, match=r"Several models are installed \(Second, Tiny-Chat-Q\)"):
        resolve_model(settings)
    chosen = invoke(["models", "default", "Second"], models_dir)
    assert chosen.exit_code == 0, chosen.output
    assert chosen.output == f"default model: Second ({(models_dir / 'Second.gguf').resolve()})\n"
    assert resolve_model(settings) == (models_dir / "Second.gguf").resolve()
    listed = invoke(["models", "list"], models_dir).output
    assert "* Second" in listed and "  Tiny-Chat-Q" in listed
    assert invoke(["models", "default", "nope"], models_dir).exit_code == 2


def test_link_instead_of_copy(tmp_path: Path, usb: Path) -> None:
    models_dir = tmp_path / "models"
    manifest_for(models_dir, usb)
    found = add_model(usb, Settings(models_dir=models_dir), link=True)
    assert found.status == "verified"
    assert os.readlink(models_dir / "tiny-fr.gguf") == str(usb.resolve())


def test_a_different_file_is_not_overwritten(tmp_path: Path, usb: Path) -> None:
    settings = Settings(models_dir=tmp_path / "models")
    settings.models_dir.mkdir()
    (settings.models_dir / usb.name).write_bytes(b"GGUF")
    with pytest.raises(InputError, match="A different file named Tiny-Chat-Q.gguf"):
        add_model(usb, settings)
    assert (settings.models_dir / usb.name).read_bytes() == b"GGUF"
    assert [p.name for p in settings.models_dir.iterdir()] == [usb.name]


def test_a_file_changed_after_adding_is_no_longer_verified(tmp_path: Path, usb: Path) -> None:
    models_dir = tmp_path / "models"
    manifest_for(models_dir, usb)
    add_model(usb, Settings(models_dir=models_dir))
    installed = models_dir / "tiny-fr.gguf"
    with installed.open("r+b") as fh:  # flip one weight byte: same size, new mtime
        fh.seek(-10, 2)
        fh.write(b"\x01")
    os.utime(installed, ns=(1, 1))
    assert [r.status for r in list_models(Settings(models_dir=models_dir))] == ["not verified yet"]
    result = invoke(["models", "verify"], models_dir)
    assert result.exit_code == 3
    assert result.output.endswith("tiny-fr.gguf: MISMATCH\n")


def test_path_of_unknown_and_missing_models(tmp_path: Path, usb: Path) -> None:
    settings = Settings(models_dir=tmp_path / "models")
    manifest_for(settings.models_dir, usb)
    with pytest.raises(ModelError, match="tiny-fr is recommended but not installed"):
        model_path("tiny-fr", settings)
    with pytest.raises(InputError, match="No model named 'nope'") as err:
        model_path("nope", settings)
    assert err.value.hint == "Known names: tiny-fr (see `plume models list`)."
    assert invoke(["models", "path", "nope"], settings.models_dir).exit_code == 2
    assert invoke(["models", "verify"], settings.models_dir).exit_code == 3


def test_shipped_manifest_lists_one_default_and_no_guessed_sum() -> None:
    from engine.models.catalog import load_manifest

    entries = load_manifest(REPO / "models")  # no manifest of its own: the shipped one
    assert [e.name for e in entries if e.default] == ["qwen2.5-3b-instruct-q4_k_m"]
    for e in entries:
        assert e.sha256 is None or len(e.sha256) == 64, e.name
        assert e.source, f"{e.name}: say where the figures come from"
