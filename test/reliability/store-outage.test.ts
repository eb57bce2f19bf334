import { describe, it, type ExpectStatic } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { TestClock, TEST_TENANT_ID, startTestApp, type TestApp } from '../kit/app.js';
import { actionsOf, askAndSend, cardOf, inputsOf, textOf, type Card, type Chat } from '../kit/chat.js';
import { ASK, LEAD, SHARE_WITHOUT_CONSENT, setUpQueue } from '../kit/flows.js';
import { MINUTE, auditActions, channelPostsOf, isStoreOutageCard, leadClick, leadInvoke, settle, staffChat, storeBack, withStoreDownAfter } from './helpers.js';

/**
 * The store goes down in the middle of an action, at every point: `goDownAfter(n)` lets the
 * action's first n store requests through and drops the rest, for n = 0, 1, 2, … until the
 * action completes without noticing. At each cut the user must get the "not saved, your entries
 * are kept, try again" card within Teams' 5 s, nothing may be half-written once the store is
 * back and the scheduler has run, and "Try again" (or the same card again) must then succeed
 * exactly once.
 */

/** Teams gives an invoke 5 s; the store calls time out after 3 s. */
const TEAMS_INVOKE_BUDGET_MS = 5000;
/** No action here makes anywhere near this many store requests; a bound so a regression cannot loop. */
const MAX_CUT = 25;
const TEST_TIMEOUT_MS = 300_000;
const DECISION = { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23' };

interface Env {
  app: TestApp;
  connector: FakeConnector;
  clock: TestClock;
}

async function withEnv(run: (env: Env) => Promise<void>): Promise<void> {
  const connector = await new FakeConnector().start();
  const clock = new TestClock(Date.parse('2026-11-23T09:00:00.000Z'));
  // No periodic snapshot: its reads would use up the allowance at random moments.
  const app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
  try {
    await setUpQueue(app, connector);
    await run({ app, connector, clock });
  } finally {
    await app.stop();
    await connector.stop();
  }
}

/** What the outbox still owes is delivered: leases left by the outage expire, then one scheduler pass. */
async function deliverOwed(env: Env): Promise<void> {
  await settle(env.app);
  env.clock.advance(3 * MINUTE);
  await env.app.app.scheduler.runOnce();
  await settle(env.app);
}

/** The staff path up to the review card (everything but Send). */
async function toReview(chat: Chat): Promise<Card> {
  const [welcome] = await chat.say('hi');
  let card = await chat.click(welcome!, 'advice.start');
  card = await chat.click(card, 'advice.submitForm', ASK);
  if (actionsOf(card).some((a) => a.verb === 'advice.applyReplacements')) card = await chat.click(card, 'advice.applyReplacements');
  for (let i = 0; i < 10 && actionsOf(card).some((a) => a.verb === 'advice.answer'); i++) {
    const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined)?.[0]?.value;
    card = await chat.click(card, 'advice.answer', { answer: first ?? '' });
  }
  if (!actionsOf(card).some((a) => a.verb === 'advice.send')) throw new Error(`no Send on the review card: ${textOf(card).slice(0, 200)}`);
  return card;
}

/** Ask, claim, answer: the asker's decision form opened from the advice card. */
async function decisionForm(env: Env, chat: Chat): Promise<{ reference: string; form: Card }> {
  const { reference } = await askAndSend(chat, ASK);
  await leadInvoke(env.app, env.connector, LEAD, 'lead.claim', { requestId: reference });
  await leadInvoke(env.app, env.connector, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share with the front door today and record why.', replace: 'false' });
  const advice = await env.connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'), 15_000);
  return { reference, form: await chat.click(cardOf(advice), 'decision.start') };
}

/**
 * Cuts the store at n = 0, 1, 2, … into `act`, until `act` completes without an outage.
 * `afterCut` runs after each cut with the store back (retry, replay, checks). Returns the number
 * of store requests the action makes before it answers, and how many cuts came before and after
 * its write had landed.
 */
async function everyCut(
  expect: ExpectStatic,
  env: Env,
  scenario: {
    prepare: (n: number) => Promise<void>;
    act: () => Promise<Card>;
    afterCut: (card: Card, n: number) => Promise<{ written: boolean }>;
  },
): Promise<{ requests: number; cutsAfterTheWrite: number; cutsBeforeTheWrite: number }> {
  let cutsAfterTheWrite = 0;
  let cutsBeforeTheWrite = 0;
  for (let n = 0; n <= MAX_CUT; n++) {
    await scenario.prepare(n);
    const { result: card, ms } = await withStoreDownAfter(env.app, n, scenario.act);
    const outage = isStoreOutageCard(card);
    if (outage) expect(ms, `the outage card after ${n} store requests came within Teams' 5 s`).toBeLessThan(TEAMS_INVOKE_BUDGET_MS);
    await storeBack(env.app);
    const { written } = await scenario.afterCut(card, n);
    if (!outage) {
      expect(env.app.logs.events()).not.toContain('turn.failed');
      return { requests: n, cutsAfterTheWrite, cutsBeforeTheWrite };
    }
    if (written) cutsAfterTheWrite++;
    else cutsBeforeTheWrite++;
  }
  throw new Error(`the action still met the outage after ${MAX_CUT} store requests`);
}

describe.concurrent('the store goes down in the middle of an action', () => {
  it('sending an advice request: at every cut the asker is told nothing was sent, and Try again sends it exactly once', async ({ expect }) => {
    await withEnv(async (env) => {
      let chat: Chat;
      let review: Card;
      let reference = '';
      const requestsOf = () => env.app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10);

      const result = await everyCut(expect, env, {
        async prepare(n) {
          chat = staffChat(env.app, env.connector, 'send', n);
          review = await toReview(chat);
          reference = (await env.app.app.store.drafts.load(TEST_TENANT_ID, chat.person.aadObjectId))!.value.reference;
        },
        act: () => chat.click(review, 'advice.send'),
        async afterCut(card) {
          const outage = isStoreOutageCard(card);
          const afterOutage = await requestsOf();
          expect(afterOutage.length, 'never two requests').toBeLessThanOrEqual(1);
          if (outage) {
            const retried = await chat.click(card, 'Try again');
            expect(isStoreOutageCard(retried)).toBe(false);
            expect(textOf(retried)).toContain(reference);
            expect(textOf(retried)).toMatch(/Sent\. A safeguarding lead will pick it up|already been sent/);
          } else {
            expect(textOf(card)).toMatch(/Sent\. A safeguarding lead will pick it up/);
          }
          // The same card again (Teams resends an unanswered invoke) adds nothing.
          expect(textOf(await chat.click(review, 'advice.send'))).toMatch(/already been sent/);
          await deliverOwed(env);

          const requests = await requestsOf();
          expect(requests.map((r) => r.reference)).toEqual([reference]);
          const draft = await env.app.app.store.drafts.load(TEST_TENANT_ID, chat.person.aadObjectId);
          expect(draft?.value).toMatchObject({ stage: 'sent', requestId: reference });
          expect(channelPostsOf(env.connector, reference), 'posted to the leads once').toHaveLength(1);
          expect(await auditActions(env.app, TEST_TENANT_ID, reference)).toEqual(['created']);
          expect((await env.app.app.store.requests.get(TEST_TENANT_ID, reference))?.outbox).toEqual([]);
          return { written: afterOutage.length === 1 };
        },
      });
      expect(result.cutsBeforeTheWrite).toBeGreaterThan(0);
      expect(result.cutsAfterTheWrite).toBeGreaterThan(0);
    });
  }, TEST_TIMEOUT_MS);

  it("a lead's claim: at every cut the lead is told nothing was saved, and Try again makes them the holder exactly once", async ({ expect }) => {
    await withEnv(async (env) => {
      let reference = '';
      const requestOf = () => env.app.app.store.requests.get(TEST_TENANT_ID, reference);

      const result = await everyCut(expect, env, {
        async prepare(n) {
          const chat = staffChat(env.app, env.connector, 'claim', n);
          ({ reference } = await askAndSend(chat, ASK));
          await env.connector.waitFor((c) => channelPostsOf(env.connector, reference).includes(c), 15_000);
        },
        act: () => leadInvoke(env.app, env.connector, LEAD, 'lead.claim', { requestId: reference }),
        async afterCut(card) {
          const outage = isStoreOutageCard(card);
          const afterOutage = await requestOf();
          const written = afterOutage?.status === 'claimed';
          expect(afterOutage?.lead === undefined || afterOutage.lead.id === LEAD.aadObjectId).toBe(true);
          const shown = outage ? await leadClick(env.app, env.connector, LEAD, card, 'Try again') : card;
          expect(isStoreOutageCard(shown)).toBe(false);
          expect(textOf(shown)).toContain(reference);
          expect(textOf(shown)).toContain(LEAD.name);
          // A second click on Claim changes nothing.
          await leadInvoke(env.app, env.connector, LEAD, 'lead.claim', { requestId: reference });
          await deliverOwed(env);

          const after = await requestOf();
          expect(after).toMatchObject({ status: 'claimed', lead: { id: LEAD.aadObjectId } });
          expect(after?.outbox).toEqual([]);
          const trail = await auditActions(env.app, TEST_TENANT_ID, reference);
          expect(trail, 'one claim in the audit trail').toEqual(['created', 'claimed']);
          return { written };
        },
      });
      expect(result.cutsBeforeTheWrite).toBeGreaterThan(0);
      // After its write the claim reads the store only for the holder's list of colleagues, which is
      // best effort: a cut there shows the claimed card (without Assign), never an outage.
      expect(result.cutsAfterTheWrite).toBe(0);
    });
  }, TEST_TIMEOUT_MS);

  it('recording a decision: at every cut the asker is told nothing was recorded, and Try again records exactly one version with its audit event', async ({ expect }) => {
    await withEnv(async (env) => {
      let chat: Chat;
      let form: Card;
      let reference = '';
      const versionsOf = () => env.app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`);

      const result = await everyCut(expect, env, {
        async prepare(n) {
          chat = staffChat(env.app, env.connector, 'decide', n);
          ({ reference, form } = await decisionForm(env, chat));
        },
        act: () => chat.click(form, 'decision.submit', DECISION),
        async afterCut(card) {
          const outage = isStoreOutageCard(card);
          const afterOutage = await versionsOf();
          expect(afterOutage.length).toBeLessThanOrEqual(1);
          const shown = outage ? await chat.click(card, 'Try again') : card;
          expect(isStoreOutageCard(shown)).toBe(false);
          expect(textOf(shown)).toContain(reference);
          expect(textOf(shown)).toMatch(/Version 1 of 1/);
          expect(textOf(await chat.click(form, 'decision.submit', DECISION))).toMatch(/already been recorded/);
          await deliverOwed(env);

          const versions = await versionsOf();
          expect(versions.map((v) => v.version)).toEqual([1]);
          expect(versions[0]?.content.reasons).toBe(DECISION.reasons);
          expect(await auditActions(env.app, TEST_TENANT_ID, `rec-${reference}`), 'the version has its audit event, once').toEqual(['decided']);
          return { written: afterOutage.length === 1 };
        },
      });
      expect(result.cutsBeforeTheWrite).toBeGreaterThan(0);
      // Nothing waits on the store after the version is written: its audit event and read model follow
      // the answer (the scheduler's catch-up writes them if that fails, which every cut above checks).
      expect(result.cutsAfterTheWrite).toBe(0);
    });
  }, TEST_TIMEOUT_MS);

  it('amending a decision: at every cut nothing is recorded twice, and Try again adds exactly one version with its audit event', async ({ expect }) => {
    await withEnv(async (env) => {
      const chat = staffChat(env.app, env.connector, 'amend', 1);
      const { reference, form } = await decisionForm(env, chat);
      const recordId = `rec-${reference}`;
      let summary = await chat.click(form, 'decision.submit', DECISION);
      let amendForm: Card;
      let amendment: Record<string, string> = {};
      let before = 1;
      const versionsOf = () => env.app.app.store.decisions.versions(TEST_TENANT_ID, recordId);

      const result = await everyCut(expect, env, {
        async prepare(n) {
          before = (await versionsOf()).length;
          amendForm = await chat.click(summary, 'decision.amend');
          amendment = { amendReason: `Correction number ${n} of the recipients.` };
        },
        act: () => chat.click(amendForm, 'decision.submit', amendment),
        async afterCut(card) {
          const outage = isStoreOutageCard(card);
          const afterOutage = await versionsOf();
          expect(afterOutage.length - before).toBeGreaterThanOrEqual(0);
          expect(afterOutage.length - before).toBeLessThanOrEqual(1);
          const shown = outage ? await chat.click(card, 'Try again') : card;
          expect(isStoreOutageCard(shown)).toBe(false);
          expect(textOf(shown)).toMatch(/Amended: version \d+ recorded|already been recorded/);
          expect(textOf(await chat.click(amendForm, 'decision.submit', amendment))).toMatch(/already been recorded/);
          await deliverOwed(env);

          const versions = await versionsOf();
          expect(versions.map((v) => v.version)).toEqual(Array.from({ length: before + 1 }, (_, i) => i + 1));
          expect(versions.at(-1)?.amendment?.reason).toBe(amendment.amendReason);
          const trail = await auditActions(env.app, TEST_TENANT_ID, recordId);
          expect(trail, 'each version has its audit event, once').toEqual(['decided', ...Array.from({ length: before }, () => 'amended')]);
          summary = shown;
          return { written: afterOutage.length > before };
        },
      });
      expect(result.cutsBeforeTheWrite).toBeGreaterThan(0);
      // As for the first version: nothing waits on the store after the amendment is written.
      expect(result.cutsAfterTheWrite).toBe(0);
    });
  }, TEST_TIMEOUT_MS);
});
