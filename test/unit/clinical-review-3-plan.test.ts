/**
 * The third clinician review, management plans (items 1 to 7): the published case types of
 * the review (test/unit/cases/review3, copies of the reviewer's files) as the user sees them:
 * the summary's steps (title, fit, why, advice), its drug table, its Markdown, and the
 * management-mismatch diagnostic.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, summaryHtml, summaryMarkdownCited } from './helpers.js';

const reviewCase = (name: string): string => fs.readFileSync(`test/unit/cases/review3/${name}.calc`, 'utf8');

/** The plan's steps in the summary HTML, in order: title, fit label, why, and the step's whole text. */
function steps(page: string): { title: string; fit: string; why: string; text: string }[] {
    return [...page.matchAll(/<li class="option [a-z-]+"><h3>(.*?) <span class="fit">(.*?)<\/span><\/h3><p class="why">Why: (.*?)\.<\/p>(.*?)<\/li>/g)]
        .map(([, title, fit, why, text]) => ({ title, fit, why, text: text.replace(/<sup class="cite">.*?<\/sup>/g, '').replace(/<[^>]+>/g, ' ') }));
}

function step(page: string, title: string) {
    const found = steps(page).find(s => s.title === title);
    expect(found, `a step titled ${title}`).toBeDefined();
    return found!;
}

/** The drugs of the summary's drug table, by label. */
function drugTable(page: string): string[] {
    const table = page.match(/<table class="drugs">.*?<\/table>/s)?.[0] ?? '';
    return [...table.matchAll(/<tr[^>]*><td><strong>([^<]+)<\/strong>/g)].map(m => m[1]);
}

describe('1. non-uraemic calciphylaxis with primary hyperparathyroidism (phosphate low, eGFR 68)', () => {
    it('gives no binder and no dialysis target; the PTH step points to parathyroidectomy', async () => {
        const page = await summaryHtml(reviewCase('06-nonuraemic-phpt'));
        const mineral = step(page, 'Control calcium and PTH; PTH raised');
        expect(mineral.fit).toBe('Suits this case');
        expect(mineral.why).toBe('albumin-corrected calcium 12.6 mg/dL high (moderate); parathyroid hormone (intact) 212 pg/mL (22.5 pmol/L) high');
        expect(mineral.text).toContain('PTH is above the reference interval: parathyroidectomy treats primary hyperparathyroidism, the commonest cause of non-uraemic calciphylaxis');
        expect(mineral.text).toContain('Cinacalcet lowers calcium in primary hyperparathyroidism only where parathyroidectomy is indicated but cannot be done');
        expect(page).not.toContain('Lower phosphate with a calcium-free binder');
        expect(page).not.toContain('On dialysis keep intact PTH');
        expect(page).not.toContain('KDOQI 2003, by contrast, kept Ca × P below 55');
        expect(step(page, 'Treat the non-uraemic cause').text).toContain('Parathyroidectomy');
        expect(drugTable(page)).not.toContain('Sevelamer');
        expect(drugTable(page)).not.toContain('Lanthanum carbonate');
    });

    it('on dialysis the binder, the Ca × P sentences and the PTH target stay (peritoneal dialysis case)', async () => {
        const page = await summaryHtml(reviewCase('05-pd-calciphylaxis'));
        const mineral = step(page, 'Control calcium and phosphate; PTH within target');
        expect(mineral.why).toContain('albumin-corrected calcium 11.1 mg/dL high (mild)');
        expect(mineral.text).toContain('Lower phosphate with a calcium-free binder (sevelamer, lanthanum).');
        expect(mineral.text).toContain('KDOQI 2003, by contrast, kept Ca × P below 55');
        expect(drugTable(page)).toContain('Lanthanum carbonate');
    });
});

describe('2. the metastatic plan follows the recorded cause; a calcium of 14 mg/dL or more comes first', () => {
    it('milk-alkali syndrome at 14.7 mg/dL: the crisis leads, then stopping calcium and alkali; no CKD drugs or dialysis', async () => {
        const page = await summaryHtml(reviewCase('14-milk-alkali'));
        const [first, second, third] = steps(page);
        expect(first.title).toBe('Treat the hypercalcaemic crisis first');
        expect(first.fit).toBe('Suits this case');
        expect(first.why).toBe('albumin-corrected calcium 14.7 mg/dL: a hypercalcaemic crisis (14 mg/dL and above, StatPearls, Hypercalcemia)');
        expect(first.text).toContain('intravenous isotonic saline to restore the volume, a loop diuretic only once it is replaced');
        expect(second.title).toBe('Correct the underlying disorder');
        expect(second.text).toContain('Stop the calcium carbonate and absorbable alkali');
        expect(second.text).toContain('more often after a bisphosphonate (6 of 11 patients in one series');
        expect(third.why).toContain('albumin-corrected calcium 14.7 mg/dL high (hypercalcaemic crisis)');
        expect(page).not.toContain('adequate dialysis');
        expect(drugTable(page)).toEqual(['Pamidronate', 'Calcitriol (active vitamin D)', 'Zoledronic acid']);
        // The low-phosphate diet is the kidney disease's: not for the phosphate of milk-alkali syndrome without CKD.
        expect(page).not.toContain('Low-phosphate diet');
    });

    it('vitamin D intoxication: stop vitamin D, glucocorticoids for severe or protracted hypercalcaemia; binders only as given', async () => {
        const page = await summaryHtml(reviewCase('15-hypervitaminosis-d'));
        expect(steps(page)[0].title).toBe('Correct the underlying disorder');
        expect(step(page, 'Correct the underlying disorder').text).toContain('Stop all vitamin D and calcium supplements; off dialysis rehydrate; after cholecalciferol the calcium can stay high for weeks to months');
        expect(step(page, 'Correct calcium and phosphate').why).toContain('albumin-corrected calcium 13.5 mg/dL high (moderate)');
        expect(page).not.toContain('In chronic kidney disease: restrict dietary phosphate');
        const drugs = drugTable(page);
        expect(drugs).not.toContain('Cinacalcet');
        expect(drugs).not.toContain('Lanthanum carbonate');
        expect(drugs).not.toContain('Aluminium hydroxide');
    });

    it('in CKD G4 the CKD sentence and binders stay, without dialysis or cinacalcet (not indicated off dialysis)', async () => {
        const page = await summaryHtml(reviewCase('04-ckd-metastatic'));
        const levels = step(page, 'Correct calcium and phosphate');
        expect(levels.text).toContain('In chronic kidney disease with a raised phosphate: restrict dietary phosphate and use a calcium-free binder');
        // The phosphate (7.6 mg/dL) is above KDOQI's 7.0 for a short course of an aluminium binder.
        expect(levels.text).toContain('Aluminium binders for at most 4 weeks, once, and only while phosphate is above 7.0 mg/dL.');
        expect(levels.text).not.toContain('adequate dialysis');
        expect(drugTable(page)).toEqual(expect.arrayContaining(['Lanthanum carbonate', 'Aluminium hydroxide']));
    });
});

describe('3. excision in metastatic calcinosis while the levels are high', () => {
    it('draws a management-mismatch warning marked weak, on the excision', async () => {
        const rows = (await diagnose(reviewCase('04-ckd-metastatic'))).filter(r => r.code === 'management-mismatch');
        expect(rows.map(r => [r.severity, r.line, r.text])).toEqual([['warning', 60, 'excision of P1 under local anaesthesia']]);
        expect(rows[0].message).toMatch(/^Excision in metastatic calcinosis cutis while albumin-corrected calcium 11\.1 mg\/dL high \(mild\); phosphate \(inorganic phosphorus\) 7\.6 mg\/dL \(2\.45 mmol\/L\) high;/);
        expect(rows[0].message).toMatch(/deposits regress with the levels and recur while they stay high\. Excise a deposit that stays symptomatic after the levels are corrected\. \(Amonkar 2022, the seed report; Reiter 2011, part II; weak evidence\)\.$/);
        // Not once the levels are normal.
        const normal = reviewCase('04-ckd-metastatic').replace('calcium 10.9 mg/dL', 'calcium 9.0 mg/dL').replace('phosphate 7.6 mg/dL', 'phosphate 4.0 mg/dL');
        expect((await diagnose(normal)).filter(r => r.code === 'management-mismatch')).toEqual([]);
    });
});

describe('4. milia-like calcinosis in Down syndrome', () => {
    it('watching leads; excision is an option for a symptomatic or doubtful papule, with its own evidence', async () => {
        const page = await summaryHtml(reviewCase('12-milia-like-down'));
        const [watch, excision] = steps(page);
        expect([watch.title, watch.fit, watch.why]).toEqual(['Watch and wait', 'Suits this case', 'milia-like idiopathic calcinosis with Down syndrome: the papules can regress on their own']);
        expect(watch.text).toContain('can disappear spontaneously by adulthood; recognising it early avoids unnecessary interventions');
        expect([excision.title, excision.fit]).toEqual(['Surgical excision', 'Also an option']);
        expect(excision.text).not.toContain('scrotal');
        expect((await diagnose(reviewCase('12-milia-like-down'))).filter(r => r.message.includes('downSyndrome'))).toEqual([]);
    });
});

describe('5. the iatrogenic steps fit the exposure and the age', () => {
    it('an adult after calcium chloride: no neonatal evidence; waiting is an option resting on single cases', async () => {
        const page = await summaryHtml(reviewCase('09-adult-cacl-extravasation'));
        const watch = step(page, 'Watch and wait');
        expect(watch.fit).toBe('Also an option');
        expect(watch.why).toBe('once the wound has healed; after infancy the expectant course rests on single cases');
        expect(page).not.toContain('in neonates resolves on its own');
        expect(page).not.toContain('No surgery for uncomplicated neonatal lesions');
        expect(step(page, 'Remove the source').text.trim()).toBe('Stop or re-site the calcium infusion.');
    });

    it('calcium heparin injections: stop the injections, not an infusion; no extravasation wording', async () => {
        const page = await summaryHtml(reviewCase('13-nadroparin-injection'));
        expect(step(page, 'Remove the source').text).toContain('Stop the calcium-containing heparin injections (nadroparin calcium, calcium heparin)');
        const watch = step(page, 'Watch and wait');
        expect([watch.fit, watch.why]).toEqual(['Suits this case', 'calcium-containing heparin injections, without necrosis']);
        expect(page).not.toContain('infusion');
        expect(page).not.toContain('extravasation without necrosis');
        expect(page).not.toContain('neonates');
    });
});

describe('6. sodium thiosulfate by dialysis modality', () => {
    it('on peritoneal dialysis no haemodialysis-session regimen; the reported PD range instead', async () => {
        const page = await summaryHtml(reviewCase('05-pd-calciphylaxis'));
        const sts = step(page, 'Sodium thiosulfate');
        expect(sts.text).not.toContain('each session');
        expect(sts.text).toContain('On peritoneal dialysis there is no standard regimen: in 30 reported patients intravenous doses ranged from 3.2 g twice daily to 25 g three times a week');
    });

    it('on haemodialysis the session regimen stays; with no modality recorded it is named as haemodialysis\'s', async () => {
        const page = await summaryHtml(reviewCase('05-pd-calciphylaxis').replace('condition peritonealDialysis', 'condition haemodialysis'));
        expect(step(page, 'Sodium thiosulfate').text).toContain('On haemodialysis: 25 g intravenously in the last 30 to 60 minutes of each session.');
        expect(page).not.toContain('On peritoneal dialysis there is no standard regimen');
        expect(page).not.toContain('The dialysis modality is not recorded');
        const unnamed = await summaryHtml(reviewCase('05-pd-calciphylaxis').replace('condition peritonealDialysis', 'condition dialysis'));
        expect(step(unnamed, 'Sodium thiosulfate').text).toContain('On haemodialysis: 25 g intravenously in the last 30 to 60 minutes of each session.  The dialysis modality is not recorded: the regimen above is that of haemodialysis (record haemodialysis or peritonealDialysis).');
    });
});

describe('7. evidence that fits the subtype, and words a reader knows', () => {
    it('a subepidermal calcified nodule is not shown scrotal recurrence data; the why names the subtype', async () => {
        const page = await summaryHtml(reviewCase('11-subepidermal-nodule'));
        const excision = step(page, 'Surgical excision');
        expect(excision.why).toBe('subepidermal calcified nodule');
        expect(excision.text).toContain('A subepidermal calcified nodule can be left alone if asymptomatic, or excised');
        expect(page).not.toContain('no recurrence was seen at 12 months');
        expect(page).not.toContain('scrotal calcinosis, Case Rep Urol 2020');
    });

    it('nor tumoral calcinosis; the Markdown of the milia-like case has no "milia like" in the why', async () => {
        const page = await summaryHtml(reviewCase('03-tumoral-hftc'));
        expect(step(page, 'Surgical excision').text).not.toContain('scrotal');
        expect(page).not.toContain('no recurrence was seen at 12 months');
        const md = await summaryMarkdownCited(reviewCase('12-milia-like-down'));
        expect(md).toContain('1. **Watch and wait** — Suits this case. Why: milia-like idiopathic calcinosis with Down syndrome: the papules can regress on their own.');
        expect(md).not.toContain('idiopathic milia like');
    });
});
