/** `npm run bench`: prints medians and ratios; never asserts on time. */
import { benchBuild } from './bench-build.js';

const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = {
    build: benchBuild,
};

for (const [name, run] of Object.entries(suites)) {
    if (!only || only === name) await run();
}
