"""Understanding what people type: one pure function, `understand(text, context)`.

The result is one of seven kinds (core.understanding.model); `as_spec` maps it onto the
phrasing test set's schema. See docs/checkin.md ("What the coach understands").
"""

from core.understanding.model import (
    Command,
    Name,
    Question,
    Ratings,
    RatingsProblem,
    Session,
    Setting,
    Topic,
    Understanding,
    Unknown,
)
from core.understanding.spec import as_spec
from core.understanding.understand import CONTEXTS, understand

__all__ = [
    "CONTEXTS",
    "Command",
    "Name",
    "Question",
    "Ratings",
    "RatingsProblem",
    "Session",
    "Setting",
    "Topic",
    "Understanding",
    "Unknown",
    "as_spec",
    "understand",
]
