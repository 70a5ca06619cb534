/**
 * The workspace at start-up and at an edit (issue 17), through the production server as
 * VS Code drives it: a folder of case files, read at `initialized`. Measured: the time from
 * the spawn until every file has its diagnostics, none open (wall clock, and the server's
 * CPU time); then, one case open, the files republished per one-character edit (counted
 * until no diagnostics came for `quietMs`).
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeCaseFolder } from './cohort.js';
import type { GeneratedCase } from './generate.js';
import { Server } from './lsp.js';
import { quantile, spread } from './stats.js';

export interface WorkspacePlan { spawns: number; edits: number; quietMs: number; timeoutMs: number }

export async function workspaceFigure(serverPath: string, cases: GeneratedCase[], plan: WorkspacePlan) {
    const { folder, files } = writeCaseFolder('calc-bench-workspace-', cases);
    const wall: number[] = [], cpu: number[] = [];
    let republished: number[] = [];
    let published = 0;
    try {
        for (let spawn = 0; spawn < plan.spawns; spawn++) {
            const started = performance.now();
            const { server } = await Server.start(serverPath, [], folder, started);
            try {
                const all = await allPublished(server, files.length, plan.timeoutMs);
                published = all.files;
                if (all.done) {
                    wall.push(all.at - started);
                    const serverCpu = server.cpuMs();
                    if (serverCpu !== undefined) cpu.push(serverCpu);
                }
                if (spawn === 0) republished = await editRepublish(server, files[0], plan);
            } finally {
                await server.stop();
            }
        }
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
    return {
        files: files.length, lines: cases.reduce((n, c) => n + c.lines, 0),
        // Null when the files did not all get diagnostics within the timeout (without an edit).
        workspaceDiagnostics: wall.length ? { wallMs: spread(wall), cpuMs: spread(cpu) } : null,
        filesWithDiagnostics: published,
        editRepublish: { files: quantile(republished, 0.5), max: Math.max(...republished), edits: republished.length }
    };
}

/** Resolves once `count` distinct files have had diagnostics published, or at the timeout. */
function allPublished(server: Server, count: number, timeoutMs: number): Promise<{ done: boolean; at: number; files: number }> {
    const seen = new Set(server.published);
    return new Promise(resolve => {
        const finish = (done: boolean) => {
            clearTimeout(timer);
            server.onPublish = undefined;
            resolve({ done, at: performance.now(), files: seen.size });
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        server.onPublish = uri => {
            seen.add(uri);
            if (seen.size >= count) finish(true);
        };
        if (seen.size >= count) finish(true);
    });
}

/** Opens a case, then edits a lab value's last digit: the diagnostics published per edit. */
async function editRepublish(server: Server, file: string, plan: WorkspacePlan): Promise<number[]> {
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    await server.open(uri, text);
    await quiet(server, plan.quietMs);
    const digit = [...text.matchAll(/^ +(?:calcium|phosphate|albumin|creatinine) \d+(?:\.\d+)?/gm)][0];
    if (!digit) throw new Error(`no lab value to edit in ${file}`);
    const at = text.slice(0, digit.index + digit[0].length - 1).split('\n');
    const position = { line: at.length - 1, character: at.at(-1)!.length };
    const counts: number[] = [];
    for (let i = 0; i < plan.edits; i++) {
        const before = server.published.length;
        await server.edit(uri, { start: position, end: { line: position.line, character: position.character + 1 } }, i % 2 ? '5' : '6');
        await quiet(server, plan.quietMs);
        counts.push(server.published.length - before);
    }
    return counts;
}

/** Waits until no diagnostics have come for `ms`. */
async function quiet(server: Server, ms: number): Promise<void> {
    for (let seen = -1; seen !== server.published.length;) {
        seen = server.published.length;
        await new Promise(resolve => setTimeout(resolve, ms));
    }
}
