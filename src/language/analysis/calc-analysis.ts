/**
 * The analysis of each case, computed once per parse and shared by the validator,
 * hovers, the summary and the CLI. A reparse makes new AST nodes, so a cache keyed
 * on the node is a cache per document version.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Case } from '../generated/ast.js';
import type { Span } from '../facts/case-facts.js';
import { deriveCaseFacts } from '../facts/derive-facts.js';
import { analyzeCase, type AnalysisOptions, type CaseAnalysis } from '../clinical/analyze.js';

export class CalcAnalysis {
    private cache = new WeakMap<Case, CaseAnalysis>();
    private options: AnalysisOptions = {};

    analysisOf(kase: Case): CaseAnalysis {
        let analysis = this.cache.get(kase);
        if (!analysis) {
            analysis = analyzeCase(deriveCaseFacts(kase), this.options);
            flattenTexts(analysis);
            this.cache.set(kase, analysis);
        }
        return analysis;
    }

    /** New settings (institution intervals…) invalidate every cached analysis. */
    setOptions(options: AnalysisOptions): void {
        this.options = options;
        this.cache = new WeakMap();
    }
}

/**
 * A message built piece by piece is a rope in V8 (one 32-byte node per piece, a dozen per
 * finding), kept as long as the analysis: flattened, it is one string (375 → 130 bytes for
 * a typical finding; the collector drops the rope's nodes). A regular-expression test is
 * what flattens it; the texts stay the same.
 */
function flattenTexts(analysis: CaseAnalysis): void {
    for (const finding of analysis.findings) NOTHING.test(finding.message);
    for (const reason of analysis.classification.reasons) NOTHING.test(reason.text);
}

const NOTHING = /^\b\B/;

export function spanToRange(document: LangiumDocument, span: Span): Range {
    return { start: document.textDocument.positionAt(span.offset), end: document.textDocument.positionAt(span.end) };
}

export function documentOf(kase: Case): LangiumDocument {
    return AstUtils.getDocument(kase);
}
