"""The offline embedder: normalised vectors, and each text computed once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

from aurixa.core.embeddings import (
    DEFAULT_MODEL,
    FLOAT_MODEL,
    INT8_MODEL,
    CachedEmbedder,
    OnnxMiniLM,
    Vectors,
    get_embedder,
    is_cached,
    quantized_model_file,
)
from aurixa.core.errors import ConfigurationError


class Counting:
    """The real model, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.model = OnnxMiniLM()
        self.name, self.dim = self.model.name, self.model.dim
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        return self.model.embed(texts)


def test_vectors_are_unit_length_and_similar_texts_are_close() -> None:
    vectors = get_embedder().embed(
        ["I need to book an appointment", "schedule a visit with my doctor", "bake a cake"]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_cache_returns_the_models_vectors_and_computes_each_text_once() -> None:
    inner = Counting()
    cached = CachedEmbedder(inner, max_entries=3)
    first = cached.embed(["parking", "opening hours", "parking"])
    assert inner.texts == ["parking", "opening hours"]
    again = cached.embed(["opening hours", "refills"])
    assert inner.texts == ["parking", "opening hours", "refills"]
    assert np.allclose(again[0], first[1])
    assert np.allclose(again[1], inner.model.embed(["refills"])[0], atol=1e-6)
    cached.embed(["flu shots"])  # beyond three entries the least recently used goes
    cached.embed(["parking"])
    assert inner.texts[-1] == "parking"
    assert cached.embed([]).shape == (0, 384)


def test_is_cached_tells_whether_embedding_would_only_look_up() -> None:
    inner = Counting()
    cached = CachedEmbedder(inner)
    assert not is_cached(cached, ["parking"])
    cached.embed(["parking"])
    assert is_cached(cached, ["parking"])
    assert not is_cached(cached, ["parking", "refills"])
    assert not is_cached(inner, ["parking"])  # an uncached embedder always computes


def test_every_name_of_the_model_shares_one_embedder_and_its_cache() -> None:
    assert get_embedder() is get_embedder(DEFAULT_MODEL)
    assert get_embedder(FLOAT_MODEL) is get_embedder("sentence-transformers/all-MiniLM-L6-v2")
    assert get_embedder() is not get_embedder(FLOAT_MODEL)


def test_the_default_model_keeps_weights_in_seven_bits(tmp_path: Path) -> None:
    """Processors without VNNI add int8 products in pairs into a saturating 16-bit
    sum; with weights in [-64, 64] (the quantizer's symmetric seven-bit range) no pair
    can leave it (255 * 64 * 2 = 32640 < 32767), so every x86 server computes the
    same integers. Eight-bit weights would not."""
    for bits, low, high in ((7, -64, 64), (8, -128, 127)):
        model = onnx.load(str(quantized_model_file(tmp_path, weight_bits=bits)))
        weights = [
            numpy_helper.to_array(t)
            for t in model.graph.initializer
            if t.data_type == onnx.TensorProto.INT8
        ]
        assert weights, "the quantized file has int8 weights"
        smallest = min(int(w.min()) for w in weights)
        largest = max(int(w.max()) for w in weights)
        assert low <= smallest
        assert largest <= high
        if bits == 8:
            assert smallest < -64 or largest > 64  # eight bits use the wider range


def test_every_variant_is_named_and_an_unknown_name_is_refused() -> None:
    assert get_embedder().name == "all-MiniLM-L6-v2-int7"
    assert get_embedder(INT8_MODEL).name == "all-MiniLM-L6-v2-int8"
    assert get_embedder(INT8_MODEL) is not get_embedder()
    with pytest.raises(ConfigurationError, match="all-MiniLM-L6-v2-int7"):
        get_embedder("all-MiniLM-L12-v2")


def test_a_texts_vector_does_not_depend_on_what_it_is_embedded_with() -> None:
    """A quantized model scales activations over its whole input, so batching a short
    message with a long one used to move the message's vector; caches keyed by text
    assume it cannot."""
    model = OnnxMiniLM()
    message = "I need to refill my inhaler"
    long_text = "Asthma is a chronic disease of the airways. " * 20
    alone = model.embed([message])[0]
    together = model.embed([long_text, message, "hi"])
    assert np.array_equal(together[1], alone)
    assert np.array_equal(together[0], model.embed([long_text])[0])
