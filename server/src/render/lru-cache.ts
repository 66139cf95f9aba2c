/**
 * A least-recently-used map bounded by the total length of its keys (the keys are the texts and
 * geometry a result depends on, so they dominate its size). An entry whose key alone exceeds a
 * quarter of the budget is not kept: one hostile 100,000-letter cell must not evict everything.
 */
export class LruCache<V> {
    private readonly entries = new Map<string, V>();
    private size = 0;

    constructor(private readonly budget: number) {}

    get(key: string): V | undefined {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }

    clear(): void {
        this.entries.clear();
        this.size = 0;
    }

    set(key: string, value: V): void {
        if (key.length > this.budget / 4 || this.entries.has(key)) return;
        this.entries.set(key, value);
        this.size += key.length;
        for (const oldest of this.entries.keys()) {
            if (this.size <= this.budget) break;
            this.entries.delete(oldest);
            this.size -= oldest.length;
        }
    }
}
