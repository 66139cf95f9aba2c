#!/usr/bin/env node
'use strict';
// The `sop` command. The CLI is bundled to out/cli/main.cjs by `npm run build` (run by `npm install`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'out', 'cli', 'main.cjs');
if (!fs.existsSync(bundle)) {
    process.stderr.write('sop: the CLI is not built yet; run `npm run build` in ' + path.dirname(__dirname) + '\n');
    process.exit(2);
}
require(bundle);
