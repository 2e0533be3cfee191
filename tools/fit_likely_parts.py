"""Writes ``numclaims/lexicon/likely_parts.py``: the weights of the likely-part score, fitted by
L2-regularised logistic regression on annotated news.

    .venv/bin/python tools/fit_likely_parts.py GOLD.jsonl DOCS [GOLD.jsonl DOCS ...] > numclaims/lexicon/likely_parts.py

Each GOLD file is in the format of the evaluation's gold (claim lines with ``doc`` and
``text``, an optional ``after``, and group lines with ``members``); DOCS is the folder of
its articles.  Every figure that numclaims groups, and that the gold annotates, is one
example.  It is a positive example when the gold puts it in the group that most of its
group's figures are in, and a negative one otherwise: a part, another event, or another
quantity.
"""
from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

from numclaims.documents import read_documents
from numclaims.extract import extract_document
from numclaims.likely_parts import Standings
from numclaims.model import Claim, Document
from numclaims.quantities import document_period, timelines

LOSS_WEIGHT = 1.0   # the summed log-loss's weight against half the squared norm (scikit-learn's C)
NEWTON_STEPS = 25


def examples(gold_path: Path, docs_dir: Path) -> list[tuple[dict[str, float], int]]:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = {d.id: d for d in read_documents([docs_dir]) if isinstance(d, Document)}
    claims = [c for d in docs.values() for c in extract_document(d)]

    def found(mention: dict) -> Claim | None:
        text = docs[mention["doc"]].text
        after = text.find(mention["after"]) if mention.get("after") else 0
        at = text.find(mention["text"], max(after, 0))
        return next((c for c in claims if c.doc == mention["doc"] and c.start < at + len(mention["text"])
                     and c.end > at), None)

    annotated = {(c.doc, c.start) for c in map(found, (g for g in gold if "text" in g)) if c}
    group_of = {(c.doc, c.start): g["group"] for g in gold if "group" in g
                for c in map(found, g["members"]) if c}
    periods = {i: document_period(d.text) for i, d in docs.items()}
    rows = []
    for group in timelines(claims, periods):
        members = group.claims + group.left_out
        if len(members) < 2:
            continue
        most = Counter(g for c in members if (g := group_of.get((c.doc, c.start)))).most_common(1)
        standings = Standings(members)
        for claim in members:
            if (claim.doc, claim.start) in annotated:
                label = int(bool(most) and group_of.get((claim.doc, claim.start)) == most[0][0])
                rows.append((standings.features(claim), label))
    return rows


def fit(rows: list[tuple[dict[str, float], int]]) -> tuple[float, dict[str, float]]:
    """Newton's method on the regularised log-loss; the intercept is not regularised."""
    names = sorted({name for x, _ in rows for name in x})
    size = len(names) + 1
    vectors = [([1.0] + [x.get(name, 0.0) for name in names], y) for x, y in rows]
    w = [0.0] * size
    for _ in range(NEWTON_STEPS):
        gradient = [0.0] + [v for v in w[1:]]
        hessian = [[float(i == j and i > 0) for j in range(size)] for i in range(size)]
        for v, y in vectors:
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, v))))))
            for i in range(size):
                gradient[i] += LOSS_WEIGHT * (p - y) * v[i]
                if v[i]:
                    for j in range(size):
                        hessian[i][j] += LOSS_WEIGHT * p * (1 - p) * v[i] * v[j]
        step = _solve(hessian, gradient)
        w = [a - b for a, b in zip(w, step)]
        if max(map(abs, step)) < 1e-6:
            break
    return w[0], dict(zip(names, w[1:]))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    rows = [row[:] + [b] for row, b in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    solution = [0.0] * n
    for r in reversed(range(n)):
        solution[r] = (rows[r][n] - sum(rows[r][c] * solution[c] for c in range(r + 1, n))) / rows[r][r]
    return solution


def main(args: list[str]) -> None:
    if not args or len(args) % 2:
        sys.exit(__doc__)
    rows = [row for gold, docs in zip(args[::2], args[1::2]) for row in examples(Path(gold), Path(docs))]
    intercept, weights = fit(rows)
    positives = sum(y for _, y in rows)
    print(f'"""Weights of the likely-part score (numclaims.likely_parts).  Data only.\n\n'
          f"Fitted by tools/fit_likely_parts.py on {len(args) // 2} sets of annotated news: "
          f"{len(rows):,} grouped figures,\n{positives:,} of them in their group's quantity "
          f"and {len(rows) - positives:,} parts, other events or other quantities.\n"
          f'Positive weights keep a figure in its group; negative ones leave it out.\n"""')
    print(f"INTERCEPT = {intercept:.3f}")
    print("WEIGHTS: dict[str, float] = {")
    for name, weight in sorted(weights.items(), key=lambda item: -item[1]):
        print(f'    "{name}": {weight:.3f},')
    print("}")


if __name__ == "__main__":
    main(sys.argv[1:])
