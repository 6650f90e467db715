"""Tandem 社工+志愿 智能助手: everything Tandem installs lives in this one namespace.

Layers, each importing only those below it (tests/unit/test_layers.py checks it):

    ui         Streamlit views and cached resources (the only Streamlit code besides pages/)
    features   assistant (the read path), courses, metrics
    ingest/    the write path, at the top level where the design card puts it
    db         the project database: engine, schema, migrations
    core       settings, embeddings, the Chroma store, the lexical index, the tokenizer, the opened index
    text       loaders, normalisation, chunking, front matter, the knowledge-format parser
"""
