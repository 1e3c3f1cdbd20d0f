# compiled by jinja2 3.1.6 from dist_pyproject.toml.jinja (sha256 3162d09f7d7f8e95d8bceb6346608191550ad5f2a1cb47dc2bb91c81027baa03); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'dist_pyproject.toml.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_package = resolve('package')
    l_0_options = resolve('options')
    l_0_api = resolve('api')
    l_0_distribution_name = missing
    try:
        t_1 = environment.filters['comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'comment' found.")
    try:
        t_2 = environment.filters['pep440']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pep440' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['toml_string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'toml_string' found.")
    try:
        t_5 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# An installable distribution of the `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '` package: `pip install .` here.\n'
    l_0_distribution_name = (environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'distribution') if t_5(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'distribution')) else t_3(context.eval_ctx, (undefined(name='package') if l_0_package is missing else l_0_package), '_', '-'))
    context.vars['distribution_name'] = l_0_distribution_name
    context.exported_vars.add('distribution_name')
    yield '\n[build-system]\nrequires = ["hatchling>=1.26"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = '
    yield str(t_4((undefined(name='distribution_name') if l_0_distribution_name is missing else l_0_distribution_name)))
    yield '\nversion = '
    yield str(t_4(t_2((context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'version') or environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))))
    yield '\ndescription = '
    yield str(t_4(t_1(str_join(('Python bindings for ', (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title') or (undefined(name='package') if l_0_package is missing else l_0_package)), )))))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.10"\ndependencies = [\n    "httpx>=0.25.0",\n    "pydantic>=2.7.0",\n    "typing-extensions>=4.7.1",\n]\n\n[tool.hatch.build.targets.wheel]\npackages = ['
    yield str(t_4((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ']\n'

blocks = {}
debug_info = '1=47&2=49&3=51&10=55&11=57&12=59&22=61'
