"""`plume bench`: generation speed as llama-bench measures it, and whole articles timed."""
