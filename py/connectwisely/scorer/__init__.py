"""The profile scorer: ``score.score_profile``, its section ratings and ranked fixes."""
