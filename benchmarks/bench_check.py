"""Throughput of `creditcheck check` on ~1 MB of generated Markdown prose (median of runs)."""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from creditcheck import load_facts  # noqa: E402
from creditcheck.documents import read_document  # noqa: E402

SUBJECTS = ["Sesame Credit", "Tencent Credit", "Baihang Credit", "the PBOC", "Koala Credit", "Sina Weibo", "the city council",
            "our correspondent", "the ministry", "a local bakery"]
VERBS = ["was launched in", "reported figures for", "expanded again in", "scores users from 300 to", "opened an office in"]
TAILS = ["according to officials.", "analysts said.", "which surprised readers.", "as the article notes.", "in a statement."]


def make_text(target_bytes: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    paras, size = [], 0
    while size < target_bytes:
        sents = [
            f"{rnd.choice(SUBJECTS).capitalize()} {rnd.choice(VERBS)} {rnd.randint(1990, 2030)}, {rnd.choice(TAILS)}"
            for _ in range(rnd.randint(3, 8))
        ]
        para = " ".join(sents)
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join(paras)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    checker = load_facts()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.md"
        path.write_text(make_text(1_000_000), encoding="utf-8")
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            doc = read_document(path)
            findings = checker.check_document(doc)
            times.append(time.perf_counter() - t)
        print(f"1 MB Markdown: {len(doc.sentences)} sentences, {len(findings)} findings, "
              f"median {statistics.median(times):.2f} s over {runs} runs")
        # the CLI's `check --jobs 2`: the same draft split between two processes
        from creditcheck.runner import CheckOptions, check_files

        times = []
        for _ in range(runs):
            t = time.perf_counter()
            outcome = check_files(checker, [str(path)], CheckOptions(), jobs=2)[0]
            times.append(time.perf_counter() - t)
        print(f"1 MB Markdown with --jobs 2: {len(outcome.findings)} findings, "
              f"median {statistics.median(times):.2f} s over {runs} runs")


if __name__ == "__main__":
    main()
