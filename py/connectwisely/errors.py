"""The one exception the public API raises for input a reader can fix."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input, with a message written for the reader and the field it concerns.

    ``field`` is the API key (and so the form field's ``name``) the message belongs to,
    or ``None`` when it concerns the input as a whole.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def to_json(self) -> dict:
        return {"message": self.message, "field": self.field}
