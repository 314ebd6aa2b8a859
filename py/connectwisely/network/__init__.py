"""The network review of LinkedIn's export: ``review.review_network``; its figures, companies
and roles; the people it names (reconnect, quiet, compare); triage and advice."""
