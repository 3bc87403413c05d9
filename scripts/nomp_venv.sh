#!/usr/bin/env bash
# A Python whose llama-cpp-python is built without OpenMP (-DGGML_OPENMP=OFF: ggml's own
# threadpool), for `python -m scripts.under_load MODEL --nomp DIR/bin/python`. Outside the clone:
#
#   scripts/nomp_venv.sh /work/nomp-venv     # the wheel: ~55 min on 2 cores at load ~10, then cached
#
# The wheel is built from the very sdist scripts/build_llama_tool.sh fetched (same source as the
# project's llama-cpp-python, same flags but OpenMP; no multimodal library) into
# $PLUME_CACHE/llama.cpp-VERSION/nomp-wheels/. The venv holds that llama-cpp-python only and
# reads every other package from this checkout's .venv (a .pth file); run it from the checkout.
set -euo pipefail
OUT="${1:?usage: scripts/nomp_venv.sh DIR}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
VERSION="$("$PY" -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')"
CACHE="${PLUME_CACHE:-$HOME/.cache/plume}/llama.cpp-$VERSION"
SDIST="$CACHE/work/src/llama_cpp_python-$VERSION.tar.gz"
WHEELS="$CACHE/nomp-wheels"
if ! ls "$WHEELS"/llama_cpp_python-"$VERSION"-*.whl >/dev/null 2>&1; then
    [ -f "$SDIST" ] || PYTHON="$PY" "$ROOT/scripts/build_llama_tool.sh" llama-bench >/dev/null
    CMAKE_ARGS="-DGGML_OPENMP=OFF -DLLAVA_BUILD=OFF" "$PY" -m pip wheel --no-deps --no-cache-dir \
        -w "$WHEELS" "$SDIST"
fi
"$("$PY" -c 'import sys; print(sys.base_prefix)')/bin/python3" -m venv "$OUT"
"$OUT/bin/python" -m pip install --quiet --no-deps "$WHEELS"/llama_cpp_python-"$VERSION"-*.whl
"$PY" -c 'import site; print(site.getsitepackages()[0])' >"$("$OUT/bin/python" -c \
    'import site; print(site.getsitepackages()[0])')/plume-deps.pth"
"$OUT/bin/python" -c 'import llama_cpp; assert b"OPENMP = 1" not in llama_cpp.llama_print_system_info()'
echo "$OUT/bin/python"
