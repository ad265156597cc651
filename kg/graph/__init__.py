"""Event records to RDF: vocabulary, IRIs, and the graph builder."""
