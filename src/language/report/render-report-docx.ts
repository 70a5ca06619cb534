/**
 * CaseReport[] → DOCX with the `docx` library: the manuscript's headings as Word headings,
 * the timeline and lab results as real Word tables, the figures embedded with their legends,
 * the references numbered. The warnings of the file come first, as on screen.
 */
import {
    AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType
} from 'docx';
import { problemCount, SEVERITY_LABELS } from '../summary/summary-words.js';
import type { Banner } from '../summary/summary-types.js';
import { imageInfo } from './report-images.js';
import type { CaseReport, ReportFigure, ReportTable } from './report-types.js';

/** A figure's bytes, or undefined when it is missing or may not be read. */
export type ImageBytes = (figure: ReportFigure, report: CaseReport) => Uint8Array | undefined;

/** The widest a figure is placed, in pixels at 96 dpi (about 15 cm, a page's text width). */
const FIGURE_WIDTH = 560;

export async function renderReportDocx(reports: CaseReport[], images: ImageBytes, banner?: Banner): Promise<Uint8Array> {
    const children: Array<Paragraph | Table> = [];
    if (banner) children.push(new Paragraph({ children: [new TextRun({ text: banner.text, italics: true })] }));
    for (const report of reports) children.push(...caseReport(report, images));
    const document = new Document({
        creator: 'calc-case',
        title: reports[0]?.title ?? reports[0]?.name ?? 'Case report',
        styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
        sections: [{ children }]
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}

function caseReport(report: CaseReport, images: ImageBytes): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [];
    if (report.warnings.length > 0) {
        out.push(new Paragraph({ children: [new TextRun({ text: `Before you submit: ${problemCount(report.warnings).toLowerCase()} in the file`, bold: true })] }));
        for (const f of report.warnings) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${SEVERITY_LABELS[f.severity]} (line ${f.line}, ${f.code}): ${f.message}`)] }));
    }
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title ?? report.name)] }));
    if (report.keywords.length) out.push(new Paragraph({ children: [new TextRun({ text: 'Keywords: ', bold: true }), new TextRun(report.keywords.join('; '))] }));
    for (const section of report.sections) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
        for (const p of section.paragraphs) out.push(new Paragraph({ children: [new TextRun(p)] }));
        for (const t of section.tables) out.push(...table(t));
        if (section.missing) out.push(new Paragraph({ children: [new TextRun({ text: section.missing, italics: true, color: '666666' })] }));
    }
    if (report.figures.length) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Figures')] }));
        for (const figure of report.figures) out.push(...figureParagraphs(figure, images(figure, report)));
    }
    if (report.references.length) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('References')] }));
        for (const r of report.references) {
            out.push(new Paragraph({ indent: { left: 567, hanging: 567 }, children: [new TextRun(`${r.number}.\t${r.text}`)] }));
        }
    }
    return out;
}

function table(t: ReportTable): Array<Paragraph | Table> {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (text: string, bold = false) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    return [
        new Paragraph({ children: [new TextRun({ text: t.title, bold: true })] }),
        new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
                new TableRow({ tableHeader: true, children: t.header.map(h => cell(h, true)) }),
                ...t.rows.map(row => new TableRow({ children: row.map(c => cell(c)) }))
            ]
        })
    ];
}

function figureParagraphs(figure: ReportFigure, bytes: Uint8Array | undefined): Paragraph[] {
    const info = bytes && imageInfo(bytes);
    const legend = new Paragraph({ children: [new TextRun(figure.legend)] });
    if (!bytes || !info) {
        return [new Paragraph({ children: [new TextRun({ text: `[The image ${figure.image} is missing or not a PNG, JPEG or GIF.]`, italics: true })] }), legend];
    }
    const scale = Math.min(1, FIGURE_WIDTH / info.width);
    const image = new ImageRun({
        type: info.type, data: bytes,
        transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
        altText: { name: `Figure ${figure.number}`, title: `Figure ${figure.number}`, description: figure.legend }
    });
    return [new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }), legend];
}
