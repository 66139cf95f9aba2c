/**
 * The preview webview: receives pages from the host, shows them stacked with zoom and a page
 * indicator, links steps with the editor and keeps its view state across reloads.
 */
import { formatString, PAPER_SIZES, type ConfigMessage, type HostToWebviewMessage, type InvalidMessage, type PreviewState, type PreviewStrings, type RenderMessage } from '../../../server/src/protocol/webview-protocol.js';
import type { PaperSize } from '../../../server/src/model/sop-document.js';
import { DEFAULT_STRINGS } from './default-strings.js';
import { PageView } from './page-view.js';
import { StepLinks } from './step-links.js';
import { StepTooltip } from './tooltip.js';
import { vscodeApi } from './vscode-api.js';
import { fitZoom, zoomIn, zoomOut } from './zoom.js';

const api = vscodeApi();
const state: PreviewState = { zoom: 1, fit: true, ...api.getState() };
let strings: PreviewStrings = DEFAULT_STRINGS;
let updates = 0;
let restoredScroll = state.scrollTop;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pagesElement = byId<HTMLElement>('sop-pages');
const paperSelect = byId<HTMLSelectElement>('paper-select');
const pages = new PageView(pagesElement, byId('page-indicator'));
const links = new StepLinks(pagesElement, new StepTooltip(byId('sop-tooltip')), () => strings, step => api.postMessage({ type: 'reveal', step }));

function saveState(patch: Partial<PreviewState> = {}): void {
    Object.assign(state, patch, { scrollTop: pagesElement.scrollTop });
    api.setState(state);
}

function setZoom(zoom: number, fit: boolean): void {
    const previous = state.zoom ?? 1;
    pages.setZoom(zoom, previous);
    if (Math.abs(previous - zoom) < 1e-4 && state.fit === fit) return;
    saveState({ zoom, fit });
    byId('zoom-level').textContent = `${Math.round(zoom * 100)}%`;
    byId('zoom-fit').setAttribute('aria-pressed', String(fit));
    api.postMessage({ type: 'zoom', zoom, fit });
}

function fit(): void {
    setZoom(fitZoom(pagesElement, pages.naturalWidths()), true);
}

function onRender(message: RenderMessage): void {
    links.steps = message.steps;
    pages.show(message.pages, state.zoom ?? 1);
    links.decorate();
    if (state.fit) fit();
    if (restoredScroll !== undefined) {
        pagesElement.scrollTop = restoredScroll;
        restoredScroll = undefined;
    }
    paperSelect.value = message.paper;
    byId('sop-error-banner').hidden = true;
    saveState({ uri: message.uri });
    markUpdated('rendered');
}

function onInvalid(message: InvalidMessage): void {
    // The last good pages stay; the banner names the first error.
    byId('sop-error-text').textContent = formatString(strings.errorBanner, message.line, message.column, message.message);
    byId('sop-error-banner').hidden = false;
    markUpdated('invalid');
}

function onConfig(message: ConfigMessage): void {
    strings = message.strings;
    const lock = byId('lock-state');
    lock.textContent = message.locked ? strings.locked : strings.following;
    lock.dataset.locked = String(message.locked);
    if (message.paper) paperSelect.value = message.paper;
    pages.setIndicatorTemplate(strings.pageIndicator);
    saveState({ locked: message.locked, ...(message.paper ? { paper: message.paper } : {}) });
}

function markUpdated(status: 'rendered' | 'invalid'): void {
    document.body.dataset.state = status;
    document.body.dataset.version = String(++updates);
}

function dispatch(message: HostToWebviewMessage): void {
    switch (message.type) {
        case 'render': return onRender(message);
        case 'invalid': return onInvalid(message);
        case 'highlight': return links.highlight(message.step);
        case 'config': return onConfig(message);
        default: {
            const unreachable: never = message;
            console.warn('unknown preview message', unreachable);
        }
    }
}

function wireToolbar(): void {
    byId('zoom-in').addEventListener('click', () => setZoom(zoomIn(state.zoom ?? 1), false));
    byId('zoom-out').addEventListener('click', () => setZoom(zoomOut(state.zoom ?? 1), false));
    byId('zoom-fit').addEventListener('click', fit);
    byId('export-svg').addEventListener('click', () => api.postMessage({ type: 'export', format: 'svg' }));
    byId('sop-error-link').addEventListener('click', () => api.postMessage({ type: 'revealError' }));
    paperSelect.addEventListener('change', () => {
        const paper = PAPER_SIZES.find(p => p === paperSelect.value) as PaperSize | undefined;
        if (paper) {
            saveState({ paper });
            api.postMessage({ type: 'setPaper', paper });
        }
    });
    document.addEventListener('keydown', e => {
        if (e.ctrlKey || e.metaKey || e.altKey || e.target instanceof HTMLSelectElement) return;
        if (e.key === '+' || e.key === '=') setZoom(zoomIn(state.zoom ?? 1), false);
        else if (e.key === '-') setZoom(zoomOut(state.zoom ?? 1), false);
        else if (e.key === '0') fit();
        else return;
        e.preventDefault();
    });
    let scrollTimer: ReturnType<typeof setTimeout> | undefined;
    pagesElement.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => saveState(), 150);
    }, { passive: true });
    let observedWidth = pagesElement.clientWidth;
    new ResizeObserver(() => {
        if (pagesElement.clientWidth === observedWidth) return;
        observedWidth = pagesElement.clientWidth;
        if (state.fit && pages.pageCount > 0) fit();
    }).observe(pagesElement);
}

wireToolbar();
byId('zoom-level').textContent = `${Math.round((state.zoom ?? 1) * 100)}%`;
window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
    if (typeof event.data?.type === 'string') dispatch(event.data);
});
document.body.dataset.state = 'ready';
api.postMessage({ type: 'ready' });
