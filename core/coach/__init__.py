"""The Coach service: conversations around the pure rules, through the Store port."""

from core.coach.coach import Coach

__all__ = ["Coach"]
