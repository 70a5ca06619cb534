/**
 * The cohort view over a workspace of many case files (issue 10: "responsive with 1,000
 * case files"), through the production server as VS Code drives it: the folder loaded at
 * start-up, the first `calc/cohort` (which validates every file), then the request the
 * view sends after each edit of an open case; and the client's rendering of the answer.
 * The baseline, in the same run: the `calc/summary` request of the edited case on the
 * same server, which the preview sends after the same edit.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CohortRequest } from '../src/language/cohort/cohort-protocol.js';
import type { CohortModel } from '../src/language/cohort/cohort-types.js';
import { renderCohortHtml } from '../src/language/cohort/render-cohort-html.js';
import { SummaryRequest } from '../src/language/summary/summary-protocol.js';
import type { GeneratedCase } from './generate.js';
import { Server } from './lsp.js';
import { measure, spread, type Timing } from './stats.js';

export interface CohortPlan {
    requests: number;
    warmup: number;
}

/** The cases as case-0001.calc… in a new temporary folder. */
export function writeCaseFolder(prefix: string, cases: GeneratedCase[]): { folder: string; files: string[] } {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const files = cases.map((c, i) => {
        const file = path.join(folder, `case-${String(i + 1).padStart(4, '0')}.calc`);
        fs.writeFileSync(file, c.calc);
        return file;
    });
    return { folder, files };
}

export async function cohortFigure(serverPath: string, cases: GeneratedCase[], plan: CohortPlan) {
    const { folder, files } = writeCaseFolder('calc-bench-cohort-', cases);
    const { server } = await Server.start(serverPath, [], folder);
    try {
        // From `initialized`: the server loads and links the folder, then validates it for the first cohort.
        const first = await server.call<CohortModel>(CohortRequest.method);
        if (first.result.cases.length !== cases.length) throw new Error(`the cohort has ${first.result.cases.length} cases, not ${cases.length}`);

        // The view's refresh after a keystroke: one open case edited (its diagnostics awaited, as the
        // view's debounce outlasts them), then the cohort of every file.
        const open = files[0];
        const uri = pathToFileURL(open).href;
        const text = fs.readFileSync(open, 'utf8');
        await server.open(uri, text);
        const digit = [...text.matchAll(/^ +(?:calcium|phosphate|albumin|creatinine) \d+(?:\.\d+)?/gm)][0];
        if (!digit) throw new Error(`no lab value to edit in ${open}`);
        const at = text.slice(0, digit.index + digit[0].length - 1).split('\n');
        const position = { line: at.length - 1, character: at.at(-1)!.length };
        const refresh: number[] = [];
        const summary: number[] = [];
        let model = first.result;
        for (let i = 0; i < plan.warmup + plan.requests; i++) {
            await server.edit(uri, { start: position, end: { line: position.line, character: position.character + 1 } }, i % 2 ? '5' : '6');
            const cohort = await server.call<CohortModel>(CohortRequest.method);
            const one = await server.request(SummaryRequest.method, { textDocument: { uri } });
            model = cohort.result;
            if (i >= plan.warmup) {
                refresh.push(cohort.ms);
                summary.push(one);
            }
        }

        // What the client then does with the answer: the webview's whole page.
        const render: Timing[] = [];
        let htmlChars = 0;
        for (let i = 0; i < plan.warmup + plan.requests; i++) {
            const timing = await measure(() => { htmlChars = renderCohortHtml(model, { mode: 'webview', nonce: 'bench', scriptUri: 'cohort.js' }).length; });
            if (i >= plan.warmup) render.push(timing);
        }
        const refreshSpread = spread(refresh);
        const summarySpread = spread(summary);
        return {
            files: files.length,
            lines: cases.reduce((n, c) => n + c.lines, 0),
            firstRequestMs: round(first.ms),
            refreshRequestMs: refreshSpread,
            renderMs: spread(render.map(t => t.wall)),
            answerBytes: Buffer.byteLength(JSON.stringify(model)),
            htmlChars,
            baselineSummaryRequestMs: summarySpread,
            refreshVsSummary: round(refreshSpread.median / summarySpread.median)
        };
    } finally {
        await server.stop();
        fs.rmSync(folder, { recursive: true, force: true });
    }
}

function round(x: number): number {
    return Number(x.toFixed(2));
}
