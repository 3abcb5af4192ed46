"""The remote KYB sources, built from settings (addresses) and the firm's VAT id."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from secretary.errors import InvalidInput
from secretary.kyb.sources import validate_vat
from services.settings_service import SettingsService

if TYPE_CHECKING:  # the adapters (zeep above all) load on first use, not at every start
    from services.kyb_sources.gleif import GleifClient
    from services.kyb_sources.insolvency import InsolvencyClient
    from services.kyb_sources.vies import ViesClient


class Clients:
    """Creates the source clients on first use; tests point the addresses at local stand-ins."""

    def __init__(self, settings: SettingsService, insolvency_interval: float = 2.0, timeout: float = 10.0) -> None:
        self._settings = settings
        self.insolvency_interval = insolvency_interval  # seconds between requests to the portal (politeness)
        self.timeout = timeout
        self._insolvency: tuple[str, InsolvencyClient] | None = None
        self._lock = threading.Lock()

    def vies(self) -> ViesClient:
        from services.kyb_sources.vies import ViesClient
        requester = None
        own = str(self._settings.get("firm.vat_id") or "")
        if self._settings.get("kyb.vies_requester") and own:
            try:
                requester = validate_vat(own)
            except InvalidInput:
                requester = None  # a wrong own VAT id must not stop the checks; Settings shows it
        return ViesClient(endpoint=str(self._settings.get("kyb.vies_url")), timeout=self.timeout,
                          requester=requester)

    def gleif(self) -> GleifClient:
        from services.kyb_sources.gleif import GleifClient
        return GleifClient(base_url=str(self._settings.get("kyb.gleif_url")), timeout=self.timeout)

    def insolvency(self) -> InsolvencyClient:
        """One client per address, shared, so its rate limit holds across checks."""
        from services.kyb_sources.insolvency import InsolvencyClient
        url = str(self._settings.get("kyb.insolvency_url"))
        with self._lock:
            if self._insolvency is None or self._insolvency[0] != url:
                self._insolvency = (url, InsolvencyClient(base_url=url, min_interval=self.insolvency_interval,
                                                          timeout=max(self.timeout, 20.0)))
            return self._insolvency[1]
