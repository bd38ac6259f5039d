"""Who is looking and what they may see: the viewer and its scope (``viewer``), small-count
suppression (``privacy``), local accounts and the OIDC role table (``auth``), signed sessions
and throttling (``sessions``), the sign-in routes (``web``) and the audit log (``audit``).

Enforced by the data layer, never by a menu (docs/adr/0005).
"""
