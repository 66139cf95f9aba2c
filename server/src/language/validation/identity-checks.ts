import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { ApproverField, IdentityField, ListField, NumberField, RelatedField, Sop, SopAstType } from '../generated/ast.js';
import { isApproverField, isDateField, isInstitutionField, isListField, isLogoField, isNumberField, isPaperField, isStatusField } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { buildDate, listSlot } from '../sop-model-builder.js';
import { firstTokenRange, propertyCsts } from './source-ranges.js';
import { checkNip } from './nip-checks.js';
import { deferredUsers, normaliseNumber, numberUsersText, type NumberIndex } from './number-index.js';
import type { SopReporter } from './sop-reporter.js';
import { isBoilerplateWarning, looksLikeCitation, looksLikeRegulation, regulationRank, repealedReplacement } from './text-heuristics.js';
import { approverName, approverNip, approverPosition, signedElectronically } from '../sop-clauses.js';
import { trimEndOf } from '../../model/trim-end.js';

const LISTS: Array<{ slot: ReturnType<typeof listSlot>; label: string; keyword: string }> = [
    { slot: 'legalBasis', label: 'DASAR HUKUM', keyword: 'dasar hukum' },
    { slot: 'qualifications', label: 'KUALIFIKASI PELAKSANA', keyword: 'kualifikasi pelaksana' },
    { slot: 'equipment', label: 'PERALATAN/PERLENGKAPAN', keyword: 'peralatan' },
    { slot: 'warnings', label: 'PERINGATAN', keyword: 'peringatan' },
    { slot: 'records', label: 'PENCATATAN DAN PENDATAAN', keyword: 'pencatatan dan pendataan' },
];

/** Keywords of each approver item (for naming and removing a repeated one). */
export const APPROVER_KEYWORDS: Record<string, readonly string[]> = {
    positions: ['jabatan', 'position'], names: ['nama', 'name'], nips: ['nip'], ranks: ['pangkat', 'rank'],
};

/** "SOP" or "Standar Operasional Prosedur" written at the start of NAMA SOP, with what follows it. */
export const SOP_PREFIX = /^\s*(SOP|STANDARD?\s+OPERASIONAL\s+PROSEDUR)\b[\s:.-]*/i;

/** Identity sheet rules (format reference §10.1). */
export class IdentityChecks {
    constructor(private readonly r: SopReporter, private readonly numbers: NumberIndex) {}

    checks(): ValidationChecks<SopAstType> {
        const g = this.r.guard.bind(this.r);
        return {
            Sop: [
                g('requiredFields', (n: Sop, a) => this.checkRequiredFields(n, a)),
                g('requiredLists', (n: Sop, a) => this.checkRequiredLists(n, a)),
                g('duplicateFields', (n: Sop, a) => this.checkDuplicateFields(n, a)),
                g('duplicateListItems', (n: Sop, a) => this.checkDuplicateListItems(n, a)),
                g('dateOrder', (n: Sop, a) => this.checkDateOrder(n, a)),
                g('legalBasisOrder', (n: Sop, a) => this.checkLegalBasisOrder(n, a)),
                g('title', (n: Sop, a) => this.checkTitle(n, a)),
                g('config', (n: Sop, a) => this.checkConfig(n, a)),
            ],
            ApproverField: [
                g('approverDuplicates', (n: ApproverField, a) => this.checkApproverDuplicates(n, a)),
                g('nip', (n: ApproverField, a) => checkNip(this.r, n, a)),
            ],
            ListField: [
                g('legalBasisItems', (n: ListField, a) => this.checkLegalBasisItems(n, a)),
                g('warningItems', (n: ListField, a) => this.checkWarningItems(n, a)),
            ],
            RelatedField: [g('relatedItems', (n: RelatedField, a) => this.checkRelatedItems(n, a))],
            NumberField: [g('duplicateNumber', (n: NumberField, a) => this.checkDuplicateNumber(n, a))],
        };
    }

    checkRequiredFields(sop: Sop, accept: ValidationAcceptor): void {
        const severity = statusSeverity(sop);
        const missing = (label: string, keyword: string) =>
            this.r.report(accept, IssueCodes.IdentityFieldMissing, { node: sop, property: 'name' }, [label, keyword], { severity });
        if (!sop.fields.some(f => isInstitutionField(f) && f.lines.some(l => l.trim()))) missing('Nama instansi', 'instansi "…"');
        if (!sop.fields.some(f => isNumberField(f) && f.value?.trim())) missing('NOMOR SOP', 'nomor "…"');
        if (!sop.title?.trim()) missing('NAMA SOP', `sop ${sop.name ?? '…'} "…"`);
        const approver = sop.fields.filter(isApproverField).at(-1);
        if (!approver) {
            missing('DISAHKAN OLEH', 'disahkan oleh jabatan "…" nama "…" nip …');
            return;
        }
        const range = firstTokenRange(approver);
        const part = (value: string | undefined, label: string, keyword: string) => {
            if (!value?.trim()) this.r.report(accept, IssueCodes.IdentityFieldMissing, { node: approver, range }, [label, keyword], { severity });
        };
        part(approverPosition(approver), 'Jabatan pengesah', 'jabatan "…"');
        part(approverName(approver), 'Nama pengesah', 'nama "…"');
        // An electronically signed document (TTE/BSrE) prints a QR code, usually without NIP.
        if (!signedElectronically(approver)) part(approverNip(approver), 'NIP pengesah', 'nip …');
    }

    checkRequiredLists(sop: Sop, accept: ValidationAcceptor): void {
        const severity = statusSeverity(sop);
        const lists = sop.fields.filter(isListField);
        for (const { slot, label, keyword } of LISTS) {
            const fields = lists.filter(f => listSlot(f.kind) === slot);
            // `dasar hukum -`: the office states that the list is empty on purpose.
            if (fields.some(f => f.empty) || fields.some(f => f.items.some(i => i.trim() && i.trim() !== '-'))) continue;
            this.r.report(accept, IssueCodes.IdentityListMissing, { node: sop, property: 'name' }, [label, keyword], { severity });
        }
    }

    /** The same item twice in one identity list (after case and spacing are ignored). */
    checkDuplicateListItems(sop: Sop, accept: ValidationAcceptor): void {
        const seen = new Map<string, Set<string>>();
        for (const field of sop.fields.filter(isListField)) {
            const slot = listSlot(field.kind);
            const items = seen.get(slot) ?? seen.set(slot, new Set()).get(slot)!;
            field.items.forEach((item, index) => {
                const key = trimEndOf(item.trim().toLowerCase().replace(/\s+/g, ' '), '.;,');
                if (!key || key === '-') return;
                if (items.has(key)) this.r.report(accept, IssueCodes.ListDuplicateItem, { node: field, property: 'items', index }, [item.trim()]);
                items.add(key);
            });
        }
    }

    checkDuplicateFields(sop: Sop, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const field of sop.fields) {
            const key = fieldKey(field);
            if (!key) continue;
            if (!seen.has(key)) {
                seen.add(key);
                continue;
            }
            const range = firstTokenRange(field);
            this.r.report(accept, IssueCodes.DuplicateField, { node: field, range }, [fieldWord(field) ?? key]);
        }
    }

    checkApproverDuplicates(field: ApproverField, accept: ValidationAcceptor): void {
        for (const [property, keywords] of Object.entries(APPROVER_KEYWORDS)) {
            for (const cst of propertyCsts(field, property).slice(1)) {
                this.r.report(accept, IssueCodes.DuplicateField, { node: field, range: cst.range }, [keywords[0]]);
            }
        }
    }

    checkDateOrder(sop: Sop, accept: ValidationAcceptor): void {
        const dates = new Map<string, { iso?: string; field: IdentityField }>();
        for (const f of sop.fields) {
            if (!isDateField(f) || !f.date || f.date.empty) continue;
            const slot = f.which === 'pembuatan' || f.which === 'created' ? 'created' : f.which === 'revisi' || f.which === 'revised' ? 'revised' : 'effective';
            dates.set(slot, { iso: buildDate(f.date, f).iso, field: f });
        }
        const created = dates.get('created');
        if (!created?.iso) return;
        for (const later of ['effective', 'revised'] as const) {
            const d = dates.get(later);
            if (!d?.iso || d.iso >= created.iso) continue;
            this.r.report(accept, IssueCodes.DateOrder, { node: d.field, property: 'date' },
                [this.r.text(`label.${later}`), d.iso, this.r.text('label.created'), created.iso]);
        }
    }

    checkLegalBasisItems(field: ListField, accept: ValidationAcceptor): void {
        if (listSlot(field.kind) !== 'legalBasis') return;
        field.items.forEach((item, index) => {
            if (!item.trim() || item.trim() === '-') return;
            if (!looksLikeCitation(item)) {
                this.r.report(accept, IssueCodes.LegalBasisNotCitation, { node: field, property: 'items', index });
                return;
            }
            const replacement = repealedReplacement(item);
            if (replacement) this.r.report(accept, IssueCodes.LegalBasisRepealed, { node: field, property: 'items', index }, [replacement]);
        });
    }

    checkLegalBasisOrder(sop: Sop, accept: ValidationAcceptor): void {
        const items = sop.fields.filter(isListField).filter(f => listSlot(f.kind) === 'legalBasis')
            .flatMap(field => field.items.map((text, index) => ({ field, index, text, rank: regulationRank(text) })));
        let highest: { rank: number; position: number } | undefined;
        items.forEach((item, position) => {
            if (item.rank === undefined) return;
            if (highest && item.rank < highest.rank) {
                const above = items.findIndex(i => i.rank !== undefined && i.rank > item.rank!);
                this.r.report(accept, IssueCodes.LegalBasisOrder, { node: item.field, property: 'items', index: item.index }, [above + 1]);
                return;
            }
            if (!highest || item.rank >= highest.rank) highest = { rank: item.rank, position };
        });
    }

    checkWarningItems(field: ListField, accept: ValidationAcceptor): void {
        if (listSlot(field.kind) !== 'warnings') return;
        field.items.forEach((item, index) => {
            if (isBoilerplateWarning(item)) this.r.report(accept, IssueCodes.WarningBoilerplate, { node: field, property: 'items', index });
        });
    }

    checkRelatedItems(field: RelatedField, accept: ValidationAcceptor): void {
        for (const item of field.items) {
            if (item.text !== undefined && looksLikeRegulation(item.text)) {
                this.r.report(accept, IssueCodes.RelatedIsRegulation, { node: item, property: 'text' });
            }
        }
    }

    checkTitle(sop: Sop, accept: ValidationAcceptor): void {
        const title = sop.title ?? '';
        const m = SOP_PREFIX.exec(title);
        if (m) this.r.report(accept, IssueCodes.TitleStartsWithSop, { node: sop, property: 'title' }, [m[1]]);
    }

    checkConfig(sop: Sop, accept: ValidationAcceptor): void {
        const problems = this.r.configFor(sop).problems;
        if (problems.length > 0) this.r.report(accept, IssueCodes.InvalidConfig, { node: sop, property: 'name' }, [problems.join('; ')]);
    }

    checkDuplicateNumber(field: NumberField, accept: ValidationAcceptor): void {
        const number = normaliseNumber(field.value);
        if (!number) return;
        if (this.numbers.deferUsers) {
            this.r.report(accept, IssueCodes.DuplicateNumber, { node: field, property: 'value' }, [field.value, deferredUsers(number)]);
            return;
        }
        const own = AstUtils.getDocument(field).uri.toString();
        const others = this.numbers.usersOf(number).filter(uri => uri !== own);
        if (others.length === 0) return;
        this.r.report(accept, IssueCodes.DuplicateNumber, { node: field, property: 'value' }, [field.value, numberUsersText(others)]);
    }
}

/** Draft SOPs get warnings for missing content; final ones get errors. */
export function statusSeverity(sop: Sop): 'warning' | 'error' {
    return sop.fields.some(f => isStatusField(f) && f.status === 'final') ? 'error' : 'warning';
}

/** How a field is named in messages: its keyword as written (`disahkan oleh`, `nomor`, the date's kind). */
export function fieldWord(field: IdentityField): string | undefined {
    return isDateField(field) ? field.which : field.$cstNode?.text.split(/\s+/).slice(0, isApproverField(field) ? 2 : 1).join(' ');
}

/** Single-valued identity fields, by what they fill; lists and links merge and are left out. */
function fieldKey(field: IdentityField): string | undefined {
    if (isStatusField(field)) return 'status';
    if (isInstitutionField(field)) return 'instansi';
    if (isLogoField(field)) return 'logo';
    if (isNumberField(field)) return 'nomor';
    if (isPaperField(field)) return 'kertas';
    if (isApproverField(field)) return 'disahkan';
    if (isDateField(field)) {
        const w = field.which;
        return w === 'pembuatan' || w === 'created' ? 'date-created' : w === 'revisi' || w === 'revised' ? 'date-revised' : 'date-effective';
    }
    return undefined;
}
