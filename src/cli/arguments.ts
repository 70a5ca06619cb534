/**
 * The one argument parser of `calc-case`: Node's `util.parseArgs` over each command's
 * options. Loose mode, so that each refusal is ours to word: an unknown option, a missing
 * value or a value outside the choices is a UsageError, shown with the command's usage.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
    /** The usage shown after the message: the command's, or the whole CLI's when undefined. */
    constructor(message: string, readonly usage?: string) {
        super(message);
    }
}

export interface OptionSpec {
    type: 'string' | 'boolean';
    /** The values a string option takes, each named in the refusal of any other. */
    choices?: readonly string[];
    default?: string;
    short?: string;
}

export interface CommandSpec {
    /** The lines of the CLI's usage for this command (also its `--help`). */
    usage: string;
    options: Record<string, OptionSpec>;
}

type Values<S extends CommandSpec> = {
    [K in keyof S['options']]: S['options'][K]['type'] extends 'boolean' ? boolean
        : S['options'][K] extends { default: string } ? string : string | undefined
};

export interface ParsedCommand<S extends CommandSpec> {
    values: Values<S>;
    /** The positional arguments (after `--`, a name starting with a dash is one). */
    files: string[];
    /** `--help` or `-h` was given: print the usage, do nothing else. */
    help: boolean;
}

/** "a", "a or b", "a, b or c". */
export function either(choices: readonly string[]): string {
    return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
}

export function parseCommand<S extends CommandSpec>(args: string[], spec: S): ParsedCommand<S> {
    const options = { help: { type: 'boolean' as const, short: 'h' }, ...spec.options };
    const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
    const refuse = (message: string) => new UsageError(message, spec.usage);
    const values: Record<string, string | boolean | undefined> = {};
    for (const [name, option] of Object.entries(spec.options)) values[name] = option.type === 'boolean' ? false : option.default;
    const files: string[] = [];
    let help = false;
    for (const token of tokens) {
        if (token.kind === 'positional') files.push(token.value);
        if (token.kind !== 'option') continue;
        if (token.name === 'help') {
            help = true;
            continue;
        }
        const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
        if (!option) throw refuse(`unknown option ${token.rawName}`);
        if (option.type === 'boolean') {
            if (token.value !== undefined) throw refuse(`${token.rawName} takes no value, not ${token.value}`);
            values[token.name] = true;
            continue;
        }
        if (!token.value) throw refuse(`${token.rawName} needs a value${option.choices ? `: ${either(option.choices)}` : ''}`);
        if (option.choices && !option.choices.includes(token.value)) throw refuse(`${token.rawName} must be ${either(option.choices)}, not ${token.value}`);
        values[token.name] = token.value;
    }
    return { values: values as Values<S>, files, help };
}

/** A command's `--help`: its usage on standard output; exit code 0. */
export function printUsage(spec: CommandSpec): number {
    console.log(`Usage:\n${spec.usage}`);
    return 0;
}
