#!/usr/bin/env python3
"""Writes the embedded Fashion-MNIST subset: the first N training and first M test images and labels.

Usage: tools/make-fashion-subset.py [SRC] [N] [M]
  SRC defaults to Debian's /usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist).
The output is byte-for-byte reproducible (gzip with mtime 0).
"""
import gzip
import os
import struct
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 6000
M = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
OUT = os.path.join(os.path.dirname(__file__), "..", "reference-impl", "nn-core", "src", "main", "resources",
                   "dev", "nngrade", "nn", "data", "fashion-mnist-subset")


def subset(name, count):
    with gzip.open(os.path.join(SRC, name + ".gz"), "rb") as f:
        raw = f.read()
    zero, kind, rank = struct.unpack(">HBB", raw[:4])
    assert zero == 0 and kind == 8, name
    dims = list(struct.unpack(">" + "I" * rank, raw[4:4 + 4 * rank]))
    per = 1
    for d in dims[1:]:
        per *= d
    body = raw[4 + 4 * rank:4 + 4 * rank + count * per]
    dims[0] = count
    header = struct.pack(">HBB", 0, 8, rank) + struct.pack(">" + "I" * rank, *dims)
    with open(os.path.join(OUT, name + ".gz"), "wb") as out:
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as g:
            g.write(header + body)


os.makedirs(OUT, exist_ok=True)
subset("train-images-idx3-ubyte", N)
subset("train-labels-idx1-ubyte", N)
subset("t10k-images-idx3-ubyte", M)
subset("t10k-labels-idx1-ubyte", M)
print("wrote", N, "training and", M, "test samples to", os.path.normpath(OUT))
