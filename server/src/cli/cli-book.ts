/**
 * The commands that compile several SOPs into one document: `sop book` (cover, daftar isi, every SOP)
 * and `sop forms` (the monitoring or evaluation forms). Both are all or nothing: an SOP with errors
 * stops them before anything is written (exit 1), and the file is written atomically.
 */
import type { PaperSize, SopDocument } from '../model/sop-document.js';
import type { BookEntry } from '../export/book-export.js';
import { heavyModules } from '../requests/heavy-modules.js';
import { buildForms, FORM_KINDS, formsOrder } from '../export/forms-model.js';
import { OutputError, writeFileAtomic } from '../export/output-target.js';
import { renderSop } from '../render/index.js';
import { choice, UsageError, type ParsedArgs } from './cli-args.js';
import { textLine } from './cli-check-format.js';
import { cliLocale, configOption, type CliIo, type ExitCode } from './cli-commands.js';
import { outOption, paperOption } from './cli-export.js';
import { CliWorkspace, collectSopFiles, displayPath, IoError, toCliDiagnostics } from './cli-workspace.js';

/** `sop book <folders or files> --out book.pdf|book.docx [--paper …] [--title …]`. */
export async function bookCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const out = documentOut(args, 'book');
    const paper = paperOption(args);
    const title = args.options.get('title');
    if (title === true) throw new UsageError('--title needs a value');
    const docs = await loadValid(args, io);
    if (!docs) return 1;
    const entries: BookEntry[] = docs.map(doc => ({ doc, rendered: renderSop(doc, paper ? { paper } : {}) }));
    const options = title ? { title } : {};
    const { writeBookDocx, writeBookPdf } = await heavyModules();
    await write(out, () => (/\.docx$/i.test(out) ? writeBookDocx(entries, options) : writeBookPdf(entries, options)));
    if (!args.options.has('quiet')) io.err(`wrote ${displayPath(out)} (${entries.length} SOP)\n`);
    return 0;
}

/** `sop forms <folders or files> --kind monitoring|evaluasi --out forms.pdf|forms.docx [--paper …]`. */
export async function formsCommand(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
    const out = documentOut(args, 'forms');
    const kind = choice(args, 'kind', FORM_KINDS, 'monitoring');
    const paper: PaperSize | undefined = paperOption(args);
    const docs = await loadValid(args, io);
    if (!docs) return 1;
    const form = buildForms(kind, formsOrder(docs), paper);
    const { writeFormsDocx, writeFormsPdf } = await heavyModules();
    await write(out, () => (/\.docx$/i.test(out) ? writeFormsDocx(form) : writeFormsPdf(form)));
    if (!args.options.has('quiet')) io.err(`wrote ${displayPath(out)} (${kind}, ${docs.length} SOP)\n`);
    return 0;
}

/** `--out` must name a .pdf or .docx file: the format follows the extension. */
function documentOut(args: ParsedArgs, command: string): string {
    const out = outOption(args);
    if (out === undefined || out === '-' || !/\.(pdf|docx)$/i.test(out)) throw new UsageError(`${command} needs --out <file>.pdf or --out <file>.docx`);
    return out;
}

/** The models of every SOP found, or undefined (errors printed) when any has errors. */
async function loadValid(args: ParsedArgs, io: CliIo): Promise<SopDocument[] | undefined> {
    const files = collectSopFiles(args.positionals);
    if (files.length === 0) throw new UsageError(`no .sop files in ${args.positionals.join(', ')}`);
    const workspace = new CliWorkspace(cliLocale(args, io.env), configOption(args));
    const documents = await workspace.load(files);
    let failed = false;
    const docs = documents.map((document, i) => {
        const errors = toCliDiagnostics(displayPath(files[i]), document.diagnostics ?? []).filter(d => d.severity === 'error');
        for (const d of errors) io.err(textLine(d));
        if (errors.length > 0) failed = true;
        return workspace.services.model.ModelBuilder.build(document);
    });
    return failed ? undefined : docs;
}

async function write(out: string, make: () => Promise<Buffer>): Promise<void> {
    try {
        writeFileAtomic(out, await make());
    } catch (e) {
        throw e instanceof OutputError ? new IoError(e.message) : e;
    }
}
