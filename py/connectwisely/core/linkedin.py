"""Facts about LinkedIn itself that more than one tool relies on (see the guide's limits page)."""

NOTE_LIMITS = (200, 300)  # invitation note: free accounts / Premium and Sales Navigator, 2026
CONNECTION_CAP = 30_000  # first-degree connections an account can have
