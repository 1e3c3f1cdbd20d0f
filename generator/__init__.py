"""specbind: OpenAPI document -> typed IR -> vendorable bindings."""

__version__ = "0.1.0"
