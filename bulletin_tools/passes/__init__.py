"""Document passes: the steps that see the whole document (placeholder)."""
