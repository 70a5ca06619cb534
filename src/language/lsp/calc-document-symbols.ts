/**
 * The outline: each case, its sections, its lesions, and inside them the items a
 * clinician scans for (lab results with their values, drugs with their doses).
 */
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from './vscode-languageserver-values.js';
import * as ast from '../generated/ast.js';

export class CalcDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        const file = document.parseResult.value as ast.CaseFile;
        return file.cases.flatMap(kase => symbol(document, kase, kase.name || 'case', SymbolKind.Class, kase.members.flatMap(m => memberSymbol(document, m))));
    }
}

function memberSymbol(document: LangiumDocument, member: ast.Member): DocumentSymbol[] {
    switch (member.$type) {
        case ast.Lesion.$type:
            return symbol(document, member, `lesion ${member.name}`, SymbolKind.Object);
        case ast.Labs.$type:
            return symbol(document, member, member.label ? `labs "${member.label}"` : 'labs', SymbolKind.Struct,
                member.results.flatMap(r => symbol(document, r, `${r.analyte} ${r.value?.value ?? ''} ${r.value?.unit ?? ''}`.trim(), SymbolKind.Field)));
        case ast.Treatment.$type:
            return symbol(document, member, 'treatment', SymbolKind.Namespace,
                member.therapies.filter(ast.isDrugTherapy).flatMap(d => symbol(document, d, `${d.drug} ${d.dose?.value ?? ''} ${d.dose?.unit ?? ''}`.trim(), SymbolKind.Function)));
        case ast.Figure.$type:
            return symbol(document, member, `figure ${member.name}`, SymbolKind.File);
        case ast.Reference.$type:
            return symbol(document, member, `reference ${member.name}`, SymbolKind.Key);
        case ast.References.$type:
            return symbol(document, member, 'references', SymbolKind.Namespace,
                member.references.flatMap(r => symbol(document, r, `reference ${r.name}`, SymbolKind.Key)));
        default:
            return symbol(document, member, sectionName(member), SymbolKind.Namespace);
    }
}

function sectionName(member: ast.Member): string {
    return member.$cstNode?.text.split(/[\s{"]/)[0] || member.$type.toLowerCase();
}

function symbol(document: LangiumDocument, node: AstNode, name: string, kind: SymbolKind, children?: DocumentSymbol[]): DocumentSymbol[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const range = { start: document.textDocument.positionAt(cst.offset), end: document.textDocument.positionAt(cst.end) };
    return [{ name, kind, range, selectionRange: range, children }];
}
