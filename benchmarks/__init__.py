"""Speed, memory and scale of Mercator Desktop against the bare libraries (see run.py)."""
