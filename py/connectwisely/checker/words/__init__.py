"""The phrase tables the request checker (and the note linter) match notes against."""
