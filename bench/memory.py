"""Peak memory of a 100 MB upload and download, and of a 100 MB JSON Lines download read as a
typed stream, through generated packages, against reading the bytes whole (what a client that
does not stream does), measured side by side in fresh processes.

    python bench/memory.py [--mb 100]

A loopback server in its own process reads uploads in chunks and throws them away, and serves
downloads from a generator, so only the client's memory is measured: the growth of its peak RSS
(ru_maxrss) over the interpreter with the package imported. Target: growth <= 20 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

SERVER = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIZE = int(sys.argv[1])
CHUNK = 1 << 16


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _drain(self):
        if "chunked" in self.headers.get("transfer-encoding", ""):
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return
                while size:
                    size -= len(self.rfile.read(min(size, CHUNK)))
                self.rfile.readline()
        else:
            left = int(self.headers.get("content-length") or 0)
            while left:
                left -= len(self.rfile.read(min(left, CHUNK)))

    def do_PUT(self):
        self._drain()
        body = b'{"id": "file_1"}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT

    def do_GET(self):
        if self.path.startswith("/v1/batches/"):
            return self._lines()
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(SIZE))
        self.end_headers()
        block = bytes(range(256)) * (CHUNK // 256)
        left = SIZE
        while left:
            n = min(left, CHUNK)
            self.wfile.write(block[:n])
            left -= n


    def _lines(self):
        # SIZE bytes of JSON Lines batch results, made as they are sent
        line = b'{"custom_id": "request-000000", "result": {"type": "succeeded", "text": "' + b"x" * 400 + b'"}}\n'
        self.send_response(200)
        self.send_header("content-type", "application/x-jsonl")
        self.send_header("content-length", str(SIZE // len(line) * len(line)))
        self.end_headers()
        block = line * (CHUNK // len(line))
        for _ in range(SIZE // len(block)):
            self.wfile.write(block)
        self.wfile.write(line * (SIZE // len(line) - (SIZE // len(block)) * (CHUNK // len(line))))


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""

LINES_CLIENT = r"""
import json, resource, sys
import json_lines as p

url, mode = sys.argv[1], sys.argv[2]
client = p.Client(base_url=url, max_retries=0)
client.v_1  # resources load before the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if mode == "stream":
    with client.v_1.batches.results.list("b") as results:  # typed items, a line at a time
        count = sum(1 for _ in results)
else:  # what a client that reads whole does: the body in memory, then every line parsed
    import httpx
    body = httpx.get(url + "/v1/batches/b/results", timeout=600).content
    count = len([p.models.BatchResult.model_validate_json(line) for line in body.splitlines()])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) / 1024, count)
"""

CLIENT = r"""
import resource, sys
import content_types as p

url, path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
client = p.Client(base_url=url, max_retries=0)
client.notes  # resources load before the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if mode == "stream":
    client.blobs.update("big", body=open(path, "rb"))                 # raw bytes, in chunks
    client.files.create(file=open(path, "rb"), purpose="batch")        # multipart, in chunks
    client.blobs.retrieve("big").write_to_file(path + ".back")         # download, in chunks
else:  # what a client that reads whole does: the same calls with the bytes in memory
    data = open(path, "rb").read()
    client.blobs.update("big", body=data)
    client.files.create(file=data, purpose="batch")
    back = client.blobs.retrieve("big").read()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) / 1024)  # ru_maxrss is in KiB on Linux
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    size = args.mb * 1024 * 1024

    import golden_cases

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for case in ("content_types", "json_lines"):
            for rel, data in golden_cases.generate(case).items():
                (root / case / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / case / rel).write_bytes(data)
        big = root / "big.bin"
        with open(big, "wb") as f:
            block = os.urandom(1 << 20)
            for _ in range(args.mb):
                f.write(block)
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(size)], stdout=subprocess.PIPE, text=True)
        try:
            port = int(server.stdout.readline())
            url = f"http://127.0.0.1:{port}"
            results = {}
            for mode in ("stream", "whole"):
                start = time.perf_counter()
                out = subprocess.run([sys.executable, "-c", CLIENT, url, str(big), mode], cwd=root, capture_output=True, text=True,
                                     env={**os.environ, "PYTHONPATH": str(root)}, timeout=600)
                if out.returncode:
                    raise SystemExit(out.stderr)
                results[mode] = (float(out.stdout), time.perf_counter() - start)
            for mode in ("stream", "whole"):
                start = time.perf_counter()
                out = subprocess.run([sys.executable, "-c", LINES_CLIENT, url, mode], cwd=root, capture_output=True, text=True,
                                     env={**os.environ, "PYTHONPATH": str(root)}, timeout=600)
                if out.returncode:
                    raise SystemExit(out.stderr)
                grown, count = out.stdout.split()
                results["lines " + mode] = (float(grown), time.perf_counter() - start, int(count))
        finally:
            server.terminate()
            server.wait()
    (grow, secs), (peer, peer_secs) = results["stream"], results["whole"]
    print(f"{args.mb} MB upload (raw and multipart) and download, peak RSS growth of the client process:")
    print(f"  generated package, streaming:   {grow:7.1f} MB  ({secs:.1f} s)   target <= 20 MB: {'met' if grow <= 20 else 'NOT met'}")
    print(f"  the same calls, bytes in memory: {peer:7.1f} MB  ({peer_secs:.1f} s)")
    print(f"  ratio: {grow / peer:.2f}x")
    (grow, secs, count), (peer, peer_secs, _) = results["lines stream"], results["lines whole"]
    print(f"{args.mb} MB JSON Lines download ({count:,} batch results), peak RSS growth of the client process:")
    print(f"  generated package, a typed stream: {grow:7.1f} MB  ({secs:.1f} s)   target <= 20 MB: {'met' if grow <= 20 else 'NOT met'}")
    print(f"  the body in memory, then parsed:   {peer:7.1f} MB  ({peer_secs:.1f} s)")


if __name__ == "__main__":
    main()
