"""The format stage drops what a generated module imports and never uses (generator/imports.py)."""

from __future__ import annotations

from pathlib import Path

import black

from generator.imports import drop_unused_imports, drop_unused_ts_imports

MODULE = '''# generated
"""A module. Its docstring says List, Dict and Any, which uses none of them."""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Any, Dict, List, Optional, cast

from pydantic import Field, Tag

from ._base import REQUIRED, Model
from .models import Kept as Kept

if TYPE_CHECKING:
    from typing_extensions import TypeAlias

    from . import params as _p


class Thing(Model):
    """Any thing: a List of Dict."""

    name: Optional[str] = Field(default=None)
    other: "_p.Other" = REQUIRED


def read() -> str:
    import json

    return cast(str, os.environ.get("X"))
'''

PRUNED = '''# generated
"""A module. Its docstring says List, Dict and Any, which uses none of them."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Optional, cast

from pydantic import Field

from ._base import REQUIRED, Model
from .models import Kept as Kept

if TYPE_CHECKING:
    from . import params as _p


class Thing(Model):
    """Any thing: a List of Dict."""

    name: Optional[str] = Field(default=None)
    other: "_p.Other" = REQUIRED


def read() -> str:
    import json

    return cast(str, os.environ.get("X"))
'''


def test_unused_names_go_and_used_ones_stay_whatever_the_docstrings_say():
    assert drop_unused_imports(MODULE) == PRUNED
    assert drop_unused_imports(PRUNED) == PRUNED  # nothing left to drop


def test_a_statement_and_a_type_checking_block_left_empty_go_without_leaving_a_gap():
    text = MODULE.replace("    from . import params as _p\n", "").replace('other: "_p.Other" = REQUIRED', "other: int = REQUIRED")
    text = text.replace("if TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n\n", "if TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n")
    pruned = drop_unused_imports(text)
    assert "TYPE_CHECKING" not in pruned and "TypeAlias" not in pruned
    assert "\n\n\n\n" not in pruned and ":\n\n" not in pruned
    assert "from .models import Kept as Kept\n\n\nclass Thing" in pruned


def test_what_is_left_is_in_black_style_on_one_line_or_exploded():
    names = [f"Name{i:02}" for i in range(20)]
    uses = "".join(f"{n.lower()} = {n}\n" for n in names[1:])
    text = f"from .models import ({''.join(f'{chr(10)}    {n},' for n in names)}\n)\n\n{uses}"
    pruned = drop_unused_imports(text)
    assert "Name00" not in pruned and pruned.startswith("from .models import (\n    Name01,\n")
    assert black.format_str(pruned, mode=black.Mode(line_length=100)) == pruned
    short = drop_unused_imports(text.replace(uses, "name01 = Name01\nname02 = Name02\n"))
    assert short.startswith("from .models import Name01, Name02\n")
    assert black.format_str(short, mode=black.Mode(line_length=100)) == short


def test_a_module_whose_header_does_not_parse_is_left_to_the_formatter():
    broken = "from typing import Any, List\nx = (\n\nclass A:\n    pass\n"
    assert drop_unused_imports(broken) == broken


def test_quotes_and_hashes_inside_strings_do_not_hide_code():
    text = (
        "from typing import Any, Dict, List, Optional\n\n"
        "TABLE: Dict[str, int] = {'th\"\"\"ing': 1, \"other'''\": 2, \"#\": 3}\n"
        "x: Optional[int] = None  # a List of Any\n"
        "def f(data: Any) -> None:\n    pass\n"
    )
    assert drop_unused_imports(text).startswith("from typing import Any, Dict, Optional\n")


def _unused_imports(path: Path) -> list[str]:
    """What a module imports and no code of it names, found from its syntax tree (names, and the
    words of strings other than docstrings, which may be annotations)."""
    import ast
    import re

    tree = ast.parse(path.read_text())
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    docstrings |= {id(b.value) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
                   for b in n.body if isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant)}  # attribute docstrings
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    used |= {w for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
             for w in re.findall(r"\w+", n.value)}
    unused = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) and getattr(node, "module", "") != "__future__":
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                if alias.asname != alias.name and name not in used:
                    unused.append(f"{path}:{node.lineno}: {name}")
    return unused


def test_no_generated_module_imports_a_name_it_does_not_use():
    from conftest import GENERATED, ROOT

    modules = [p for p in [*GENERATED.rglob("*.py"), *(ROOT / "tests" / "golden").rglob("expected/**/*.py")]]
    assert len(modules) > 150
    assert [u for p in modules for u in _unused_imports(p)] == []


def test_a_type_checking_block_with_an_else_keeps_its_shape():
    text = (
        "from typing import TYPE_CHECKING, Any\n\n"
        "if TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n\n    from . import models as _m, params as _p\n"
        "else:\n    lazy = object()\n\n\nx: _m.Thing\n"
    )
    pruned = drop_unused_imports(text)
    assert pruned == text.replace("TYPE_CHECKING, Any", "TYPE_CHECKING").replace("    from typing_extensions import TypeAlias\n\n", "").replace(
        "models as _m, params as _p", "models as _m")
    emptied = drop_unused_imports(text.replace("x: _m.Thing", "x: int"))
    assert "if TYPE_CHECKING:\n    pass\nelse:\n" in emptied and "import" not in emptied.replace("from typing import TYPE_CHECKING\n", "")


TS_MODULE = """// generated
import type * as m from "./models.js";
import { Core, pathParam, omit } from "./core.js";
import type { APIPromise, Call, Paging, Uploadable as $Uploadable } from "./core.js";

import { Gone } from "./gone.js";

/** A Paging of Stream, omit(...) in prose: none of these is a use. */
export class A {
  constructor(private readonly core: Core) {}
  // Gone, too
  get(id: string): APIPromise<m.Thing> {
    const call: Call = { method: "GET", path: `/a//b/${pathParam("id", id)}`, note: "// $Uploadable" };
    return this.core.json<m.Thing>(call);
  }
}
"""


def test_typescript_import_lines_keep_the_names_the_code_uses():
    pruned = drop_unused_ts_imports(TS_MODULE)
    assert pruned.startswith(
        '// generated\nimport type * as m from "./models.js";\nimport { Core, pathParam } from "./core.js";\n'
        'import type { APIPromise, Call, Uploadable as $Uploadable } from "./core.js";\n\n/** A Paging'
    )  # a string's words count (harmlessly); a comment's do not; the emptied line leaves one blank line
    assert drop_unused_ts_imports(pruned) == pruned


def test_a_typescript_file_left_without_imports_stays_a_module():
    pruned = drop_unused_ts_imports('import type { Uploadable as $Uploadable } from "./core.js";\n\n/** Nothing. */\n')
    assert "import" not in pruned and pruned.rstrip().endswith("export {};  // a module, though it has nothing to share")
