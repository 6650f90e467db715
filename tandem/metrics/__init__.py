"""Pilot metrics for leaders: the metrics store, upload validation, aggregation, provenance.

Modules: ``store`` (database reads/writes), ``validation`` (leaders' monthly
uploads, checked before any write), ``aggregate`` (KPI cards, normalised
comparisons, monthly series), ``provenance`` (figure → quote → case-report
passage), ``questions`` (what volunteers ask), ``charts`` (Altair specs),
``geo`` (pilot locations), ``export`` (CSV/XLSX bytes and the upload template).
None of them imports Streamlit.
"""
