#!/usr/bin/env bash
# Build llama.cpp's own `llama-bench` from the very source llama-cpp-python compiled, so that
# `plume bench` can be checked against the reference on the same model and threads.
#
#   scripts/build_llama_bench.sh            # → build/llama-bench/cmake/bin/llama-bench
#
# The sdist of the pinned llama-cpp-python is fetched with pip (the only download of the
# project) and its vendored llama.cpp is configured with the flags llama-cpp-python uses for
# a CPU build: Release, shared libraries, common library on, curl off, native CPU features.
# Only the `llama-bench` target is built (minutes on 2 cores). Nothing here is committed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')"
OUT="$ROOT/build/llama-bench"
SRC="$OUT/src/llama_cpp_python-$VERSION"
JOBS="${JOBS:-$(nproc)}"

if [ ! -d "$SRC/vendor/llama.cpp" ]; then
    mkdir -p "$OUT/src"
    "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: \
        "llama-cpp-python==$VERSION" -d "$OUT/src"
    tar -xzf "$OUT/src/llama_cpp_python-$VERSION.tar.gz" -C "$OUT/src"
fi

# The sdist has no git history: stop git from reporting this checkout's commit as llama.cpp's.
GIT_CEILING_DIRECTORIES="$OUT/src" cmake -S "$SRC/vendor/llama.cpp" -B "$OUT/cmake" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=ON \
    -DLLAMA_BUILD_COMMON=ON \
    -DLLAMA_CURL=OFF \
    -DLLAMA_BUILD_TESTS=OFF \
    -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_SERVER=OFF \
    >"$OUT/configure.log"
cmake --build "$OUT/cmake" --target llama-bench -j "$JOBS"
echo "built $OUT/cmake/bin/llama-bench (llama-cpp-python $VERSION)"
