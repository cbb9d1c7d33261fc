"""Installing the Debian packages a test needs, when it runs as root (as CI does)."""

from __future__ import annotations

import os
import shutil
import subprocess


def apt_install(packages: list[str]) -> str:
    """Install Debian packages quietly; returns "" or why it could not."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return "installing them needs root and apt-get"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]):
        try:
            done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600,
                                  check=False)
        except subprocess.TimeoutExpired:
            return f"'{' '.join(command)}' timed out"
        if done.returncode != 0:
            return f"'{' '.join(command)}' failed: {done.stderr.strip()[-300:]}"
    return ""
