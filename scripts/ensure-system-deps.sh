#!/usr/bin/env bash
# ensure-system-deps.sh — make sure the machine can execute the TypeScript notebooks.
#
# Checks for, and when missing installs with apt-get (root only), Debian's Jupyter
# (jupyter-nbconvert, python3-nbclient, python3-ipykernel), the CJK font used by
# the charts and reports (fonts-noto-cjk) and the headless browser that prints and
# tests the report (chromium, driven by playwright-core at /usr/bin/chromium; never a
# downloaded browser), then registers the tslab kernel with Jupyter. Also Slurm with munge
# (slurm-wlm, munge), installed as root: the batch test starts a one-node cluster of its own
# and runs a real job array; not root, that test is reported as skipped with the reason.
# Jupyter is always run with /usr/bin/python3: the `python3` found first on PATH may
# be another interpreter that has no Jupyter.
#
# Idempotent: prints nothing and exits 0 when everything is already present.
# Exits non-zero with a message (English and Chinese) when something is missing
# and cannot be installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=/usr/bin/python3
TSLAB="$ROOT/node_modules/.bin/tslab"

fail() {
  echo "ensure-system-deps: $1" >&2
  echo "ensure-system-deps（系统依赖检查）: $2" >&2
  exit 1
}

# works PACKAGE — true when what PACKAGE provides is usable, whatever installed it.
works() {
  case "$1" in
    jupyter-nbconvert) [ -x "$PY" ] && "$PY" -m jupyter nbconvert --version >/dev/null 2>&1 ;;
    python3-nbclient) [ -x "$PY" ] && "$PY" -c 'import nbclient' >/dev/null 2>&1 ;;
    python3-ipykernel) [ -x "$PY" ] && "$PY" -c 'import ipykernel, jupyter_client' >/dev/null 2>&1 ;;
    fonts-noto-cjk)
      find /usr/share/fonts /usr/local/share/fonts "${HOME:-/nonexistent}/.local/share/fonts" \
        "${HOME:-/nonexistent}/.fonts" -iname 'NotoSansCJK*' -print -quit 2>/dev/null | grep -q . ;;
    chromium) [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1 ;;
    slurm-wlm) [ -x /usr/sbin/slurmctld ] && [ -x /usr/sbin/slurmd ] && [ -x /usr/bin/sbatch ] ;;
    munge) [ -x /usr/sbin/munged ] ;;
    *) return 1 ;;
  esac
}

# has_candidate PACKAGE — true when apt's package lists offer a version of PACKAGE.
has_candidate() {
  local candidate
  candidate="$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
  [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

PACKAGES=(jupyter-nbconvert python3-nbclient python3-ipykernel fonts-noto-cjk chromium)
missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! works "$pkg"; then missing+=("$pkg"); fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "missing ${missing[*]}; run as root or install them: sudo apt-get install -y ${missing[*]}" \
         "缺少 ${missing[*]}；请以 root 运行或手动安装：sudo apt-get install -y ${missing[*]}"
  fi
  command -v apt-get >/dev/null 2>&1 ||
    fail "missing ${missing[*]} and apt-get is not available on this machine" \
         "缺少 ${missing[*]}，且本机没有 apt-get"
  export DEBIAN_FRONTEND=noninteractive
  echo "ensure-system-deps: installing ${missing[*]}"
  updated=no
  for pkg in "${missing[@]}"; do
    if ! has_candidate "$pkg"; then
      apt-get update -q >/dev/null || fail "apt-get update failed" "apt-get update 失败"
      updated=yes
      break
    fi
  done
  if ! apt-get install -y -q "${missing[@]}" >/dev/null; then
    # Stale package lists give 404s on download: refresh once and retry.
    [ "$updated" = no ] || fail "apt-get install ${missing[*]} failed" "apt-get install ${missing[*]} 失败"
    apt-get update -q >/dev/null || fail "apt-get update failed" "apt-get update 失败"
    apt-get install -y -q "${missing[@]}" >/dev/null ||
      fail "apt-get install ${missing[*]} failed" "apt-get install ${missing[*]} 失败"
  fi
  for pkg in "${missing[@]}"; do
    works "$pkg" || fail "$pkg was installed but still does not work (checked with $PY)" \
                         "已安装 $pkg 但仍不可用（使用 $PY 检查）"
  done
fi

# Slurm and munge for the job-array test (test/integration/slurmArray.test.ts), without the
# recommended plugin packages (the test needs only slurm-wlm-basic-plugins: munge auth, linuxproc,
# cons_tres). As root with apt they are installed like the rest, and a failed install fails this
# step; not root, the test is reported as skipped with that reason and nothing else fails.
SLURM_PACKAGES=(slurm-wlm munge)
slurm_missing=()
for pkg in "${SLURM_PACKAGES[@]}"; do
  if ! works "$pkg"; then slurm_missing+=("$pkg"); fi
done
if [ "${#slurm_missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    echo "ensure-system-deps: installing ${slurm_missing[*]}"
    if ! apt-get install -y -q --no-install-recommends "${slurm_missing[@]}" >/dev/null; then
      apt-get update -q >/dev/null || fail "apt-get update failed" "apt-get update 失败"
      apt-get install -y -q --no-install-recommends "${slurm_missing[@]}" >/dev/null ||
        fail "apt-get install ${slurm_missing[*]} failed" "apt-get install ${slurm_missing[*]} 失败"
    fi
    for pkg in "${slurm_missing[@]}"; do
      works "$pkg" || fail "$pkg was installed but its daemons are not in /usr/sbin" "已安装 $pkg，但 /usr/sbin 中没有其守护进程"
    done
  else
    echo "ensure-system-deps: ${slurm_missing[*]} missing and not root (or no apt-get): the Slurm job-array test will be reported as skipped / 缺少 ${slurm_missing[*]} 且非 root（或无 apt-get）：Slurm 作业数组测试将标记为跳过" >&2
  fi
fi

# The tslab kernel: `jupyter kernelspec list` needs Debian's jupyter-client scripts
# package, so ask jupyter_client (a dependency of nbclient) directly.
has_tslab_kernel() {
  "$PY" -c 'import sys
from jupyter_client.kernelspec import KernelSpecManager
sys.exit(0 if "tslab" in KernelSpecManager().find_kernel_specs() else 1)' 2>/dev/null
}

if ! has_tslab_kernel; then
  [ -x "$TSLAB" ] || fail "node_modules/.bin/tslab not found; run npm ci first" \
                          "未找到 node_modules/.bin/tslab；请先运行 npm ci"
  echo "ensure-system-deps: registering the tslab kernel"
  "$TSLAB" install --python="$PY" >/dev/null ||
    fail "tslab install --python=$PY failed" "tslab 内核注册失败（tslab install --python=$PY）"
  has_tslab_kernel || fail "tslab kernel still not listed by Jupyter after install" \
                           "注册后 Jupyter 仍未列出 tslab 内核"
fi
