import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, TEAM_ID, channelInvoke, channelMessage, type Person } from '../kit/activities.js';
import { ASK, LEAD } from '../kit/flows.js';

/** Who can make a team the leads' team, and lead actions when Teams' roster is slow or failing. */

const ROGUE_TEAM = '19:rogue-team@thread.tacv2';
const ROGUE: Person = { id: '29:rogue', aadObjectId: 'abab0000-0000-4000-8000-0000000000a1', name: 'Rory Rogue' };

function lastReply(connector: FakeConnector): string {
  const text = connector.calls.filter((c) => c.kind === 'reply' || c.kind === 'send').at(-1)?.body.text;
  return typeof text === 'string' ? text : '';
}

describe("the leads' team must be granted before it can hold the queue", () => {
  const connector = new FakeConnector();
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    // No team granted by the deployment: only the tenant's own grants count.
    app = await startTestApp({ LEADS_TEAM_IDS: '' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('refuses "set leads queue" in a team nobody granted, and says how an administrator grants it', async () => {
    connector.members = [{ id: ROGUE.id, name: ROGUE.name, aadObjectId: ROGUE.aadObjectId }];
    const res = await app.post(channelMessage(connector.url, { from: ROGUE, text: 'set leads queue', teamId: ROGUE_TEAM, channelId: '19:rogue@thread.tacv2' }));
    expect(res.status).toBe(200);
    await connector.waitFor((c) => c.kind === 'reply');
    expect(lastReply(connector)).toContain(`npm run tenant -- allow-leads-team ${TEST_TENANT_ID} ${ROGUE_TEAM}`);
    expect((await app.app.store.tenants.get(TEST_TENANT_ID)).leadsQueue).toBeUndefined();
  });

  it("accepts it in a team the tenant's administrators granted, and then not in another one", async () => {
    const settings = await app.app.store.tenants.get(TEST_TENANT_ID);
    await app.app.store.tenants.put({ ...settings, leadsTeamIds: [TEAM_ID] });
    connector.members = [{ id: LEAD.id, name: LEAD.name, aadObjectId: LEAD.aadObjectId }];
    await app.post(channelMessage(connector.url, { from: LEAD, text: 'set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
    expect((await app.app.store.tenants.get(TEST_TENANT_ID)).leadsQueue?.teamId).toBe(TEAM_ID);

    // Even a current lead cannot move the queue to a team that is not granted.
    connector.reset();
    await app.post(channelMessage(connector.url, { from: LEAD, text: 'set leads queue', teamId: ROGUE_TEAM, channelId: '19:rogue@thread.tacv2' }));
    await connector.waitFor((c) => c.kind === 'reply');
    expect(lastReply(connector)).toMatch(/not been approved/);
    expect((await app.app.store.tenants.get(TEST_TENANT_ID)).leadsQueue?.teamId).toBe(TEAM_ID);
  });
});

describe("lead actions when Teams' roster does not answer", () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let reference = '';

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ ROSTER_BUDGET_MS: '1500', LEAD_MEMBERSHIP_CACHE_SECONDS: '0' });
    connector.members = [{ id: LEAD.id, name: LEAD.name, aadObjectId: LEAD.aadObjectId }];
    await app.post(channelMessage(connector.url, { from: LEAD, text: 'set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
    ({ reference } = await askAndSend(new Chat(app, connector), ASK));
    await app.app.scheduler.runOnce();
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it.each([
    ['answers 500', { status: 500 }],
    ['hangs', { delayMs: 6000 }],
  ])('answers a claim within Teams’ 5 s with "Teams did not answer" when the roster %s, and changes nothing', async (_name, fault) => {
    connector.reset();
    connector.failNext(20, fault);
    const started = Date.now();
    const res = await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    const elapsed = Date.now() - started;
    connector.reset();
    expect(res.status).toBe(200);
    const card = (res.body as { value: Card }).value;
    expect(textOf(card)).toMatch(/Teams did not answer/);
    expect(elapsed).toBeLessThan(4500);
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.status).toBe('sent');
    // "Try again" resends the same request id, and works once Teams answers.
    const again = await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    expect(textOf((again.body as { value: Card }).value)).toContain(reference);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.release', { requestId: reference }));
  });
});
