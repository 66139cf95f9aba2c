/** Polls `probe` until it returns a truthy value, which is returned; throws after `timeoutMs`. */
export async function poll<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
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
            throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
}

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
