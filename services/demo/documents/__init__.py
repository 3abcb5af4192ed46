"""The demo firm's knowledge documents (markdown, shipped as package data)."""
