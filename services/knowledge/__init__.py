"""The knowledge base: extracting documents and web pages, and indexing them for search."""
