"""The command line at its edges (issue 21): SIGTERM handled like Ctrl-C, a stdout that is
closed (`| head -1`) or full (`> /dev/full`), an output folder that is read-only or full found
before the model writes a word, and an input folder's broken links, link loops and unreadable
subfolders reported one by one. Real processes, real signals, real file systems (a small tmpfs
where this user may mount one)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_bad_input import assert_refused
from tests.test_rewrite_cli import REPO, run, scripted  # noqa: F401 - the fixture

TERMINATED = (
    "Terminated (SIGTERM): finished articles are kept, none is half-written; "
    "run the same command again to do the rest."
)
ROOT = os.geteuid() == 0
# Root reads and writes every file: its processes drop the capabilities that allow it, so that
# a folder's permission bits mean for them what they mean for an editor.
AS_USER = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if ROOT else []


def plume(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:  # noqa: ANN003
    """`plume` in a process, the scripted model slowed (tests.interrupt_batch)."""
    command = [*AS_USER, sys.executable, "-m", "tests.interrupt_batch", *args]
    if args[0] == "rewrite":
        command += ["--model", str(TINY)]
    environ = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.Popen(command, cwd=REPO, env=environ, text=True, **kwargs)


TINY = Path("/nonexistent")


@pytest.fixture(autouse=True)
def tiny(tiny_chat_model: Path) -> None:
    global TINY  # noqa: PLW0603 - the session's tiny model, for every `plume rewrite` here
    TINY = tiny_chat_model


@pytest.fixture
def inbox(corpus_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, corpus_file in (("a.txt", "wikinews/22.txt"), ("b.txt", "wikinews/12.txt")):
        shutil.copy(corpus_dir / corpus_file, folder / name)
    return folder


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*"))


# --- 6. SIGTERM ----------------------------------------------------------------------------


def test_sigterm_mid_write_ends_like_ctrl_c_and_leaves_no_temporary_file(
    inbox: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = plume(
        "rewrite", str(inbox), "-o", str(out), "-q",
        env={"PLUME_TEST_SLOW_SYNC": "3"},
        stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not [n for n in hidden(out) if out.is_dir() and not n.startswith(".plume-probe")]:
        assert proc.poll() is None, proc.stderr.read()  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "no article being written in 120 s"
        time.sleep(0.02)
    writing = hidden(out)  # the first article's temporary file, being synced
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == TERMINATED
    assert "Traceback" not in stderr
    assert writing and hidden(out) == []  # the temporary file is gone
    assert sorted(p.name for p in out.iterdir()) == []  # nothing half-written either


def test_sigterm_before_any_article_is_the_same_clean_end(inbox: Path, tmp_path: Path) -> None:
    proc = plume("rewrite", str(inbox), "-o", str(tmp_path / "out"), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:  # wait for its first progress
        time.sleep(0.2)
        if (tmp_path / "out").is_dir():
            break
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143 and stderr.strip().splitlines()[-1] == TERMINATED, stderr


# --- 7. a closed or full stdout --------------------------------------------------------------


def test_a_closed_stdout_ends_quietly(corpus_dir: Path, tmp_path: Path) -> None:
    """`plume inspect FILE | head -1`: the reader has what it wanted; no error, no crash file."""
    env = {"TMPDIR": str(tmp_path)}
    proc = plume(
        "inspect", str(corpus_dir / "wikinews/22.txt"),
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    first = proc.stdout.readline()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]  # as `head -1` does once it has its line
    stderr = proc.stderr.read()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    proc.wait(60)
    assert first.endswith(" paragraphs\n")
    assert (proc.returncode, stderr) == (141, "")
    assert not list(tmp_path.glob("plume-crash-*"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("command", ["inspect", "rewrite"])
def test_a_full_stdout_is_exit_3_like_a_full_disk(
    command: str, corpus_dir: Path, tmp_path: Path
) -> None:
    with open("/dev/full", "w") as full:
        quiet = ["-q"] if command == "rewrite" else []
        proc = plume(
            command, str(corpus_dir / "wikinews/22.txt"), *quiet,
            env={"TMPDIR": str(tmp_path)}, stdout=full, stderr=subprocess.PIPE,
        )  # fmt: skip
        _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 3, stderr
    assert stderr.strip().splitlines()[-2:] == [
        "Error: Cannot write to the standard output: No space left on device.",
        "  → Free some disk space where it goes, or write to a file with -o.",
    ]
    assert "Internal error" not in stderr and not list(tmp_path.glob("plume-crash-*"))


# --- 8. output folder read-only or full, found before any generation -----------------------


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A small tmpfs on `folder` (root only), unmounted after."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    if ROOT:
        with tmpfs(folder, "ro,size=1m") as mounted:
            yield mounted
        return
    folder.mkdir()
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


@contextlib.contextmanager
def full(folder: Path) -> Iterator[Path]:
    if not ROOT:
        pytest.skip("a full file system needs a tmpfs, which needs root")
    with tmpfs(folder, "size=64k") as mounted:
        with contextlib.suppress(OSError), (mounted / "filler").open("wb") as filler:
            while True:
                filler.write(bytes(4096))
                filler.flush()
        yield mounted


@pytest.mark.parametrize(
    ("kind", "reason"), [("read-only", "Read-only file system"), ("full", "No space left")]
)
def test_an_output_folder_that_cannot_be_written_is_found_before_the_model_writes(
    scripted,  # noqa: F811
    inbox: Path,
    tiny_chat_model: Path,
    tmp_path: Path,
    kind: str,
    reason: str,
) -> None:
    place = read_only if kind == "read-only" else full
    with place(tmp_path / "out") as out:
        target = out / "articles"
        if kind == "full":
            target.mkdir()
        else:
            target = out
        result = run("rewrite", str(inbox), "-o", str(target), "--model", str(tiny_chat_model))
        assert_refused(result, f"Error: Cannot write to {target}: {reason}", code=3)
        assert "Free some disk space or choose a folder you can write to (-o)." in result.output
        assert "plan:" not in result.output  # no model call was made
        assert [g.requests for g in scripted] in ([], [[]])
        assert [p.name for p in target.iterdir() if p.name != "filler"] == []


# --- 8. what an input folder holds that cannot be read ---------------------------------------


def test_broken_links_loops_and_unreadable_subfolders_are_reported_one_by_one(
    inbox: Path, tmp_path: Path
) -> None:
    (inbox / "gone.txt").symlink_to("nowhere.txt")
    (inbox / "ping.txt").symlink_to("pong.txt")
    (inbox / "pong.txt").symlink_to("ping.txt")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "up").symlink_to("..")
    (inbox / "private").mkdir()
    shutil.copy(inbox / "a.txt", inbox / "private" / "c.txt")
    (inbox / "private").chmod(0)
    (inbox / "link.txt").symlink_to("a.txt")  # a link to an article is an article
    out = tmp_path / "out"
    try:
        proc = plume("rewrite", str(inbox), "-o", str(out), stderr=subprocess.PIPE)
        _, stderr = proc.communicate(timeout=300)
    finally:
        (inbox / "private").chmod(0o755)
    assert proc.returncode == 2, stderr
    assert "3 passed, 0 rejected, 5 errors, 0 skipped" in stderr
    for line in (
        f"  {inbox}/gone.txt: a link to nowhere.txt, which does not exist.",
        f"  {inbox}/ping.txt: a loop of symbolic links.",
        f"  {inbox}/pong.txt: a loop of symbolic links.",
        f"  {inbox}/private: folder cannot be read (Permission denied); its articles are skipped.",
        f"  {inbox}/sub/up: a link to .., a folder that holds it (a loop), not followed.",
    ):
        assert line in stderr.splitlines(), stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "b.md", "link.md"]
