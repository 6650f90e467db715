#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium + driver for the real-browser tests,
# CJK fonts so Chinese renders, PostgreSQL for the metrics store tests.
# Skips the install when everything is already present (cache-friendly for CI).
set -euo pipefail
packages=(chromium chromium-driver fonts-noto-cjk fonts-noto-color-emoji postgresql)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
