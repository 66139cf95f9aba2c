/** Help texts; one entry per command, so `sop <command> --help` and `sop --help` agree. */
export interface CommandHelp {
    summary: string;
    usage: string;
    details: string;
    /** The `--options` the command takes (besides --help, --version, --debug); any other is a usage error. */
    options: readonly string[];
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
    check: {
        summary: 'validate .sop files and folders (searched recursively)',
        usage: 'sop check <files or folders...> [--format text|json|sarif|github] [--lang id|en] [--config sop.config.json] [--hints]',
        details: [
            'Prints one line per problem, as compilers do: file:line:column: severity: message [code] (1-based),',
            'the format editors\' problem matchers read (the VS Code extension contributes one: $sop).',
            'With --format json, prints an array of {file, line, column, endLine, endColumn, severity, code, message}.',
            'With --format sarif, prints a SARIF 2.1.0 log (for code-scanning tools); with --format github,',
            'GitHub Actions annotations (::error file=…,line=…::message).',
            'A folder is searched for .sop files; a folder without any is a usage error.',
            'Rule severities come from the nearest sop.config.json above each file, or from --config.',
            'Hints, the softest level (e.g. text-too-long), are listed only with --hints.',
            'Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.',
        ].join('\n'),
        options: ['format', 'lang', 'config', 'hints'],
    },
    model: {
        summary: 'print the SOP document model of one file as JSON',
        usage: 'sop model <file> [--lang id|en]',
        details: 'Prints the SopDocument (identity, actors, numbered steps, edges). Exits 1 with the errors if the file has any.',
        options: ['lang'],
    },
    render: {
        summary: 'draw the SOP-AP document (identity sheet + flowchart pages) as SVG or a JSON layout',
        usage: 'sop render <files or folders...> [--format svg|json] [--out <file or folder>] [--paper A4|F4|Letter|Legal] [--lang id|en]',
        details: [
            'Renders every .sop file given, folders searched recursively.',
            'svg (default): writes one standalone SVG per page, <name>-page-1.svg, <name>-page-2.svg, ... into the --out folder,',
            'or without --out next to each .sop file; prints where each page went.',
            'json: writes the laid-out document ({ pages: [{ number, kind, width, height, rows, shapes, arrows, connectors }] })',
            'to the --out file (or <name>.layout.json inside an --out folder); without --out it prints it for one file',
            'and writes <name>.layout.json next to each file for several.',
            '--paper overrides the paper size written in the SOP (pages are always landscape; any letter case).',
            'An SOP with errors is drawn all the same, every page marked "DRAF — belum valid: N kesalahan".',
            'Files are written to a temporary name and renamed. Exit status: 0 written, 1 an SOP has errors (drawn, marked), 2 usage or I/O problem.',
        ].join('\n'),
        options: ['format', 'out', 'paper', 'lang'],
    },
    export: {
        summary: 'export SOPs as PDF, Word, HTML, SVG or PNG pages, Mermaid, or the JSON layout',
        usage: 'sop export <files or folders...> [--format pdf|docx|html|svg|png|mermaid|json] [--out <file, folder or ->] [--paper A4|F4|Letter|Legal] [--dpi N] [--quiet]',
        details: [
            'pdf (default): vector, landscape, fonts embedded, text selectable; title = NAMA SOP, subject = NOMOR SOP.',
            'docx: Word tables with editable text; the symbols and arrows of each row as a picture (SVG with a PNG fallback).',
            'html: one self-contained file (inline SVG, embedded font) that prints on the paper size.',
            'svg, png: one file per page, <name>-page-<n>.<ext>; pages of an older, longer version are removed. --dpi sets the PNG resolution (150).',
            'mermaid: a Mermaid flowchart (<name>.mmd), one subgraph per actor. json: the layout (<name>.layout.json).',
            'Without --out, files are written next to each .sop file; with several SOPs or page formats --out is a folder;',
            '--out - writes one SOP in a one-file format to standard output. A symlink is written through to its target;',
            'a FIFO or terminal is written into; other special files are refused.',
            'Every file is written to a temporary name, fsynced and renamed, so an interrupted run never leaves half a document.',
            'An SOP with errors is exported all the same, every page marked "DRAF — belum valid: N kesalahan".',
            'Exit status: 0 written, 1 an SOP has errors (exported, marked), 2 usage or I/O problem.',
        ].join('\n'),
        options: ['format', 'out', 'paper', 'dpi', 'quiet', 'lang'],
    },
    book: {
        summary: 'compile the SOPs of folders into one book (PDF or Word): cover, daftar isi, every SOP by number',
        usage: 'sop book <folders or files...> --out <book.pdf|book.docx> [--title <text>] [--paper A4|F4|Letter|Legal] [--quiet]',
        details: [
            'The format follows the --out extension. The cover shows the title (--title, default the SOP-AP heading), the instansi',
            'most SOPs share and the year of the latest TANGGAL EFEKTIF. The daftar isi lists NOMOR SOP, NAMA SOP and the page',
            'each SOP starts on; SOPs follow in the order of their numbers, each as `sop export` draws it.',
            'Every page after the cover carries the book\'s page number at its foot. In Word the daftar isi\'s page numbers are',
            'fields (Word offers to update them on opening; LibreOffice fills them in). The file is written atomically.',
            'Exit status: 0 written, 1 an SOP has errors (no book is written), 2 usage or I/O problem.',
        ].join('\n'),
        options: ['out', 'title', 'paper', 'quiet', 'lang', 'config'],
    },
    forms: {
        summary: 'write the monitoring (Tabel 7) or evaluation (Tabel 8) form of SOPs, as PDF or Word',
        usage: 'sop forms <files or folders...> --kind monitoring|evaluasi --out <forms.pdf|forms.docx> [--paper A4|F4|Letter|Legal] [--quiet]',
        details: [
            'monitoring (default): "Monitoring Pelaksanaan SOP AP", landscape: No. | Prosedur | Penilaian Terhadap Penerapan |',
            'Catatan Hasil Penilaian | Tindakan yang Harus Diambil | Paraf Penilai; one row per SOP, then one row per step',
            '(n.m) with its pelaksana and mutu baku to assess against; the penilaian column holds the two check boxes.',
            'evaluasi: "Evaluasi Penerapan SOP AP", portrait, one part per SOP: the Ya/Tidak criteria, each step with its',
            'pelaksana and mutu baku (Sesuai Ya/Tidak), catatan, rekomendasi (dipertahankan, direvisi, dicabut), signature.',
            'The format follows the --out extension; in Word the check boxes are clickable. SOPs are taken in the order of their numbers.',
            'Exit status: 0 written, 1 an SOP has errors (nothing is written), 2 usage or I/O problem.',
        ].join('\n'),
        options: ['kind', 'out', 'paper', 'quiet', 'lang', 'config'],
    },
    import: {
        summary: 'turn signed SOP PDFs and Word files into .sop drafts (every guess marked // IMPORT:)',
        usage: 'sop import <file.pdf|file.docx|folder> [--out <folder>] [--force] [--lang id|en]',
        options: ['out', 'force', 'lang'],
        details: [
            'Detects PDF or Word (.docx) from the first bytes. A folder imports every .pdf and .docx in it (recursively), with progress.',
            'Writes <name>.sop next to each input, or into --out; an existing .sop is kept unless --force.',
            'Recovers identity fields, actor columns (and groups), rows with mutu baku and keterangan, symbols per cell and arrows.',
            'Every guess is an `// IMPORT: ...` comment on its line; search for it. Scanned or picture flowcharts need a person (no OCR).',
            'Prints a summary table: file, rows, actors, symbols, arrows, guesses. Exit status: 0 all imported, 2 a file failed or usage problem.',
        ].join('\n'),
    },
    lsp: {
        summary: 'run the language server on stdio (for Neovim, Emacs, Helix, Sublime…)',
        usage: 'sop lsp [--stdio]',
        details: 'Speaks the Language Server Protocol on standard input and output.',
        options: ['stdio'],
    },
};

export function mainHelp(version: string): string {
    const width = Math.max(...Object.keys(COMMAND_HELP).map(k => k.length));
    const lines = Object.entries(COMMAND_HELP).map(([name, h]) => `  ${name.padEnd(width)}  ${h.summary}`);
    return [
        `sop ${version}: tools for SOP Administrasi Pemerintahan (.sop) files`,
        '',
        'Usage: sop <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Options: --help, --version. Run `sop <command> --help` for a command\'s options.',
        '',
    ].join('\n');
}

export function commandHelp(name: string): string {
    const h = COMMAND_HELP[name];
    return `${h.usage}\n\n${h.summary}.\n${h.details}\n`;
}
