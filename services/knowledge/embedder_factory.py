"""Which embedding model to use: the configured one, or the one an index was built with.

Models are loaded once per process and kept (loading the embedded model takes
about a second). An index remembers its model's name, so search always embeds
queries with the model the index was built with, even while Settings already
name another one and a re-embedding runs in the background.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from secretary.errors import NotReady
from secretary.knowledge import Embedder
from services.secrets_service import SecretsService
from services.settings_service import SettingsService


class EmbedderFactory:
    """Builds and caches embedders by configuration and by model name."""

    def __init__(self, settings: SettingsService, secrets: SecretsService) -> None:
        self._settings = settings
        self._secrets = secrets
        self._cache: dict[str, Embedder] = {}
        self._lock = threading.Lock()
        self._override: Embedder | None = None

    def override(self, embedder: Embedder | None) -> None:
        """Use ``embedder`` as the configured one (tests, benchmarks); None returns to Settings."""
        self._override = embedder
        if embedder is not None:
            with self._lock:
                self._cache[f"override:{embedder.name}"] = embedder

    def _configured_builder(self) -> tuple[str, Callable[[], Embedder]]:
        from services.knowledge import embedders  # model libraries load only when embedding is needed

        kind = str(self._settings.get("kb.embedder"))
        model = str(self._settings.get("kb.embedding_model"))
        if kind == "openai":
            key = self._secrets.get("openai.api_key")
            if not key:
                raise NotReady("OpenAI embeddings need an API key: Settings → Integrations → OpenAI")
            return f"openai:{model}", lambda: embedders.OpenAIEmbedder(model=model, api_key=key)
        if kind == "compatible":
            base = str(self._settings.get("ai.base_url"))
            if not base:
                raise NotReady("a compatible embedding server needs its address: Settings → AI")
            key = self._secrets.get("compatible.api_key") or "none"
            return f"compatible:{base}:{model}", lambda: embedders.OpenAIEmbedder(model=model, api_key=key,
                                                                                   base_url=base)
        return "embedded", embedders.default_embedder

    def _get(self, key: str, build: Callable[[], Embedder]) -> Embedder:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]

    def configured(self) -> Embedder:
        """The embedder Settings ask for."""
        if self._override is not None:
            return self._override
        key, build = self._configured_builder()
        return self._get(key, build)

    def for_model(self, name: str | None) -> Embedder:
        """The embedder an index named ``name`` was built with (None: the configured one)."""
        if name is None:
            return self.configured()
        for embedder in list(self._cache.values()):
            if embedder.name == name:
                return embedder
        configured = self.configured()
        if configured.name == name:
            return configured
        from services.knowledge import embedders

        for key, build in embedders.embedded_builders().items():
            candidate = self._get(key, build)
            if candidate.name == name:
                return candidate
        raise NotReady(f"the knowledge index was built with {name}, which is not available now; "
                       "re-index with the configured model (secretary kb switch-model)")
