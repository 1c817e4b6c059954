#!/usr/bin/env python3
"""Times whole processes in turn, round after round (A, B, A, B, …), so that two commands meet the same load of a
noisy machine; prints each one's median wall and CPU time (user + system of the process and its children), and the
ratio of the first to the second. Used by bench/process-bench.sh for the Typst comparison; needs nothing but Python.
  bench/alternate.py RUNS WARMUP 'command one' 'command two' [...]"""
import resource, shlex, statistics, subprocess, sys, time

runs, warmup, commands = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
walls = [[] for _ in commands]
cpus = [[] for _ in commands]
for round_ in range(warmup + runs):
    for i, command in enumerate(commands):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):
            sys.exit(f"{command}: exit {done.returncode}\n{done.stderr.decode(errors='replace')}")
        if round_ >= warmup:
            walls[i].append(wall)
            cpus[i].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
for i, command in enumerate(commands):
    w, c = walls[i], cpus[i]
    print(f"{command}\t{statistics.median(w):.3f} s (min {min(w):.3f}, max {max(w):.3f}, {len(w)} runs)\tCPU {statistics.median(c):.3f} s")
if len(commands) >= 2:
    print(f"ratio\twall {statistics.median(walls[0]) / statistics.median(walls[1]):.2f}\tCPU {statistics.median(cpus[0]) / statistics.median(cpus[1]):.2f}")
