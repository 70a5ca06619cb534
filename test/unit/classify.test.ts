import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../src/language/clinical/analyze.js';
import { caseFacts, type CaseSketch } from './facts-fixture.js';

function classification(sketch: CaseSketch) {
    return analyzeCase(caseFacts(sketch)).classification;
}

const NORMAL_LABS: Array<[string, number, string]> = [['calcium', 9.5, 'mg/dL'], ['phosphate', 3.5, 'mg/dL']];
const HIGH_PHOSPHATE: Array<[string, number, string]> = [['calcium', 9.5, 'mg/dL'], ['phosphate', 8.5, 'mg/dL']];
const THIGH = [{ site: 'thigh', side: 'right' as const }];

describe('type and confidence', () => {
    it.each<[string, CaseSketch, string | null, string, string[]?]>([
        ['connective tissue disease, normal labs', { conditions: ['systemicSclerosis'], labs: NORMAL_LABS, lesions: THIGH }, 'dystrophic', 'definite'],
        ['connective tissue disease, no labs', { conditions: ['dermatomyositis'], lesions: THIGH }, 'dystrophic', 'probable'],
        ['trauma, normal labs', { injuries: ['trauma'], labs: NORMAL_LABS, lesions: THIGH }, 'dystrophic', 'definite'],
        ['raised phosphate', { labs: HIGH_PHOSPHATE, lesions: THIGH }, 'metastatic', 'definite'],
        ['hyperparathyroidism, no labs', { conditions: ['hyperparathyroidism'], lesions: THIGH }, 'metastatic', 'probable'],
        ['calcium gluconate given at the site', { exposures: ['calciumGluconate'], lesions: THIGH }, 'iatrogenic', 'definite'],
        ['an exposure decides over a high product', { exposures: ['calciumGluconate'], labs: [['calcium', 10, 'mg/dL'], ['phosphate', 8, 'mg/dL']], lesions: THIGH }, 'iatrogenic', 'definite'],
        ['dialysis with painful ulcers, normal labs', { conditions: ['dialysis'], labs: NORMAL_LABS, lesions: [{ site: 'thigh', pain: 'severe', ulcerated: true }] }, 'calciphylaxis', 'definite'],
        ['normal labs and nothing else', { labs: NORMAL_LABS, lesions: THIGH }, 'idiopathic', 'definite'],
        ['familial tumoral calcinosis with a raised phosphate', { conditions: ['familialTumoralCalcinosis'], labs: HIGH_PHOSPHATE, lesions: [{ site: 'hip' }] }, 'idiopathic', 'definite'],
        ['no labs and nothing else', { lesions: THIGH }, null, 'undetermined', ['idiopathic', 'metastatic']]
    ])('%s → %s (%s)', (_, sketch, type, confidence, candidates) => {
        const c = classification(sketch);
        expect(c.type).toBe(type);
        expect(c.confidence).toBe(confidence);
        if (candidates) expect(c.candidates).toEqual(candidates);
    });

    it('implausible values are not used as facts', () => {
        const c = classification({ conditions: ['dermatomyositis'], labs: [['phosphate', 45, 'mg/dL']], lesions: THIGH });
        expect(c).toMatchObject({ type: 'dystrophic', confidence: 'probable' });
        expect(c.missing).toEqual(['calcium', 'phosphate']);
    });

    it('says what is missing to tell the candidates apart', () => {
        const findings = analyzeCase(caseFacts({ lesions: THIGH })).findings;
        expect(findings.find(f => f.code === 'classification-incomplete')?.message).toBe('To tell idiopathic from metastatic, record calcium and phosphate.');
    });
});

describe('extent', () => {
    it.each<[string, CaseSketch['lesions'], string | null]>([
        ['one lesion', [{ site: 'elbow', side: 'left' }], 'circumscripta'],
        ['two lesions of one limb', [{ site: 'finger' }, { site: 'wrist' }], 'circumscripta'],
        ['both shoulders', [{ site: 'shoulder', side: 'bilateral' }], 'circumscripta'],
        ['limb and trunk', [{ site: 'thigh' }, { site: 'abdomen' }], 'universalis'],
        ['no site', [], null]
    ])('%s → %s', (_, lesions, extent) => {
        expect(classification({ lesions, labs: NORMAL_LABS }).extent).toBe(extent);
    });
});

describe('declared type and extent', () => {
    it('a declared type the facts exclude is a conflict that says why', () => {
        const findings = analyzeCase(caseFacts({ conditions: ['dermatomyositis'], declaredType: 'calciphylaxis', lesions: [{ site: 'elbow' }] })).findings;
        const conflict = findings.find(f => f.code === 'classification-conflict');
        expect(conflict?.severity).toBe('warning');
        expect(conflict?.message).toMatch(/^Declared calciphylaxis, but no renal failure or dialysis is recorded\. The facts point to dystrophic \(probable\)/);
    });

    it('a declared type among the undetermined candidates is no conflict', () => {
        const findings = analyzeCase(caseFacts({ declaredType: 'idiopathic', lesions: THIGH })).findings;
        expect(findings.map(f => f.code)).not.toContain('classification-conflict');
    });

    it('a declared extent the lesions contradict', () => {
        const findings = analyzeCase(caseFacts({ declaredExtent: 'universalis', lesions: [{ site: 'elbow' }], labs: NORMAL_LABS })).findings;
        expect(findings.filter(f => f.code === 'classification-conflict')).toHaveLength(1);
    });

    it('excision in universalis is a management mismatch', () => {
        const findings = analyzeCase(caseFacts({ excision: true, lesions: [{ site: 'thigh' }, { site: 'face' }], labs: NORMAL_LABS })).findings;
        expect(findings.filter(f => f.code === 'management-mismatch')).toHaveLength(1);
        const local = analyzeCase(caseFacts({ excision: true, lesions: THIGH, labs: NORMAL_LABS })).findings;
        expect(local.map(f => f.code)).not.toContain('management-mismatch');
    });
});
