"""Signal: a supervised ``signal-cli -a NUMBER jsonRpc`` child process behind ``secretary.channels.Connector``.

``connector`` supervises the process and turns envelopes into messages,
``rpc`` speaks JSON-RPC over the child's stdio, ``envelope`` holds the pure
parsing and error mapping.
"""

from services.channels.signal.connector import SignalConnector

__all__ = ["SignalConnector"]
