"""``python -m assistant``: the command-line name of Tandem's assistant, kept for the CLI contract.

The code lives in ``tandem.assistant``; this package holds only the entry point.
"""
