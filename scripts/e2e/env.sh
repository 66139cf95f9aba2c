# Shared paths for the e2e scripts; sourced, not run. Everything lives under .e2e/ (gitignored) so a
# run never touches ~/.config, ~/.local or the system temp folder.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_DIR="$ROOT/.e2e"
CS_VERSION="${CS_VERSION:-4.100.3}"
CS_DIR="$E2E_DIR/code-server"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
VSIX="$E2E_DIR/sop-language.vsix"
EXTENSIONS_DIR="$E2E_DIR/extensions"
export TMPDIR="$E2E_DIR/tmp"
export XDG_CONFIG_HOME="$E2E_DIR/xdg/config"
export XDG_DATA_HOME="$E2E_DIR/xdg/data"
export XDG_CACHE_HOME="$E2E_DIR/xdg/cache"
mkdir -p "$TMPDIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
