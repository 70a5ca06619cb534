/**
 * Requests by which the language server in a browser web worker, which has no file system,
 * reads the workspace through the editor (`vscode.workspace.fs`): the files of the
 * workspace folders at start-up, and a file again when it changes on disk or is closed.
 * Names and shapes only: shared by the server and the web client.
 */

export const ReadDirectoryMethod = 'calc/fs/readDirectory';
export const ReadFileMethod = 'calc/fs/readFile';
export const StatMethod = 'calc/fs/stat';

export interface FsParams {
    uri: string;
}

export interface FsEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** readDirectory: the entries; readFile: the text (UTF-8); stat: the entry, or null when there is none. */
export type ReadDirectoryResult = FsEntry[];
export type ReadFileResult = string;
export type StatResult = FsEntry | null;
