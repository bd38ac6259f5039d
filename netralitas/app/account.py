"""The sign-in box and who is looking.

The viewer is never taken from the URL or a widget: an OIDC identity or a proxy's trusted header
mapped by the role table, a local account's signed session cookie (verified against the
server-side session store, so a reload or a new tab stays signed in), or the public. Sign-in itself
happens on the plain form at ``/auth/masuk`` (``access.web``), which sets the cookie.
"""

from __future__ import annotations

import html
import time
from urllib.parse import urlsplit

import streamlit as st

from netralitas.access import audit, auth, sessions, web
from netralitas.access.viewer import PUBLIC, Viewer
from netralitas.i18n import Lang, t
from netralitas.settings import get_settings, oidc_configured


def viewer() -> Viewer:
    """Who is looking, never taken from the URL or a widget: an OIDC identity or a proxy's trusted
    header mapped by the role table, a local account's signed session cookie (verified against the
    server-side session store, so a reload or a new tab stays signed in), or the public."""
    settings = get_settings()
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        return _claimed(st.user.get("email"), st.user.get("groups"))
    if settings.trusted_user_header and not oidc_configured():
        # The proxy authenticated the user (server.trustedUserHeaders maps its header to st.user).
        email = st.user.get("email")
        if isinstance(email, str) and email:
            groups = st.user.get("groups")
            return _claimed(email, groups.split(",") if isinstance(groups, str) else groups)
    token = st.context.cookies.get(sessions.COOKIE, "")
    if token:
        found = sessions.verify(token, auth.token_versions())
        if found is not None:
            account = auth.account_viewer(found.user)
            if account is not None:
                return account
    # A viewer placed in the session directly (AppTest; nothing in the served app writes it).
    entry = st.session_state.get("_viewer")
    if entry and time.time() - entry["at"] < sessions.IDLE_SECONDS:
        return Viewer(**entry["viewer"])
    st.session_state.pop("_viewer", None)
    return PUBLIC


def _claimed(email: object, groups: object) -> Viewer:
    names: list[str] = [str(g).strip() for g in groups] if isinstance(groups, list) else []
    return auth.viewer_for_claims(email if isinstance(email, str) else None, names)


def account_box(current: Lang) -> Viewer:
    """Sign in (a link to the sign-in form, which sets the session cookie) or sign out (ends the
    session server-side) in the sidebar; logins, failures and logouts go to the audit log."""
    who = viewer()
    with st.sidebar:
        if who.is_public:
            with st.expander(t("auth.signin", current), icon=":material/login:"):
                if oidc_configured():
                    st.button(t("auth.sso", current), on_click=st.login, key="sso")
                here = urlsplit(st.context.url or "/")
                path = here.path + (f"?{here.query}" if here.query else "")
                # A same-tab link (st.link_button opens a new tab): the form sets the cookie and returns here.
                url = html.escape(web.sign_in_url(path, current), quote=True)
                label = html.escape(t("auth.signin_link", current))
                st.markdown(f'<a href="{url}" target="_self">{label}</a>', unsafe_allow_html=True)
                st.caption(
                    t(
                        "auth.session_note",
                        current,
                        idle=sessions.IDLE_SECONDS // 3600,
                        most=sessions.ABSOLUTE_SECONDS // 3600,
                    )
                )
        else:
            st.caption(
                t("auth.signed_in", current, user=who.user, role=t(f"role.{who.role}", current), scope=who.scope or "-")
            )
            if st.button(t("auth.signout", current), key="signout", icon=":material/logout:"):
                audit.record("logout", who=who.user, scope=who.describe())
                sessions.revoke(st.context.cookies.get(sessions.COOKIE, ""))
                st.session_state.pop("_viewer", None)
                if oidc_configured() and getattr(st.user, "is_logged_in", False):
                    st.logout()
                st.rerun()
    return who
