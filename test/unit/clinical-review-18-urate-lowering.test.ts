/**
 * The eighteenth clinical review: tumour lysis, a cause of metastatic calcinosis, is treated with
 * rasburicase and allopurinol, and both were unknown drugs. They are known now, with their labels'
 * regimens (recalled, so weak) and rasburicase's boxed warning (read).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, drugCase, summaryMarkdownUncited } from './helpers.js';

const PATIENT = 'age 34 years sex male weight 70 kg';
const HISTORY = 'condition tumourLysisSyndrome';

describe('rasburicase and allopurinol', () => {
    it('are known drugs, their usual doses within the labels\' regimens', async () => {
        const text = drugCase(PATIENT, 'drug rasburicase 0.2 mg/kg iv daily for 5 days\n        drug allopurinol 300 mg oral daily', HISTORY);
        const rows = await diagnose(text);
        expect(rows.filter(r => r.code === 'unknown-term' || r.code.startsWith('dose-'))).toEqual([]);
        const page = await summaryMarkdownUncited(text);
        expect(page).toContain('- Rasburicase 0.2 mg/kg iv daily for 5 days (line 5): a dose for the plasma uric acid in cancer therapy expected to cause tumour lysis, not a regimen for calcinosis: within the reported 0.2 mg/kg iv daily for 1–5 days');
        expect(page).toContain('- **Rasburicase:** Adverse effects: Boxed warning: serious and fatal hypersensitivity reactions including anaphylaxis, haemolysis in glucose-6-phosphate dehydrogenase (G6PD) deficiency (do not give it there: screen patients at higher risk)');
    });

    it('allopurinol above 800 mg a day: a warning at the dose', async () => {
        const rows = (await diagnose(drugCase(PATIENT, 'drug allopurinol 1200 mg oral daily', HISTORY))).filter(r => r.code === 'dose-out-of-range');
        expect(rows.map(r => [r.severity, r.line])).toEqual([['warning', 5]]);
        expect(rows[0].message).toMatch(/^Allopurinol 1200 mg oral daily is 1200 mg\/day: above every regimen reported: the reported 100–800 mg\/day /);
        expect(rows[0].message).toContain('it is also above the maximum of 800 mg/day');
    });
});

describe('the drug table keeps an abbreviation as written', () => {
    it('"G6PD", not "g6pd", in the adverse effects of the reported-drug table', async () => {
        const page = await summaryMarkdownUncited(drugCase(PATIENT, 'drug rasburicase 0.2 mg/kg iv daily for 5 days', HISTORY));
        expect(page).toContain('| Adverse effects: boxed warning: serious and fatal hypersensitivity reactions including anaphylaxis, haemolysis in glucose-6-phosphate dehydrogenase (G6PD) deficiency');
        expect(page).not.toContain('(g6pd)');
    });
});
