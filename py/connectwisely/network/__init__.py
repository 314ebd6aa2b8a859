"""The network review of LinkedIn's export: ``review.review_network``, triage and advice."""
