/**
 * axe-core in a real page, extension pages included.
 *
 * Extension pages run under a strict CSP (script-src 'self'), so a <script> tag with axe's
 * source (page.addScriptTag({ content }) or a file path outside the extension) is refused. Code
 * the DevTools protocol evaluates is not subject to the page's CSP, and Playwright's
 * page.evaluate(string) is exactly that (Runtime.evaluate in the page's main world): axe.min.js
 * is evaluated there once per document and defines window.axe. axe itself needs no eval.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;
const axeSource = (): string => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Rules that could not decide (e.g. contrast over an image): worth a look, not a failure. */
  incomplete: { id: string; targets: string[] }[];
  passes: number;
}

/** Puts axe into the page's main world unless it is there already (a new document needs it again). */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  await page.evaluate(axeSource());
  const ok = await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!ok) throw new Error(`axe-core did not load in ${page.url()}`);
}

/** Runs axe on the whole document with the WCAG 2.1 A/AA rules (or the tags given). */
export async function runAxe(page: Page, tags: readonly string[] = WCAG21_AA): Promise<AxeReport> {
  await injectAxe(page);
  return page.evaluate(async (values) => {
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; incomplete: Result[]; passes: Result[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'] });
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
      })),
      incomplete: results.incomplete.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.map(String).join(' ')) })),
      passes: results.passes.length,
    };
  }, [...tags]);
}

/** The violations, one block per rule and one line per element, for a failure message. */
export function formatViolations(violations: readonly AxeViolation[], where = ''): string {
  if (violations.length === 0) return `${where}: no violations`;
  return [
    `${where}: ${violations.length} axe violation(s)`,
    ...violations.map((v) =>
      [
        `- ${v.id} [${v.impact ?? 'no impact'}] ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    ),
  ].join('\n');
}
