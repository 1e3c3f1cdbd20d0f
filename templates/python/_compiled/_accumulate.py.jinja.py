# compiled by jinja2 3.1.6 from _accumulate.py.jinja (sha256 0e566ed6b19f857e139a78282a079ee088f728c8ab0c44055f1133d376365cc7); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_accumulate.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_stream_op = l_0_final = missing
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n'
    l_0_stream_op = t_1(t_2(environment, t_3(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), 'stream')), None)
    context.vars['stream_op'] = l_0_stream_op
    context.exported_vars.add('stream_op')
    l_0_final = (environment.getattr(environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result'), 'name') if (((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op) and environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result')) and t_4(environment.getattr(environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result'), 'name'))) else None)
    context.vars['final'] = l_0_final
    context.exported_vars.add('final')
    l_0_final = ((undefined(name='final') if l_0_final is missing else l_0_final) if ((undefined(name='final') if l_0_final is missing else l_0_final) and (environment.getattr(environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), (undefined(name='final') if l_0_final is missing else l_0_final)), '__class__'), '__name__') == 'Model')) else None)
    context.vars['final'] = l_0_final
    context.exported_vars.add('final')
    yield '"""Accumulate a Responses event stream into the final response and its text.\n\n    acc = accumulate(client.responses.create(..., stream=True))\n    print(acc.text)        # every output_text delta, joined\n    acc.response           # the final '
    yield str(((undefined(name='final') if l_0_final is missing else l_0_final) or 'response'))
    yield '\n\nEvents are read by their wire tags (`response.output_text.delta`, ...), the\nResponses streaming protocol; a stream without them still yields the last\nresponse snapshot any lifecycle event carried.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Any, Dict, Iterable, List, Optional, Tuple\n\nfrom pydantic import BaseModel\n'
    if (undefined(name='final') if l_0_final is missing else l_0_final):
        pass
        yield '\nfrom .models import '
        yield str((undefined(name='final') if l_0_final is missing else l_0_final))
        yield '\n'
    yield '\n__all__ = ["Accumulator", "accumulate"]\n\n_LIFECYCLE = {\n    "response.created",\n    "response.queued",\n    "response.in_progress",\n    "response.completed",\n    "response.failed",\n    "response.incomplete",\n}\n_UNDER_WAY = {"response.created", "response.queued", "response.in_progress"}\n\n\ndef _dump(value: Any) -> Any:\n    if isinstance(value, BaseModel):\n        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)\n    return value\n\n\nclass Accumulator:\n    """Feed it events with `add`; read `text`, `items` and `response` at any point."""\n\n    def __init__(self) -> None:\n        # The last response a lifecycle event carried.\n        self.snapshot: Optional[Dict[str, Any]] = None\n        self.completed = False\n        self._items: Dict[int, Dict[str, Any]] = {}\n        self._text: Dict[Tuple[int, int], List[str]] = {}\n        self._arguments: Dict[int, List[str]] = {}\n\n    def add(self, event: Any) -> None:\n        tag = getattr(event, "type", None)\n        if tag == "response.output_text.delta":\n            key = (event.output_index, event.content_index)\n            self._text.setdefault(key, []).append(event.delta or "")\n        elif tag == "response.function_call_arguments.delta":\n            self._arguments.setdefault(event.output_index, []).append(event.delta or "")\n        elif tag in ("response.output_item.added", "response.output_item.done"):\n            self._items[event.output_index] = _dump(event.item) or {}\n            if tag.endswith("done"):\n                self._arguments.pop(event.output_index, None)\n                self._drop_text(event.output_index)\n        elif tag in ("response.content_part.added", "response.content_part.done"):\n            item = self._items.setdefault(event.output_index, {})\n            parts: List[Any] = item.setdefault("content", [])\n            while len(parts) <= event.content_index:\n                parts.append({})\n            parts[event.content_index] = _dump(event.part) or {}\n            if tag.endswith("done"):\n                self._text.pop((event.output_index, event.content_index), None)\n        elif tag in _LIFECYCLE and getattr(event, "response", None) is not None:\n            self.snapshot = _dump(event.response)\n            self.completed = tag not in _UNDER_WAY\n\n    def _drop_text(self, output_index: int) -> None:\n        for key in [k for k in self._text if k[0] == output_index]:\n            del self._text[key]\n\n    @property\n    def items(self) -> List[Dict[str, Any]]:\n        """Output items as JSON, with the deltas not yet folded into a `done` event applied."""\n        items = [dict(self._items[i]) for i in sorted(self._items)]\n        by_index = dict(zip(sorted(self._items), items))\n        for index, chunks in self._arguments.items():\n            if index in by_index:\n                so_far = by_index[index].get("arguments", "")\n                by_index[index]["arguments"] = so_far + "".join(chunks)\n        for (index, part), chunks in self._text.items():\n            if index in by_index:\n                parts = [dict(p) for p in by_index[index].get("content", [])]\n                while len(parts) <= part:\n                    parts.append({"type": "output_text", "text": ""})\n                parts[part]["text"] = parts[part].get("text", "") + "".join(chunks)\n                by_index[index]["content"] = parts\n        return items\n\n    @property\n    def text(self) -> str:\n        """The text of every output_text part, in output order."""\n        out: List[str] = []\n        for item in self._output():\n            parts: List[Any] = item.get("content") or []\n            for part in parts:\n                if getattr(part, "get", None) and part.get("type") == "output_text":\n                    out.append(str(part.get("text", "")))\n        return "".join(out)\n\n    def _output(self) -> List[Dict[str, Any]]:\n        if self.completed and self.snapshot and self.snapshot.get("output"):\n            return list(self.snapshot["output"])\n        return self.items\n\n    def response_json(self) -> Dict[str, Any]:\n        """The final response as JSON: the completed snapshot, or the last snapshot with the output so far."""\n        return {**(self.snapshot or {}), "output": self._output()}\n'
    if (undefined(name='final') if l_0_final is missing else l_0_final):
        pass
        yield '\n    @property\n    def response(self) -> '
        yield str((undefined(name='final') if l_0_final is missing else l_0_final))
        yield ':\n        return '
        yield str((undefined(name='final') if l_0_final is missing else l_0_final))
        yield '.model_validate(self.response_json())\n'
    yield '\n\ndef accumulate(events: Iterable[Any]) -> Accumulator:\n    """Consume a stream (or any iterable of events) into an Accumulator."""\n    acc = Accumulator()\n    for event in events:\n        acc.add(event)\n    return acc\n'

blocks = {}
debug_info = '1=39&3=41&4=44&5=47&10=51&22=53&24=56&122=59&125=62&126=64'
