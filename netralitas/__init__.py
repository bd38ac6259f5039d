"""Netralitas: ASN neutrality enforcement, per Indonesian region, over time."""

__version__ = "0.1.0"
