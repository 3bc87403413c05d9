"""Every default and threshold of Plume, in one typed settings object.

Each field can be overridden from the environment as ``PLUME_<FIELD>`` (``PLUME_MIN_WORDS=900``),
and from the command line where a flag exists. Values are validated once, here, so the rest of
the code can trust them.
"""

from __future__ import annotations

import dataclasses
import math
import os
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from engine.errors import InputError

ENV_PREFIX = "PLUME_"
# llama.cpp's CPU threads wait at a barrier after every operation; libgomp's waiting threads spin
# GOMP_SPINCOUNT rounds, then sleep. Plume chooses the count when llama.cpp loads, from how busy
# the machine's CPUs are (engine/llm/threads.py; the user's OMP_WAIT_POLICY or GOMP_SPINCOUNT
# win). README, "Threads: idle and under load": the table these come from.
OPENMP_SPIN_COUNT = 1_000  # a quiet machine: spin this many rounds, then sleep
OPENMP_SPIN_COUNT_BUSY = 0  # a busy one: sleep at once (a spinning thread takes a busy CPU)
BUSY_CPUS = 0.5  # busy: other processes keep this many CPUs busy, beyond those Plume leaves
BUSY_SAMPLE_S = 0.2  # how long the CPUs are watched, just before llama.cpp loads
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_models_dir() -> Path:
    """The checkout's `models/` when run from a checkout, else a per-user folder."""
    if (PROJECT_ROOT / "pyproject.toml").is_file() and (PROJECT_ROOT / "models").is_dir():
        return PROJECT_ROOT / "models"
    return Path.home() / ".local" / "share" / "plume" / "models"


def _default_data_dir() -> Path:
    """Where `plume serve` keeps its jobs: $XDG_DATA_HOME/plume, else ~/.local/share/plume."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "plume"


def _range(lo: float | None = None, hi: float | None = None, doc: str = "") -> dict:
    return {"ge": lo, "le": hi, "doc": doc}


@dataclass(frozen=True)
class Settings:
    # --- backend (engine/llm): which one, and articles in flight -----------------------
    backend: str | None = field(default=None, metadata=_range(doc="default: openai if a server"))
    parallel: int = field(default=1, metadata=_range(1, 256, "articles of a folder in flight"))

    # --- backend `openai`: an OpenAI-compatible server (the API key: PLUME_API_KEY) ------
    server: str | None = field(default=None, metadata=_range(doc="base URL, e.g. :8080"))
    server_model: str | None = field(default=None, metadata=_range(doc="default: the server's"))
    server_timeout: float = field(default=300.0, metadata=_range(0.01, 86400, "s without data"))
    server_retries: int = field(default=3, metadata=_range(0, 20, "after a timeout or a 5xx"))
    server_backoff: float = field(default=1.0, metadata=_range(0.0, 600, "s, doubled each retry"))

    # --- backend `llama`: a GGUF file in-process ---------------------------------------
    model: str | None = field(default=None, metadata=_range(doc="GGUF path or manifest name"))
    models_dir: Path = field(default_factory=_default_models_dir)
    n_ctx: int = field(default=0, metadata=_range(0, 131072, "context in tokens; 0 = sized"))
    threads: int = field(default=0, metadata=_range(0, 512, "CPU threads; 0 = physical cores"))
    gpu_layers: int = field(default=-1, metadata=_range(-1, 10000, "-1 = auto, 0 = CPU only"))
    n_batch: int = field(default=512, metadata=_range(1, 65536, "prompt batch size"))
    n_ubatch: int = field(default=512, metadata=_range(1, 65536, "physical batch size"))
    flash_attn: int = field(default=-1, metadata=_range(-1, 1, "-1 auto, 0 off, 1 on"))
    backend_sampling: int = field(default=-1, metadata=_range(-1, 1, "-1 auto (on a GPU), 0, 1"))

    # --- sampling (every backend; a server gets them with each request) ----------------
    seed: int = field(default=42, metadata=_range(0, 2**32 - 1))
    temperature: float = field(default=0.6, metadata=_range(0.0, 2.0))
    top_p: float = field(default=0.9, metadata=_range(0.0, 1.0))
    top_k: int = field(default=40, metadata=_range(0, 1000))
    repeat_penalty: float = field(default=1.1, metadata=_range(0.5, 2.0))
    max_rounds: int = field(default=3, metadata=_range(0, 10, "repair rounds after the first"))
    tokens_per_word: float = field(default=2.2, metadata=_range(1.0, 6.0, "French, for budgets"))
    plan_max_tokens: int = field(default=700, metadata=_range(64, 8192))

    # --- plume serve -------------------------------------------------------------------
    data_dir: Path = field(default_factory=_default_data_dir)  # jobs.sqlite3 lives here
    serve_host: str = field(default="127.0.0.1", metadata=_range(doc="loopback unless a token"))
    serve_port: int = field(default=8765, metadata=_range(0, 65535))
    serve_lang: str = field(default="", metadata=_range(doc="page: fr, en; empty: the browser's"))
    serve_max_bytes: int = field(default=2_000_000, metadata=_range(1024, 2**31, "request body"))
    serve_source_chars: int = field(
        default=24_000, metadata=_range(1000, 10**7, "longest text any endpoint parses")
    )
    serve_login_hours: float = field(default=12.0, metadata=_range(0.01, 720, "login cookie"))

    # --- bench (llama-bench's defaults) ------------------------------------------------
    bench_prompt_tokens: int = field(default=512, metadata=_range(0, 131072, "pp test size"))
    bench_gen_tokens: int = field(default=128, metadata=_range(0, 131072, "tg test size"))
    bench_reps: int = field(default=5, metadata=_range(1, 1000, "repetitions after warm-up"))

    # --- gate: length and structure ----------------------------------------------------
    min_words: int = field(default=700, metadata=_range(50, 20000))
    min_h2: int = field(default=3, metadata=_range(1, 50))
    intro_min_words: int = field(default=40, metadata=_range(0, 1000))
    intro_max_words: int = field(default=150, metadata=_range(1, 2000))
    section_min_words: int = field(default=40, metadata=_range(0, 2000))
    section_max_words: int = field(default=300, metadata=_range(1, 5000))
    heading_max_chars: int = field(default=70, metadata=_range(10, 500))

    # --- gate: keyphrase ---------------------------------------------------------------
    density_min: float = field(default=0.5, metadata=_range(0.0, 100.0, "percent"))
    density_max: float = field(default=3.0, metadata=_range(0.0, 100.0, "percent"))
    h2_keyphrase_min: float = field(default=0.30, metadata=_range(0.0, 1.0))
    h2_keyphrase_max: float = field(default=0.75, metadata=_range(0.0, 1.0))

    # --- gate: metadata ----------------------------------------------------------------
    title_max_chars: int = field(default=60, metadata=_range(10, 500))
    meta_min_chars: int = field(default=120, metadata=_range(0, 1000))
    meta_max_chars: int = field(default=156, metadata=_range(10, 1000))
    slug_max_chars: int = field(default=75, metadata=_range(5, 500))

    # --- gate: originality and repetition ----------------------------------------------
    copy_run_max_words: int = field(default=15, metadata=_range(1, 1000))
    copied_run_min_words: int = field(default=5, metadata=_range(1, 100))
    copied_share_max: float = field(default=0.40, metadata=_range(0.0, 1.0))
    repeat_min_words: int = field(default=8, metadata=_range(1, 1000))

    # --- soft check: readability (Yoast's French rules) --------------------------------
    long_sentence_words: int = field(default=20, metadata=_range(1, 1000))
    long_sentence_share_max: float = field(default=0.25, metadata=_range(0.0, 1.0))
    paragraph_max_words: int = field(default=150, metadata=_range(1, 5000))
    passive_share_max: float = field(default=0.10, metadata=_range(0.0, 1.0))
    transition_share_min: float = field(default=0.30, metadata=_range(0.0, 1.0))
    same_start_max_run: int = field(default=2, metadata=_range(1, 100))
    # Kandel–Moles: Yoast marks French text under 50 as difficult (red), 50–60 as fairly so.
    reading_ease_min: float = field(default=50.0, metadata=_range(0.0, 120.0))

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            lo, hi = f.metadata.get("ge"), f.metadata.get("le")
            value = getattr(self, f.name)
            is_number = isinstance(value, int | float) and not isinstance(value, bool)
            if isinstance(value, float) and not math.isfinite(value):  # NaN passes any test
                raise InputError(
                    f"Setting {f.name}={value} is not a number Plume can use.",
                    f"Use a value between {lo} and {hi}.",
                    cli=f"(Its flag, or the environment variable {ENV_PREFIX}{f.name.upper()}.)",
                )
            if is_number and ((lo is not None and value < lo) or (hi is not None and value > hi)):
                raise InputError(
                    f"Setting {f.name}={_shown(value)} is out of range.",
                    f"Use a value between {lo} and {hi}.",
                    cli=f"(Its flag, or the environment variable {ENV_PREFIX}{f.name.upper()}.)",
                )
        for low, high in ORDERED_PAIRS:
            if getattr(self, low) > getattr(self, high):
                raise _contradiction(
                    self, low, high, f"{low} must not be above {high}, or no text can pass"
                )
        smallest, largest = self.section_words()
        if smallest > SECTION_PLAN_MAX_WORDS:
            raise _contradiction(
                self,
                "section_min_words",
                "section_max_words",
                f"a section is planned at most {SECTION_PLAN_MAX_WORDS} words long and "
                f"{SECTION_MARGIN_BELOW} above section_min_words, so section_min_words must be "
                f"at most {SECTION_PLAN_MAX_WORDS - SECTION_MARGIN_BELOW}",
            )
        if largest < smallest:
            raise _contradiction(
                self,
                "section_min_words",
                "section_max_words",
                f"a section is planned at least {smallest} words long (section_min_words + "
                f"{SECTION_MARGIN_BELOW}, {SECTION_PLAN_MIN_WORDS} at least) and "
                f"{SECTION_MARGIN_ABOVE} words under section_max_words, so section_max_words "
                f"must be at least {smallest + SECTION_MARGIN_ABOVE}",
            )

    def section_words(self) -> tuple[int, int]:
        """The range a planned section's word budget is kept in, well inside the gate's
        section limits (a model writes a little more or less than asked)."""
        smallest = max(self.section_min_words + SECTION_MARGIN_BELOW, SECTION_PLAN_MIN_WORDS)
        largest = min(self.section_max_words - SECTION_MARGIN_ABOVE, SECTION_PLAN_MAX_WORDS)
        return smallest, largest

    def replace(self, **changes: object) -> Settings:
        """A copy with `changes` applied; None values mean 'keep the current one'."""
        kept = {k: v for k, v in changes.items() if v is not None}
        unknown = set(kept) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {sorted(unknown)}")
        return dataclasses.replace(self, **kept)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then `PLUME_*` variables, then explicit overrides (CLI flags)."""
        environ = os.environ if environ is None else environ
        hints = typing.get_type_hints(cls)
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw.strip() != "":
                values[f.name] = _parse(f.name, raw.strip(), hints[f.name])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


# Settings that bound a range from below and above: the first may not exceed the second.
ORDERED_PAIRS = (
    ("intro_min_words", "intro_max_words"),
    ("section_min_words", "section_max_words"),
    ("density_min", "density_max"),
    ("h2_keyphrase_min", "h2_keyphrase_max"),
    ("meta_min_chars", "meta_max_chars"),
)
# A planned section's budget keeps inside the gate's limits: 40 words above the minimum, 50
# below the maximum (a model writes a little more or less than asked), within 80–250.
# A source longer than this may hold several stories (a page of briefs, a newsletter): said.
SEVERAL_STORIES_WORDS = 1_500
SECTION_MARGIN_BELOW = 40
SECTION_MARGIN_ABOVE = 50
SECTION_PLAN_MIN_WORDS = 80
SECTION_PLAN_MAX_WORDS = 250


def _contradiction(settings: Settings, first: str, second: str, why: str) -> InputError:
    return InputError(
        f"Settings {first}={getattr(settings, first)} and {second}={getattr(settings, second)} "
        f"contradict each other: {why}.",
        "Change one of them.",
        cli=f"(Their flags, or the environment variables {ENV_PREFIX}{first.upper()}, "
        f"{ENV_PREFIX}{second.upper()}.)",
    )


def _shown(value: object) -> str:
    """A value for a message: a number of hundreds of digits is cut."""
    text = str(value)
    return text if len(text) <= 24 else f"{text[:20]}… ({len(text)} digits)"


def default_of(name: str) -> object:
    """The default of setting `name`, for help texts (one source of truth)."""
    f = next(f for f in dataclasses.fields(Settings) if f.name == name)
    return f.default_factory() if f.default is dataclasses.MISSING else f.default  # type: ignore[misc]


def _parse(name: str, raw: str, hint: object) -> object:
    kinds = [t for t in typing.get_args(hint) if t is not type(None)] or [hint]
    kind = kinds[0]
    try:
        if kind is Path:
            return Path(raw).expanduser()
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw.replace(",", "."))
        return raw
    except ValueError:
        raise InputError(
            f"Environment variable {ENV_PREFIX}{name.upper()}={raw!r} is not a number.",
            "Set it to a number (for example 700 or 0.5) or unset it.",
        ) from None
