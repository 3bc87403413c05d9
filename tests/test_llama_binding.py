"""The one module that reaches into llama-cpp-python's internals refuses other versions."""

from __future__ import annotations

import pytest

from engine.config import OPENMP_SPIN_COUNT
from engine.errors import ModelError
from engine.llm.llama import binding


def test_pinned_version_is_the_installed_one() -> None:
    from importlib import metadata

    assert metadata.version("llama-cpp-python") == binding.PINNED
    binding.check_version(binding.PINNED)  # no error


def test_another_version_is_refused_with_what_to_do() -> None:
    with pytest.raises(ModelError) as err:
        binding.check_version("0.3.37")
    assert err.value.message == (
        "llama-cpp-python 0.3.37 is installed, but Plume is built against 0.3.36 "
        "(it uses internals that change between releases)."
    )
    assert "pip install llama-cpp-python==0.3.36" in err.value.hint
    assert err.value.exit_code == 3


def test_pinned_version_matches_pyproject() -> None:
    from tests.conftest import REPO

    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"llama-cpp-python=={binding.PINNED}"' in text


def test_no_other_module_imports_llama_cpp() -> None:
    from tests.conftest import REPO

    offenders = []
    for path in sorted((REPO / "engine").rglob("*.py")):
        if path.parent.name == "llama" and path.parent.parent.name == "llm":
            continue
        text = path.read_text(encoding="utf-8")
        if "import llama_cpp" in text or "from llama_cpp" in text:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


PRIVATE = ("llama_cpp._", "_internals", "._ctx.", "._model.", "input_ids", "llama.n_tokens")


def test_private_attributes_are_used_in_the_binding_only() -> None:
    from tests.conftest import REPO

    package = REPO / "engine" / "llm" / "llama"
    uses = {
        path.name: [p for p in PRIVATE if p in path.read_text(encoding="utf-8")]
        for path in sorted(package.glob("*.py"))
    }
    assert [name for name, found in uses.items() if found] == ["binding.py"]


@pytest.mark.parametrize(
    ("given", "expected", "said"),
    [
        # the user's choice wins, whichever variable it is (Plume's own: tests/test_threads.py)
        (
            {"OMP_WAIT_POLICY": "ACTIVE"},
            ("ACTIVE", None),
            "OMP_WAIT_POLICY=ACTIVE (your environment)",
        ),
        (
            {"GOMP_SPINCOUNT": "300000"},
            (None, "300000"),
            "GOMP_SPINCOUNT=300000 (your environment)",
        ),
        (
            {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": "infinite"},
            ("PASSIVE", "infinite"),
            "OMP_WAIT_POLICY=PASSIVE GOMP_SPINCOUNT=infinite (your environment)",
        ),
    ],
)
def test_openmp_threads_wait_as_the_user_says(given, expected, said) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    probe = (
        "import os, engine.llm.llama.binding as b; "
        "print(os.environ.get('OMP_WAIT_POLICY'), os.environ.get('GOMP_SPINCOUNT'), b.OPENMP); "
        "print(b.THREAD_WAITS)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        env={**env, **given},
        capture_output=True,
        text=True,
        check=True,
    )
    variables, line = done.stdout.splitlines()
    assert variables == f"{expected[0]} {expected[1]} True"  # the pinned build uses OpenMP
    assert line == said


def test_a_build_without_openmp_says_its_threads_ignore_the_variables() -> None:
    from engine.llm import threads

    waits = threads.decide({}, threads.Machine(cpus=2, threads=2, busy=0.0))
    assert threads.describe(waits, openmp=False) == (
        "ggml threadpool (llama.cpp built without OpenMP)"
    )
    assert threads.describe(waits, openmp=True) == (
        f"GOMP_SPINCOUNT={OPENMP_SPIN_COUNT} (Plume's default for a quiet machine: other "
        "processes kept 0.0 of 2 CPUs busy at start)"
    )
