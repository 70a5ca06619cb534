/** The registry answers for `.calc` files at once, and leaves every other URI to Langium's rules. */
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCalcServices } from '../../src/language/calc-module.js';
import { CalcServiceRegistry } from '../../src/language/workspace/calc-service-registry.js';

describe('the service registry', () => {
    const { shared, Calc } = createCalcServices(EmptyFileSystem);
    const registry = shared.ServiceRegistry;

    test('is ours, and gives a case file the Calc services', () => {
        expect(registry).toBeInstanceOf(CalcServiceRegistry);
        expect(registry.getServices(URI.parse('file:///cases/01-thigh.calc'))).toBe(Calc);
    });

    test('an untitled document open as Calc has the Calc services; another file has none', () => {
        const untitled = 'untitled:Untitled-1';
        shared.workspace.TextDocuments.set(TextDocument.create(untitled, 'calc', 1, 'case A { }'));
        expect(registry.getServices(URI.parse(untitled))).toBe(Calc);
        expect(registry.hasServices(URI.parse('file:///cases/notes.json'))).toBe(false);
        expect(registry.hasServices(URI.parse('file:///cases/.calc'))).toBe(false);
    });
});
