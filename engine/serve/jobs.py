"""The job queue of `plume serve`, kept in SQLite so that a restart loses nothing.

A job is an article submitted for rewriting: its source text, its options, its status, the
progress lines of its run (as numbered events, for server-sent events and for a reader that
comes back later) and, once finished, its result. Statuses: queued → running → passed,
rejected, failed or cancelled. On start, a job left running by a stopped server is marked
failed with the reason, and queued jobs wait for the worker as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

QUEUED, RUNNING, PASSED, REJECTED, FAILED, CANCELLED = (
    "queued",
    "running",
    "passed",
    "rejected",
    "failed",
    "cancelled",
)
FINISHED = frozenset({PASSED, REJECTED, FAILED, CANCELLED})
INTERRUPTED = "Interrupted: the server stopped while this article was being written."
INTERRUPTED_HINT = "Submit the article again."

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    options TEXT NOT NULL,
    status TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    error TEXT,
    result TEXT
);
CREATE TABLE IF NOT EXISTS events (
    job TEXT NOT NULL,
    n INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (job, n)
);
"""


@dataclass(frozen=True)
class Job:
    id: str
    name: str
    kind: str  # "txt", "md" or "html": how the source is parsed
    status: str
    created: float
    updated: float
    options: dict = field(default_factory=dict)
    error: dict | None = None  # {"message", "hint"} of a failed job
    result: dict | None = None  # article, report, comparison, renders (see worker)
    position: int | None = None  # 1 = next to run, for a queued job

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    def summary(self) -> dict:
        """What the queue shows: no source, no result."""
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "created": self.created,
            "updated": self.updated,
            "position": self.position,
            "error": self.error,
        }


class JobStore:
    """Jobs and their events in one SQLite file; every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        _private(path)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _tx(self, sql: str, *args: object) -> sqlite3.Cursor:
        return self._db.execute(sql, args)

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, all or nothing."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # --- writing -----------------------------------------------------------------------

    def add(self, name: str, kind: str, source: str, options: dict) -> Job:
        job_id = uuid.uuid4().hex[:16]
        now = time.time()
        with self._write():
            self._tx(
                "INSERT INTO jobs (id, name, kind, source, options, status, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                job_id, name, kind, source, json.dumps(options), QUEUED, now, now,
            )  # fmt: skip
            self._event(job_id, "status", {"status": QUEUED})
        return self.get(job_id)  # type: ignore[return-value]

    def claim_next(self) -> Job | None:
        """The oldest queued job, now running; None when the queue is empty."""
        with self._write():
            row = self._tx(
                "SELECT id FROM jobs WHERE status = ? ORDER BY seq LIMIT 1", QUEUED
            ).fetchone()
            if row is None:
                return None
            now = time.time()
            self._tx("UPDATE jobs SET status = ?, updated = ? WHERE id = ?", RUNNING, now, row[0])
            self._event(row[0], "status", {"status": RUNNING})
        return self.get(row[0])

    def progress(self, job_id: str, line: str) -> None:
        with self._write():
            self._event(job_id, "progress", {"line": line})

    def finish(
        self, job_id: str, status: str, result: dict | None = None, error: dict | None = None
    ) -> bool:
        """Record the end of a job, once: False when it had already finished (cancelled)."""
        with self._write():
            done = self._tx(
                "UPDATE jobs SET status = ?, updated = ?, result = ?, error = ? "
                "WHERE id = ? AND status NOT IN (?, ?, ?, ?)",
                status, time.time(), _dump(result), _dump(error), job_id, *sorted(FINISHED),
            ).rowcount  # fmt: skip
            if done:
                self._event(job_id, "status", {"status": status, "error": error})
        return bool(done)

    def cancel_queued(self, job_id: str) -> bool:
        """Cancel a job that has not started; False if it is running or finished."""
        with self._write():
            done = self._tx(
                "UPDATE jobs SET status = ?, updated = ? WHERE id = ? AND status = ?",
                CANCELLED, time.time(), job_id, QUEUED,
            ).rowcount  # fmt: skip
            if done:
                self._event(job_id, "status", {"status": CANCELLED, "error": None})
        return bool(done)

    def recover(self) -> int:
        """After a restart: running jobs were interrupted (failed, with why). Returns how
        many jobs are still queued."""
        error = {"message": INTERRUPTED, "hint": INTERRUPTED_HINT}
        with self._lock:
            running = [r[0] for r in self._tx("SELECT id FROM jobs WHERE status = ?", RUNNING)]
        for job_id in running:
            self.finish(job_id, FAILED, error=error)
        with self._lock:
            return self._tx("SELECT COUNT(*) FROM jobs WHERE status = ?", QUEUED).fetchone()[0]

    def _event(self, job_id: str, kind: str, data: dict) -> None:
        """Append an event (inside the caller's transaction)."""
        row = self._tx("SELECT COALESCE(MAX(n), -1) + 1 FROM events WHERE job = ?", job_id)
        n = row.fetchone()[0]
        data = {**data, "time": round(time.time(), 3)}
        self._tx(
            "INSERT INTO events (job, n, type, data) VALUES (?, ?, ?, ?)",
            job_id, n, kind, json.dumps(data, ensure_ascii=False),
        )  # fmt: skip

    # --- reading -----------------------------------------------------------------------

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            row = self._tx(f"SELECT {_COLUMNS} FROM jobs WHERE id = ?", job_id).fetchone()
            if row is None:
                return None
            job = _job(row)
            if job.status == QUEUED:
                ahead = self._tx(
                    "SELECT COUNT(*) FROM jobs WHERE status = ? AND seq < ?", QUEUED, row[-1]
                ).fetchone()[0]
                job = _with_position(job, ahead + 1)
        return job

    def source(self, job_id: str) -> str:
        with self._lock:
            return self._tx("SELECT source FROM jobs WHERE id = ?", job_id).fetchone()[0]

    def recent(self, limit: int = 100) -> list[Job]:
        """The newest jobs, newest first, without their results (the queue's view)."""
        with self._lock:
            rows = self._tx(
                "SELECT id, name, kind, status, created, updated, options, error, NULL, seq "
                "FROM jobs ORDER BY seq DESC LIMIT ?",
                limit,
            ).fetchall()
        jobs, position = [], 0
        for row in reversed(rows):  # oldest first, to number the queue
            job = _job(row)
            if job.status == QUEUED:
                position += 1
                job = _with_position(job, position)
            jobs.append(job)
        return jobs[::-1]

    def events(self, job_id: str, after: int = -1) -> tuple[list[dict], str | None]:
        """Events numbered after `after`, and the job's status read in the same snapshot."""
        with self._lock:
            rows = self._tx(
                "SELECT n, type, data FROM events WHERE job = ? AND n > ? ORDER BY n",
                job_id, after,
            ).fetchall()  # fmt: skip
            status = self._tx("SELECT status FROM jobs WHERE id = ?", job_id).fetchone()
        events = [{"n": n, "type": t, **json.loads(d)} for n, t, d in rows]
        return events, status[0] if status else None

    def progress_lines(self, job_id: str) -> list[str]:
        events, _ = self.events(job_id)
        return [e["line"] for e in events if e["type"] == "progress"]

    def result_of(self, job_id: str) -> dict | None:
        with self._lock:
            row = self._tx("SELECT result FROM jobs WHERE id = ?", job_id).fetchone()
        return json.loads(row[0]) if row and row[0] else None


def _private(path: Path) -> None:
    """Unpublished articles are for this user only: the folder 0700 (when Plume made it, or
    it is this user's own and not a shared one such as /tmp), the database 0600 before
    SQLite opens it (its -wal and -shm files take the database's mode)."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.stat()
    if info.st_uid == os.getuid() and not info.st_mode & stat.S_ISVTX:
        folder.chmod(0o700)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for file in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        if file.exists():
            file.chmod(0o600)


_COLUMNS = "id, name, kind, status, created, updated, options, error, result, seq"


def _job(row: tuple) -> Job:
    job_id, name, kind, status, created, updated, options, error, result, _seq = row
    return Job(
        job_id,
        name,
        kind,
        status,
        created,
        updated,
        json.loads(options),
        json.loads(error) if error else None,
        json.loads(result) if result else None,
    )


def _with_position(job: Job, position: int) -> Job:
    return replace(job, position=position)


def _dump(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
