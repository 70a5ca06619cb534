/**
 * The one way a custom request (`calc/summary`, `calc/fhir`, `calc/report`, `calc/cohort`) is
 * registered: by its RequestType from its `*-protocol.ts`, with its params checked before
 * any work. vscode-jsonrpc calls a handler with the params and then the token, but with the
 * token alone when there are no params and with the items of an array spread: `calc/cohort`
 * took `{"isCancellationRequested":true}` for its token (cancelled) and `null` (-32603);
 * `calc/fhir` read `{}` as `file:///undefined`. Here the token is always the last argument,
 * and bad params are an InvalidParams error that says what the request takes.
 */
import type { RequestType, RequestType0 } from 'vscode-languageserver';
import { CancellationToken, ErrorCodes, ResponseError } from './vscode-languageserver-values.js';
import type { CalcServices } from '../calc-module.js';
import type { DocumentParams } from './document-protocol.js';

type CustomRequest<P, R> = RequestType<P, R, void> | RequestType0<R, void>;

export function onCustomRequest<P, R>(
    services: CalcServices, type: CustomRequest<P, R>, read: (params: unknown, method: string) => P,
    handle: (params: P, token: CancellationToken) => Promise<R>
): void {
    const connection = services.shared.lsp.Connection;
    // By its method, not its type: what arrives is whatever a client sent, checked by `read`.
    connection?.onRequest(type.method, async (...args: unknown[]) => {
        const last = args.at(-1);
        const token = CancellationToken.is(last) ? last : CancellationToken.None;
        const given = args.slice(0, -1);
        // No params, one, or the items of an array jsonrpc spread.
        const params = given.length === 0 ? undefined : given.length === 1 ? given[0] : given;
        return handle(read(params, type.method), token);
    });
}

/** `{ textDocument: { uri } }` with an absolute URI (scheme and all), as the client knows the document. */
export function documentParams(params: unknown, method: string): DocumentParams {
    const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
    if (typeof params !== 'object' || params === null || Array.isArray(params) || typeof uri !== 'string' || !/^[a-z][\w+.-]*:/i.test(uri)) {
        throw invalid(method, '{ "textDocument": { "uri": "<the document\'s URI, e.g. file:///cases/a.calc>" } }', params);
    }
    return { textDocument: { uri } };
}

/** No params, `null` or `{}`. */
export function noParams(params: unknown, method: string): void {
    const empty = params === undefined || params === null || (typeof params === 'object' && !Array.isArray(params) && Object.keys(params).length === 0);
    if (!empty) throw invalid(method, 'no params (or {})', params);
}

function invalid(method: string, takes: string, given: unknown): ResponseError<void> {
    const shown = given === undefined ? 'none' : JSON.stringify(given)?.slice(0, 80) ?? typeof given;
    return new ResponseError(ErrorCodes.InvalidParams, `${method} takes ${takes}, not ${shown}.`);
}
