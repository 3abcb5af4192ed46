"""The omnichannel inbox: receiving, the outbox, and what staff do with conversations."""
