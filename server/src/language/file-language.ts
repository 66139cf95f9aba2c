import { AstUtils, type AstNode } from 'langium';
import type { Lang } from '../vocabulary/sop-vocabulary.js';
import { keywordSummaries } from './sop-keyword-leaves.js';

/**
 * The keyword language of a file, decided once per parsed root: `SopDocument.language`, every
 * quick fix and completion read this, so what they insert is the language the file is written in.
 */
const decided = new WeakMap<AstNode, Lang>();

/** Keyword language of the file that holds `node` (majority of its keywords; Indonesian on ties). */
export function languageOf(node: AstNode): Lang {
    const root = AstUtils.findRootNode(node);
    let lang = decided.get(root);
    if (!lang) decided.set(root, lang = detectLanguage(root));
    return lang;
}

/** Counts keywords of each language in the file; ties go to Indonesian. */
export function detectLanguage(root: AstNode): Lang {
    let id = 0;
    let en = 0;
    for (const summary of root.$cstNode ? keywordSummaries(root.$cstNode) : []) {
        id += summary.id;
        en += summary.en;
    }
    return en > id ? 'en' : 'id';
}
