import { createLangiumParser, EmptyFileSystem } from 'langium';
import { createSopServices } from '../server/src/language/sop-module.js';
import { memoiseRecoveryAnalysis } from '../server/src/language/sop-parser-recovery.js';
import { mangledSop } from '../test/support/mangled-sop.js';
import { medianMs, report, heading } from './bench-util.js';

/** Parsing half-typed text: error recovery with and without the memoised grammar analysis. */
export async function benchParse(): Promise<void> {
    heading('# parse of half-typed text (30 KB, hundreds of syntax errors), in-process');
    const { Sop } = createSopServices(EmptyFileSystem);
    const plain = createLangiumParser(Sop);
    const memoised = createLangiumParser(Sop);
    memoiseRecoveryAnalysis(memoised);
    const texts = [1, 2, 3, 4, 5].map(seed => mangledSop(seed, 400));
    const errors = plain.parse(texts[0]).parserErrors.length;
    const before = await medianMs(() => texts.forEach(t => plain.parse(t)), 7, 2);
    const after = await medianMs(() => texts.forEach(t => memoised.parse(t)), 7, 2);
    report(`parse, Chevrotain's recovery (per text, ${errors} errors)`, before / texts.length);
    report('parse, memoised recovery analysis (per text)', after / texts.length);
    report('ratio Chevrotain / memoised', before / after, 'x');
}
