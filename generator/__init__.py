"""specbind: OpenAPI document -> typed IR -> vendorable bindings."""

__version__ = "0.2.0"
