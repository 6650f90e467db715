"""Pilot metrics for leaders: the metrics store, upload validation, aggregation, provenance.

Modules: ``store`` (database reads/writes), ``validation`` (leaders' monthly
uploads, checked before any write), ``pilots`` (pilot figures: KPI cards, normalised
comparisons, the table), ``monthly`` (leaders' monthly series and latest-month cards),
``kpi`` (the card both use), ``provenance`` (figure → quote → case-report
passage), ``questions`` (what volunteers ask), ``charts`` (Altair specs),
``geo`` (pilot locations), ``export`` (CSV/XLSX bytes and the upload template).
None of them imports Streamlit.
"""
