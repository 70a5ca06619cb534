/**
 * Reading a case file from disk, for the Node language server and the CLI: only a regular
 * file, of at most MAX_CASE_FILE_BYTES, and never a wait. A FIFO named `x.calc` blocked
 * `readFile` for ever (the CLI hung, and the server's builds behind it); a link to
 * `/dev/zero` read until 641 MB; an unreadable file rejected the whole workspace's start-up.
 * The file is opened without blocking and checked through that same descriptor, so what
 * is checked is what is read.
 */
import * as fs from 'node:fs';

/** Far above any case report (the examples are a few kB); the lexer and parser stay linear up to it. */
export const MAX_CASE_FILE_BYTES = 16 * 1024 * 1024;

/** Why a file was not read, said for a user: `cannot read FILE: REASON`. */
export class CaseFileReadError extends Error {
    constructor(readonly file: string, readonly reason: string) {
        super(`cannot read ${file}: ${reason}`);
    }
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The same read, for a caller that awaits: made synchronously, as a case file is a few kB read
 * from a regular file (the promise API's open, stat, read and close took 8× the CPU; issue 17).
 */
export async function readCaseFile(file: string): Promise<string> {
    return readCaseFileSync(file);
}

export function readCaseFileSync(file: string): string {
    let fd: number;
    try {
        fd = fs.openSync(file, OPEN_FLAGS);
    } catch (error) {
        throw new CaseFileReadError(file, reasonOf(error));
    }
    try {
        const stat = fs.fstatSync(fd);
        refuse(file, stat);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
            const bytesRead = fs.readSync(fd, buffer, read, stat.size - read, read);
            if (bytesRead === 0) break;
            read += bytesRead;
        }
        return buffer.toString('utf8', 0, read);
    } catch (error) {
        throw error instanceof CaseFileReadError ? error : new CaseFileReadError(file, reasonOf(error));
    } finally {
        fs.closeSync(fd);
    }
}

function refuse(file: string, stat: fs.Stats): void {
    if (stat.isDirectory()) throw new CaseFileReadError(file, 'it is a folder');
    if (!stat.isFile()) throw new CaseFileReadError(file, `it is ${specialKind(stat)}, not a regular file`);
    if (stat.size > MAX_CASE_FILE_BYTES) {
        throw new CaseFileReadError(file, `it has ${megabytes(stat.size)}, more than the ${megabytes(MAX_CASE_FILE_BYTES)} a case file may have`);
    }
}

function specialKind(stat: fs.Stats): string {
    if (stat.isFIFO()) return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice()) return 'a character device';
    if (stat.isBlockDevice()) return 'a block device';
    if (stat.isSocket()) return 'a socket';
    return 'a special file';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;

function reasonOf(error: unknown): string {
    const e = error as NodeJS.ErrnoException;
    switch (e.code) {
        case 'ENOENT': return 'no such file';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'ELOOP': return 'a loop of symbolic links';
        default: return e.message;
    }
}
