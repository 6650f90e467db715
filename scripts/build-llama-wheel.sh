#!/usr/bin/env bash
# Build llama-cpp-python portably and install it into the given Python's environment.
#
# A plain `pip install llama-cpp-python` compiles llama.cpp with GGML_NATIVE=ON, i.e. for
# the build machine's CPU (AVX-512, AMX where present). The result dies with SIGILL on a CPU
# without them, and pip's wheel cache hands that wheel to every later install on the machine.
# Here the CPU kernels are pinned to x86-64-v3 (SSE4.2, AVX, AVX2, FMA, F16C, BMI2), which
# every x86-64 server of the last decade runs, with AVX-512 and AMX off. The wheel is built
# with pip's cache off and kept in a wheelhouse whose name holds the version and the flags,
# so a wheel built with other flags is never reused.
set -euo pipefail
PY="${1:?usage: build-llama-wheel.sh PYTHON}"
VERSION="0.3.36"
FLAGS="-DGGML_NATIVE=OFF -DGGML_CPU_ALL_VARIANTS=OFF -DGGML_BACKEND_DL=OFF \
-DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
-DGGML_AVX_VNNI=OFF -DGGML_AVX512=OFF -DGGML_AVX512_VBMI=OFF -DGGML_AVX512_VNNI=OFF -DGGML_AVX512_BF16=OFF \
-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF \
-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF"
case "$(uname -m)" in
  x86_64) ;;
  *) FLAGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF" ;;  # the compiler's baseline
esac
KEY="$(printf '%s %s %s' "$VERSION" "$FLAGS" "$("$PY" -c 'import sys; print(sys.version_info[:2])')" | cksum | cut -d' ' -f1)"
WHEELHOUSE="${XDG_CACHE_HOME:-$HOME/.cache}/tandem/wheels/llama-cpp-python-$VERSION-$KEY"
if ! ls "$WHEELHOUSE"/llama_cpp_python-*.whl >/dev/null 2>&1; then
  echo "building llama-cpp-python $VERSION portably (about 20 minutes on 2 cores, once per machine)"
  echo "CMAKE_ARGS=$FLAGS"
  mkdir -p "$WHEELHOUSE.tmp"
  CMAKE_ARGS="$FLAGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" FORCE_CMAKE=1 \
    "$PY" -m pip wheel --quiet --no-cache-dir --no-deps --no-binary llama-cpp-python \
    -w "$WHEELHOUSE.tmp" "llama-cpp-python==$VERSION"
  rm -rf "$WHEELHOUSE" && mv "$WHEELHOUSE.tmp" "$WHEELHOUSE"
  printf '%s\n' "$FLAGS" > "$WHEELHOUSE/CMAKE_ARGS"
fi
"$PY" -m pip install --quiet --no-deps --force-reinstall "$WHEELHOUSE"/llama_cpp_python-*.whl
"$PY" -m pip install --quiet "llama-cpp-python[server]==$VERSION"
