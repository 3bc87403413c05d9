from __future__ import annotations

from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import InputError


def test_defaults_follow_the_design() -> None:
    s = Settings()
    assert (s.min_words, s.max_rounds, s.min_h2) == (700, 3, 3)
    assert (s.density_min, s.density_max) == (0.5, 3.0)
    assert (s.meta_min_chars, s.meta_max_chars, s.title_max_chars) == (120, 156, 60)


def test_environment_overrides_with_prefix() -> None:
    s = Settings.from_env({"PLUME_MIN_WORDS": "900", "PLUME_DENSITY_MAX": "2,5"})
    assert s.min_words == 900
    assert s.density_max == 2.5


def test_flags_win_over_environment() -> None:
    s = Settings.from_env({"PLUME_SEED": "5"}, seed=9, threads=None)
    assert s.seed == 9
    assert s.threads == 0


def test_paths_from_environment() -> None:
    s = Settings.from_env({"PLUME_MODELS_DIR": "/srv/models"})
    assert s.models_dir == Path("/srv/models")


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(InputError, match="PLUME_MIN_WORDS='beaucoup' is not a number"):
        Settings.from_env({"PLUME_MIN_WORDS": "beaucoup"})


def test_out_of_range_value_says_the_range() -> None:
    with pytest.raises(InputError) as err:
        Settings(max_rounds=50)
    assert "max_rounds=50 is out of range" in str(err.value)
    assert "between 0 and 10" in err.value.hint
