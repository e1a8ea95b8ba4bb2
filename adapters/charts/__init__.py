"""Charts drawn with matplotlib (headless Agg backend), returned as PNG bytes."""
