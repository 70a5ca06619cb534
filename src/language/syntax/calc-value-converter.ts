/**
 * Langium's value converter with the same results, made cheap to keep:
 *
 * - Strings. Langium unquotes a STRING by appending its characters one by one, which in V8
 *   makes a rope of one 32-byte node per character past the 13th: every title, note and
 *   finding held ~32 bytes of heap per character for as long as its document (about a
 *   tenth of the heap of a built workspace). Without a backslash (nearly always) the value is
 *   the text between the quotes, sliced from the document's text.
 * - Which converter a terminal takes is decided once per grammar rule, not per token.
 * - Numbers. A NUMBER may group its thousands with commas (`50,000`): read without them.
 */
import { DefaultValueConverter, GrammarUtils, ValueConverter, type GrammarAST, type ValueType } from 'langium';

type Convert = (input: string) => ValueType;

/** As `ValueConverter.convertString`, which the rare string with an escape still takes. */
export function unquote(input: string): string {
    const body = input.slice(1, -1);
    return body.includes('\\') ? ValueConverter.convertString(input) : body;
}

export class CalcValueConverter extends DefaultValueConverter {
    private readonly converters = new Map<GrammarAST.AbstractRule, Convert>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string): ValueType {
        let convert = this.converters.get(rule);
        if (!convert) this.converters.set(rule, convert = converterOf(rule));
        return convert(input);
    }
}

/** Langium's `runConverter` choice, with STRING unquoted as above. */
function converterOf(rule: GrammarAST.AbstractRule): Convert {
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return unquote;
        case 'ID': return ValueConverter.convertID;
        // `5,000 units`: thousands written with commas, as ISMP advises for doses of 1,000 and more.
        case 'NUMBER': return input => ValueConverter.convertNumber(input.includes(',') ? input.replaceAll(',', '') : input);
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return input => input;
    }
}
