import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { EntraKeys, MANAGER_ROLE, TEST_APP_ID } from '../kit/entra.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, askAndSend, textOf } from '../kit/chat.js';
import { STAFF, channelInvoke, type Person } from '../kit/activities.js';
import { LEAD, NOT_SHARE, SHARE_WITHOUT_CONSENT, adviseAndDecide, setUpQueue } from '../kit/flows.js';
import { reportDecision } from '../../src/jobs/reporting.js';
import type { DecisionPage, Metrics } from '../../src/domain/reporting.js';
import type { DecisionDetail, TabError, TabOptions } from '../../src/domain/tab-api.js';
import type { DecisionRecord } from '../../src/domain/decision.js';
import type { AuditPack } from '../../src/domain/audit-pack.js';
import { getFrom } from '../kit/http.js';
import { parseCsv } from '../kit/csv.js';

/**
 * The Decisions tab's API through the real server: who may call it (Teams SSO tokens validated
 * against a local Entra key set), what a manager sees, and that a manager sees only their own
 * organisation's records.
 */

const OTHER_TENANT = '0b0b0b0b-1111-4222-8333-444444444444';
const NOT_ALLOWED_TENANT = '99999999-1111-4222-8333-444444444444';
const MANAGER_GROUP = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const MIN = 60_000;
const OBJECT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A code as stored (`not_yet_asked`, `physical_abuse`), not a label. */
const SNAKE_CODE = /\b[a-z]+_[a-z_]+\b/;

describe('Decisions tab API', () => {
  const entra = new EntraKeys();
  const connector = new FakeConnector();
  const clock = new TestClock(Date.parse('2026-11-23T10:00:00.000Z'));
  let app: TestApp;
  let manager: string;
  let shared: string;
  let notShared: string;
  let quick: string;
  let sharedChat: Chat;
  let sharedSummary: Record<string, unknown>;
  let n = 0;

  const asker = (): Person => {
    n++;
    return { ...STAFF, id: `29:tab-${n}`, aadObjectId: `eeee0000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Asker ${n}` };
  };

  const get = (path: string, token?: string) => getFrom(app.url, path, token);

  beforeAll(async () => {
    await entra.start();
    await connector.start();
    app = await startTestApp({ ...entra.env(), ALLOWED_TENANT_IDS: `${TEST_TENANT_ID},${OTHER_TENANT}`, TAB_MANAGER_GROUP_IDS: MANAGER_GROUP }, { clock });
    await setUpQueue(app, connector);
    manager = await entra.manager(TEST_TENANT_ID);

    // 1: asked, claimed 12 minutes later, answered 30 minutes after that; shared without consent.
    sharedChat = new Chat(app, connector, asker());
    ({ reference: shared, summary: sharedSummary } = await adviseAndDecideTimed(sharedChat));
    // 2: advice then "do not share", asked about neglect.
    clock.advance(60 * MIN);
    const chat2 = new Chat(app, connector, asker());
    ({ reference: notShared } = await adviseAndDecide(app, connector, chat2, NOT_SHARE, { ask: { area: 'neglect', urgency: 'today' } }));
    // 3: asked and never claimed (escalated later in a test).
    const chat3 = new Chat(app, connector, asker());
    ({ reference: quick } = await askAndSend(chat3, { ...ASK_TODAY }));

    // Another organisation's record, written through the same repositories.
    const other: DecisionRecord = {
      id: 'rec-other:v1',
      recordId: 'rec-other',
      version: 1,
      tenantId: OTHER_TENANT,
      reference: 'DEC-OTHR',
      content: { decision: 'share', reasons: 'Other organisation reasons.', whatShared: 'x', recipients: ['police'], purpose: 'y', lawfulBasis: 'public_task', consent: 'given', personTold: 'yes', sharedHow: ['phone'], sharedOn: '2026-11-20' },
      decisionMaker: { id: 'other-user', displayName: 'Other Person' },
      decidedAt: clock.now().toISOString(),
      identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] },
      createdAt: clock.now().toISOString(),
    };
    await app.app.store.decisions.createVersion(other);
    await reportDecision(OTHER_TENANT, 'rec-other', app.app.deps);
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
  });

  const ASK_TODAY = {
    askerRole: 'teacher',
    area: 'physical_abuse',
    involved: 'child',
    ageBand: '11_15',
    urgency: 'today',
    informationKinds: 'concern_observed',
    recipients: 'childrens_social_care',
    consent: 'not_yet_asked',
    question: 'A pupil has bruises on both arms and says a parent did it. Should I share with the front door?',
  };

  async function adviseAndDecideTimed(chat: Chat): Promise<{ reference: string; summary: Record<string, unknown> }> {
    const { reference } = await askAndSend(chat, { ...ASK_TODAY, urgency: 'this_week', area: 'domestic_abuse' });
    clock.advance(12 * MIN);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    clock.advance(30 * MIN);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share with the front door today and record why.', replace: 'false' }));
    const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf((c.body.attachments as { content: Record<string, unknown> }[])[0]?.content ?? {}).includes('advice from your safeguarding lead'));
    const form = await chat.click((advice.body.attachments as { content: Record<string, unknown> }[])[0]!.content, 'decision.start');
    const summary = await chat.click(form, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23' });
    return { reference, summary };
  }

  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await entra.stop();
  });

  describe('access', () => {
    const ENDPOINTS = ['/api/tab/me', '/api/tab/options', '/api/tab/decisions', '/api/tab/decisions/rec-x', '/api/tab/decisions/rec-x/pack', '/api/tab/metrics', '/api/tab/export.csv'];

    it.each(ENDPOINTS)('%s answers 401 without a token, and says to sign in', async (path) => {
      const res = await get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(errorOf(res.body).code).toBe('unauthenticated');
      expect(errorOf(res.body).message).toMatch(/sign in/i);
    });

    const broken: [string, () => Promise<string>][] = [
      ['garbage', () => Promise.resolve('not.a.token')],
      ['expired', () => entra.manager(TEST_TENANT_ID, { expiresInSeconds: -600 })],
      ['for another app (audience)', () => entra.manager(TEST_TENANT_ID, { audience: 'api://someone-else' })],
      ["from another tenant's issuer", () => entra.manager(TEST_TENANT_ID, { issuer: entra.issuerFor(OTHER_TENANT) })],
      ['from an unknown issuer', () => entra.manager(TEST_TENANT_ID, { issuer: 'https://evil.example/v2.0' })],
      ['signed with a key not in the key set', () => entra.manager(TEST_TENANT_ID, { signWithUnpublishedKey: true })],
      ['with an unknown key id', () => entra.manager(TEST_TENANT_ID, { kid: 'nope' })],
      ['without a tenant', () => entra.manager(TEST_TENANT_ID, { omit: ['tid'] })],
      ['without a user', () => entra.manager(TEST_TENANT_ID, { omit: ['oid'] })],
      ['without an expiry', () => entra.manager(TEST_TENANT_ID, { omit: ['exp'] })],
      ['unsigned (alg none)', () => unsigned({ tid: TEST_TENANT_ID, oid: 'x', roles: [MANAGER_ROLE], aud: TEST_APP_ID, iss: entra.issuerFor(TEST_TENANT_ID), exp: Math.floor(Date.now() / 1000) + 600 })],
    ];
    it.each(broken)('refuses a token %s with 401', async (_name, token) => {
      const res = await get('/api/tab/decisions', await token());
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toContain(shared);
    });

    it('refuses staff and leads (no manager role or group) with 403 and says who can grant it', async () => {
      for (const token of [await entra.mint({ tenantId: TEST_TENANT_ID }), await entra.mint({ tenantId: TEST_TENANT_ID, roles: ['Safeguarding.Lead'], groups: ['11111111-2222-4333-8444-555555555555'] })]) {
        const res = await get('/api/tab/decisions', token);
        expect(res.status).toBe(403);
        expect(errorOf(res.body).code).toBe('forbidden');
        expect(errorOf(res.body).reason).toBe('role');
        expect(errorOf(res.body).message).toContain(MANAGER_ROLE);
        // The role is an Entra app role: an Entra ID administrator (or the app's owner) assigns it, not a Teams administrator.
        expect(errorOf(res.body).message).toMatch(/administrator of your organisation's Microsoft Entra ID/);
        expect(errorOf(res.body).message).toMatch(/managers' group/);
        expect(errorOf(res.body).message).not.toMatch(/Teams administrator/i);
      }
    });

    it('refuses a manager of an organisation that is not on the allow-list with 403', async () => {
      const res = await get('/api/tab/decisions', await entra.manager(NOT_ALLOWED_TENANT));
      expect(res.status).toBe(403);
      // Not a missing role: the page says so, rather than "you need the manager role".
      expect(errorOf(res.body)).toMatchObject({ code: 'forbidden', reason: 'tenant' });
    });

    it('accepts a manager by app role or by group, and the v1 issuer as well as v2', async () => {
      expect((await get('/api/tab/me', manager)).body).toMatchObject({ tenantId: TEST_TENANT_ID, role: 'manager', user: { displayName: 'Morgan Manager' } });
      expect((await get('/api/tab/me', await entra.mint({ tenantId: TEST_TENANT_ID, groups: [MANAGER_GROUP] }))).status).toBe(200);
      expect((await get('/api/tab/me', await entra.manager(TEST_TENANT_ID, { issuer: `https://sts.windows.net/${TEST_TENANT_ID}/` }))).status).toBe(200);
      expect((await get('/api/tab/me', await entra.manager(TEST_TENANT_ID, { audience: `api://tab.test/${TEST_APP_ID}` }))).status).toBe(200);
    });

    it("shows a manager only their own organisation's records: list, detail, export and figures", async () => {
      const mine = (await get('/api/tab/decisions?pageSize=100', manager)).body as DecisionPage;
      expect(mine.items.map((i) => i.reference).sort()).toEqual([shared, notShared].sort());
      const theirs = (await get('/api/tab/decisions?pageSize=100', await entra.manager(OTHER_TENANT))).body as DecisionPage;
      expect(theirs.items.map((i) => i.reference)).toEqual(['DEC-OTHR']);
      expect((await get('/api/tab/decisions/rec-other', manager)).status).toBe(404);
      expect((await get('/api/tab/export.csv', manager)).text).not.toContain('DEC-OTHR');
      const figures = (await get('/api/tab/metrics', await entra.manager(OTHER_TENANT))).body as Metrics;
      expect(figures.totals.requests).toBe(0);
      expect(figures.totals.decisions.share).toBe(1);
    });

    it('takes the organisation from the token only: a tenant named in the query is refused', async () => {
      const res = await get(`/api/tab/decisions?tenantId=${OTHER_TENANT}`, manager);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain('DEC-OTHR');
    });
  });

  describe('for a manager', () => {
    it('lists decisions newest first with the context of the request, paged with continuation tokens', async () => {
      const first = (await get('/api/tab/decisions?pageSize=1', manager)).body as DecisionPage;
      expect(first.items.map((i) => i.reference)).toEqual([notShared]);
      expect(first.continuation).toEqual(expect.any(String));
      const second = (await get(`/api/tab/decisions?pageSize=1&continuation=${encodeURIComponent(first.continuation!)}`, manager)).body as DecisionPage;
      expect(second.items.map((i) => i.reference)).toEqual([shared]);
      expect(second.items[0]).toMatchObject({ decision: 'share', consent: 'refused', sharedWithoutConsent: true, area: 'domestic_abuse', urgency: 'this_week', lead: { displayName: LEAD.name }, recommendation: 'share', status: 'recorded' });
    });

    it('refuses a continuation token from another filter, or edited, with 400 and a way forward', async () => {
      const first = (await get('/api/tab/decisions?pageSize=1', manager)).body as DecisionPage;
      for (const path of [`/api/tab/decisions?pageSize=1&decision=share&continuation=${first.continuation!}`, '/api/tab/decisions?continuation=eyJxIjoiYSIsInQiOiJiIn0']) {
        const res = await get(path, manager);
        expect(res.status).toBe(400);
        expect(errorOf(res.body).code).toBe('bad_request');
        expect(errorOf(res.body).message).toMatch(/from the start/);
      }
    });

    it.each([
      ['decision=not_share', () => [notShared]],
      ['consent=refused', () => [shared]],
      ['area=neglect&urgency=today', () => [notShared]],
      [`lead=${LEAD.aadObjectId}`, () => [notShared, shared]],
      ['lead=someone-else', () => []],
      ['status=amended', () => []],
      ['from=2026-11-23&to=2026-11-23', () => [notShared, shared]],
      ['to=2026-11-22', () => []],
      ['lawfulBasis=public_task&decision=share', () => [shared]],
    ])('filters by %s', async (query, expected) => {
      const page = (await get(`/api/tab/decisions?${query}`, manager)).body as DecisionPage;
      expect(page.items.map((i) => i.reference)).toEqual(expected());
    });

    it('finds a record by its reference, typed in any case or only its beginning', async () => {
      const page = (await get(`/api/tab/decisions?reference=${shared.toLowerCase()}`, manager)).body as DecisionPage;
      expect(page.items.map((i) => i.reference)).toEqual([shared]);
      const prefix = (await get('/api/tab/decisions?reference=ISA-', manager)).body as DecisionPage;
      expect(prefix.items).toHaveLength(2);
    });

    it.each([
      ['an unknown filter', 'colour=blue'],
      ['an unknown decision', 'decision=maybe'],
      ['a date that does not exist', 'from=2026-02-30'],
      ['"to" before "from"', 'from=2026-11-23&to=2026-11-01'],
      ['a page size out of range', 'pageSize=1000'],
      ['a filter given twice', 'decision=share&decision=not_share'],
      ['a reference with SQL in it', "reference=ISA-' OR 1=1"],
    ])('answers 400 with an explanation for %s', async (_name, query) => {
      const res = await get(`/api/tab/decisions?${query}`, manager);
      expect(res.status).toBe(400);
      expect(errorOf(res.body).code).toBe('bad_request');
      expect(errorOf(res.body).message.length).toBeGreaterThan(10);
    });

    it('opens a record in full: versions with the amendment, the advice, the question and both audit trails', async () => {
      const recordId = `rec-${shared}`;
      const amend = await sharedChat.click(sharedSummary, 'decision.amend');
      await sharedChat.click(amend, 'decision.submit', { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23', recipients: 'childrens_social_care,police', amendReason: 'Added the police, who were also told.' });
      await app.app.tasks.drain();
      const detail = (await get(`/api/tab/decisions/${recordId}`, manager)).body as DecisionDetail;
      expect(detail.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(detail.versions[1]?.amendment).toMatchObject({ reason: 'Added the police, who were also told.', by: { displayName: sharedChat.person.name } });
      expect(detail.view).toMatchObject({ status: 'amended', version: 2, recipients: ['childrens_social_care', 'police'] });
      expect(detail.versions[0]?.advice).toMatchObject({ recommendation: 'share', by: { displayName: LEAD.name } });
      expect(detail.request).toMatchObject({ reference: shared, status: 'answered', fields: { area: 'domestic_abuse' } });
      expect(detail.request?.question).toContain('bruises');
      expect(detail.audit.map((e) => e.action)).toEqual(['decided', 'amended']);
      const amended = (await get('/api/tab/decisions?status=amended', manager)).body as DecisionPage;
      expect(amended.items.map((i) => i.reference)).toEqual([shared]);
      expect(detail.request?.trail.map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'claimed', 'answered']));
    });

    it('writes both audit trails in words: labels and people by name, never a code or an object id', async () => {
      const detail = (await get(`/api/tab/decisions/rec-${shared}`, manager)).body as DecisionDetail;
      const trail = detail.request?.trail ?? [];
      const created = trail.find((e) => e.action === 'created');
      expect(created).toMatchObject({ who: sharedChat.person.name, actionLabel: 'Created' });
      expect(created?.details).toEqual(
        expect.arrayContaining([
          { label: 'Area of concern', value: 'Domestic abuse in the household' },
          { label: 'Consent', value: 'Not yet asked' },
          { label: 'Urgency', value: 'This week' },
        ]),
      );
      expect(trail.find((e) => e.action === 'claimed')).toMatchObject({ who: LEAD.name, details: [{ label: 'Safeguarding lead', value: LEAD.name }] });
      expect(trail.find((e) => e.action === 'answered')?.details).toEqual(expect.arrayContaining([{ label: 'Recommendation', value: 'Share the information' }, { label: 'Safeguarding lead', value: LEAD.name }]));
      expect(detail.audit.map((e) => [e.who, e.actionLabel])).toEqual([
        [sharedChat.person.name, 'Decided'],
        [sharedChat.person.name, 'Amended'],
      ]);
      expect(detail.audit[0]?.details).toEqual(expect.arrayContaining([{ label: 'Decision', value: 'Share' }, { label: 'Lawful basis', value: 'Public task' }]));
      const shown = JSON.stringify([...detail.audit, ...trail].map((e) => [e.who, e.actionLabel, e.details]));
      expect(shown).not.toContain(LEAD.aadObjectId);
      expect(shown).not.toMatch(OBJECT_ID);
      expect(shown).not.toMatch(SNAKE_CODE);
    });

    it('says field by field what each amendment changed', async () => {
      const detail = (await get(`/api/tab/decisions/rec-${shared}`, manager)).body as DecisionDetail;
      expect(detail.changes).toEqual([
        { version: 2, changes: [{ field: 'recipients', label: 'Shared with', before: "Children's social care (front door / MASH)", after: "Children's social care (front door / MASH); Police" }] },
      ]);
    });

    it("makes a record's audit pack: the request, the guidance shown, the advice, every version with its changes and the trail, in words", async () => {
      const res = await get(`/api/tab/decisions/rec-${shared}/pack`, manager);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const pack = res.body as AuditPack;
      const stored = await app.app.store.requests.get(TEST_TENANT_ID, shared);
      expect(pack.reference).toBe(shared);
      expect(pack.request).toMatchObject({ question: stored?.question, askedBy: sharedChat.person.name, lead: LEAD.name, status: 'Answered' });
      expect(pack.request?.fields).toContainEqual({ label: 'Area of concern', value: 'Domestic abuse in the household' });
      expect(pack.request?.guidance).toMatchObject({ packId: stored?.guidance?.pack.id, packVersion: stored?.guidance?.pack.version, packTitle: stored?.guidance?.packTitle });
      expect(pack.request?.guidance?.steps.map((s) => s.shown)).toEqual(stored?.guidance?.steps.map((s) => s.text));
      expect(pack.advice).toEqual({ recommendation: 'Share the information', text: 'Share with the front door today and record why.', by: LEAD.name, at: stored?.answer?.at });
      expect(pack.versions.map((v) => [v.version, v.kind])).toEqual([
        [1, 'Original record'],
        [2, 'Amendment'],
      ]);
      expect(pack.versions[1]?.amendment?.reason).toBe('Added the police, who were also told.');
      expect(pack.versions[1]?.changes).toEqual([{ label: 'Shared with', before: "Children's social care (front door / MASH)", after: "Children's social care (front door / MASH); Police" }]);
      expect(pack.trail.map((e) => e.action)).toEqual(expect.arrayContaining(['Created', 'Claimed', 'Answered', 'Decided', 'Amended']));
      const text = JSON.stringify(pack);
      expect(text).not.toMatch(OBJECT_ID);
      expect(text).not.toContain(`rec-${shared}`);
      for (const other of [notShared, quick, 'DEC-OTHR']) expect(text).not.toContain(other);
    });

    it("refuses the audit pack to staff and leads (403) and answers 404, with nothing of the record, for another organisation's record or an unknown one", async () => {
      for (const token of [await entra.mint({ tenantId: TEST_TENANT_ID }), await entra.mint({ tenantId: TEST_TENANT_ID, roles: ['Safeguarding.Lead'] })]) {
        const res = await get(`/api/tab/decisions/rec-${shared}/pack`, token);
        expect(res.status).toBe(403);
        expect(errorOf(res.body).reason).toBe('role');
        expect(JSON.stringify(res.body)).not.toContain(shared);
      }
      const theirs = await get(`/api/tab/decisions/rec-${shared}/pack`, await entra.manager(OTHER_TENANT));
      expect(theirs.status).toBe(404);
      expect(JSON.stringify(theirs.body)).not.toContain(shared);
      const other = await get('/api/tab/decisions/rec-other/pack', manager);
      expect(other.status).toBe(404);
      expect(JSON.stringify(other.body)).not.toMatch(/DEC-OTHR|Other organisation/);
      expect(errorOf(other.body).code).toBe('not_found');
      for (const id of ['rec-ISA-ZZZZ', 'rec%27%20OR%201%3D1']) expect((await get(`/api/tab/decisions/${id}/pack`, manager)).status).toBe(404);
      // The other organisation's own manager gets its record's pack.
      expect(((await get('/api/tab/decisions/rec-other/pack', await entra.manager(OTHER_TENANT))).body as AuditPack).reference).toBe('DEC-OTHR');
    });

    it('exports every rule-7 field of the latest version in words, with the advice and every amendment', async () => {
      const { header, rows } = parseCsv((await get('/api/tab/export.csv', manager)).text);
      expect(header).toEqual(
        expect.arrayContaining([
          'What was shared',
          'What was asked for, where it differed',
          'Shared with',
          'How it was shared',
          'When it was shared (date)',
          'Person told',
          'Why they were not told',
          'Public interest justification',
          'Time limits',
          'Restrictions on further use',
          'Amendments (version, when, by whom, why)',
          'Advice given',
        ]),
      );
      const row = rows.find((r) => r.Reference === shared);
      expect(row).toMatchObject({
        Decision: 'Share',
        Reasons: SHARE_WITHOUT_CONSENT.reasons,
        'What was shared': SHARE_WITHOUT_CONSENT.whatShared,
        'Shared with': "Children's social care (front door / MASH); Police",
        Purpose: SHARE_WITHOUT_CONSENT.purpose,
        'Lawful basis': 'Public task',
        Consent: 'Consent has been refused',
        'Shared without consent': 'Yes',
        'Public interest justification': SHARE_WITHOUT_CONSENT.publicInterestJustification,
        'Person told': 'No: telling them would place a child at increased risk',
        'Why they were not told': SHARE_WITHOUT_CONSENT.notToldReason,
        'How it was shared': 'Phone call',
        'When it was shared (date)': '2026-11-23',
        'Advice given': 'Share with the front door today and record why.',
        'Safeguarding lead': LEAD.name,
        Version: '2',
      });
      expect(row?.['Amendments (version, when, by whom, why)']).toMatch(new RegExp(`^Version 2 \\(23 Nov 2026, \\d\\d:\\d\\d, ${sharedChat.person.name}\\): Added the police, who were also told\\.$`));
      const notSharedRow = rows.find((r) => r.Reference === notShared);
      expect(notSharedRow).toMatchObject({ Decision: 'Do not share', 'How it was shared': '', 'Person told': 'Not yet', Consent: 'Not yet asked', 'Amendments (version, when, by whom, why)': '' });
      for (const r of rows) expect(Object.values(r).join(' | ')).not.toMatch(SNAKE_CODE);
    });

    it('reports the weekly figures: requests, time to claim and to answer, decisions by kind, sharing without consent, escalations', async () => {
      const before = (await get('/api/tab/metrics?from=2026-11-23&to=2026-11-23', manager)).body as Metrics;
      expect(before.weeks.map((w) => w.week)).toEqual(['2026-11-23']);
      expect(before.totals).toMatchObject({
        requests: 3,
        claimed: 2,
        answered: 2,
        claimMinutes: { n: 2, p50: 0, p90: 12 },
        answerMinutes: { n: 2, p50: 0, p90: 42 },
        decisions: { share: 1, share_part: 0, not_share: 1 },
        sharedWithoutConsent: 1,
        escalations: 0,
      });
      // The request asked "today" is not claimed: after its deadline it escalates, and the figures follow.
      clock.advance(6 * 60 * MIN);
      await app.app.scheduler.runOnce();
      await app.app.scheduler.runOnce();
      const after = (await get('/api/tab/metrics?from=2026-11-23&to=2026-11-23', manager)).body as Metrics;
      expect(after.totals.escalations).toBeGreaterThanOrEqual(1);
      expect(quick).toMatch(/^ISA-/);
    });

    it('fills weeks with no activity with zeros and defaults to the last 12 weeks', async () => {
      const figures = (await get('/api/tab/metrics', manager)).body as Metrics;
      expect(figures.weeks).toHaveLength(12);
      expect(figures.weeks.at(-1)?.week).toBe('2026-11-23');
      expect(figures.weeks[0]).toMatchObject({ requests: 0, decisions: { share: 0, share_part: 0, not_share: 0 } });
    });

    it('offers the filter choices with labels, including the leads who have claimed requests', async () => {
      const options = (await get('/api/tab/options', manager)).body as TabOptions;
      expect(options.leads).toEqual([{ value: LEAD.aadObjectId, label: LEAD.name }]);
      expect(options.decisions.map((o) => o.label)).toEqual(['Share', 'Share in part', 'Do not share']);
    });

    it('exports the filtered set as CSV: a header and one row per record, streamed as a download', async () => {
      const all = await get('/api/tab/export.csv', manager);
      expect(all.status).toBe(200);
      expect(all.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(all.headers.get('content-disposition')).toMatch(/attachment; filename="decisions-2026-11-2\d\.csv"/);
      const lines = all.text.replace(/^\uFEFF/, '').trim().split('\n');
      expect(lines[0]).toMatch(/^Reference,Decided on \(UK date\),/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(notShared);
      expect(lines[2]).toContain(shared);
      // The "shared without consent" column: Yes for the share without consent, No for the other.
      expect(lines[2]).toMatch(/,Yes,/);
      expect(lines[1]).toMatch(/,No,/);
      const filtered = await get('/api/tab/export.csv?decision=not_share', manager);
      expect(filtered.text.trim().split('\n')).toHaveLength(2);
      expect(filtered.text).not.toContain(shared);
    });

    it('counts requests with advice and no decision recorded, now and by the week asked, and the count goes down when the decision is recorded', async () => {
      const week = '2026-11-23';
      const figures = async (token = manager) => (await get(`/api/tab/metrics?from=${week}&to=${week}`, token)).body as Metrics;
      // Both answered requests so far have decisions; the unclaimed one has no advice yet.
      expect((await figures()).awaitingDecisionNow).toBe(0);

      const chat = new Chat(app, connector, asker());
      const { reference } = await askAndSend(chat, { ...ASK_TODAY });
      await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
      await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'do_not_share', leadText: 'Do not share yet; ask the parent first.', replace: 'false' }));
      const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf((c.body.attachments as { content: Record<string, unknown> }[])[0]?.content ?? {}).includes('advice from your safeguarding lead'));
      // The answer reaches the figures on the scheduler's next catch-up pass.
      await app.app.scheduler.runOnce();
      const waiting = await figures();
      expect(waiting.awaitingDecisionNow).toBe(1);
      expect(waiting.weeks.map((w) => [w.week, w.awaitingDecision])).toEqual([[week, 1]]);
      expect(waiting.totals.awaitingDecision).toBe(1);
      // Another organisation's figures are its own.
      expect((await figures(await entra.manager(OTHER_TENANT))).awaitingDecisionNow).toBe(0);

      // The asker records the decision the week after: the week it was asked goes down at once, without waiting for the scheduler.
      clock.advance(7 * 24 * 60 * MIN);
      const form = await chat.click((advice.body.attachments as { content: Record<string, unknown> }[])[0]!.content, 'decision.start');
      const summary = await chat.click(form, 'decision.submit', NOT_SHARE);
      expect(textOf(summary)).toContain(`Decision record ${reference}`);
      await app.app.tasks.drain();
      const decided = await figures();
      expect(decided.awaitingDecisionNow).toBe(0);
      expect(decided.weeks[0]?.awaitingDecision).toBe(0);
      // And a full catch-up pass (recomputing everything that changed) agrees.
      await app.app.scheduler.runOnce();
      expect((await figures()).awaitingDecisionNow).toBe(0);
    });
  });
});

function unsigned(payload: Record<string, unknown>): Promise<string> {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return Promise.resolve(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`);
}

function errorOf(body: unknown): TabError {
  return body as TabError;
}

describe('the local development sign-in', () => {
  async function signIn(url: string, body: unknown): Promise<Response> {
    return fetch(`${url}/api/tab/dev-signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('does not exist unless enabled: 404, and its config says so', async () => {
    const app = await startTestApp();
    try {
      expect(await (await fetch(`${app.url}/api/tab/config`)).json()).toEqual({ devSignIn: false });
      expect((await signIn(app.url, { role: 'manager', displayName: 'Dev' })).status).toBe(404);
    } finally {
      await app.stop();
    }
  });

  it('when enabled, signs a manager in to the first allowed organisation; other roles get 403', async () => {
    const app = await startTestApp({ TAB_DEV_SIGNIN: 'true' });
    try {
      expect(await (await fetch(`${app.url}/api/tab/config`)).json()).toEqual({ devSignIn: true });
      const { token } = (await (await signIn(app.url, { role: 'manager', displayName: 'Dana Manager' })).json()) as { token: string };
      const me = await fetch(`${app.url}/api/tab/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toMatchObject({ tenantId: TEST_TENANT_ID, user: { displayName: 'Dana Manager' } });
      for (const role of ['lead', 'staff']) {
        const other = (await (await signIn(app.url, { role, displayName: 'Lee' })).json()) as { token: string };
        expect((await fetch(`${app.url}/api/tab/decisions`, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(403);
      }
      expect((await signIn(app.url, { role: 'admin', displayName: 'X' })).status).toBe(400);
    } finally {
      await app.stop();
    }
  });
});
