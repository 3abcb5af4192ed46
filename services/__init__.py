"""Application services: the use cases every front end calls (GUI, CLI, HTTP),
Huey tasks, vendor adapters and connectors, and the wiring that builds the app."""
