"""Model files as a newsroom keeps them: the models folder, the manifest, GGUF headers,
checksums, and the facts of the machine they run on."""
