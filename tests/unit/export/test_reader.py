"""The one way into the export: a ZIP, its folder or one file, and the files asked of it."""

from __future__ import annotations

import pytest

from connectwisely import InputError
from connectwisely.export.reader import Export, open_export, open_path, open_upload
from tests.support.paths import SAMPLES
from tests.support.zips import zipped


def test_members_are_found_by_name_at_the_root_or_one_folder_down():
    """Case-insensitive, at the root or one folder down; what is not there is None."""
    data = zipped(
        {"Basic_Export/Connections.csv": b"a", "Jobs/Saved Jobs.csv": b"b", "notes.txt": b"c"}
    )
    export = open_export(data, "export.zip")
    assert not export.single
    assert export.find("connections.csv") == b"a"
    assert export.find("Saved Jobs.csv") == b"b"
    assert export.find("Invitations.csv") is None
    assert export.label("Connections.csv") == "Connections.csv in export.zip"


def test_a_single_file_stands_for_the_file_asked_for_and_is_named_as_itself():
    """One CSV is returned whatever is asked, so its header can be checked under its own name."""
    export = open_export(b"a,b\n", "mine.csv")
    assert export.single
    assert export.find("Connections.csv") == b"a,b\n"
    assert export.label("Connections.csv") == "mine.csv"
    assert export.text("Connections.csv") == "a,b\n"


def test_require_lists_what_the_archive_holds_instead():
    """A ZIP without the file says which files it does hold."""
    export = Export("export.zip", {"Profile.csv": b"a", "Skills.csv": b"b"})
    with pytest.raises(
        InputError, match=r"holds no Connections.csv \(it holds Profile.csv, Skills.csv\)"
    ):
        export.require("Connections.csv", "export_zip")


def test_open_upload_refuses_an_empty_file_by_name():
    """An empty upload is named, with what to choose instead."""
    with pytest.raises(InputError, match=r"empty\.csv is empty") as caught:
        open_upload({"name": "empty.csv", "base64": ""}, "export_zip")
    assert caught.value.field == "export_zip"


def test_open_path_reads_a_folder_a_file_and_names_a_missing_one(tmp_path):
    """The unpacked folder gives its CSV files; a missing path is a sentence, not a traceback."""
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "Connections.csv").write_bytes(
        (SAMPLES / "Connections.csv").read_bytes()
    )
    folder = open_path(tmp_path / "export")
    assert folder.find("Connections.csv") is not None and not folder.single
    assert open_path(SAMPLES / "Skills.csv").single
    with pytest.raises(InputError, match="Cannot read"):
        open_path(tmp_path / "nowhere.zip")
