"""Where Tandem's log goes: a file in the settings' log directory (``data/logs/tandem.log``).

``configure_logging(settings)`` is called once by each entry point (``app.py``, ``python -m
ingest``, ``python -m assistant``); it is idempotent, so Streamlit's reruns of ``app.py``
add no second handler.  Only Tandem's own loggers (``tandem.*``, ``ingest.*``) write
there, never to stdout: the CLIs' ``--json`` output stays one object.  Modules log with
``logging.getLogger(__name__)``; questions themselves are not logged (they go to the
project database's Ask log, which the leaders' page reads).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tandem.core.settings import Settings

LOG_FILE = "tandem.log"
LOGGERS = ("tandem", "ingest")
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _TandemLog(RotatingFileHandler):
    """The file handler ``configure_logging`` adds (told apart from handlers others add)."""


def configure_logging(settings: Settings, level: int = logging.INFO) -> Path | None:
    """Send Tandem's log records of ``level`` and above to ``<log_dir>/tandem.log`` (rotated at 5 MB).

    Returns the log file, or ``None`` when it cannot be opened (a read-only data folder):
    Tandem then runs without a log file rather than failing; the command's own error
    about that folder, if any, comes from the code that needs it.
    """
    path = (settings.log_dir / LOG_FILE).resolve()
    try:
        settings.ensure_dirs()
        path.touch()
    except OSError:
        return None
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        for handler in list(logger.handlers):
            if isinstance(handler, _TandemLog):
                if Path(handler.baseFilename) == path:
                    break
                logger.removeHandler(handler)  # the data directory moved: the log moves with it
                handler.close()
        else:
            handler = _TandemLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            handler.setFormatter(logging.Formatter(FORMAT))
            logger.addHandler(handler)
    return path
