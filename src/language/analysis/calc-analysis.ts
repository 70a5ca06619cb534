/**
 * The analysis of each case, computed once per parse and shared by the validator,
 * hovers, the summary and the CLI. A reparse makes new AST nodes, so a cache keyed
 * on the node is a cache per document version.
 *
 * An edit in an open file reparses all of it, and its other cases are as they were: a
 * case whose text and place (offset) are those of the previous version keeps its analysis,
 * which is made of plain facts and offsets only (nothing of the AST), so it is the same.
 * In a 200-case file an edit analyses one case, not 200 (issue 17's edit latency).
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Case } from '../generated/ast.js';
import type { Span } from '../facts/case-facts.js';
import { deriveCaseFacts } from '../facts/derive-facts.js';
import { analyzeCase, type AnalysisOptions, type CaseAnalysis } from '../clinical/analyze.js';
import { positionIn } from '../syntax/line-starts.js';

export class CalcAnalysis {
    private cache = new WeakMap<Case, CaseAnalysis>();
    private options: AnalysisOptions = {};
    private readonly edited = new EditedDocuments();

    analysisOf(kase: Case): CaseAnalysis {
        let analysis = this.cache.get(kase);
        if (!analysis) {
            analysis = this.edited.analysisOf(kase, () => this.analyze(kase));
            this.cache.set(kase, analysis);
        }
        return analysis;
    }

    /** New settings (institution intervals…) invalidate every cached analysis. */
    setOptions(options: AnalysisOptions): void {
        this.options = options;
        this.cache = new WeakMap();
        this.edited.clear();
    }

    private analyze(kase: Case): CaseAnalysis {
        const analysis = analyzeCase(deriveCaseFacts(kase), this.options);
        flattenTexts(analysis);
        return analysis;
    }
}

interface Version { version: number; byOffset: Map<number, { text: string, analysis: CaseAnalysis }> }

/**
 * The analyses of the open documents' last two versions, by the case's offset. Only
 * documents being edited (a version above 0: files read from disk and the CLI's have 0),
 * and the most recently edited few, so that a workspace holds nothing more.
 */
class EditedDocuments {
    private readonly documents = new Map<string, { current: Version, previous?: Version }>();

    /** The analysis the case had in the previous version if its text and place are the same, else a new one; kept for the next. */
    analysisOf(kase: Case, analyze: () => CaseAnalysis): CaseAnalysis {
        const place = this.placeOf(kase);
        if (!place) return analyze();
        const previous = place.versions.previous?.byOffset.get(place.offset);
        const kept = previous?.text === place.text ? previous : { text: place.text, analysis: analyze() };
        place.versions.current.byOffset.set(place.offset, kept);
        return kept.analysis;
    }

    clear(): void {
        this.documents.clear();
    }

    /** The case's place in its document's current version, the versions moved on if it is a newer one. */
    private placeOf(kase: Case) {
        const cst = kase.$cstNode;
        const document = documentOf(kase);
        const version = document.textDocument.version;
        if (!cst || version <= 0) return undefined;
        const uri = document.uri.toString();
        let versions = this.documents.get(uri);
        if (!versions || version > versions.current.version) {
            versions = { current: { version, byOffset: new Map() }, previous: versions?.current };
            this.documents.delete(uri); // re-inserted last: the map's order is the order of editing
            this.documents.set(uri, versions);
            if (this.documents.size > EDITED_DOCUMENTS_KEPT) this.documents.delete(this.documents.keys().next().value!);
        } else if (version < versions.current.version) {
            return undefined; // an older version, asked for late: analysed as it is, not remembered
        }
        return { versions, offset: cst.offset, text: cst.text };
    }
}

/** Documents whose analyses are kept for their next edit: more than a user edits at once. */
const EDITED_DOCUMENTS_KEPT = 8;

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

/** A span's range, from the lines of the parsed text (line-starts.ts): a build asks the TextDocument for none. */
export function spanToRange(document: LangiumDocument, span: Span): Range {
    const root = document.parseResult.value.$cstNode?.root;
    if (!root) return { start: document.textDocument.positionAt(span.offset), end: document.textDocument.positionAt(span.end) };
    return { start: positionIn(root, span.offset), end: positionIn(root, span.end) };
}

export function documentOf(kase: Case): LangiumDocument {
    return AstUtils.getDocument(kase);
}
