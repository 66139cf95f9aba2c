#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, idempotently, under .e2e/ (gitignored):
#   1. apt: chromium, ripgrep, libkrb5-dev (+ a C++ toolchain) when missing;
#   2. code-server $CS_VERSION (default 4.100.3 = VS Code 1.100.3 on Node 20) in .e2e/code-server,
#      with its own package.json (never a dependency of the project), with the offline fixes from
#      the investigation: Kerberos headers, ripgrep's download cache seeded from Debian's `rg`,
#      npm_config_yes (node-pty's postinstall runs npx), npm_config_unsafe_perm (root), nodedir;
#   3. the extension packaged as .e2e/sop-language.vsix and installed into .e2e/extensions.
# A second run only repeats step 3 (a few seconds).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

apt_packages() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-liberation)
    command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
    dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
    command -v g++ >/dev/null 2>&1 || missing+=(g++)
    command -v make >/dev/null 2>&1 || missing+=(make)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    [ ${#missing[@]} -eq 0 ] && return
    echo "== e2e setup: apt install ${missing[*]}"
    local sudo=''
    [ "$(id -u)" -eq 0 ] || sudo='sudo'
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# @vscode/ripgrep downloads rg from GitHub in its postinstall, but looks in
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/ first: put Debian's rg there in the expected tarball.
seed_ripgrep_cache() {
    local shrinkwrap="$1" rg_pkg rg_release target
    rg_pkg=$(node -e 'const s=require(process.argv[1]);const p=s.packages&&s.packages["node_modules/@vscode/ripgrep"];process.stdout.write(p?p.version:"")' "$shrinkwrap")
    [ -n "$rg_pkg" ] || return 0
    (cd "$TMPDIR" && npm pack "@vscode/ripgrep@$rg_pkg" --silent >/dev/null)
    rg_release=$(tar -xzOf "$TMPDIR/vscode-ripgrep-$rg_pkg.tgz" package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
    target="$TMPDIR/vscode-ripgrep-cache-$rg_pkg/ripgrep-$rg_release-x86_64-unknown-linux-musl.tar.gz"
    mkdir -p "$(dirname "$target")"
    local staging="$TMPDIR/rg-staging"
    rm -rf "$staging" && mkdir -p "$staging" && cp "$(command -v rg)" "$staging/rg"
    tar -czf "$target" -C "$staging" rg
    rm -rf "$staging"
    echo "== e2e setup: seeded $target from $(command -v rg)"
}

install_code_server() {
    local stamp="$CS_DIR/.installed"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$CS_VERSION" ] && [ -f "$CS_BIN" ]; then
        echo "== e2e setup: code-server $CS_VERSION already installed"
        return
    fi
    echo "== e2e setup: install code-server $CS_VERSION (compiles native modules; ~2 min)"
    rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
    cd "$CS_DIR"
    printf '{ "name": "sop-e2e-code-server", "private": true, "description": "code-server for the e2e tests; not part of the project" }\n' > package.json
    npm pack "code-server@$CS_VERSION" --silent >/dev/null
    local tgz="$CS_DIR/code-server-$CS_VERSION.tgz"
    tar -xzf "$tgz" -C "$TMPDIR" package/lib/vscode/npm-shrinkwrap.json
    seed_ripgrep_cache "$TMPDIR/package/lib/vscode/npm-shrinkwrap.json"
    rm -rf "$TMPDIR/package"
    local nodedir=/usr
    [ -f /usr/include/node/node.h ] || nodedir="$(dirname "$(dirname "$(command -v node)")")"
    npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir="$nodedir" \
        npm install --no-audit --no-fund --no-save --loglevel=error "$tgz"
    rm -f "$tgz"
    [ -f "$CS_BIN" ] || { echo "code-server did not install: $CS_BIN missing" >&2; exit 1; }
    echo "$CS_VERSION" > "$stamp"
    cd "$ROOT"
}

apt_packages
install_code_server
bash "$ROOT/scripts/e2e/package.sh"
echo "== e2e setup: done ($(node "$CS_BIN" --version | head -1))"
