/**
 * Parser and lexer messages a clinician can act on ("expected a unit after 9.4")
 * instead of Chevrotain's token dumps ("Expecting token of type ID").
 */
import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, GrammarAST, type Grammar } from 'langium';

import { UNCLOSED_COMMENT, UNCLOSED_STRING } from './calc-token-builder.js';
import { COUNT_BY_X, SCHEDULE_EXAMPLES } from '../facts/dosage.js';

/** What a rule is called in a message, for the rules a clinician recognises. */
const RULE_WORDS: Record<string, string> = {
    CaseFile: 'the file', Case: 'the case', Patient: 'patient', History: 'history',
    Lesion: 'the lesion', Labs: 'labs', Imaging: 'imaging', Diagnosis: 'diagnosis',
    Treatment: 'treatment'
};

/** Examples of what a block holds when its items start with a term, not a keyword. */
const TERM_ITEMS: Record<string, string> = {
    LabResult: 'a result such as `calcium 9.4 mg/dL`',
    Study: 'a study such as `xray of L1 "finding"`'
};

/** Langium names a keyword's token by the keyword itself; terminals are upper case. */
function isKeyword(type: TokenType): boolean {
    return !/^[A-Z_]+$/.test(type.name);
}

export function describeToken(type: TokenType): string {
    if (isKeyword(type)) return `\`${type.name}\``;
    switch (type.name) {
        case 'NUMBER': return 'a number';
        case 'ID': return 'a name';
        case 'STRING': return 'a text in double quotes';
        case 'EOF': return 'the end of the file';
        default: return type.name.toLowerCase();
    }
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF') return 'the end of the file';
    return quote(token.image);
}

/** Invisible or reordering characters: NUL and other controls, zero-width and bidi marks, BOM, lone surrogates. */
const UNSHOWABLE = /^(?:[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|\p{Cs})$/u;

/**
 * Text of the file in a message, in backticks: at most 30 characters, and an invisible
 * or bidi character named (U+202E) rather than sent raw, where it would hide itself or
 * reverse the rest of the message in the editor.
 */
function quote(text: string): string {
    const chars = Array.from(text);
    const shown = chars.slice(0, 30).map(c => UNSHOWABLE.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : c);
    return `\`${shown.join('')}${chars.length > 30 ? '…' : ''}\``;
}

function unclosedMessage(token: IToken | undefined): string | undefined {
    switch (token?.tokenType?.name) {
        case UNCLOSED_STRING: return 'This text is not closed: add a `"` before the end of the line.';
        case UNCLOSED_COMMENT: return 'This comment is not closed: add `*/` where it should end.';
        default: return undefined;
    }
}

/** A term accepts a name or a few keywords; "a name" says it. */
function describeExpected(types: TokenType[]): string {
    return types.some(t => t.name === 'ID') && types.every(t => t.name === 'ID' || isKeyword(t))
        ? 'a name' : joinOr(types.map(describeToken));
}

function joinOr(words: string[]): string {
    const unique = [...new Set(words)];
    return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

export class CalcParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    /** First keywords of the items each block rule holds, read from the grammar itself. */
    private readonly blockItems: Map<string, string[]>;

    constructor(grammar: Grammar) {
        super();
        this.blockItems = collectBlockItems(grammar);
    }

    override buildMismatchTokenMessage({ expected, actual, previous, ruleName }: {
        expected: TokenType; actual: IToken; previous: IToken; ruleName: string;
    }): string {
        const unclosed = unclosedMessage(actual);
        if (unclosed) return unclosed;
        const rule = plainRuleName(ruleName);
        if (expected.name === '}' && actual.tokenType.name === 'EOF') {
            return `${capitalise(RULE_WORDS[rule] ?? rule)} is not closed: add \`}\` at its end.`;
        }
        if (expected.name === '}' && rule === 'Treatment') {
            const said = prescriptionTail(actual);
            if (said) return said;
        }
        if (expected.name === '}' && this.blockItems.has(rule)) {
            const items = this.blockItems.get(rule)!;
            const hint = rule === 'Labs' && actual.tokenType.name === 'NUMBER'
                ? ' If the line before lacks its unit, the name that follows was read as that unit.'
                : rule === 'Treatment' && ['ID', 'NUMBER'].includes(actual.tokenType.name) ? ` If it belongs to a drug's schedule, write one such as ${SCHEDULE_EXAMPLES}.` : '';
            return `${describeActual(actual)} is not expected in ${RULE_WORDS[rule] ?? rule}: write ${joinOr(items)}, or close the block with \`}\`.${hint}`;
        }
        if (rule === 'MealTiming') return mealTimingMessage(previous, actual);
        return `Expected ${describeToken(expected)}${after(previous)}, found ${describeActual(actual)}.${scheduleHint(rule)}`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return unclosedMessage(firstRedundant)
            ?? `${describeActual(firstRedundant)} is outside any case: a file holds cases written \`case Name { … }\`.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: {
        expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string;
    }): string {
        const unclosed = unclosedMessage(actual[0]);
        if (unclosed) return unclosed;
        if (plainRuleName(ruleName) === 'Ulcerated') {
            // `morphology necrotic ulcerated`: the keyword ends the morphology and starts its own member.
            // Said so that it also fits a half-typed `ulcerated` alone on its line.
            return `\`ulcerated\` takes \`yes\` or \`no\` (found ${describeActual(actual[0])} after it): write \`ulcerated yes\` or \`ulcerated no\` on its own line; it is not one of the morphology words.`;
        }
        // `after dialysis`: after `with`, `before` or `after`, the word is `meals` or `food`.
        if (plainRuleName(ruleName) === 'MealTiming') return mealTimingMessage(previous, actual[0]);
        if (['UnitHead', 'Unit'].includes(plainRuleName(ruleName))) {
            return `Expected a unit${after(previous)} (for example mg/dL, mmol/L, kg, years), found ${describeActual(actual[0])}.`;
        }
        const firsts = expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        return `Expected ${describeExpected(firsts)}${after(previous)}, found ${describeActual(actual[0])}.${scheduleHint(plainRuleName(ruleName))}`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, previous }: {
        expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string;
    }): string {
        const unclosed = unclosedMessage(actual[0]);
        if (unclosed) return unclosed;
        const firsts = expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Expected ${describeExpected(firsts)}${after(previous)}, found ${describeActual(actual[0])}.`;
    }
}

/**
 * `after dialysis`, `at night`: the grammar's timing words are FHIR's EventTiming C, AC, PC and HS
 * only (MealTiming, `food` read as `meals`); any other timing is free text, the note that ends the line.
 */
function mealTimingMessage(previous: IToken | undefined, actual: IToken): string {
    const word = previous?.image && !Number.isNaN(previous.startOffset) ? previous.image : undefined;
    const written = word && actual.tokenType.name !== 'EOF' && /^[\w\u00B5\u03BC]+$/.test(actual.image) ? `${word} ${actual.image}` : undefined;
    const lead = written ? `${quote(written)} is not a timing the language reads` : `Expected \`meals\`${after(previous)}, found ${describeActual(actual)}`;
    const note = written && written.length <= 30 ? `"${written}"` : '"after dialysis"';
    return `${lead}: a drug's timing is \`with meals\`, \`before meals\`, \`after meals\` (\`food\` reads as \`meals\`) or \`at bedtime\`. Write any other timing in the note at the end of the line, as \`${note}\`.`;
}

/**
 * What clinicians write after a prescription that the language does not read (clinical review 16):
 * a taper (`then taper`) and a count in `x` (`weekly x 2`, ambiguous between doses and days).
 */
function prescriptionTail(actual: IToken): string | undefined {
    if (actual.image === 'then') {
        return '`then` starts a second step of the prescription, which the language does not read: write the taper in the note at the end of the line (`"then taper by 10 mg a week"`), or the next dose as a `drug` line of its own.';
    }
    if (actual.image === 'x') {
        return `\`x\` after a schedule is a count the language does not read, and ISMP lists it as error-prone (${COUNT_BY_X.written} mistaken for ${COUNT_BY_X.mistakenAs}): write \`for 2 doses\` or \`for 2 weeks\`.`;
    }
    return undefined;
}

/** Inside a drug's schedule, what a schedule looks like. */
function scheduleHint(rule: string): string {
    return rule === 'Timing' || rule === 'Schedule' ? ` A schedule is written like ${SCHEDULE_EXAMPLES}.` : '';
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Langium suffixes the names of its Chevrotain rules with a zero-width space. */
function plainRuleName(ruleName: string): string {
    return ruleName.replace(/\u200B/g, '');
}

function after(previous: IToken | undefined): string {
    return previous && previous.image && !Number.isNaN(previous.startOffset) ? ` after ${quote(previous.image)}` : '';
}

/** UCUM's international unit in its own spelling, `[IU]` or `[iU]`: the language writes `units` (ISMP: not `IU` nor `U`). */
const UCUM_IU = /\[[iI][uU]\]/y;

/** A UCUM bracketed unit (`[IU]`): its `[` and `]` are not characters of the language, so say what to write. */
function ucumBracket(fullText: string, startOffset: number): string | undefined {
    const from = fullText.charAt(startOffset) === ']' ? fullText.lastIndexOf('[', startOffset) : startOffset;
    if (from < 0) return undefined;
    UCUM_IU.lastIndex = from;
    const match = UCUM_IU.exec(fullText);
    if (!match || startOffset >= from + match[0].length) return undefined;
    return `${quote(fullText.substr(from, match[0].length))} is UCUM's spelling of the international unit: write \`units\` instead (\`50000 units\`).`;
}

export class CalcLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('.')) {
            return `${quote(text)} is not expected here: write decimal numbers with a digit on each side of the point, like 0.5 or 5.0.`;
        }
        const bracketed = ucumBracket(fullText, startOffset);
        if (bracketed) return bracketed;
        if (/^[-\u2013]$/.test(text) && /\d[ \t]*$/.test(fullText.slice(Math.max(0, startOffset - 20), startOffset)) && /^[ \t]*\d/.test(fullText.slice(startOffset + length, startOffset + length + 20))) {
            // `90-100 mg`: the dash is a token only in a schedule's interval or an infusion's time (calc-token-builder.ts).
            return `${quote(text)} between two numbers is read only in how often a drug is given (\`every 3-4 weeks\`) or how long an infusion takes (\`over 30-60 minutes\`): write one value here.`;
        }
        if (/^[-+]$/.test(text) && /\d/.test(fullText.charAt(startOffset + length))) {
            // `-0` was told to write decimals with a digit on each side of the point.
            return `${quote(text)} is not expected here: values are written without a sign.`;
        }
        return `${quote(text)} is not part of the language here: a stray character?`;
    }
    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected ${quote(token.image)}.`;
    }
}

/**
 * For each rule whose body repeats `items+=Item*` inside braces, the keywords that can
 * start an item, so that a message can list what the block accepts.
 */
function collectBlockItems(grammar: Grammar): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
        const words = new Set<string>();
        for (const assignment of streamAssignments(rule.definition)) {
            if (assignment.operator !== '+=' || !GrammarAST.isRuleCall(assignment.terminal)) continue;
            const item = assignment.terminal.rule.ref;
            if (item && GrammarAST.isParserRule(item)) {
                const first = firstWords(item, new Set());
                first.forEach(word => words.add(word));
            }
        }
        if (words.size > 0) result.set(rule.name, [...words]);
    }
    return result;
}

function* streamAssignments(element: GrammarAST.AbstractElement): Generator<GrammarAST.Assignment> {
    if (GrammarAST.isAssignment(element)) yield element;
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
        for (const child of element.elements) yield* streamAssignments(child);
    }
}

/** The words that can start a rule: keywords, or a description of a term-led rule. */
function firstWords(rule: GrammarAST.ParserRule, seen: Set<string>): string[] {
    if (seen.has(rule.name)) return [];
    seen.add(rule.name);
    if (TERM_ITEMS[rule.name]) return [TERM_ITEMS[rule.name]];
    return firstOf(rule.definition, seen);
}

function firstOf(element: GrammarAST.AbstractElement, seen: Set<string>): string[] {
    if (GrammarAST.isKeyword(element)) return [`\`${element.value}\``];
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => firstOf(e, seen));
    if (GrammarAST.isGroup(element)) return element.elements.length > 0 ? firstOf(element.elements[0], seen) : [];
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        return rule && GrammarAST.isParserRule(rule) ? firstWords(rule, seen) : [];
    }
    if (GrammarAST.isAssignment(element)) return firstOf(element.terminal, seen);
    return [];
}
