"""Benchmark numclaims: throughput, parallel speed-up, memory, cold start and hostile inputs.

    .venv/bin/python tools/bench.py --build build            # what `make bench` runs
    .venv/bin/python tools/bench.py --size-mb 5 --skip-hostile   # a quick look
    .venv/bin/python tools/bench.py --double                 # also 100 MB: memory stays flat
    .venv/bin/python tools/bench.py --profile-mb 2           # also cProfile the pipeline in-process

The corpus (see tools/corpus.py) is built once under BUILD/bench/ and reused
while its parameters are unchanged.  Every measured run is `numclaims extract`
as a child process: wall time, CPU time and peak memory are the child's own
(peak resident set from wait4, and the peak of the summed proportional set
size of the child and its workers, sampled from /proc).  quantulum3 is timed
in a child process too, over a sample of the same text, its load time apart.

The table ends with each issue target and whether it is met; the exit status
is 0 either way (a benchmark reports, it does not judge).  A full run takes a
few minutes once the extractor reads several MB/s; at 0.1 MB/s it takes
about half an hour (`--size-mb 5 --skip-hostile` is the quick look).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (tools/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
MB = 2**20
SAMPLE_SECONDS = 0.1
HOSTILE_TIMEOUT = 60.0

# The targets.
TARGET_RATIO = 100          # per-core throughput over quantulum3's
TARGET_SPEEDUP = 1.8        # --jobs 2 over --jobs 1, on 2 cores
TARGET_MEMORY_MB = 150      # peak, for the 50 MB and the 100 MB corpus
TARGET_COLD_S = 0.5         # `numclaims extract seeds/`
TARGET_HOSTILE_S_PER_MB = 2.0


@dataclass
class Run:
    """One child process: what it cost and what it wrote."""

    wall: float
    cpu: float
    max_rss_mb: float          # the largest single process (wait4 folds in reaped workers as a maximum)
    tree_pss_mb: float         # the peak of the sum over the process and its workers, sampled
    own_cpu: float             # CPU time of the main process alone (its workers left out), last sampled
    status: int
    output_lines: int = 0
    output_hash: str = ""
    stderr: str = ""
    timed_out: bool = False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build", help="Build directory; the corpus goes to BUILD/bench/.")
    parser.add_argument("--size-mb", type=int, default=50, help="Corpus size in MB (rounded up to %d MB shards)."
                        % corpus.SHARD_MB)
    parser.add_argument("--double", action="store_true", help="Also run --jobs 1 over twice the corpus (100 MB "
                                                              "by default) to show that memory stays flat.")
    parser.add_argument("--skip-hostile", action="store_true", help="Leave out the hostile inputs.")
    parser.add_argument("--jsonl", action="store_true", help="Also time one shard given as a single JSONL file.")
    parser.add_argument("--quantulum-kb", type=int, default=200, help="Size of the quantulum3 sample (KB).")
    parser.add_argument("--profile-mb", type=float, default=0,
                        help="Also profile the pipeline in-process over this much of the corpus (cProfile).")
    args = parser.parse_args()

    bench = Path(args.build).resolve() / "bench"
    load = os.getloadavg()
    shards = corpus.build_corpus(bench / "corpus", args.size_mb, log=_log)
    size = corpus.corpus_bytes(shards)
    _log(f"corpus: {len(shards)} shards, {size / MB:.1f} MB, "
         f"{sum(1 for s in shards for _ in s.glob('*.txt')):,} files")
    out_dir = bench / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[list] = []
    checks: list[tuple[str, str, bool | None]] = []

    first_start, cold = _cold_start()
    rows.append(["cold start: extract seeds/, first run", f"{first_start:.2f} s", "compiles the patterns and keeps them"])
    rows.append(["cold start: extract seeds/ (best of 3)", f"{cold:.2f} s", "later runs, patterns kept"])

    _log(f"--jobs 1 over {size / MB:.0f} MB")
    one = _extract([str(s) for s in shards], 1, out_dir / "jobs1.jsonl")
    _check_run(one, "--jobs 1")
    _log(f"--jobs 2 over {size / MB:.0f} MB")
    two = _extract([str(s) for s in shards], 2, out_dir / "jobs2.jsonl")
    _check_run(two, "--jobs 2")
    mbps1, mbps2 = size / MB / one.wall, size / MB / two.wall
    cpu1 = size / MB / one.cpu
    rows += [
        [f"--jobs 1, {size / MB:.0f} MB", f"{mbps1:.3f} MB/s",
         f"{one.output_lines / one.wall:,.0f} claims/s ({one.output_lines / (size / 1024):.1f} claims/KB); "
         f"{one.wall:.1f} s wall, {one.cpu:.1f} s CPU = {cpu1:.3f} MB per CPU-second; peak {one.max_rss_mb:.0f} MB"],
        [f"--jobs 2, {size / MB:.0f} MB", f"{mbps2:.3f} MB/s",
         f"{two.output_lines / two.wall:,.0f} claims/s; {two.wall:.1f} s wall, {two.cpu:.1f} s CPU; "
         f"peak {two.tree_pss_mb:.0f} MB (all processes, PSS), largest process {two.max_rss_mb:.0f} MB"],
        ["--jobs 2 speed-up", f"{one.wall / two.wall:.2f}x", f"{os.cpu_count()} cores; same output as --jobs 1: "
         f"{'yes' if one.output_hash == two.output_hash else 'NO'}; main process {two.own_cpu:.1f} s CPU, "
         f"workers {two.cpu - two.own_cpu:.1f} s; at most {_bound(one, two):.2f}x on 2 idle cores"],
    ]
    memory = {size: max(one.max_rss_mb, two.tree_pss_mb)}

    if args.jsonl:
        target = corpus.build_jsonl(shards[0], bench / "jsonl" / f"{shards[0].name}.jsonl")
        _log(f"--jobs 1 over {target.name}")
        lines = _extract([str(target)], 1, out_dir / "jsonl.jsonl")
        _check_run(lines, "--jobs 1 (JSONL)")
        rows.append([f"--jobs 1, one {target.stat().st_size / MB:.0f} MB JSONL file",
                     f"{target.stat().st_size / MB / lines.wall:.3f} MB/s",
                     f"{lines.output_lines / lines.wall:,.0f} claims/s; peak {lines.max_rss_mb:.0f} MB"])

    if args.double:
        big_shards = corpus.build_corpus(bench / "corpus", 2 * args.size_mb, log=_log)
        big = corpus.corpus_bytes(big_shards)
        _log(f"--jobs 1 over {big / MB:.0f} MB")
        run = _extract([str(s) for s in big_shards], 1, out_dir / "double.jsonl")
        _check_run(run, "--jobs 1 (double)")
        memory[big] = run.max_rss_mb
        rows.append([f"--jobs 1, {big / MB:.0f} MB", f"{big / MB / run.wall:.3f} MB/s",
                     f"peak {run.max_rss_mb:.0f} MB (vs {one.max_rss_mb:.0f} MB for {size / MB:.0f} MB)"])

    _log(f"quantulum3 over a {args.quantulum_kb} KB sample")
    q = _quantulum(shards[0], args.quantulum_kb * 1024)
    # Per core: both throughputs per CPU-second, which a busy machine disturbs less than wall time.
    ratio = cpu1 / q["mb_per_cpu_s"] if q.get("mb_per_cpu_s") else None
    rows += [
        ["quantulum3 load (import + first parse)", f"{q.get('load', float('nan')):.2f} s", ""],
        [f"quantulum3 parse, {q.get('bytes', 0) / 1024:.0f} KB sample", f"{q.get('mb_per_s', float('nan')):.4f} MB/s",
         f"{q.get('mb_per_cpu_s', float('nan')):.4f} MB per CPU-second; {q.get('quantities', 0):,} quantities; "
         f"{q.get('errors', 0)} documents raised"],
        ["ours per core / quantulum3", f"{ratio:.1f}x" if ratio else "n/a",
         f"per CPU-second; by wall time {mbps1 / q['mb_per_s']:.1f}x" if ratio else ""],
    ]

    hostile, start_up = ([], 0.0) if args.skip_hostile else _hostile(bench / "hostile")
    if hostile:
        rows.append(["hostile inputs' start-up (one-line file)", f"{start_up:.2f} s", "best of 3; every input best of 3"])
    for name, mb, run in hostile:
        net = max(0.0, run.wall - start_up) / mb
        state = "timed out" if run.timed_out else ("ok" if run.status == 0 else _first_line(run.stderr, run.status))
        rows.append([f"hostile: {name} ({mb:.2f} MB)",
                     f"{'>' if run.timed_out else ''}{run.wall / mb:.2f} s/MB",
                     f"{net:.2f} s/MB net of start-up; peak {run.max_rss_mb:.0f} MB; {state}"])

    checks.append((f"per core >= {TARGET_RATIO}x quantulum3", f"{ratio:.1f}x" if ratio else "n/a",
                   ratio >= TARGET_RATIO if ratio else None))
    checks.append((f"--jobs 2 >= {TARGET_SPEEDUP}x --jobs 1", f"{one.wall / two.wall:.2f}x",
                   one.wall / two.wall >= TARGET_SPEEDUP))
    for total, peak in memory.items():
        checks.append((f"peak memory <= {TARGET_MEMORY_MB} MB ({total / MB:.0f} MB corpus)", f"{peak:.0f} MB",
                       peak <= TARGET_MEMORY_MB))
    checks.append((f"cold start < {TARGET_COLD_S} s", f"{cold:.2f} s", cold < TARGET_COLD_S))
    for name, mb, run in hostile:
        net = max(0.0, run.wall - start_up) / mb
        checks.append((f"hostile {name} < {TARGET_HOSTILE_S_PER_MB} s/MB", f"{net:.2f} s/MB",
                       not run.timed_out and run.status in (0, 1) and net < TARGET_HOSTILE_S_PER_MB))

    _print_table(rows, checks)
    print(f"\nload average {load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores"
          " (wall times and the --jobs 2 speed-up mean little when the machine is busy)")
    if args.profile_mb:
        _profile(shards, args.profile_mb * MB)


# --- running numclaims ---------------------------------------------------------

def _numclaims() -> list[str]:
    script = Path(sys.executable).parent / "numclaims"
    return [str(script)] if script.exists() else [sys.executable, "-m", "numclaims"]


def _extract(paths: list[str], jobs: int, out: Path) -> Run:
    command = [*_numclaims(), "extract", "--format", "jsonl", "--quiet", "--jobs", str(jobs), *paths]
    run = _measure(command, out)
    run.output_lines, run.output_hash = _digest(out)
    return run


def _measure(command: list[str], out: Path | None = None, timeout: float | None = None,
             env: dict[str, str] | None = None) -> Run:
    """Run ``command``; its wall time, CPU time and peak memory (its own and its workers')."""
    stdout = out.open("wb") if out else subprocess.DEVNULL
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT,
                             env={**os.environ, **env} if env else None)
    peak, own_cpu = [0.0], [0.0]
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak, own_cpu, stop), daemon=True)
    sampler.start()
    stderr_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(child.stderr.read()), daemon=True)
    reader.start()
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        _kill_tree(child.pid)

    timer = threading.Timer(timeout, kill) if timeout else None
    if timer:
        timer.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)   # reaped here, not by Popen
    if timer:
        timer.cancel()
    stop.set()
    sampler.join()
    reader.join()
    if out:
        stdout.close()
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime, max_rss_mb=usage.ru_maxrss / 1024,
               tree_pss_mb=peak[0], own_cpu=own_cpu[0], status=child.returncode,
               stderr=b"".join(stderr_chunks).decode("utf-8", "replace"), timed_out=killed.is_set())


def _sample_tree(pid: int, peak: list[float], own_cpu: list[float], stop: threading.Event) -> None:
    while not stop.wait(SAMPLE_SECONDS):
        total = sum(_pss_kb(p) for p in _tree(pid))
        peak[0] = max(peak[0], total / 1024)
        own_cpu[0] = max(own_cpu[0], _cpu_seconds(pid))


def _cpu_seconds(pid: int) -> float:
    """User and system time of one process so far, from /proc (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            pass
    return found


def _pss_kb(pid: int) -> int:
    """A process's proportional set size: shared pages split between the processes that share them."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _kill_tree(pid: int) -> None:
    for p in reversed(_tree(pid)):
        try:
            os.kill(p, 9)
        except OSError:
            pass


def _bound(one: Run, two: Run) -> float:
    """The speed-up --jobs 2 could reach on two idle cores: its work shared out, the main process's own apart.

    The workers' CPU time is split over the two cores, beside the main process's reading and writing.
    """
    workers = two.cpu - two.own_cpu
    return one.cpu / max(two.own_cpu, (workers + two.own_cpu) / 2, 1e-9)


def _digest(path: Path) -> tuple[int, str]:
    lines, digest = 0, hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(MB):
            lines += block.count(b"\n")
            digest.update(block)
    return lines, digest.hexdigest()


def _check_run(run: Run, label: str) -> None:
    if run.status != 0:
        _log(f"warning: {label} exited with {run.status}: {_first_line(run.stderr, run.status)}")


def _cold_start() -> tuple[float, float]:
    """`numclaims extract seeds/` from a fresh process: the first run, which compiles the patterns and
    keeps them (in an empty cache directory of its own), and the best of the next 3."""
    command = [*_numclaims(), "extract", str(ROOT / "seeds")]
    with tempfile.TemporaryDirectory() as cache:
        env = {"NUMCLAIMS_CACHE_DIR": cache}
        first = _measure(command, env=env).wall
        return first, min(_measure(command, env=env).wall for _ in range(3))


# --- quantulum3 ------------------------------------------------------------------

_QUANTULUM = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
started = time.perf_counter()
from quantulum3 import parser
parser.parse("5 km")
load = time.perf_counter() - started
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
quantities = errors = 0
started, cpu = time.perf_counter(), time.process_time()
for text in texts:
    try:
        quantities += len(parser.parse(text))
    except Exception:
        errors += 1
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
size = sum(len(t.encode("utf-8")) for t in texts)
print(json.dumps({"load": load, "seconds": seconds, "bytes": size, "mb_per_s": size / 2**20 / seconds,
                  "mb_per_cpu_s": size / 2**20 / cpu,
                  "quantities": quantities, "errors": errors}))
"""


def _quantulum(shard: Path, sample_bytes: int) -> dict:
    files, total = [], 0
    for path in sorted(shard.glob("*.txt")):
        if total >= sample_bytes:
            break
        files.append(str(path))
        total += path.stat().st_size
    done = subprocess.run([sys.executable, "-c", _QUANTULUM, *files], capture_output=True, text=True)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        _log(f"warning: quantulum3 failed: {done.stderr.strip()[-500:]}")
        return {}


# --- hostile inputs --------------------------------------------------------------

def _hostile_inputs() -> dict[str, str]:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-_/'\"()“”$%+"
    no_space = "".join(letters[(i * 7919 + i // 13) % len(letters)] for i in range(MB))
    quotes = "".join("“‘"[i % 2] + ("Ahmed said " if i % 3 == 0 else "") for i in range(10_000))
    quotes += "12 people were killed" + "".join("’”"[i % 2] for i in range(10_000))
    return {
        "1 MB of '1,1,1,...'": ("1," * (MB // 2)),
        "100,000 x 'hundreds of '": "hundreds of " * 100_000,
        "1 MB line without spaces": no_space,
        "10,000 nested quotation marks": quotes,
        "1 MB of digits": "1234567890" * (MB // 10),
    }


def _hostile(folder: Path) -> tuple[list[tuple[str, float, Run]], float]:
    """Each hostile input's fastest of three runs, and the fastest of three runs of the same
    command on a one-line file: the start-up to take off, so that a 0.09 MB input is judged by
    its own cost, not by the noise of starting Python."""
    folder.mkdir(parents=True, exist_ok=True)
    tiny = folder / "start-up.txt"
    tiny.write_text("Two people were killed.\n", encoding="utf-8")
    command = [*_numclaims(), "extract", "--format", "jsonl", "--quiet", "--jobs", "1"]
    start_up = min(_measure([*command, str(tiny)]).wall for _ in range(3))
    results = []
    for number, (name, text) in enumerate(_hostile_inputs().items()):
        path = folder / f"hostile-{number}.txt"
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        _log(f"hostile: {name}")
        runs = [_measure([*command, str(path)], timeout=HOSTILE_TIMEOUT) for _ in range(3)]
        results.append((name, len(data) / MB, min(runs, key=lambda run: (run.timed_out, run.wall))))
    return results, start_up


# --- profile ---------------------------------------------------------------------

def _profile(shards: list[Path], limit: float) -> None:
    """cProfile of extract_paths over the first ``limit`` bytes: top functions, then cost by module."""
    import cProfile
    import pstats

    from numclaims.run import RunStats, extract_paths
    files, total = [], 0
    for path in (p for s in shards for p in sorted(s.glob("*.txt"))):
        if total >= limit:
            break
        files.append(str(path))
        total += path.stat().st_size
    stats = RunStats()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in extract_paths(files, 1, stats, lambda problem: None):
        pass
    profiler.disable()
    table = pstats.Stats(profiler)
    seconds = table.total_tt
    print(f"\nprofile: {total / MB:.1f} MB, {stats.documents:,} documents, {stats.claims:,} claims, "
          f"{seconds:.1f} s under cProfile\n")
    top = sorted(table.stats.items(), key=lambda item: item[1][2], reverse=True)[:15]
    rows = [[f"{tt:.2f}", f"{100 * tt / seconds:.1f}%", f"{ct:.2f}", f"{nc:,}", _where(func)]
            for func, (_, nc, tt, ct, _) in top]
    print(_tabulate(rows, ["own s", "share", "cumulative s", "calls", "function"]))
    by_module: dict[str, float] = {}
    for func, (_, _, tt, _, _) in table.stats.items():
        module = _module(func)
        by_module[module] = by_module.get(module, 0.0) + tt
    rows = [[f"{tt:.2f}", f"{100 * tt / seconds:.1f}%", m]
            for m, tt in sorted(by_module.items(), key=lambda item: -item[1])[:12]]
    print()
    print(_tabulate(rows, ["own s", "share", "module"]))


def _where(func: tuple) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    return f"{_short_path(filename)}:{line}({name})"


def _module(func: tuple) -> str:
    filename, _, name = func
    if filename == "~":   # a builtin: "<method 'search' of '_regex.Pattern' objects>" -> "builtin _regex.Pattern"
        owner = name.split(" of ", 1)[1].split("'")[1] if " of '" in name else name.strip("<>")
        return f"builtin {owner}"
    return _short_path(filename)


def _short_path(filename: str) -> str:
    """numclaims/numbers.py, regex/_main.py, stdlib/enum.py: short and the same wherever the code lives."""
    path = filename.replace(os.sep, "/")
    if "/site-packages/" in path:
        return path.rsplit("/site-packages/", 1)[1]
    if "/numclaims/" in path:
        return "numclaims/" + path.rsplit("/numclaims/", 1)[1]
    if "/lib/python3" in path or path.startswith("<frozen"):
        return "stdlib/" + path.rsplit("/", 1)[-1].strip("<>")
    return path


# --- output ----------------------------------------------------------------------

def _print_table(rows: list[list], checks: list[tuple[str, str, bool | None]]) -> None:
    print()
    print(_tabulate(rows, ["measure", "value", "detail"]))
    print()
    print(_tabulate([[name, value, "n/a" if ok is None else ("met" if ok else "NOT MET")]
                     for name, value, ok in checks], ["target", "measured", ""]))


def _tabulate(rows: list[list], headers: list[str]) -> str:
    try:
        from tabulate import tabulate
    except ImportError:   # the venv has it; a bare interpreter may not
        return "\n".join("  ".join(str(c) for c in row) for row in [headers, *rows])
    return tabulate(rows, headers)


def _first_line(stderr: str, status: int) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return f"exit {status}: {lines[-1][:120]}" if lines else f"exit {status}"


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
