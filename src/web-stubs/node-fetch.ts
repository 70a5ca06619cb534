// Stands in for node-fetch in the Node bundles: citation-js reaches it (through fetch-ponyfill and
// sync-fetch) for remote inputs the report never gives it, and Node has fetch built in. node-fetch brought
// whatwg-url and tr46 (280 KiB) and Node's deprecated punycode module, which made Node 22 print a warning.
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
export class FetchError extends Error {}
export default Object.assign((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init), { Headers, Request, Response, FetchError });
