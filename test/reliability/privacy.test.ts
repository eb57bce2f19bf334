import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector, type OutboundCall } from '../kit/connector.js';
import { EntraKeys } from '../kit/entra.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf, inputsOf, textOf, REFERENCE_PATTERN, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, channelInvoke, type Person } from '../kit/activities.js';
import { ASK, LEAD, setUpQueue } from '../kit/flows.js';
import { storeText } from '../kit/store-snapshot.js';
import { ukToday } from '../../src/domain/decision.js';

/**
 * Privacy is the product. Identifiers typed into every free-text field of every flow — the
 * question, the lead's follow-up and answer, the asker's reply, every answer of a decision record
 * and its amendment — with the suggested replacements chosen, must reach none of: the logs (every
 * line), the store (every container), the leads' channel (every message Teams is asked to post or
 * update), the Decisions tab. The one exception the product promises: a detail the asker confirms
 * identifies no one is kept, stored and routed, and still never logged.
 */

const NAME = 'Kacper Nowak';
const DOB = '03/09/2018';
const NHS = '413 653 8251';
const POSTCODE = 'S60 2UD';
const PHONE = '07700 900123';
const EMAIL = 'kacper.nowak@example.com';

/** Each identifier as typed, and the other ways it could resurface (parts, digits only, reordered). */
const SECRETS: Record<string, RegExp> = {
  name: /kacper|nowak/i,
  dob: /03\/09\/2018|3\/9\/2018|2018-09-03/,
  nhs: /413 ?653 ?8251/,
  postcode: /s60 ?2ud/i,
  phone: /07700 ?900123|\+447700 ?900123/,
  email: /kacper\.nowak@example\.com/i,
};

function leaks(text: string, except: string[] = []): string[] {
  return Object.entries(SECRETS)
    .filter(([name, pattern]) => !except.includes(name) && pattern.test(text))
    .map(([name]) => name);
}

/** Generous: other work shares this machine's two cores. */
const WAIT_MS = 20_000;

const isChannel = (c: OutboundCall) => c.conversationId?.startsWith(LEADS_CHANNEL_ID) === true;

describe('privacy, end to end', () => {
  const connector = new FakeConnector();
  const entra = new EntraKeys();
  let app: TestApp;
  let manager: string;

  beforeAll(async () => {
    await Promise.all([connector.start(), entra.start()]);
    app = await startTestApp({ ...entra.env(), LOCAL_STORE_FLUSH_MS: '60000' });
    await setUpQueue(app, connector);
    manager = await entra.manager(TEST_TENANT_ID);
  });
  afterAll(async () => {
    await app.stop();
    await Promise.all([connector.stop(), entra.stop()]);
  });

  async function lead(verb: string, data: Record<string, unknown>): Promise<Card> {
    const res = await app.post(channelInvoke(connector.url, LEAD, verb, data));
    expect(res.status).toBe(200);
    return (res.body as { value: Card }).value;
  }

  /** The lead writes text with identifiers, sees them flagged, and sends it with the replacements. */
  async function leadWrites(verb: 'lead.followUp' | 'lead.answer', requestId: string, leadText: string): Promise<void> {
    const extra = verb === 'lead.answer' ? { recommendation: 'share' } : {};
    const flagged = await lead(verb, { requestId, leadText, replace: 'false', ...extra });
    expect(textOf(flagged)).toMatch(/could identify someone/);
    await lead(verb, { requestId, leadText, replace: 'true', ...extra });
  }

  async function tab(path: string): Promise<string> {
    const res = await fetch(`${app.url}/api/tab/${path}`, { headers: { authorization: `Bearer ${manager}` } });
    expect(res.status).toBe(200);
    return res.text();
  }

  it('stores, routes and logs none of the identifiers typed into any free-text field, across every flow and the Decisions tab', async () => {
    const asker: Person = { ...STAFF, id: '29:privacy-asker', aadObjectId: 'abcd0000-0000-4000-8000-00000000a5e1', name: 'Asker One' };
    const chat = new Chat(app, connector, asker);

    // Ask: the question, flagged and replaced, then the walk-through and Send.
    const question = `${NAME} (DOB ${DOB}, NHS number ${NHS}) lives near ${POSTCODE}; his mum's phone is ${PHONE} and her email ${EMAIL}. Can I share with the front door?`;
    const { reference } = await askAndSend(chat, { ...ASK, question });
    const post = await connector.waitFor((c) => isChannel(c) && c.kind === 'send' && textOf(cardOf(c)).includes(reference), WAIT_MS);

    // The lead claims and asks a follow-up question; the asker replies; the lead answers.
    await lead('lead.claim', { requestId: reference });
    await leadWrites('lead.followUp', reference, `Has ${NAME} (DOB ${DOB}) been seen by a GP? His mum is on ${PHONE}.`);
    const asked = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('the lead has a question'), WAIT_MS);
    const replyCheck = await chat.click(cardOf(asked), 'request.reply', { replyText: `Yes: NHS number ${NHS}, registered near ${POSTCODE}, email ${EMAIL}.` });
    expect(textOf(replyCheck)).toMatch(/could identify someone/);
    expect(textOf(await chat.click(replyCheck, 'Replace the details and send'))).toMatch(/your reply was sent/);
    await connector.waitFor((c) => c.conversationId === `${LEADS_CHANNEL_ID};messageid=${post.assignedId}`, WAIT_MS);
    await leadWrites('lead.answer', reference, `Share today about ${NAME}, DOB ${DOB}, who lives near ${POSTCODE}.`);

    // The decision, with identifiers in every free-text answer, then an amendment with more.
    const advice = await connector.waitFor((c) => c.conversationId === chat.conversationId && textOf(cardOf(c)).includes('advice from your safeguarding lead'), WAIT_MS);
    const form = await chat.click(cardOf(advice), 'decision.start');
    const decision = {
      decision: 'share',
      reasons: `${NAME} told me on ${DOB} that he is hurt at home.`,
      whatShared: `His NHS number ${NHS} and what he said.`,
      requestedDiffered: `They asked for his mum's phone ${PHONE} too.`,
      recipients: 'childrens_social_care,other_agency',
      recipientRole: `The duty team at ${POSTCODE}.`,
      purpose: `To protect ${NAME}.`,
      lawfulBasis: 'public_task',
      consent: 'refused',
      publicInterestJustification: `The risk to ${NAME} outweighs his mum's refusal (email ${EMAIL}).`,
      personTold: 'no_risk_to_child',
      notToldReason: `Telling his mum on ${PHONE} could increase the risk.`,
      sharedHow: 'phone',
      sharedOn: ukToday(new Date()),
      timeLimits: `Until the review on ${DOB}.`,
      restrictions: `Not to be passed to anyone at ${POSTCODE}.`,
    };
    const decisionCheck = await chat.click(form, 'decision.submit', decision);
    expect(textOf(decisionCheck)).toMatch(/could identify someone/);
    const replaceAndRecord = (card: Card) => actionsOf(card).find((a) => a.verb === 'decision.submit' && a.data?.replace === 'true')!.title;
    const summary = await chat.click(decisionCheck, replaceAndRecord(decisionCheck));
    expect(textOf(summary)).toMatch(/Version 1 of 1/);
    const amendForm = await chat.click(summary, 'decision.amend');
    const amendCheck = await chat.click(amendForm, 'decision.submit', {
      reasons: `${NAME} (NHS ${NHS}) told me again.`,
      whatShared: `What ${NAME} said, and the email ${EMAIL}.`,
      amendReason: `Corrected after a call with ${NAME}'s mum on ${PHONE}.`,
    });
    expect(textOf(amendCheck)).toMatch(/could identify someone/);
    expect(textOf(await chat.click(amendCheck, replaceAndRecord(amendCheck)))).toMatch(/Amended/);
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();

    // The Decisions tab: list, detail and export.
    const tabText = [await tab('decisions'), await tab(`decisions/rec-${reference}`), await tab('export.csv')].join('\n');
    expect(tabText).toContain(reference);
    expect(tabText).toContain('[name]');
    expect(leaks(tabText), 'the Decisions tab').toEqual([]);

    // (a) every log line, (b) every stored document, (c) every message to the leads' channel (and every other outbound call).
    expect(leaks(app.logs.raw), 'the logs').toEqual([]);
    const stored = await storeText(app);
    expect(stored).toContain('[name]');
    expect(leaks(stored), 'the store').toEqual([]);
    const channel = connector.calls.filter(isChannel);
    expect(channel.map((c) => c.kind)).toEqual(expect.arrayContaining(['send', 'update', 'reply']));
    expect(leaks(JSON.stringify(channel.map((c) => c.body))), "the leads' channel").toEqual([]);
    expect(leaks(JSON.stringify(connector.calls.map((c) => c.body))), 'any outbound message').toEqual([]);
  }, 120_000);

  it('never logs or stores card input it refuses: an unknown verb, a malformed payload, a message', async () => {
    const chat = new Chat(app, connector, { ...STAFF, id: '29:privacy-refused', aadObjectId: 'abcd0000-0000-4000-8000-0000000000e2', name: 'Asker Two' });
    const before = await storeText(app);
    const unknown = await chat.invoke(`${NAME} ${PHONE}`, { note: `${NAME} ${EMAIL}` });
    expect(textOf(unknown.card)).toMatch(/do not know that action/);
    const malformed = await chat.invoke('advice.answer', { draftId: NAME, rev: DOB, conv: NHS, step: POSTCODE, answer: `${NAME} `.repeat(20) });
    expect(textOf(malformed.card)).toMatch(/could not be read/);
    const [welcome] = await chat.say(`${NAME} DOB ${DOB} lives at ${POSTCODE}, phone ${PHONE}`);
    expect(textOf(welcome!)).toMatch(/999/);
    expect(leaks(app.logs.raw), 'the logs').toEqual([]);
    expect(leaks(await storeText(app)), 'the store').toEqual(leaks(before));
  });

  it('stores and routes a detail the asker confirms identifies no one, and still never logs it', async () => {
    const chat = new Chat(app, connector, { ...STAFF, id: '29:privacy-keeper', aadObjectId: 'abcd0000-0000-4000-8000-0000000000e3', name: 'Asker Three' });
    const [welcome] = await chat.say('hi');
    let card = await chat.click(welcome!, 'advice.start');
    card = await chat.click(card, 'advice.submitForm', { ...ASK, question: `${NAME} was seen at the clinic at ${POSTCODE}. Can I share with early help?` });
    const keepPostcode = inputsOf(card).find((i) => String(i.id).startsWith('keep.POSTCODE'));
    expect(keepPostcode).toBeDefined();
    // Keep the clinic's postcode, replace the name.
    card = await chat.click(card, 'advice.applyReplacements', { [String(keepPostcode!.id)]: 'true' });
    for (let i = 0; i < 10 && actionsOf(card).some((a) => a.verb === 'advice.answer'); i++) {
      const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[])[0]!.value;
      card = await chat.click(card, 'advice.answer', { answer: first });
    }
    const sent = await chat.click(card, 'advice.send');
    const reference = REFERENCE_PATTERN.exec(textOf(sent))![0];

    const request = await app.app.store.requests.get(TEST_TENANT_ID, reference);
    expect(request?.question).toBe(`[name] was seen at the clinic at ${POSTCODE}. Can I share with early help?`);
    expect(request?.identifierCheck).toMatchObject({ keptAsNotIdentifying: 1, keptKinds: ['POSTCODE'] });
    const post = await connector.waitFor((c) => isChannel(c) && textOf(cardOf(c)).includes(reference), WAIT_MS);
    expect(textOf(cardOf(post))).toContain(POSTCODE);
    expect(leaks(await storeText(app))).toEqual(['postcode']);
    expect(leaks(app.logs.raw), 'the logs').toEqual([]);
  });
});
