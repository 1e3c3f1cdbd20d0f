"""generated/ must be exactly what spec + overlays + templates produce."""


from generator.config import load_targets
from generator.generate import drift

from conftest import PROJECT, ROOT


def test_generated_tree_matches_its_inputs():
    targets = load_targets(ROOT)
    assert targets, "no targets in pyproject.toml"
    problems = []
    for target in targets.values():
        diffs, _, _ = drift(target, PROJECT, discard_edits=True)  # no hand edits here
        if diffs:
            problems.append(f"{target.name}: {len(diffs)} file(s) differ\n" + "".join(diffs)[:20000])
    assert not problems, "\n".join(problems) + "\n\ngenerated/ is out of date: run `make regenerate` and commit the result."
