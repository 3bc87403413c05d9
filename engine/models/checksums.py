"""sha256 of model files, and a small record of the sums already computed.

Hashing a 5 GB model takes a while, so the sum is computed once (by `plume models add` or
`plume models verify`) and kept next to the file, keyed by name, size and modification time: a
file that changed since is simply "not verified" again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

RECORD_NAME = ".plume-sha256.json"
CHUNK = 1 << 20

Progress = Callable[[int], None]
log = logging.getLogger("plume")


def sha256_file(path: Path, progress: Progress | None = None) -> str:
    """The file's sha256 in hex; `progress(n)` is called after each chunk of n bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            if progress is not None:
                progress(len(chunk))
    return digest.hexdigest()


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _load(folder: Path) -> dict[str, dict]:
    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recorded_sha256(path: Path) -> str | None:
    """The sum recorded for `path`, if the file has not changed since it was computed."""
    entry = _load(path.parent).get(path.name)
    if not isinstance(entry, dict) or not path.exists():
        return None
    return entry.get("sha256") if entry.get("stamp") == _stamp(path) else None


def added_by_user(path: Path) -> bool:
    """`plume models add` put this file here, and it has not changed since."""
    entry = _load(path.parent).get(path.name)
    return (
        isinstance(entry, dict)
        and path.exists()
        and entry.get("stamp") == _stamp(path)
        and entry.get("added") is True
    )


def record_sha256(path: Path, digest: str, added: bool | None = None) -> None:
    """Remember `digest` for `path` (best effort: a read-only folder just keeps no record).

    `added`: the user added the file with `plume models add` (None keeps what was recorded)."""
    folder = path.parent
    data = _load(folder)
    before = data.get(path.name)
    if added is None:
        added = isinstance(before, dict) and before.get("added") is True
    data[path.name] = {"sha256": digest, "stamp": _stamp(path), "added": added}
    tmp = folder / f"{RECORD_NAME}.tmp"
    try:
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, folder / RECORD_NAME)
    except OSError as exc:
        log.debug("could not record the sha256 of %s: %s", path, exc)
