import { isApproverField, isSop } from '../../generated/ast.js';
import { IssueCodes } from '../../../protocol/sop-issue-codes.js';
import { groupNip } from '../../../model/dates.js';
import { firstTokenRange, propertyCst, propertyCsts } from '../../validation/source-ranges.js';
import { APPROVER_KEYWORDS, fieldWord, SOP_PREFIX } from '../../validation/identity-checks.js';
import { fixOf, type FixBuilder, type FixContext } from './quick-fix.js';
import { deleteClause, deleteNode, quote } from './text-edits.js';

/** Removes a repeated identity field, or a repeated item (`nama`, `nip` …) of the approver. */
function removeDuplicateField(ctx: FixContext) {
    const sop = ctx.nodeOf(isSop);
    const field = sop?.fields.find(f => f.$cstNode && f.$cstNode.offset <= ctx.offset && ctx.offset < f.$cstNode.end);
    if (!field) return [];
    const start = firstTokenRange(field)?.start;
    if (start && ctx.document.textDocument.offsetAt(start) === ctx.offset) {
        const word = fieldWord(field);
        return word ? fixOf('fix.remove-field', [word], deleteNode(field)) : [];
    }
    if (!isApproverField(field)) return [];
    for (const [property, keywords] of Object.entries(APPROVER_KEYWORDS)) {
        const cst = propertyCsts(field, property).slice(1).find(c => ctx.startsHere(c));
        if (cst) return fixOf('fix.remove-field', [keywords[0]], deleteClause(field, cst, keywords));
    }
    return [];
}

/** Quick fixes of the identity checks. */
export const IdentityFixes = {
    [IssueCodes.DuplicateField]: removeDuplicateField,
    /** Writes the NIP grouped 8-6-1-3, inside its quotes if it has them. */
    [IssueCodes.NipNotGrouped]: ctx => {
        const field = ctx.nodeOf(isApproverField);
        const cst = field && propertyCsts(field, 'nips').find(c => ctx.startsHere(c));
        if (!ctx.startsHere(cst)) return [];
        const digits = cst.text.replace(/^"|"$/g, '').replace(/\s+/g, '');
        if (!/^\d{18}$/.test(digits)) return [];
        const grouped = groupNip(digits);
        return fixOf('fix.group-nip', [grouped], ctx.replace(cst, cst.text.startsWith('"') ? `"${grouped}"` : grouped));
    },
    /** Drops "SOP" from the start of NAMA SOP. */
    [IssueCodes.TitleStartsWithSop]: ctx => {
        const sop = ctx.document.parseResult.value;
        if (!isSop(sop)) return [];
        const cst = propertyCst(sop, 'title');
        const title = sop.title ?? '';
        const rest = title.slice(SOP_PREFIX.exec(title)?.[0].length ?? 0);
        if (!ctx.startsHere(cst) || rest === title || !rest.trim()) return [];
        return fixOf('fix.remove-sop-prefix', undefined, ctx.replace(cst, quote(rest)));
    },
} satisfies Record<string, FixBuilder>;
