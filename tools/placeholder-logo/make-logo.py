#!/usr/bin/env python3
"""Draws ReportBuilder's neutral placeholder mark: a ring around a diamond, grey on a white tile.

Our own drawing (no third-party logo: the inspectorate's logo is excluded from the Open Government Licence), so a
template set can show where a logo goes. Opaque, so both editions show the same tile on any cover (PDF/A-1 allows no
transparency: a transparent PNG would be put on white paper anyway). Standard library only; the same command writes
the same bytes.

    python3 tools/placeholder-logo/make-logo.py templates/hmip-youth-2021/1/images/logo.png
"""
import struct
import sys
import zlib

SIZE = 360          # pixels a side
DPI = 288           # declared in pHYs: 360 px at 288 dpi is 1.25 in (90 pt) on the page
SAMPLES = 4         # supersampling per axis, for smooth edges
INK = (0x50, 0x5A, 0x5F)


def coverage(x, y):
    """How much of pixel (x, y) the mark covers, 0 to 1."""
    c = SIZE / 2
    inside = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            px = x + (sx + 0.5) / SAMPLES - c
            py = y + (sy + 0.5) / SAMPLES - c
            r = (px * px + py * py) ** 0.5
            ring = SIZE * 0.40 <= r <= SIZE * 0.48
            diamond = abs(px) + abs(py) <= SIZE * 0.26
            inside += ring or diamond
    return inside / (SAMPLES * SAMPLES)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main(path):
    rows = bytearray()
    for y in range(SIZE):
        rows.append(0)  # filter: none
        for x in range(SIZE):
            a = coverage(x, y)
            rows.extend(round(255 + (ink - 255) * a) for ink in INK)
    ppm = round(DPI / 0.0254)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))
    png += chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
