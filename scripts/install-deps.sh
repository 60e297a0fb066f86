#!/usr/bin/env bash
# Install, from Debian, what chorus needs to build and test. Idempotent:
# only packages that are missing are installed.
set -euo pipefail
pkgs=(build-essential cmake pkg-config python3
      libstemmer-dev libutf8proc-dev libjansson-dev libglpk-dev
      libxml2-dev libcurl4-openssl-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
