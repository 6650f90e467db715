"""试点数据 — leaders explore pilot figures (each one traced to its source), upload their own monthly numbers, and see what volunteers ask."""

from tandem.ui.metrics_view import render_metrics_page
from tandem.ui.resources import get_settings
from tandem.ui.routing import enter_through_app

enter_through_app()
render_metrics_page(get_settings())
