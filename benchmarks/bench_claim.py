"""Wall time of one claim in --format json, interpreter start included (median of runs)."""

import os
import statistics
import subprocess
import sys
import time

# A user's interpreter caches compiled bytecode (pip compiles it at install time); a machine that
# sets PYTHONDONTWRITEBYTECODE would recompile every module on every run and time that instead.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

CLAIM = "Tencent Credit scores run from 350 to 950"
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15

subprocess.run([sys.executable, "-m", "creditcheck", CLAIM, "-f", "json"], capture_output=True, env=ENV)  # warm the caches
times = []
for _ in range(RUNS):
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "creditcheck", CLAIM, "-f", "json"], capture_output=True, env=ENV)
    times.append(time.perf_counter() - t)
bare = []
for _ in range(RUNS):
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], capture_output=True, env=ENV)
    bare.append(time.perf_counter() - t)
print(f"single claim, --format json: median {statistics.median(times) * 1000:.0f} ms over {RUNS} runs "
      f"(bare interpreter start: {statistics.median(bare) * 1000:.0f} ms)")
