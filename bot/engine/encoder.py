"""The sentence encoder at run time: onnxruntime + tokenizers + numpy, nothing downloaded, no torch.

Texts in, L2-normalised 384-dimensional float32 vectors out (so a dot product is the cosine similarity).
The ONNX file is built once from the pip-installed weights by ``bot.engine.model_build`` (``make install``
runs it); ``Encoder.load`` builds it on first use if it is missing and the build tools are present.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_FILE = "all-MiniLM-L6-v2.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
MANIFEST = "manifest.json"
MAX_TOKENS = 128  # questions are short; content texts longer than this are embedded by their first 128 tokens
DIMENSIONS = 384


class EncoderUnavailable(Exception):
    """The encoder's files are missing or unreadable; the message says how to build them."""


def default_model_dir() -> Path:
    """``$EO_MODEL_DIR``, else ``<venv>/share/eo-bot/model`` (beside the packages it was built from)."""
    configured = os.environ.get("EO_MODEL_DIR")
    return Path(configured) if configured else Path(sys.prefix) / "share" / "eo-bot" / "model"


class Encoder:
    """One onnxruntime session and tokenizer; ``encode`` is thread-safe (onnxruntime's ``run`` is)."""

    def __init__(self, model_dir: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.model_dir = model_dir
        try:
            manifest = json.loads((model_dir / MANIFEST).read_text())
            tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            self._session = ort.InferenceSession(str(model_dir / MODEL_FILE), options, providers=["CPUExecutionProvider"])
        except (OSError, ValueError, RuntimeError, Exception) as exc:  # onnxruntime raises its own exception types
            raise EncoderUnavailable(
                f"the sentence encoder in {model_dir} could not be loaded ({exc}); run `make install`"
            ) from exc
        tokenizer.no_padding()  # the shipped tokenizer.json pads to a fixed width; each batch is padded to its longest text
        tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer = tokenizer
        self.fingerprint: str = str(manifest.get("model_sha256", ""))
        self._lock = threading.Lock()  # tokenizers' padding settings are shared state

    @classmethod
    def load(cls, model_dir: Path | None = None, build_if_missing: bool = True) -> "Encoder":
        directory = model_dir or default_model_dir()
        if build_if_missing and not (directory / MANIFEST).exists():
            from bot.engine.model_build import BuildError, build

            log.warning("sentence encoder not built yet; building it in %s (one time, a few seconds)", directory)
            try:
                build(directory)
            except BuildError as exc:
                raise EncoderUnavailable(str(exc)) from exc
        return cls(directory)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """An array of shape (len(texts), 384), each row unit length."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        rows = [self._batch(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)]
        return np.vstack(rows)

    def _batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        (vectors,) = self._session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
        return np.asarray(vectors, dtype=np.float32)
