/**
 * Writes a set of files into one folder all or nothing, for `calc-case export --out`:
 *
 * - every target is checked before the first byte is written (a refusal writes nothing);
 * - a target is never a symbolic link (dangling or not: writing through one wrote outside
 *   the folder), a folder or a special file, and an existing file only with `force`;
 * - each file is written to a temporary file in the folder and then renamed onto its
 *   target, so a failed write (a full disk, a file-size limit) leaves what was there:
 *   written in place, a good bundle became 24,576 bytes of invalid JSON. Without `force`
 *   the rename is a hard link, which refuses a file that appeared meanwhile.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export interface FileToWrite {
    /** A bare file name, in the folder. */
    name: string;
    text: string;
}

/** Most file systems take names of at most 255 bytes; the temporary name adds a few. */
export const MAX_FILE_NAME_BYTES = 200;

export type WriteResult = { written: string[] } | { refused: string };

export async function writeFilesInFolder(dir: string, files: FileToWrite[], force: boolean): Promise<WriteResult> {
    const problem = await folderProblem(dir) ?? await firstTargetProblem(dir, files, force);
    if (problem) return { refused: problem };
    await fs.mkdir(dir, { recursive: true });
    const temporary: string[] = [];
    try {
        for (const file of files) {
            const temp = path.join(dir, `.${file.name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
            temporary.push(temp);
            const handle = await fs.open(temp, 'wx', 0o644);
            try {
                await handle.writeFile(file.text);
                await handle.sync();
            } finally {
                await handle.close();
            }
        }
    } catch (error) {
        await Promise.all(temporary.map(temp => fs.rm(temp, { force: true })));
        return { refused: `cannot write to ${dir}: ${(error as Error).message}: nothing written` };
    }
    const written: string[] = [];
    for (const [i, file] of files.entries()) {
        const target = path.join(dir, file.name);
        try {
            if (force) {
                await fs.rename(temporary[i], target);
            } else {
                await fs.link(temporary[i], target);
                await fs.rm(temporary[i]);
            }
            written.push(target);
        } catch (error) {
            await Promise.all(temporary.slice(i).map(temp => fs.rm(temp, { force: true })));
            const e = error as NodeJS.ErrnoException;
            const reason = e.code === 'EEXIST' ? `${target} appeared meanwhile, not replaced` : `cannot write ${target}: ${e.message}`;
            return { refused: `${reason}${written.length ? ` (${written.join(', ')} written)` : ': nothing written'}` };
        }
    }
    return { written };
}

/** `--out` must be a folder, or not exist yet. */
async function folderProblem(dir: string): Promise<string | undefined> {
    const stat = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => error.code === 'ENOENT' ? undefined : error);
    if (stat instanceof Error) return `cannot use ${dir}: ${stat.message}: nothing written`;
    if (stat && !stat.isDirectory()) return `${dir} is a file, not a folder (--out names the folder the bundles go to): nothing written`;
    return undefined;
}

async function firstTargetProblem(dir: string, files: FileToWrite[], force: boolean): Promise<string | undefined> {
    const tooLong = files.filter(file => Buffer.byteLength(file.name) > MAX_FILE_NAME_BYTES);
    if (tooLong.length > 0) {
        return `${tooLong.map(file => `${file.name.slice(0, 40)}… (${Buffer.byteLength(file.name)} bytes)`).join(', ')}: too long for a file name (at most ${MAX_FILE_NAME_BYTES} bytes): nothing written (shorten the case name)`;
    }
    const existing: string[] = [];
    for (const file of files) {
        const target = path.join(dir, file.name);
        const stat = await fs.lstat(target).catch((error: NodeJS.ErrnoException) => error.code === 'ENOENT' ? undefined : error);
        if (stat instanceof Error) return `cannot use ${target}: ${stat.message}: nothing written`;
        if (!stat) continue;
        if (stat.isSymbolicLink()) return `${target} is a symbolic link, and a bundle is never written through one: nothing written`;
        if (stat.isDirectory()) return `${target} is a folder: nothing written`;
        if (!stat.isFile()) return `${target} is not a regular file: nothing written`;
        existing.push(target);
    }
    if (existing.length > 0 && !force) {
        return `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}: nothing written (use --force to replace)`;
    }
    return undefined;
}
