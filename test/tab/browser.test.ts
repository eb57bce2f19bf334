import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FakeConnector } from '../kit/connector.js';
import { EntraKeys } from '../kit/entra.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, type Card } from '../kit/chat.js';
import { cardOf, textOf } from '../kit/cards.js';
import { STAFF, channelInvoke, type Person } from '../kit/activities.js';
import { ASK, LEAD, NOT_SHARE, SHARE_WITHOUT_CONSENT, adviseAndDecide, setUpQueue } from '../kit/flows.js';
import { startTeamsHost, type TeamsHost } from '../kit/teams-host.js';
import { describeProblems, launchChromium, pageErrors, screenshotTab, seriousA11yProblems } from '../kit/browser.js';
import { parseCsv } from '../kit/csv.js';
import { ukToday } from '../../src/domain/decision.js';
import { weekOf } from '../../src/domain/reporting.js';

/** `2026-12-` → `2026-11-` (the month before, as `YYYY-MM-`). */
const addMonths = (yearMonth: string, months: number) => {
  const d = new Date(Date.UTC(Number(yearMonth.slice(0, 4)), Number(yearMonth.slice(5, 7)) - 1 + months, 1));
  return d.toISOString().slice(0, 8);
};

/**
 * The managers' Decisions tab in a real Chromium: inside a stand-in Teams host (single sign-on with
 * tokens from a local Entra key set, theme changes) and outside Teams, against the real server
 * with records made through the real bot flows.
 */

const MIN = 60_000;
const SCREENSHOTS = 'test-results/tab';
const AMEND_REASON = 'Added the police, who were also told.';
const LEAD_ADVICE = 'Share with the front door today and record why.';
const TIME_LIMITS = 'Until the strategy meeting; then reviewed.';
const RESTRICTIONS = 'Not to be passed to the school without asking first.';
const OBJECT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A code as stored (`not_yet_asked`, `physical_abuse`), not a label. */
const SNAKE_CODE = /\b[a-z]+_[a-z_]+\b/;

const entra = new EntraKeys();
const connector = new FakeConnector();
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const hosts: TeamsHost[] = [];

let askers = 0;
function asker(name: string): Person {
  askers++;
  return { ...STAFF, id: `29:browser-${askers}`, aadObjectId: `bbbb0000-0000-4000-8000-${String(askers).padStart(12, '0')}`, name };
}

beforeAll(async () => {
  [browser] = await Promise.all([launchChromium(), entra.start(), connector.start()]);
});

afterAll(async () => {
  await browser?.close();
  await connector.stop();
  await entra.stop();
});

beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  // Short waits, so a missing element fails with Playwright's own explanation well before the test's timeout.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  errors = pageErrors(page);
});

afterEach(async () => {
  await context.close();
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
  expect(errors, 'uncaught exceptions in the page').toEqual([]);
});

/** The tab's document inside the host page (the frame named `tab`). */
async function tabFrame(): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('the host page has no tab frame');
  return frame;
}

/** Opens the tab in the stand-in Teams host, signed in with the token given (a manager's by default). */
async function openInTeams(app: TestApp, options: { token?: () => Promise<string>; query?: string } = {}): Promise<{ host: TeamsHost; tab: Frame }> {
  const host = await startTeamsHost({
    tabUrl: `${app.url}/tabs/decisions${options.query ? `?${options.query}` : ''}`,
    token: options.token ?? (() => entra.manager(TEST_TENANT_ID)),
    user: { id: 'cccc0000-0000-4000-8000-000000000001', tenantId: TEST_TENANT_ID, displayName: 'Morgan Manager' },
  });
  hosts.push(host);
  await page.goto(host.url);
  return { host, tab: await tabFrame() };
}

/** Waits for what the page shows (rows, focus, theme…) to become what the test expects. */
const poll = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, interval: 50, message });

const table = (tab: Frame) => tab.getByRole('table', { name: 'Decision records, newest first' });
const shownReferences = (tab: Frame) => table(tab).locator('tbody th button').allTextContents();
const focused = (tab: Frame) => tab.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
const theme = (tab: Frame) => tab.evaluate(() => document.documentElement.dataset.theme);

/** How many of the canvas's pixels are painted: more than none once Chart.js has drawn it. */
function paintedPixels(tab: Frame, chart: string): Promise<number> {
  return tab.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas[data-chart="${id}"]`);
    if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  }, chart);
}

const CHARTS = ['requests', 'times', 'decisions', 'followThrough', 'consent'] as const;

async function chartsDrawn(tab: Frame): Promise<void> {
  for (const chart of CHARTS) await poll(() => paintedPixels(tab, chart), `the ${chart} chart is drawn`).toBeGreaterThan(0);
}

/** The cells of the figures table's row for a week, after opening its "Show the figures" disclosure. */
async function figuresFor(tab: Frame, title: string, week: string): Promise<string[]> {
  const details = tab.locator('details.chart-data').filter({ has: tab.getByText(`Show the figures: ${title.toLowerCase()}`, { exact: true }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const row = details.getByRole('table', { name: title }).getByRole('row').filter({ has: tab.getByRole('rowheader', { name: week, exact: true }) });
  return row.getByRole('cell').allTextContents();
}

/** `2026-11-16` → `16 Nov 2026`, as the page writes dates. */
const asShown = (day: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));

describe('The Decisions tab in a browser', () => {
  // Behind real time (the page's "today"), so every record falls inside its default periods — but never
  // before today's UK midnight, or shortly after midnight the records' day and the page's day differ.
  const clock = new TestClock(Math.max(Date.now() - 90 * MIN, Date.parse(`${ukToday(new Date())}T00:00:00Z`) + MIN));
  let app: TestApp;
  let shared: string;
  let notShared: string;
  let amender: Person;
  let firstAskedAt: string;

  beforeAll(async () => {
    app = await startTestApp(entra.env(), { clock });
    await setUpQueue(app, connector);
    const sharedOn = ukToday(clock.now());
    firstAskedAt = clock.now().toISOString();

    // Asked, advised "share", then shared without consent; amended later by the same person.
    const sharedChat = new Chat(app, connector, asker('Sam Teacher'));
    amender = sharedChat.person;
    let summary: Card;
    ({ reference: shared, summary } = await adviseAndDecide(app, connector, sharedChat, { ...SHARE_WITHOUT_CONSENT, sharedOn }));
    clock.advance(10 * MIN);
    // Asked about neglect today, advised "share", decided not to share.
    ({ reference: notShared } = await adviseAndDecide(app, connector, new Chat(app, connector, asker('Alex Nurse')), NOT_SHARE, { ask: { area: 'neglect', urgency: 'today' } }));
    clock.advance(10 * MIN);
    const amend = await sharedChat.click(summary, 'decision.amend');
    await sharedChat.click(amend, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn, recipients: 'childrens_social_care,police', sharedHow: 'phone,secure_email', timeLimits: TIME_LIMITS, restrictions: RESTRICTIONS, amendReason: AMEND_REASON });
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('signs a manager in through Teams and shows the decisions made in the chat, newest first', async () => {
    const { host, tab } = await openInTeams(app);
    await poll(() => tab.locator('#signed-in').textContent()).toBe('Signed in as Morgan Manager');
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Decisions');
    expect(await tab.getByTestId('list-count').textContent()).toBe('Showing all 2 decisions.');
    const sharedRow = table(tab).getByRole('row').filter({ has: tab.getByRole('button', { name: shared }) });
    expect(await sharedRow.textContent()).toContain('Shared without consent');
    expect(await sharedRow.textContent()).toContain('Amended (version 2)');
    expect(await sharedRow.textContent()).toContain(LEAD.name);
    const notSharedRow = table(tab).getByRole('row').filter({ has: tab.getByRole('button', { name: notShared }) });
    expect(await notSharedRow.textContent()).toContain('Do not share');
    expect(await notSharedRow.textContent()).not.toContain('Shared without consent');
    // The token came from Teams single sign-on, asked for after initialising with the host.
    const funcs = host.calls.map((c) => c.func);
    expect(funcs).toContain('authentication.getAuthToken');
    expect(funcs.indexOf('initialize')).toBeLessThan(funcs.indexOf('authentication.getAuthToken'));
  });

  it('filters the list by decision, clears the filters, and finds a record by its reference', async () => {
    const { tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    const decision = tab.getByLabel('Decision', { exact: true });
    expect(await decision.locator('option').first().textContent()).toBe('Any');
    await decision.selectOption({ label: 'Do not share' });
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([notShared]);
    expect(await tab.getByTestId('list-count').textContent()).toBe('Showing all 1 decision.');
    expect(new URL(tab.url()).searchParams.get('decision')).toBe('not_share');

    await tab.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    expect(await decision.inputValue()).toBe('');

    await tab.getByLabel('Reference', { exact: true }).fill(shared.toLowerCase());
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([shared]);
  });

  it('opens a record with its versions, the advice, the request and the audit trail, and Escape goes back to its row', async () => {
    const { tab } = await openInTeams(app);
    const rowButton = table(tab).getByRole('button', { name: shared, exact: true });
    await rowButton.click();
    await poll(() => focused(tab)).toMatchObject({ tag: 'H2', text: `Decision record ${shared}` });
    const audit = tab.getByRole('table', { name: `Audit trail for ${shared}, oldest first` });
    await audit.waitFor();
    expect(await tab.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Summary', 'Versions (2, latest first)', 'Advice from the safeguarding lead', 'The request for advice', 'Audit trail']);

    const latest = tab.getByRole('article', { name: /^Version 2/ });
    expect(await latest.textContent()).toContain(`Amendment: made by ${amender.name}`);
    expect(await latest.textContent()).toContain(`Why: ${AMEND_REASON}`);
    expect(await latest.textContent()).toContain('Police');
    expect(await tab.getByRole('article', { name: /^Version 1/ }).textContent()).toContain('original record');

    const advice = tab.getByRole('region', { name: 'Advice from the safeguarding lead' });
    expect(await advice.textContent()).toContain(LEAD_ADVICE);
    expect(await advice.textContent()).toContain(LEAD.name);
    const request = tab.getByRole('region', { name: 'The request for advice' });
    expect(await request.textContent()).toContain(shared);
    expect(await request.locator('blockquote').textContent()).toBe(ASK.question);

    const trail = await audit.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).slice(1, 4).map((c) => c.textContent ?? '')));
    const onRecord = trail.filter(([, , on]) => on === 'Decision record').map(([who, action]) => [who, action]);
    expect(onRecord).toEqual([
      [amender.name, 'Decided'],
      [amender.name, 'Amended'],
    ]);
    expect(trail.filter(([, , on]) => on === 'Request for advice').map(([, action]) => action)).toEqual(expect.arrayContaining(['Created', 'Claimed', 'Answered']));

    await page.keyboard.press('Escape');
    await poll(() => focused(tab)).toMatchObject({ tag: 'BUTTON', text: shared });
    expect(await tab.getByRole('heading', { name: `Decision record ${shared}` }).count()).toBe(0);
    expect(await table(tab).isVisible()).toBe(true);
  });

  it('shows the audit trail in words (labels, people by name) and what the amendment changed, field by field', async () => {
    const { tab } = await openInTeams(app);
    await table(tab).getByRole('button', { name: shared, exact: true }).click();
    const audit = tab.getByRole('table', { name: `Audit trail for ${shared}, oldest first` });
    await audit.waitFor();
    const rows = await audit.locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.querySelectorAll('td')).map((c) => (c as HTMLElement).innerText.trim())));
    const row = (action: string) => rows.find((r) => r[2] === action) ?? [];
    expect(row('Created')[1]).toBe(amender.name);
    expect(row('Created')[4]).toContain('Area of concern: Domestic abuse in the household');
    expect(row('Created')[4]).toContain('Consent: Consent has been refused');
    expect(row('Claimed').slice(1, 5)).toEqual([LEAD.name, 'Claimed', 'Request for advice', `Safeguarding lead: ${LEAD.name}`]);
    expect(row('Answered')[4]).toContain('Recommendation: Share the information');
    expect(row('Decided')[4]).toContain('Lawful basis: Public task');

    const changes = tab.getByRole('table', { name: 'What changed in version 2 from version 1' });
    const changed = await changes.locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())));
    expect(changed).toEqual([
      ['Shared with', "Children's social care (front door / MASH)", "Children's social care (front door / MASH); Police"],
      ['How it was shared', 'Phone call', 'Phone call; Secure email'],
      ['Time limits', 'None', TIME_LIMITS],
      ['Restrictions on further use', 'None', RESTRICTIONS],
    ]);
    expect(await tab.getByRole('article', { name: /^Version 2/ }).getByRole('table', { name: 'What changed in version 2 from version 1' }).count()).toBe(1);
    expect(await tab.getByRole('article', { name: /^Version 1/ }).getByRole('table').count()).toBe(0);

    // Nothing a manager reads in the record is a stored code or an object id.
    const shown = await tab.locator('section.detail').innerText();
    expect(shown).not.toMatch(OBJECT_ID);
    expect(shown).not.toMatch(SNAKE_CODE);
    expect(shown).not.toContain(LEAD.aadObjectId);
    await screenshotTab(page, tab, `${SCREENSHOTS}/detail-audit-and-changes.png`);
  });

  it('writes dates day/month/year in the UK way even in a browser set to US English', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    errors = pageErrors(page);
    // The 13th of this month or the last: a day over 12, so day/month and month/day cannot be confused.
    const today = ukToday(clock.now());
    const thirteenth = today.slice(8) >= '13' ? `${today.slice(0, 8)}13` : `${addMonths(today.slice(0, 8), -1)}13`;
    const [y, m] = thirteenth.split('-');
    const typed = `13/${m}/${y}`;

    const { tab } = await openInTeams(app, { query: `from=${thirteenth}` });
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    const from = tab.getByLabel('Decided from', { exact: true });
    expect(await from.inputValue()).toBe(typed);
    expect(await tab.locator('#filter-from-hint').textContent()).toBe('Day, month and year, such as 27/11/2026.');
    const sharedRow = table(tab).getByRole('row').filter({ has: tab.getByRole('button', { name: shared }) });
    expect(await sharedRow.locator('time').textContent()).toBe(asShown(today));

    // Typed the UK way, it filters by that day (the records are from after the 12th); a date that does not exist is explained by the field.
    await from.fill('');
    await tab.getByLabel('Decided to', { exact: true }).fill(`12/${m}/${y}`);
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([]);
    expect(new URL(tab.url()).searchParams.get('to')).toBe(`${thirteenth.slice(0, 8)}12`);
    expect(new URL(tab.url()).searchParams.get('from')).toBeNull();
    await tab.getByLabel('Decided to', { exact: true }).fill('31/02/2026');
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => tab.locator('#filter-dates-error').textContent()).toBe('Enter "Decided to" as a real date: day, month and year, such as 27/11/2026.');
    expect(await tab.getByLabel('Decided to', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await screenshotTab(page, tab, `${SCREENSHOTS}/dates-in-a-us-browser.png`);
    await tab.getByLabel('Decided to', { exact: true }).fill('');
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);

    // The record's times are UK times written the UK way, not the browser's.
    await table(tab).getByRole('button', { name: shared, exact: true }).click();
    const audit = tab.getByRole('table', { name: `Audit trail for ${shared}, oldest first` });
    await audit.waitFor();
    const when = await audit.locator('tbody tr td:first-child').allTextContents();
    for (const w of when) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    expect(await tab.getByRole('article', { name: /^Version 2/ }).textContent()).toContain(asShown(today));
    await tab.getByRole('button', { name: 'Back to list' }).click();

    // The trends period too.
    await tab.getByRole('tab', { name: 'Trends' }).click();
    const periodFrom = tab.getByLabel('Period from', { exact: true });
    expect(await periodFrom.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await tab.getByLabel('Period to', { exact: true }).inputValue()).toBe(`${today.slice(8)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
    await periodFrom.fill(typed);
    await tab.getByRole('button', { name: 'Show trends' }).click();
    await tab.getByRole('heading', { name: `Trends: weeks beginning ${asShown(weekOf(`${thirteenth}T12:00:00Z`))} to ${asShown(weekOf(`${today}T12:00:00Z`))}` }).waitFor();
    expect(new URL(tab.url()).searchParams.get('trendsFrom')).toBe(thirteenth);
  });

  it('exports the records shown as a CSV download: a header and one row per record', async () => {
    const { tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    const exportCsv = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), tab.getByRole('button', { name: 'Export CSV' }).click()]);
      const text = readFileSync(await download.path(), 'utf8');
      const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      return { name: download.suggestedFilename(), lines, csv: parseCsv(text) };
    };

    const all = await exportCsv();
    expect(all.name).toMatch(/^decisions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(all.lines[0]).toMatch(/^Reference,Decided on \(UK date\),/);
    expect(all.lines.slice(1).map((l) => l.split(',')[0])).toEqual([notShared, shared]);
    await poll(() => tab.locator('#export-note').textContent()).toBe(`Downloaded ${all.name}`);
    // Every rule-7 field of the latest version, in words, with the amendment.
    expect(all.csv.rows.find((r) => r.Reference === shared)).toMatchObject({
      Decision: 'Share',
      'What was shared': SHARE_WITHOUT_CONSENT.whatShared,
      'Shared with': "Children's social care (front door / MASH); Police",
      'How it was shared': 'Phone call; Secure email',
      'When it was shared (date)': ukToday(clock.now()),
      'Person told': 'No: telling them would place a child at increased risk',
      'Why they were not told': SHARE_WITHOUT_CONSENT.notToldReason,
      'Public interest justification': SHARE_WITHOUT_CONSENT.publicInterestJustification,
      'Time limits': TIME_LIMITS,
      'Restrictions on further use': RESTRICTIONS,
    });
    expect(all.csv.rows.find((r) => r.Reference === shared)?.['Amendments (version, when, by whom, why)']).toContain(`${amender.name}): ${AMEND_REASON}`);
    for (const r of all.csv.rows) expect(Object.values(r).join(' | ')).not.toMatch(SNAKE_CODE);

    await tab.getByLabel('Decision', { exact: true }).selectOption({ label: 'Do not share' });
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await poll(() => shownReferences(tab)).toEqual([notShared]);
    const filtered = await exportCsv();
    expect(filtered.lines.slice(1).map((l) => l.split(',')[0])).toEqual([notShared]);
  });

  it('draws the five trend charts and gives their figures in tables', async () => {
    const { tab } = await openInTeams(app);
    await tab.getByRole('tab', { name: 'Trends' }).click();
    const heading = tab.getByRole('heading', { name: /^Trends: weeks beginning / });
    await heading.waitFor();
    await chartsDrawn(tab);
    for (const chart of CHARTS) {
      const box = await tab.locator(`canvas[data-chart="${chart}"]`).boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(100);
    }
    expect(await tab.getByRole('img').count()).toBe(5);

    // A description list named "Headline figures" (Playwright gives <dl> no role, so found by its name).
    const headline = await tab.getByLabel('Headline figures', { exact: true }).textContent();
    expect(headline).toMatch(/Requests for advice\s*2/);
    expect(headline).toMatch(/Shared without consent\s*1/);

    const week = asShown(weekOf(firstAskedAt));
    expect(await figuresFor(tab, 'Requests for advice per week', week)).toEqual(['2']);
    expect(await figuresFor(tab, 'Decisions per week', week)).toEqual(['1', '0', '1']);
    expect(await figuresFor(tab, 'Shared without consent, and escalations, per week', week)).toEqual(['1', '0']);
    // Both requests have their decision recorded.
    expect(await figuresFor(tab, 'Advice given, decision not recorded, by the week asked', week)).toEqual(['0']);
    expect(headline).toMatch(/Advice given, decision not recorded\s*0/);
    expect(await figuresFor(tab, 'Time to claim and to answer per week', week)).toHaveLength(4);
  });

  it('follows the Teams theme and has no serious accessibility problems in any view or theme', async () => {
    const { host, tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);
    const problems: string[] = [];
    const check = async (name: string) => {
      const found = await seriousA11yProblems(tab);
      if (found.length) problems.push(`${name}:\n${describeProblems(found)}`);
      await screenshotTab(page, tab, `${SCREENSHOTS}/${name}.png`);
    };
    for (const t of ['default', 'dark', 'contrast'] as const) {
      if (t !== 'default') await host.setTheme(t);
      await poll(() => theme(tab)).toBe(t);

      await tab.getByRole('tab', { name: 'Decisions list' }).click();
      await table(tab).waitFor();
      await check(`${t}-list`);

      await table(tab).getByRole('button', { name: shared, exact: true }).click();
      await tab.getByRole('table', { name: `Audit trail for ${shared}, oldest first` }).waitFor();
      await check(`${t}-detail`);
      await tab.getByRole('button', { name: 'Back to list' }).click();

      await tab.getByRole('tab', { name: 'Trends' }).click();
      await tab.getByRole('heading', { name: /^Trends: weeks beginning / }).waitFor();
      await chartsDrawn(tab);
      await check(`${t}-trends`);
    }
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 45_000);

  it('works from the keyboard: a skip link to the content, arrow keys between the views, a visible focus', async () => {
    const { tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([notShared, shared]);

    await page.keyboard.press('Tab');
    await poll(() => focused(tab)).toMatchObject({ tag: 'A', text: 'Skip to main content' });
    const skip = await tab.getByRole('link', { name: 'Skip to main content' }).boundingBox();
    expect(skip?.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await poll(() => focused(tab)).toMatchObject({ tag: 'MAIN', id: 'main' });

    await page.keyboard.press('Tab');
    await poll(() => focused(tab)).toMatchObject({ tag: 'BUTTON', id: 'tab-list' });
    const outline = await tab.locator('#tab-list').evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);

    const trendsTab = tab.getByRole('tab', { name: 'Trends' });
    await page.keyboard.press('ArrowRight');
    await poll(() => focused(tab)).toMatchObject({ id: 'tab-trends' });
    expect(await trendsTab.getAttribute('aria-selected')).toBe('true');
    await tab.getByRole('heading', { name: /^Trends: weeks beginning / }).waitFor();
    expect(await table(tab).isVisible()).toBe(false);

    await page.keyboard.press('ArrowLeft');
    await poll(() => focused(tab)).toMatchObject({ id: 'tab-list' });
    expect(await trendsTab.getAttribute('aria-selected')).toBe('false');
    expect(await table(tab).isVisible()).toBe(true);
  });

  it('tells a manager of an organisation the app does not serve just that, not that they need the manager role', async () => {
    const { tab } = await openInTeams(app, { token: () => entra.manager('99999999-1111-4222-8333-444444444444') });
    await tab.getByRole('heading', { name: 'Your organisation is not set up to use this app' }).waitFor();
    await poll(() => focused(tab)).toMatchObject({ tag: 'H2', id: 'problem-heading' });
    expect(await tab.getByRole('heading', { name: 'You need the safeguarding manager role to see decisions' }).count()).toBe(0);
    expect(await tab.getByRole('table').count()).toBe(0);
    expect(await tab.locator('body').textContent()).not.toContain(shared);
    await screenshotTab(page, tab, `${SCREENSHOTS}/organisation-not-set-up.png`);
  });

  it('tells someone who opens it outside Teams to open it in Teams, with no local sign-in', async () => {
    await page.goto(`${app.url}/tabs/decisions`);
    await page.getByRole('heading', { name: 'Open this in Microsoft Teams' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Local development sign-in' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(await page.locator('#signed-in').isVisible()).toBe(false);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('shows staff signed in through Teams that they need the manager role, and no records', async () => {
    const { tab } = await openInTeams(app, { token: () => entra.mint({ tenantId: TEST_TENANT_ID, name: 'Sam Teacher' }) });
    const heading = tab.getByRole('heading', { name: 'You need the safeguarding manager role to see decisions' });
    await heading.waitFor();
    await poll(() => focused(tab)).toMatchObject({ tag: 'H2', id: 'problem-heading' });
    expect(await tab.getByRole('table').count()).toBe(0);
    expect(await tab.locator('body').textContent()).not.toContain(shared);
    expect(await tab.locator('body').textContent()).not.toContain(notShared);
    // One account of who gives the role, and the true one: an Entra ID app role (not the Teams admin centre).
    const said = await tab.getByRole('region', { name: 'You need the safeguarding manager role to see decisions' }).innerText();
    expect(said).toContain('An administrator of your organisation\'s Microsoft Entra ID (or an owner of this app there) gives the role: they assign you this app\'s "Safeguarding.Manager" app role.');
    expect(said).not.toMatch(/Teams administrator|Microsoft 365 administrator/);
    expect(said.match(/gives the role|gives it/g)).toHaveLength(1);
    await screenshotTab(page, tab, `${SCREENSHOTS}/manager-role-needed.png`);
  });
});

describe('The Decisions tab outside Teams with the local development sign-in on', () => {
  let app: TestApp;
  let reference: string;

  beforeAll(async () => {
    app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
    await setUpQueue(app, connector);
    ({ reference } = await adviseAndDecide(app, connector, new Chat(app, connector, asker('Jo Carer')), NOT_SHARE));
    await app.app.tasks.drain();
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function signIn(displayName: string, role: string): Promise<void> {
    await page.goto(`${app.url}/tabs/decisions`);
    await page.getByRole('heading', { name: 'Open this in Microsoft Teams' }).waitFor();
    await page.getByRole('heading', { name: 'Local development sign-in' }).waitFor();
    await page.getByLabel('Display name').fill(displayName);
    await page.getByLabel('Role').selectOption({ label: role });
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs a manager in locally and shows the list', async () => {
    await signIn('Dana Manager', 'Manager');
    await poll(() => page.locator('#signed-in').textContent()).toBe('Signed in as Dana Manager');
    await poll(() => page.getByRole('table', { name: 'Decision records, newest first' }).locator('tbody th button').allTextContents()).toEqual([reference]);
  });

  it('shows staff signed in locally that they need the manager role, and no records', async () => {
    await signIn('Lee Staff', 'Staff');
    await page.getByRole('heading', { name: 'You need the safeguarding manager role to see decisions' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(reference);
    expect(await page.getByRole('button', { name: 'Sign in as someone else' }).isVisible()).toBe(true);
  });
});

describe("A record's audit pack in the browser", () => {
  const clock = new TestClock(Math.max(Date.now() - 90 * MIN, Date.parse(`${ukToday(new Date())}T00:00:00Z`) + MIN));
  const FOLLOW_UP = 'Has the child been seen by a doctor about this?';
  const REPLY = 'Yes, the school nurse saw her this morning.';
  const PACK_AMEND_REASON = 'The police were told as well.';
  let app: TestApp;
  let reference: string;
  let person: Person;

  beforeAll(async () => {
    app = await startTestApp({ ...entra.env(), TAB_DEV_SIGNIN: 'true' }, { clock });
    await setUpQueue(app, connector);
    // Asked, a follow-up question and its answer, advice, a decision, then an amendment: all through the bot.
    const chat = new Chat(app, connector, asker('Robin Teacher'));
    person = chat.person;
    ({ reference } = await askAndSend(chat, ASK));
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    clock.advance(5 * MIN);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.followUp', { requestId: reference, leadText: FOLLOW_UP, replace: 'false' }));
    const question = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes(FOLLOW_UP));
    clock.advance(5 * MIN);
    const replied = await chat.click(cardOf(question), 'request.reply', { replyText: REPLY });
    if (!/your reply was sent/i.test(textOf(replied))) throw new Error(`the reply was not sent: ${textOf(replied).slice(0, 200)}`);
    clock.advance(5 * MIN);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: LEAD_ADVICE, replace: 'false' }));
    const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'));
    const form = await chat.click(cardOf(advice), 'decision.start');
    const sharedOn = ukToday(clock.now());
    const summary = await chat.click(form, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn });
    clock.advance(10 * MIN);
    const amend = await chat.click(summary, 'decision.amend');
    await chat.click(amend, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn, recipients: 'childrens_social_care,police', amendReason: PACK_AMEND_REASON });
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function openPack(tab: Frame): Promise<void> {
    await table(tab).getByRole('button', { name: reference, exact: true }).click();
    await tab.getByRole('heading', { name: `Decision record ${reference}` }).waitFor();
    await tab.getByRole('button', { name: 'Audit pack (print or save as PDF)' }).click();
    await poll(() => focused(tab)).toMatchObject({ tag: 'H2', text: `Audit pack: ${reference}` });
  }

  const part = (tab: Frame, name: string | RegExp) => tab.getByRole('region', { name });

  it('opens from the record and holds every part: request, guidance shown, follow-ups, advice, every version with its changes, the trail', async () => {
    const { tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([reference]);
    await openPack(tab);
    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(await tab.locator('.audit-pack').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      '1. The request for advice (anonymised)',
      '2. Guidance shown to the asker',
      '3. Follow-up exchanges',
      '4. Advice from the safeguarding lead',
      '5. The decision: 2 versions, oldest first',
      '6. Audit trail',
    ]);

    const request = part(tab, '1. The request for advice (anonymised)');
    expect(await request.locator('blockquote').innerText()).toBe(ASK.question);
    const requestText = await request.innerText();
    for (const shown of ['Domestic abuse in the household', 'Consent has been refused', person.name, LEAD.name]) expect(requestText).toContain(shown);

    const guidance = part(tab, '2. Guidance shown to the asker');
    const guidanceText = await guidance.innerText();
    expect(guidanceText).toContain(`${stored!.guidance!.pack.id}, version ${stored!.guidance!.pack.version}`);
    expect(guidanceText).toContain(stored!.guidance!.packTitle);
    for (const step of stored!.guidance!.steps) {
      expect(guidanceText).toContain(step.answerTitle);
      expect(guidanceText).toContain(step.text);
    }
    expect(guidanceText).toContain(stored!.guidance!.closing.text);

    const exchanges = await part(tab, '3. Follow-up exchanges').locator('li').allInnerTexts();
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]).toContain(`Safeguarding lead (${LEAD.name})`);
    expect(exchanges[0]).toContain(FOLLOW_UP);
    expect(exchanges[1]).toContain(`Asker (${person.name})`);
    expect(exchanges[1]).toContain(REPLY);

    const advice = await part(tab, '4. Advice from the safeguarding lead').innerText();
    for (const shown of ['Share the information', LEAD_ADVICE, LEAD.name]) expect(advice).toContain(shown);

    const versions = part(tab, '5. The decision: 2 versions, oldest first');
    expect(await versions.getByRole('article', { name: 'Version 1: original record' }).innerText()).toContain(SHARE_WITHOUT_CONSENT.reasons);
    const second = versions.getByRole('article', { name: 'Version 2: amendment' });
    expect(await second.innerText()).toContain(PACK_AMEND_REASON);
    const changed = await second.getByRole('table', { name: 'What changed in version 2 from version 1' }).locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.querySelectorAll('td')).map((c) => (c as HTMLElement).innerText.trim())));
    expect(changed).toEqual([['Shared with', "Children's social care (front door / MASH)", "Children's social care (front door / MASH); Police"]]);

    const trail = await part(tab, '6. Audit trail').getByRole('table', { name: `Audit trail for ${reference}, oldest first` }).locator('tbody tr').evaluateAll((trs) => trs.map((r) => Array.from(r.querySelectorAll('td')).slice(1, 4).map((c) => (c as HTMLElement).innerText.trim())));
    expect(trail.map(([, action]) => action)).toEqual(expect.arrayContaining(['Created', 'Claimed', 'Follow-up question to the asker', 'Asker replied', 'Answered', 'Decided', 'Amended']));
    expect(trail.find(([, action]) => action === 'Claimed')?.[0]).toBe(LEAD.name);

    const shown = await tab.locator('.audit-pack').innerText();
    expect(shown).not.toMatch(OBJECT_ID);
    expect(shown.replaceAll(stored!.guidance!.pack.id, '')).not.toMatch(SNAKE_CODE);
    expect(shown).not.toContain(`rec-${reference}`);
    expect(new URL(tab.url()).searchParams.get('pack')).toBe('1');
    expect(await tab.getByRole('region', { name: `Audit pack: ${reference}`, exact: true }).count()).toBe(1);
    expect(describeProblems(await seriousA11yProblems(tab))).toBe('');
    await screenshotTab(page, tab, `${SCREENSHOTS}/audit-pack.png`);
  });

  it('prints without the navigation or any button, each part on a new page, and its button opens the print dialog', async () => {
    const { tab } = await openInTeams(app);
    await poll(() => shownReferences(tab)).toEqual([reference]);
    await openPack(tab);
    const print = tab.getByRole('button', { name: 'Print or save as PDF' });
    await poll(() => print.isEnabled()).toBe(true);
    await tab.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await print.click();
    expect(await tab.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    expect(await tab.getByRole('tablist').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await tab.getByRole('tablist').isHidden()).toBe(true);
      expect(await tab.locator('.app-header').isHidden()).toBe(true);
      for (const name of ['Print or save as PDF', 'Back to the record']) expect(await tab.getByRole('button', { name }).isHidden()).toBe(true);
      expect(await tab.locator('button:visible').count()).toBe(0);
      expect(await tab.getByRole('heading', { name: `Audit pack: ${reference}` }).isVisible()).toBe(true);
      const breaks = await tab.locator('.audit-pack .pack-section').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
      expect(breaks).toEqual(['page', 'page', 'page', 'page', 'page', 'page']);
      expect(await part(tab, '6. Audit trail').isVisible()).toBe(true);
      // Printed on white whatever the Teams theme.
      expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('reopens the pack after a refresh (the URL names it), and "Back to the record" returns to the record', async () => {
    const { tab } = await openInTeams(app, { query: `record=rec-${reference}&pack=1` });
    await tab.getByRole('heading', { name: `Audit pack: ${reference}` }).waitFor();
    await tab.getByRole('button', { name: 'Back to the record' }).click();
    await tab.getByRole('heading', { name: `Decision record ${reference}` }).waitFor();
    expect(new URL(tab.url()).searchParams.get('pack')).toBeNull();
    expect(await tab.locator('.audit-pack').count()).toBe(0);
  });

  it('saves as an A4 PDF of several pages (the local sign-in, outside Teams)', async () => {
    await page.goto(`${app.url}/tabs/decisions`);
    await page.getByRole('heading', { name: 'Local development sign-in' }).waitFor();
    await page.getByLabel('Display name').fill('Dana Manager');
    await page.getByLabel('Role').selectOption({ label: 'Manager' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('table', { name: 'Decision records, newest first' }).locator('tbody th button').allTextContents()).toEqual([reference]);
    await openPack(page.mainFrame());
    const pdf = (await page.pdf({ preferCSSPageSize: true, path: `${SCREENSHOTS}/audit-pack.pdf` })).toString('latin1');
    // One media box per page, each A4 (595 × 842 points): a cover and six parts, each part starting a page.
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });
});

describe('"Advice given, decision not recorded" in the Trends view', () => {
  const clock = new TestClock(Math.max(Date.now() - 90 * MIN, Date.parse(`${ukToday(new Date())}T00:00:00Z`) + MIN));
  let app: TestApp;
  let waiting: Chat;
  let advice: Card;
  let askedAt: string;

  beforeAll(async () => {
    app = await startTestApp(entra.env(), { clock });
    await setUpQueue(app, connector);
    askedAt = clock.now().toISOString();
    // One request advised and decided, and two advised with no decision yet.
    await adviseAndDecide(app, connector, new Chat(app, connector, asker('Kim Teacher')), NOT_SHARE);
    for (const name of ['Lou Nurse', 'Ash Coach']) {
      const chat = new Chat(app, connector, asker(name));
      const { reference } = await askAndSend(chat, ASK);
      await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
      await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: LEAD_ADVICE, replace: 'false' }));
      const call = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'));
      waiting = chat;
      advice = cardOf(call);
    }
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
  });

  afterAll(async () => {
    await app?.stop();
  });

  const headline = (tab: Frame) => tab.getByLabel('Headline figures', { exact: true }).innerText();
  const TITLE = 'Advice given, decision not recorded, by the week asked';

  it('shows how many requests have advice and no decision, now and per week, and the figure goes down when a decision is recorded', async () => {
    const { tab } = await openInTeams(app);
    await tab.getByRole('tab', { name: 'Trends' }).click();
    await tab.getByRole('heading', { name: /^Trends: weeks beginning / }).waitFor();
    await chartsDrawn(tab);
    expect(await headline(tab)).toMatch(/Advice given, decision not recorded\s*2\s*requests, now/);
    const week = asShown(weekOf(askedAt));
    expect(await figuresFor(tab, TITLE, week)).toEqual(['2']);
    expect(await tab.getByRole('img', { name: /requests that have had advice and have no decision recorded yet/ }).getAttribute('aria-label')).toContain('2 in total');

    // One of the two askers records their decision; the tab shows one fewer when it reloads the figures.
    const form = await waiting.click(advice, 'decision.start');
    await waiting.click(form, 'decision.submit', NOT_SHARE);
    await app.app.tasks.drain();
    await tab.getByRole('button', { name: 'Show trends' }).click();
    await poll(() => headline(tab)).toMatch(/Advice given, decision not recorded\s*1\s*requests, now/);
    expect(await figuresFor(tab, TITLE, week)).toEqual(['1']);
    await screenshotTab(page, tab, `${SCREENSHOTS}/trends-awaiting-decision.png`);
  });
});
