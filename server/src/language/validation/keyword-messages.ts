import { registerMessages } from '../sop-messages.js';
import { IssueCodes } from '../../protocol/sop-issue-codes.js';

registerMessages({
    [IssueCodes.UnknownKeyword]: {
        id: 'Kata kunci `{0}` tidak dikenal; maksud Anda `{1}`?',
        en: 'Unknown keyword `{0}`; did you mean `{1}`?',
    },
    'fix.change-reference': { id: 'Ganti dengan `{0}`', en: 'Change to `{0}`' },
    'fix.replace-keyword': { id: 'Ganti dengan `{1}`', en: 'Change to `{1}`' },
});
