#!/usr/bin/env bash
# `npm run package`: builds and writes sop-language.vsix. README images are relative; vsce wants
# absolute URLs for them unless the repository is on GitHub/GitLab, so pass the repository's.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
base=$(node -p "(require('./package.json').repository?.url ?? 'https://example.invalid/sop-language').replace(/\\.git\$/, '')")
npx --no-install vsce package --no-dependencies --allow-missing-repository \
    --baseContentUrl "$base/blob/HEAD/" --baseImagesUrl "$base/raw/HEAD/" -o "${1:-sop-language.vsix}"
