"""The console adapter: one line of text in, plain text out."""
