"""KYB registry adapters: VIES (EU VAT ids, SOAP), GLEIF (LEI records, REST) and the German insolvency portal.

Each module wraps one remote source, validates what it can locally first
(``secretary.kyb.sources``), returns the plain records defined there and turns the
libraries' exceptions into ``secretary.errors``. Modules are imported on use, so
loading this package does not pull in zeep or lxml.
"""
