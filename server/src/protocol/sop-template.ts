/**
 * The skeleton of a new SOP, shared by the server's completion and the client's "new SOP from
 * template" command: the client reaches server code only through this folder.
 */
export { sopSnippet } from '../vocabulary/sop-snippets.js';
export type { Lang } from '../vocabulary/sop-vocabulary.js';
