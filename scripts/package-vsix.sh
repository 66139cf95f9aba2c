#!/usr/bin/env bash
# `npm run package`: writes sop-language.vsix with minified bundles and no source maps, then puts the
# development bundles (with maps) back. There is no public repository, so README links are not
# rewritten to one: the images the README shows ship inside the .vsix (see .vscodeignore), where
# VS Code's extension page finds them.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent langium:generate
npm run --silent typecheck
rm -rf out
node esbuild.mjs --production
npx --no-install vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
    -o "${1:-sop-language.vsix}"
rm -rf out
node esbuild.mjs
