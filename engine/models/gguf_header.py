"""Read a GGUF file's header in pure Python: metadata, tensor layout, and the size it must have.

The header says where every tensor starts and its shape and type, so the byte where the last
tensor ends is known before reading any weight. A copy shorter than that was cut in transfer.
No numpy, no llama.cpp: `plume --help` and `plume models list` stay light.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

DEFAULT_ALIGNMENT = 32

# ggml tensor type id → (elements per block, bytes per block), as in ggml's type traits.
GGML_BLOCKS: dict[int, tuple[int, int]] = {
    0: (1, 4),  # F32
    1: (1, 2),  # F16
    2: (32, 18),  # Q4_0
    3: (32, 20),  # Q4_1
    6: (32, 22),  # Q5_0
    7: (32, 24),  # Q5_1
    8: (32, 34),  # Q8_0
    9: (32, 40),  # Q8_1
    10: (256, 84),  # Q2_K
    11: (256, 110),  # Q3_K
    12: (256, 144),  # Q4_K
    13: (256, 176),  # Q5_K
    14: (256, 210),  # Q6_K
    15: (256, 292),  # Q8_K
    16: (256, 66),  # IQ2_XXS
    17: (256, 74),  # IQ2_XS
    18: (256, 98),  # IQ3_XXS
    19: (256, 50),  # IQ1_S
    20: (32, 18),  # IQ4_NL
    21: (256, 110),  # IQ3_S
    22: (256, 82),  # IQ2_S
    23: (256, 136),  # IQ4_XS
    24: (1, 1),  # I8
    25: (1, 2),  # I16
    26: (1, 4),  # I32
    27: (1, 8),  # I64
    28: (1, 8),  # F64
    29: (256, 56),  # IQ1_M
    30: (1, 2),  # BF16
    34: (256, 54),  # TQ1_0
    35: (256, 66),  # TQ2_0
    39: (32, 17),  # MXFP4
}

# GGUF metadata value types: fixed-size scalars by struct format; 8 is a string, 9 an array.
SCALARS = dict(zip((0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12), "BbHhIif?Qqd", strict=True))
STRING, ARRAY = 8, 9
MAX_KEPT_STRING = 1 << 16  # longer strings (none we need) are skipped, not decoded


class HeaderError(Exception):
    """The header cannot be read. `truncated` says whether the file simply ends too soon."""

    def __init__(self, message: str, *, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


@dataclass(frozen=True)
class Tensor:
    name: str
    dims: tuple[int, ...]
    ggml_type: int
    offset: int  # from the start of the data section

    @property
    def nbytes(self) -> int:
        block, size = GGML_BLOCKS[self.ggml_type]
        count = 1
        for d in self.dims:
            count *= d
        return count // block * size


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    metadata: dict[str, object]
    tensors: list[Tensor] = field(repr=False)
    data_start: int  # file offset of the tensor data section

    @property
    def expected_size(self) -> int:
        """The smallest file size that holds every tensor."""
        ends = (t.offset + t.nbytes for t in self.tensors)
        return self.data_start + max(ends, default=0)

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.metadata.get('general.architecture')}.context_length")
        return value if isinstance(value, int) else None


class _Reader:
    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh, self.size = fh, size

    def take(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) < n:
            raise HeaderError(
                f"the file ends at byte {self.size:,} inside its header", truncated=True
            )
        return data

    def skip(self, n: int) -> None:
        if self.fh.tell() + n > self.size:
            raise HeaderError(
                f"the file ends at byte {self.size:,} inside its header", truncated=True
            )
        self.fh.seek(n, 1)

    def unpack(self, fmt: str) -> object:
        return struct.unpack("<" + fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self, keep: bool = True) -> str | None:
        n = self.unpack("Q")
        if not keep or n > MAX_KEPT_STRING:
            self.skip(n)
            return None
        return self.take(n).decode("utf-8", "replace")

    def value(self, kind: int, keep: bool = True) -> object:
        if kind in SCALARS:
            return self.unpack(SCALARS[kind])
        if kind == STRING:
            return self.string(keep)
        if kind == ARRAY:
            item, count = self.unpack("I"), self.unpack("Q")
            if item in SCALARS:
                self.skip(count * struct.calcsize(SCALARS[item]))
            else:
                for _ in range(count):
                    self.value(item, keep=False)
            return None  # arrays (vocabularies) are skipped: nothing here needs them
        raise HeaderError(f"unknown metadata value type {kind}")


def read_header(path: Path) -> GGUFHeader:
    """Parse the header of the GGUF file at `path` (magic and version already checked)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        r = _Reader(fh, size)
        r.take(4)
        version = r.unpack("I")
        n_tensors, n_kv = r.unpack("Q"), r.unpack("Q")
        if n_tensors > size or n_kv > size:
            raise HeaderError(f"impossible counts ({n_tensors} tensors, {n_kv} metadata keys)")
        metadata: dict[str, object] = {}
        for _ in range(n_kv):
            key = r.string()
            metadata[key or ""] = r.value(r.unpack("I"))
        tensors = []
        for _ in range(n_tensors):
            name = r.string() or ""
            dims = tuple(r.unpack("Q") for _ in range(r.unpack("I")))
            kind, offset = r.unpack("I"), r.unpack("Q")
            if kind not in GGML_BLOCKS:
                raise HeaderError(f"tensor {name!r} has unknown ggml type {kind}")
            tensors.append(Tensor(name, dims, kind, offset))
        alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0:
            raise HeaderError(f"invalid general.alignment {alignment!r}")
        data_start = -(-fh.tell() // alignment) * alignment
    return GGUFHeader(version, metadata, tensors, data_start)
