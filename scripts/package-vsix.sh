#!/usr/bin/env bash
# `npm run package`: writes sop-language.vsix with minified bundles and no source maps, then puts the
# development bundles (with maps) back. The packaged README is out/README.md, with its images inlined
# (scripts/extension-readme.mjs): there is no public repository to link them to, and VS Code's
# extension page does not resolve relative links inside the package.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent langium:generate
npm run --silent typecheck
rm -rf out
node esbuild.mjs --production
node scripts/extension-readme.mjs out/README.md
npx --no-install vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
    --readme-path out/README.md -o "${1:-sop-language.vsix}"
rm -rf out
node esbuild.mjs
