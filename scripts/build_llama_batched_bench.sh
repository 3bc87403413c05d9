#!/usr/bin/env bash
# Build llama.cpp's `llama-batched-bench` from the very source llama-cpp-python compiled: the
# anchor for Plume's in-process batching (`--parallel N`), the same model and threads.
#
#   scripts/build_llama_batched_bench.sh   # → ~/.cache/plume/llama-batched-bench-VERSION/bin/…
#
# Cached outside the clone (PLUME_CACHE, default ~/.cache/plume), keyed by the pinned
# llama-cpp-python version; the sdist is fetched with pip (as scripts/build_llama_bench.sh
# does) and its vendored llama.cpp configured with llama-cpp-python's CPU-build flags, the
# libraries linked statically so the binary runs from the cache alone. Minutes on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')"
TARGET=llama-batched-bench
OUT="${PLUME_CACHE:-$HOME/.cache/plume}/$TARGET-$VERSION"
BIN="$OUT/bin/$TARGET"
JOBS="${JOBS:-$(nproc)}"

if [ -x "$BIN" ]; then
    echo "$BIN"
    exit 0
fi
mkdir -p "$OUT"
exec 9>"$OUT.lock"
flock 9  # one build at a time; a second caller waits, then finds the binary
if [ -x "$BIN" ]; then
    echo "$BIN"
    exit 0
fi
WORK="$OUT/work"
SRC="$WORK/src/llama_cpp_python-$VERSION"
if [ ! -d "$SRC/vendor/llama.cpp" ]; then
    mkdir -p "$WORK/src"
    "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: \
        "llama-cpp-python==$VERSION" -d "$WORK/src"
    tar -xzf "$WORK/src/llama_cpp_python-$VERSION.tar.gz" -C "$WORK/src"
fi

# The sdist has no git history: stop git from reporting this checkout's commit as llama.cpp's.
GIT_CEILING_DIRECTORIES="$WORK/src" cmake -S "$SRC/vendor/llama.cpp" -B "$WORK/cmake" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF \
    -DLLAMA_BUILD_COMMON=ON \
    -DLLAMA_CURL=OFF \
    -DLLAMA_OPENSSL=OFF \
    -DLLAMA_BUILD_TESTS=OFF \
    -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_SERVER=OFF \
    >"$WORK/configure.log"
cmake --build "$WORK/cmake" --target "$TARGET" -j "$JOBS" >&2
mkdir -p "$OUT/bin"
cp "$WORK/cmake/bin/$TARGET" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
rm -rf "$WORK"
echo "$BIN"
