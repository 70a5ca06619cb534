/**
 * Registration of the custom requests (`calc/summary`, `calc/fhir`, `calc/cohort`) with
 * their params checked before any work. vscode-jsonrpc calls a handler with the params
 * and then the token, but with the token alone when there are no params and with the
 * items of an array spread: `calc/cohort` took `{"isCancellationRequested":true}` for its
 * token (cancelled) and `null` (-32603); `calc/fhir` read `{}` as `file:///undefined`.
 * Here the token is always the last argument, and bad params are an InvalidParams error
 * that says what the request takes.
 */
import { URI } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

export function onCustomRequest<P, R>(
    connection: Connection, method: string, read: (params: unknown) => P, handle: (params: P, token: CancellationToken) => Promise<R>
): void {
    connection.onRequest(method, async (...args: unknown[]) => {
        const last = args.at(-1);
        const token = CancellationToken.is(last) ? last : CancellationToken.None;
        const given = args.slice(0, -1);
        // No params, one, or the items of an array jsonrpc spread.
        const params = given.length === 0 ? undefined : given.length === 1 ? given[0] : given;
        return handle(read(params), token);
    });
}

/** `{ uri }` with an absolute URI (scheme and all), as the client knows the document. */
export function documentParams(method: string): (params: unknown) => { uri: URI } {
    return params => {
        const uri = (params as { uri?: unknown } | null | undefined)?.uri;
        if (typeof params !== 'object' || params === null || Array.isArray(params) || typeof uri !== 'string' || !/^[a-z][\w+.-]*:/i.test(uri)) {
            throw invalid(method, '{ "uri": "<the document\'s URI, e.g. file:///cases/a.calc>" }', params);
        }
        return { uri: URI.parse(uri) };
    };
}

/** No params, `null` or `{}`. */
export function noParams(method: string): (params: unknown) => void {
    return params => {
        const empty = params === undefined || params === null || (typeof params === 'object' && !Array.isArray(params) && Object.keys(params).length === 0);
        if (!empty) throw invalid(method, 'no params (or {})', params);
    };
}

function invalid(method: string, takes: string, given: unknown): ResponseError<void> {
    const shown = given === undefined ? 'none' : JSON.stringify(given)?.slice(0, 80) ?? typeof given;
    return new ResponseError(ErrorCodes.InvalidParams, `${method} takes ${takes}, not ${shown}.`);
}
