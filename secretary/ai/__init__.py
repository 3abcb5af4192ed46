"""The AI secretary's domain: supervisor, router, agents, tools and the embedded responder."""
