"""Language-model back-ends: OpenAI and OpenAI-compatible chat servers."""
