"""The gate's report does not depend on the order Python happens to iterate a set in: the same
article and source give the same findings under any hash seed. r11-l2 drew a modality review
under some seeds and none under others (a tie between two source clauses went to whichever the
frozenset gave first)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "blind" / "honest-r11" / "r11-l2.md"
SOURCE = DATA / "wikinews" / "r11-l2.txt"


def _findings(seed: str) -> list[tuple[str, str, str]]:
    command = [sys.executable, "-m", "engine", "check", str(ARTICLE), "--source", str(SOURCE)]
    env = os.environ | {"PYTHONHASHSEED": seed}
    done = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, env=env, check=False
    )
    report = json.loads(done.stdout)
    return [(c["id"], c["severity"], c["message"]) for c in report["checks"] if not c["passed"]]


def test_the_report_is_the_same_under_every_hash_seed() -> None:
    # seeds 1 and 3 drew different modality reviews before the clauses were paired in order
    first = _findings("1")
    assert first, "the article draws findings (keyphrase, metadata, originality at least)"
    for seed in ("3", "4"):
        assert _findings(seed) == first, seed


def test_a_country_said_two_ways_is_said_by_the_same_word_in_any_order() -> None:
    """Of a sentence's words for one country (« américain », « États-Unis »), the one a
    nationality swap names is the same whatever order the sentence's lemma set yields them in."""
    from engine.gate.claims.roles import _nationalities

    words = ["américain", "états-unis"]
    assert _nationalities(iter(words)) == _nationalities(iter(reversed(words)))
