"""Tambah dari berita (add from news), admin only: paste an article, review the
extracted fields beside the sentences they came from, correct them, and
append the event to the curated record through the importer (validated,
duplicates rejected, atomic, audited; the warehouse is rebuilt)."""

from datetime import date
from urllib.parse import urlencode

import streamlit as st

from netralitas import news
from netralitas.app import widgets
from netralitas.i18n import t
from netralitas.news import intake
from netralitas.pipeline.curation import is_web_url
from netralitas.pipeline.ingest import ImportFailed, import_records
from netralitas.pipeline.warehouse import BuildError
from netralitas.settings import get_settings

PRECISIONS = ["day", "week", "month", "year"]

ctx = widgets.page_start("page.news", require="curate")
lang, viewer, names_by_code, election_names = ctx.lang, ctx.viewer, ctx.names_by_code, ctx.election_names

# -- the queue from a folder of articles (python -m netralitas intake DIR) ---------------------------
st.subheader(t("intake.title", lang))
st.caption(t("intake.help", lang))
queue_path = get_settings().intake_queue
queue = intake.read_queue(queue_path)
if "intake_done" in st.session_state:
    st.success(st.session_state.pop("intake_done"))
choice = {"": "", "accept": t("intake.accept", lang), "reject": t("intake.reject", lang)}
shown = intake.review_frame(queue, choice)
if shown.empty:
    st.info(t("intake.empty", lang))
else:
    st.caption(t("intake.count", lang, n=len(shown), done=len(queue) - len(shown)))
    edited = st.data_editor(
        shown,
        key="intake_editor",
        hide_index=True,
        disabled=[c for c in shown.columns if c not in (*intake.EDITABLE, "decision")],
        column_order=["decision", *[c for c in shown.columns if c not in ("decision", "proposal_id", "status")]],
        column_config={
            "decision": st.column_config.SelectboxColumn(
                t("intake.col.decision", lang), options=list(choice.values()), required=False
            ),
            "source_url": st.column_config.LinkColumn(t("news.url", lang)),
            "sentence": st.column_config.TextColumn(t("news.evidence", lang), width="large"),
            "doubts": st.column_config.TextColumn(t("intake.col.doubts", lang), help=t("intake.doubts.help", lang)),
            "action": st.column_config.TextColumn(t("intake.col.action", lang), help=t("intake.action.help", lang)),
        },
    )
    if st.button(t("intake.apply", lang), type="primary", key="intake_apply"):
        accepted, rejected = intake.decisions(edited, choice)
        try:
            decided, messages = intake.decide(queue, accepted, rejected, user=viewer.user or "admin")
        except ImportFailed as exc:
            st.error(t("news.failed", lang) + "\n\n" + "\n".join(f"- {p}" for p in exc.problems))
        except BuildError as exc:
            st.error(f"{t('news.failed', lang)}\n\n{exc}")
        else:
            intake.write_queue(queue_path, decided)
            done = t("intake.done", lang, accepted=len(accepted), rejected=len(rejected), message=" ".join(messages))
            st.session_state["intake_done"] = done  # shown after the rerun that redraws the queue
            st.rerun()

# -- one pasted article -------------------------------------------------------------------------
st.subheader(t("news.paste", lang))
st.caption(t("news.intro", lang))

with st.form("news_article"):
    text = st.text_area(t("news.text", lang), height=260, key="news_text", max_chars=news.MAX_ARTICLE_CHARS)
    c1, c2 = st.columns([3, 1])
    url = c1.text_input(t("news.url", lang), key="news_url", placeholder="https://")
    published = c2.date_input(t("news.published", lang), value=date.today(), key="news_published", format="DD/MM/YYYY")
    if st.form_submit_button(t("news.extract", lang), type="primary"):
        refused = news.refuse_text(text)
        if refused:
            st.error(t(refused, lang, n=news.MAX_ARTICLE_CHARS))
            st.stop()
        extracted = news.extract(text, published if isinstance(published, date) else None)
        st.session_state["news_events"] = [e.as_dict() for e in extracted]
        st.session_state["news_extracted"] = True

events: list[dict[str, object]] = st.session_state.get("news_events", [])
if st.session_state.get("news_extracted") and not events:
    st.info(t("news.none", lang))
    if st.button(t("news.manual", lang)):
        blank = news.Event(None, "day", "other", [], None, None, None, None, None)
        st.session_state["news_events"] = [blank.as_dict()]
        st.rerun()

region_codes = ["", *names_by_code]  # '' = a national event (Bawaslu RI, BKN, Kemendagri)
elections = list(election_names)


def _evidence(ev: dict[str, str], key: str) -> None:
    sentence = ev.get(key)
    st.markdown(f"> {sentence}" if sentence else f"_{t('news.no_evidence', lang)}_")


for i, proposal in enumerate(events):
    evidence: dict[str, str] = proposal.get("evidence") or {}  # type: ignore[assignment]
    st.subheader(t("news.event", lang, n=i + 1))
    with st.form(f"news_event_{i}"):
        left, right = st.columns([3, 2])
        with left:
            day = st.date_input(
                t("news.field.event_date", lang),
                value=date.fromisoformat(str(proposal["event_date"])) if proposal.get("event_date") else None,
                key=f"news_date_{i}",
                format="DD/MM/YYYY",
            )
            precision = st.selectbox(
                t("news.field.date_precision", lang),
                PRECISIONS,
                index=PRECISIONS.index(str(proposal.get("date_precision") or "day")),
                format_func=lambda p: t(f"news.precision.{p}", lang),
                key=f"news_precision_{i}",
            )
            event_type = st.selectbox(
                t("news.field.event_type", lang),
                list(news.event_types()),
                index=news.event_types().index(str(proposal["event_type"])),
                format_func=lambda k: t(f"event.{k}", lang),
                key=f"news_type_{i}",
            )
            also = st.multiselect(
                t("news.field.also_types", lang),
                list(news.event_types()),
                default=list(proposal.get("also_types") or []),  # type: ignore[call-overload]
                format_func=lambda k: t(f"event.{k}", lang),
                key=f"news_also_{i}",
            )
            election = st.selectbox(
                t("news.field.election", lang),
                elections,
                index=elections.index(str(proposal["election"])) if proposal.get("election") in elections else 0,
                format_func=lambda e: election_names[e],
                key=f"news_election_{i}",
            )
            current = str(proposal.get("regency_code") or proposal.get("province_code") or "")
            region = st.selectbox(
                t("news.field.region", lang),
                region_codes,
                index=region_codes.index(current) if current in region_codes else 0,
                format_func=lambda c: f"{names_by_code[c]} ({c})" if c else t("common.nation", lang),
                key=f"news_region_{i}",
            )
            actor = st.text_input(
                t("news.field.actor", lang), value=str(proposal.get("actor") or ""), key=f"news_actor_{i}"
            )
            reference = st.text_input(
                t("news.field.reference_no", lang), value=str(proposal.get("reference_no") or ""), key=f"news_ref_{i}"
            )
            title_id_default, title_en_default = news.suggested_titles(
                str(proposal["event_type"]),
                str(proposal.get("actor") or "") or None,
                str(proposal.get("reference_no") or "") or None,
            )
            title_id = st.text_input(t("news.field.title_id", lang), value=title_id_default, key=f"news_title_id_{i}")
            title_en = st.text_input(t("news.field.title_en", lang), value=title_en_default, key=f"news_title_en_{i}")
        with right:
            st.markdown(f"**{t('news.evidence', lang)}**")
            for field_key, label_key in (
                ("event_date", "news.field.event_date"),
                ("event_type", "news.field.event_type"),
                ("region", "news.field.region"),
                ("actor", "news.field.actor"),
                ("election", "news.field.election"),
                ("reference_no", "news.field.reference_no"),
            ):
                st.caption(t(label_key, lang))
                _evidence(evidence, field_key)
        saved = st.form_submit_button(t("news.save", lang), type="primary")
    if saved:
        if not url.strip() or not is_web_url(url):
            st.error(t("news.need_url", lang))
        elif not isinstance(day, date):
            st.error(t("news.need_date", lang))
        else:
            level_two = bool(region and "." in region)
            reviewed = news.Event(
                event_date=day.isoformat(),
                date_precision=precision,
                event_type=event_type,
                also_types=[a for a in also if a != event_type],
                election=election,
                # The importer resolves the province through the gazetteer (Papua crosswalk included).
                province_code=None if level_two else region,
                regency_code=region if level_two else None,
                actor=actor.strip() or None,
                reference_no=reference.strip() or None,
            )
            record = news.import_record(
                reviewed,
                title_id=title_id.strip(),
                title_en=title_en.strip(),
                source_url=url.strip(),
                published=published if isinstance(published, date) else None,
            )
            try:
                result = import_records(
                    "events", [record], f"berita-{day.isoformat()}.csv", user=viewer.user or "admin"
                )
            except ImportFailed as exc:
                st.error(t("news.failed", lang) + "\n\n" + "\n".join(f"- {p}" for p in exc.problems))
            except BuildError as exc:  # the batch was removed again: nothing is stored
                st.error(f"{t('news.failed', lang)}\n\n{exc}")
            else:
                if result.already_imported:
                    st.warning(" ".join(result.messages))
                else:
                    st.success(t("news.saved", lang, message=" ".join(result.messages)))
                # A plain link, not st.page_link: under AppTest a page runs without st.navigation and
                # st.page_link cannot resolve the target (streamlit/streamlit#8429).
                query = urlencode({"election": election, "region": region or ""})
                st.markdown(f"[{t('news.see_timeline', lang)}](linimasa?{query})")
