/**
 * out/language/main.cjs, out/cli/main.cjs and out/extension/main.cjs (esbuild.mjs builds this
 * file as each): run the bundle beside them through a V8 code cache of our own, with its exports
 * as this module's (the client's activate). Node's compile cache
 * (module.enableCompileCache) is made as soon as the bundle is compiled, so it holds only the
 * top level, and every module's function was still compiled at each start; this cache is made
 * once the bundle's modules have run. An ASCII bundle is read as a one-byte string (no UTF-8
 * decoding). Whatever fails here only means no cache: the bundle still runs.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, enableCompileCache } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The bundle's file name, beside this launcher, and whether to turn on Node's compile cache (esbuild.mjs defines them). */
declare const LAUNCHED_BUNDLE: string;
declare const LAUNCHER_COMPILE_CACHE: boolean;

// The bundles' lazily required parts (citation-js, docx) are loaded by Node, through its cache; not in
// VS Code's extension host, whose process other extensions share.
if (LAUNCHER_COMPILE_CACHE) enableCompileCache?.();
// The client's activate and deactivate are the bundle's exports: VS Code reads them from this module.
module.exports = runCached(path.join(__dirname, LAUNCHED_BUNDLE));

function runCached(file: string): unknown {
    const bytes = fs.readFileSync(file);
    // A hashbang (the CLI's) is a comment only at the start of a file: not inside the wrapper.
    const source = (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')).replace(/^#!/, '//');
    const cache = cacheOf(file, bytes);
    // The CommonJS wrapper on the first line, as Node's own: line numbers stay those of the file.
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData: cache?.data });
    const bundle = { exports: {}, filename: file, id: file };
    (script.runInThisContext() as (...args: unknown[]) => void).call(bundle.exports, bundle.exports, createRequire(file), bundle, file, path.dirname(file));
    if (cache && (!cache.data || script.cachedDataRejected)) cache.save(script.createCachedData());
    return bundle.exports;
}

interface Cache { data?: Buffer; save(data: Buffer): void }

/**
 * One cache file per bundle path, Node version and flags (a debug start's flags would make
 * V8 refuse it), under the user's own directory in the temporary folder; it begins with the
 * SHA-1 of the bundle it was made from (V8 itself checks only the length), so a rebuilt bundle
 * replaces it. node:crypto, not zlib's CRC-32: the server loads it anyway (vscode-jsonrpc).
 */
function cacheOf(file: string, bytes: Buffer): Cache | undefined {
    try {
        const dir = path.join(os.tmpdir(), `calc-case-code-cache-${process.getuid?.() ?? 'user'}`);
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const owner = fs.statSync(dir).uid;
        if (process.getuid && owner !== process.getuid()) return undefined; // someone else's: not trusted
        const key = createHash('sha1').update(`${file}\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 16);
        const cacheFile = path.join(dir, `${path.basename(file)}-${key}.bin`);
        const made = createHash('sha1').update(bytes).digest();
        let data: Buffer | undefined;
        try {
            const stored = fs.readFileSync(cacheFile);
            if (stored.subarray(0, made.length).equals(made)) data = stored.subarray(made.length);
        } catch {
            // none yet
        }
        return {
            data,
            save(cache) {
                try {
                    const temporary = `${cacheFile}.${process.pid}`;
                    fs.writeFileSync(temporary, Buffer.concat([made, cache]), { mode: 0o600 });
                    fs.renameSync(temporary, cacheFile); // whole, even with several starts at once
                } catch {
                    // a read-only or full disk: no cache
                }
            }
        };
    } catch {
        return undefined;
    }
}
