# compiled by jinja2 3.1.6 from _base.py.jinja (sha256 3ef5c546ecf5efc6666fc55f303097923a1a8c2e549dbbd9c678008ce4982948); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_base.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Base classes shared by the generated models."""\n\nfrom __future__ import annotations\n\nfrom typing import Any\n\nfrom pydantic import BaseModel, ConfigDict\n\n__all__ = ["Model", "REQUIRED"]\n\n# The default of a field the spec marks required. A server that leaves it out\n# still yields a model (the field reads None) instead of a failed parse.\nREQUIRED: Any = None\n\n\nclass Model(BaseModel):\n    """A response object: unknown fields are kept, and dumped back by their wire names."""\n\n    model_config = ConfigDict(\n        extra="allow",\n        populate_by_name=True,\n        serialize_by_alias=True,\n        defer_build=True,\n        protected_namespaces=(),\n    )\n'

blocks = {}
debug_info = '1=13'
