#!/usr/bin/env python3
"""Writes demo.txt and seeds.txt beside this script: real Thai text for the
line breaker's tests (ThaiLineBreakTests), one text a line, so that
`swift test` reads nothing outside the repository and needs no Python.

    tisep --db /tmp/demo.sqlite init --demo
    python3 Tests/EcosystemStoreTests/Fixtures/thai-text/make_fixture.py /tmp/demo.sqlite ../shared/seeds

Demo texts: every distinct name, description and quantity of the demo data
of tambon Wiang (560307), amphoe Chiang Kham (5603) and province Phayao (56),
and of Phayao's projects, as tisep's demo generator writes them (ours).
Seed texts: paragraphs of the two NESDC news releases the project was
seeded with (shared/seeds), copied as published, for testing only.
"""
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_PARAGRAPHS = {"000": [2, 4, 5, 6, 7], "002": [0, 1, 4]}


def demo_texts(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    rows = con.execute("""
        SELECT name_th FROM entities WHERE area IN ('560307', '5603', '56')
        UNION SELECT description FROM entities WHERE area IN ('560307', '5603', '56')
        UNION SELECT description FROM resources WHERE area IN ('560307', '5603', '56')
        UNION SELECT quantity FROM resources WHERE area IN ('560307', '5603', '56')
        UNION SELECT name_th FROM projects WHERE area LIKE '56%'
        UNION SELECT description FROM projects WHERE area LIKE '56%'
    """).fetchall()
    return sorted({r[0].strip() for r in rows if r[0] and any("\u0e01" <= c <= "\u0e4f" for c in r[0])})


def seed_texts(folder: Path) -> list[str]:
    out = []
    for prefix, wanted in SEED_PARAGRAPHS.items():
        path = next(folder.glob(prefix + "_*.txt"))
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        out += [paragraphs[i] for i in wanted]
    return out


def main() -> None:
    demo = demo_texts(Path(sys.argv[1]))
    seeds = seed_texts(Path(sys.argv[2]))
    (HERE / "demo.txt").write_text("\n".join(demo) + "\n", encoding="utf-8")
    (HERE / "seeds.txt").write_text("\n".join(seeds) + "\n", encoding="utf-8")
    print(f"{len(demo)} demo texts, {len(seeds)} seed paragraphs ({sum(map(len, seeds))} characters) in {HERE}")


if __name__ == "__main__":
    main()
