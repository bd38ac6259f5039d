"""Bahan rapat (hearing brief): one region's record for a Komisi I DPRD hearing,
previewed here and downloaded as a printable A4 PDF or as HTML. The numbers
come from the same data functions as every other page, for the same viewer."""

import time
from dataclasses import replace
from functools import partial

import streamlit as st

from netralitas import briefs
from netralitas.access import audit
from netralitas.app import cache, widgets
from netralitas.format import fmt_fixed
from netralitas.i18n import t

ctx = widgets.page_start("page.brief")
lang, viewer, names = ctx.lang, ctx.viewer, ctx.election_names
regions, names_by_code, province_names = ctx.regions, ctx.names_by_code, ctx.province_names
view = widgets.view_state(set(names_by_code))
st.caption(t("brief.intro", lang))
if ctx.summary.is_synthetic:
    widgets.synthetic_banner(lang)

c1, c2, c3 = st.columns(3)
with c1:
    election = widgets.election_select(view, names, lang)
# Without a region in the URL, a signed-in komisi or provinsi user starts at their own scope.
wanted = view.region or viewer.scope
province_of = dict(zip(regions["region_code"], regions["province_code"], strict=True))
with c2:
    default_province = province_of.get(wanted, next(iter(province_names)))
    province = widgets.select(
        t("timeline.scope", lang), list(province_names), default_province, "province", lambda c: province_names[c]
    )
with c3:
    regencies = regions[(regions["region_level"] == 2) & (regions["province_code"] == province)]
    regency = widgets.select(
        t("timeline.regency", lang),
        ["", *list(regencies["region_code"])],
        wanted if wanted in set(regencies["region_code"]) else "",
        f"regency_{province}",
        lambda c: names_by_code.get(c, province_names[province]),
    )
region = regency or province
view = replace(view, election=election, region=region, lang=lang)
widgets.sync_url(view, ("election", "region"))

started = time.perf_counter()
html = cache.brief_html(election, region, viewer, lang)
seconds = time.perf_counter() - started
resolved = briefs.resolve_region(region)
name = briefs.file_name(resolved, election, "")
with_names = viewer.may_see_identities and viewer.sees(resolved.code)


def _export(page_html: str, kind: str, fields: dict[str, str] | None) -> bytes:
    """Runs on click, outside Streamlit's script thread: plain values only.
    A brief with a case list (names) is audited like any case-level export."""
    if fields is not None:
        audit.record("export_brief", format=kind, **fields)  # type: ignore[arg-type]
    return briefs.render_pdf(page_html)[0] if kind == "pdf" else page_html.encode("utf-8")


fields = (
    {"who": viewer.user, "scope": viewer.describe(), "region": region, "election": election} if with_names else None
)
d1, d2, d3 = st.columns([1, 1, 3])
downloads = (
    ("pdf", "brief.download_pdf", "application/pdf", ":material/picture_as_pdf:"),
    ("html", "brief.download_html", "text/html", ":material/download:"),
)
for column, (kind, label, mime, icon) in zip((d1, d2), downloads, strict=True):
    column.download_button(
        t(label, lang),
        partial(_export, html, kind, fields),
        file_name=f"{name}.{kind}",
        mime=mime,
        key=f"brief_{kind}",
        icon=icon,
        on_click="ignore",
        type="primary" if kind == "pdf" else "secondary",
    )
d3.caption(t("brief.rendered", lang, s=fmt_fixed(seconds, lang)))
# Our own HTML (every value escaped by Jinja), shown in an iframe so its print styles stay inside.
st.iframe(html, height=1500)
