"""Invitation notes: ``lint.lint_note`` checks one, ``draft.draft_notes`` writes several."""
