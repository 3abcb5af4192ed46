"""Channel connectors: Telegram, Signal and the web widget, each behind secretary.channels.Connector."""
