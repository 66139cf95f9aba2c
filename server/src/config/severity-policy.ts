import { DocumentState, isOperationCancelled, URI, UriUtils, type LangiumDocument } from 'langium';
import type { ConfigurationProvider, DocumentBuilder, FileSystemProvider, LangiumDocuments, WorkspaceLock } from 'langium';
import { DEFAULT_SEVERITY, type IssueCode, type RuleSeverity } from '../protocol/sop-issue-codes.js';
import {
    DEFAULT_LENGTH_BUDGETS, emptyConfig, mergeConfigs, parseProjectConfig, parseValidationConfig, PROJECT_CONFIG_FILE,
    type LengthBudgets, type ParsedConfig, type ValidationConfig
} from './sop-config.js';

/** What applies to one document: merged severities, budgets and any problems in the config. */
export interface EffectiveConfig {
    severity: Partial<Record<string, RuleSeverity>>;
    lengthBudgets: LengthBudgets;
    /** Problems found in the project file or the settings, reported as `invalid-config`. */
    problems: string[];
    /** The project file that applies, if any. */
    configFile?: string;
}

interface PolicyDeps {
    fileSystem: FileSystemProvider;
    configuration: ConfigurationProvider;
    builder: DocumentBuilder;
    documents: LangiumDocuments;
    /** Builds run one at a time under this lock; a re-validation outside it would race the running build. */
    lock?: WorkspaceLock;
}

const DEFAULT_EFFECTIVE: EffectiveConfig = { severity: {}, lengthBudgets: DEFAULT_LENGTH_BUDGETS, problems: [] };

/**
 * The one place that decides a rule's severity. Order of precedence (later wins): the rule's
 * default (which may depend on `status`), the nearest `sop.config.json` up the folder tree (or
 * the CLI's `--config` file), then the editor setting `sop.validation.severity`.
 */
export class SopSeverityPolicy {
    private readonly projectByDir = new Map<string, { file?: string; parsed: ParsedConfig }>();
    private readonly effective = new Map<string, EffectiveConfig>();
    private explicit: { file: string; parsed: ParsedConfig } | undefined;
    /** The `sop.validation` settings the documents were last validated with (JSON), to skip no-op updates. */
    private appliedSettings: string | undefined;

    constructor(private readonly deps: PolicyDeps) {
        // Re-read project files once per build: cheap, and edits to sop.config.json apply on the next change.
        deps.builder.onBuildPhase(DocumentState.IndexedContent, () => this.projectByDir.clear());
        deps.configuration.onConfigurationSectionUpdate(update => {
            if (update.section !== 'sop') return;
            // VS Code's client repeats the settings right after start-up, while the workspace is being
            // validated: the same settings need no second validation.
            const settings = JSON.stringify((update.configuration as { validation?: unknown } | undefined)?.validation ?? null);
            if (settings === this.appliedSettings) return;
            this.appliedSettings = settings;
            void this.revalidateAll();
        });
    }

    /** Uses this file instead of searching for `sop.config.json` (the CLI's `--config`). */
    useConfigFile(file: string): void {
        const uri = URI.file(file);
        this.explicit = { file, parsed: parseProjectConfig(this.deps.fileSystem.readFileSync(uri)) };
    }

    /** Resolves the configuration of `document`; the validator awaits this before the checks run. */
    async prepare(document: LangiumDocument): Promise<void> {
        const raw = await this.settings();
        this.appliedSettings ??= JSON.stringify(raw ?? null);
        const settings = parseValidationConfig(raw);
        const project = this.explicit ?? this.projectConfig(document.uri);
        const merged = mergeConfigs(project.parsed.config, settings.config);
        this.effective.set(document.uri.toString(), {
            severity: merged.severity,
            lengthBudgets: { ...DEFAULT_LENGTH_BUDGETS, ...merged.lengthBudgets },
            problems: [
                ...project.parsed.problems.map(p => `${project.file ?? PROJECT_CONFIG_FILE}: ${p}`),
                ...settings.problems.map(p => `sop.validation: ${p}`),
            ],
            configFile: project.file,
        });
    }

    /** The configuration that applies to the document with this URI (defaults when not prepared). */
    configFor(uri: string): EffectiveConfig {
        return this.effective.get(uri) ?? DEFAULT_EFFECTIVE;
    }

    /** The severity to report `code` with in this document; `fallback` is the rule's own default. */
    severity(uri: string, code: IssueCode, fallback: RuleSeverity = DEFAULT_SEVERITY[code]): RuleSeverity {
        return this.configFor(uri).severity[code] ?? fallback;
    }

    private async settings(): Promise<unknown> {
        try {
            return await this.deps.configuration.getConfiguration('sop', 'validation');
        } catch {
            return undefined;
        }
    }

    private projectConfig(uri: URI): { file?: string; parsed: ParsedConfig } {
        if (uri.scheme !== 'file') return { parsed: { config: emptyConfig(), problems: [] } };
        const visited: string[] = [];
        let dir = UriUtils.dirname(uri);
        let found: { file?: string; parsed: ParsedConfig } | undefined;
        for (let depth = 0; depth < 64 && !found; depth++) {
            const key = dir.toString();
            found = this.projectByDir.get(key) ?? this.readConfigIn(dir);
            visited.push(key);
            const parent = UriUtils.dirname(dir);
            if (parent.toString() === key) break;
            dir = parent;
        }
        const result = found ?? { parsed: { config: emptyConfig(), problems: [] } };
        for (const key of visited) this.projectByDir.set(key, result);
        return result;
    }

    private readConfigIn(dir: URI): { file?: string; parsed: ParsedConfig } | undefined {
        const candidate = UriUtils.joinPath(dir, PROJECT_CONFIG_FILE);
        try {
            if (!this.deps.fileSystem.existsSync(candidate)) return undefined;
            return { file: candidate.fsPath, parsed: parseProjectConfig(this.deps.fileSystem.readFileSync(candidate)) };
        } catch (e) {
            return { file: candidate.fsPath, parsed: { config: emptyConfig(), problems: [`cannot read (${(e as Error).message})`] } };
        }
    }

    /**
     * A settings change re-validates every document so the new severities show at once. Under the
     * workspace lock: run beside a build (the start-up validation of the workspace), both would
     * validate the same document and Langium appends each run's diagnostics, so every diagnostic
     * was listed twice.
     */
    private async revalidateAll(): Promise<void> {
        const revalidate = async (token?: Parameters<DocumentBuilder['update']>[2]) => {
            for (const doc of this.deps.documents.all) {
                if (doc.state > DocumentState.IndexedReferences) this.deps.builder.resetToState(doc, DocumentState.IndexedReferences);
            }
            await this.deps.builder.update([], [], token);
        };
        try {
            await (this.deps.lock ? this.deps.lock.write(revalidate) : revalidate());
        } catch (e) {
            if (!isOperationCancelled(e)) console.error('sop: re-validation after a settings change failed:', e);
        }
    }
}

export type { ValidationConfig };
