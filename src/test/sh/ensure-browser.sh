#!/usr/bin/env bash
# Run by ./mvnw before the tests: the cascade page test drives Debian's headless Chromium and needs a CJK font for
# legible screenshots. Installs them non-interactively when missing and this is a root shell with apt; otherwise
# says what to install (the browser test then fails with the same advice).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing chromium, chromium-driver and fonts-wqy-zenhei for the cascade page test"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei
else
  echo "WARNING: chromium, chromedriver or fonts-wqy-zenhei missing and not installable here" \
       "(needs root and apt-get): install them for the cascade page test" >&2
fi
