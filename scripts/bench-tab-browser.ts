/**
 * The Decisions tab's load time in headless Chromium (Debian chromium + playwright-core), framed
 * by the test kit's Teams host so the page signs in the way it does in Teams.
 */
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import type { RunningApp } from '../src/app.js';
import { startTeamsHost } from '../test/kit/teams-host.js';
import { median, type TabBench } from './bench-tab.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function browserLoad(app: RunningApp, token: string, runs = 5): Promise<TabBench['browser']> {
  // Each run gets a fresh context (its own profile); playwright manages the profile directory.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const host = await startTeamsHost({ tabUrl: `${app.url}/tabs/decisions`, token: () => token });
  const list: number[] = [];
  const charts: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(host.url);
      const tab = page.frameLocator('#tab');
      await tab.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
      list.push(performance.now() - started);
      const trendsAt = performance.now();
      await tab.getByRole('tab', { name: 'Trends' }).click();
      await tab.locator('canvas[data-chart=decisions]').waitFor({ timeout: 30_000 });
      await tab.getByRole('heading', { name: /^Trends: weeks beginning/ }).waitFor({ timeout: 30_000 });
      charts.push(performance.now() - trendsAt);
      await context.close();
    }
  } finally {
    await host.stop();
    await browser.close();
  }
  return { listVisibleMs: Math.round(median(list)), chartsDrawnMs: Math.round(median(charts)), runs };
}
