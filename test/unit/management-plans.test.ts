/**
 * The management plan of each type, as a user sees it: in the summary's HTML (the
 * standalone page's content) and in the hover on the case name, for one case of each
 * type and situation (test/unit/cases). Also the dialysis targets and numbers judged
 * as written (issue 15).
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../src/language/summary/render-html.js';
import { summarizeDocument } from '../../src/language/summary/summary-document.js';
import { diagnose, services, validate } from './helpers.js';

const CASES = 'test/unit/cases';

async function html(file: string): Promise<string> {
    const document = await validate(fs.readFileSync(`${CASES}/${file}`, 'utf8'));
    const { summaries } = summarizeDocument(document, services.Calc.clinical.Analysis);
    return renderContent(summaries, { mode: 'standalone' });
}

/** The plan as the HTML lists it: each step's title and fit, in order. */
function planSteps(page: string): string[] {
    const list = page.match(/<ol class="options">([\s\S]*?)<\/ol>/)?.[1] ?? '';
    return [...list.matchAll(/<li class="option ([a-z-]+)"><h3>([^<]+) <span class="fit">/g)].map(m => `${m[2]} (${m[1]})`);
}

/** The drug rows of the summary's table, by label. */
function drugRows(page: string): string[] {
    return [...page.matchAll(/<tr class="(?:given)?"><td><strong>([^<]+)<\/strong>/g)].map(m => m[1]);
}

async function caseNameHover(file: string): Promise<string> {
    const text = fs.readFileSync(`${CASES}/${file}`, 'utf8');
    const name = /case (\w+)/.exec(text)![1];
    const document = await validate(text);
    const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(name) + 1)
    });
    return hover ? (hover.contents as { value: string }).value : '';
}

describe('the plan for each type, in the summary and the case-name hover', () => {
    it.each<[string, string, string[], RegExp]>([
        ['calciphylaxis-uraemic.calc', 'calciphylaxis',
            ['Wound care and pain (suited)', 'Stop what drives it (suited)', 'Control calcium, phosphate and PTH (suited)', 'Sodium thiosulfate (suited)', 'Adjuncts (alternative)', 'Surgery only as debridement (suited)'],
            /1\. Wound care and pain: necrotic or ulcerated lesion T1 — .*Nigwekar 2018.*Latus 2011/],
        ['calciphylaxis-nonuraemic.calc', 'calciphylaxis',
            ['Wound care and pain (suited)', 'Stop what drives it (suited)', 'Treat the non-uraemic cause (suited)', 'Sodium thiosulfate (alternative)', 'Adjuncts (alternative)', 'Surgery only as debridement (suited)'],
            /3\. Treat the non-uraemic cause: non-uraemic calciphylaxis: diabetes mellitus, obesity, warfarin —/],
        ['calciphylaxis-early.calc', 'calciphylaxis',
            // PTH 540 pg/mL is within KDIGO's 2–9 × the upper limit on dialysis: the step says so, not "control PTH".
            ['Wound care and pain (suited)', 'Stop what drives it (suited)', 'Control calcium and phosphate; PTH within target (suited)', 'Sodium thiosulfate (suited)', 'Adjuncts (alternative)', 'Surgery only as debridement (alternative)'],
            /6\. Surgery only as debridement \(also an option\): only once tissue is necrotic or infected/],
        ['metastatic-ckd.calc', 'metastatic calcinosis cutis',
            ['Correct the underlying disorder (suited)', 'Correct calcium and phosphate (suited)', 'Excision only once the levels are corrected (alternative)'],
            /2\. Correct calcium and phosphate: phosphate \(inorganic phosphorus\) 2\.10 mmol\/L \(6\.5 mg\/dL\) high/],
        ['neonatal-extravasation.calc', 'iatrogenic calcinosis cutis',
            ['Remove the source (suited)', 'Watch and wait (suited)'],
            /2\. Watch and wait: extravasation without necrosis in an infant — .*Song 2019/],
        ['heel-stick.calc', 'iatrogenic calcinosis cutis', ['Watch and wait (suited)'], /1\. Watch and wait: heel-stick nodules — .*VisualDx/],
        ['jdm.calc', 'dystrophic calcinosis cutis',
            ['Treat the underlying disease (suited)', 'Surgical excision (suited)', 'Medical management, by level of evidence (alternative)', 'Physical treatments (alternative)'],
            /1\. Treat the underlying disease: Juvenile dermatomyositis \(connective tissue disease\)/],
        ['sclerosis-universalis.calc', 'dystrophic calcinosis cutis',
            ['Treat the underlying disease (suited)', 'Surgical excision (not-suited)', 'Medical management, by level of evidence (suited)', 'Physical treatments (alternative)'],
            /2\. Surgical excision \(not for this case\): generalised disease \(universalis\)/],
        ['scrotal.calc', 'idiopathic calcinosis cutis', ['Surgical excision (suited)'], /1\. Surgical excision: scrotal calcinosis — /],
        ['tumoral-hyperphosphataemic.calc', 'idiopathic calcinosis cutis',
            ['Lower phosphate (suited)', 'Surgical excision (alternative)'],
            /1\. Lower phosphate: tumoral calcinosis with phosphate 7\.4 mg\/dL \(2\.39 mmol\/L\) high and kidneys not failing — .*Yamaguchi 1995.*Boyce 2020/]
    ])('%s: a plan for %s', async (file, diagnosis, steps, hoverLine) => {
        const page = await html(file);
        expect(page).toContain(`<h3>Plan for this case: ${diagnosis}</h3>`);
        expect(planSteps(page)).toEqual(steps);
        const hover = await caseNameHover(file);
        expect(hover).toContain(`**Plan for ${diagnosis}**`);
        expect(hover).toMatch(hoverLine);
    });

    it('each step says why it applies to this case', async () => {
        const page = await html('calciphylaxis-uraemic.calc');
        expect(page).toContain('<p class="why">Why: recorded: Warfarin.</p>');
        expect(page).toMatch(/<p class="why">Why: kidney failure; albumin-corrected calcium 11 mg\/dL high \(mild\); phosphate \(inorganic phosphorus\) 7\.1 mg\/dL \(2\.29 mmol\/L\) high; parathyroid hormone \(intact\) 820 pg\/mL \(87 pmol\/L\) high; Ca × P 78\.1 above 55 \(KDOQI 2003\)\.<\/p>/);
        expect(page).toContain('<p class="against">Not: Do not excise by extent: surgery in calciphylaxis is debridement of necrotic or infected tissue only');
    });

    it('calciphylaxis: no extent-based excision, no "correct calcium and phosphate" by extent, and only its own drugs', async () => {
        const page = await html('calciphylaxis-uraemic.calc');
        expect(page).not.toContain('28 patients with connective tissue disease');
        expect(page).toContain('<h3>Drugs reported for calciphylaxis</h3>');
        const rows = drugRows(page);
        expect(rows).toContain('Sodium thiosulfate');
        for (const drug of ['Diltiazem', 'Warfarin (low dose)', 'Etidronate', 'Ceftriaxone', 'Minocycline', 'Pamidronate']) expect(rows).not.toContain(drug);
        // Not managed by extent: the plan says nothing of circumscripta or universalis.
        const plan = page.slice(page.indexOf('<h3>Plan for this case'), page.indexOf('<ol class="options">'));
        expect(plan).not.toMatch(/circumscripta|universalis|one region/);
    });

    it('a neonatal extravasation: expectant, no drugs, no smoking advice', async () => {
        const page = await html('neonatal-extravasation.calc');
        expect(page).toContain('No drug is part of this plan.');
        expect(page).not.toContain('Stop smoking');
        expect(page).toContain('Extravasation calcinosis in neonates resolves on its own, in 3 weeks to 6 months');
    });

    it('the seed\'s misprints only where the drug is given', async () => {
        const jdm = await html('jdm.calc');
        expect(jdm).toContain('Printed as “90 mg/week”');
        expect(jdm).not.toContain('Printed as “2 mg/day”');
        expect(drugRows(jdm)[0]).toBe('Pamidronate');
    });
});

describe('the five cases of the issue, in the rendered diagnostics', () => {
    it('management-mismatch for excision in calciphylaxis, a neonatal extravasation and universalis', async () => {
        for (const [file, message] of [
            ['calciphylaxis-uraemic.calc', /^Excision in calciphylaxis\. Do not excise by extent/],
            ['neonatal-extravasation.calc', /^Excision of an uncomplicated extravasation calcinosis in an infant/],
            ['sclerosis-universalis.calc', /^Excision in calcinosis universalis/]
        ] as const) {
            const rows = await diagnose(fs.readFileSync(`${CASES}/${file}`, 'utf8'));
            const mismatch = rows.filter(r => r.code === 'management-mismatch');
            expect(mismatch, file).toHaveLength(1);
            expect(mismatch[0].severity, file).toBe('warning');
            expect(mismatch[0].message, file).toMatch(message);
        }
    });

    it('non-uraemic calciphylaxis: definite, its rule cited, and the declared type raises no conflict', async () => {
        const page = await html('calciphylaxis-nonuraemic.calc');
        expect(page).toMatch(/<span class="headline">Calciphylaxis<\/span> <span class="muted">\(definite\)<\/span>/);
        expect(page).toContain('Confirmed (definite) calciphylaxis: typical lesions with a biopsy showing calcification or thrombosis of small vessels');
        const rows = await diagnose(fs.readFileSync(`${CASES}/calciphylaxis-nonuraemic.calc`, 'utf8'));
        expect(rows.map(r => r.code)).not.toContain('classification-conflict');
    });

    it('early calciphylaxis on dialysis: probable calciphylaxis, and what would change it', async () => {
        const page = await html('calciphylaxis-early.calc');
        expect(page).toMatch(/<span class="headline">Calciphylaxis<\/span> <span class="muted">\(probable\)<\/span>/);
        expect(page).toContain('<h3>What would change it</h3>');
        expect(page).toMatch(/<li>calciphylaxis would be definite once the case records a biopsy showing calcification or thrombosis of small vessels/);
    });

    it('heel stick: iatrogenic, citing both readings', async () => {
        const page = await html('heel-stick.calc');
        expect(page).toContain('Iatrogenic calcinosis cutis, circumscripta');
        expect(page).toMatch(/Neonatal heel stick \(iatrogenic per Medscape, Calcinosis Cutis; VisualDx describes heel-stick nodules as dystrophic calcification after needle trauma, VisualDx, calcified heel nodules\)/);
    });
});

describe('targets for kidney failure and numbers judged as written', () => {
    it('on dialysis Ca × P is held against KDOQI\'s 55 and PTH against KDIGO\'s 2–9 × the upper limit, named in the message', async () => {
        const rows = await diagnose(fs.readFileSync(`${CASES}/calciphylaxis-early.calc`, 'utf8'));
        const product = rows.find(r => r.code === 'calcium-phosphate-product');
        expect(product?.severity).toBe('warning');
        expect(product?.message).toBe('Calcium × phosphate 63.7 mg²/dL² (calcium 9.8 × phosphate 6.5 mg/dL) is above 55 mg²/dL², the KDOQI 2003 target in CKD stages 3 to 5 (below 70, the threshold for metastatic calcification). KDIGO 2009 and 2017 advise against using the Ca × P product: judge calcium and phosphate each on its own. Sources: KDOQI 2003; KDIGO CKD-MBD 2009.');
        const pth = rows.find(r => r.code === 'lab-out-of-range' && /Parathyroid/.test(r.message));
        expect(pth).toBeUndefined(); // 540 pg/mL is within 130–585
        const metastatic = await diagnose(fs.readFileSync(`${CASES}/metastatic-ckd.calc`, 'utf8'));
        expect(metastatic.find(r => /Parathyroid/.test(r.message))?.message).toMatch(/^Parathyroid hormone \(intact\) 640 pg\/mL \(67\.9 pmol\/L\) is high: above the KDIGO target on dialysis or in CKD G5 \(2 to 9 × the upper limit 65 pg\/mL\) 130–585 pg\/mL by 55 pg\/mL\. Source: KDIGO 2009 PTH target/);
    });

    it('on dialysis eGFR and creatinine raise no lab-out-of-range; without dialysis they do', async () => {
        const labs = 'labs {\n        creatinine 7.9 mg/dL\n        egfr 8 mL/min/1.73m2\n    }';
        const dialysis = await diagnose(`case D {\n    patient { age 60 years sex male }\n    history { condition haemodialysis }\n    ${labs}\n}\n`);
        expect(dialysis.filter(r => r.code === 'lab-out-of-range')).toEqual([]);
        const ckd = await diagnose(`case K {\n    patient { age 60 years sex male }\n    history { condition chronicKidneyDisease }\n    ${labs}\n}\n`);
        expect(ckd.filter(r => r.code === 'lab-out-of-range').map(r => r.text)).toEqual(['7.9', '8']);
    });

    it('without kidney failure the general 70 and the reference PTH stay', async () => {
        const rows = await diagnose('case General {\n    labs {\n        calcium 10.0 mg/dL\n        phosphate 6.5 mg/dL\n        pth 80 pg/mL\n    }\n}\n');
        expect(rows.find(r => r.code === 'calcium-phosphate-product')).toBeUndefined();
        expect(rows.find(r => /Parathyroid/.test(r.message))?.message).toMatch(/above the adult \(18 years and over\) reference 15–65 pg\/mL/);
    });

    it('the hover on a lab names the dialysis target', async () => {
        const text = fs.readFileSync(`${CASES}/metastatic-ckd.calc`, 'utf8');
        const document = await validate(text);
        const at = async (needle: string) => {
            const hover = await services.Calc.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + 1)
            });
            return (hover?.contents as { value: string }).value;
        };
        expect(await at('640')).toMatch(/\n\nKDIGO target on dialysis or in CKD G5 \(2 to 9 × the upper limit 65 pg\/mL\): 130–585 pg\/mL — .*KDIGO 2009 PTH target/);
        expect(await at('2.10')).toMatch(/Ca × P: 66\.5 mg²\/dL² \(above 55, the KDOQI 2003 target in CKD stages 3 to 5; KDIGO 2009 and 2017 advise against using the Ca × P product: judge calcium and phosphate each on its own \(KDIGO CKD-MBD 2009\)\) — \*KDOQI 2003\*/);
    });

    it('a value at the quoted SI limit is within it, and messages show the written value first', async () => {
        const rows = await diagnose('case Si {\n    patient {\n        age 40 years\n    }\n    labs {\n        calcium 2.60 mmol/L\n        phosphate 2.10 mmol/L\n    }\n}\n');
        expect(rows.find(r => /^Calcium/.test(r.message))).toBeUndefined();
        expect(rows.find(r => /^Phosphate/.test(r.message))?.message).toBe('Phosphate (inorganic phosphorus) 2.10 mmol/L (6.5 mg/dL) is high: above the adult (20 years and over) reference 0.81–1.45 mmol/L (2.5–4.5 mg/dL) by 0.65 mmol/L. Source: Davis\'s Lab & Diagnostic Tests.');
        const high = await diagnose('case SiHigh {\n    labs {\n        calcium 2.65 mmol/L\n    }\n}\n');
        expect(high.find(r => /^Calcium/.test(r.message))?.message).toMatch(/^Calcium \(total\) 2\.65 mmol\/L \(10\.6 mg\/dL\) is high: above the adult \(18 years and over\) reference 2\.2–2\.6 mmol\/L \(8\.8–10\.4 mg\/dL\)/);
    });

    it('a phosphate of 0.8–1.5 written in mg/dL is unit-suspect, with the quick fix data', async () => {
        const rows = await diagnose('case Slip {\n    labs {\n        phosphate 1.2 mg/dL\n    }\n}\n');
        const suspect = rows.find(r => r.code === 'unit-suspect');
        expect(suspect?.severity).toBe('warning');
        expect(suspect?.message).toBe('Phosphate (inorganic phosphorus) 1.2 mg/dL would be critically low, while 1.2 mmol/L (3.72 mg/dL) would be within the reference interval: check the unit.');
    });

    it('creatinine against NORIP\'s sex-specific interval, the written µmol/L first', async () => {
        const woman = await diagnose('case Woman {\n    patient {\n        age 50 years\n        sex female\n    }\n    labs {\n        creatinine 95 umol/L\n    }\n}\n');
        expect(woman.find(r => /^Creatinine/.test(r.message))?.message).toBe('Creatinine 95 µmol/L (1.07 mg/dL) is high: above the adult (18 years and over), female reference 45–90 µmol/L (0.51–1.02 mg/dL) by 5 µmol/L. Source: NORIP, Rustad 2004.');
        const man = await diagnose('case Man {\n    patient {\n        age 50 years\n        sex male\n    }\n    labs {\n        creatinine 95 umol/L\n    }\n}\n');
        expect(man.find(r => /^Creatinine/.test(r.message))).toBeUndefined();
    });
});

describe('calciphylaxis in the classification note (Nigwekar 2018: not graded by extent)', () => {
    it('names no extent and counts warfarin recorded as an exposure and as a drug once', async () => {
        const rows = await diagnose(fs.readFileSync('examples/05-calciphylaxis-dialysis.calc', 'utf8'));
        const note = rows.find(r => r.code === 'classification')!;
        expect(note.severity).toBe('information');
        expect(note.message).toMatch(/^Calciphylaxis \(definite\): /);
        expect(note.message).not.toMatch(/circumscripta|lesions in one region/);
        expect(note.message.match(/warfarin[^;]*\(a calciphylaxis risk factor\)/g)).toHaveLength(1);
    });
});
