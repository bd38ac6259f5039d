"""Who is looking, and what they may see. Enforced in the data layer.

A :class:`Viewer` travels with every data call. Pages never filter for
security: the data functions narrow case-level rows to the viewer's scope,
refuse case-level reports to the public, mask identities for roles that may
not see them, and suppress small public counts (see ``privacy``).

Roles:
- ``public``: aggregates only, small counts suppressed.
- ``komisi``: a Komisi I DPRD member; scope = that DPRD's province or
  regency/city. Case lists with masked names.
- ``provinsi``: provincial leadership; scope = one province and its
  regencies/cities. Names and NIPs within scope.
- ``admin``: everything, including the audit log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Role = Literal["public", "komisi", "provinsi", "admin"]
ROLES: tuple[Role, ...] = ("public", "komisi", "provinsi", "admin")
_CODE = re.compile(r"^\d{2}(\.\d{2})?$")


class AccessDenied(Exception):
    """The viewer may not run this query."""


@dataclass(frozen=True)
class Viewer:
    role: Role = "public"
    scope: str = ""  # '' for public and admin; a province '74' or regency/city '74.72' otherwise
    user: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")
        if self.role in ("komisi", "provinsi") and not _CODE.match(self.scope):
            raise ValueError(f"role {self.role} needs a region scope, got {self.scope!r}")
        if self.role == "provinsi" and "." in self.scope:
            raise ValueError("a provinsi scope is a province code")
        if self.role in ("public", "admin") and self.scope:
            raise ValueError(f"role {self.role} has no scope")

    @property
    def is_public(self) -> bool:
        return self.role == "public"

    @property
    def may_see_cases(self) -> bool:
        """Case-level rows (internal roles only)."""
        return self.role != "public"

    @property
    def may_see_identities(self) -> bool:
        """Names and NIPs: admin everywhere, provinsi within scope (rows are scoped anyway)."""
        return self.role in ("admin", "provinsi")

    @property
    def may_audit(self) -> bool:
        return self.role == "admin"

    @property
    def may_curate(self) -> bool:
        """Add events to the curated record (the news intake page)."""
        return self.role == "admin"

    def covers(self, region_code: str | None, province_code: str | None) -> bool:
        """Whether a region lies inside this viewer's scope."""
        if self.role == "admin":
            return True
        if self.role == "public" or not region_code:
            return False
        if "." in self.scope:
            return region_code == self.scope
        return province_code == self.scope or region_code == self.scope

    def sees(self, region_code: str | None) -> bool:
        """Whether a region ('74' or '74.72') lies in this viewer's scope: admin sees every region,
        the public none (aggregates only). The one scope check pages, briefs and data functions use."""
        if self.role == "admin":
            return True
        return bool(region_code) and self.covers(region_code, str(region_code).split(".")[0])

    @property
    def home_province(self) -> str:
        """The province of this viewer's scope ('' for public and admin): where scoped pages open."""
        return self.scope.split(".")[0] if self.scope else ""

    def sql_scope(self) -> str:
        """The ``$scope`` bound into case-level reports: '' means everything (admin only)."""
        if self.role == "admin":
            return ""
        if self.role == "public":
            raise AccessDenied("data tingkat kasus tidak untuk publik / case-level data is not public")
        return self.scope

    def describe(self) -> str:
        return self.role if not self.scope else f"{self.role}:{self.scope}"


PUBLIC = Viewer()


def mask_nip(nip: object) -> object:
    """``198001012005011901`` -> ``1980**********1901``."""
    if not isinstance(nip, str) or not nip:
        return nip
    return nip[:4] + "*" * (len(nip) - 8) + nip[-4:] if len(nip) > 8 else "*" * len(nip)


def mask_name(name: object) -> object:
    """``Andi Sintetis 00001`` -> ``A*** S*** 0***``."""
    if not isinstance(name, str) or not name:
        return name
    return " ".join(part[0] + "***" for part in name.split())
