"""Mercator Desktop: the offline workbench of WCO accredited experts."""

__version__ = "0.1.0"
