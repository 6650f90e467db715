"""Deep links on a freshly started server are routed through ``app.py``.

Until ``app.py`` has called ``st.navigation`` once in the server process, Streamlit
serves a link such as ``/ask`` the old way, straight from the ``pages/`` folder
(streamlit/streamlit#10276). The page would then run without ``app.py``: no first-start
index build, no page titles, no sidebar captions. Every page calls
:func:`enter_through_app` first; in that fallback it turns the fallback off and reruns,
and the rerun starts in ``app.py``, which routes to the same page.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def enter_through_app() -> None:
    """Rerun through ``app.py`` when Streamlit ran this page on its own; otherwise do nothing."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
