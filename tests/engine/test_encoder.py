"""The sentence encoder built from the pip-installed weights reproduces the original PyTorch model's embeddings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.engine.encoder import DIMENSIONS, MANIFEST, Encoder, default_model_dir
from bot.engine.model_build import sha256, source_dir

REFERENCE = Path(__file__).parents[1] / "data" / "encoder_reference.json"


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder.load()


def test_embeddings_match_the_pytorch_reference(encoder: Encoder) -> None:
    """bench/make_encoder_reference.py ran the original model (torch + transformers) on these sentences."""
    reference = json.loads(REFERENCE.read_text())["items"]
    got = np.vstack([encoder.encode([item["text"]]) for item in reference])
    want = np.array([item["embedding"] for item in reference], dtype=np.float32)
    cosines = (got * want).sum(axis=1)
    assert cosines.min() > 0.98, cosines  # int8 weights and activations: close to, not equal to, fp32
    # The ranking the retriever relies on survives quantisation: each sentence is nearest its own reference.
    assert list((got @ want.T).argmax(axis=1)) == list(range(len(reference)))


def test_vectors_are_unit_length_and_shaped(encoder: Encoder) -> None:
    vectors = encoder.encode(["who runs the clearinghouse", "x", "a much longer sentence " * 40])
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert encoder.encode([]).shape == (0, DIMENSIONS)


def test_the_model_was_built_from_the_installed_weights() -> None:
    manifest = json.loads((default_model_dir() / MANIFEST).read_text())
    assert manifest["source_sha256"] == sha256(source_dir() / "model.safetensors")
    assert manifest["model_sha256"] == sha256(default_model_dir() / "all-MiniLM-L6-v2.int8.onnx")
    assert manifest["quantized"] is True


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    from bot.engine.encoder import EncoderUnavailable

    with pytest.raises(EncoderUnavailable, match="make install"):
        Encoder.load(tmp_path, build_if_missing=False)
