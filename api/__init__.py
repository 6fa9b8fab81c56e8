"""Simpul: the stakeholder graph and content hub of a public-information office."""
