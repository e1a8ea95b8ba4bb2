"""Which language a message is written in (for the safety flow's texts)."""

from adapters.language.detect import FastTextDetector, load_detector

__all__ = ["FastTextDetector", "load_detector"]
