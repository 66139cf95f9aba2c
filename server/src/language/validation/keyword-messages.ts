import type { Catalogue } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

export const KeywordMessages = {
    [IssueCodes.UnknownKeyword]: {
        id: 'Kata kunci `{0}` tidak dikenal; maksud Anda `{1}`?',
        en: 'Unknown keyword `{0}`; did you mean `{1}`?',
    },
    'fix.replace-keyword': { id: 'Ganti dengan `{1}`', en: 'Change to `{1}`' },
} as const satisfies Catalogue;
