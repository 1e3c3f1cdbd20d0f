# compiled by jinja2 3.1.6 from lib_parsing.py.jinja (sha256 0b3bed8f20952636ed50fb48d1bfbab8354fe654b1d4279fa63b4363422faa41); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib_parsing.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_layout = resolve('layout')
    l_0_o = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportIncompatibleVariableOverride=false\n'
    l_0_o = context.vars['o'] = environment.get_template('_openai.jinja', 'lib_parsing.py.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield '"""Structured outputs: a response\'s text and its function calls\' arguments parsed into your types.\n\n`client.responses.parse(..., text_format=Model)` returns a `ParsedResponse[Model]`: the\nresponse, with `output_parsed` (a `Model`), each message\'s text part parsed (`.parsed`) and each\ncall of a function tool made with `pydantic_function_tool` parsed (`.parsed_arguments`). An\nanswer the model refused, or one that is not a valid `Model`, raises a `StructuredOutputError`\nthat keeps the response.\n"""\n\nfrom __future__ import annotations\n\nimport json\nimport sys\nfrom typing import (\n    TYPE_CHECKING,\n    Any,\n    Dict,\n    Generic,\n    Iterable,\n    List,\n    Mapping,\n    Optional,\n    Type,\n    TypeVar,\n    Union,\n    cast,\n)\n\nimport pydantic\n\nfrom .._base import REQUIRED\nfrom .._errors import APIError\nfrom ..models import (\n'
    def t_2(fiter):
        for l_1_name in fiter:
            if (not context.call(environment.getattr(l_1_name, 'startswith'), 'Unknown')):
                yield l_1_name
    for l_1_name in t_2(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'imports')):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ..'
    yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'model_module'), environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'output_union')))
    yield ' import Unknown'
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'output_union'))
    yield '\nfrom ..'
    yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'model_module'), environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'content_union')))
    yield ' import Unknown'
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'content_union'))
    yield '\nfrom ._pydantic import is_model, to_strict_json_schema\n\nif TYPE_CHECKING:\n    from .. import params as _p\n\n__all__ = [\n    "OutputValidationError",\n    "ParsedResponse",\n    "ParsedResponseFunctionToolCall",\n    "ParsedResponseOutputMessage",\n    "ParsedResponseOutputText",\n    "PydanticFunctionTool",\n    "RefusalError",\n    "StructuredOutputError",\n    "parse_response",\n    "pydantic_function_tool",\n    "text_format_param",\n]\n\nT = TypeVar("T")\n\n\nclass StructuredOutputError(APIError):\n    """The answer could not become the type asked for; `response` is the whole answer."""\n\n    def __init__(self, message: str, response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ') -> None:\n        super().__init__(message)\n        self.response = response\n\n\nclass RefusalError(StructuredOutputError):\n    """The model refused to answer in the format asked for; `refusal` says why."""\n\n    def __init__(self, refusal: str, response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ') -> None:\n        super().__init__(f"the model refused: {refusal}", response)\n        self.refusal = refusal\n\n\nclass OutputValidationError(StructuredOutputError):\n    """The answer is not a valid instance of the type asked for; `errors` is pydantic\'s report."""\n\n    def __init__(self, what: str, errors: pydantic.ValidationError, response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ') -> None:\n        first = errors.errors()[0]\n        where = ".".join(str(part) for part in first["loc"]) or "the value"\n        super().__init__(\n            f"{what} does not validate: {errors.error_count()} error(s), the first at {where}: {first[\'msg\']}",\n            response,\n        )\n        self.errors = errors\n\n\nclass ParsedResponseOutputText('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'text'))
    yield ', Generic[T]):\n    """An `output_text` part, with its text parsed into the type asked for."""\n\n    parsed: Optional[T] = None\n\n\nclass ParsedResponseOutputMessage('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'message'))
    yield ', Generic[T]):\n    """A message whose `output_text` parts carry their parsed value."""\n\n    content: List[Union[ParsedResponseOutputText[T], '
    yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'other_content'), ', '))
    yield ']] = REQUIRED\n\n\nclass ParsedResponseFunctionToolCall('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield '):\n    """A function call, with its arguments parsed: into the tool\'s model for a tool made with\n    `pydantic_function_tool`, as JSON for another strict tool, else None."""\n\n    parsed_arguments: Any = None\n\n\nclass ParsedResponse('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ', Generic[T]):\n    """A response whose output carries parsed values; `output_parsed` is the first one."""\n\n    output: List[Union[ParsedResponseOutputMessage[T], ParsedResponseFunctionToolCall, '
    yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'other_output'), ', '))
    yield ']] = REQUIRED\n\n    @property\n    def output_parsed(self) -> Optional[T]:\n        """The parsed value of the first message part that has one."""\n        for item in self.output or ():\n            if isinstance(item, ParsedResponseOutputMessage):\n                for part in item.content or ():\n                    if isinstance(part, ParsedResponseOutputText) and part.parsed is not None:\n                        return part.parsed\n        return None\n\n\nclass PydanticFunctionTool(Dict[str, Any]):\n    """A function tool\'s JSON, made from a pydantic model that parses its calls\' arguments."""\n\n    def __init__(self, tool: Dict[str, Any], model: Type[pydantic.BaseModel]) -> None:\n        super().__init__(tool)\n        self.model = model\n\n\ndef pydantic_function_tool(\n    model: Type[pydantic.BaseModel],\n    *,\n    name: Optional[str] = None,\n    description: Optional[str] = None,\n) -> _p.'
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'function_tool'))
    yield ':\n    """A strict function tool whose parameters are `model`\'s fields: pass it in `tools=`; `parse`\n    parses each call of it into a `model` (`parsed_arguments`)."""\n    tool: Dict[str, Any] = {\n        "type": "function",\n        "name": name or model.__name__,\n        "parameters": to_strict_json_schema(model),\n        "strict": True,\n    }\n    text = description if description is not None else model.__doc__\n    if text is not None:\n        tool["description"] = text\n    return cast("_p.'
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'function_tool'))
    yield '", PydanticFunctionTool(tool, model))\n\n\ndef text_format_param(text_format: Type[Any]) -> Dict[str, Any]:\n    """`text.format` for a type: its strict JSON schema, named after it."""\n    model = text_format if is_model(text_format) else pydantic.TypeAdapter(text_format)\n    schema = to_strict_json_schema(model)\n    name = getattr(text_format, "__name__", None) or "output"\n    return {"type": "json_schema", "name": name, "schema": schema, "strict": True}\n\n\ndef parse_response(\n    response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ',\n    text_format: Optional[Type[T]],\n    tools: Optional[Iterable[Mapping[str, object]]],\n) -> ParsedResponse[T]:\n    """The response, with its text parsed into `text_format` and its function calls\' arguments\n    into their tools\' models; a refusal or an invalid answer raises."""\n    by_name = {str(t.get("name")): t for t in tools or () if t.get("type") == "function"}\n    output: List[Any] = []\n    for item in response.output or ():\n        kind = getattr(item, "type", None)\n        if kind == "message":\n            parts: List[Any] = []\n            for part in getattr(item, "content", None) or ():\n                part_kind = getattr(part, "type", None)\n                if part_kind == "refusal" and text_format is not None:\n                    raise RefusalError(str(getattr(part, "refusal", "") or ""), response)\n                if part_kind == "output_text":\n                    parsed = _parse_text(getattr(part, "text", None), text_format, response)\n                    part = _construct(ParsedResponseOutputText, part, parsed=parsed)\n                parts.append(part)\n            item = _construct(ParsedResponseOutputMessage, item, content=parts)\n        elif kind == "function_call":\n            arguments = _parse_arguments(\n                item, by_name.get(str(getattr(item, "name", ""))), response\n            )\n            item = _construct(ParsedResponseFunctionToolCall, item, parsed_arguments=arguments)\n        output.append(item)\n    return cast(ParsedResponse[T], _construct(ParsedResponse, response, output=output))\n\n\ndef _parse_text(\n    text: Optional[str], text_format: Optional[Type[T]], response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield '\n) -> Optional[T]:\n    if text_format is None or text is None:\n        return None\n    try:\n        if is_model(text_format):\n            return cast(T, text_format.model_validate_json(text))\n        return pydantic.TypeAdapter(text_format).validate_json(text)\n    except pydantic.ValidationError as errors:\n        what = f"the answer (as {getattr(text_format, \'__name__\', text_format)})"\n        raise OutputValidationError(what, errors, response) from None\n\n\ndef _parse_arguments(call: Any, tool: Optional[Mapping[str, object]], response: '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ') -> Any:\n    arguments = getattr(call, "arguments", None)\n    if tool is None or not isinstance(arguments, str):\n        return None\n    model = getattr(tool, "model", None)\n    if is_model(model):\n        try:\n            return model.model_validate_json(arguments)\n        except pydantic.ValidationError as errors:\n            what = f"the arguments of {call.name!r}"\n            raise OutputValidationError(what, errors, response) from None\n    if tool.get("strict"):\n        try:\n            return json.loads(arguments)\n        except ValueError:\n            return None\n    return None\n\n\ndef _construct(cls: Type[pydantic.BaseModel], source: Any, **changes: Any) -> Any:\n    """`source`\'s fields and unknown fields, with `changes`, as a `cls`, without validating again."""\n    values: Dict[str, Any] = {\n        **getattr(source, "__dict__", {}),\n        **(getattr(source, "__pydantic_extra__", None) or {}),\n        **changes,\n    }\n    fields_set = set(getattr(source, "model_fields_set", ())) | set(changes)\n    return cls.model_construct(_fields_set=fields_set, **values)\n\n\ndef _complete() -> None:\n    """Build the parsed models: their inherited fields name types of the modules that define\n    their bases, which pydantic looks up in this module\'s namespace unless told."""\n    namespace: Dict[str, Any] = {}\n    for cls in ('
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
    yield ', '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'message'))
    yield ', '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'text'))
    yield ', '
    yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
    yield '):\n        namespace.update(vars(sys.modules[cls.__module__]))\n    namespace.update(globals())\n    for cls in (\n        ParsedResponseOutputText,\n        ParsedResponseOutputMessage,\n        ParsedResponseFunctionToolCall,\n        ParsedResponse,\n    ):\n        cls.model_rebuild(_types_namespace=namespace)\n\n\n_complete()\n'

blocks = {}
debug_info = '1=21&3=23&37=26&38=34&41=38&42=42&68=46&76=48&84=50&94=52&100=54&103=56&106=58&113=60&116=62&142=64&154=66&166=68&197=70&210=72&244=74'
