"""`BatchedLlamaGenerator`: N articles in flight in one llama.cpp context (`--parallel N`).

Each article's worker thread calls `generate()`, which hands the request to one scheduler
thread that owns the context. The scheduler gives the request a sequence of its own (a `Slot`:
the free one whose cache shares the longest prefix with the prompt, so an article keeps its
system message and source cached from one call to the next), evaluates the prompt's new tail,
and then decodes one token of every active sequence per `llama_decode`, sampling each with its
own chain and seed. A sequence's KV cache is a stream of its own (see `runtime`), so what it
generates does not depend on what the others do: the same seed gives the same text at any N.
"""

from __future__ import annotations

import atexit
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from engine.config import Settings
from engine.errors import ModelError
from engine.llm import Generation, Message, OnText, Timings
from engine.llm.llama.generator import Prompting, Stream, backend_sampling, token_budget
from engine.llm.llama.runtime import Runtime, Slot

SWITCH_INTERVAL_S = 0.0005


@dataclass
class _Request:
    tokens: list[int]
    budget: int
    stop: Sequence[str]
    on_text: OnText | None
    temperature: float
    seed: int
    started: float
    done: threading.Event = field(default_factory=threading.Event)
    result: Generation | None = None
    error: BaseException | None = None


@dataclass
class _Active:
    """A request being decoded: its slot, its text so far, the token to feed next."""

    request: _Request
    slot: Slot
    stream: Stream
    reused: int = 0
    token: int = -1
    first_token_at: float = 0.0
    prompt_ms: float = 0.0
    eval_tokens: int = 0
    eval_ms: float = 0.0


class BatchedLlamaGenerator:
    """A GGUF model serving up to `n_seq` generations at once. Implements `Generator`;
    `generate` may be called from any number of threads."""

    def __init__(self, path: Path, settings: Settings, n_seq: int) -> None:
        self._runtime = runtime = Runtime(path, settings, n_seq=n_seq)
        self.path = runtime.path
        self.name = self.path.stem
        self.settings = settings
        self.parallel = n_seq
        self.threads = runtime.threads
        self.gpu_layers = runtime.gpu_layers
        self.backend_sampling = backend_sampling(settings, runtime.gpu_layers)
        try:
            self._prompting = Prompting(runtime, self.name)
        except Exception:
            runtime.close()
            raise
        self.chat_template_source = self._prompting.chat_template_source
        self.render = self._prompting.render
        self.tokenize = self._prompting.tokenize
        self.widest_step = 0  # the most sequences decoded in one llama_decode so far
        self._requests: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()
        self._waiting: deque[_Request] = deque()  # taken from the queue, not started yet
        self._open = threading.Event()
        self._open.set()
        # After each decode the scheduler needs the GIL back for a few microseconds of Python;
        # an article thread in a spaCy pass would hold it for up to the switch interval (5 ms
        # by default, longer than a whole decode on a GPU): ask for it back sooner.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._thread = threading.Thread(target=self._serve, name="plume-llama", daemon=True)
        self._thread.start()
        # On Ctrl-C the process exits with article threads still waiting: stop the scheduler
        # first (it finishes the decode under way), so no llama_decode runs while llama.cpp's
        # libraries are torn down.
        atexit.register(self.close)

    @property
    def n_ctx(self) -> int:
        """The context of one sequence (each article has this much)."""
        return self._runtime.n_ctx_seq

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        on_text: OnText | None = None,
        temperature: float | None = None,
        seed: int | None = None,
    ) -> Generation:
        started = time.perf_counter()
        if not self._thread.is_alive():
            raise ModelError("The model was closed.", None)
        tokens = self.tokenize(self.render(messages))
        budget = token_budget(max_tokens, len(tokens), self._runtime.n_ctx_seq)
        settings = self.settings
        request = _Request(
            tokens,
            budget,
            self._prompting.stops(stop),
            on_text,
            settings.temperature if temperature is None else temperature,
            settings.seed if seed is None else seed,
            started,
        )
        self._requests.put(request)
        request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    # --- the scheduler thread --------------------------------------------------------------

    def pause(self) -> None:
        """Start nothing new and decode nothing until `resume`: requests queue up, then start
        together (benchmarks and tests use it to put N articles in the same decodes)."""
        self._open.clear()

    def resume(self) -> None:
        self._open.set()

    def pending(self) -> int:
        """Requests submitted and not started yet."""
        return self._requests.qsize() + len(self._waiting)

    def _serve(self) -> None:
        runtime = self._runtime
        waiting = self._waiting
        active: list[_Active] = []
        while True:
            try:
                if not active and not waiting:
                    waiting.append(self._next(block=True))
                self._open.wait()
                while True:
                    waiting.append(self._next(block=False))
            except queue.Empty:
                pass
            except _Closed:
                for request in waiting:
                    _fail(request, ModelError("The model was closed.", None))
                for item in active:
                    _fail(item.request, ModelError("The model was closed.", None))
                return
            free = [slot for slot in runtime.slots if slot.sampler is None]
            while waiting and free:
                request = waiting.popleft()
                slot = max(free, key=lambda s: (s.shared_prefix(request.tokens), -s.seq_id))
                free.remove(slot)
                item = self._start(request, slot)
                if item is not None:
                    active.append(item)
            if active:
                active = self._step(active)

    def _next(self, block: bool) -> _Request:
        request = self._requests.get(block=block)
        if request is None:
            raise _Closed
        return request

    def _start(self, request: _Request, slot: Slot) -> _Active | None:
        """Evaluate the prompt's tail in `slot` and draw the first token (None if done)."""
        runtime = self._runtime
        sampler = runtime.sampler(request.temperature, request.seed, self.backend_sampling)
        runtime.attach(slot, sampler, self.backend_sampling)
        stream = Stream(runtime.piece, request.budget, request.stop, request.on_text)
        item = _Active(request, slot, stream)
        try:
            began = time.perf_counter()
            item.reused = runtime.prefill(slot, request.tokens)
            token = runtime.sample(slot, runtime.last_index)
            item.first_token_at = time.perf_counter()
            item.prompt_ms = 1000.0 * (item.first_token_at - began)
            if item.stream.push(token, runtime.is_end(token)):
                self._finish(item)
                return None
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            runtime.forget(slot)
            runtime.detach(slot)
            _fail(request, exc)
            return None
        item.token = token
        return item

    def _step(self, active: list[_Active]) -> list[_Active]:
        """One llama_decode for every active sequence, then one token each."""
        runtime = self._runtime
        self.widest_step = max(self.widest_step, len(active))
        began = time.perf_counter()
        try:
            runtime.step([a.slot for a in active], [a.token for a in active])
        except BaseException as exc:  # noqa: BLE001 - every sequence of the batch fails
            for item in active:
                runtime.forget(item.slot)
                runtime.detach(item.slot)
                _fail(item.request, exc)
            return []
        still = []
        for index, item in enumerate(active):
            try:
                token = runtime.sample(item.slot, index)
                item.eval_tokens += 1
                if item.stream.push(token, runtime.is_end(token)):
                    item.eval_ms += 1000.0 * (time.perf_counter() - began)
                    self._finish(item)
                    continue
            except BaseException as exc:  # noqa: BLE001 - the caller's on_text failed
                runtime.detach(item.slot)
                _fail(item.request, exc)
                continue
            item.token = token
            still.append(item)
        elapsed = 1000.0 * (time.perf_counter() - began)
        for item in still:
            item.eval_ms += elapsed
        return still

    def _finish(self, item: _Active) -> None:
        self._runtime.detach(item.slot)
        request, stream = item.request, item.stream
        text = stream.finish()
        finished = time.perf_counter()
        request.result = Generation(
            text=text,
            stop_reason=stream.reason,
            timings=Timings(
                prompt_tokens=len(request.tokens),
                prompt_evaluated=len(request.tokens) - item.reused,
                prompt_ms=item.prompt_ms,
                generated_tokens=stream.count,
                eval_tokens=item.eval_tokens,
                eval_ms=item.eval_ms,
                first_token_ms=1000.0 * (item.first_token_at - request.started),
                wall_ms=1000.0 * (finished - request.started),
            ),
        )
        request.done.set()

    def close(self) -> None:
        atexit.unregister(self.close)
        self._open.set()
        if self._thread.is_alive():
            self._requests.put(None)
            self._thread.join()
        self._runtime.close()


class _Closed(Exception):
    pass


def _fail(request: _Request, error: BaseException) -> None:
    request.error = error
    request.done.set()
