"""`plume bench`: generation speed as llama-bench measures it, and whole articles timed."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def csv_text(rows: Sequence[dict[str, object]]) -> str:
    """Rows as CSV, one header line from the first row's keys (llama-bench's layout)."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()
