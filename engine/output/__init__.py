"""What Plume hands back: the article format, the files written, and the words said to
the user."""
