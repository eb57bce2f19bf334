import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { record } from '../flow/decision/helpers.js';
import { FakeConnector } from '../kit/connector.js';
import { EntraKeys } from '../kit/entra.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { getFrom } from '../kit/http.js';
import { COLLEAGUE_A, LEAD_A, LEAD_B, LEAD_OTHER, NOT_A_LEAD, OTHER_TENANT_ID, QUESTION, REF, TEAM_A, TEAM_B, seedLeadsQueues } from '../kit/leads-queue.js';
import type { Person } from '../kit/activities.js';
import type { LeadsQueue, LeadsRequestDetail } from '../../src/domain/leads-api.js';
import type { TabError } from '../../src/domain/tab-api.js';

/**
 * The leads' view's API through the real server, with Teams SSO tokens from a local Entra key set
 * and the leads' teams' rosters from the fake Bot Connector: a lead sees their own setting's
 * requests only, and nobody else sees any.
 */

const NOT_ALLOWED_TENANT = '99999999-1111-4222-8333-444444444444';
const MIN = 60_000;

describe("the leads' view API", () => {
  const entra = new EntraKeys();
  const connector = new FakeConnector();
  const clock = new TestClock(Date.parse('2026-11-23T10:00:00.000Z'));
  let app: TestApp;

  const tokenOf = (p: Person, tenantId = TEST_TENANT_ID) => entra.mint({ tenantId, oid: p.aadObjectId, name: p.name });
  const get = async (path: string, p: Person, tenantId = TEST_TENANT_ID) => getFrom(app.url, path, await tokenOf(p, tenantId));
  const references = (body: unknown) => (body as LeadsQueue).items.map((i) => i.reference);

  beforeAll(async () => {
    await Promise.all([entra.start(), connector.start()]);
    // Membership is asked of Teams on every call here (no cache), so a roster change or outage shows at once;
    // a roster read gets 1 s (not 2), so "Teams did not answer" is quick to test and an ordinary read under load still fits.
    app = await startTestApp({ ...entra.env(), ALLOWED_TENANT_IDS: `${TEST_TENANT_ID},${OTHER_TENANT_ID}`, LEAD_MEMBERSHIP_CACHE_SECONDS: '0', ROSTER_BUDGET_MS: '1000' }, { clock });
    await seedLeadsQueues(app, connector, clock.now(), TEST_TENANT_ID);
  });

  afterAll(async () => {
    await app.stop();
    await Promise.all([connector.stop(), entra.stop()]);
  });

  beforeEach(() => connector.reset());

  it("a lead of Oakfield sees Oakfield's open and recently answered requests, grouped, and nothing of Riverside's", async () => {
    const res = await get('/api/tab/queue', LEAD_A);
    expect(res.status).toBe(200);
    const q = res.body as LeadsQueue;
    expect(q.settings).toEqual([{ id: 'oakfield', name: 'Oakfield Primary' }]);
    expect(q.items.map((i) => [i.reference, i.group])).toEqual([
      [REF.aUnclaimedPast, 'unclaimed'],
      [REF.aMineWaiting, 'waiting'],
      [REF.aColleagueNear, 'colleagues'],
      [REF.aAnsweredYesterday, 'answered'],
    ]);
    expect(q.counts).toMatchObject({ unclaimed: 1, mine: 0, waiting: 1, colleagues: 1, answered: 1, past: 1, near: 1 });
    const [past, waiting, near] = q.items;
    expect(past?.deadline).toMatchObject({ kind: 'claim', state: 'past' });
    expect(past?.deadline?.label).toMatch(/— past deadline$/);
    expect(past?.channelLink).toBe('https://teams.microsoft.com/l/message/19%3Aoakfield-leads%40thread.tacv2/1732354800000?tenantId=' + TEST_TENANT_ID + '&parentMessageId=1732354800000');
    expect(waiting).toMatchObject({ waitingOnAsker: true, holder: { displayName: 'Priya Shah', isYou: true } });
    expect(near).toMatchObject({ holder: { displayName: 'Tom Okafor', isYou: false }, deadline: { kind: 'answer', state: 'near' } });
    expect(res.text).not.toContain(REF.bUnclaimed);
    expect(res.text).not.toContain('Riverside');
    expect(res.text).not.toContain(REF.mainNoQueue);
    expect(res.text).not.toContain(REF.aClosed);
    expect(res.text).not.toContain(REF.aAnsweredLastWeek);
    // Membership came from Teams: the Oakfield and Riverside teams' rosters were read.
    expect(connector.calls.filter((c) => c.kind === 'members').map((c) => c.conversationId).sort()).toEqual([TEAM_A, TEAM_B]);
  });

  it('counts the setting\'s requests with advice given and no decision recorded (rule 7), and one fewer once a decision is recorded', async () => {
    const awaiting = async (p: Person) => ((await get('/api/tab/queue', p)).body as LeadsQueue).awaitingDecision;
    // Oakfield: answered yesterday and last week, neither recorded; Riverside has none answered.
    expect(await awaiting(LEAD_A)).toBe(2);
    expect(await awaiting(LEAD_B)).toBe(0);
    const recordId = `rec-${REF.aAnsweredLastWeek}`;
    await app.app.store.decisions.createVersion(record({ tenantId: TEST_TENANT_ID, recordId, requestId: REF.aAnsweredLastWeek, reference: REF.aAnsweredLastWeek }));
    expect(await awaiting(LEAD_A)).toBe(1);
    expect(await awaiting(LEAD_B)).toBe(0);
  });

  it("a lead of Riverside sees Riverside's request only, and cannot open one of Oakfield's (404, as if there were none)", async () => {
    const res = await get('/api/tab/queue', LEAD_B);
    expect(res.status).toBe(200);
    expect(references(res.body)).toEqual([REF.bUnclaimed]);
    expect((res.body as LeadsQueue).settings).toEqual([{ id: 'riverside', name: 'Riverside Nursery' }]);
    expect(res.text).not.toContain('Oakfield');

    const theirs = await get(`/api/tab/queue/${REF.bUnclaimed}`, LEAD_B);
    expect(theirs.status).toBe(200);
    expect((theirs.body as LeadsRequestDetail).question).toBe(QUESTION(REF.bUnclaimed));
    for (const ref of [REF.aUnclaimedPast, REF.aMineWaiting, REF.mainNoQueue, 'ISA-NONE']) {
      const other = await get(`/api/tab/queue/${ref}`, LEAD_B);
      expect(other.status, ref).toBe(404);
      expect(other.text).not.toContain(QUESTION(ref));
    }
  });

  it('an opened request holds the anonymised question, its fields in words, the exchanges and the link to its card', async () => {
    const res = await get(`/api/tab/queue/${REF.aMineWaiting}`, COLLEAGUE_A);
    expect(res.status).toBe(200);
    const d = res.body as LeadsRequestDetail;
    expect(d.question).toBe(QUESTION(REF.aMineWaiting));
    expect(d.fields).toContainEqual({ label: 'Urgency', value: 'This week' });
    expect(d.exchanges).toEqual([expect.objectContaining({ from: 'lead', by: 'Priya Shah', text: 'Which year group is the child in?' })]);
    expect(d.item).toMatchObject({ reference: REF.aMineWaiting, group: 'waiting', holder: { isYou: false } });
    expect(d.asker).toBe('Sam Teacher (Teacher or teaching assistant)');
  });

  it("someone in no setting's leads' team gets 403 with no data, and the page's words", async () => {
    for (const path of ['/api/tab/queue', `/api/tab/queue/${REF.aUnclaimedPast}`]) {
      const res = await get(path, NOT_A_LEAD);
      expect(res.status, path).toBe(403);
      const body = res.body as TabError;
      expect(body).toMatchObject({ code: 'forbidden', reason: 'not_lead' });
      expect(body.message).toMatch(/^You are not a member of any setting's leads' team/);
      expect(res.text).not.toMatch(/ISA-|Oakfield|Riverside|question/);
    }
  });

  it("another organisation's token sees nothing of this one's: a lead there sees their own main queue; this one's lead signed in there is no lead", async () => {
    const theirs = await get('/api/tab/queue', LEAD_OTHER, OTHER_TENANT_ID);
    expect(theirs.status).toBe(200);
    // An organisation without settings is one setting, main; its requests carry no settingId.
    expect(references(theirs.body)).toEqual([REF.otherMain]);
    expect((await get(`/api/tab/queue/${REF.aUnclaimedPast}`, LEAD_OTHER, OTHER_TENANT_ID)).status).toBe(404);

    const crossing = await get('/api/tab/queue', LEAD_A, OTHER_TENANT_ID);
    expect(crossing.status).toBe(403);
    expect(crossing.text).not.toContain('ISA-');
    expect((await get(`/api/tab/queue/${REF.aUnclaimedPast}`, LEAD_A, OTHER_TENANT_ID)).status).toBe(403);

    const notServed = await get('/api/tab/queue', LEAD_A, NOT_ALLOWED_TENANT);
    expect(notServed.status).toBe(403);
    expect(notServed.body).toMatchObject({ code: 'forbidden', reason: 'tenant' });
    expect(connector.calls.filter((c) => c.kind === 'members').map((c) => c.conversationId)).not.toContain(TEAM_A);
  });

  it('recognises a lead beyond the first page of a large leads\' team (Teams gives 200 members a page)', async () => {
    const before = connector.rosters.get(TEAM_A)!;
    const crowd = Array.from({ length: 450 }, (_, i) => ({ id: `29:crowd-${i}`, name: `Member ${i}`, aadObjectId: `cccc${String(i).padStart(4, '0')}-0000-4000-8000-000000000000` }));
    connector.rosters.set(TEAM_A, [...crowd, ...before]);
    try {
      const res = await get('/api/tab/queue', LEAD_A);
      expect(res.status).toBe(200);
      expect((res.body as LeadsQueue).settings.map((s) => s.id)).toEqual(['oakfield']);
      expect(connector.calls.filter((c) => c.kind === 'members' && c.conversationId === TEAM_A)).toHaveLength(3);
    } finally {
      connector.rosters.set(TEAM_A, before);
    }
  });

  it('no token, or a bad one, is 401 before Teams or the store is asked', async () => {
    expect((await getFrom(app.url, '/api/tab/queue')).status).toBe(401);
    expect((await getFrom(app.url, '/api/tab/queue', await entra.mint({ tenantId: TEST_TENANT_ID, oid: LEAD_A.aadObjectId, signWithUnpublishedKey: true }))).status).toBe(401);
    expect(connector.calls).toEqual([]);
  });

  it('when Teams does not answer, the API says so (503 directory_unavailable), never an empty queue', async () => {
    connector.failNext(2, { delayMs: 2500 });
    const res = await get('/api/tab/queue', LEAD_A);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'directory_unavailable' });
    expect((res.body as TabError).message).toMatch(/Teams did not answer/);
    expect(res.text).not.toContain('ISA-');
    await new Promise((r) => setTimeout(r, 2600));
  });

  it('someone removed from the leads’ team loses the view at their next load', async () => {
    const before = connector.rosters.get(TEAM_A) ?? [];
    connector.rosters.set(TEAM_A, before.filter((m) => m.aadObjectId !== COLLEAGUE_A.aadObjectId));
    try {
      expect((await get('/api/tab/queue', COLLEAGUE_A)).status).toBe(403);
    } finally {
      connector.rosters.set(TEAM_A, before);
    }
    expect((await get('/api/tab/queue', COLLEAGUE_A)).status).toBe(200);
  });

  it('deadlines move with the clock: an hour on, the colleague’s request is past its answer-by', async () => {
    clock.advance(60 * MIN);
    try {
      const q = (await get('/api/tab/queue', LEAD_A)).body as LeadsQueue;
      expect(q.items.find((i) => i.reference === REF.aColleagueNear)?.deadline?.state).toBe('past');
    } finally {
      clock.advance(-60 * MIN);
    }
  });

  it("claims and releases from the tab with the card's own transitions: one ETag write with its audit event and announcement", async () => {
    const post = async (path: string, p: Person, body: unknown = {}) => {
      const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${await tokenOf(p)}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const stored = () => app.app.store.requests.get(TEST_TENANT_ID, REF.aUnclaimedPast);
    const claimPath = `/api/tab/queue/${REF.aUnclaimedPast}/claim`;
    const releasePath = `/api/tab/queue/${REF.aUnclaimedPast}/release`;

    // Who acts comes from the token only.
    expect((await post(claimPath, LEAD_A, { leadId: COLLEAGUE_A.aadObjectId })).status).toBe(400);
    // Another setting's lead, and someone in no leads' team, change nothing.
    expect((await post(claimPath, LEAD_B)).status).toBe(404);
    expect((await post(claimPath, NOT_A_LEAD)).status).toBe(403);
    expect((await stored())?.status).toBe('sent');

    const claimed = await post(claimPath, LEAD_A);
    expect(claimed.status).toBe(200);
    expect((claimed.body as unknown as LeadsRequestDetail).item).toMatchObject({ status: 'claimed', group: 'mine', holder: { displayName: 'Priya Shah', isYou: true } });
    // Held under the roster's Teams account id, so the channel card refreshes for its holder as after a claim on the card.
    expect((await stored())?.lead).toEqual({ id: LEAD_A.aadObjectId, displayName: 'Priya Shah', accountId: LEAD_A.id });

    const taken = await post(claimPath, COLLEAGUE_A);
    expect(taken).toMatchObject({ status: 409, body: { code: 'conflict', message: 'Priya Shah has already claimed this request.' } });
    expect((await post(releasePath, COLLEAGUE_A)).body).toMatchObject({ code: 'conflict', message: 'Only Priya Shah, who holds this request, can do that.' });

    const released = await post(releasePath, LEAD_A);
    expect(released.status).toBe(200);
    expect((released.body as unknown as LeadsRequestDetail).item).toMatchObject({ status: 'sent', group: 'unclaimed' });
    expect((released.body as unknown as LeadsRequestDetail).item).not.toHaveProperty('holder');

    await app.app.tasks.drain();
    const trail = await app.app.store.audit.listFor(TEST_TENANT_ID, REF.aUnclaimedPast);
    expect(trail.map((e) => [e.action, e.actor.id, e.details])).toEqual([
      ['claimed', LEAD_A.aadObjectId, { leadId: LEAD_A.aadObjectId }],
      ['released', LEAD_A.aadObjectId, { status: 'sent' }],
    ]);
    expect((await stored())?.outbox).toEqual([]);
  });

  it('two leads claiming at once: one wins, the other is told who has it', async () => {
    const claimAs = async (p: Person) =>
      (await fetch(`${app.url}/api/tab/queue/${REF.aUnclaimedPast}/claim`, { method: 'POST', headers: { authorization: `Bearer ${await tokenOf(p)}`, 'content-type': 'application/json' }, body: '{}' })).status;
    const statuses = await Promise.all([claimAs(LEAD_A), claimAs(COLLEAGUE_A)]);
    expect(statuses.sort()).toEqual([200, 409]);
    const winner = (await app.app.store.requests.get(TEST_TENANT_ID, REF.aUnclaimedPast))?.lead;
    const holder = winner?.id === LEAD_A.aadObjectId ? LEAD_A : COLLEAGUE_A;
    const back = await fetch(`${app.url}/api/tab/queue/${REF.aUnclaimedPast}/release`, { method: 'POST', headers: { authorization: `Bearer ${await tokenOf(holder)}`, 'content-type': 'application/json' }, body: '{}' });
    expect(back.status).toBe(200);
    await app.app.tasks.drain();
  });

  it('an unknown query key is refused', async () => {
    expect((await get('/api/tab/queue?tenantId=' + OTHER_TENANT_ID, LEAD_A)).status).toBe(400);
  });
});
