"""The text layer: load documents, normalise and chunk their text, read front matter and the knowledge format."""
