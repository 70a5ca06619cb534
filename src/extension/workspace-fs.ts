/**
 * Answers the web language server's file-system requests (workspace-fs-protocol.ts) with the
 * editor's file system, which reaches the workspace wherever it is (a remote, a virtual one).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../language/workspace-fs/workspace-fs-protocol.js';

export function serveWorkspaceFileSystem(client: BaseLanguageClient): void {
    const fs = vscode.workspace.fs;
    const kind = (type: vscode.FileType) => ({
        isFile: (type & vscode.FileType.File) !== 0,
        isDirectory: (type & vscode.FileType.Directory) !== 0
    });
    client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
        const folder = vscode.Uri.parse(uri);
        return (await fs.readDirectory(folder)).map(([name, type]) => ({ uri: vscode.Uri.joinPath(folder, name).toString(), ...kind(type) }));
    });
    client.onRequest(ReadFileRequest, async ({ uri }) =>
        new TextDecoder().decode(await fs.readFile(vscode.Uri.parse(uri))));
    client.onRequest(StatRequest, async ({ uri }) => {
        try {
            return { uri, ...kind((await fs.stat(vscode.Uri.parse(uri))).type) };
        } catch (error) {
            if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
            throw error;
        }
    });
}
