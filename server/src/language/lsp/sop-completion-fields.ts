/**
 * Identity-sheet fields offered at the start of a clause, as whole phrases, keyed by the first
 * keyword the grammar expects there. A field already written is not offered again.
 */
import type { IdentityField, Sop } from '../generated/ast.js';
import {
    isApproverField, isDateField, isInstitutionField, isListField, isLogoField, isNumberField, isPaperField, isRelatedField, isStatusField
} from '../generated/ast.js';
import { listSlot } from '../sop-model-builder.js';

export interface FieldPhrase {
    text: string;
    used(root: Sop): boolean;
}

const has = (test: (f: IdentityField) => boolean) => (root: Sop) => root.fields.some(test);
const dateUsed = (...which: string[]) => has(f => isDateField(f) && which.includes(f.which));
const listUsed = (slot: ReturnType<typeof listSlot>) => has(f => isListField(f) && listSlot(f.kind) === slot);
const never = () => false;

const phrase = (text: string, used: (root: Sop) => boolean): FieldPhrase => ({ text, used });
const created = dateUsed('pembuatan', 'created');
const revised = dateUsed('revisi', 'revised');
const effective = dateUsed('efektif', 'effective');

const PHRASES: Record<string, FieldPhrase[]> = {
    status: [phrase('status', has(isStatusField))],
    instansi: [phrase('instansi', has(isInstitutionField))],
    institution: [phrase('institution', has(isInstitutionField))],
    logo: [phrase('logo', has(isLogoField))],
    nomor: [phrase('nomor', has(isNumberField))],
    number: [phrase('number', has(isNumberField))],
    tanggal: [phrase('tanggal pembuatan', created), phrase('tanggal revisi', revised), phrase('tanggal efektif', effective)],
    // English files write the date kind alone (`created 5 May 2025`); Indonesian ones through `tanggal`.
    date: [], pembuatan: [], revisi: [], efektif: [],
    created: [phrase('created', created)],
    revised: [phrase('revised', revised)],
    effective: [phrase('effective', effective)],
    disahkan: [phrase('disahkan oleh', has(isApproverField))],
    approved: [phrase('approved by', has(isApproverField))],
    dasar: [phrase('dasar hukum', listUsed('legalBasis'))],
    legal: [phrase('legal basis', listUsed('legalBasis'))],
    kualifikasi: [phrase('kualifikasi pelaksana', listUsed('qualifications'))],
    qualifications: [phrase('qualifications', listUsed('qualifications'))],
    peralatan: [phrase('peralatan', listUsed('equipment'))],
    perlengkapan: [],
    equipment: [phrase('equipment', listUsed('equipment'))],
    peringatan: [phrase('peringatan', listUsed('warnings'))],
    warnings: [phrase('warnings', listUsed('warnings'))],
    pencatatan: [phrase('pencatatan dan pendataan', listUsed('records'))],
    records: [phrase('records', listUsed('records'))],
    keterkaitan: [phrase('keterkaitan', has(isRelatedField))],
    related: [phrase('related', has(isRelatedField))],
    kertas: [phrase('kertas', has(isPaperField))],
    paper: [phrase('paper', has(isPaperField))],
    catatan: [phrase('catatan kaki', never)],
};

/** The phrases that replace `keyword` at the start of a clause; undefined when it is no field keyword. */
export function fieldPhrases(keyword: string): FieldPhrase[] | undefined {
    return Object.hasOwn(PHRASES, keyword) ? PHRASES[keyword] : undefined;
}
