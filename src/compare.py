"""Compare a hand-copied data file with saved read_file pages (review rev4)."""
import sys

def load_pages(paths):
    # consecutive pages: concatenate, split into lines; first/last may be partial
    text = "".join(open(p).read() for p in paths)
    lines = text.split("\n")
    return lines[1:-1] if not text.startswith("Library") else lines[:-1], lines

def main(ours_path, header_path, rule, pages):
    ours = open(ours_path).read().rstrip("\n").split("\n")
    header = open(header_path).read().rstrip("\n")
    print("header identical:", ours[0] == header)
    cols = header.split(",")
    full, _ = load_pages(pages)
    idx = {}
    for i, l in enumerate(full):
        idx.setdefault(l, []).append(i)
    pos = []
    for r in ours[1:]:
        if r in idx:
            pos.append(idx[r][0])
        else:
            pos.append(None)
            # closest row by same key columns
            f = r.split(",")
            best = max(full, key=lambda l: sum(a == b for a, b in zip(l.split(","), f)))
            diff = [(cols[k], a, b) for k, (a, b) in enumerate(zip(f, best.split(","))) if a != b]
            print("NOT FOUND:", r, "\n  nearest source diff (col, ours, source):", diff)
    print("rows:", len(ours) - 1, "found verbatim:", sum(p is not None for p in pos))
    found = [p for p in pos if p is not None]
    print("in source order:", found == sorted(found), "unique:", len(set(found)) == len(found))
    sel = [l for l in full if l.count(",") == len(cols) - 1 and rule(dict(zip(cols, l.split(","))))]
    missing = [l for l in sel if l not in set(ours)]
    print("source rows matching rule:", len(sel), "missing from ours:", len(missing))
    for m in missing:
        print("  MISSING:", m)

if __name__ == "__main__":
    pass
