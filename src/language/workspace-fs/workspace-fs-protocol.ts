/**
 * Requests by which the language server in a browser web worker, which has no file system,
 * reads the workspace through the editor (`vscode.workspace.fs`): the files of the
 * workspace folders at start-up, and a file again when it changes on disk or is closed.
 * Names and shapes only: shared by the server and the web client.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** A file or a folder (not a document: it need not be open), by its URI. */
export interface FsParams {
    uri: string;
}

export interface FsEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** The entries of a folder. */
export const ReadDirectoryRequest = new RequestType<FsParams, FsEntry[], void>('calc/fs/readDirectory');
/** The text of a file (UTF-8). */
export const ReadFileRequest = new RequestType<FsParams, string, void>('calc/fs/readFile');
/** The entry, or null when there is none. */
export const StatRequest = new RequestType<FsParams, FsEntry | null, void>('calc/fs/stat');
