import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, cardOf, inputsOf, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, type Person } from '../kit/activities.js';
import { setUpQueue } from '../kit/flows.js';
import { LOCAL_PROCEDURES_PACK } from '../../src/flow/advice/packs/index.js';

/**
 * A staff member goes from "hi" to a submitted, anonymised request — through the real HTTP
 * endpoint, the real store and the fake Teams connector. Each test is a transcript: what the user
 * does, what the bot shows.
 */

const CLEAN_QUESTION =
  'A 9 year old in my class has said that her stepdad hits her when he has been drinking. Mum has asked me not to tell anyone. Can I share this with children\'s social care without mum\'s consent?';

const FORM = {
  askerRole: 'teacher',
  area: 'physical_abuse',
  involved: 'child,partner_of_parent,parent_or_carer',
  ageBand: '5_10',
  urgency: 'today',
  informationKinds: 'disclosure,concern_observed',
  recipients: 'childrens_social_care',
  consent: 'refused',
};

function cardName(card: Card): string {
  return textOf(card);
}

/** The value of the first choice of the card's `answer` input, or a named one. */
function choiceOn(card: Card, preferred?: string): string {
  const input = inputsOf(card).find((i) => i.id === 'answer');
  const choices = (input?.choices as { value: string }[] | undefined) ?? [];
  if (preferred && choices.some((c) => c.value === preferred)) return preferred;
  const first = choices[0]?.value;
  if (!first) throw new Error(`no answer choices on card: ${cardName(card).slice(0, 200)}`);
  return first;
}

function isStep(card: Card): boolean {
  return actionsOf(card).some((a) => a.verb === 'advice.answer');
}

/** Answers every walk-through step (preferring the given answers) until the review card. */
async function walkThrough(chat: Chat, card: Card, prefer: Record<string, string> = {}): Promise<{ review: Card; steps: Card[] }> {
  const steps: Card[] = [];
  let current = card;
  for (let i = 0; i < 10 && isStep(current); i++) {
    steps.push(current);
    const step = actionsOf(current).find((a) => a.verb === 'advice.answer')?.data?.step as string;
    current = await chat.click(current, 'advice.answer', { answer: choiceOn(current, prefer[step]) });
  }
  return { review: current, steps };
}

async function storedText(app: TestApp): Promise<string> {
  await app.app.store.flush();
  return readFile(app.storeFile, 'utf8');
}

describe('a staff member asks for advice without identifying anyone', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let person: Person;
  let chat: Chat;
  let n = 0;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    // A fresh person per test, so that drafts never leak between tests.
    person = { ...STAFF, id: `29:staff-${n}`, aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Staff ${n}` };
    chat = new Chat(app, connector, person);
  });

  async function openForm(): Promise<Card> {
    const [welcome] = await chat.say('hi');
    return chat.click(welcome!, 'advice.start');
  }

  it('answers "hi" with emergency guidance first and the three ways in', async () => {
    const [welcome] = await chat.say('hi');
    expect(welcome).toBeDefined();
    const body = (welcome!.body as Card[])[0]!;
    expect(JSON.stringify(body)).toContain('999');
    expect(actionsOf(welcome!).map((a) => a.verb)).toEqual(expect.arrayContaining(['advice.start', 'requests.mine', 'decisions.mine']));
  });

  it('goes from "hi" to a sent request with a reference, and lists it under My requests', async () => {
    const form = await openForm();
    expect(inputsOf(form).map((i) => i.id)).toEqual(expect.arrayContaining(['askerRole', 'area', 'involved', 'ageBand', 'urgency', 'informationKinds', 'recipients', 'consent', 'question']));
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    expect(isStep(first)).toBe(true);
    const { review, steps } = await walkThrough(chat, first, { risk: 'yes_risk' });
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(textOf(review)).toContain(CLEAN_QUESTION);
    expect(textOf(review)).toMatch(/Do not wait for the leads' reply/);
    expect(textOf(review)).toMatch(/Information sharing in England, version 1/);
    const sent = await chat.click(review, 'advice.send');
    const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
    expect(reference).toBeDefined();

    const stored = await app.app.store.requests.get(TEST_TENANT_ID, reference!);
    expect(stored).toMatchObject({ status: 'sent', question: CLEAN_QUESTION, asker: { id: person.aadObjectId } });
    expect(stored?.answers.risk).toBe('yes_risk');
    // What the asker was shown is kept with the request, with the pack and its version.
    expect(stored?.guidance).toMatchObject({ pack: { id: 'england-national', version: 1 }, consent: 'refused', notSharing: false });
    expect(stored?.guidance?.steps.map((s) => s.step)).toEqual(steps.map((c) => actionsOf(c).find((a) => a.verb === 'advice.answer')?.data?.step));

    const [mine] = await chat.say('my requests');
    expect(textOf(mine!)).toContain(reference!);
  });

  it('shows guidance citing its source after each answer: consent refused, no risk of significant harm, sharing to prevent serious crime', async () => {
    const form = await openForm();
    let card = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    const prefer: Record<string, string> = { risk: 'no_support', consent: 'concerns_outweigh', confidential: 'yes' };
    for (let i = 0; i < 10 && isStep(card); i++) {
      const step = actionsOf(card).find((a) => a.verb === 'advice.answer')?.data?.step as string;
      if (step === 'publicInterest') break;
      card = await chat.click(card, 'advice.answer', { answer: choiceOn(card, prefer[step]) });
      expect(textOf(card)).toMatch(/Source:/);
    }
    const next = await chat.click(card, 'advice.answer', { answer: 'serious_crime' });
    expect(textOf(next)).toMatch(/can be justified in the public interest/i);
    expect(textOf(next)).toMatch(/record/i);
    expect(textOf(next)).toMatch(/Rotherham: Information Sharing and Confidentiality, §3\.3/);
  });

  it('skips the public-interest question when consent has been given', async () => {
    const form = await openForm();
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, consent: 'given', question: CLEAN_QUESTION });
    const { steps } = await walkThrough(chat, first, { risk: 'no_support' });
    const stepNames = steps.map((s) => actionsOf(s).find((a) => a.verb === 'advice.answer')?.data?.step);
    expect(stepNames).not.toContain('publicInterest');
    expect(stepNames).toContain('consent');
  });

  it.each([
    ['refused', 'concerns_outweigh'],
    ['not_yet_asked', 'increase_risk'],
    ['not_asking_risk', 'increase_risk'],
    ['lacks_capacity', 'no_one'],
  ])('asks the public-interest question when consent is %s and there is no risk of significant harm', async (consent, consentAnswer) => {
    const form = await openForm();
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, consent, question: CLEAN_QUESTION });
    const { steps } = await walkThrough(chat, first, { risk: 'no_support', consent: consentAnswer, confidential: 'yes' });
    const stepNames = steps.map((s) => actionsOf(s).find((a) => a.verb === 'advice.answer')?.data?.step);
    expect(stepNames).toContain('publicInterest');
  });

  it('never asks the public-interest question once a child is at risk of significant harm: consent is not needed', async () => {
    const form = await openForm();
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, consent: 'not_yet_asked', question: CLEAN_QUESTION });
    const { steps, review } = await walkThrough(chat, first, { risk: 'yes_risk', consent: 'yes_more_risk' });
    const stepNames = steps.map((s) => actionsOf(s).find((a) => a.verb === 'advice.answer')?.data?.step);
    expect(stepNames).not.toContain('publicInterest');
    // The form said "not yet asked"; the walk-through settled it: the review shows both, never a contradiction.
    expect(textOf(review)).toMatch(/Consent[\s\S]*Not asking: asking would increase risk to a child.*\(on the form: not yet asked\)/);
  });

  it('stops at the emergency guidance when "a child is in immediate danger" is chosen mid-way, and continues from there afterwards', async () => {
    const form = await openForm();
    let card = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    for (let i = 0; i < 5 && actionsOf(card).find((a) => a.verb === 'advice.answer')?.data?.step !== 'risk'; i++) card = await chat.click(card, 'advice.answer', { answer: choiceOn(card) });
    const emergency = await chat.click(card, 'advice.answer', { answer: 'immediate_danger' });
    expect(textOf(emergency)).toMatch(/Call 999 now/);
    expect(isStep(emergency)).toBe(false);
    const back = await chat.click(emergency, 'advice.start');
    expect(textOf(back)).toMatch(/Welcome back/);
    expect(actionsOf(back).find((a) => a.verb === 'advice.answer')?.data?.step).toBe('risk');
    expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, person.aadObjectId, 10)).toEqual([]);
  });

  it("walks the organisation's own pack when it has loaded one, and stores which pack and version the asker saw", async () => {
    await app.app.store.tenants.put({ tenantId: TEST_TENANT_ID, guidancePack: LOCAL_PROCEDURES_PACK });
    try {
      const form = await openForm();
      const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
      expect(actionsOf(first).find((a) => a.verb === 'advice.answer')?.data?.step).toBe('purpose');
      expect(textOf(first)).toMatch(/Think about why the other agency needs to know/);
      const { review } = await walkThrough(chat, first);
      expect(textOf(review)).toMatch(/Local procedures \(pre-2024 wording\), version 1/);
      const sent = await chat.click(review, 'advice.send');
      const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
      expect((await app.app.store.requests.get(TEST_TENANT_ID, reference!))?.guidance?.pack).toEqual({ id: 'local-procedures-2016', version: 1 });
    } finally {
      await app.app.store.tenants.put({ tenantId: TEST_TENANT_ID, guidancePack: undefined });
    }
    const form = await openForm();
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    expect(actionsOf(first).find((a) => a.verb === 'advice.answer')?.data?.step).toBe('situation');
  });

  it('stops at emergency guidance when a child is in immediate danger, and sends nothing', async () => {
    const form = await openForm();
    const card = await chat.click(form, 'advice.submitForm', { ...FORM, urgency: 'immediate_danger', question: CLEAN_QUESTION });
    expect(textOf(card)).toMatch(/999/);
    expect(textOf(card)).toMatch(/never delay emergency action/i);
    expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, person.aadObjectId, 10)).toEqual([]);
    // Continue: back to the form with what was filled in, not the emergency card again.
    const back = await chat.click(card, 'advice.start');
    expect(textOf(back)).toMatch(/Welcome back/);
    expect(actionsOf(back).map((a) => a.verb)).toContain('advice.submitForm');
  });

  it('shows emergency guidance for immediate danger even when nothing else on the form is filled in', async () => {
    const form = await openForm();
    const card = await chat.click(form, 'advice.submitForm', { urgency: 'immediate_danger' });
    expect(textOf(card)).toMatch(/999/);
    expect(textOf(card)).not.toMatch(/Choose/);
  });

  it("shows the organisation's own front door number with the emergency guidance", async () => {
    await app.app.store.tenants.put({ tenantId: TEST_TENANT_ID, frontDoorPhone: '01709 336080', frontDoorName: 'the Children\'s Front Door' });
    try {
      const [welcome] = await chat.say('hello');
      expect(textOf(welcome!)).toContain("Call the Children's Front Door on 01709 336080");
    } finally {
      await app.app.store.tenants.put({ tenantId: TEST_TENANT_ID, frontDoorPhone: undefined, frontDoorName: undefined });
    }
  });

  it('keeps text that looks like a template expression exactly as typed', async () => {
    const form = await openForm();
    const question = 'The form says ${fee} is due — can I share the debt letter with early help?';
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question });
    const { review } = await walkThrough(chat, first);
    expect(textOf(review)).toContain(question);
  });

  it('sends the form back with each problem marked and every entry kept', async () => {
    const form = await openForm();
    const back = await chat.click(form, 'advice.submitForm', { area: 'neglect', question: 'Can I share this?', urgency: '' });
    const inputs = new Map(inputsOf(back).map((i) => [i.id, i.value] as const));
    expect(inputs.get('area')).toBe('neglect');
    expect(inputs.get('question')).toBe('Can I share this?');
    expect(textOf(back)).toMatch(/Choose who is involved/);
    expect(textOf(back)).toMatch(/Choose how urgent/);
  });

  it('refuses an oversized question with an explanation and keeps the rest of the form', async () => {
    const form = await openForm();
    const back = await chat.click(form, 'advice.submitForm', { ...FORM, question: 'word '.repeat(600) });
    expect(textOf(back)).toMatch(/limit is 2000/);
    expect(inputsOf(back).find((i) => i.id === 'area')?.value).toBe(FORM.area);
  });
});

describe('the identifier check before anything leaves the chat', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let chat: Chat;
  let n = 100;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    chat = new Chat(app, connector, { ...STAFF, id: `29:s-${n}`, aadObjectId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`, name: `Staff ${n}` });
  });

  const IDENTIFYING =
    'Kacper Nowak (DOB 12/03/2016) at 14 Elm Road told me his stepdad hits him. His NHS number is 943 476 5919. Can I tell the social worker?';

  it('flags names, dates, addresses and NHS numbers, and stores and logs none of them', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const check = await chat.click(form, 'advice.submitForm', { ...FORM, question: IDENTIFYING });
    const text = textOf(check);
    expect(text).toContain('Kacper');
    expect(text).toMatch(/Name/);
    expect(text).toMatch(/NHS number/);
    expect(actionsOf(check).map((a) => a.verb)).toEqual(expect.arrayContaining(['advice.applyReplacements', 'advice.checkQuestion']));

    const stored = await storedText(app);
    for (const secret of ['Kacper', 'Nowak', '12/03/2016', 'Elm Road', '943 476 5919']) {
      expect(stored).not.toContain(secret);
      expect(app.logs.raw).not.toContain(secret);
    }
  });

  it('replaces what was flagged when the asker accepts the suggestions, and only the approved text is sent', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const check = await chat.click(form, 'advice.submitForm', { ...FORM, question: IDENTIFYING });
    const first = await chat.click(check, 'advice.applyReplacements');
    expect(isStep(first)).toBe(true);
    const { review } = await walkThrough(chat, first);
    expect(textOf(review)).toContain('[name]');
    expect(textOf(review)).not.toContain('Kacper');
    const sent = await chat.click(review, 'advice.send');
    const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
    const request = await app.app.store.requests.get(TEST_TENANT_ID, reference!);
    expect(request?.question).not.toMatch(/Kacper|Nowak|Elm Road|943 476 5919|12\/03\/2016/);
    expect(request?.identifierCheck.found).toBeGreaterThanOrEqual(4);
    expect(request?.identifierCheck.replaced).toBeGreaterThanOrEqual(4);
    const stored = await storedText(app);
    expect(stored).not.toContain('Kacper');
  });

  it('records a flagged item confirmed as identifying no one as a count and kind, never its text', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const question = 'I teach at Oakwood Academy. A pupil told me about bruises; can I share with the LADO?';
    const check = await chat.click(form, 'advice.submitForm', { ...FORM, question });
    const toggles = inputsOf(check).filter((i) => typeof i.id === 'string' && i.id.startsWith('keep.'));
    expect(toggles.length).toBeGreaterThan(0);
    const keepAll = Object.fromEntries(toggles.map((t) => [t.id as string, 'true']));
    const first = await chat.click(check, 'advice.checkQuestion', keepAll);
    expect(isStep(first)).toBe(true);
    const { review } = await walkThrough(chat, first);
    const sent = await chat.click(review, 'advice.send');
    const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
    const request = await app.app.store.requests.get(TEST_TENANT_ID, reference!);
    expect(request?.question).toBe(question);
    expect(request?.identifierCheck.keptAsNotIdentifying).toBe(toggles.length);
    expect(request?.identifierCheck.keptKinds.length).toBeGreaterThan(0);
    expect(JSON.stringify(request?.identifierCheck)).not.toContain('Oakwood');
  });

  it('checks an edited question again and moves on once nothing identifying is left', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const check = await chat.click(form, 'advice.submitForm', { ...FORM, question: IDENTIFYING });
    const again = await chat.click(check, 'advice.checkQuestion', { question: 'Kacper told me his stepdad hits him. Can I tell the social worker?' });
    expect(textOf(again)).toContain('Kacper');
    const first = await chat.click(again, 'advice.checkQuestion', { question: 'A boy told me his stepdad hits him. Can I tell the social worker?' });
    expect(isStep(first)).toBe(true);
  });

  it("replaces people by who they are, so the lead can tell the child from the sibling from mum's partner", async () => {
    await setUpQueue(app, connector);
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const question = "Ayesha (Y9) says mum's partner Liam hits her brother Kai. Liam was arrested last year. Can I tell children's social care?";
    const check = await chat.click(form, 'advice.submitForm', { ...FORM, question });
    for (const suggestion of ['[child]', '[sibling]', "[mum's partner]"]) expect(textOf(check)).toContain(suggestion);
    const first = await chat.click(check, 'Replace them and continue');
    const { review } = await walkThrough(chat, first);
    const sent = await chat.click(review, 'advice.send');
    const reference = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(sent))?.[0];
    const post = await connector.waitFor((c) => c.conversationId?.startsWith(LEADS_CHANNEL_ID) === true && textOf(cardOf(c)).includes(reference!), 20_000);
    const shown = textOf(cardOf(post));
    expect(shown).toContain("[child] (Y9) says mum's partner [mum's partner] hits her brother [sibling]. [mum's partner] was arrested last year.");
    expect(shown).not.toMatch(/Ayesha|Liam|Kai/);
  });
});

describe('nothing is lost and nothing is duplicated', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let chat: Chat;
  let n = 200;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '200' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => {
    n++;
    chat = new Chat(app, connector, { ...STAFF, id: `29:r-${n}`, aadObjectId: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`, name: `Staff ${n}` });
  });

  async function toReview(): Promise<Card> {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    return (await walkThrough(chat, first)).review;
  }

  it('creates one request when the same submit arrives twice at once (Teams retries an unanswered invoke)', async () => {
    const review = await toReview();
    const [a, b] = await Promise.all([chat.click(review, 'advice.send'), chat.click(review, 'advice.send')]);
    const refA = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(a))?.[0];
    const refB = /ISA-[2-9A-HJKMNP-Z]{4,5}/.exec(textOf(b))?.[0];
    expect(refA).toBeDefined();
    expect(refB).toBe(refA);
    const mine = await app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10);
    expect(mine).toHaveLength(1);
  });

  it('answers a replayed submit with the request already sent, not a second one', async () => {
    const review = await toReview();
    await chat.click(review, 'advice.send');
    const replay = await chat.click(review, 'advice.send');
    expect(textOf(replay)).toMatch(/already been sent/);
    expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(1);
  });

  it('explains an out-of-date card instead of applying it', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    await chat.click(first, 'advice.answer', { answer: choiceOn(first) });
    const stale = await chat.click(first, 'advice.answer', { answer: choiceOn(first) });
    expect(textOf(stale)).toMatch(/out of date/);
  });

  it('refuses a card from another conversation with an explanation', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const data = actionsOf(form).find((a) => a.verb === 'advice.submitForm')?.data ?? {};
    const res = await chat.invoke('advice.submitForm', { ...data, ...FORM, question: CLEAN_QUESTION }, { conversationId: 'a:some-other-chat' });
    expect(res.status).toBe(200);
    expect(textOf(res.card)).toMatch(/another conversation/);
  });

  it('keeps the draft across a restart of the server between any two steps', async () => {
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    await app.restart();
    const first = await chat.click(form, 'advice.submitForm', { ...FORM, question: CLEAN_QUESTION });
    expect(isStep(first)).toBe(true);
    const second = await chat.click(first, 'advice.answer', { answer: choiceOn(first) });
    await app.restart();
    const third = await chat.click(second, 'advice.answer', { answer: choiceOn(second) });
    expect(isStep(third)).toBe(true);
    const [again] = await chat.say('ask');
    expect(textOf(again!)).toMatch(/carry on where you left off/);
  });

  it('tells the user nothing was saved while the store is down, and the retry works once it is back', async () => {
    const review = await toReview();
    app.app.store.local?.setAvailable(false);
    let outage: Card;
    try {
      outage = await chat.click(review, 'advice.send');
    } finally {
      app.app.store.local?.setAvailable(true);
    }
    expect(textOf(outage)).toMatch(/Not saved/);
    expect(textOf(outage)).toMatch(/entries are kept/);
    expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(0);
    const retried = await chat.click(outage, 'Try again');
    expect(textOf(retried)).toMatch(/ISA-[2-9A-HJKMNP-Z]{4,5}/);
    expect(await app.app.store.requests.listByAsker(TEST_TENANT_ID, chat.person.aadObjectId, 10)).toHaveLength(1);
  });

  it('lets the asker withdraw a sent request, once', async () => {
    const review = await toReview();
    const sent = await chat.click(review, 'advice.send');
    const withdrawn = await chat.click(sent, 'request.withdraw');
    expect(textOf(withdrawn)).toMatch(/Withdrawn/);
    expect(actionsOf(withdrawn).map((a) => a.verb)).not.toContain('request.withdraw');
  });

  it('answers an unknown verb and a malformed payload with an explanatory card, not an error', async () => {
    const unknown = await chat.invoke('advice.launchMissiles', {});
    expect(unknown.status).toBe(200);
    expect(textOf(unknown.card)).toMatch(/do not know that action/);
    const malformed = await chat.invoke('advice.answer', { draftId: 42 });
    expect(malformed.status).toBe(200);
    expect(textOf(malformed.card)).toMatch(/could not be read/);
  });
});
