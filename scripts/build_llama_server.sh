#!/usr/bin/env bash
# Build llama.cpp's `llama-server` from the very source llama-cpp-python compiled, for the tests
# that run Plume against a real OpenAI-compatible server on 127.0.0.1.
#
#   scripts/build_llama_server.sh     # → ~/.cache/plume/llama-server-VERSION/bin/llama-server
#
# The binary is cached outside the clone (PLUME_CACHE, default ~/.cache/plume), keyed by the
# pinned llama-cpp-python version, so a CI cache or a second clone reuses it. The sdist is
# fetched with pip (like scripts/build_llama_bench.sh) and its vendored llama.cpp configured
# with llama-cpp-python's CPU-build flags; the libraries are linked statically, so the binary
# runs from the cache alone. Only the `llama-server` target is built.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
VERSION="$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))' \
    2>/dev/null || echo 0.3.36)"
CACHE="${PLUME_CACHE:-$HOME/.cache/plume}"
OUT="$CACHE/llama-server-$VERSION"
BIN="$OUT/bin/llama-server"
JOBS="${JOBS:-$(nproc)}"

if [ -x "$BIN" ]; then
    echo "$BIN"
    exit 0
fi
# One build at a time: a second clone (or CI job) waits for the first, then finds the binary.
mkdir -p "$CACHE"
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
started=$(date +%s)
cmake --build "$WORK/cmake" --target llama-server -j "$JOBS" >&2
mkdir -p "$OUT/bin"
cp "$WORK/cmake/bin/llama-server" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
echo "built $BIN (llama-cpp-python $VERSION) in $(( $(date +%s) - started )) s" >&2
rm -rf "$WORK"
echo "$BIN"
