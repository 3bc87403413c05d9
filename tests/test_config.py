from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

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


@pytest.mark.parametrize(
    ("values", "first", "second", "ending"),
    [
        (
            {"section_max_words": 60},
            "section_min_words=40",
            "section_max_words=60",
            "section_max_words must be at least 130.",
        ),
        (
            {"section_min_words": 220},
            "section_min_words=220",
            "section_max_words=300",
            "section_min_words must be at most 210.",
        ),
        ({"meta_min_chars": 200}, "meta_min_chars=200", "meta_max_chars=156", None),
        ({"intro_min_words": 160}, "intro_min_words=160", "intro_max_words=150", None),
        ({"density_min": 4.0}, "density_min=4.0", "density_max=3.0", None),
        ({"h2_keyphrase_min": 0.9}, "h2_keyphrase_min=0.9", "h2_keyphrase_max=0.75", None),
    ],
)
def test_contradicting_settings_are_refused_naming_both(
    values: dict, first: str, second: str, ending: str | None
) -> None:
    with pytest.raises(InputError) as err:
        Settings(**values)
    message = err.value.message
    assert message.startswith(f"Settings {first} and {second} contradict each other: ")
    if ending:
        assert message.endswith(f"so {ending}")
    names = [part.split("=")[0].upper() for part in (first, second)]
    assert err.value.hint == "Change one of them."  # true in an API answer too
    assert err.value.cli == (
        f"(Their flags, or the environment variables PLUME_{names[0]}, PLUME_{names[1]}.)"
    )


def test_the_plan_budget_range_is_never_empty_once_settings_are_valid() -> None:
    from engine.write.plan import _budget

    s = Settings(section_max_words=130)  # the smallest that is accepted
    assert s.section_words() == (80, 80)
    assert [_budget(w, s) for w in (None, 10, 500)] == [80, 80, 80]
    d = Settings()
    assert d.section_words() == (80, 250)
    assert [_budget(w, d) for w in (None, 10, 140, 500)] == [165, 80, 140, 250]


def test_cli_help_defaults_come_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help text is built from the settings' defaults, not repeated by hand."""
    import importlib

    import engine.cli
    import engine.config

    fields = {f.name: f for f in dataclasses.fields(Settings)}
    changed = {"min_words": 901, "seed": 7, "max_rounds": 5}
    for name, value in changed.items():
        monkeypatch.setattr(fields[name], "default", value)
    try:
        cli = importlib.reload(engine.cli).cli
        rewrite_help = CliRunner().invoke(cli, ["rewrite", "--help"]).output
        check_help = CliRunner().invoke(cli, ["check", "--help"]).output
    finally:
        monkeypatch.undo()
        importlib.reload(engine.cli)
    flat = " ".join(rewrite_help.split())
    assert "Minimum body words (default: the source's directive, else 901)." in flat
    assert "Sampling seed [default: 7]." in flat
    assert "Repair rounds after the first draft [default: 5]." in flat
    assert "(default: the source's directive, else 901)" in " ".join(check_help.split())
