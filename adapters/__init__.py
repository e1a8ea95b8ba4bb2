"""Adapters: translation between core and the outside world (platforms, storage)."""
