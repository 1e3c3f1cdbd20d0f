"""Pinned sources: found by sha256 in the cache, downloaded otherwise, never trusted on a mismatch."""

import hashlib
import socket

import pytest

from generator.diagnostics import SpecError
from generator.sources import Source, resolve

from conftest import BAD_SPECS


def closed_port_url() -> str:
    with socket.socket() as s:  # bind and release: nothing listens there afterwards
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.yaml"


def test_a_cached_file_is_found_by_its_hash_whatever_its_name_and_remembered(tmp_path):
    data = (BAD_SPECS / "minimal.yaml").read_bytes()
    (tmp_path / "whatever-name.yaml").write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    source = Source("x", "https://example.invalid/spec.yaml", digest, ())
    assert resolve(source, tmp_path).read_bytes() == data
    # Linked under its hash, so the next lookup does not hash every file in the folder.
    assert (tmp_path / f"{digest}.yaml").read_bytes() == data
    assert resolve(source, tmp_path) == tmp_path / f"{digest}.yaml"


def test_failed_download_names_url_hash_and_where_to_put_the_file(tmp_path):
    url = closed_port_url()
    source = Source("mine", url, "ab" * 32, ())
    with pytest.raises(SpecError) as exc:
        resolve(source, tmp_path)
    message = str(exc.value)
    assert url in message and "ab" * 32 in message and str(tmp_path / ("ab" * 32 + ".yaml")) in message
    assert not list(tmp_path.iterdir()), "nothing half-written"


def test_a_cached_file_with_the_wrong_bytes_is_an_error(tmp_path):
    good = "cd" * 32
    (tmp_path / f"{good}.yaml").write_bytes((BAD_SPECS / "minimal.yaml").read_bytes())
    with pytest.raises(SpecError, match="sha256 mismatch"):
        resolve(Source("mine", "https://example.invalid/x.yaml", good, ()), tmp_path)
