/** One zoom step per this much wheel travel (a mouse notch is about 100; trackpads send many small deltas). */
const WHEEL_STEP = 60;

/**
 * Ctrl (Cmd) + mouse wheel and Ctrl (Cmd) + `+` / `-` / `0` zoom the preview, as in an image
 * preview; the page itself must not zoom. Plain `+`, `-`, `0` work too when the pages have focus.
 */
export function wireZoomInput(target: HTMLElement, zoom: (step: 1 | -1 | 0) => void): void {
    let travel = 0;
    target.addEventListener('wheel', e => {
        if (!e.ctrlKey && !e.metaKey) return;
        e.preventDefault();
        travel += e.deltaY;
        if (Math.abs(travel) < WHEEL_STEP) return;
        zoom(travel < 0 ? 1 : -1);
        travel = 0;
    }, { passive: false });
    document.addEventListener('keydown', e => {
        if (e.altKey || e.target instanceof HTMLSelectElement) return;
        const step = e.key === '+' || e.key === '=' ? 1 : e.key === '-' ? -1 : e.key === '0' ? 0 : undefined;
        if (step === undefined) return;
        zoom(step);
        e.preventDefault();
        e.stopPropagation();
    });
}
