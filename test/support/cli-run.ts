import { runCli } from '../../server/src/cli/sop-cli.js';

/** Runs the `sop` CLI in-process with English messages; returns its exit code and what it printed. */
export async function runSop(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; }, env: { LANG: 'en_US.UTF-8' } });
    return { code, out, err };
}
