import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { TestClock, TEST_TENANT_ID, startTestApp, type TestApp } from '../kit/app.js';
import { REFERENCE_PATTERN, actionsOf, cardOf, inputsOf, textOf, type Card, type Chat } from '../kit/chat.js';
import { LEADS_CHANNEL_ID } from '../kit/activities.js';
import { ASK, LEAD, SHARE_WITHOUT_CONSENT, setUpQueue } from '../kit/flows.js';
import { conversationTag } from '../../src/handlers/context.js';
import { leadClick, settle, staffChat } from './helpers.js';

/**
 * The process restarts between two steps of the whole journey — ask, the lead's claim and
 * answer, the decision and its amendment — and the user carries on with the card they already
 * had. Everything a conversation needs must be in the store, so after each restart the next card
 * is exactly the card an uninterrupted run showed at that step, and the journey ends in the same
 * state. One run restarts at every boundary in turn; a reference run has none.
 */

// A name in the question, so the journey includes the suggested replacements.
const FORM = { ...ASK, question: 'Kacper disclosed domestic abuse at home and his mum refused consent to share. May I tell the front door?' };
const ADVICE = 'Share with the front door today and record why.';
const DECISION = { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23' };
const AMENDMENT = { recipients: 'childrens_social_care,police', amendReason: 'The police were told as well, on the front door’s advice.' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Shown {
  step: string;
  card: Card;
}

interface Journey {
  chat: Chat;
  reference: string;
  shown: Shown[];
}

describe('a restart between any two steps', () => {
  const connector = new FakeConnector();
  const clock = new TestClock(Date.parse('2026-11-23T09:00:00.000Z'));
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' }, { clock });
    await setUpQueue(app, connector);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  /** The journey, step by step; `between` runs before every step but the first. */
  async function journey(chat: Chat, between: (step: string) => Promise<void>): Promise<Journey> {
    const shown: Shown[] = [];
    const step = async (name: string, act: () => Promise<Card>): Promise<Card> => {
      if (shown.length > 0) await between(name);
      const card = await act();
      shown.push({ step: name, card });
      return card;
    };
    let card = await step('says "hi"', async () => (await chat.say('hi'))[0] ?? {});
    card = await step('starts a request', () => chat.click(card, 'advice.start'));
    card = await step('submits the form', () => chat.click(card, 'advice.submitForm', FORM));
    card = await step('accepts the suggested replacements', () => chat.click(card, 'advice.applyReplacements'));
    for (let i = 1; actionsOf(card).some((a) => a.verb === 'advice.answer'); i++) {
      if (i > 12) throw new Error('the guidance did not end');
      const answer = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined)?.[0]?.value ?? '';
      card = await step(`answers guidance question ${i}`, () => chat.click(card, 'advice.answer', { answer }));
    }
    const sent = await step('sends the request', () => chat.click(card, 'advice.send'));
    const reference = REFERENCE_PATTERN.exec(textOf(sent))?.[0];
    if (!reference) throw new Error(`not sent: ${textOf(sent).slice(0, 200)}`);

    // The lead works from the card posted to the leads' channel.
    const posted = (c: OutboundCall) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(reference);
    let leadCard = await step('the lead claims it', async () => leadClick(app, connector, LEAD, cardOf(await connector.waitFor(posted, 15_000)), 'lead.claim'));
    leadCard = await step('the lead answers it', () => leadClick(app, connector, LEAD, leadCard, 'Send advice', { recommendation: 'share', leadText: ADVICE }));

    // The asker works from the advice card in their chat.
    const advice = (c: OutboundCall) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead');
    card = await step('opens the decision form from the advice', async () => chat.click(cardOf(await connector.waitFor(advice, 15_000)), 'decision.start'));
    card = await step('records the decision', () => chat.click(card, 'decision.submit', DECISION));
    card = await step('opens an amendment', () => chat.click(card, 'decision.amend'));
    await step('records the amendment', () => chat.click(card, 'decision.submit', AMENDMENT));
    await settle(app);
    return { chat, reference, shown };
  }

  /** Replaces what differs between two runs by design (who asked, the reference, random ids) with placeholders. */
  function normalise(value: unknown, run: Journey): unknown {
    const person = run.chat.person;
    let text = JSON.stringify(value) ?? 'undefined';
    const replacements: [string, string][] = [
      [run.reference, '<reference>'],
      [run.chat.conversationId, '<conversation>'],
      [person.aadObjectId, '<asker>'],
      [person.id, '<asker-account>'],
      [person.name, '<asker-name>'],
      [conversationTag(run.chat.conversationId), '<conv>'],
    ];
    for (const [from, to] of replacements) text = text.split(from).join(to);
    return JSON.parse(text.replace(UUID, '<id>')) as unknown;
  }

  /** Everything the journey left behind: the request, the record, the audit trails and what Teams was sent. */
  async function endState(run: Journey): Promise<unknown> {
    const store = app.app.store;
    const sentToTeams = connector.calls
      .filter((c) => c.conversationId === run.chat.conversationId || (c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(run.reference)))
      .map((c) => ({ kind: c.kind, conversation: c.conversationId === LEADS_CHANNEL_ID ? 'leads' : 'asker', card: cardOf(c), summary: c.body.summary }));
    return normalise(
      {
        request: await store.requests.get(TEST_TENANT_ID, run.reference),
        draft: (await store.drafts.load(TEST_TENANT_ID, run.chat.person.aadObjectId))?.value,
        versions: await store.decisions.versions(TEST_TENANT_ID, `rec-${run.reference}`),
        requestTrail: await store.audit.listFor(TEST_TENANT_ID, run.reference),
        recordTrail: await store.audit.listFor(TEST_TENANT_ID, `rec-${run.reference}`),
        sentToTeams,
      },
      run,
    );
  }

  it('resumes exactly where it was at every step of asking, the lead’s claim and answer, and the decision with its amendment', async () => {
    // People take seconds between clicks: let each step's messages go out before the next, as a restart does.
    const uninterrupted = await journey(staffChat(app, connector, 'restart', 1), () => settle(app));
    const expected = await endState(uninterrupted);

    const restartedBefore: string[] = [];
    const interrupted = await journey(staffChat(app, connector, 'restart', 2), async (step) => {
      restartedBefore.push(step);
      await app.restart();
    });

    expect(interrupted.shown.map((s) => s.step)).toEqual(uninterrupted.shown.map((s) => s.step));
    expect(restartedBefore).toHaveLength(uninterrupted.shown.length - 1);
    interrupted.shown.forEach((s, i) => {
      expect(textOf(s.card), `a card for "${s.step}"`).not.toBe('');
      const before = i > 0 ? ` after a restart between "${uninterrupted.shown[i - 1]!.step}" and "${s.step}"` : '';
      expect.soft(normalise(s.card, interrupted), `the card for "${s.step}"${before}`).toEqual(normalise(uninterrupted.shown[i]!.card, uninterrupted));
    });
    expect(await endState(interrupted)).toEqual(expected);

    // The journey really got to the end, once: one request, answered; a record with two versions.
    const state = expected as { request: { status: string; outbox: unknown[] }; versions: unknown[]; requestTrail: { action: string }[]; recordTrail: { action: string }[] };
    expect(state.request.status).toBe('answered');
    expect(state.request.outbox).toEqual([]);
    expect(state.versions).toHaveLength(2);
    expect(state.requestTrail.map((e) => e.action)).toEqual(['created', 'claimed', 'answered']);
    expect(state.recordTrail.map((e) => e.action)).toEqual(['decided', 'amended']);
  }, 300_000);
});
