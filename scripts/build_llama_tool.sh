#!/usr/bin/env bash
# Build one of llama.cpp's own tools from the very source llama-cpp-python compiled, so that
# Plume can be run against a real server and measured against llama.cpp's own benchmarks on
# the same model and threads.
#
#   scripts/build_llama_tool.sh llama-server          # tests against a real server (make test)
#   scripts/build_llama_tool.sh llama-bench           # the reference for `plume bench`
#   scripts/build_llama_tool.sh llama-batched-bench   # the anchor for `--parallel N`
#
# Prints the binary's path: ~/.cache/plume/llama.cpp-VERSION/bin/TARGET. The cache is outside
# the clone (PLUME_CACHE moves it), keyed by the pinned llama-cpp-python version, so clones and
# CI runs reuse it. The sdist is fetched with pip, its vendored llama.cpp configured with
# llama-cpp-python's CPU-build flags and the libraries linked statically (the binary runs from
# the cache alone). The cmake tree is kept, so a second target compiles only its own files.
set -euo pipefail

TARGET="${1:?usage: scripts/build_llama_tool.sh llama-server|llama-bench|llama-batched-bench}"
case "$TARGET" in
    llama-server | llama-bench | llama-batched-bench) ;;
    *) echo "unknown target $TARGET: llama-server, llama-bench or llama-batched-bench" >&2; exit 2 ;;
esac
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))' \
    2>/dev/null || echo 0.3.36)"
CACHE="${PLUME_CACHE:-$HOME/.cache/plume}"
OUT="$CACHE/llama.cpp-$VERSION"
BIN="$OUT/bin/$TARGET"
JOBS="${JOBS:-$(nproc)}"

if [ -x "$BIN" ]; then
    echo "$BIN"
    exit 0
fi
# One build at a time: a second clone (or CI job) waits for the first, then finds the binary.
mkdir -p "$OUT"
exec 9>"$OUT.lock"
flock 9
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

if [ ! -f "$WORK/cmake/build.ninja" ]; then
    # The sdist has no git history: stop git from reporting this checkout's commit as llama.cpp's.
    GIT_CEILING_DIRECTORIES="$WORK/src" cmake -S "$SRC/vendor/llama.cpp" -B "$WORK/cmake" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_SHARED_LIBS=OFF \
        -DLLAMA_BUILD_COMMON=ON \
        -DLLAMA_CURL=OFF \
        -DLLAMA_OPENSSL=OFF \
        -DLLAMA_BUILD_TESTS=OFF \
        -DLLAMA_BUILD_EXAMPLES=OFF \
        -DLLAMA_BUILD_TOOLS=ON \
        -DLLAMA_BUILD_SERVER=ON \
        >"$WORK/configure.log"
fi
started=$(date +%s)
cmake --build "$WORK/cmake" --target "$TARGET" -j "$JOBS" >&2
mkdir -p "$OUT/bin"
cp "$WORK/cmake/bin/$TARGET" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
echo "built $BIN (llama-cpp-python $VERSION) in $(( $(date +%s) - started )) s" >&2
echo "$BIN"
