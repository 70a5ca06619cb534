/**
 * The manuscript's own rules, on top of the summary's stylesheet (whose palette they read):
 * a journal page rather than a ward-round sheet — serif prose, numbered figures, hanging references.
 */
export const REPORT_CSS = `
.calc-report { max-width: 46rem; }
.calc-report .manuscript { font-family: Georgia, 'Times New Roman', serif; font-size: 1.05em; line-height: 1.6; }
.calc-report .manuscript h1 { font-size: 1.7em; margin-bottom: 0.4em; }
.calc-report .manuscript h2 { font-size: 1.05em; text-transform: none; letter-spacing: 0; color: var(--calc-fg); }
.calc-report .keywords { color: var(--calc-muted); }
.calc-report .missing { color: var(--calc-muted); font-style: italic; }
.calc-report table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 0.92em; }
.calc-report caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
.calc-report th, .calc-report td { border: 1px solid var(--calc-border); padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.calc-report figure { margin: 1.2em 0; }
.calc-report figure img { max-width: 100%; height: auto; border: 1px solid var(--calc-border); }
.calc-report figcaption { font-size: 0.92em; margin-top: 0.3em; }
.calc-report .no-image { border: 1px dashed var(--calc-border); padding: 1em; color: var(--calc-muted); }
.calc-report ol.references { padding-left: 2em; }
.calc-report .report-warnings { border: 1px solid var(--calc-warning); padding: 0.6em 1em; margin-bottom: 1.5em; }
.calc-report .report-warnings h2 { margin-top: 0; }
`;
