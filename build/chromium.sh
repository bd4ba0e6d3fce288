# Sourced by build/test.sh: installs Debian's Chromium, which the end-to-end tests drive through Playwright
# (/usr/bin/chromium; nothing is downloaded by Playwright itself), and a font so screenshots show text.
# as_root comes from build/throwaway-postgres.sh.

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi dejavu; then
  echo "== Installing Chromium and fonts from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fontconfig >/dev/null
fi
echo "== Chromium for the end-to-end tests: $(/usr/bin/chromium --version 2>/dev/null)"
