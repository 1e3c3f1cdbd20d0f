"""Benchmarks, printed as ratios against peers measured in the same run.

Absolute times on a shared 2-core machine are noisy; the ratios are what count.
Run with `make bench` (which installs openai-python from PyPI for comparison).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
sys.path[:0] = [str(ROOT), str(GENERATED)]

DELTA = b'{"type":"response.output_text.delta","item_id":"msg_123","output_index":0,"content_index":0,"delta":"In","sequence_number":1,"logprobs":[]}'


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def python(code: str, cwd: Path = ROOT, env: dict | None = None) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if result.returncode:
        raise RuntimeError(result.stderr)
    return result.stdout.strip()


def bench_front_half() -> None:
    print("== load + overlays + validate + IR, Responses + Conversations selection of the latest OpenAI spec")
    code = (
        "import time; t=time.perf_counter()\n"
        "from generator.sources import load_sources, resolve\n"
        "from generator.pipeline import prepare, build\n"
        "from generator.operations import Selection\n"
        "s = load_sources(__import__('pathlib').Path('spec/sources.toml'))['openai']\n"
        "p = prepare(resolve(s), s.overlays, url=s.url)\n"
        "build(p, Selection(('/responses', '/conversations')), source='openai').decision()\n"
        "print(time.perf_counter()-t)\n"
    )
    with tempfile.TemporaryDirectory() as cache:
        cold = float(python(code, env={"SPECBIND_CACHE": cache}))
        warm = min(float(python(code, env={"SPECBIND_CACHE": cache})) for _ in range(3))
    from generator.sources import load_sources, resolve

    path = resolve(load_sources(ROOT / "spec" / "sources.toml")["openai"])
    peer = float(python(
        "import time, yaml; t=time.perf_counter()\n"
        "from openapi_spec_validator import OpenAPIV31SpecValidator\n"
        f"d = yaml.load(open({str(path)!r}, 'rb'), Loader=yaml.CSafeLoader)\n"
        "list(OpenAPIV31SpecValidator(d).iter_errors())\n"
        "print(time.perf_counter()-t)\n"
    ))
    print(f"specbind cold (empty cache, in a fresh process): {cold:6.2f} s")
    print(f"specbind warm (parsed+overlaid document and validation report cached by sha256): {warm:6.2f} s")
    print(f"openapi-spec-validator alone (CSafeLoader + iter_errors): {peer:6.2f} s")
    print(f"ratio peer/specbind: cold {peer / cold:.1f}x, warm {peer / warm:.1f}x   (target: warm under 1.5 s)")


def bench_import() -> None:
    print("\n== import time in a fresh interpreter (best of 5)")
    code = "import time; t=time.perf_counter(); import {m}; print(time.perf_counter()-t)"
    ours = min(float(python(code.format(m="openai_responses"), cwd=GENERATED)) for _ in range(5))
    print(f"import openai_responses: {ours * 1000:7.1f} ms   (target < 150 ms)")
    full = min(float(python(code.format(m="openai_responses.models"), cwd=GENERATED)) for _ in range(5))
    print(f"import openai_responses.models (all {len(__import__('openai_responses.models').models.__dict__)} names): {full * 1000:7.1f} ms")
    whole = min(float(python(code.format(m="openai_api"), cwd=GENERATED)) for _ in range(5))
    print(f"import openai_api (the whole API, {_count_operations()} operations): {whole * 1000:7.1f} ms   (target <= 150 ms)")
    client_code = "import time; t=time.perf_counter(); from {m} import {c}; print(time.perf_counter()-t)"
    whole_client = min(float(python(client_code.format(m="openai_api", c="Client"), cwd=GENERATED)) for _ in range(5))
    print(f"from openai_api import Client: {whole_client * 1000:7.1f} ms (resource modules load on first use)")
    ours_client = min(float(python(client_code.format(m="openai_responses", c="Client"), cwd=GENERATED)) for _ in range(5))
    print(f"from openai_responses import Client: {ours_client * 1000:7.1f} ms (httpx included; models load on the first call)")
    try:
        peer = min(float(python(code.format(m="openai"))) for _ in range(5))
        print(f"import openai (openai-python): {peer * 1000:7.1f} ms   ratio {peer / ours:.1f}x")
        peer_client = min(float(python(client_code.format(m="openai", c="OpenAI"))) for _ in range(5))
        print(f"from openai import OpenAI: {peer_client * 1000:7.1f} ms   ratio {peer_client / ours_client:.1f}x")
    except RuntimeError:
        print("openai-python is not installed; `make bench` installs it")


def _count_operations() -> int:
    """Operations the whole-API package's api.md lists (one `### ` heading each)."""
    return sum(1 for line in (GENERATED / "openai_api" / "api.md").read_text().splitlines() if line.startswith("#### `"))


def bench_parse() -> None:
    print("\n== parsing response.output_text.delta from bytes (events/s, best of 5)")
    from typing import Annotated, Union

    from pydantic import Discriminator, TypeAdapter

    from openai_responses import dispatch, models

    n = 100_000
    variants = tuple(dispatch.RESPONSE_STREAM_EVENT_TYPES.values())
    bare = TypeAdapter(Annotated[Union[variants], Discriminator("type")])  # type: ignore[valid-type]
    dispatch.parse_event(DELTA)
    parse = dispatch.parse_event
    ours = n / best_of(5, lambda: [parse(DELTA) for _ in range(n)])
    floor = n / best_of(5, lambda: [bare.validate_json(DELTA) for _ in range(n)])
    print(f"specbind parse_event:                     {ours:10,.0f}/s")
    print(f"bare pydantic discriminated union:        {floor:10,.0f}/s   ratio {ours / floor:.2f}x (target >= 0.6x)")
    assert type(parse(DELTA)) is models.ResponseTextDeltaEvent
    try:
        import json

        from openai._models import construct_type
        from openai.types.responses import ResponseStreamEvent

        m = 20_000
        peer = m / best_of(3, lambda: [construct_type(type_=ResponseStreamEvent, value=json.loads(DELTA)) for _ in range(m)])
        print(f"openai-python (json.loads + construct_type): {peer:8,.0f}/s   specbind is {ours / peer:.1f}x")
    except ImportError:
        print("openai-python is not installed; `make bench` installs it")


def bench_stream() -> None:
    print("\n== streaming response.output_text.delta end to end over httpx.MockTransport (events/s, best of 3)")
    import httpx

    from openai_responses import Client

    def wire(n: int) -> list[bytes]:
        body = b"".join(b"event: response.output_text.delta\ndata: " + DELTA + b"\n\n" for _ in range(n))
        return [body[i : i + 65536] for i in range(0, len(body), 65536)]  # chunks as a socket delivers them

    def transport(chunks: list[bytes]) -> httpx.MockTransport:
        return httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(chunks)))

    def events_per_second(client: Any, n: int) -> float:
        """`client.responses.create(stream=True)` over `n` events, read to the end (best of 3)."""

        def run() -> None:
            count = sum(1 for _ in client.responses.create(model="m", input="x", stream=True))
            assert count == n, count

        return n / best_of(3, run)

    n = 100_000
    chunks = wire(n)
    ours = events_per_second(Client(api_key="sk-bench", base_url="http://bench.test", http_client=httpx.Client(transport=transport(chunks))), n)
    print(f"specbind client.responses.create(stream=True): {ours:10,.0f}/s")

    def floor_run() -> None:
        import jiter

        count = 0
        for block in b"".join(chunks).split(b"\n\n"):
            if block:
                jiter.from_json(block.partition(b"data: ")[2])
                count += 1
        assert count == n

    try:
        floor = n / best_of(3, floor_run)
        print(f"floor (split bytes into events + jiter parse): {floor:10,.0f}/s   specbind at {ours / floor:.2f}x of it (target >= 0.5x)")
    except ImportError:
        print("jiter is not installed; `make bench` installs it with openai-python")
    try:
        import openai
    except ImportError:
        print("openai-python is not installed; `make bench` installs it")
        return
    m = 20_000
    peer_chunks = wire(m)
    peer_client = openai.OpenAI(api_key="sk-bench", base_url="http://bench.test/v1", http_client=httpx.Client(transport=transport(peer_chunks)))
    peer = events_per_second(peer_client, m)
    print(f"openai-python {openai.__version__} (same stream, {m:,} events): {peer:10,.0f}/s   specbind is {ours / peer:.1f}x (target >= 10x)")


def bench_lines() -> None:
    print("\n== streaming NDJSON chat chunks end to end over httpx.MockTransport (items/s, best of 3)")
    import httpx

    sys.path.insert(0, str(ROOT / "tests"))
    import golden_cases

    tmp = Path(tempfile.mkdtemp(prefix="specbind-bench-lines-"))
    for rel, data in golden_cases.generate("json_lines").items():
        (tmp / "json_lines" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / "json_lines" / rel).write_bytes(data)
    sys.path.insert(0, str(tmp))
    import json_lines

    n = 100_000
    line = b'{"model":"llama3","message":{"role":"assistant","content":"In"},"done":false}\n'
    body = line * n
    chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": "application/x-ndjson"}, content=iter(chunks)))
    client = json_lines.Client(base_url="http://bench.test", http_client=httpx.Client(transport=transport))

    def run() -> None:
        count = sum(1 for _ in client.api.chat.create(model="m", messages=[]))
        assert count == n, count

    ours = n / best_of(3, run)
    print(f"specbind client.api.chat.create() (NDJSON):     {ours:10,.0f}/s")
    try:
        import jiter

        def floor_run() -> None:
            count = 0
            for part in b"".join(chunks).split(b"\n"):
                if part:
                    jiter.from_json(part)
                    count += 1
            assert count == n

        floor = n / best_of(3, floor_run)
        print(f"floor (split bytes into lines + jiter parse):   {floor:10,.0f}/s   specbind at {ours / floor:.2f}x of it (target >= 0.5x)")
    except ImportError:
        print("jiter is not installed; `make bench` installs it with openai-python")
    shutil.rmtree(tmp, ignore_errors=True)


def _bench_inputs(tmp: Path, source_name: str = "openai") -> dict[str, Path]:
    """The same input files for every generator: an overlaid pinned spec whole, and its Responses subset."""
    import json
    import re

    from generator.operations import Selection
    from generator.pipeline import prepare
    from generator.sources import load_sources, resolve

    source = load_sources(ROOT / "spec" / "sources.toml")[source_name]
    tmp.mkdir(parents=True, exist_ok=True)
    root = prepare(resolve(source), source.overlays, url=source.url).spec.root
    whole = tmp / "openai-whole.json"
    whole.write_text(json.dumps(root))
    selection = Selection(("/responses", "/conversations"))
    paths = {p: item for p, item in root["paths"].items() if "?" not in p and selection.matches(p, {})}
    schemas = root["components"]["schemas"]
    others = {k: v for k, v in root.get("components", {}).items() if k != "schemas"}
    keep: set[str] = set()
    todo = re.findall(r'"#/components/schemas/([^"]+)"', json.dumps([paths, others]))
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            todo += re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(schemas[name]))
    subset = {**root, "paths": paths, "webhooks": {}, "components": {**others, "schemas": {k: schemas[k] for k in sorted(keep)}}}
    part = tmp / "openai-responses.json"
    part.write_text(json.dumps(subset))
    return {"Responses subset": part, "whole spec": whole}


def _timed(cmd: list[str], cwd: Path, env: dict | None = None) -> tuple[float, str]:
    """One run, as on a user's machine: Python writes bytecode (the first of a tool's runs
    compiles its modules; the best of the runs is reported)."""
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**clean, **(env or {})}, timeout=1800)
    seconds = time.perf_counter() - start
    return seconds, ("ok" if result.returncode == 0 else f"failed: {(result.stderr or result.stdout).strip().splitlines()[-1][:120]}")


RUNS = 5  # runs of each generator, interleaved, so that a slow moment of the machine hits all of them


def bench_generators() -> None:
    print(f"\n== generating from the same file, cold (fresh process, empty caches, bytecode written), best of {RUNS} interleaved runs")
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        previous = _bench_inputs(tmp / "previous", "openai-previous")
        for label, spec in _bench_inputs(tmp).items():
            select = ["--select", "/responses", "--select", "/conversations"] if label != "whole spec" else []

            def specbind(spec: Path, cache: str, out: str) -> tuple[list[str], dict[str, str]]:
                cmd = [str(bin_dir / "specbind"), "generate", str(spec), *select, "--package", "out_pkg", "--out", str(tmp / out), "--quiet"]
                return cmd, {"SPECBIND_CACHE": str(tmp / cache)}

            peers = {
                "openapi-python-client": [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none", "--overwrite", "--output-path", str(tmp / "opc")],
                "datamodel-code-generator (models only)": [str(bin_dir / "datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi", "--output-model-type", "pydantic_v2.BaseModel", "--output", str(tmp / "dm.py")],
            }
            print(f"-- {label} ({spec.stat().st_size / 1e6:.1f} MB JSON)")
            times: dict[str, list[float]] = {"specbind": [], "specbind after a spec update": [], **{name: [] for name in peers if Path(peers[name][0]).exists()}}
            for run in range(RUNS):
                for name in times:
                    if name == "specbind":
                        shutil.rmtree(tmp / "cold", ignore_errors=True)
                        cmd, env = specbind(spec, f"cold-{run}", "cold")
                    elif name == "specbind after a spec update":
                        # The maintainer's weekly case: the cache and output tree are the previous pin's.
                        shutil.rmtree(tmp / "update", ignore_errors=True)
                        cmd, env = specbind(previous[label], f"update-{run}", "update")
                        _timed(cmd, tmp, env)
                        cmd, env = specbind(spec, f"update-{run}", "update")
                    else:
                        if name.startswith("datamodel") and run:
                            continue  # slow, and only a reference: one run
                        cmd, env = peers[name], None
                    seconds, status = _timed(cmd, tmp, env)
                    if status != "ok":
                        print(f"{name}: {status}")
                    times[name].append(seconds)
            best = {name: min(values) for name, values in times.items() if values}
            for name, seconds in best.items():
                print(f"{name:55} {seconds:7.2f} s")
            opc = best.get("openapi-python-client")
            if opc:
                print(f"specbind / openapi-python-client: cold {best['specbind'] / opc:.2f} (target <= 1.0), "
                      f"after an update {best['specbind after a spec update'] / opc:.2f} (target <= 0.5)")
            floor, status = _timed(
                [str(bin_dir / "black"), "--check", "--fast", "-q", "-l", "100", "-t", "py311", "--workers", str(os.cpu_count() or 1), str(tmp / "cold")],
                tmp,
                {"BLACK_CACHE_DIR": str(tmp / f"black-cache-{len(select)}")},
            )
            print(f"{'black --check alone on that output, for scale':55} {floor:7.2f} s  {status}")


def bench_noop() -> None:
    """`make regenerate` when nothing changed, beside starting Python, best of 5 interleaved."""
    print("\n== a no-op `make regenerate` of every configured target, best of 5 (seconds)")
    subprocess.run(["make", "-s", "regenerate"], cwd=ROOT, capture_output=True, check=True)  # everything up to date first
    venv_python = str(ROOT / ".venv" / "bin" / "python")
    for label, env in (("bytecode written (a user's machine)", {"PYTHONDONTWRITEBYTECODE": ""}), ("PYTHONDONTWRITEBYTECODE=1", {"PYTHONDONTWRITEBYTECODE": "1"})):
        clean = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        clean.update({k: v for k, v in env.items() if v})
        noop, baseline = [], []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(["make", "-s", "regenerate"], cwd=ROOT, capture_output=True, check=True, env=clean)
            noop.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([venv_python, "-c", "pass"], capture_output=True, check=True, env=clean)
            baseline.append(time.perf_counter() - start)
        print(f"{label:40} make regenerate {min(noop):6.3f}   python -c pass {min(baseline):6.3f}   (target <= 0.25)")


if __name__ == "__main__":
    os.chdir(ROOT)
    os.environ.setdefault("SPEC_CACHE", str(ROOT / "spec" / ".cache"))
    bench_front_half()
    bench_import()
    bench_parse()
    bench_stream()
    bench_lines()
    bench_noop()
    bench_generators()
