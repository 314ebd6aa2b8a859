"""Files from an npm package, fetched with plain Python (no Node needed).

The tarball comes from the npm registry once, is checked against the registry's published
sha512 integrity value pinned in the repository, and only the listed files are kept, in a cache
outside the repository. Once cached, nothing is downloaded again.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import tarfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class PackageUnavailable(Exception):
    """The package could not be fetched or did not verify; the message says what to do."""


@dataclass(frozen=True)
class NpmPackage:
    name: str
    version: str
    integrity: str  # the registry's "dist.integrity", e.g. "sha512-…"
    files: tuple[str, ...]  # paths inside the package folder of the tarball
    pinned_in: str  # where to update the pin, for the error message

    @property
    def tarball_url(self) -> str:
        return f"https://registry.npmjs.org/{self.name}/-/{self.name}-{self.version}.tgz"

    @property
    def folder(self) -> Path:
        return cache_root() / self.name / self.version


def cache_root() -> Path:
    """``$CONNECTWISELY_CACHE``, else ``$XDG_CACHE_HOME/connectwisely``, else ``~/.cache/connectwisely``."""
    if os.environ.get("CONNECTWISELY_CACHE"):
        return Path(os.environ["CONNECTWISELY_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "connectwisely"


def download(url: str, timeout: float = 120) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def verify(package: NpmPackage, data: bytes) -> None:
    algorithm, _, expected = package.integrity.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise PackageUnavailable(
            f"The downloaded {package.name} {package.version} tarball does not match its pinned "
            f"checksum ({algorithm} {actual[:16]}… instead of {expected[:16]}…). Nothing was "
            "installed. Check for a proxy that rewrites downloads, or update the version and its "
            f"integrity value together in {package.pinned_in}."
        )


def ensure(package: NpmPackage, fetch: Callable[[str], bytes] = download) -> Path:
    """The folder holding the package's verified files, downloading them the first time."""
    folder = package.folder
    if all((folder / name).is_file() for name in package.files):
        return folder
    try:
        data = fetch(package.tarball_url)
    except (urllib.error.URLError, OSError) as exc:
        raise PackageUnavailable(
            f"Could not download {package.name} {package.version} from {package.tarball_url} "
            f"({exc}). It is needed once; later runs use the cache in {cache_root()}. Connect and "
            f"try again, or copy {', '.join(package.files)} from the npm package "
            f"'{package.name}@{package.version}' into {folder}."
        ) from exc
    verify(package, data)
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for name in package.files:
            try:
                source = tar.extractfile(tar.getmember(f"package/{name}"))
            except KeyError:
                source = None
            if source is None:
                raise PackageUnavailable(f"The {package.name} tarball has no file {name}.")
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder
