"""Read a .qdpx archive safely in memory: no path escapes, size and compression-ratio caps."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from wb.errors import InputError, NotFoundError, RefiError, quote_name

MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_BYTES = 1024 * 1024  # small members may compress well without being a bomb
MAX_MEMBERS = 100_000
CHUNK = 1024 * 1024
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def safe_member_name(name: str) -> str | None:
    """The member's normalised name, or None when it would escape the archive folder."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE_RE.match(norm):
        return None
    parts = [p for p in PurePosixPath(norm).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    return "/".join(parts)


class SafeArchive:
    """A zip archive whose members are checked up front and read into memory with caps."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except FileNotFoundError as exc:
            raise NotFoundError("bestaat niet; controleer het pad.", path=path) from exc
        except zipfile.BadZipFile as exc:  # its text is English ("File is not a zip file")
            raise RefiError(
                "is geen geldig .qdpx-bestand (geen leesbaar zip-archief). "
                "Is het bestand volledig gedownload? Exporteer het opnieuw.",
                path=path,
            ) from exc
        except (OSError, ValueError) as exc:
            raise RefiError(
                f"is geen geldig .qdpx-bestand (geen leesbaar zip-archief: {exc}). "
                "Is het bestand volledig gedownload? Exporteer het opnieuw.",
                path=path,
            ) from exc
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.bytes_read = 0  # every read counts towards MAX_TOTAL_BYTES, repeated reads too
        self._folded: dict[str, str] = {}
        self._check()

    def close(self) -> None:
        """Close the underlying zip file."""
        self.zip.close()

    def _refuse(self, member: str, why: str) -> RefiError:
        return RefiError(f"onderdeel {quote_name(member)} {why}", path=self.path)

    def _too_much(self, member: str) -> RefiError:
        return RefiError(
            f"pakt bij het lezen meer dan {_mb(MAX_TOTAL_BYTES)} uit (ook onderdelen die meer "
            f"dan eens worden gebruikt tellen mee, nu {quote_name(member)}); het bestand is "
            "geweigerd (mogelijk een zip-bom).",
            path=self.path,
        )

    def _check(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise RefiError(
                f"bevat meer dan {MAX_MEMBERS} onderdelen en wordt niet geopend.", path=self.path
            )
        total = 0
        for info in infos:
            name = safe_member_name(info.filename)
            if name is None:
                raise self._refuse(
                    info.filename,
                    "wijst naar een plek buiten het archief (bijv. '..' of een absoluut pad); "
                    "het bestand is geweigerd. Gebruik alleen .qdpx-bestanden uit een "
                    "betrouwbare bron.",
                )
            if info.is_dir():
                continue
            self._check_size(info)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise RefiError(
                    f"is uitgepakt groter dan {_mb(MAX_TOTAL_BYTES)} en wordt niet geopend "
                    "(mogelijk een zip-bom). Splits het project of neem contact op met de "
                    "beheerder.",
                    path=self.path,
                )
            self.members[name] = info
            self._folded.setdefault(name.casefold(), name)

    def _check_size(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > MAX_MEMBER_BYTES:
            raise self._refuse(
                info.filename,
                f"is uitgepakt {_mb(info.file_size)}, meer dan de grens van "
                f"{_mb(MAX_MEMBER_BYTES)}; het bestand is geweigerd (mogelijk een zip-bom).",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
            raise self._refuse(
                info.filename,
                f"is {ratio:.0f} keer zo groot als gecomprimeerd (grens {MAX_RATIO}); het "
                "bestand is geweigerd (mogelijk een zip-bom).",
            )

    def find(self, name: str) -> str | None:
        """The real member name for `name`, compared case-insensitively; None when absent."""
        norm = safe_member_name(name)
        if norm is None:
            return None
        if norm in self.members:
            return norm
        return self._folded.get(norm.casefold())

    def read(self, name: str) -> bytes:
        """Read one member into memory, never more than the caps allow (all reads together)."""
        info = self.members[name]
        limit = min(info.file_size, MAX_MEMBER_BYTES)
        if self.bytes_read + info.file_size > MAX_TOTAL_BYTES:
            raise self._too_much(name)
        out = bytearray()
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    out += chunk
                    self.bytes_read += len(chunk)
                    if self.bytes_read > MAX_TOTAL_BYTES:
                        raise self._too_much(name)
                    if len(out) > limit:
                        raise self._refuse(
                            name,
                            "pakt groter uit dan opgegeven of toegestaan; het bestand is "
                            "geweigerd (mogelijk een zip-bom).",
                        )
        except InputError:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise self._refuse(
                name, f"kan niet worden gelezen ({exc}). Is het bestand beschadigd?"
            ) from exc
        return bytes(out)
