/**
 * The file system of the language server in a browser web worker: the editor's, asked over
 * the connection (workspace-fs-protocol.ts). Langium reads the workspace only through the
 * asynchronous methods; the synchronous ones cannot wait for an answer, so they say so.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FsEntry, type FsParams } from './workspace-fs-protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.connection.sendRequest(StatRequest, params(uri));
        if (!entry) throw new Error(`${uri.toString(true)} does not exist`);
        return node(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.connection.sendRequest(StatRequest, params(uri))) !== null;
    }

    async readFile(uri: URI): Promise<string> {
        return this.connection.sendRequest(ReadFileRequest, params(uri));
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await this.connection.sendRequest(ReadDirectoryRequest, params(uri))).map(node);
    }

    statSync(): FileSystemNode { return unavailable(); }
    existsSync(): boolean { return unavailable(); }
    readBinarySync(): Uint8Array { return unavailable(); }
    readFileSync(): string { return unavailable(); }
    readDirectorySync(): FileSystemNode[] { return unavailable(); }
}

const params = (uri: URI): FsParams => ({ uri: uri.toString() });

function node(entry: FsEntry): FileSystemNode {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory };
}

function unavailable(): never {
    throw new Error('The editor\'s file system is read asynchronously in a web worker.');
}
