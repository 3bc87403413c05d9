"""Plan → Draft → Repair: the model writes the article section by section, then mends
what the gate names."""
