import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FakeConnector } from '../kit/connector.js';
import { EntraKeys } from '../kit/entra.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import type { Person } from '../kit/activities.js';
import { startTeamsHost, type TeamsHost } from '../kit/teams-host.js';
import { describeProblems, launchChromium, pageErrors, screenshotTab, seriousA11yProblems } from '../kit/browser.js';
import { LEAD_A, LEAD_B, NOT_A_LEAD, OTHER_TENANT_ID, QUESTION, REF, seedLeadsQueues } from '../kit/leads-queue.js';

/**
 * The leads' view in a real Chromium, inside the stand-in Teams host (SSO tokens from a local Entra
 * key set) and outside Teams with the local sign-in, against the real server; who is a lead comes
 * from the fake Bot Connector's rosters of each setting's leads' team.
 */

const SCREENSHOTS = 'test-results/tab';
const entra = new EntraKeys();
const connector = new FakeConnector();
const clock = new TestClock(Date.now());
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const hosts: TeamsHost[] = [];

beforeAll(async () => {
  [browser] = await Promise.all([launchChromium(), entra.start(), connector.start()]);
  app = await startTestApp({ ...entra.env(), ALLOWED_TENANT_IDS: `${TEST_TENANT_ID},${OTHER_TENANT_ID}`, TAB_DEV_SIGNIN: 'true', LEAD_MEMBERSHIP_CACHE_SECONDS: '0', ROSTER_BUDGET_MS: '1000' }, { clock });
  await seedLeadsQueues(app, connector, clock.now(), TEST_TENANT_ID);
});

afterAll(async () => {
  await app?.stop();
  await browser?.close();
  await Promise.all([connector.stop(), entra.stop()]);
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  errors = pageErrors(page);
});

afterEach(async () => {
  await context.close();
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
  expect(errors, 'uncaught exceptions in the page').toEqual([]);
});

const poll = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, interval: 50, message });

async function openInTeams(who: Person): Promise<Frame> {
  const host = await startTeamsHost({
    tabUrl: `${app.url}/tabs/leads`,
    token: () => entra.mint({ tenantId: TEST_TENANT_ID, oid: who.aadObjectId, name: who.name }),
    user: { id: who.aadObjectId, tenantId: TEST_TENANT_ID, displayName: who.name },
    entityId: 'queue',
  });
  hosts.push(host);
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('the host page has no tab frame');
  return frame;
}

const rowOf = (tab: Frame, reference: string) => tab.locator(`tr:has(button:text-is("${reference}"))`);

describe("the leads' view in Teams", () => {
  it("shows a lead their setting's queue at a glance: counts, groups, deadlines in words, who holds each", async () => {
    const tab = await openInTeams(LEAD_A);
    await tab.getByRole('heading', { name: 'Your queue' }).waitFor();
    await poll(() => tab.locator('#signed-in').textContent()).toBe('Signed in as Priya Shah');
    expect(await tab.locator('h1').textContent()).toBe("Leads' queue");
    expect(await tab.getByRole('list', { name: 'Your queue at a glance' }).locator('li').allTextContents()).toEqual([
      '1 unclaimed',
      '0 yours',
      '1 waiting on the asker',
      '1 past its deadline',
      '1 due soon',
      // Rule 7: Oakfield's two answered requests (yesterday's and last week's) have no decision yet.
      '2 advised, decision not yet recorded',
    ]);
    expect(await tab.locator('.queue-group h3').allTextContents()).toEqual(['Unclaimed (1)', 'Waiting on the asker (1)', 'Held by a colleague (1)', 'Answered in the last 3 days (1)']);

    const past = rowOf(tab, REF.aUnclaimedPast);
    expect(await past.locator('td').allTextContents()).toEqual(['Unclaimed', 'I need advice today', '40 min ago', expect.stringMatching(/^Claim by .* — past deadline$/), 'No one yet']);
    // Past is red and says so; colour is never the only sign.
    const colour = await past.locator('.deadline-past').evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(177, 14, 28)');
    expect(await rowOf(tab, REF.aColleagueNear).locator('td').nth(3).textContent()).toMatch(/^Answer by .* — due soon$/);
    expect(await rowOf(tab, REF.aColleagueNear).locator('td').nth(4).textContent()).toBe('Tom Okafor');
    expect(await rowOf(tab, REF.aMineWaiting).locator('td').first().textContent()).toBe('ClaimedWaiting on the asker');
    expect(await rowOf(tab, REF.aMineWaiting).locator('td').nth(4).textContent()).toBe('You (Priya Shah)');
    const text = await tab.locator('body').textContent();
    expect(text).not.toContain(REF.bUnclaimed);
    expect(text).not.toContain('Riverside');

    const problems = await seriousA11yProblems(tab);
    expect(problems, describeProblems(problems)).toEqual([]);
    await screenshotTab(page, tab, `${SCREENSHOTS}/leads-queue.png`);
  });

  it("opens a request (anonymised question, fields, exchanges) with the link to its card in the leads' channel, and goes back", async () => {
    const tab = await openInTeams(LEAD_A);
    await tab.getByRole('button', { name: `Open request ${REF.aUnclaimedPast}` }).click();
    await tab.getByRole('heading', { name: `Request ${REF.aUnclaimedPast}` }).waitFor();
    await poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('request-heading');
    expect(await tab.locator('.text').first().textContent()).toBe(QUESTION(REF.aUnclaimedPast));
    const link = tab.getByRole('link', { name: "Open its card in the leads' channel" });
    expect(await link.getAttribute('href')).toBe(`https://teams.microsoft.com/l/message/19%3Aoakfield-leads%40thread.tacv2/1732354800000?tenantId=${TEST_TENANT_ID}&parentMessageId=1732354800000`);
    expect(new URL(tab.url()).searchParams.get('request')).toBe(REF.aUnclaimedPast);
    const problems = await seriousA11yProblems(tab);
    expect(problems, describeProblems(problems)).toEqual([]);
    await screenshotTab(page, tab, `${SCREENSHOTS}/leads-request.png`);

    await tab.getByRole('button', { name: 'Back to the queue' }).click();
    await tab.getByRole('heading', { name: 'Your queue' }).waitFor();
    await poll(() => tab.evaluate(() => document.activeElement?.textContent)).toBe(REF.aUnclaimedPast);

    await tab.getByRole('button', { name: `Open request ${REF.aMineWaiting}` }).click();
    await tab.getByText('Which year group is the child in?').waitFor();
    expect(await tab.getByRole('link', { name: "Open its card in the leads' channel" }).count()).toBe(0);
    expect(await tab.getByText("Not yet posted in the leads' channel.").count()).toBe(1);
  });

  it("shows a lead of the other setting only that setting's request", async () => {
    const tab = await openInTeams(LEAD_B);
    await tab.getByRole('heading', { name: 'Unclaimed (1)' }).waitFor();
    expect(await tab.locator('tbody th button').allTextContents()).toEqual([REF.bUnclaimed]);
    expect(await tab.locator('body').textContent()).not.toContain('Oakfield');
  });

  it("tells someone in no leads' team so, with no requests", async () => {
    const tab = await openInTeams(NOT_A_LEAD);
    await tab.getByRole('heading', { name: "You are not a member of any setting's leads' team" }).waitFor();
    expect(await tab.getByRole('table').count()).toBe(0);
    expect(await tab.locator('body').textContent()).not.toContain('ISA-');
    await screenshotTab(page, tab, `${SCREENSHOTS}/leads-not-a-lead.png`);
  });

  it('claims a request from its page and releases it again; the queue shows it as theirs in between', async () => {
    const tab = await openInTeams(LEAD_A);
    await tab.getByRole('button', { name: `Open request ${REF.aUnclaimedPast}` }).click();
    await tab.getByRole('heading', { name: `Request ${REF.aUnclaimedPast}` }).waitFor();
    expect(await tab.getByRole('button', { name: 'Release' }).count()).toBe(0);
    await tab.getByRole('button', { name: 'Claim' }).click();
    await tab.getByRole('button', { name: 'Release' }).waitFor();
    await poll(() => tab.locator('#status').textContent()).toBe(`You have claimed ${REF.aUnclaimedPast}.`);
    expect(await tab.locator('.facts').first().textContent()).toContain('You (Priya Shah)');
    await tab.getByRole('button', { name: 'Back to the queue' }).click();
    await tab.getByRole('heading', { name: 'Yours (1)' }).waitFor();
    await poll(() => tab.evaluate(() => document.activeElement?.textContent)).toBe(REF.aUnclaimedPast);
    await tab.getByRole('button', { name: `Open request ${REF.aUnclaimedPast}` }).click();
    await tab.getByRole('button', { name: 'Release' }).click();
    await tab.getByRole('button', { name: 'Claim' }).waitFor();
    await tab.getByRole('button', { name: 'Back to the queue' }).click();
    await tab.getByRole('heading', { name: 'Unclaimed (1)' }).waitFor();
    await app.app.tasks.drain();
  });

  it('says Teams did not answer (not an empty queue), and Try again shows the queue once it does', async () => {
    connector.failNext(2, { delayMs: 2500 });
    const tab = await openInTeams(LEAD_A);
    await tab.getByRole('heading', { name: 'Teams did not answer' }).waitFor();
    expect(await tab.getByRole('table').count()).toBe(0);
    await new Promise((r) => setTimeout(r, 2600));
    await tab.getByRole('button', { name: 'Try again' }).click();
    await tab.getByRole('heading', { name: 'Your queue' }).waitFor();
  });
});

describe("the leads' view outside Teams", () => {
  it('signs a lead in locally by object id and shows their queue', async () => {
    await page.goto(`${app.url}/tabs/leads`);
    await page.getByRole('heading', { name: 'Open this in Microsoft Teams' }).waitFor();
    expect(await page.getByText("The Leads' queue tab is part of").count()).toBe(1);
    await page.getByLabel('Display name').fill('Priya Shah');
    await page.getByLabel('Role').selectOption({ label: 'Safeguarding lead' });
    await page.getByLabel('Entra object id (optional)').fill(LEAD_B.aadObjectId);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your queue' }).waitFor();
    expect(await page.locator('tbody th button').allTextContents()).toEqual([REF.bUnclaimed]);
  });
});
