"""Which statements of a piece of generated Python black would change, so black sees only those.

Most of what the templates write (model fields, typed-dict keys, tables, method bodies)
comes out of them in black's style already; running black over it costs most of a cold
run and changes nothing. `plan` reads a piece token by token and checks each logical line
against the rules black applies to such code: the line within the limit, each bracket
either closed on its line or exploded one element a line with a trailing comma (which
black keeps: the magic trailing comma), the space black puts between two tokens, double
quotes, docstrings as black rewrites them; and for the piece, black's blank lines. A
statement that breaks a rule (a field too long for its line, say) is handed to black on
its own, dedented, as black formats each logical line on its own; anything the rules here
do not cover sends the whole piece to black. The tests check that black leaves every
generated, golden, fuzzed and real-world module unchanged.
"""

from __future__ import annotations

import keyword
import re
import sys
import tokenize
import unicodedata
from dataclasses import dataclass, field

_OPEN, _CLOSE = "([{", ")]}"
_BINARY = frozenset("+ - * / // % | & ^ << >> == != < > <= >= += -= *= /= |= &= ->".split())
_KEYWORDS = frozenset(keyword.kwlist) - {"None", "True", "False"}
_BLOCKS = frozenset({"def", "async", "class", "if", "elif", "else", "for", "while", "with", "try", "except", "finally", "match", "case"})
_STRING = re.compile(r"(?P<prefix>[rfb]*)(?P<quote>\"\"\"|\")", re.S)
_UPPER_ESCAPE = re.compile(r"\\(x[0-9a-f]*[A-F]|u[0-9a-f]*[A-F]|U[0-9a-f]*[A-F]|N\{)")
_NUMBER = re.compile(r"(0|[1-9][0-9_]*)(\.[0-9_]+)?(e[-+]?[0-9]+)?j?")
_SKIP = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.ENDMARKER, tokenize.ENCODING)


@dataclass(frozen=True)
class Statement:
    """A logical line black must format: physical lines first..last (0-based, inclusive)."""

    first: int
    last: int
    column: int  # its indentation
    header: bool  # a def or class header: black needs a body to read it


@dataclass
class Plan:
    text: str  # the piece, with the blank lines black would leave
    whole: bool = False  # black formats the whole piece
    statements: list[Statement] = field(default_factory=list)  # else these, each on its own


def is_black_style(text: str, line_length: int) -> bool:
    """True when black would leave `text` as it is."""
    found = plan(text, line_length)
    return not found.whole and not found.statements and found.text == text


def plan(text: str, line_length: int) -> Plan:
    """What black has to format in `text` (a module, or a piece of one that starts a statement)."""
    if not text.endswith("\n") or "\t" in text or "\\\n" in text or "\r" in text or "\f" in text:
        return Plan(text, whole=True)
    lines = text.split("\n")
    tokens = _tokens(text)
    logical = _logical_lines(tokens) if tokens is not None else None
    if logical is None:
        return Plan(text, whole=True)
    spaced = _blank_lines(logical, lines)
    if spaced is None:
        return Plan(text, whole=True)
    if spaced != text:
        return plan(spaced, line_length)  # the same piece with black's blank lines: check it again
    out = Plan(text)
    for line in logical:
        if line.is_comment or _follows_the_rules(line, lines, line_length):
            continue
        if line.is_string or (line.opens_block and not (line.is_def or line.is_class)) or line.has_multiline_string:
            return Plan(text, whole=True)  # black reads these differently out of context
        out.statements.append(Statement(line.start - 1, line.end - 1, line.column, line.opens_block))
    return out


# ---- tokens ----------------------------------------------------------------------------

# Python's own tokenize module reads a line at a time in Python; this reads the whole piece
# with one expression. It knows the tokens generated code uses: anything else ends the
# reading, and the piece goes to black.
_TOKEN = re.compile(
    r"""
    [ ]*  # the spaces before a token are read with it
    (?:(?P<newline>\n)
    |(?P<comment>\#[^\n]*)
    |(?P<string>[rRbBfFuU]{0,2}(?:\"\"\"(?:[^\\"]|\\.|"(?!""))*\"\"\"|'''(?:[^\\']|\\.|'(?!''))*'''|"(?:[^\\"\n]|\\.)*"|'(?:[^\\'\n]|\\.)*'))
    |(?P<number>(?:0[xXoObB][0-9a-fA-F_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9_]+)?[jJ]?)(?![\w.]))
    |(?P<name>[^\W\d]\w*)
    |(?P<op>\*\*=?|//=?|->|<<=?|>>=?|<=|>=|==|!=|:=|\.\.\.|[-+*/%&|^@=<>]=?|[()\[\]{}.,:;~]))
    """,
    re.VERBOSE | re.DOTALL,
)
_TYPES = {"comment": tokenize.COMMENT, "string": tokenize.STRING, "number": tokenize.NUMBER, "name": tokenize.NAME, "op": tokenize.OP}


def _tokens(text: str) -> list[tokenize.TokenInfo] | None:
    """The tokens of `text` as tokenize gives them (INDENT, DEDENT, NEWLINE and NL included),
    or None when it holds something this reader does not know."""
    out: list[tokenize.TokenInfo] = []
    make = tokenize.TokenInfo
    indents = [0]
    depth = 0  # open brackets
    row, line_start = 1, 0
    at_line_start = True
    logical_open = False  # the current logical line has a token
    position, end = 0, len(text)
    match = _TOKEN.match
    while position < end:
        found = match(text, position)
        if found is None:
            if text[position:].strip(" "):
                return None
            break  # spaces at the end
        kind = found.lastgroup
        value = found.group(kind)  # type: ignore[arg-type]
        position = found.end()
        col = position - len(value) - line_start
        if kind == "newline":
            kind_nl = tokenize.NEWLINE if logical_open and not depth else tokenize.NL
            out.append(make(kind_nl, "\n", (row, col), (row, col + 1), ""))
            logical_open = logical_open and bool(depth)
            row += 1
            line_start = position
            at_line_start = True
            continue
        if at_line_start and not depth and kind != "comment":
            if col > indents[-1]:
                indents.append(col)
                out.append(make(tokenize.INDENT, " " * col, (row, 0), (row, col), ""))
            while col < indents[-1]:
                indents.pop()
                out.append(make(tokenize.DEDENT, "", (row, col), (row, col), ""))
            if col != indents[-1]:
                return None  # an inconsistent dedent
        at_line_start = False
        if kind == "string" and "\n" in value:
            end_row = row + value.count("\n")
            end_col = len(value) - value.rfind("\n") - 1
            out.append(make(tokenize.STRING, value, (row, col), (end_row, end_col), ""))
            row, line_start = end_row, position - end_col
        else:
            out.append(make(_TYPES[kind], value, (row, col), (row, col + len(value)), ""))
        if kind == "op":
            if value in "([{":
                depth += 1
            elif value in ")]}":
                depth -= 1
                if depth < 0:
                    return None
        if kind != "comment":
            logical_open = True
    if depth:
        return None
    if logical_open:
        out.append(make(tokenize.NEWLINE, "", (row, 0), (row, 0), ""))
    for _ in indents[1:]:
        out.append(make(tokenize.DEDENT, "", (row, 0), (row, 0), ""))
    out.append(make(tokenize.ENDMARKER, "", (row, 0), (row, 0), ""))
    return out


# ---- logical lines ---------------------------------------------------------------------


@dataclass
class _Line:
    """A logical line, as black's EmptyLineTracker sees it (black/lines.py)."""

    tokens: list[tokenize.TokenInfo]  # its significant tokens and comments
    depth: int
    is_comment: bool = False
    is_docstring: bool = False
    one_liner_block: bool = False  # `if x: y` or `def f(): ...`

    @property
    def start(self) -> int:
        return self.tokens[0].start[0]

    @property
    def end(self) -> int:
        return self.tokens[-1].end[0]

    @property
    def column(self) -> int:
        return self.tokens[0].start[1]

    @property
    def first(self) -> str:
        return self.tokens[0].string

    @property
    def last(self) -> str:
        return next((t.string for t in reversed(self.tokens) if t.type != tokenize.COMMENT), "")

    @property
    def is_decorator(self) -> bool:
        return self.first == "@"

    @property
    def is_def(self) -> bool:
        return self.first == "def" or (self.first == "async" and len(self.tokens) > 1 and self.tokens[1].string == "def")

    @property
    def is_class(self) -> bool:
        return self.first == "class"

    @property
    def is_import(self) -> bool:
        return self.first in ("import", "from")

    @property
    def is_string(self) -> bool:
        significant = [t for t in self.tokens if t.type != tokenize.COMMENT]
        return all(t.type == tokenize.STRING for t in significant)

    @property
    def opens_block(self) -> bool:
        return self.last == ":"

    @property
    def is_stub_def(self) -> bool:
        return self.is_def and self.one_liner_block and self.last == "..."

    @property
    def has_multiline_string(self) -> bool:
        return any(t.type == tokenize.STRING and t.start[0] != t.end[0] for t in self.tokens)


def _logical_lines(tokens: list[tokenize.TokenInfo]) -> list[_Line] | None:
    out: list[_Line] = []
    depth = 0
    current: list[tokenize.TokenInfo] = []
    brackets = 0
    last_colon: tokenize.TokenInfo | None = None  # the last `:` outside brackets in the current line
    seen_statement = False
    for tok in tokens:
        kind = tok.type
        if kind == tokenize.INDENT:
            depth += 1
        elif kind == tokenize.DEDENT:
            depth -= 1
        elif kind == tokenize.COMMENT and not current:
            if tok.start[1] % 4:
                return None
            # tokenize puts a comment before the DEDENT it sits after; black places it by column
            out.append(_Line([tok], tok.start[1] // 4, is_comment=True))
        elif kind == tokenize.NEWLINE or (kind == tokenize.ENDMARKER and current):
            if not current:
                continue
            line = _Line(current, depth)
            line.is_docstring = len(current) == 1 and current[0].type == tokenize.STRING and (
                not seen_statement or (out[-1].opens_block and out[-1].depth < depth)
            )
            last = next((t for t in reversed(current) if t.type != tokenize.COMMENT), None)
            line.one_liner_block = line.first in _BLOCKS and last_colon is not None and last_colon is not last
            if line.one_liner_block and not line.is_stub_def:
                return None  # black splits a one-line block
            out.append(line)
            seen_statement = True
            current = []
            last_colon = None
        elif kind == tokenize.ERRORTOKEN or (kind == tokenize.OP and tok.string == ";"):
            return None
        elif kind not in _SKIP or kind == tokenize.COMMENT:
            current.append(tok)
            if kind == tokenize.OP:
                value = tok.string
                if value in _OPEN:
                    brackets += 1
                elif value in _CLOSE:
                    brackets -= 1
                elif value == ":" and not brackets:
                    last_colon = tok
    return out


# ---- one logical line ----------------------------------------------------------------------


def _follows_the_rules(line: _Line, lines: list[str], line_length: int) -> bool:
    tokens = line.tokens
    return (
        _fits(tokens, lines, line_length)
        and _brackets(tokens, lines, line_length)
        and _spacing(tokens)
        and _strings(tokens, line, line_length)
    )


def _fits(tokens: list[tokenize.TokenInfo], lines: list[str], line_length: int) -> bool:
    """No physical line over the limit, unless it holds nothing black could split (a string and
    closing punctuation); no trailing space outside a string."""
    inside: set[int] = set()  # lines within a multi-line string, after its first
    unsplittable: dict[int, bool] = {}
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            continue
        if tok.type == tokenize.STRING and tok.start[0] != tok.end[0]:
            inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
        # Within an exploded bracket, black splits an element only at its brackets and operators:
        # one made of names, attributes and strings stays as long as it is.
        element = tok.start[0] != tokens[0].start[0] and (
            tok.type == tokenize.NUMBER or tok.string in (".", "as") or (tok.type == tokenize.NAME and tok.string not in _KEYWORDS)
        )
        plain = tok.type == tokenize.STRING or tok.string in (",", ")", "]", "}") or element
        unsplittable[tok.start[0]] = unsplittable.get(tok.start[0], True) and plain
    for number in range(tokens[0].start[0], tokens[-1].end[0] + 1):
        text = lines[number - 1]
        if number in inside and number not in unsplittable:
            continue  # all of it is string
        if text != text.rstrip() and number not in inside:
            return False
        if _width(text) > line_length and not unsplittable.get(number, number in inside):
            return False
    return True


def _width(line: str) -> int:
    return len(line) if line.isascii() else sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


def _brackets(tokens: list[tokenize.TokenInfo], lines: list[str], line_length: int) -> bool:
    """Each bracket closes on its line, or is exploded: it ends its line, each element follows on
    its own line(s) one level deeper and ends with a comma, and the closer starts a line at the
    indentation of the line that opened it."""
    significant = [t for t in tokens if t.type != tokenize.COMMENT]
    # (indent of the opening line, opening line, exploded, elements, subscript)
    stack: list[tuple[int, int, bool, int, bool]] = []
    starts: list[int] = []  # where the current element of each open bracket starts
    atoms: list[bool] = []
    for i, tok in enumerate(significant):
        prev = significant[i - 1] if i else None
        nxt = significant[i + 1] if i + 1 < len(significant) else None
        if tok.type == tokenize.OP and tok.string in _OPEN:
            exploded = nxt is not None and nxt.start[0] > tok.start[0]
            indent = _indent(lines[tok.start[0] - 1])
            subscript = tok.string == "[" and prev is not None and (prev.type == tokenize.NAME and prev.string not in _KEYWORDS or prev.string in ")]")
            if exploded and (nxt is None or nxt.string in _CLOSE or nxt.start[1] != indent + 4 or _indent(lines[nxt.start[0] - 1]) != indent + 4):
                return False
            stack.append((indent, tok.start[0], exploded, 0, subscript))
            starts.append(i + 1)
            # a parenthesised atom, not a call: its one element's comma makes a tuple, not magic
            atoms.append(tok.string == "(" and not (prev is not None and (prev.type == tokenize.NAME and prev.string not in _KEYWORDS or prev.string in ")]")))
        elif tok.type == tokenize.OP and tok.string in _CLOSE:
            if not stack:
                return False
            indent, opened, exploded, elements, subscript = stack.pop()
            starts.pop()
            one_tuple = atoms.pop() and elements == 1
            if exploded:
                if prev is None or prev.string != "," or tok.start[1] != indent or _indent(lines[tok.start[0] - 1]) != indent:
                    return False  # an exploded bracket keeps its trailing comma, and its closer starts a line
                if subscript and elements < 2:
                    return False  # black does not keep a one-element subscript exploded
            elif tok.start[0] != opened or (prev is not None and prev.string == "," and not one_tuple):
                return False  # split without a trailing comma, or a magic trailing comma kept on one line
        elif tok.type == tokenize.OP and tok.string == "," and stack:
            indent, opened, exploded, elements, subscript = stack[-1]
            stack[-1] = (indent, opened, exploded, elements + 1, subscript)
            starts[-1] = i + 1
            if exploded and nxt is not None and nxt.string not in _CLOSE:
                if nxt.start[0] == tok.start[0] or nxt.start[1] != indent + 4:
                    return False  # one element a line, one level deeper
        elif stack and not stack[-1][2] and prev is not None and tok.start[0] != prev.end[0]:
            return False  # a line break inside a bracket that is not exploded
        elif stack and stack[-1][2] and prev is not None and tok.start[0] != prev.end[0] and prev.string not in _OPEN and prev.string != ",":
            if not _split_at_plus(significant, starts[-1], stack[-1][0] + 4, lines, line_length):
                return False  # an element split over lines without brackets of its own
    return not stack


def _split_at_plus(tokens: list[tokenize.TokenInfo], start: int, indent: int, lines: list[str], line_length: int) -> bool:
    """Whether the element of an exploded bracket that starts at `tokens[start]` is laid out as
    black splits a sum too long for its line: an operand a line, each after the first led by
    `+` at the element's indentation. Its only operator outside brackets must be `+`, and joined
    on one line it must not fit (else black joins it)."""
    depth, first_row = 0, tokens[start].start[0]
    for j in range(start, len(tokens)):
        tok = tokens[j]
        if depth == 0 and (tok.string == "," or tok.string in _CLOSE):
            last_row = tokens[j - 1].end[0]
            break
        if tok.string in _OPEN:
            depth += 1
        elif tok.string in _CLOSE:
            depth -= 1
        elif depth == 0:
            on_new_line = tok.start[0] != tokens[j - 1].end[0] if j > start else False
            if tok.string == "+":
                if not on_new_line or tok.start[1] != indent:
                    return False
            elif on_new_line or not (tok.type in (tokenize.STRING, tokenize.NUMBER, tokenize.NAME) and tok.string not in _KEYWORDS or tok.string == "."):
                return False
    else:
        return False
    joined = " ".join(lines[row - 1].strip() for row in range(first_row, last_row + 1))  # its comma included
    return indent + _width(joined) > line_length


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spacing(tokens: list[tokenize.TokenInfo]) -> bool:
    """The space between each two tokens on one line is what black puts there."""
    brackets: list[tuple[str, bool]] = []  # (bracket, a def's parameter list)
    annotated: list[bool] = []  # per open bracket: the current parameter has an annotation
    prev: tokenize.TokenInfo | None = None
    before: tokenize.TokenInfo | None = None
    is_def = tokens[0].string in ("def", "async")
    slices = _slices(tokens)
    in_slice: list[str | None] = []  # per open bracket: "simple" or "complex" for a slice
    for index, tok in enumerate(tokens):
        if tok.type == tokenize.COMMENT:
            if not (tok.string.startswith("# ") or tok.string == "#" or tok.string.startswith("#!")):
                return False
            if prev is not None and prev.end[0] == tok.start[0] and tok.start[1] - prev.end[1] != 2:
                return False  # two spaces before an inline comment
            continue
        if prev is not None and prev.end[0] == tok.start[0]:
            if in_slice and in_slice[-1] and ":" in (prev.string, tok.string):
                expected: int | None = _slice_space(in_slice[-1], prev.string, tok.string)
            else:
                expected = _space(before, prev, tok, brackets, annotated)
            if tok.start[1] - prev.end[1] != expected:
                return False
        if tok.type == tokenize.OP and tok.string in _OPEN:
            brackets.append((tok.string, is_def and not brackets and tok.string == "("))
            annotated.append(False)
            in_slice.append(slices.get(index))
        elif tok.type == tokenize.OP and tok.string in _CLOSE and brackets:
            brackets.pop()
            annotated.pop()
            in_slice.pop()
        elif tok.string == "," and annotated:
            annotated[-1] = False
        elif tok.string == ":" and brackets and brackets[-1][1]:
            annotated[-1] = True
        before, prev = prev, tok
    return True


def _slices(tokens: list[tokenize.TokenInfo]) -> dict[int, str]:
    """For each `[` that holds a slice, by its index: "simple" when every bound is a name or a
    number (black writes `x[a:b]`), else "complex" (black spaces the colons: `x[a + 1 :]`)."""
    found: dict[int, str] = {}
    open_at: list[int] = []
    for index, tok in enumerate(tokens):
        if tok.string in _OPEN and tok.type == tokenize.OP:
            open_at.append(index)
        elif tok.string in _CLOSE and tok.type == tokenize.OP and open_at:
            start = open_at.pop()
            inner = tokens[start + 1 : index]
            if tokens[start].string != "[" or not any(t.string == ":" for t in _top(inner)):
                continue
            atom = any(
                t.string in _OPEN and (i == 0 or not (inner[i - 1].type == tokenize.NAME or inner[i - 1].string in _CLOSE))
                for i, t in enumerate(inner)
            )
            if atom or any(t.string == "lambda" for t in inner):
                continue  # black's reading of these is not repeated here: the statement goes to black
            simple = all(
                t.type in (tokenize.NAME, tokenize.NUMBER) and t.string not in _KEYWORDS
                or t.string in (":", ",")
                or (t.string == "-" and (i == 0 or inner[i - 1].string in (":", ",")))
                for i, t in enumerate(inner)
            )
            found[start] = "simple" if simple else "complex"
    return found


def _top(tokens: list[tokenize.TokenInfo]) -> list[tokenize.TokenInfo]:
    """The tokens outside any bracket."""
    depth, out = 0, []
    for tok in tokens:
        if tok.string in _OPEN and tok.type == tokenize.OP:
            depth += 1
        elif tok.string in _CLOSE and tok.type == tokenize.OP:
            depth -= 1
        elif depth == 0:
            out.append(tok)
    return out


def _slice_space(kind: str, x: str, y: str) -> int:
    """The space black puts beside a slice's colon: none in a simple slice; in a complex one the
    colon is spaced like an operator, except next to a bracket, a comma or another colon."""
    if kind == "simple":
        return 0
    if y == ":":
        return 0 if x in ("[", ",", ":") else 1
    return 0 if y in ("]", ",", ":") else 1


def _space(before: tokenize.TokenInfo | None, a: tokenize.TokenInfo, b: tokenize.TokenInfo, brackets: list[tuple[str, bool]], annotated: list[bool]) -> int | None:
    """The spaces black puts between `a` and `b`, or None for a case not handled here."""
    x, y = a.string, b.string
    inner = brackets[-1][0] if brackets else ""
    keyword_a = a.type == tokenize.NAME and x in _KEYWORDS
    if x in ("(", "[", "{") or y in (",", ")", "]", "}"):
        return 0
    if x == "=" or y == "=":
        if inner == "(" and not annotated[-1]:
            return 0  # a keyword argument, or the default of an unannotated parameter
        return None if inner in ("[", "{") else 1
    if x in ("*", "**") and (before is None or before.string in ("(", ",", "[", "{")):
        return 0  # unpacking, or the bare * of keyword-only parameters
    if x == "-" and (before is None or before.string in _BINARY or before.string in ("(", "[", "{", ",", ":", "=") or (before.type == tokenize.NAME and before.string in _KEYWORDS)):
        return 0  # unary minus
    if x == "." and y == "import":
        return 1  # from . import x
    if x == "." or y == ".":
        return None if a.type == tokenize.NUMBER else (1 if keyword_a else 0)
    if y == ":":
        return None if inner == "[" else 0
    if x == ",":
        return 1
    if x == ":":
        return None if inner == "[" else 1  # slices follow rules not repeated here
    if y in ("(", "["):
        if keyword_a:
            return 1
        if (a.type == tokenize.NAME or x in (")", "]")) or (a.type == tokenize.STRING and y == "["):
            return 0  # a call or a subscript
        return 1 if x in _BINARY else None
    if x == "@" and before is None:
        return 0  # a decorator
    if x in ("**", "@", "~", ":=") or y in ("**", "@", ":="):
        return None  # power operands black hugs, matrix products, walruses
    if x in _BINARY or y in _BINARY:
        return 1
    if a.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING) or x in (")", "]", "}", "..."):
        if b.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING) or y in ("...", "{"):
            return 1
    return None


def _strings(tokens: list[tokenize.TokenInfo], line: _Line, line_length: int) -> bool:
    """Quotes as black prefers them, escapes as black writes them, a docstring as black rewrites it."""
    for tok in tokens:
        if tok.type == tokenize.STRING:
            found = _STRING.match(tok.string)
            if not found:
                return False  # single quotes, or a prefix black rewrites
            body = tok.string[found.end() : -len(found.group("quote"))]
            if "\\'" in body or '\\"' in body or _UPPER_ESCAPE.search(body):
                return False
            if line.is_docstring and found.group("quote") == '"""' and not set(found.group("prefix")) & {"b", "f"}:
                if tok.string != _black_docstring(tok.string, 4 * line.depth, line_length):
                    return False
        elif tok.type == tokenize.NUMBER and not _NUMBER.fullmatch(tok.string):
            return False
    return True


def _black_docstring(value: str, indent: int, line_length: int) -> str:
    """A triple-quoted docstring as black writes it (black/linegen.py, visit_STRING)."""
    prefix = _STRING.match(value).group("prefix")  # type: ignore[union-attr]
    docstring = value[len(prefix) + 3 : -3]
    started_empty = not docstring
    pad = " " * indent
    docstring = _fix_docstring(docstring, pad) if "\n" in value else docstring.strip()
    trailing_backslash = False
    if docstring:
        if docstring[0] == '"':
            docstring = " " + docstring
        if docstring[-1] == '"':
            docstring += " "
        if docstring[-1] == "\\" and (len(docstring) - len(docstring.rstrip("\\"))) % 2:
            docstring += " "
            trailing_backslash = True
    elif not started_empty:
        docstring = " "
    lines = docstring.splitlines()
    last = len(lines[-1]) if docstring and not docstring.endswith("\n") else 0
    if len(lines) > 1 and last + 3 > line_length and indent + 3 <= line_length and not trailing_backslash:
        if value[-4] == "\n":
            return prefix + '"""' + docstring + '"""'
        return prefix + '"""' + docstring + "\n" + pad + '"""'
    return prefix + '"""' + docstring + '"""'


def _fix_docstring(docstring: str, pad: str) -> str:
    """black/strings.py fix_multiline_docstring: common indentation out, the block's in."""
    lines = docstring.splitlines() or [""]
    if docstring.endswith("\n"):
        lines.append("")
    smallest = sys.maxsize
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            smallest = min(smallest, len(line) - len(stripped))
    trimmed = [lines[0].strip()]
    if smallest < sys.maxsize:
        last = len(lines) - 2
        for i, line in enumerate(lines[1:]):
            stripped_line = line[smallest:].rstrip()
            trimmed.append(pad + stripped_line if stripped_line or i == last else "")
    return "\n".join(trimmed)


# ---- blank lines ------------------------------------------------------------------------


def _blank_lines(logical: list[_Line], lines: list[str]) -> str | None:
    """The text with, before each line, the blank lines black's EmptyLineTracker leaves there;
    None where its rules are not repeated here."""
    out: list[str] = []
    previous: _Line | None = None
    previous_after = 0
    previous_defs: list[_Line] = []
    taken = 0  # lines of `lines` copied so far
    for line in logical:
        blank = 0
        while line.start - blank - 2 >= taken and not lines[line.start - blank - 2].strip():
            blank += 1
        expected = _expected_blank(line, previous, previous_defs, min(blank, 2 if line.depth == 0 else 1), blank > 0)
        if expected is None:
            return None
        before, after = expected
        if previous is not None and previous.is_docstring and previous.depth == 0 and not (line.is_class or line.is_def):
            before = 1  # one blank line after a module docstring
        out += lines[taken : line.start - 1 - blank]
        out += [""] * max(previous_after, before)
        taken = line.start - 1
        previous, previous_after = line, after
    tail = lines[taken:]
    while len(tail) > 1 and not tail[-2].strip():
        tail.pop(-2)  # black leaves no blank line at the end
    out += tail
    return "\n".join(out)


def _expected_blank(line: _Line, previous: _Line | None, previous_defs: list[_Line], before: int, user_had_newline: bool) -> tuple[int, int] | None:
    """(blank lines before, blank lines after) black gives `line` (black/lines.py, _maybe_empty_lines)."""
    previous_def = None
    while previous_defs and previous_defs[-1].depth >= line.depth:
        previous_def = previous_defs.pop()
    if line.is_def or line.is_class:
        previous_defs.append(line)
    if previous is None:
        return 0, 0
    if line.is_docstring:
        if previous.is_class:
            return 0, 1
        if previous.opens_block and previous.is_def:
            return 0, 0
    if previous_def is not None:
        if line.depth:
            before = 1
        elif previous_def.depth and line.opens_block and line.first not in ("with", "try", "for", "while", "if", "match"):
            before = 1
        else:
            before = 2
    if line.is_decorator or line.is_def or line.is_class:
        if previous.is_decorator:
            return 0, 0
        if previous.depth < line.depth and (previous.is_class or previous.is_def):
            return (1 if user_had_newline else 0), 0
        if previous.is_comment and (not user_had_newline or previous.depth != line.depth):
            return None  # a comment that leads a definition: left to black
        newlines = 1 if line.depth else 2
        if previous.is_stub_def and not user_had_newline:
            newlines = 0
        return newlines, 0
    if previous.is_import and previous.depth == 0 and line.depth == 0 and not line.is_import:
        return 1, 0
    if previous.is_import and not line.is_import and line.depth == previous.depth:
        return (before or 1), 0
    return before, 0
