"""Small pure-Python statistics for the benchmark and fitting scripts (no numpy needed)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def fit_logistic(
    rows: Sequence[Sequence[float]],
    labels: Sequence[float],
    *,
    l2: float = 1.0,
    iterations: int = 25,
    offsets: Sequence[float] | None = None,
    sample_weights: Sequence[float] | None = None,
) -> tuple[float, list[float]]:
    """L2-regularised logistic regression by Newton's method: (bias, weights).

    Labels may be soft (in [0, 1]). `offsets` (one per row) are added to the linear score
    with a fixed weight of 1; `sample_weights` scale each row's share of the likelihood.
    """
    d = len(rows[0]) + 1
    w = [0.0] * d
    xs = [[1.0, *r] for r in rows]
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for k, (x, y) in enumerate(zip(xs, labels, strict=True)):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True)) + (offsets[k] if offsets else 0.0)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            c = sample_weights[k] if sample_weights else 1.0
            r = c * (p - y)
            s = c * p * (1 - p)
            for i in range(d):
                grad[i] += r * x[i]
                si = s * x[i]
                row = hess[i]
                for j in range(i, d):
                    row[j] += si * x[j]
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * w[i]
                hess[i][i] += l2
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w[0], w[1:]


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a small dense linear system by Gaussian elimination with pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                if f:
                    m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def ranks(values: Sequence[float]) -> list[float]:
    """Average ranks (ties share their mean rank)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def pearson(a: Sequence[float], b: Sequence[float]) -> float:
    """Pearson correlation."""
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    va = math.sqrt(sum((x - ma) ** 2 for x in a))
    vb = math.sqrt(sum((y - mb) ** 2 for y in b))
    return cov / (va * vb) if va and vb else 0.0


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Spearman rank correlation."""
    return pearson(ranks(a), ranks(b))


def prf(predicted: set[object], gold: set[object]) -> tuple[float, float, float]:
    """Precision, recall and F1 of a predicted set against a gold set."""
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy_f1(predicted: Sequence[bool], labels: Sequence[int]) -> tuple[float, float]:
    """Accuracy and F1 (positive class 1) of binary decisions."""
    tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and y)
    fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(predicted, labels, strict=True) if not p and y)
    acc = sum(1 for p, y in zip(predicted, labels, strict=True) if bool(p) == bool(y)) / len(labels)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return acc, f1
