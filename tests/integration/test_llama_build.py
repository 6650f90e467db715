"""The llama.cpp build the LLM tests run on: portable kernels, and it really completes a prompt.

A build tuned to the build machine's CPU (GGML_NATIVE, AVX-512, AMX) dies with SIGILL on
another CPU; scripts/build-llama-wheel.sh pins x86-64-v3 kernels. These tests read the
flags the library was compiled with and run a completion in a child process, so a crash
is reported as a signal rather than taking pytest down with it.
"""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

from bench.processes import describe_exit
from tests.integration.conftest import gguf_model

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]

COMPLETE = """
import sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_ctx=256, n_threads=2, verbose=False)
out = llm.create_completion("The capital of France is", max_tokens=6, temperature=0)
print(repr(out["choices"][0]["text"]))
"""


def system_info() -> str:
    import llama_cpp

    return str(llama_cpp.llama_print_system_info().decode())


@pytest.mark.skipif(platform.machine() != "x86_64", reason="the pinned kernel set is for x86-64")
def test_the_library_is_built_without_cpu_specific_kernels() -> None:
    info = system_info()
    assert "AVX2 = 1" in info, info  # the x86-64-v3 baseline the build script pins
    for feature in ("AVX512", "AVX512_VBMI", "AVX512_VNNI", "AVX512_BF16", "AMX_INT8", "AVX_VNNI"):
        assert f"{feature} = 1" not in info, f"{feature} kernels compiled in: {info}"


def test_the_build_script_pins_portable_flags() -> None:
    script = (REPO / "scripts" / "build-llama-wheel.sh").read_text(encoding="utf-8")
    assert "-DGGML_NATIVE=OFF" in script and "-DGGML_AVX512=OFF" in script and "-DGGML_AMX_INT8=OFF" in script
    assert "--no-cache-dir" in script  # pip's wheel cache never hands out a natively built wheel


def test_the_built_library_runs_a_completion(tmp_path: Path) -> None:
    model = gguf_model(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", COMPLETE, str(model)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{describe_exit(done.returncode)}\n{done.stderr[-2000:]}"
    assert len(done.stdout.strip()) > 2
