"""Rhythm Coach core: platform-neutral messages, pure coaching rules and the Coach service."""
