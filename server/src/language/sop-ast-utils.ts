import { GrammarUtils, type AstNode } from 'langium';
import type { PaperSize, SourceRange, SymbolKind } from '../model/sop-document.js';

/** Reading helpers over the AST, shared by the model builder and the language features. */

const KIND_OF: Record<string, SymbolKind> = {
    langkah: 'process', step: 'process', proses: 'process', process: 'process',
    kapsul: 'terminator', terminator: 'terminator', keputusan: 'decision', decision: 'decision',
};

const PAPERS: Record<string, PaperSize> = { a4: 'A4', f4: 'F4', folio: 'F4', letter: 'Letter', legal: 'Legal' };

export function stepKindOf(keyword: string | undefined): SymbolKind {
    return (keyword && KIND_OF[keyword]) || 'process';
}

export function paperOf(text: string | undefined): PaperSize | undefined {
    return text === undefined ? undefined : PAPERS[text.toLowerCase()];
}

/** Maps the written list keyword (data-type rule text) to the identity slot. */
export function listSlot(kind: string): 'legalBasis' | 'qualifications' | 'equipment' | 'warnings' | 'records' {
    const k = kind.toLowerCase().replace(/[^a-z]/g, '');
    if (k.startsWith('dasar') || k.startsWith('legal')) return 'legalBasis';
    if (k.startsWith('kualifikasi') || k.startsWith('qualification')) return 'qualifications';
    if (k.startsWith('peralatan') || k.startsWith('perlengkapan') || k.startsWith('equipment')) return 'equipment';
    if (k.startsWith('peringatan') || k.startsWith('warning')) return 'warnings';
    return 'records';
}

export function rangeOf(node: AstNode): SourceRange {
    const r = node.$cstNode?.range;
    return r ? { start: { ...r.start }, end: { ...r.end } } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function propertyRange(node: AstNode, property: string): SourceRange {
    const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    return cst ? { start: { ...cst.range.start }, end: { ...cst.range.end } } : rangeOf(node);
}
