"""Checkpoint and outcome paths that cannot be used: a ConfigurationError naming the path, not an OSError."""

from __future__ import annotations

from pathlib import Path

import pytest

from stateset import ConfigurationError
from stateset._bulk import run_bulk


def _run(**kwargs: object) -> None:
    run_bulk(lambda **_: {"id": "x"}, [{"n": 1}], kind="create", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("where", ["directory", "missing parent"])
def test_an_unusable_checkpoint_is_a_configuration_error(tmp_path: Path, where: str) -> None:
    path = tmp_path if where == "directory" else tmp_path / "nope" / "run.ckpt"
    with pytest.raises(ConfigurationError, match=f"cannot use {path} as a checkpoint: ") as info:
        _run(checkpoint=path)
    assert isinstance(info.value.__cause__, OSError)


@pytest.mark.parametrize("where", ["directory", "missing parent"])
def test_an_unusable_outcomes_path_is_a_configuration_error(tmp_path: Path, where: str) -> None:
    path = tmp_path if where == "directory" else tmp_path / "nope" / "out.jsonl"
    ckpt = tmp_path / "run.ckpt"
    with pytest.raises(ConfigurationError, match=f"cannot write outcomes to {path}: "):
        _run(outcomes_path=path, checkpoint=ckpt)
    assert not ckpt.exists()  # refused before the checkpoint was begun
