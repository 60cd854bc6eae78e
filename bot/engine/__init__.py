"""The answer engine: a question (and the conversation's earlier turns) plus the current time -> an Answer.

``answer.Answerer`` runs one ordered registry of rules (small talk, what the reports don't say, declines by shape,
definitions, yes/no verdicts, premises and roles, listings, retrieval) and records which one answered. Retrieval is
hybrid: field-weighted BM25 (``index``) fused with dense sentence vectors (``dense``, ``encoder``: all-MiniLM-L6-v2
as an int8 ONNX graph built by ``model_build`` from pip-installed weights). Composition is in ``compose``.

May import ``bot.content.loader``, ``bot.content.deadlines`` and the standard library, pydantic, numpy, onnxruntime and tokenizers;
never Slack, aiohttp or the database.
"""
