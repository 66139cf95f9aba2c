/** SopDocuments for renderer tests: a seeded generator (2–12 actors, 1–80 steps, random decisions). */
import type { Actor, Edge, SopDocument, Step, SymbolKind } from '../../server/src/model/sop-document.js';
import { prng } from '../support/prng.js';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };


const WORDS = ['memeriksa', 'berkas', 'permohonan', 'surat', 'menyusun', 'konsep', 'keputusan', 'mengarsipkan', 'dokumen',
    'pertanggungjawaban', 'administrasi', 'kepegawaian', 'menandatangani', 'melaporkan', 'hasil', 'verifikasi', 'dan', 'ke',
    'KTP/NIB/NPWP', 'Undang-Undang', 'aplikasi', 'SIMPEG', 'penyelenggaraan'];

function words(rand: () => number, min: number, max: number): string {
    const n = min + Math.floor(rand() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
    if (rand() < 0.05) out.push('Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function step(n: number, kind: SymbolKind, actor: string, rand: () => number, coActors: string[]): Step {
    return {
        id: `s${n}`, number: n, activity: words(rand, 2, 12), kind, actor, coActors,
        ...(kind === 'decision' && rand() < 0.6 ? { question: rand() < 0.5 ? 'Lengkap?' : 'Memenuhi persyaratan teknis?' } : {}),
        quality: {
            requirements: rand() < 0.2 ? [] : [words(rand, 1, 4), words(rand, 1, 3)],
            duration: { kind: 'exact', min: 5, max: 5, unit: 'minute', display: rand() < 0.5 ? '5 menit' : 'maksimal 10 hari kerja' },
            output: words(rand, 1, 5),
        },
        notes: rand() < 0.3 ? [words(rand, 2, 10)] : [],
        symbols: [
            { id: `s${n}.${actor}`, step: n, actor, kind, role: 'flow', isStart: false, isEnd: false, range: RANGE },
            ...coActors.map(a => ({ id: `s${n}.${a}`, step: n, actor: a, kind, role: 'joined' as const, isStart: false, isEnd: false, range: RANGE })),
        ],
        entry: `s${n}.${actor}`,
        isEnd: false, range: RANGE, nameRange: RANGE,
    };
}

/** An arrow between the entry symbols of two rows. */
function edge(steps: Step[], from: number, to: number, kind: Edge['kind'], implicit: boolean, label?: string): Edge {
    return { from, to, fromSymbol: steps[from - 1]?.entry ?? `s${from}`, toSymbol: `s${to}`, kind, ...(label ? { label } : {}), implicit };
}

/** A random but well-formed SOP: first and last rows are terminators, decisions branch anywhere. */
export function randomSop(seed: number, opts: { actors?: number; steps?: number } = {}): SopDocument {
    const rand = prng(seed);
    const actorCount = opts.actors ?? 2 + Math.floor(rand() * 11);
    const stepCount = opts.steps ?? 1 + Math.floor(rand() * 80);
    const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({ id: `a${i}`, label: i % 3 === 0 ? `Kepala Bidang Pelayanan ${i + 1}` : `Pelaksana ${i + 1}`, index: i, range: RANGE }));
    const steps: Step[] = [];
    const pending: Array<[number, number, Edge['kind'], boolean, string?]> = [];
    for (let n = 1; n <= stepCount; n++) {
        const last = n === stepCount;
        const kind: SymbolKind = n === 1 || last ? 'terminator' : stepCount > 2 && rand() < 0.25 ? 'decision' : 'process';
        const actor = actors[Math.floor(rand() * actorCount)].id;
        // A joint row joins neighbouring columns, as offices draw them (the line would cross the columns between).
        const col = actors.findIndex(a => a.id === actor);
        const co = actorCount > 2 && rand() < 0.06 ? [actors[col + 1 < actorCount && (col === 0 || rand() < 0.5) ? col + 1 : col - 1].id] : [];
        steps.push(step(n, kind, actor, rand, co));
        if (last) continue;
        if (kind === 'decision') {
            const yes = n + 1;
            let no = 1 + Math.floor(rand() * stepCount);
            while (no === n || no === yes) no = 1 + Math.floor(rand() * stepCount);
            pending.push([n, yes, 'yes', false, 'Ya'], [n, no, 'no', false, 'Tidak']);
        } else {
            const jump = rand() < 0.1 && n + 2 <= stepCount ? n + 2 + Math.floor(rand() * (stepCount - n - 1)) : n + 1;
            pending.push([n, Math.min(jump, stepCount), 'next', jump === n + 1]);
        }
    }
    const edges = pending.map(([from, to, kind, implicit, label]) => ({ ...edge(steps, from, to, kind, implicit, label), toSymbol: steps[to - 1].entry }));
    return {
        uri: `memory:///random-${seed}.sop`, id: `random${seed}`, title: `SOP ACAK ${seed}`, status: 'draft',
        paper: (['A4', 'F4', 'Letter', 'Legal'] as const)[seed % 4], language: 'id',
        identity: {
            institution: ['PEMERINTAH KABUPATEN SINTETIS', 'DINAS UJI COBA'], number: `SOP-${seed}/UJI/2025`,
            legalBasis: [words(rand, 5, 20)], qualifications: [], relatedSops: [], equipment: [words(rand, 2, 6)], warnings: [], records: [],
            approver: { position: 'Kepala Dinas Uji Coba', name: 'BUDI SANTOSO, S.H.', nip: '197503122001121002' },
        },
        actors, actorGroups: [], steps, edges,
        table: { headings: {}, columnNumbers: false, repeatHeader: true, identityPage: 'auto' },
        footnotes: rand() < 0.3 ? ['KTP = Kartu Tanda Penduduk', words(rand, 5, 25)] : [],
    };
}
