"""AI Secretary's pure domain: dataclasses, Protocols, rules and errors.

Nothing in this package imports Qt, SQL, an HTTP client or a vendor SDK, nor
any other package of ours.
"""

__version__ = "0.1.0"
