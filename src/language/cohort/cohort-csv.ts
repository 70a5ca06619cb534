/**
 * The cohort as CSV for R or a REDCap import: one row per case, one column per fact, and a
 * data dictionary of the columns (name, label, type, unit, description). Values are the
 * analysis's own (labs in the analyte's canonical unit, only those usable); nothing is judged here.
 */
import type { LangiumDocument } from 'langium';
import type { CaseFile } from '../generated/ast.js';
import type { CaseAnalysis } from '../clinical/analyze.js';
import type { CalcAnalysis } from '../analysis/calc-analysis.js';
import { Analytes, ProductUnits } from '../knowledge/index.js';
import { convert, showUnit } from '../facts/units.js';
import { formatNumber } from '../clinical/format.js';
import type { FileLabel } from './cohort-documents.js';

interface Column {
    name: string;
    label: string;
    type: 'text' | 'number' | 'yes/no' | 'list';
    unit?: string;
    description: string;
    value(analysis: CaseAnalysis): string | number | boolean | undefined;
}

const list = (items: string[]) => items.length ? items.join('; ') : undefined;

const COLUMNS: Column[] = [
    { name: 'case', label: 'Case', type: 'text', description: 'The case\'s name in its file.', value: a => a.facts.name },
    { name: 'title', label: 'Title', type: 'text', description: 'The case report\'s title.', value: a => a.facts.title },
    { name: 'age_years', label: 'Age', type: 'number', unit: 'years', description: 'Age at presentation.', value: a => a.facts.patient.ageYears },
    { name: 'sex', label: 'Sex', type: 'text', description: 'The sex as written (female, male…: HL7 FHIR administrative gender).', value: a => a.facts.patient.sex },
    { name: 'weight_kg', label: 'Weight', type: 'number', unit: 'kg', description: 'Body weight.', value: a => a.facts.patient.weightKg },
    { name: 'height_cm', label: 'Height', type: 'number', unit: 'cm', description: 'Height.', value: a => a.facts.patient.heightCm },
    { name: 'onset_years', label: 'Onset before presentation', type: 'number', unit: 'years', description: 'How long before presentation the lesions began.', value: a => a.facts.onset?.ucum ? convert(a.facts.onset.value, a.facts.onset.ucum, 'a') : undefined },
    { name: 'conditions', label: 'Conditions', type: 'list', description: 'Conditions in the history, "; "-separated.', value: a => list(a.facts.conditions.map(c => c.term.label)) },
    { name: 'injuries', label: 'Injuries', type: 'list', description: 'Injuries in the history.', value: a => list(a.facts.injuries.map(c => c.term.label)) },
    { name: 'exposures', label: 'Exposures', type: 'list', description: 'Exposures in the history.', value: a => list(a.facts.exposures.map(c => c.term.label)) },
    { name: 'lesions', label: 'Lesions', type: 'number', description: 'Number of lesions (each lesion block counts its `count`, or 1).', value: a => a.facts.lesions.reduce((n, l) => n + (l.count ?? 1), 0) },
    { name: 'sites', label: 'Sites', type: 'list', description: 'The lesions\' sites, with their side.', value: a => list(a.facts.lesions.filter(l => l.site).map(l => [l.side, l.site!.label].filter(Boolean).join(' '))) },
    { name: 'largest_lesion_cm', label: 'Largest lesion', type: 'number', unit: 'cm', description: 'The largest dimension of the largest lesion.', value: a => maxOf(a.facts.lesions.map(l => l.largestCm)) },
    ...Analytes.map((analyte): Column => ({
        name: analyte.term, label: analyte.label, type: 'number', unit: showUnit(analyte.canonicalUnit),
        description: `${analyte.label}, the first usable value of the case (plausible, in a sure unit, not contradicted), in ${showUnit(analyte.canonicalUnit)}.`,
        value: a => { const lab = a.labs.byAnalyte[analyte.term]; return lab?.usable ? lab.canonical : undefined; }
    })),
    { name: 'corrected_calcium', label: 'Albumin-corrected calcium', type: 'number', unit: 'mg/dL', description: 'Total calcium corrected for albumin, as the analysis computes it.', value: a => a.labs.correctedCalcium && convert(a.labs.correctedCalcium.value, a.labs.correctedCalcium.unit, 'mg/dL') },
    { name: 'calcium_phosphate_product', label: 'Calcium × phosphate', type: 'number', unit: ProductUnits.productText, description: 'Calcium (corrected where albumin is known) × phosphate.', value: a => a.labs.product?.value },
    { name: 'calcinosis_type', label: 'Type', type: 'text', description: 'dystrophic, metastatic, idiopathic, iatrogenic or calciphylaxis; empty when undetermined.', value: a => a.classification.type ?? undefined },
    { name: 'extent', label: 'Extent', type: 'text', description: 'circumscripta or universalis; empty when undetermined.', value: a => a.classification.extent ?? undefined },
    { name: 'confidence', label: 'Confidence', type: 'text', description: 'definite, probable or undetermined.', value: a => a.classification.confidence },
    { name: 'drugs', label: 'Drugs', type: 'list', description: 'Drugs given, with the dose as written.', value: a => list(a.facts.drugs.map(d => `${d.term.label} ${d.dose.value} ${d.dose.unit}`)) },
    { name: 'excision', label: 'Excision', type: 'yes/no', description: 'At least one excision recorded.', value: a => a.facts.excisions.length > 0 },
    { name: 'procedures', label: 'Procedures', type: 'list', description: 'Other procedures.', value: a => list(a.facts.procedures.map(p => p.procedure.label)) },
    { name: 'followup_months', label: 'Follow-up', type: 'number', unit: 'months', description: 'Time to the follow-up recorded.', value: a => a.facts.followup?.after.ucum ? convert(a.facts.followup.after.value, a.facts.followup.after.ucum, 'mo') : undefined },
    { name: 'outcome', label: 'Outcome', type: 'text', description: 'The outcome at follow-up.', value: a => a.facts.followup?.outcome.label },
    { name: 'errors', label: 'Errors', type: 'number', description: 'Errors the analysis finds in the case (fix them before using its row).', value: a => a.findings.filter(f => f.severity === 'error').length },
    { name: 'warnings', label: 'Warnings', type: 'number', description: 'Warnings the analysis finds in the case.', value: a => a.findings.filter(f => f.severity === 'warning').length }
];

function maxOf(values: Array<number | undefined>): number | undefined {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? Math.max(...known) : undefined;
}

/**
 * RFC 4180 quoting; a text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * is prefixed with a quote mark, as OWASP advises against CSV injection.
 */
function cell(value: string | number | boolean | undefined): string {
    if (value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value).replace(/[^\d.-]/g, '') : '';
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: string[]) => `${cells.join(',')}\r\n`;

export function cohortCsv(documents: Array<LangiumDocument<CaseFile>>, analysis: CalcAnalysis, fileOf: FileLabel): string {
    const rows = documents.map(d => ({ document: d, file: fileOf(d.uri) })).sort((a, b) => a.file.localeCompare(b.file))
        .flatMap(({ document, file }) => document.parseResult.value.cases.map(kase => {
            const a = analysis.analysisOf(kase);
            return row([cell(file), ...COLUMNS.map(c => cell(c.value(a)))]);
        }));
    return row(['file', ...COLUMNS.map(c => c.name)]) + rows.join('');
}

export function cohortCsvDictionary(): string {
    const columns = [{ name: 'file', label: 'File', type: 'text', unit: undefined, description: 'The case file, relative to the cohort\'s folder.' }, ...COLUMNS];
    return row(['column', 'label', 'type', 'unit', 'description']) + columns.map(c => row([c.name, c.label, c.type, c.unit ?? '', c.description].map(cell))).join('');
}
