/**
 * One code lens at the top of the file: number of steps, actors and decisions, and the standard
 * time of the main ("Ya") path per unit family. Clicking it runs the client's time-summary command.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isSop, type Sop } from '../generated/ast.js';
import type { SopModelBuilder } from '../sop-model-builder.js';
import type { SopMessages } from '../sop-messages.js';
import type { SopServices } from '../sop-module.js';
import { summarise } from './sop-insights.js';
import { LspMessages } from './sop-lsp-messages.js';

/** Must equal `Commands.showTimeSummary` in client/src/commands.ts (a unit test checks it). */
export const SHOW_TIME_SUMMARY_COMMAND = 'sop.showTimeSummary';

export class SopCodeLensProvider implements CodeLensProvider {
    private readonly messages: SopMessages;
    private readonly builder: SopModelBuilder;

    constructor(services: SopServices) {
        this.messages = services.i18n.Messages;
        this.builder = services.model.ModelBuilder;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!isSop(root) || !root.$cstNode || root.steps.length === 0) return [];
        const s = summarise(this.builder, document as LangiumDocument<Sop>, this.messages.locale);
        let title = this.messages.format(LspMessages.lensSummary, s.steps, s.actors, s.decisions, s.display.mainPath);
        if (s.summary.total.untimed.length > 0) title += this.messages.format(LspMessages.lensUntimed, s.summary.total.untimed.length);
        if (s.summary.loops) title += this.messages.format(LspMessages.lensLoop);
        return [{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            command: { title, command: SHOW_TIME_SUMMARY_COMMAND, arguments: [document.uri.toString()] },
        }];
    }
}
