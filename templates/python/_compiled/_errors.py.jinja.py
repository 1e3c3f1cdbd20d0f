# compiled by jinja2 3.1.6 from _errors.py.jinja (sha256 988e2329f89571777e7155274fd85b0a99be9e8ecb2f78d592bffb6a61b942db); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_errors.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_client_exports = resolve('client_exports')
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""The exceptions the client raises.\n\n    APIError\n    ├── APIConnectionError           the request did not get an HTTP response\n    │   └── APITimeoutError\n    ├── APIResponseValidationError   a response body that is not what the spec says\n    ├── APIStreamError               an error event inside a stream\n    └── APIStatusError               an HTTP error status; one subclass per status\n        ├── BadRequestError (400)     ├── ConflictError (409)\n        ├── AuthenticationError (401) ├── UnprocessableEntityError (422)\n        ├── PermissionDeniedError (403) ├── RateLimitError (429)\n        ├── NotFoundError (404)       └── InternalServerError (>= 500)\n\nMessages name the method, URL and status, never request headers, so the API\nkey cannot leak through an exception.\n"""\n\nfrom __future__ import annotations\n\nimport json\nfrom typing import Any, Dict, cast\n\nimport httpx\n\n__all__ = [\n'
    for l_1_name in environment.getitem((undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports), '_errors'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_1(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n\nclass APIError(Exception):\n    """Base class of every error the client raises."""\n\n    message: str\n    request: httpx.Request | None\n\n    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:\n        super().__init__(message)\n        self.message = message\n        self.request = request\n\n\nclass APIConnectionError(APIError):\n    def __init__(\n        self,\n        message: str = "connection error",\n        *,\n        request: httpx.Request | None = None,\n    ) -> None:\n        super().__init__(message, request=request)\n\n\nclass APITimeoutError(APIConnectionError):\n    def __init__(\n        self,\n        message: str = "request timed out",\n        *,\n        request: httpx.Request | None = None,\n    ) -> None:\n        super().__init__(message, request=request)\n\n\nclass APIResponseValidationError(APIError):\n    """The server answered, but its body could not be read as the declared type."""\n\n    def __init__(self, message: str, *, response: httpx.Response, body: bytes) -> None:\n        super().__init__(message, request=response.request)\n        self.response = response\n        self.status_code = response.status_code\n        self.body = body\n\n\nclass APIStreamError(APIError):\n    """The server sent an error event in the middle of a stream."""\n\n    def __init__(self, event: Any, *, request: httpx.Request | None = None) -> None:\n        message = getattr(event, "message", None) or getattr(event, "code", None)\n        message = message or "error event in stream"\n        super().__init__(str(message), request=request)\n        self.event = event\n        self.code: Any = getattr(event, "code", None)\n\n\nclass APIStatusError(APIError):\n    """An HTTP error status. `body` is the parsed JSON body (or the text, or None)."""\n\n    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:\n        super().__init__(message, request=response.request)\n        self.response = response\n        self.status_code = response.status_code\n        self.body = body\n        self.request_id: str | None = response.headers.get("x-request-id")\n\n\nclass BadRequestError(APIStatusError):\n    pass\n\n\nclass AuthenticationError(APIStatusError):\n    pass\n\n\nclass PermissionDeniedError(APIStatusError):\n    pass\n\n\nclass NotFoundError(APIStatusError):\n    pass\n\n\nclass ConflictError(APIStatusError):\n    pass\n\n\nclass UnprocessableEntityError(APIStatusError):\n    pass\n\n\nclass RateLimitError(APIStatusError):\n    pass\n\n\nclass InternalServerError(APIStatusError):\n    pass\n\n\ndef _detail(body: object) -> object:\n    """The human part of an error body: `error.message` when the body has one."""\n    if not isinstance(body, dict):\n        return body\n    error = cast("Dict[str, object]", body).get("error")\n    if not isinstance(error, dict):\n        return error or cast(object, body)\n    fields = cast("Dict[str, object]", error)\n    return fields.get("message") or fields\n\n\n'
    if ('InvalidWebhookSignatureError' in environment.getitem((undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports), '_errors')):
        pass
        yield 'class InvalidWebhookSignatureError(ValueError):\n    """A webhook delivery whose signature, timestamp or headers do not check out (or no secret to check with)."""\n\n\n'
    yield '_BY_STATUS: dict[int, type[APIStatusError]] = {\n    400: BadRequestError,\n    401: AuthenticationError,\n    403: PermissionDeniedError,\n    404: NotFoundError,\n    409: ConflictError,\n    422: UnprocessableEntityError,\n    429: RateLimitError,\n}\n\n\ndef status_error(response: httpx.Response, content: bytes) -> APIStatusError:\n    """The exception for an error response whose body has been read."""\n    body: object\n    try:\n        body = json.loads(content) if content else None\n    except ValueError:\n        body = content.decode("utf-8", "replace")\n    detail = _detail(body)\n    request = response.request\n    message = f"{request.method} {request.url.copy_with(query=None)} -> {response.status_code}"\n    if detail:\n        message += f": {str(detail)[:500]}"\n    cls = _BY_STATUS.get(response.status_code)\n    if cls is None:\n        cls = InternalServerError if response.status_code >= 500 else APIStatusError\n    return cls(message, response=response, body=body)\n'

blocks = {}
debug_info = '1=20&27=22&28=26&140=30'
