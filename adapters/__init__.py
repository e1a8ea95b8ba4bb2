"""Adapters: translate between platforms (and storage, charts) and core."""
