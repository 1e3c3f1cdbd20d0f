"""black's split of one statement too long for its line, without importing black.

Most statements black has to format in generated code are long statements of
a few shapes: a field or alias whose annotation is a long `Literal`/`Union`,
a call assigned to a name, a def or class header, a return, a call, an
import. For those shapes this module runs black's own algorithm (black's
linegen.py of the pinned version, stable style: right_hand_split with its
omitted trailers and optional parentheses, left_hand_split for defs,
delimiter_split inside brackets, magic trailing commas, and the second pass
black.format_str makes over what its first one wrote), transcribed step by
step onto blackstyle's token reader, with black's names so that the two read
side by side. Anything outside those shapes (comments, operators other than
a sign, keywords other than a parameterless `lambda:`, parenthesised
expressions, f-strings) returns None and goes to black. The tests compare
this with black on every statement any test run hands it, on random ones,
and check that the configured targets need nothing else.
"""

from __future__ import annotations

import tokenize
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from . import blackstyle

COMMA_PRIORITY, DOT_PRIORITY = 18, 1
OPENING, CLOSING = frozenset("([{"), frozenset(")]}")
BRACKETS = OPENING | CLOSING
CLOSER = {"(": ")", "[": "]", "{": "}"}
_ALLOWED_OPS = frozenset("( ) [ ] { } , . = : -> * ** - ...".split())
_KEYWORDS_OUT = frozenset({"if", "else", "for", "in", "not", "and", "or", "is", "await", "yield", "import", "from", "del", "with", "global", "nonlocal", "assert", "raise", "pass", "while", "try", "except", "finally", "elif", "as", "async", "def", "class", "return"})
FORCE = "force optional parentheses"  # black's Feature.FORCE_OPTIONAL_PARENTHESES


class CannotSplit(Exception):
    """black's CannotTransform: this split does not apply; the next one is tried."""


class Unsupported(Exception):
    """The statement leaves the shapes transcribed here: black formats it."""


class Leaf:
    """A token as black's Line holds it: `kind` is the token ("NAME", "STRING", "NUMBER" or the
    operator itself; an invisible parenthesis is "(" or ")" with an empty value)."""

    __slots__ = ("kind", "value", "prefix", "space", "parent", "annotation", "bracket_depth", "opening_bracket")

    def __init__(self, kind: str, value: str, space: str = "", parent: str = "", annotation: str = "") -> None:
        self.kind, self.value, self.space, self.prefix = kind, value, space, space
        self.parent = parent  # what black's tree has above it, where a rule asks: "trailer", "atom", "vararg", ... ("" for none)
        self.annotation = annotation  # "param" or "return" inside a def's annotations
        self.bracket_depth = 0
        self.opening_bracket: Optional[Leaf] = None

    def __str__(self) -> str:
        return self.prefix + self.value


class Tracker:
    """black's BracketTracker, for the tokens allowed here."""

    def __init__(self) -> None:
        self.depth = 0
        self.bracket_match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[int, int] = {}
        self.previous: Optional[Leaf] = None
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        if self.depth == 0 and leaf.kind in CLOSING and (self.depth, leaf.kind) not in self.bracket_match:
            return
        if leaf.kind in CLOSING:
            self.depth -= 1
            opening = self.bracket_match.pop((self.depth, leaf.kind), None)
            if opening is None:
                raise Unsupported("unmatched bracket")
            leaf.opening_bracket = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.bracket_depth = self.depth
        if self.depth == 0:
            previous = self.previous
            if leaf.kind == "." and leaf.parent and previous is not None and previous.kind in CLOSING:
                self.delimiters[id(previous)] = DOT_PRIORITY
            elif leaf.kind == ",":
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if leaf.kind in OPENING:
            self.bracket_match[self.depth, CLOSER[leaf.kind]] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf

    def max_priority(self, exclude: tuple[int, ...] = ()) -> int:
        return max(v for k, v in self.delimiters.items() if k not in exclude)  # ValueError when none

    def count_with_priority(self, priority: int) -> int:
        return sum(1 for p in self.delimiters.values() if p == priority)


class Line:
    def __init__(self, line_length: int, depth: int = 0, inside_brackets: bool = False) -> None:
        self.line_length = line_length
        self.depth = depth
        self.inside_brackets = inside_brackets
        self.leaves: list[Leaf] = []
        self.tracker = Tracker()
        self.magic_trailing_comma: Optional[Leaf] = None
        self.should_split_rhs = False

    def append(self, leaf: Leaf, preformatted: bool = False, track_bracket: bool = False) -> None:
        if not (leaf.kind in BRACKETS or leaf.value.strip()):
            return
        if self.inside_brackets or not preformatted or track_bracket:
            self.tracker.mark(leaf)
            if self.has_magic_trailing_comma(leaf):
                self.magic_trailing_comma = leaf
        self.leaves.append(leaf)

    def has_magic_trailing_comma(self, closing: Leaf) -> bool:
        """A comma before `closing` that black keeps, and explodes the brackets for."""
        if not (closing.kind in CLOSING and self.leaves and self.leaves[-1].kind == ","):
            return False
        if closing.kind == "}":
            return True
        if closing.kind == "]":
            opening = closing.opening_bracket
            return not (closing.parent == "trailer" and opening is not None and is_one_sequence_between(opening, closing, self.leaves, ("[", "]")))
        if self.is_import:
            return True
        return closing.opening_bracket is not None and not is_one_sequence_between(closing.opening_bracket, closing, self.leaves)

    def __bool__(self) -> bool:
        return bool(self.leaves)

    def __str__(self) -> str:
        if not self.leaves:
            return "\n"
        first = self.leaves[0]
        return f"{first.prefix}{'    ' * self.depth}{first.value}" + "".join(str(leaf) for leaf in self.leaves[1:]) + "\n"

    @property
    def is_def(self) -> bool:
        return bool(self.leaves) and self.leaves[0].kind == "NAME" and self.leaves[0].value in ("def", "async") and self.leaves[0].parent == "def"

    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].value == "from" and self.leaves[0].parent == "import_from"

    @property
    def is_chained_assignment(self) -> bool:
        return [leaf.kind for leaf in self.leaves].count("=") > 1


def is_one_sequence_between(opening: Leaf, closing: Leaf, leaves: list[Leaf], brackets: tuple[str, str] = ("(", ")")) -> bool:
    """black's test for a one-element sequence (a one-tuple, a single subscript): its comma is not magic."""
    if (opening.kind, closing.kind) != brackets:
        return False
    depth = closing.bracket_depth + 1
    index = next((i for i, leaf in enumerate(leaves) if leaf is opening), -1)
    if index == -1:
        return False
    commas = 0
    for leaf in leaves[index + 1 :]:
        if leaf is closing:
            break
        if leaf.bracket_depth == depth and leaf.kind == ",":
            commas += 1
            if leaf.parent in ("arglist", "typedargslist"):
                commas += 1
                break
    return commas < 2


def _text(line: Line) -> str:
    return str(line).strip("\n")


def is_line_short_enough(line: Line, line_length: Optional[int] = None, line_str: str = "") -> bool:
    line_str = line_str or _text(line)
    return "\n" not in line_str and blackstyle._width(line_str) <= (line.line_length if line_length is None else line_length)


def enumerate_with_length(line: Line, reverse: bool = False) -> Iterator[tuple[int, Leaf, int]]:
    indexed = list(enumerate(line.leaves))
    for index, leaf in reversed(indexed) if reverse else indexed:
        yield index, leaf, len(leaf.prefix) + len(leaf.value)


# ---- transform_line and its transformers (black/linegen.py) -----------------------------


def transform_line(line: Line, features: frozenset[str] = frozenset()) -> list[Line]:
    line_str = _text(line)
    if not line.should_split_rhs and not line.magic_trailing_comma and is_line_short_enough(line, line_str=line_str):
        return [line]
    transformers: list[Callable[[Line, frozenset[str]], Iterator[Line]]]
    if line.is_def and not should_split_funcdef_with_rhs(line):
        transformers = [left_hand_split]
    elif line.inside_brackets:
        transformers = [delimiter_split, right_hand_split_with_omits]
    else:
        transformers = [right_hand_split_with_omits]
    for transform in transformers:
        try:
            return run_transformer(line, transform, features, line_str)
        except CannotSplit:
            continue
    return [line]


def should_split_funcdef_with_rhs(line: Line) -> bool:
    """A def whose return annotation has a magic trailing comma is split from the right."""
    returns: list[Leaf] = []
    in_return = False
    for leaf in line.leaves:
        if leaf.kind == ":":
            in_return = False
        if in_return:
            returns.append(leaf)
        if leaf.kind == "->":
            in_return = True
    result = Line(line.line_length, line.depth)
    tracked = _inside_matching_brackets(returns)
    for leaf in returns:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in tracked)
    first = next((leaf for leaf in returns if leaf.value), None)
    return result.magic_trailing_comma is not None or (first is not None and first.kind == "STRING" and not is_line_short_enough(result))


def run_transformer(line: Line, transform: Callable[[Line, frozenset[str]], Iterator[Line]], features: frozenset[str], line_str: str) -> list[Line]:
    optional_parens = [bracket for bracket in line.tracker.invisible if bracket.bracket_depth == 0]
    result: list[Line] = []
    for transformed in transform(line, features):
        if _text(transformed) == line_str:
            raise CannotSplit("unchanged")
        result.extend(transform_line(transformed, features))
    if (
        FORCE in features
        or transform is not right_hand_split_with_omits
        or not line.tracker.invisible
        or any(bracket.value for bracket in optional_parens)
        or is_line_short_enough(result[0])
        or any(not leaf.parent for leaf in line.leaves)
    ):
        return result
    line_copy = Line(line.line_length, line.depth, line.inside_brackets)
    line_copy.should_split_rhs, line_copy.magic_trailing_comma = line.should_split_rhs, line.magic_trailing_comma
    for i, old in enumerate(line.leaves):  # black's append_leaves: fresh leaves take the old ones' place in the tree
        new = Leaf(old.kind, old.value, old.space if i else "", old.parent, old.annotation)
        old.parent = old.annotation = ""
        line_copy.append(new)
    second_opinion = run_transformer(line_copy, transform, features | {FORCE}, line_str)
    if all(is_line_short_enough(ln) for ln in second_opinion):
        result = second_opinion
    return result


def left_hand_split(line: Line, features: frozenset[str]) -> Iterator[Line]:
    tail_leaves: list[Leaf] = []
    body_leaves: list[Leaf] = []
    head_leaves: list[Leaf] = []
    current = head_leaves
    matching: Optional[Leaf] = None
    for leaf_kind in ("(", "["):
        tail_leaves, body_leaves, head_leaves = [], [], []
        current, matching = head_leaves, None
        for leaf in line.leaves:
            if current is body_leaves and leaf.kind in CLOSING and leaf.opening_bracket is matching and matching is not None:
                _ensure_visible(leaf)
                _ensure_visible(matching)
                current = tail_leaves if body_leaves else head_leaves
            current.append(leaf)
            if current is head_leaves and leaf.kind == leaf_kind:
                matching = leaf
                current = body_leaves
        if matching and tail_leaves:
            break
    if not matching or not tail_leaves:
        raise CannotSplit("no brackets")
    head = bracket_split_build_line(head_leaves, line, matching, "head")
    body = bracket_split_build_line(body_leaves, line, matching, "body")
    tail = bracket_split_build_line(tail_leaves, line, matching, "tail")
    bracket_split_succeeded_or_raise(head, body, tail)
    for result in (head, body, tail):
        if result:
            yield result


@dataclass
class RHSResult:
    head: Line
    body: Line
    tail: Line
    opening_bracket: Leaf
    closing_bracket: Leaf


def right_hand_split(line: Line, features: frozenset[str], omit: frozenset[int] = frozenset()) -> Iterator[Line]:
    rhs = _first_right_hand_split(line, omit)
    yield from _maybe_split_omitting_optional_parens(rhs, line, features, omit)


def right_hand_split_with_omits(line: Line, features: frozenset[str]) -> Iterator[Line]:
    first_lines: Optional[list[Line]] = None
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    for omit in generate_trailers_to_omit(line):
        if omit:
            target: Optional[Leaf] = None
            for leaf in reversed(line.leaves):
                if leaf.kind in CLOSING and id(leaf) not in omit:
                    target = leaf.opening_bracket
                    break
            if target is not None and target.value and prefix_lengths.get(id(target), 0) > line.line_length:
                continue
        lines = list(right_hand_split(line, features, frozenset(omit)))
        if first_lines is None and not omit:
            first_lines = lines
        if is_line_short_enough(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from right_hand_split(line, features)


def _first_right_hand_split(line: Line, omit: frozenset[int] = frozenset()) -> RHSResult:
    tail_leaves: list[Leaf] = []
    body_leaves: list[Leaf] = []
    head_leaves: list[Leaf] = []
    current = tail_leaves
    opening: Optional[Leaf] = None
    closing: Optional[Leaf] = None
    for leaf in reversed(line.leaves):
        if current is body_leaves and leaf is opening:
            current = head_leaves if body_leaves else tail_leaves
        current.append(leaf)
        if current is tail_leaves and leaf.kind in CLOSING and id(leaf) not in omit:
            opening, closing = leaf.opening_bracket, leaf
            current = body_leaves
    if not (opening and closing and head_leaves):
        raise CannotSplit("no brackets")
    tail_leaves.reverse()
    body_leaves.reverse()
    head_leaves.reverse()
    head = bracket_split_build_line(head_leaves, line, opening, "head")
    body = bracket_split_build_line(body_leaves, line, opening, "body")
    tail = bracket_split_build_line(tail_leaves, line, opening, "tail")
    bracket_split_succeeded_or_raise(head, body, tail)
    return RHSResult(head, body, tail, opening, closing)


def _maybe_split_omitting_optional_parens(rhs: RHSResult, line: Line, features: frozenset[str], omit: frozenset[int]) -> Iterator[Line]:
    if (
        FORCE not in features
        and rhs.opening_bracket.kind == "("
        and not rhs.opening_bracket.value
        and rhs.closing_bracket.kind == ")"
        and not rhs.closing_bracket.value
        and not line.is_import
        and can_omit_invisible_parens(rhs, line.line_length)
    ):
        omit = frozenset({id(rhs.closing_bracket), *omit})
        try:
            rhs_oop = _first_right_hand_split(line, omit)
            if _prefer_split_rhs_oop_over_rhs(rhs_oop, rhs):
                yield from _maybe_split_omitting_optional_parens(rhs_oop, line, features, omit)
                return
        except CannotSplit as exc:
            if line.is_chained_assignment:
                pass
            elif not can_be_split(rhs.body) and not is_line_short_enough(rhs.body):
                raise CannotSplit("body still too long and cannot be split") from exc
    _ensure_visible(rhs.opening_bracket)
    _ensure_visible(rhs.closing_bracket)
    for result in (rhs.head, rhs.body, rhs.tail):
        if result:
            yield result


def _prefer_split_rhs_oop_over_rhs(rhs_oop: RHSResult, rhs: RHSResult) -> bool:
    if not (len(rhs.head.leaves) >= 2 and rhs.head.leaves[-2].kind == "="):
        return True
    if not any(leaf.kind in BRACKETS for leaf in rhs.head.leaves[:-1]):
        return True
    if not is_line_short_enough(rhs.head, rhs.head.line_length - 1):
        return True
    if rhs.head.magic_trailing_comma is not None:
        return True
    rhs_head_equals = [leaf.kind for leaf in rhs.head.leaves].count("=")
    oop_head_equals = [leaf.kind for leaf in rhs_oop.head.leaves].count("=")
    if rhs_head_equals > 1 and rhs_head_equals > oop_head_equals:
        return False
    has_closing_bracket_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.kind == "=":
            break
        if leaf.kind in CLOSING:
            has_closing_bracket_after_assign = True
            break
    return has_closing_bracket_after_assign or (
        any(leaf.kind == "=" for leaf in rhs_oop.head.leaves) and is_line_short_enough(rhs_oop.head)
    )


def bracket_split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    tail_len = len(str(tail).strip())
    if not body:
        if tail_len == 0:
            raise CannotSplit("the same line")
        if tail_len < 3:
            raise CannotSplit("not worth it")


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    if leaves and original.is_import:
        return True
    if not leaves or not original.is_def or opening.value != "(":
        return False
    if any(leaf.kind == "," and not leaf.annotation for leaf in leaves):
        return False
    first = next((leaf for leaf in leaves if leaf.parent), None)
    return first is None or first.annotation != "return"


def bracket_split_build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.line_length, original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening):
            for i in range(len(leaves) - 1, -1, -1):
                if leaves[i].kind != ",":
                    leaves.insert(i + 1, Leaf(",", ","))
                break
    to_track = _inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in to_track)
    if component == "body" and should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def _inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    start = next((i for i, leaf in enumerate(leaves) if leaf.kind in OPENING), None)
    if start is None:
        return set()
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    for leaf in leaves[start:]:
        if leaf.kind in OPENING:
            stack.append((CLOSER[leaf.kind], [id(leaf)]))
        elif leaf.kind in CLOSING:
            if stack and leaf.kind == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def should_split_line(line: Line, opening: Leaf) -> bool:
    if not (opening.parent and opening.value in "[{("):
        return False
    trailing_comma = False
    try:
        last = line.leaves[-1]
        exclude: tuple[int, ...] = ()
        if last.kind == ",":
            trailing_comma = True
            exclude = (id(last),)
        max_priority = line.tracker.max_priority(exclude)
    except (IndexError, ValueError):
        return False
    return max_priority == COMMA_PRIORITY and (trailing_comma or opening.parent in ("atom", "import_from"))


def generate_trailers_to_omit(line: Line) -> Iterator[set[int]]:
    omit: set[int] = set()
    if not line.magic_trailing_comma:
        yield omit
    length = 4 * line.depth
    opening: Optional[Leaf] = None
    closing: Optional[Leaf] = None
    inner: set[int] = set()
    for index, leaf, leaf_length in enumerate_with_length(line, reverse=True):
        length += leaf_length
        if length > line.line_length:
            break
        if opening:
            if leaf is opening:
                opening = None
            elif leaf.kind in CLOSING:
                prev = line.leaves[index - 1] if index > 0 else None
                if prev and prev.kind == "," and leaf.opening_bracket is not None and not is_one_sequence_between(leaf.opening_bracket, leaf, line.leaves):
                    break  # brackets with a magic trailing comma are never omitted: they explode
                inner.add(id(leaf))
        elif leaf.kind in CLOSING:
            prev = line.leaves[index - 1] if index > 0 else None
            if prev and prev.kind in OPENING:
                inner.add(id(leaf))
                continue
            if closing:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield omit
            if prev and prev.kind == "," and leaf.opening_bracket is not None and not is_one_sequence_between(leaf.opening_bracket, leaf, line.leaves):
                break
            if leaf.value:
                opening, closing = leaf.opening_bracket, leaf


def delimiter_split(line: Line, features: frozenset[str]) -> Iterator[Line]:
    if not line.leaves:
        raise CannotSplit("empty")
    last_leaf = line.leaves[-1]
    tracker = line.tracker
    try:
        priority = tracker.max_priority((id(last_leaf),))
    except ValueError:
        raise CannotSplit("no delimiters") from None
    if priority == DOT_PRIORITY and tracker.count_with_priority(priority) == 1:
        raise CannotSplit("a single attribute")
    current = Line(line.line_length, line.depth, line.inside_brackets)
    for leaf in line.leaves:
        current.append(leaf, preformatted=True)
        if tracker.delimiters.get(id(leaf)) == priority:
            current.leaves[0].prefix = ""  # black's dont_increase_indentation
            yield current
            current = Line(line.line_length, line.depth, line.inside_brackets)
    if current:
        if priority == COMMA_PRIORITY and current.leaves[-1].kind != ",":
            current.append(Leaf(",", ","))
        current.leaves[0].prefix = ""
        yield current


def can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == "STRING" and leaves[1].kind == ".":
        calls = dots = 0
        following = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.kind in OPENING:
                if following.kind not in CLOSING:
                    return False
                calls += 1
            elif leaf.kind == ".":
                dots += 1
            elif leaf.kind == "NAME":
                if not (following.kind == "." or following.kind in OPENING):
                    return False
            elif leaf.kind not in CLOSING:
                return False
            if dots > 1 and calls > 1:
                return False
            following = leaf
    return True


def can_omit_invisible_parens(rhs: RHSResult, line_length: int) -> bool:
    line = rhs.body
    tracker = line.tracker
    if not tracker.delimiters:
        return True
    max_priority = tracker.max_priority()
    if tracker.count_with_priority(max_priority) > 1:
        return False
    if max_priority == DOT_PRIORITY:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if first.kind in OPENING and second.kind not in CLOSING:
        if _can_omit_opening_paren(line, first, line_length):
            return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.kind in (")", "}") or (last.kind == "]" and last.parent != "trailer"):
        if penultimate.kind in OPENING:
            return False
        if _can_omit_closing_paren(line, last, line_length):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf, line_length: int) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf, leaf_length in enumerate_with_length(line):
        if leaf.kind in CLOSING and leaf.opening_bracket is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > line_length:
                break
            if leaf.kind in OPENING:
                remainder = False
    else:
        if len(line.leaves) == index + 1:
            return True
    return False


def _can_omit_closing_paren(line: Line, last: Leaf, line_length: int) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for _, leaf, leaf_length in enumerate_with_length(line):
        length += leaf_length
        if leaf is last.opening_bracket:
            if seen_other_brackets or length <= line_length:
                return True
        elif leaf.kind in OPENING:
            seen_other_brackets = True
    return False


def _ensure_visible(leaf: Leaf) -> None:
    if leaf.kind == "(":
        leaf.value = "("
    elif leaf.kind == ")":
        leaf.value = ")"


# ---- from text to black's leaves ----------------------------------------------------------


def split(text: str, line_length: int) -> Optional[str]:
    """black's output for `text`, one statement (a def or class header followed by `    pass`),
    or None when the statement is not of the shapes transcribed here.

    Like black.format_str, a statement that changed is formatted a second time from its new
    text: the trailing commas the first pass added are magic in the second."""
    body = ""
    if text.endswith(":\n    pass\n"):
        text, body = text[: -len("    pass\n")], "    pass\n"
    if not text.endswith("\n"):
        return None
    try:
        once = _format_once(text, line_length)
        return (once if once == text else _format_once(once, line_length)) + body
    except (Unsupported, CannotSplit, RecursionError):
        return None
    except Exception:  # a shape this transcription mishandles: black, not a failed run, decides
        return None


def _format_once(text: str, line_length: int) -> str:
    return "".join(str(out) for out in transform_line(_line(text, line_length)))


def _line(text: str, line_length: int) -> Line:
    tokens = blackstyle._tokens(text)
    if tokens is None:
        raise Unsupported("unreadable")
    significant = [t for t in tokens if t.type not in blackstyle._SKIP]
    if not significant or any(t.type == tokenize.COMMENT for t in tokens):
        raise Unsupported("comments")
    logical = blackstyle._logical_lines(tokens)
    if logical is None or len(logical) != 1 or not blackstyle._spacing(significant) or not blackstyle._strings(significant, logical[0], line_length):
        raise Unsupported("not in black's spacing or quoting")
    line = Line(line_length)
    for leaf in _leaves(significant):
        line.append(leaf)
    return line


def _leaves(tokens: list[tokenize.TokenInfo]) -> list[Leaf]:
    """The statement's tokens as black's leaves: spaces as black puts them (checked on each
    line; across a line break, after an opening bracket or a comma, before a closing bracket or
    a dot), each leaf tagged with its
    place in black's tree where a rule asks, and the invisible parentheses black puts around
    an annotation, an assigned value, a returned value and a return annotation."""
    leaves: list[Leaf] = []
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.STRING:
            if "f" in tok.string[: tok.string.find('"')].lower() or (i and tokens[i - 1].type == tokenize.STRING) or "\n" in tok.string:
                raise Unsupported("f-strings, implicit concatenation, multi-line strings")
            kind = "STRING"
        elif tok.type == tokenize.NUMBER:
            kind = "NUMBER"
        elif tok.type == tokenize.NAME:
            if tok.string == "lambda" and (i + 1 == len(tokens) or tokens[i + 1].string != ":"):
                raise Unsupported("a lambda with parameters")
            if tok.string in _KEYWORDS_OUT and not (i == 0 and tok.string in ("def", "class", "return", "async", "from")) and not (i == 1 and tok.string == "def" and tokens[0].string == "async") and not (tokens[0].string == "from" and tok.string in ("import", "as")):
                raise Unsupported(f"keyword {tok.string}")
            kind = "NAME"
        elif tok.string in _ALLOWED_OPS:
            kind = tok.string
        else:
            raise Unsupported(f"operator {tok.string}")
        previous = tokens[i - 1] if i else None
        if previous is None:
            space = ""
        elif previous.end[0] == tok.start[0]:
            space = " " if previous.end[1] < tok.start[1] else ""
        elif previous.string in OPENING or kind in CLOSING or kind == ".":
            space = ""
        elif previous.string == ",":
            space = " "
        else:
            raise Unsupported("a line break black would not make")
        leaves.append(Leaf(kind, tok.string, space))
    first = leaves[0].value
    if first in ("def", "async"):
        out = _def(leaves)
    elif first == "class":
        out = _class(leaves)
    elif first == "from":
        out = _import(leaves)
    elif first == "return":
        out = [leaves[0], *_invisible(leaves[1:])]
    else:
        out = _statement(leaves)
    for leaf in out:
        leaf.parent = leaf.parent or "node"  # every token of the statement has a place in black's tree
    return out


_COMMA_PARENTS = {("(", "trailer"): "arglist", ("[", "trailer"): "subscriptlist", ("[", "atom"): "listmaker", ("{", "atom"): "dictsetmaker"}


def _tag_expression(leaves: list[Leaf]) -> None:
    """Tag each bracket as black's tree places it (a trailer after a name or a closing bracket,
    else an atom), each comma by the list it separates, each star as unpacking, each minus as a
    sign; refuse operators and parenthesised expressions."""
    opened: list[tuple[str, str]] = []
    for i, leaf in enumerate(leaves):
        prev = leaves[i - 1] if i else None
        leaf.parent = leaf.parent or "node"
        if leaf.kind in OPENING:
            after_atom = prev is not None and (prev.kind in ("NAME", "STRING") or prev.kind in CLOSING) and not (prev.kind == "NAME" and prev.value in ("None", "True", "False") and leaf.kind == "(")
            leaf.parent = "trailer" if after_atom and leaf.kind != "{" else "atom"
            if leaf.kind == "(" and leaf.parent == "atom":
                raise Unsupported("a parenthesised expression")
            opened.append((leaf.kind, leaf.parent))
        elif leaf.kind in CLOSING:
            if not opened:
                raise Unsupported("unbalanced")
            leaf.parent = opened.pop()[1]
        elif leaf.kind == ",":
            if not opened:
                raise Unsupported("a tuple")
            leaf.parent = _COMMA_PARENTS[opened[-1]]
        elif leaf.kind in ("*", "**"):
            if prev is not None and prev.kind not in ("(", ","):
                raise Unsupported("an operator")
            leaf.parent = "vararg"
        elif leaf.kind == "-":
            if prev is None or prev.kind not in ("(", "[", ",", "=", ":") or i + 1 >= len(leaves) or leaves[i + 1].kind != "NUMBER":
                raise Unsupported("an operator")
        elif leaf.kind == "->":
            raise Unsupported("an arrow outside a def")
        elif leaf.kind == ":" and not opened and not _lambda_colon(leaves, i):
            raise Unsupported("a colon")
        elif leaf.kind == "." and prev is not None and prev.kind == "NUMBER":
            raise Unsupported("a number's attribute")
    if opened:
        raise Unsupported("unbalanced")


def _invisible(leaves: list[Leaf]) -> list[Leaf]:
    """`leaves` in black's invisible parentheses (tagged): parentheses written around them are
    made invisible, as black makes redundant ones; the space before moves to the parenthesis."""
    if not leaves:
        raise Unsupported("nothing to wrap")
    if leaves[0].kind == "(" and _matching(leaves, 0) == len(leaves) - 1:
        opening, closing, leaves = leaves[0], leaves[-1], leaves[1:-1]
        if not leaves or _top_level(leaves, (",",)) or (leaves[0].kind == "(" and _matching(leaves, 0) == len(leaves) - 1):
            raise Unsupported("a tuple, or parentheses black keeps")
        opening.value = closing.value = ""
    else:
        opening, closing = Leaf("(", "", leaves[0].space), Leaf(")", "")
        leaves[0].space = leaves[0].prefix = ""
    _tag_expression(leaves)
    opening.parent = closing.parent = "atom"
    opening.prefix, closing.prefix, closing.space = opening.space, "", ""
    return [opening, *leaves, closing]


def _import(leaves: list[Leaf]) -> list[Leaf]:
    """`from module import names`: black puts the names in invisible parentheses (or makes the
    ones written invisible), and an import that does not fit explodes one name a line."""
    at = next((i for i, leaf in enumerate(leaves) if leaf.value == "import" and leaf.kind == "NAME"), None)
    if at is None or any(leaf.kind not in ("NAME", ".") for leaf in leaves[1:at]):
        raise Unsupported("an import of another shape")
    names = leaves[at + 1 :]
    if names and names[0].kind == "(" and names[-1].kind == ")":
        opening, closing, names = names[0], names[-1], names[1:-1]
        opening.value = closing.value = ""
    else:
        opening, closing = Leaf("(", "", names[0].space if names else ""), Leaf(")", "")
        if names:
            names[0].space = names[0].prefix = ""
    if not names or any(leaf.kind not in ("NAME", ",") for leaf in names) or names[0].kind == ",":
        raise Unsupported("an import of another shape")
    for leaf in leaves[: at + 1]:
        leaf.parent = "import_from"
    for leaf in names:
        leaf.parent = "import_as_names"
    opening.parent = closing.parent = "import_from"
    opening.prefix, closing.prefix = opening.space, ""
    return [*leaves[: at + 1], opening, *names, closing]


def _top_level(leaves: list[Leaf], kinds: tuple[str, ...]) -> list[int]:
    depth, found = 0, []
    for i, leaf in enumerate(leaves):
        if leaf.kind in OPENING:
            depth += 1
        elif leaf.kind in CLOSING:
            depth -= 1
        elif depth == 0 and leaf.kind in kinds and not _lambda_colon(leaves, i):
            found.append(i)
    return found


def _lambda_colon(leaves: list[Leaf], i: int) -> bool:
    """The colon of `lambda:` (only a lambda without parameters is read here)."""
    return leaves[i].kind == ":" and i > 0 and leaves[i - 1].value == "lambda"


def _statement(leaves: list[Leaf]) -> list[Leaf]:
    """An expression, or `target[: annotation][ = value]...`."""
    cuts = _top_level(leaves, (":", "="))
    if not cuts:
        _tag_expression(leaves)
        return leaves
    colons = [i for i in cuts if leaves[i].kind == ":"]
    if colons and colons[0] != cuts[0] or len(colons) > 1:
        raise Unsupported("a colon")
    target = leaves[: cuts[0]]
    if not target or target[0].kind in OPENING or _top_level(target, (",",)):
        raise Unsupported("a target black may rewrite")
    _tag_expression(target)
    out = list(target)
    for n, cut in enumerate(cuts):
        part = leaves[cut + 1 : cuts[n + 1] if n + 1 < len(cuts) else len(leaves)]
        leaves[cut].parent = "node"
        out += [leaves[cut], *_invisible(part)]
    return out


def _def(leaves: list[Leaf]) -> list[Leaf]:
    """`[async] def name(parameters) [-> annotation]:` (or `: ...`); annotations tagged as black asks."""
    start = 2 if leaves[0].value == "async" else 1
    if leaves[0].value == "async" and (len(leaves) < 2 or leaves[1].value != "def"):
        raise Unsupported("async")
    for leaf in leaves[:start]:
        leaf.parent = "def"
    end = len(leaves) - 2 if [leaf.kind for leaf in leaves[-2:]] == [":", "..."] else len(leaves) - 1  # the `:`, a stub's `...` after it
    if end < start + 3 or leaves[start].kind != "NAME" or leaves[start + 1].kind != "(" or leaves[end].kind != ":":
        raise Unsupported("a def of another shape")
    leaves[start].parent = "node"
    close = _matching(leaves, start + 1)
    params = leaves[start + 2 : close]
    leaves[start + 1].parent = leaves[close].parent = "parameters"
    _tag_parameters(params)
    out = leaves[: close + 1]
    rest = leaves[close + 1 : end]
    if rest:
        if rest[0].kind != "->" or len(rest) < 2:
            raise Unsupported("a def of another shape")
        rest[0].parent = "node"
        wrapped = _invisible(rest[1:])
        for leaf in wrapped:
            leaf.annotation = "return"
        out += [rest[0], *wrapped]
    for leaf in leaves[end:]:
        leaf.parent = "node"
    return [*out, *leaves[end:]]


def _tag_parameters(params: list[Leaf]) -> None:
    """Each parameter: a name, `*`/`**`, an annotation after `:` (marked), a default after `=`."""
    for piece in _pieces(params, "typedargslist"):
        cuts = _top_level(piece, (":", "="))
        if piece and piece[0].kind in ("*", "**"):
            piece[0].parent = "vararg"
            piece = piece[1:]
            cuts = [c - 1 for c in cuts]
            if not piece:
                continue
        if not piece or piece[0].kind != "NAME" or (cuts and cuts[0] != 1):
            raise Unsupported("a parameter of another shape")
        piece[0].parent = "node"
        colon = cuts[0] if cuts and piece[cuts[0]].kind == ":" else None
        equal = next((c for c in cuts if piece[c].kind == "="), None)
        if colon is not None:
            annotation = piece[colon + 1 : equal if equal is not None else len(piece)]
            _tag_expression(annotation)
            for leaf in annotation:
                leaf.annotation = "param"
            piece[colon].parent = "node"
        if equal is not None:
            piece[equal].parent = "node"
            _tag_expression(piece[equal + 1 :])


def _pieces(leaves: list[Leaf], parent: str) -> list[list[Leaf]]:
    """The comma-separated elements of a parameter or base list, a trailing comma allowed."""
    commas = _top_level(leaves, (",",))
    for i in commas:
        leaves[i].parent = parent
    bounds = [-1, *commas, len(leaves)]
    pieces = [leaves[a + 1 : b] for a, b in zip(bounds, bounds[1:])] if leaves else []
    if len(pieces) > 1 and not pieces[-1]:
        pieces.pop()  # after a trailing comma
    if any(not piece for piece in pieces):
        raise Unsupported("an empty element")
    return pieces


def _class(leaves: list[Leaf]) -> list[Leaf]:
    if len(leaves) < 5 or leaves[1].kind != "NAME" or leaves[2].kind != "(" or leaves[-1].kind != ":" or leaves[3].kind == ")":
        raise Unsupported("a class of another shape")
    close = _matching(leaves, 2)
    if close != len(leaves) - 2:
        raise Unsupported("a class of another shape")
    for leaf in (leaves[0], leaves[1], leaves[-1]):
        leaf.parent = "node"
    leaves[2].parent = leaves[close].parent = "classdef"
    for piece in _pieces(leaves[3:close], "arglist"):
        equal = _top_level(piece, ("=",))
        if equal:
            piece[equal[0]].parent = "node"
            _tag_expression(piece[: equal[0]])
            _tag_expression(piece[equal[0] + 1 :])
        else:
            _tag_expression(piece)
    return leaves


def _matching(leaves: list[Leaf], start: int) -> int:
    depth = 0
    for i in range(start, len(leaves)):
        if leaves[i].kind in OPENING:
            depth += 1
        elif leaves[i].kind in CLOSING:
            depth -= 1
            if depth == 0:
                return i
    raise Unsupported("unbalanced")
