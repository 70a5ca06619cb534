/**
 * The `calc.*` settings a user changes in VS Code, applied without a reload: the
 * institution's reference intervals (they override the built-in ones), which unit an
 * inlay hint shows, and whether inlay hints show at all.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { AnalyteTerm } from '../knowledge/index.js';
import { Analytes } from '../knowledge/index.js';
import type { IntervalOverride } from '../clinical/labs.js';
import { readUnit } from '../facts/units.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';

export type HintUnit = 'other' | 'si' | 'conventional';

export interface CalcSettingsValues {
    referenceIntervals: Partial<Record<AnalyteTerm, IntervalOverride>>;
    hintUnit: HintUnit;
    inlayHints: boolean;
}

export const DEFAULT_SETTINGS: CalcSettingsValues = { referenceIntervals: {}, hintUnit: 'other', inlayHints: true };

export class CalcSettings {
    values: CalcSettingsValues = DEFAULT_SETTINGS;
    /** What was wrong with the last settings, for the server's log. */
    problems: string[] = [];

    constructor(private readonly shared: LangiumSharedServices, private readonly analysis: CalcAnalysis) {
        const configuration = shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section === 'calc') void this.apply(update.configuration);
        });
        void configuration.ready.then(async () => this.apply({
            referenceIntervals: await configuration.getConfiguration('calc', 'referenceIntervals') as unknown,
            inlayHints: await configuration.getConfiguration('calc', 'inlayHints') as unknown,
        }));
    }

    /** Reads the section, keeps what is valid, and checks every open document again. */
    async apply(section: unknown): Promise<void> {
        const { values, problems } = readSettings(section);
        this.problems = problems;
        for (const problem of problems) console.warn(`calc settings: ${problem}`);
        if (JSON.stringify(values) === JSON.stringify(this.values)) return;
        this.values = values;
        this.analysis.setOptions({ referenceOverrides: values.referenceIntervals });
        // Validate again (no reparse): diagnostics are published as after an edit.
        const builder = this.shared.workspace.DocumentBuilder;
        const documents = this.shared.workspace.LangiumDocuments.all.toArray();
        documents.forEach(document => builder.resetToState(document, DocumentState.Linked));
        if (documents.length > 0) await builder.build(documents, { validation: true });
    }
}

export function readSettings(section: unknown): { values: CalcSettingsValues; problems: string[] } {
    const raw = (section && typeof section === 'object' ? section : {}) as Record<string, unknown>;
    const problems: string[] = [];
    const referenceIntervals: CalcSettingsValues['referenceIntervals'] = {};
    const intervals = raw.referenceIntervals && typeof raw.referenceIntervals === 'object' ? raw.referenceIntervals as Record<string, unknown> : {};
    for (const [term, value] of Object.entries(intervals)) {
        const analyte = Analytes.find(a => a.term === term);
        const interval = value as Partial<IntervalOverride> | null;
        const reading = typeof interval?.unit === 'string' ? readUnit(interval.unit) : undefined;
        if (!analyte) problems.push(`referenceIntervals.${term}: not a known analyte`);
        else if (!reading?.ok) problems.push(`referenceIntervals.${term}: needs a valid "unit"`);
        else if (typeof interval?.low !== 'number' && typeof interval?.high !== 'number') problems.push(`referenceIntervals.${term}: needs "low" or "high"`);
        else referenceIntervals[analyte.term] = { low: numberOrUndefined(interval.low), high: numberOrUndefined(interval.high), unit: reading.ucum };
    }
    const hints = (raw.inlayHints && typeof raw.inlayHints === 'object' ? raw.inlayHints : {}) as Record<string, unknown>;
    const hintUnit = ['other', 'si', 'conventional'].includes(hints.unit as string) ? hints.unit as HintUnit : DEFAULT_SETTINGS.hintUnit;
    return { values: { referenceIntervals, hintUnit, inlayHints: hints.enabled !== false }, problems };
}

function numberOrUndefined(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
