import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { TestClock, startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf as cardIn, inputsOf, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, TEAM_ID, channelInvoke, channelMessage, type Person } from '../kit/activities.js';
import { parseDecisionForm } from '../../src/flow/decision/form.js';
import { ASK, SHARE_WITHOUT_CONSENT } from '../kit/flows.js';

/**
 * Rule 7, through the real endpoint: the asker records the decision after advice (or without),
 * the rules by decision are enforced with entries kept, and a record is never changed in place.
 */

const LEAD: Person = { id: '29:lead-d', aadObjectId: 'dddd1111-0000-4000-8000-00000000000d', name: 'Priya Shah' };

const SHARE = { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23' };

describe('decision records', () => {
  const connector = new FakeConnector();
  const clock = new TestClock(Date.parse('2026-11-23T15:00:00.000Z'));
  let app: TestApp;
  let chat: Chat;
  let n = 0;

  beforeAll(async () => {
    await connector.start();
    connector.members = [{ id: LEAD.id, name: LEAD.name, aadObjectId: LEAD.aadObjectId }];
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
    await app.post(channelMessage(connector.url, { from: LEAD, text: 'set leads queue', teamId: TEAM_ID, channelId: LEADS_CHANNEL_ID }));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    chat = new Chat(app, connector, { ...STAFF, id: `29:dm-${n}`, aadObjectId: `dddd0000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Asker ${n}` });
  });

  async function decisionFormWithoutAdvice(): Promise<Card> {
    const [list] = await chat.say('my decisions');
    expect(textOf(list!)).toMatch(/record/i);
    return chat.click(list!, 'decision.start');
  }

  /** Asks, gets the lead's advice, and opens the decision form from the advice card. */
  async function formAfterAdvice(): Promise<{ form: Card; reference: string }> {
    const { reference } = await askAndSend(chat, ASK);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share with the front door today and record why.', replace: 'false' }));
    const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardIn(c)).includes('advice from your safeguarding lead'));
    return { form: await chat.click(cardIn(advice), 'decision.start'), reference };
  }

  it('records a decision after advice, with the advice, who advised and when attached, and shows a summary to copy', async () => {
    const { form, reference } = await formAfterAdvice();
    expect(textOf(form)).toContain('Share with the front door today and record why.');
    const summary = await chat.click(form, 'decision.submit', SHARE);
    const text = textOf(summary);
    expect(text).toContain(reference);
    expect(text).toMatch(/Version 1 of 1/);
    expect(text).toContain('Priya Shah');
    expect(text).toContain(SHARE.publicInterestJustification);
    const versions = await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.advice?.by.displayName).toBe('Priya Shah');
    expect(versions[0]?.decisionMaker.id).toBe(chat.person.aadObjectId);
    const [mine] = await chat.say('my decisions');
    expect(textOf(mine!)).toContain(reference);
  });

  it('records a decision without advice under its own DEC- reference', async () => {
    const form = await decisionFormWithoutAdvice();
    const summary = await chat.click(form, 'decision.submit', { decision: 'not_share', reasons: 'The worry was about a sibling already known to social care; nothing new to add.', lawfulBasis: 'public_task', consent: 'not_yet_asked', personTold: 'not_yet', purpose: 'None: not shared.' });
    expect(textOf(summary)).toMatch(/DEC-[2-9A-HJKMNP-Z]{4}/);
  });

  it.each([
    ['share without what was shared, with whom, the purpose, how and when', { ...SHARE, whatShared: '', recipients: '', purpose: '', sharedHow: '', sharedOn: '' }, ['whatShared', 'recipients', 'purpose', 'sharedHow', 'sharedOn']],
    ['sharing without consent with no public-interest justification', { ...SHARE, publicInterestJustification: '' }, ['publicInterestJustification']],
    ['"not share" with no reasons', { decision: 'not_share', reasons: '', lawfulBasis: 'public_task', consent: 'refused', personTold: 'not_yet' }, ['reasons']],
    ['a date in the future', { ...SHARE, sharedOn: '2026-11-24' }, ['sharedOn']],
    ['not telling the person without saying why', { ...SHARE, notToldReason: '' }, ['notToldReason']],
  ])('refuses %s, marks each problem and keeps every entry', async (_name, input, fields) => {
    const form = await decisionFormWithoutAdvice();
    const back = await chat.click(form, 'decision.submit', input);
    expect(textOf(back)).toMatch(/Nothing has been recorded/);
    const values = new Map(inputsOf(back).map((i) => [i.id, i.value]));
    expect(values.get('reasons') ?? '').toBe((input as Record<string, string>).reasons);
    expect(await app.app.store.decisions.listByMaker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(0);
    const expected = parseDecisionForm(input, clock.now());
    expect(expected.ok).toBe(false);
    const problems = expected.ok ? {} : expected.problems;
    expect(Object.keys(problems)).toEqual(expect.arrayContaining(fields));
    for (const field of fields) expect(textOf(back)).toContain(problems[field as keyof typeof problems]);
  });

  it('cannot be changed in place: a replayed or forged first submit shows the record unchanged', async () => {
    const { form, reference } = await formAfterAdvice();
    await chat.click(form, 'decision.submit', SHARE);
    const replay = await chat.click(form, 'decision.submit', { ...SHARE, decision: 'not_share', reasons: 'Changed my mind.' });
    expect(textOf(replay)).toMatch(/already been recorded/);
    const forged = await chat.invoke('decision.submit', { requestId: reference, recordId: `rec-${reference}`, baseVersion: 0, replace: 'false', ...SHARE, reasons: 'Forged.' });
    expect(textOf(forged.card)).toMatch(/already been recorded/);
    const versions = await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.content.reasons).toBe(SHARE.reasons);
  });

  it('keeps both versions when two amendments arrive at once, each with who, when and why', async () => {
    const { form, reference } = await formAfterAdvice();
    const summary = await chat.click(form, 'decision.submit', SHARE);
    // Two people's worth of amending: two amend cards opened from the same version.
    const amendA = await chat.click(summary, 'decision.amend');
    const amendB = await chat.click(summary, 'decision.amend');
    const [a, b] = await Promise.all([
      chat.click(amendA, 'decision.submit', { ...SHARE, recipients: 'police', amendReason: 'Correction of the recipient (002 §12.2).' }),
      chat.click(amendB, 'decision.submit', { ...SHARE, timeLimits: 'Until the strategy meeting.', amendReason: 'Added the time limit agreed.' }),
    ]);
    expect(textOf(a)).toMatch(/Amended/);
    expect(textOf(b)).toMatch(/Amended/);
    const versions = await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`);
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(versions[0]?.content.recipients).toEqual(['childrens_social_care']);
    expect(versions.slice(1).map((v) => v.amendment?.reason).sort()).toEqual(['Added the time limit agreed.', 'Correction of the recipient (002 §12.2).']);
    const v1 = await chat.invoke('decision.view', { recordId: `rec-${reference}`, version: 1 });
    expect(textOf(v1.card)).toMatch(/Version 1 of 3/);
  });

  it('adds one version when the same amendment is submitted twice (Teams retries an unanswered invoke)', async () => {
    const { form, reference } = await formAfterAdvice();
    const summary = await chat.click(form, 'decision.submit', SHARE);
    const amendForm = await chat.click(summary, 'decision.amend');
    const amendment = { ...SHARE, recipients: 'police', amendReason: 'Correction of the recipient.' };
    const [a, b] = await Promise.all([chat.click(amendForm, 'decision.submit', amendment), chat.click(amendForm, 'decision.submit', amendment)]);
    expect([textOf(a), textOf(b)].some((t) => /already been recorded/.test(t))).toBe(true);
    const replay = await chat.click(amendForm, 'decision.submit', amendment);
    expect(textOf(replay)).toMatch(/already been recorded/);
    expect((await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`)).map((v) => v.version)).toEqual([1, 2]);
  });

  it('checks every free-text field for identifiers before anything is recorded', async () => {
    const form = await decisionFormWithoutAdvice();
    const check = await chat.click(form, 'decision.submit', { ...SHARE, consent: 'given', publicInterestJustification: '', purpose: "To support Kacper's family through Early Help." });
    expect(textOf(check)).toContain('Kacper');
    expect(await app.app.store.decisions.listByMaker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(0);
    const replaceButton = actionsOf(check).find((a) => a.verb === 'decision.submit' && a.data?.replace === 'true');
    expect(replaceButton).toBeDefined();
    const summary = await chat.click(check, replaceButton!.title);
    expect(textOf(summary)).toMatch(/Version 1 of 1/);
    const [record] = await app.app.store.decisions.listByMaker(TEST_TENANT_ID, chat.person.aadObjectId, 10);
    expect(record?.content.purpose).not.toContain('Kacper');
    expect(record?.identifierCheck.replaced).toBeGreaterThanOrEqual(1);
  });

  it('keeps an append-only audit trail of the whole run, in order, with no free text', async () => {
    const { form, reference } = await formAfterAdvice();
    const summary = await chat.click(form, 'decision.submit', SHARE);
    const amendForm = await chat.click(summary, 'decision.amend');
    await chat.click(amendForm, 'decision.submit', { ...SHARE, recipients: 'police', amendReason: 'Correction of the recipient.' });
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
    const requestTrail = await app.app.store.audit.listFor(TEST_TENANT_ID, reference);
    expect(requestTrail.map((e) => e.action)).toEqual(['created', 'claimed', 'answered']);
    expect(requestTrail.map((e) => e.actor.displayName)).toEqual([chat.person.name, 'Priya Shah', 'Priya Shah']);
    const recordTrail = await app.app.store.audit.listFor(TEST_TENANT_ID, `rec-${reference}`);
    expect(recordTrail.map((e) => [e.action, e.details.version])).toEqual([['decided', 1], ['amended', 2]]);
    const all = JSON.stringify([...requestTrail, ...recordTrail]);
    expect(all).not.toContain('front door today');
    expect(all).not.toContain(SHARE.reasons);
    expect((await app.app.store.requests.get(TEST_TENANT_ID, reference))?.outbox).toEqual([]);
  });

  it("does not show or amend someone else's record", async () => {
    const { form, reference } = await formAfterAdvice();
    await chat.click(form, 'decision.submit', SHARE);
    const other = new Chat(app, connector, { ...STAFF, id: '29:nosy', aadObjectId: 'dddd9999-0000-4000-8000-000000000999', name: 'Nosy' });
    const view = await other.invoke('decision.view', { recordId: `rec-${reference}` });
    expect(textOf(view.card)).toMatch(/not found/);
    const amend = await other.invoke('decision.submit', { requestId: '', recordId: `rec-${reference}`, baseVersion: 1, replace: 'false', ...SHARE, amendReason: 'x' });
    expect(textOf(amend.card)).toMatch(/not found/);
    expect(await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`)).toHaveLength(1);
  });

  // Last in this file: it moves the shared clock on by weeks.
  it('purges records and requests at the end of the retention period, latest version governing, leaving an audit event', async () => {
    const settings = await app.app.store.tenants.get(TEST_TENANT_ID);
    await app.app.store.tenants.put({ ...settings, retentionDays: 30 });
    try {
      const { form, reference } = await formAfterAdvice();
      const summary = await chat.click(form, 'decision.submit', SHARE);
      const recordId = `rec-${reference}`;
      const DAY = 86_400_000;
      clock.advance(20 * DAY);
      const amendForm = await chat.click(summary, 'decision.amend');
      await chat.click(amendForm, 'decision.submit', { ...SHARE, timeLimits: 'Until the review.', amendReason: 'Added the time limit.' });

      clock.advance(11 * DAY);
      const first = await app.app.scheduler.runOnce();
      expect(await app.app.store.requests.get(TEST_TENANT_ID, reference)).toBeUndefined();
      expect(await app.app.store.decisions.versions(TEST_TENANT_ID, recordId)).toHaveLength(2);
      expect(first.purged).toBeGreaterThanOrEqual(1);

      // The managers' tab row (it holds the record's fields) is there until the record goes, and goes with it.
      expect((await app.app.store.reporting.getView(TEST_TENANT_ID, recordId))?.version).toBe(2);
      clock.advance(20 * DAY);
      await app.app.scheduler.runOnce();
      expect(await app.app.store.decisions.versions(TEST_TENANT_ID, recordId)).toHaveLength(0);
      expect(await app.app.store.reporting.getView(TEST_TENANT_ID, recordId)).toBeUndefined();
      const page = await app.app.store.reporting.listViews(TEST_TENANT_ID, {}, 50);
      expect(page.items.map((v) => v.recordId)).not.toContain(recordId);
      const trail = await app.app.store.audit.listFor(TEST_TENANT_ID, recordId);
      expect(trail.map((e) => e.action)).toEqual(['decided', 'amended', 'purged']);
      expect(trail.at(-1)?.details.versions).toBe(2);
      expect((await app.app.store.audit.listFor(TEST_TENANT_ID, reference)).at(-1)?.action).toBe('purged');
    } finally {
      await app.app.store.tenants.put({ ...(await app.app.store.tenants.get(TEST_TENANT_ID)), retentionDays: undefined });
    }
  });
});
