import type { AstNode } from 'langium';
import { propertyCstOf } from './sop-property-csts.js';
import type { PaperSize, SourceRange, SymbolKind } from '../model/sop-document.js';
import { conceptOf, KEYWORDS, spellings } from '../vocabulary/sop-vocabulary.js';

/** Reading helpers over the AST, shared by the model builder and the language features. */

const KIND_OF: Record<string, SymbolKind> = Object.fromEntries(([
    ['step', 'process'], ['process', 'process'], ['terminator', 'terminator'], ['decision', 'decision'],
] as const).flatMap(([concept, kind]) => spellings(KEYWORDS[concept]).map(word => [word, kind])));

const PAPERS: Record<string, PaperSize> = { a4: 'A4', f4: 'F4', folio: 'F4', letter: 'Letter', legal: 'Legal' };

export function stepKindOf(keyword: string | undefined): SymbolKind {
    return (keyword && KIND_OF[keyword]) || 'process';
}

export function paperOf(text: string | undefined): PaperSize | undefined {
    return text === undefined ? undefined : PAPERS[text.toLowerCase()];
}

/** Maps the written list keyword (data-type rule text) to the identity slot. */
export function listSlot(kind: string): ListSlot {
    return conceptOf(kind, LIST_SLOTS) ?? 'records';
}

const LIST_SLOTS = ['legalBasis', 'qualifications', 'equipment', 'warnings', 'records'] as const;
type ListSlot = typeof LIST_SLOTS[number];

export function rangeOf(node: AstNode): SourceRange {
    const r = node.$cstNode?.range;
    return r ? { start: { ...r.start }, end: { ...r.end } } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function propertyRange(node: AstNode, property: string): SourceRange {
    const cst = propertyCstOf(node, property);
    return cst ? { start: { ...cst.range.start }, end: { ...cst.range.end } } : rangeOf(node);
}
