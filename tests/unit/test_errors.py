"""One exception base: every exception class Tandem defines derives from tandem.errors.TandemError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ingest
import tandem
from tandem.errors import TandemError


def exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for package in (tandem, ingest):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == info.name:
                    found[f"{info.name}.{name}"] = value
    return found


def test_every_tandem_exception_is_a_tandem_error() -> None:
    classes = exception_classes()
    assert "ingest.uploads.DocumentRejected" in classes and "tandem.text.loaders.LoadError" in classes
    assert [name for name, cls in classes.items() if not issubclass(cls, TandemError)] == []


def test_names_mean_one_thing() -> None:
    """The library's upload refusal and the metrics upload refusal no longer share a name."""
    import ingest.uploads

    assert not hasattr(ingest.uploads, "UploadRejected") and not hasattr(ingest.uploads, "check_upload")
    assert issubclass(ingest.uploads.DocumentRejected, TandemError)
