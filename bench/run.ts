/** `npm run bench`: prints medians and ratios; never asserts on time. */
import { benchBuild } from './bench-build.js';
import { benchRender } from './bench-render.js';
import { benchLsp } from './bench-lsp.js';
import { benchPreview } from './bench-preview.js';
import { benchExport } from './bench-export.js';
import { benchEdit } from './bench-edit.js';
import { benchCheck, benchWorkspace } from './bench-workspace.js';
import { benchValidate } from './bench-validate.js';
import { benchParse } from './bench-parse.js';
import { benchMermaid } from './bench-mermaid.js';

const only = process.argv.slice(2).find(a => !a.startsWith('--'));
const suites: Record<string, () => Promise<void>> = {
    build: benchBuild,
    render: benchRender,
    lsp: benchLsp,
    preview: benchPreview,
    export: () => benchExport(),
    edit: benchEdit,
    workspace: benchWorkspace,
    check: benchCheck,
    validate: benchValidate,
    parse: benchParse,
    mermaid: benchMermaid,
};

for (const [name, run] of Object.entries(suites)) {
    // `check` is a part of `workspace`: run on its own only when asked for.
    if (only === name || (!only && name !== 'check')) await run();
}
