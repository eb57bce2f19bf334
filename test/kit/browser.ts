import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

/**
 * A real Chromium for the tab's browser tests: Debian's package (Playwright's own browser
 * downloads do not work here), driven by playwright-core.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium, or fails (never skips) with what to install when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium), as CI does in .ci/run.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/**
 * Collects uncaught exceptions in the page and its frames; console messages are left alone (in the
 * fake host, teams-js logs the CDN fetch the tab's CSP blocks).
 */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
  return errors;
}

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the frame (injected over the DevTools protocol, so the page's CSP is untouched); returns serious and critical violations. */
export async function seriousA11yProblems(frame: Frame): Promise<AxeProblem[]> {
  // Once per document: the tab is one page whose views swap in place.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  const results = await frame.evaluate(() => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export function describeProblems(problems: readonly AxeProblem[]): string {
  return problems.map((p) => `${p.impact} ${p.id} (${p.help}): ${p.targets.join(', ')}`).join('\n');
}

/** A screenshot of the whole tab: the viewport grows to the frame's content height for the shot. */
export async function screenshotTab(page: Page, frame: Frame, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
  const hostChrome = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height ?? 0);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(contentHeight + hostChrome)) });
  try {
    await page.screenshot({ path, animations: 'disabled' });
  } finally {
    await page.setViewportSize(size);
  }
}
