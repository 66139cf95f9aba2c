/**
 * The one polling helper of the tests (unit, LSP, e2e, VS Code suite): calls `probe` until it returns
 * a truthy value, which is returned; throws after `timeoutMs`, naming `what` (a function is called
 * only then, so it can describe the last state seen). No fixed sleeps.
 */
export async function poll<T>(what: string | (() => string), probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    timeoutMs = 30_000, intervalMs = 100): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            throw new Error(`Timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
}
