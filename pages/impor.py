"""Impor data (import), admin only: upload an agency's spreadsheet, choose or edit a
mapping from its headers and values to ours, preview the first rows with every
problem listed, then import: the same validation, atomic write, rebuild and audit
as ``python -m netralitas import``."""

import tempfile
from pathlib import Path
from typing import cast

import streamlit as st

from netralitas.app import widgets
from netralitas.display import Column
from netralitas.format import fmt_int
from netralitas.i18n import localized, t
from netralitas.pipeline import ingest, tables
from netralitas.pipeline.warehouse import BuildError
from netralitas.settings import get_settings

KINDS: tuple[ingest.Kind, ...] = ingest.KINDS

ctx = widgets.page_start("page.import", require="curate")
lang, viewer = ctx.lang, ctx.viewer
st.caption(t("import.mapping.help", lang))

c1, c2 = st.columns([1, 2])
kind = cast(
    ingest.Kind,
    c1.selectbox(t("import.kind", lang), KINDS, key="import_kind", format_func=lambda k: t(f"import.kind.{k}", lang)),
)
saved = ingest.profiles()
profile = c2.selectbox(
    t("import.profile", lang),
    ["", *saved],
    key="import_profile",
    format_func=lambda p: p or t("import.profile.none", lang),
)
limit_mb = get_settings().max_upload_mb
upload = st.file_uploader(
    t("import.upload", lang),
    type=["csv", "xlsx", "parquet"],
    key="import_file",
    max_upload_size=limit_mb,
    help=t("import.limit", lang, n=limit_mb),
)
initial = saved[profile].read_text(encoding="utf-8") if profile else ""
if st.session_state.get("_import_profile_shown") != profile:
    st.session_state["import_mapping"] = initial  # a newly chosen profile fills the editor
    st.session_state["_import_profile_shown"] = profile
mapping_text = st.text_area(t("import.mapping", lang), key="import_mapping", height=220)


PROBLEM_COLUMNS = (
    Column("row", "import.col.row", "int"),
    Column("column", "import.col.column"),
    Column(localized("reason", lang), "import.col.reason"),
)


mapping: tables.Mapping | None = None
problems: list[ingest.Problem] = []
if mapping_text.strip():
    try:
        mapping = tables.parse_mapping(mapping_text, "mapping.yml", kind, ingest.known_columns(kind))
    except tables.Unreadable as exc:
        problems = [ingest.Problem("mapping.yml", i.row, i.column, i.reason_id, i.reason_en) for i in exc.issues]

if upload is None:
    if problems:
        st.error(t("import.problems", lang, n=fmt_int(len(problems), lang)))
        widgets.table(ingest.problems_frame(problems), PROBLEM_COLUMNS, lang)
    st.stop()

if upload.size > limit_mb * 1024 * 1024:
    st.error(t("import.too_big", lang, n=limit_mb))
    st.stop()
with tempfile.TemporaryDirectory(prefix="netralitas-upload-") as tmp:
    path = Path(tmp) / Path(upload.name).name
    path.write_bytes(upload.getvalue())
    preview = None
    notices: list[str] = []
    if not problems:
        try:
            frame = ingest.read_table(path, kind, mapping)
            preview, notices = frame.head(20), list(frame.attrs.get("notices", []))
            ingest.import_file(kind, path, dry_run=True, mapping=mapping, name=upload.name, user=viewer.user)
        except ingest.ImportFailed as exc:
            problems = exc.problems
    for notice in notices:
        st.caption(notice)
    if preview is not None and not preview.empty:
        st.subheader(t("import.preview", lang))
        st.dataframe(preview, hide_index=True)
    if problems:
        st.error(t("import.problems", lang, n=fmt_int(len(problems), lang)))
        widgets.table(ingest.problems_frame(problems), PROBLEM_COLUMNS, lang)
        st.stop()
    rows = len(ingest.read_table(path, kind, mapping))
    st.success(t("import.valid", lang, n=fmt_int(rows, lang)))
    left, right = st.columns([1, 2])
    save_as = right.text_input(t("import.save_as", lang), key="import_save_as", placeholder="bawaslu-sultra")
    if left.button(t("import.commit", lang), type="primary", key="import_commit"):
        try:
            result = ingest.import_file(kind, path, mapping=mapping, name=upload.name, user=viewer.user)
        except (ingest.ImportFailed, BuildError) as exc:
            st.error(str(exc))
            st.stop()
        if save_as and mapping is not None:
            ingest.save_profile(save_as, mapping)
            st.info(t("import.saved", lang, name=save_as))
        st.success(t("import.done", lang))
        for message in result.messages:
            st.write(message)
