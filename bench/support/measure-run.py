"""Runs one command as a user runs it and measures the whole process (Linux only).

Usage: python3 measure-run.py OUT_FILE COMMAND [ARG...]

The command's stdout goes to OUT_FILE, its stderr is passed through. Prints one JSON line:
wallMs (from the spawn to the end of the process, its exit and teardown included), cpuMs (user +
system time of all its threads, from wait4), vmHwmMb (the last VmHWM of /proc/<pid>/status read
while it ran: the peak resident set, read every POLL_S seconds), maxRssMb (ru_maxrss of wait4, the
same peak as the kernel keeps it) and status (the exit code, or -signal). Nothing is added to the
command (no preload, no flags), so that it reads its code cache as it does for a user.
"""

import json
import os
import subprocess
import sys
import time

POLL_S = 0.002


def vm_hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> None:
    out_file, cmd = sys.argv[1], sys.argv[2:]
    with open(out_file, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out)
        hwm = 0
        while True:
            # WNOWAIT: the process is left to wait4 below, which reaps it with its resource usage.
            if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                break
            kb = vm_hwm_kb(proc.pid)
            if kb is not None:
                hwm = max(hwm, kb)
            time.sleep(POLL_S)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    print(
        json.dumps(
            {
                "wallMs": wall * 1000,
                "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000,
                "vmHwmMb": hwm / 1024,
                "maxRssMb": usage.ru_maxrss / 1024,
                "status": proc.returncode,
            }
        )
    )


if __name__ == "__main__":
    main()
