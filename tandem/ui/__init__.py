"""Streamlit-side glue: cached resources and shared widgets. The logic packages never import Streamlit."""
