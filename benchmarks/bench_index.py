"""Index load time for the built-in base, and a single claim against a generated 10,000-fact base.

Prints medians of several runs:
  * building the built-in index from YAML (no cache) and loading it from the cache, in-process;
  * one claim in --format json (a fresh interpreter each time) against a 10,000-fact base made
    by copying the built-in facts under new ids (every copy keeps its entities, so postings grow
    sixty-fold: a worst case for the matcher), first run (builds the cache) and cached runs.

Usage: python benchmarks/bench_index.py [RUNS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from creditcheck.cache import load_index  # noqa: E402
from creditcheck.factbase import builtin_facts_path  # noqa: E402

CLAIM = "Tencent Credit scores run from 350 to 950"
TARGET = 10_000


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def big_base(folder: Path) -> Path:
    data = yaml.safe_load(builtin_facts_path().read_text(encoding="utf-8"))
    facts = []
    copy = 0
    while len(facts) < TARGET:
        for fact in data["facts"]:
            if len(facts) == TARGET:
                break
            facts.append({**fact, "id": f"{fact['id']}-{copy:03d}", "topic": f"{fact['topic']}-{copy:03d}"})
        copy += 1
    path = folder / "facts-10k.yaml"
    dumper = type("NoAliases", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
    text = yaml.dump({**data, "facts": facts}, Dumper=dumper, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CREDITCHECK_CACHE_DIR": str(Path(tmp) / "cache")}
        os.environ.update(env)
        build = median_ms(lambda: load_index(use_cache=False), runs)
        load_index()  # fill the cache
        cached = median_ms(load_index, runs * 4)
        print(f"built-in base ({builtin_facts_path().name}): build {build:.0f} ms, load from cache {cached:.1f} ms")

        path = big_base(Path(tmp))
        cmd = [sys.executable, "-m", "creditcheck", "--facts", str(path), "--no-builtin", CLAIM, "-f", "json"]
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        first = (time.perf_counter() - t) * 1000
        claim = median_ms(lambda: subprocess.run(cmd, capture_output=True, env=env, check=False), runs)
        out = subprocess.run(cmd, capture_output=True, env=env, text=True, check=False).stdout
        verdict = yaml.safe_load(out)["verdict"] if out.strip() else "?"
        print(f"{TARGET:,}-fact base: first claim {first:.0f} ms (builds the cache), then median {claim:.0f} ms "
              f"over {runs} runs (verdict: {verdict})")


if __name__ == "__main__":
    main()
