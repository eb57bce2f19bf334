import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, type TestApp } from '../kit/app.js';
import { Chat } from '../kit/chat.js';
import { STAFF } from '../kit/activities.js';
import { NOT_SHARE, SHARE_WITHOUT_CONSENT, adviseAndDecide, setUpQueue } from '../kit/flows.js';
import { parseCsv } from '../kit/csv.js';
import { ukToday } from '../../src/domain/decision.js';

/**
 * What the tab's API answers when things go wrong, and what an exported cell can do: a store
 * outage is a 503 the page can retry; a bug is a 500 with an error in the log (not "store
 * unavailable"); a typed formula is exported as text.
 */

describe('Decisions tab: failures and the CSV export', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let token = '';

  const get = (path: string) => fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
    await setUpQueue(app, connector);
    const res = await fetch(`${app.url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'manager', displayName: 'Dana Manager' }) });
    ({ token } = (await res.json()) as { token: string });
  });
  afterAll(async () => {
    app.app.store.local?.setAvailable(true);
    await app.stop();
    await connector.stop();
  });

  it('answers a store outage with 503 store_unavailable', async () => {
    app.app.store.local?.setAvailable(false);
    try {
      const res = await get('/api/tab/decisions');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'store_unavailable' });
    } finally {
      app.app.store.local?.setAvailable(true);
    }
  });

  it('answers a bug in a route with 500 internal and logs it as an error, by name only', async () => {
    const reporting = app.app.store.reporting;
    const original = reporting.listViews.bind(reporting);
    reporting.listViews = () => Promise.reject(new TypeError('secret detail of the bug'));
    try {
      const res = await get('/api/tab/decisions');
      expect(res.status).toBe(500);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('internal');
      expect(body.message).not.toContain('secret');
      const line = app.logs.lines.find((l) => l.event === 'tab.failed');
      expect(line).toMatchObject({ level: 'error', errName: 'TypeError', route: 'decisions' });
      expect(app.logs.raw).not.toContain('secret detail');
    } finally {
      reporting.listViews = original;
    }
  });

  it('exports a cell that starts like a formula as text', async () => {
    const chat = new Chat(app, connector, { ...STAFF, id: '29:csv', aadObjectId: 'cccc0000-0000-4000-8000-00000000c5f0', name: 'Cass Vee' });
    const formula = '=HYPERLINK("https://evil.example","click me") reasons typed as a formula';
    await adviseAndDecide(app, connector, chat, { ...NOT_SHARE, reasons: formula });
    await app.app.tasks.drain();
    const csv = await (await get('/api/tab/export.csv')).text();
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('exports a cell that starts with =, +, - or @ as text in every column, the rule-7 ones included', async () => {
    const chat = new Chat(app, connector, { ...STAFF, id: '29:csv-2', aadObjectId: 'cccc0000-0000-4000-8000-00000000c5f1', name: 'Cass Two' });
    const typed = {
      reasons: '=1+1 the reasons',
      whatShared: '+SUM(1,2) the disclosure',
      publicInterestJustification: '-2+3 the risk outweighs the refusal',
      // `@(…)`: `@SUM` would be flagged as a social media handle and held for the identifier check.
      notToldReason: '@(1) telling them would increase the risk',
      restrictions: '=HYPERLINK("https://evil.example") not to be passed on',
    };
    await adviseAndDecide(app, connector, chat, { ...SHARE_WITHOUT_CONSENT, ...typed, sharedOn: ukToday(new Date()) });
    await app.app.tasks.drain();
    const { rows } = parseCsv(await (await get('/api/tab/export.csv')).text());
    const row = rows.find((r) => r.Reasons?.includes('the reasons'));
    expect(row).toMatchObject({
      Reasons: `'${typed.reasons}`,
      'What was shared': `'${typed.whatShared}`,
      'Public interest justification': `'${typed.publicInterestJustification}`,
      'Why they were not told': `'${typed.notToldReason}`,
      'Restrictions on further use': `'${typed.restrictions}`,
    });
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
