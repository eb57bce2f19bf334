import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, inputsOf, textOf, type Card } from '../kit/chat.js';
import type { Person } from '../kit/activities.js';
import { ASK, LEAD, SHARE_WITHOUT_CONSENT, adviseAndDecide, setUpQueue } from '../kit/flows.js';
import { channelInvoke } from '../kit/activities.js';

/**
 * The conversation as people really use it (issue 16): typing instead of clicking, going back,
 * changing their mind, finding the advice again. Transcripts through the real endpoint.
 */

let seq = 0;
function person(): Person {
  seq++;
  const n = String(seq).padStart(12, '0');
  return { id: `29:ways-${seq}`, aadObjectId: `aaaa2222-0000-4000-8000-${n}`, name: `Asker ${seq}` };
}

const SHARED = { ...SHARE_WITHOUT_CONSENT, sharedOn: '2026-11-23' };

const FORM = { ...ASK, question: 'A parent told me about domestic abuse at home and asked me not to pass it on. May I tell the front door?' };

function has(card: Card, verb: string): boolean {
  return actionsOf(card).some((a) => a.verb === verb);
}
function stepOf(card: Card): string {
  const step = actionsOf(card).find((a) => a.verb === 'advice.answer')?.data?.step;
  return typeof step === 'string' ? step : '';
}
function firstChoice(card: Card): string {
  const choices = (inputsOf(card).find((i) => i.id === 'answer')?.choices as { value: string }[] | undefined) ?? [];
  return choices[0]!.value;
}

describe('the conversation: help, cancel, back, re-reading, typed questions', () => {
  const connector = new FakeConnector();
  let app: TestApp;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp();
    await setUpQueue(app, connector);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('"help" and "?" list what can be typed and done, with the emergency line first', async () => {
    const chat = new Chat(app, connector, person());
    for (const typed of ['help', 'Help!', '?', 'what can you do']) {
      const [card] = await chat.say(typed);
      const text = textOf(card!);
      expect(text, typed).toContain('What you can type');
      for (const command of ['ask', 'my requests', 'my decisions', 'cancel', 'emergency']) expect(text).toContain(command);
      expect(text.indexOf('999')).toBeLessThan(text.indexOf('What you can type'));
      expect(has(card!, 'advice.start')).toBe(true);
    }
    // The welcome card offers help too.
    const [welcome] = await chat.say('hello');
    expect(has(welcome!, 'help.show')).toBe(true);
  });

  it('"cancel" discards the draft in progress, so "Ask for advice" starts afresh', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    await chat.click(form, 'advice.submitForm', FORM);
    const [cancelled] = await chat.say('cancel');
    expect(textOf(cancelled!)).toContain('Request cancelled');
    expect(textOf(cancelled!)).toContain('Nothing was sent');
    const again = await chat.click(cancelled!, 'advice.start');
    expect(textOf(again)).not.toMatch(/in progress/);
    expect(inputsOf(again).find((i) => i.id === 'question')?.value ?? '').toBe('');
    // Nothing left to cancel after that: it says so.
    await chat.say('cancel');
    const [nothing] = await chat.say('cancel');
    expect(textOf(nothing!)).toContain('Nothing to cancel');
    // An old card of the cancelled draft cannot bring it back.
    const stale = await chat.click(form, 'advice.submitForm', FORM);
    expect(textOf(stale)).toMatch(/earlier request/);
  });

  it('a question typed into the chat is answered about, never echoed, and nothing is stored', async () => {
    const chat = new Chat(app, connector, person());
    const typed = `My pupil Kacper Nowakowski (DOB 14/03/2016) lives at 22 Hillcrest Road, LS6 2AB. His stepdad Rhodri hits him. ${'Can I tell social care? '.repeat(200)}`;
    const [card] = await chat.say(typed);
    const shown = JSON.stringify(card);
    expect(textOf(card!)).toContain('I cannot take a question typed here');
    expect(textOf(card!)).toMatch(/could identify someone \(.*name.*\)/);
    expect(textOf(card!)).toMatch(/delete it/);
    for (const secret of ['Kacper', 'Nowakowski', '14/03/2016', 'Hillcrest', 'LS6', 'Rhodri']) {
      expect(shown).not.toContain(secret);
      expect(app.logs.raw).not.toContain(secret);
    }
    expect(has(card!, 'advice.start')).toBe(true);
    expect(await app.app.store.drafts.load(TEST_TENANT_ID, chat.person.aadObjectId)).toBeUndefined();
    // A short greeting or an emoji still gets the welcome card.
    const [wave] = await chat.say('👋');
    expect(textOf(wave!)).toContain('Information sharing advice');
  });

  it('Back goes to the step before with its answer chosen, and from the first step to the form with everything kept', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    let card = await chat.click(welcome!, 'advice.start');
    card = await chat.click(card, 'advice.submitForm', FORM);
    const first = stepOf(card);
    expect(first).not.toBe('');
    const answer = firstChoice(card);
    const second = await chat.click(card, 'advice.answer', { answer });
    expect(stepOf(second)).not.toBe(first);
    const back = await chat.click(second, 'Back');
    expect(stepOf(back)).toBe(first);
    expect(inputsOf(back).find((i) => i.id === 'answer')?.value).toBe(answer);
    const form = await chat.click(back, 'Back');
    expect(has(form, 'advice.submitForm')).toBe(true);
    expect(inputsOf(form).find((i) => i.id === 'question')?.value).toBe(FORM.question);
    expect(inputsOf(form).find((i) => i.id === 'area')?.value).toBe(FORM.area);
  });

  it('the review offers Edit my question and Back; editing only the question keeps the guidance answers', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    let card = await chat.click(welcome!, 'advice.start');
    card = await chat.click(card, 'advice.submitForm', FORM);
    let steps = 0;
    while (has(card, 'advice.answer') && steps++ < 10) card = await chat.click(card, 'advice.answer', { answer: firstChoice(card) });
    expect(has(card, 'advice.send')).toBe(true);
    const review = card;
    const lastStep = await chat.click(review, 'Back');
    expect(has(lastStep, 'advice.answer')).toBe(true);
    const reviewAgain = await chat.click(lastStep, 'advice.answer', { answer: firstChoice(lastStep) });
    expect(has(reviewAgain, 'advice.send')).toBe(true);
    const edit = await chat.click(reviewAgain, 'Edit my question');
    expect(inputsOf(edit).find((i) => i.id === 'question')?.value).toBe(FORM.question);
    const edited = 'A parent told me about domestic abuse at home. May I tell the front door without her agreement?';
    const after = await chat.click(edit, 'advice.submitForm', { question: edited });
    expect(has(after, 'advice.send')).toBe(true);
    expect(textOf(after)).toContain(edited);
    const sent = await chat.click(after, 'advice.send');
    expect(textOf(sent)).toMatch(/Sent\. A safeguarding lead will pick it up/);
    expect(textOf(sent)).toContain(edited);
  });

  it('"Start again or cancel" is on every step, with a way to keep the request', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    for (const verb of ['advice.restart', 'advice.cancel', 'advice.start']) expect(has(form, verb)).toBe(true);
    const step = await chat.click(form, 'advice.submitForm', FORM);
    expect(actionsOf(step).map((a) => a.title)).toEqual(expect.arrayContaining(['Start again', 'Cancel my request', 'No, keep my request', 'Back']));
    const kept = await chat.click(step, 'No, keep my request');
    expect(stepOf(kept)).toBe(stepOf(step));
    expect(textOf(kept)).toContain('as you left it');
    // The "carry on or start again" card (Ask for advice with a draft in progress) can start again.
    const [hi] = await chat.say('hi');
    const resumed = await chat.click(hi!, 'advice.start');
    expect(textOf(resumed)).toMatch(/in progress/);
    const fresh = await chat.click(resumed, 'Start again');
    expect(has(fresh, 'advice.submitForm')).toBe(true);
  });

  it('the emergency card reached from a step has a way back to the request', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    const step = await chat.click(form, 'advice.submitForm', FORM);
    const emergency = await chat.click(step, 'emergency.show');
    expect(textOf(emergency)).toContain('999');
    const back = await chat.click(emergency, 'advice.start');
    expect(stepOf(back)).toBe(stepOf(step));
  });

  it('remembers the asker’s role for the next request', async () => {
    const chat = new Chat(app, connector, person());
    const [welcome] = await chat.say('hi');
    const form = await chat.click(welcome!, 'advice.start');
    await chat.click(form, 'advice.submitForm', { ...FORM, askerRole: 'school_nurse' });
    const [cancelled] = await chat.say('cancel');
    const next = await chat.click(cancelled!, 'advice.start');
    expect(inputsOf(next).find((i) => i.id === 'askerRole')?.value).toBe('school_nurse');
  });

  it('My requests → View shows the question, the advice and the decision; the decision’s versions open from the chat', async () => {
    const chat = new Chat(app, connector, person());
    const { reference } = await adviseAndDecide(app, connector, chat, SHARED);
    const [list] = await chat.say('my requests');
    const view = actionsOf(list!).find((a) => a.verb === 'request.view' && a.data?.requestId === reference);
    expect(view).toBeDefined();
    const status = await chat.click(list!, view!.title);
    const text = textOf(status);
    expect(text).toContain(ASK.question);
    expect(text).toContain('Share with the front door today and record why.');
    expect(text).toMatch(/Your decision: /);
    const record = await chat.click(status, 'View my decision');
    expect(textOf(record)).toContain('Version 1 of 1');
    // Amend, then open version 1 again from the chat and see what changed in version 2.
    const amend = await chat.click(record, 'decision.amend');
    const v2 = await chat.click(amend, 'decision.submit', { amendReason: 'Correcting how it was shared.', sharedHow: 'phone,secure_email' });
    expect(textOf(v2)).toContain('Version 2 of 2');
    expect(textOf(v2)).toMatch(/Changed from version 1: How shared/);
    const v1 = await chat.click(v2, 'Version 1');
    expect(textOf(v1)).toContain('Version 1 of 2');
  });

  it('a future "date you shared it" gets the same explanation from the card and from the server', async () => {
    const chat = new Chat(app, connector, person());
    const { reference } = await adviseAndDecide(app, connector, chat, SHARED);
    const form = (await chat.invoke('decision.amend', { recordId: `rec-${reference}` })).card;
    const date = inputsOf(form).find((i) => i.id === 'sharedOn')!;
    expect(date.errorMessage).toMatch(/future/);
    for (const input of inputsOf(form)) {
      const constrained = ['max', 'min', 'maxLength', 'regex', 'isRequired'].some((k) => input[k] !== undefined && input[k] !== false);
      if (constrained) expect(input.errorMessage, String(input.id)).toBeTruthy();
    }
    const refused = await chat.click(form, 'decision.submit', { amendReason: 'Adding the date.', sharedOn: '2999-01-01' });
    expect(textOf(refused)).toContain(String(date.errorMessage));
    expect(await app.app.store.decisions.versions(TEST_TENANT_ID, `rec-${reference}`)).toHaveLength(1);
  });

  it('an amendment keeps the count of what the first identifier check replaced', async () => {
    const chat = new Chat(app, connector, person());
    const { reference } = await askAndSend(chat, FORM);
    await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }));
    await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share it today.', replace: 'false' }));
    const form = (await chat.invoke('decision.start', { requestId: reference })).card;
    const flagged = await chat.click(form, 'decision.submit', { ...SHARED, reasons: 'Mum Tina Loft said the risk is growing; I shared today.' });
    const summary = await chat.click(flagged, 'Replace the details and record');
    expect(textOf(summary)).toMatch(/flagged 1 detail/);
    const amend = (await chat.invoke('decision.amend', { recordId: `rec-${reference}` })).card;
    const v2 = await chat.click(amend, 'decision.submit', { amendReason: 'Adding the time limit.', timeLimits: 'Until the strategy meeting.' });
    expect(textOf(v2)).not.toMatch(/found nothing/);
    expect(textOf(v2)).toMatch(/flagged 1 detail/);
  });

  it('says when to expect an answer for the urgency chosen', async () => {
    const chat = new Chat(app, connector, person());
    const { sent } = await askAndSend(chat, { ...FORM, urgency: 'today' });
    expect(textOf(sent)).toMatch(/You chose "I need advice today"\. A safeguarding lead should pick this up by .+ and answer by .+\./);
    expect(textOf(sent)).toContain('Status: Sent to the safeguarding leads');
  });

  it('on the leads\' card, closing without advice asks first, and the urgent colour goes once it is answered', async () => {
    const chat = new Chat(app, connector, person());
    const { reference } = await askAndSend(chat, { ...FORM, urgency: 'today' });
    const claimed = (await app.post(channelInvoke(connector.url, LEAD, 'lead.claim', { requestId: reference }))).body as { value: Card };
    expect((claimed.value.body as { style?: string }[])[0]!.style).toBe('attention');
    const close = actionsOf(claimed.value).find((a) => a.verb === 'lead.close');
    expect(close?.title).toBe(`Yes, close ${reference}`);
    expect(JSON.stringify(claimed.value)).toContain('Close without advice');
    // It asks why: a required choice of reasons, sent with the confirmation.
    const why = inputsOf(claimed.value).find((i) => i.id === 'closeReason');
    expect(why?.isRequired).toBe(true);
    expect((why?.choices as { value: string }[]).map((c) => c.value)).toContain('advised_another_way');
    const answered = (await app.post(channelInvoke(connector.url, LEAD, 'lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share it.', replace: 'false' }))).body as { value: Card };
    expect((answered.value.body as { style?: string }[])[0]!.style).toBe('good');
  });
});
