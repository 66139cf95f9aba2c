#!/usr/bin/env bash
# Bundles the extension (+ the in-host test suite), packages it as .e2e/sop-language.vsix with the
# project's own @vscode/vsce and installs it into a fresh .e2e/extensions with code-server.
# Run by setup.sh and before every `npm run test:e2e`, so the tests always see the working tree.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
if [ ! -f "$CS_BIN" ]; then
    echo "code-server is not installed under .e2e/: run 'bash scripts/e2e/setup.sh' first" >&2
    exit 1
fi
[ -f server/src/language/generated/ast.ts ] || npm run --silent langium:generate
npm run --silent bundle
node scripts/e2e/bundle-suite.mjs
# The packaged README has its images inlined, as in scripts/package-vsix.sh.
node scripts/extension-readme.mjs out/README.md >/dev/null
npx --no-install vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
    --readme-path out/README.md -o "$VSIX" >/dev/null
rm -rf "$EXTENSIONS_DIR"
node "$CS_BIN" --extensions-dir "$EXTENSIONS_DIR" --user-data-dir "$E2E_DIR/install-user-data" \
    --install-extension "$VSIX" >/dev/null
echo "== e2e: packaged $(basename "$VSIX") ($(du -k "$VSIX" | cut -f1) kB) and installed it into .e2e/extensions"
