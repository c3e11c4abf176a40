"""Fixtures of the OAuth tests (helpers in oauthkit.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from oauthkit import OAuthWorld, oauth_world_on


@pytest.fixture
def oauth_world(tmp_path: Path) -> Iterator[OAuthWorld]:
    with oauth_world_on(tmp_path) as world:
        yield world
