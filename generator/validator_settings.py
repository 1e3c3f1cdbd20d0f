"""The OpenAPI validator libraries' settings, read without pydantic.

openapi-spec-validator and openapi-schema-validator each read three environment
variables through pydantic-settings; importing it, and pydantic with it, is half
of the validator's start (0.1 s of 0.2 s), and the run after a spec update waits
for that start. When none of those variables is set, the settings are the
libraries' defaults, and `install` gives the libraries modules that hold just
those, so pydantic is not imported. When one is set, the libraries' own modules
read it. tests/test_validate.py checks these names and values against the real
modules, so an upgrade that changes them is caught.
"""

from __future__ import annotations

import os
import sys
import types

PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")
SPEC_SETTINGS = "openapi_spec_validator.settings"
SCHEMA_SETTINGS = "openapi_schema_validator.settings"
DEFAULTS = {
    SPEC_SETTINGS: {"resolved_cache_maxsize": 128, "schema_validator_backend": "auto"},
    SCHEMA_SETTINGS: {"compiled_validator_cache_max_size": 128},
}


def install() -> None:
    """Put the default settings in place of the libraries' settings modules, unless the
    environment configures the libraries or they are imported already."""
    if any(name.upper().startswith(PREFIXES) for name in os.environ):
        return
    if SPEC_SETTINGS in sys.modules or SCHEMA_SETTINGS in sys.modules:
        return
    sys.modules[SPEC_SETTINGS] = _spec_settings()
    sys.modules[SCHEMA_SETTINGS] = _schema_settings()


def uninstall() -> None:
    """Back to the libraries' own modules (a library version these do not fit)."""
    for name in (SPEC_SETTINGS, SCHEMA_SETTINGS):
        if getattr(sys.modules.get(name), "specbind_defaults", False):
            del sys.modules[name]
    for name in [n for n in sys.modules if n.startswith(("openapi_spec_validator", "openapi_schema_validator"))]:
        del sys.modules[name]


def _settings_class(name: str, values: dict[str, object]) -> type:
    return type(name, (), {"__init__": lambda self: self.__dict__.update(values)})


def _spec_settings() -> types.ModuleType:
    module = types.ModuleType(SPEC_SETTINGS)
    values = DEFAULTS[SPEC_SETTINGS]
    module.OpenAPISpecValidatorSettings = _settings_class("OpenAPISpecValidatorSettings", values)  # type: ignore[attr-defined]
    module.get_resolved_cache_maxsize = lambda: values["resolved_cache_maxsize"]  # type: ignore[attr-defined]
    module.get_schema_validator_backend = lambda: values["schema_validator_backend"]  # type: ignore[attr-defined]
    module.specbind_defaults = True  # type: ignore[attr-defined]
    return module


def _schema_settings() -> types.ModuleType:
    module = types.ModuleType(SCHEMA_SETTINGS)
    settings = _settings_class("OpenAPISchemaValidatorSettings", DEFAULTS[SCHEMA_SETTINGS])()
    module.get_settings = lambda: settings  # type: ignore[attr-defined]
    module.reset_settings_cache = lambda: None  # type: ignore[attr-defined]
    module.specbind_defaults = True  # type: ignore[attr-defined]
    return module
