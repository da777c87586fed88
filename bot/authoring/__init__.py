"""Authoring packs: import a film page in the seed's format, or start one from a commented skeleton."""
