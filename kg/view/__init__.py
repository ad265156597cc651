"""view stage."""
