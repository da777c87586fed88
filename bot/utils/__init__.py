"""Helpers for the Discord layer."""
