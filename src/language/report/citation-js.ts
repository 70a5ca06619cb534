/**
 * citation-js with its CSL plugin (the output and the Vancouver template) registered: what
 * vancouver.ts loads on first use. The Node bundles keep it in a file of its own (esbuild.mjs).
 */
export { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
