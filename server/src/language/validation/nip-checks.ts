import type { CstNode, ValidationAcceptor } from 'langium';
import type { ApproverField } from '../generated/ast.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';
import { groupNip, isoDate } from '../../model/dates.js';
import { propertyCsts } from './source-ranges.js';
import type { SopReporter } from './sop-reporter.js';

/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date YYYYMMDD, TMT CPNS YYYYMM, gender 1/2,
 * serial 3 digits. Reports the first problem only: one wrong digit should not cause four squiggles.
 */
export function checkNip(r: SopReporter, field: ApproverField, accept: ValidationAcceptor): void {
    // Every NIP written is checked: a repeated one is reported as such, but may be the one kept.
    for (const cst of propertyCsts(field, 'nips')) checkOne(r, field, cst, accept);
}

function checkOne(r: SopReporter, field: ApproverField, cst: CstNode, accept: ValidationAcceptor): void {
    const written = cst.text.replace(/^"|"$/g, '').trim();
    const info = { node: field, range: cst.range };
    if (!written) return;
    const digits = written.replace(/\s+/g, '');
    if (!/^\d{18}$/.test(digits)) {
        r.report(accept, IssueCodes.NipInvalidFormat, info, [written]);
        return;
    }
    const birth = digits.slice(0, 8);
    const birthIso = isoDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)));
    if (!birthIso || Number(birth.slice(0, 4)) < 1900) {
        r.report(accept, IssueCodes.NipInvalidBirthDate, info, [birth]);
        return;
    }
    const tmt = digits.slice(8, 14);
    const tmtYear = Number(tmt.slice(0, 4));
    const tmtMonth = Number(tmt.slice(4, 6));
    const birthMonths = Number(birth.slice(0, 4)) * 12 + Number(birth.slice(4, 6));
    if (tmtMonth < 1 || tmtMonth > 12 || tmtYear * 12 + tmtMonth <= birthMonths) {
        r.report(accept, IssueCodes.NipInvalidTmt, info, [tmt]);
        return;
    }
    if (digits[14] !== '1' && digits[14] !== '2') {
        r.report(accept, IssueCodes.NipInvalidGender, info, [digits[14]]);
        return;
    }
    const grouped = groupNip(digits);
    if (written !== grouped) {
        r.report(accept, IssueCodes.NipNotGrouped, info, [grouped]);
    }
}
