"""The editable install of a checkout: `import specbind` finds the checkout's generator/ folder.

The wheel maps generator/ to the import package `specbind` (pyproject.toml, `sources`), with the
template sets and overlays inside it. hatchling cannot rename a package in an editable install,
so this hook adds the `editables` import hook that does: the `specbind` command of `make`'s
.venv runs the code as it is in the checkout, under the name an installed wheel gives it.
"""

from __future__ import annotations

import os
import tempfile

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class EditableSpecbind(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version != "editable":
            return
        from editables import EditableProject

        project = EditableProject(self.metadata.core.name, self.root)
        project.map("specbind", os.path.join(self.root, "generator"))
        folder = tempfile.mkdtemp(prefix="specbind-editable-")
        for name, content in project.files():
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)
            build_data["force_include_editable"][path] = name
        build_data["dependencies"] += project.dependencies()
