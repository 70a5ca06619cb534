/**
 * Langium's Node file system with case files read by case-file-read.ts: the language
 * server never blocks on a FIFO, reads a device, or a file past the size limit.
 */
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readCaseFile, readCaseFileSync } from './case-file-read.js';

export class CheckedNodeFileSystemProvider extends NodeFileSystemProvider {
    /**
     * Read synchronously (a case file is a few kB, never a FIFO or a device): at start-up the
     * workspace's files are read all at once, and the promise API's open, stat, read and
     * close cost 8× the CPU of the same calls made synchronously (issue 17; see cli/check.ts).
     */
    override readFile(uri: URI): Promise<string> {
        try {
            return Promise.resolve(readCaseFileSync(uri.fsPath));
        } catch (error) {
            return Promise.reject(error);
        }
    }

    override readFileSync(uri: URI): string {
        return readCaseFileSync(uri.fsPath);
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return Buffer.from(await readCaseFile(uri.fsPath), 'utf8');
    }

    override readBinarySync(uri: URI): Uint8Array {
        return Buffer.from(readCaseFileSync(uri.fsPath), 'utf8');
    }
}

export const CheckedNodeFileSystem = { fileSystemProvider: () => new CheckedNodeFileSystemProvider() };
