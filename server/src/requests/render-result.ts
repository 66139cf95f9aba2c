import { createHash } from 'node:crypto';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Sop } from '../language/generated/ast.js';
import type { SopServices } from '../language/sop-module.js';
import type { PaperSize, SopDocument, SourceRange } from '../model/sop-document.js';
import type { ContinuousView, PreviewPage, RenderInvalid, RenderResult, RenderSuccess, StepSummary } from '../protocol/sop-protocol.js';
import type { RenderedPage } from '../render/render-types.js';
import { renderSop, type RenderedDocument } from '../render/index.js';
import { STYLE } from '../render/render-style.js';
import { PX_PER_MM, type ContinuousSheet } from '../render/paper.js';
import { PreviewCodes, PreviewMessages } from './preview-messages.js';

export interface RenderRequestOptions {
    paper?: PaperSize;
    continuous?: ContinuousView;
    /** Hashes of pages the asker holds: their SVG is left out of the answer. */
    known?: readonly string[];
}

/**
 * Builds the preview's answer for a validated document: the pages of whatever model can be built,
 * with the file's errors for the banner. Syntax errors leave the parser's recovered AST, which
 * is drawn as far as it goes. Never throws: when no model can be built, the answer is `invalid`.
 */
export function renderResultOf(document: LangiumDocument<Sop>, services: SopServices, options: RenderRequestOptions = {}): RenderResult {
    const uri = document.uri.toString();
    try {
        const model = services.model.ModelBuilder.build(document);
        const errors = errorsOf(document);
        // Pages of a file with errors carry the DRAF mark, as the CLI and the exports draw them.
        return { ...successOf(document, model, options, uri, errors?.count ?? 0), ...(errors ? { errors } : {}) };
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const first = errorsOf(document)?.first;
        return first ? { status: 'invalid', uri, firstError: first } : invalidAt(uri, services.i18n.Messages.formatFrom(PreviewMessages, PreviewCodes.RenderFailed, reason));
    }
}

export function invalidAt(uri: string, message: string): RenderInvalid {
    const start = { line: 0, character: 0 };
    return { status: 'invalid', uri, firstError: { message, range: { start, end: start } } };
}

/** The continuous mode never shows the table text smaller than this (CSS px), even if the table must scroll sideways. */
export const MIN_CONTINUOUS_TEXT_PX = 12;

/**
 * The continuous sheet for a panel: laid out narrower than the panel by the zoom that shows the
 * body text at `fontSize`, so the sheet fills the panel's width at that zoom.
 */
export function continuousSheet(view: ContinuousView, zoom = Math.max(MIN_CONTINUOUS_TEXT_PX, view.fontSize) / STYLE.smallFont.size): { sheet: ContinuousSheet; zoom: number } {
    return { sheet: { kind: 'continuous', widthMm: view.width / zoom / PX_PER_MM }, zoom };
}

/**
 * Renders a continuous sheet. A table wider than the sheet (its columns have minimum widths) gets
 * a wider sheet shown at a smaller zoom, down to 12 px text; past that the sheet scrolls sideways.
 */
function renderContinuous(model: SopDocument, view: ContinuousView, errorCount: number): { rendered: RenderedDocument; zoom: number } {
    const first = continuousSheet(view);
    const rendered = renderSop(model, { paper: first.sheet, errorCount });
    const needed = Math.max(0, ...rendered.layout.pages.map(p => (p.table ? p.table.x * 2 + p.table.width : 0)));
    const width = first.sheet.widthMm * PX_PER_MM;
    if (needed <= width + 0.5) return { rendered, zoom: first.zoom };
    const zoom = Math.max(MIN_CONTINUOUS_TEXT_PX / STYLE.smallFont.size, view.width / needed);
    const widthMm = Math.max(needed, view.width / zoom) / PX_PER_MM;
    return { rendered: renderSop(model, { paper: { kind: 'continuous', widthMm }, errorCount }), zoom };
}

function successOf(document: LangiumDocument<Sop>, model: SopDocument, options: RenderRequestOptions, uri: string, errorCount: number): RenderSuccess {
    const paper = options.paper ?? model.paper;
    const continuous = options.continuous ? renderContinuous(model, options.continuous, errorCount) : undefined;
    const rendered = continuous?.rendered ?? renderSop(model, { paper, errorCount });
    const stepRanges: Record<number, SourceRange> = {};
    const nameRanges: Record<number, SourceRange> = {};
    const steps: Record<number, StepSummary> = {};
    for (const step of model.steps) {
        stepRanges[step.number] = step.range;
        nameRanges[step.number] = step.nameRange;
        const { requirements, duration, output } = step.quality;
        steps[step.number] = {
            activity: step.activity, requirements,
            ...(duration ? { duration: duration.display } : {}),
            ...(output !== undefined ? { output } : {}),
        };
    }
    const firstStep = model.steps[0]?.range.start.line;
    return {
        status: 'ok', uri, title: model.title, pages: previewPages(rendered.pages, options.known), stepRanges, nameRanges,
        identityLines: firstStep ?? document.textDocument.lineCount, paper, steps,
        ...(continuous ? { zoom: continuous.zoom } : {}),
    };
}

/** The pages with their hashes; the SVG of a page the asker already holds stays out. */
export function previewPages(pages: readonly RenderedPage[], known: readonly string[] = []): PreviewPage[] {
    const held = new Set(known);
    return pages.map(page => {
        const hash = pageHash(page.svg);
        if (!held.has(hash)) return { ...page, hash };
        const { svg: _svg, ...rest } = page;
        return { ...rest, hash };
    });
}

/** Identifies a page's SVG (the renderer is deterministic: same model and options, same bytes). */
export function pageHash(svg: string): string {
    return createHash('sha1').update(svg).digest('base64url');
}

/** How many errors the file has and the first of them (by position), or undefined when none. */
function errorsOf(document: LangiumDocument<Sop>): RenderSuccess['errors'] {
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    if (errors.length === 0) return undefined;
    return { count: errors.length, first: { message: messageText(errors[0]), range: errors[0].range } };
}

function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
