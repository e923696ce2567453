#!/usr/bin/env python3
"""Runs the real `toets` binary on every hostile input of tests/hostile/ (see README.md).

    python3 tests/hostile/run.py TOETS [--sanitized] [--update] [--jobs N] [NAME_PART…]

Every row of tests/hostile/expected.tsv (and of tests/hostile/fuzz/expected.tsv, when it
exists) is one run: `toets COMMAND` in the manifest's folder, where `{gen}` in the command is
a temporary folder holding the inputs too large to commit (generate.py --runtime). A row passes
when the run
  - exits with the expected code (0, 1 or 2; a signal, a sanitizer report or any other code
    fails it),
  - reports exactly the expected set of diagnostic codes on stderr (`-` for none),
  - ends within 20 seconds (60 under AddressSanitizer).
After all runs, no run may have used 1 GB of memory or more (each run has a 1 GB address-space
limit, except under AddressSanitizer, which reserves far more address space than it uses; the
peak resident size of every run is checked in both builds), and no input file may have changed.
--update rewrites the expected exit codes and codes from what toets does now; review the diff.
"""
import concurrent.futures
import hashlib
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MEMORY_LIMIT = 1 << 30
TIMEOUT = 20
SANITIZED_TIMEOUT = 60  # AddressSanitizer makes toets several times slower
CODE = re.compile(r"(?:error|warning|note)\[([A-Z][0-9]{3})\]")
SANITIZER = re.compile(r"AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:")


def manifests():
    found = [os.path.join(HERE, "expected.tsv")]
    fuzz = os.path.join(HERE, "fuzz", "expected.tsv")
    if os.path.exists(fuzz):
        found.append(fuzz)
    return found


def read_manifest(path):
    rows = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4:
            sys.exit("%s:%d: a row has four tab-separated fields: name, command, exit code, codes" % (path, number))
        rows.append({"manifest": path, "name": fields[0], "command": fields[1], "exit": int(fields[2]),
                     "codes": "" if fields[3] == "-" else fields[3]})
    return rows


def digest_tree(directory):
    digests = {}
    for root, dirs, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            if name.endswith(".pyc"):
                continue
            with open(path, "rb") as f:
                digests[path] = hashlib.sha256(f.read()).hexdigest()
    return digests


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_one(toets, row, gen, sanitized, scratch):
    arguments = [a.replace("{gen}", gen) for a in shlex.split(row["command"])]
    out_path = os.path.join(scratch, row["name"] + ".out")
    err_path = os.path.join(scratch, row["name"] + ".err")
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    start = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen([toets] + arguments, cwd=os.path.dirname(row["manifest"]), stdin=subprocess.DEVNULL,
                                   stdout=out, stderr=err, env=env, preexec_fn=None if sanitized else limit_memory)
        timeout = SANITIZED_TIMEOUT if sanitized else TIMEOUT
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    stderr = open(err_path, "rb").read().decode("utf-8", "replace")
    return {"exit": process.returncode, "codes": " ".join(sorted(set(CODE.findall(stderr)))), "stderr": stderr,
            "rss": usage.ru_maxrss * 1024, "seconds": seconds, "timed_out": seconds >= timeout, "timeout": timeout}


def problems(row, result):
    found = []
    if result["timed_out"]:
        found.append("took longer than %d s" % result["timeout"])
    if result["exit"] < 0:
        found.append("killed by signal %d" % -result["exit"])
    elif result["exit"] not in (0, 1, 2):
        found.append("exit code %d is not one of toets's (0, 1, 2)" % result["exit"])
    if SANITIZER.search(result["stderr"]):
        found.append("a sanitizer reported a problem")
    if result["rss"] >= MEMORY_LIMIT:
        found.append("used %d MB of memory" % (result["rss"] >> 20))
    if result["exit"] != row["exit"]:
        found.append("exit code %d, expected %d" % (result["exit"], row["exit"]))
    if result["codes"] != row["codes"]:
        found.append("codes `%s`, expected `%s`" % (result["codes"] or "-", row["codes"] or "-"))
    return found


def update(rows, results):
    by_manifest = {}
    for row in rows:
        by_manifest.setdefault(row["manifest"], {})[row["name"]] = results[row["name"]]
    for path, found in by_manifest.items():
        lines = []
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) == 4 and fields[0] in found:
                result = found[fields[0]]
                fields[2] = str(result["exit"])
                fields[3] = result["codes"] or "-"
                line = "\t".join(fields) + "\n"
            lines.append(line)
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(lines))


def main():
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit(__doc__)
    toets = os.path.abspath(arguments.pop(0))
    sanitized = "--sanitized" in arguments
    updating = "--update" in arguments
    jobs = os.cpu_count() or 2
    if "--jobs" in arguments:
        jobs = int(arguments[arguments.index("--jobs") + 1])
        del arguments[arguments.index("--jobs"):arguments.index("--jobs") + 2]
    wanted = [a for a in arguments if not a.startswith("--")]

    rows = [row for path in manifests() for row in read_manifest(path)]
    names = [row["name"] for row in rows]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        sys.exit("names given twice in the manifests: " + ", ".join(duplicates))
    if wanted:
        rows = [row for row in rows if any(w in row["name"] for w in wanted)]

    gen = tempfile.mkdtemp(prefix="toets-hostile-")
    scratch = os.path.join(gen, ".runs")
    os.makedirs(scratch)
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--runtime", gen], check=True)
        before = digest_tree(HERE)
        start = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = {row["name"]: pool.submit(run_one, toets, row, gen, sanitized, scratch) for row in rows}
            results = {name: future.result() for name, future in futures.items()}
        elapsed = time.monotonic() - start
        after = digest_tree(HERE)
    finally:
        shutil.rmtree(gen, ignore_errors=True)

    if updating:
        update(rows, results)
        print("updated the expected results of %d runs; review the diff" % len(rows))
        return 0

    failures = 0
    for row in rows:
        result = results[row["name"]]
        found = problems(row, result)
        if found:
            failures += 1
            print("FAIL %s: toets %s" % (row["name"], row["command"]))
            for problem in found:
                print("     " + problem)
            print("     stderr: " + result["stderr"][:600].replace("\n", "\n             "))
    changed = sorted(path for path in before if before[path] != after.get(path))
    for path in changed:
        failures += 1
        print("FAIL an input changed: " + os.path.relpath(path, HERE))
    peak = max((r["rss"] for r in results.values()), default=0)
    slowest = sorted(results.items(), key=lambda item: -item[1]["seconds"])[:5]
    print("%d runs, %d failed; peak memory %d MB (limit %d MB); %.1f s in all%s; slowest: %s"
          % (len(rows), failures, peak >> 20, MEMORY_LIMIT >> 20, elapsed,
             " (sanitized build: memory checked by peak resident size only)" if sanitized else "",
             ", ".join("%s %.1f s" % (name, result["seconds"]) for name, result in slowest)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
