"""Build the Khmer Hunspell dictionary (km_KH.dic/.aff) from ICU's Khmer word list.

ICU ships a Khmer word-break dictionary (``brkitr/khmerdict.dict``, Unicode licence: see
``LICENSE-ICU.txt``). It is stored inside the ICU data library as a BytesTrie whose bytes are
code points less an offset (U+1780). This script reads it out of the ICU data of the machine
(Debian's libicu72, or the path given) and writes one word a line as a Hunspell dictionary.
Run it again when ICU is updated; the output is committed, so the app needs no ICU data file::

    python resources/spelling/build_km_dictionary.py [/usr/lib/x86_64-linux-gnu/libicudata.so.72]

The trie walk follows the format documented in ICU's ``bytestrie.h``.
"""

from __future__ import annotations

import glob
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "km"

# BytesTrie node kinds and encodings (bytestrie.h)
MIN_LINEAR_MATCH = 0x10
MIN_VALUE_LEAD = 0x20
MAX_BRANCH_LINEAR = 5
MIN_TWO_BYTE_VALUE_LEAD = 0x51
MIN_THREE_BYTE_VALUE_LEAD = 0x6C
FOUR_BYTE_VALUE_LEAD = 0x7E
MIN_TWO_BYTE_DELTA_LEAD = 0xC0
MIN_THREE_BYTE_DELTA_LEAD = 0xF0
FOUR_BYTE_DELTA_LEAD = 0xFE


def _value_size(lead: int) -> int:
    """Bytes after a value's lead byte (``lead`` already shifted right by one)."""
    if lead < MIN_TWO_BYTE_VALUE_LEAD:
        return 0
    if lead < MIN_THREE_BYTE_VALUE_LEAD:
        return 1
    if lead < FOUR_BYTE_VALUE_LEAD:
        return 2
    return 3 if lead == FOUR_BYTE_VALUE_LEAD else 4


def _read_value(b: bytes, pos: int, lead: int) -> int:
    if lead < MIN_TWO_BYTE_VALUE_LEAD:
        return lead - 0x10
    if lead < MIN_THREE_BYTE_VALUE_LEAD:
        return ((lead - MIN_TWO_BYTE_VALUE_LEAD) << 8) | b[pos]
    if lead < FOUR_BYTE_VALUE_LEAD:
        return ((lead - MIN_THREE_BYTE_VALUE_LEAD) << 16) | (b[pos] << 8) | b[pos + 1]
    size = 3 if lead == FOUR_BYTE_VALUE_LEAD else 4
    return int.from_bytes(b[pos : pos + size], "big")


def _delta(b: bytes, pos: int) -> tuple[int, int]:
    """(delta, position after it)."""
    d = b[pos]
    pos += 1
    if d < MIN_TWO_BYTE_DELTA_LEAD:
        return d, pos
    if d < MIN_THREE_BYTE_DELTA_LEAD:
        return ((d - MIN_TWO_BYTE_DELTA_LEAD) << 8) | b[pos], pos + 1
    if d < FOUR_BYTE_DELTA_LEAD:
        return ((d - MIN_THREE_BYTE_DELTA_LEAD) << 16) | (b[pos] << 8) | b[pos + 1], pos + 2
    size = 3 if d == FOUR_BYTE_DELTA_LEAD else 4
    return int.from_bytes(b[pos : pos + size], "big"), pos + size


def trie_keys(b: bytes) -> list[bytes]:
    """Every key of a BytesTrie, by walking its nodes (depth first)."""
    keys: list[bytes] = []
    stack: list[tuple[int, bytes]] = [(0, b"")]
    while stack:
        pos, prefix = stack.pop()
        while True:
            node = b[pos]
            pos += 1
            if node >= MIN_VALUE_LEAD:
                keys.append(prefix)
                if node & 1:  # final value: nothing follows
                    break
                pos += _value_size(node >> 1)
                continue
            if node >= MIN_LINEAR_MATCH:
                length = node - MIN_LINEAR_MATCH + 1
                prefix += b[pos : pos + length]
                pos += length
                continue
            if node == 0:
                node = b[pos]
                pos += 1
            _branch(b, pos, node + 1, prefix, stack, keys)
            break
    return keys


def _branch(b: bytes, pos: int, length: int, prefix: bytes, stack, keys) -> None:  # noqa: ANN001
    while length > MAX_BRANCH_LINEAR:
        pos += 1  # the comparison byte
        delta, after = _delta(b, pos)
        _branch(b, after, length - (length >> 1), prefix, stack, keys)  # >= edge
        length >>= 1
        pos = after + delta  # < edge
    for _ in range(length - 1):
        unit = b[pos]
        node = b[pos + 1]
        pos += 2
        value = _read_value(b, pos, node >> 1)
        pos += _value_size(node >> 1)
        if node & 1:
            keys.append(prefix + bytes([unit]))
        else:
            stack.append((pos + value, prefix + bytes([unit])))
    stack.append((pos + 1, prefix + bytes([b[pos]])))  # the last edge: a node follows


def icu_common_item(data: bytes, name: bytes) -> bytes:
    """One item of ICU's common data package (the ``CmnD`` table of contents)."""
    start = data.find(b"CmnD") - 12
    header_size = struct.unpack_from("<H", data, start)[0]
    toc = start + header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * k) for k in range(count)]
    for k, (name_at, data_at) in enumerate(entries):
        if data[toc + name_at : data.index(b"\0", toc + name_at)].endswith(name):
            end = entries[k + 1][1] if k + 1 < count else len(data) - toc
            return data[toc + data_at : toc + end]
    raise SystemExit(f"{name!r} not in the ICU data")


def khmer_words(icu_data: bytes) -> list[str]:
    item = icu_common_item(icu_data, b"brkitr/khmerdict.dict")
    header_size = struct.unpack_from("<H", item, 0)[0]
    indexes = struct.unpack_from("<8i", item, header_size)
    trie_at, total, transform = indexes[0], indexes[3], indexes[5]
    if indexes[4] & 7 != 0 or transform >> 24 != 1:
        raise SystemExit("not a byte trie with an offset transform")
    offset = transform & 0x1FFFFF
    special = {0xFF: "\u200d", 0xFE: "\u200c"}
    words = set()
    for key in trie_keys(item[header_size + trie_at : header_size + total]):
        words.add("".join(special.get(c) or chr(offset + c) for c in key))
    return sorted(w for w in words if w)


def main(argv: list[str]) -> int:
    paths = argv[1:] or sorted(glob.glob("/usr/lib/*/libicudata.so.*"))
    if not paths:
        raise SystemExit("no ICU data library found; give its path")
    words = khmer_words(Path(paths[-1]).read_bytes())
    HERE.mkdir(exist_ok=True)
    dic = HERE / "km_KH.dic"
    dic.write_text(f"{len(words)}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {paths[-1]} -> {dic}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
