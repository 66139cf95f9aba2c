/**
 * The preview webview: receives pages from the host, shows them stacked with zoom and a page
 * indicator (exact pages) or as one sheet laid out for the panel (continuous), links steps with
 * the editor, syncs scrolling both ways and keeps its view state across reloads.
 */
import {
    formatString, PAPER_SIZES, PREVIEW_STRINGS_EN, type ConfigMessage, type HostToWebviewMessage, type InvalidMessage,
    type PaperSize, type PreviewMode, type PreviewState, type PreviewStrings, type RenderMessage,
} from '../../../server/src/protocol/webview-protocol.js';
import { PageView } from './page-view.js';
import { ScrollSync } from './scroll-sync.js';
import { StepLinks } from './step-links.js';
import { StepTooltip } from './tooltip.js';
import { vscodeApi } from './vscode-api.js';
import { fitZoom, zoomIn, zoomOut } from './zoom.js';
import { wireZoomInput } from './zoom-input.js';

/** Room left and right of the continuous sheet (its section's padding), in CSS px. */
const CONTINUOUS_GUTTER = 8;

const api = vscodeApi();
const state: PreviewState = { zoom: 1, fit: true, mode: 'pages', textScale: 1, ...api.getState() };
let strings: PreviewStrings = PREVIEW_STRINGS_EN;
let updates = 0;
let restoredScroll = state.scrollTop;
let continuousZoom: number | undefined;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pagesElement = byId<HTMLElement>('sop-pages');
const paperSelect = byId<HTMLSelectElement>('paper-select');
const pages = new PageView(pagesElement, byId('page-indicator'), {
    drawn: section => links.decorate(section),
    // A page drawn at fit-width measured other margins than estimated: fit the width again.
    resized: () => { if (pages.isTrimmed) fit(); },
});
const links = new StepLinks(pagesElement, new StepTooltip(byId('sop-tooltip')), () => strings,
    (step, focus) => api.postMessage({ type: 'reveal', step, focus }), step => pages.drawStep(step));
const sync = new ScrollSync(pagesElement, line => api.postMessage({ type: 'scrolled', line }), () => pages.layout());

function saveState(patch: Partial<PreviewState> = {}): void {
    Object.assign(state, patch, { scrollTop: pagesElement.scrollTop });
    api.setState(state);
}

function showZoomLevel(): void {
    const shown = state.mode === 'continuous' ? state.textScale ?? 1 : state.zoom ?? 1;
    byId('zoom-level').textContent = `${Math.round(shown * 100)}%`;
    byId('zoom-fit').setAttribute('aria-pressed', String(state.mode === 'pages' && state.fit === true));
}

function setZoom(zoom: number, fit: boolean): void {
    sync.suppress();
    const changed = Math.abs((state.zoom ?? 1) - zoom) >= 1e-4 || state.fit !== fit;
    // Saved first: drawing the pages at this zoom can measure a page and fit the width again (a nested call).
    if (changed) saveState({ zoom, fit });
    pages.setZoom(zoom);
    if (!changed) return;
    showZoomLevel();
    api.postMessage({ type: 'zoom', zoom: state.zoom ?? zoom, fit: state.fit ?? fit });
}

function fit(): void {
    pages.setTrimmed(true);
    setZoom(fitZoom(pagesElement, pages.naturalWidths()), true);
}

/** One zoom step: the page zoom, or in continuous mode the size of the text the sheet is laid out for. */
function zoomStep(step: 1 | -1 | 0): void {
    if (state.mode === 'continuous') {
        const scale = step === 0 ? 1 : step > 0 ? zoomIn(state.textScale ?? 1) : zoomOut(state.textScale ?? 1);
        saveState({ textScale: scale });
        showZoomLevel();
        postView();
        return;
    }
    if (step === 0) return fit();
    pages.setTrimmed(false);
    setZoom(step > 0 ? zoomIn(state.zoom ?? 1) : zoomOut(state.zoom ?? 1), false);
}

/** Tells the host the width a continuous sheet must fill and the text scale; with `chosen`, the mode the user picked. */
function postView(chosen = false): void {
    const width = Math.max(100, pagesElement.clientWidth - 2 * CONTINUOUS_GUTTER);
    api.postMessage({ type: 'view', ...(chosen ? { mode: state.mode ?? 'pages' } : {}), width, textScale: state.textScale ?? 1 });
}

function setMode(mode: PreviewMode, tellHost: boolean): void {
    document.body.dataset.mode = mode;
    byId('mode-pages').setAttribute('aria-pressed', String(mode === 'pages'));
    byId('mode-continuous').setAttribute('aria-pressed', String(mode === 'continuous'));
    if (mode === state.mode && !tellHost) return;
    saveState({ mode });
    showZoomLevel();
    if (tellHost) postView(true);
}

function onRender(message: RenderMessage): void {
    sync.suppress();
    if (state.uri !== undefined && message.uri !== state.uri) {
        // Another file: its pages, highlight and scroll start afresh.
        links.clear();
        pages.clear();
        pagesElement.scrollTop = 0;
        restoredScroll = undefined;
    }
    links.steps = message.steps;
    sync.lines = message.lines;
    continuousZoom = message.continuousZoom;
    const continuous = continuousZoom !== undefined;
    document.body.dataset.layout = continuous ? 'continuous' : 'pages';
    pages.setTrimmed(!continuous && state.fit === true);
    // Sized first, drawn once the zoom and scroll are final: each page is laid out once.
    pages.show(message.pages, continuousZoom ?? state.zoom ?? 1);
    if (!continuous && state.fit) fit();
    if (restoredScroll !== undefined) {
        pagesElement.scrollTop = restoredScroll;
        restoredScroll = undefined;
    }
    pages.drawNearView();
    links.decorate();
    paperSelect.value = message.paper;
    showErrors(message.errors);
    saveState({ uri: message.uri });
    markUpdated('rendered');
}

function showErrors(errors: RenderMessage['errors']): void {
    byId('sop-error-banner').hidden = !errors;
    if (!errors) return;
    const count = errors.count > 1 ? formatString(strings.errorCount, errors.count) : '';
    byId('sop-error-text').textContent = count + formatString(strings.errorBanner, errors.line, errors.column, errors.message);
}

function onInvalid(message: InvalidMessage): void {
    // Nothing could be built: the last pages stay; the banner names the first error (not "waiting").
    pagesElement.querySelector('#sop-empty')?.remove();
    showErrors({ count: 1, ...message });
    markUpdated('invalid');
}

function onConfig(message: ConfigMessage): void {
    strings = message.strings;
    const lock = byId('lock-state');
    lock.textContent = message.locked ? strings.locked : strings.following;
    lock.dataset.locked = String(message.locked);
    byId('mode-pages').textContent = strings.modePages;
    byId('mode-continuous').textContent = strings.modeContinuous;
    if (message.paper) paperSelect.value = message.paper;
    sync.enabled = message.scrollSync !== false;
    if (message.mode) setMode(message.mode, false);
    pages.setIndicatorTemplate(strings.pageIndicator);
    saveState({ locked: message.locked, paper: message.paper });
}

function markUpdated(status: 'rendered' | 'invalid'): void {
    document.body.dataset.state = status;
    document.body.dataset.version = String(++updates);
}

function dispatch(message: HostToWebviewMessage): void {
    switch (message.type) {
        case 'render': return onRender(message);
        case 'invalid': return onInvalid(message);
        case 'highlight':
            sync.suppress();
            return links.highlight(message.step);
        case 'config': return onConfig(message);
        case 'scrollTo': return sync.scrollToLine(message.line);
        default: {
            const unreachable: never = message;
            console.warn('unknown preview message', unreachable);
        }
    }
}

function wireToolbar(): void {
    byId('zoom-in').addEventListener('click', () => zoomStep(1));
    byId('zoom-out').addEventListener('click', () => zoomStep(-1));
    byId('zoom-fit').addEventListener('click', () => zoomStep(0));
    byId('mode-pages').addEventListener('click', () => setMode('pages', true));
    byId('mode-continuous').addEventListener('click', () => setMode('continuous', true));
    byId('export-svg').addEventListener('click', () => api.postMessage({ type: 'export', format: 'svg' }));
    byId('sop-error-link').addEventListener('click', () => api.postMessage({ type: 'revealError' }));
    paperSelect.addEventListener('change', () => {
        const paper = PAPER_SIZES.find(p => p === paperSelect.value) as PaperSize | undefined;
        if (paper) {
            saveState({ paper });
            api.postMessage({ type: 'setPaper', paper });
        }
    });
    wireZoomInput(pagesElement, zoomStep);
    let scrollTimer: ReturnType<typeof setTimeout> | undefined;
    pagesElement.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => saveState(), 150);
    }, { passive: true });
    let observedWidth = pagesElement.clientWidth;
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    new ResizeObserver(() => {
        if (pagesElement.clientWidth === observedWidth) return;
        observedWidth = pagesElement.clientWidth;
        if (state.mode === 'continuous') {
            clearTimeout(resizeTimer);
            resizeTimer = setTimeout(postView, 120);
        } else if (state.fit && pages.pageCount > 0) fit();
    }).observe(pagesElement);
}

wireToolbar();
setMode(state.mode ?? 'pages', false);
showZoomLevel();
window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
    if (typeof event.data?.type === 'string') dispatch(event.data);
});
document.body.dataset.state = 'ready';
api.postMessage({ type: 'ready' });
postView();
