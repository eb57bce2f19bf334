import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, inputsOf, textOf, type Card } from '../kit/chat.js';
import { STAFF, personalMessage, type Person } from '../kit/activities.js';
import { storeDocuments } from '../kit/store-snapshot.js';
import { MAX_QUESTION_LENGTH } from '../../src/domain/advice.js';
import { DECISION_TEXT_FIELDS, DECISION_TEXT_LIMITS, MAX_DECISION_TEXT_TOTAL, ukToday } from '../../src/domain/decision.js';
import { MAX_FINDINGS_SHOWN } from '../../src/flow/advice/identifier-check.js';
import { MAX_DECISION_FINDINGS_SHOWN } from '../../src/flow/decision/views.js';
import { scanIdentifiers } from '../../src/anonymise/index.js';

/**
 * What happens at and beyond every size limit, through the real endpoint: text over a field's
 * limit is refused with the limit named and the other entries kept; a flood of identifiers is
 * listed in part and replaced in full; a body over MAX_BODY_BYTES is refused before it is parsed;
 * deep nesting gets a clear answer; and big requests do not make the process grow.
 */

/** Teams refuses messages above about 28 KB: every card the bot answers with must fit. */
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;
const MAX_BODY_BYTES = 262_144;

const FORM = {
  askerRole: 'teacher',
  area: 'neglect',
  involved: 'child,parent_or_carer',
  ageBand: '5_10',
  urgency: 'this_week',
  informationKinds: 'concern_observed',
  recipients: 'early_help',
  consent: 'not_yet_asked',
};

/** Text of exactly `length` characters that identifies no one (checked where it matters). */
function cleanText(length: number): string {
  const sentence = 'The worry is about care at home and the plan is to share it with the team. ';
  return `${sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1)}.`;
}

/** About 1,950 characters holding 300 identifiers: 150 first names and 150 different dates. */
const FLOOD = ((): string => {
  const names = ['Tom', 'Amy', 'Zoe', 'Max', 'Ali', 'Kai', 'Mia', 'Leo', 'Ava', 'Eli'];
  const people = Array.from({ length: 150 }, (_, i) => `${names[i % 10]} ${(i % 28) + 1}/${(i % 12) + 1}/18`).join(', ');
  return `Many people: ${people}. Can I share?`;
})();
const FLOOD_NAMES = /\b(Tom|Amy|Zoe|Max|Ali|Kai|Mia|Leo|Ava|Eli)\b|\d+\/\d+\/18/;

const SHARE: Record<string, string> = {
  decision: 'share',
  reasons: 'There is reasonable cause to believe the child is at risk of harm.',
  whatShared: 'What the child said and what I saw.',
  requestedDiffered: 'They asked for the school records as well; not shared.',
  recipients: 'childrens_social_care,other_agency',
  recipientRole: 'The early help team.',
  purpose: 'To safeguard the child.',
  lawfulBasis: 'public_task',
  consent: 'refused',
  publicInterestJustification: 'The risk of harm outweighs the refusal.',
  personTold: 'no_risk_to_child',
  notToldReason: 'Telling the parent could increase the risk.',
  sharedHow: 'phone',
  timeLimits: 'Until the strategy meeting.',
  restrictions: 'Not to be shared further without asking me.',
};

function bytes(card: Card): number {
  return Buffer.byteLength(JSON.stringify(card));
}

/** The garbage collector, exposed at run time (V8 keeps `gc` off unless asked). */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('limits: oversized, crowded and pathological input', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let chat: Chat;
  let n = 0;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ LOCAL_STORE_FLUSH_MS: '60000', MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  /** A new person each time, so that no draft or record carries over. */
  function freshChat(): Chat {
    n++;
    const person: Person = { ...STAFF, id: `29:limits-${n}`, aadObjectId: `11110000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Limits ${n}` };
    return new Chat(app, connector, person);
  }
  beforeEach(() => {
    chat = freshChat();
  });

  async function adviceForm(): Promise<Card> {
    const [welcome] = await chat.say('hi');
    return chat.click(welcome!, 'advice.start');
  }

  async function decisionForm(): Promise<Card> {
    const [list] = await chat.say('my decisions');
    return chat.click(list!, 'decision.start');
  }

  const valuesOf = (card: Card) => new Map(inputsOf(card).map((i) => [i.id as string, i.value]));
  const recorded = () => app.app.store.decisions.listByMaker(TEST_TENANT_ID, chat.person.aadObjectId, 10);

  describe('the question', () => {
    it('accepts a question of exactly the limit and refuses one character more, naming the limit and keeping every entry', async () => {
      const atLimit = cleanText(MAX_QUESTION_LENGTH);
      expect(scanIdentifiers(atLimit)).toEqual([]);
      const accepted = await chat.click(await adviceForm(), 'advice.submitForm', { ...FORM, question: atLimit });
      expect(actionsOf(accepted).map((a) => a.verb)).toContain('advice.answer');

      chat = freshChat();
      const over = cleanText(MAX_QUESTION_LENGTH + 1);
      const back = await chat.click(await adviceForm(), 'advice.submitForm', { ...FORM, question: over });
      expect(textOf(back)).toContain(`${MAX_QUESTION_LENGTH + 1} characters long; the limit is ${MAX_QUESTION_LENGTH}`);
      const values = valuesOf(back);
      for (const [field, value] of Object.entries(FORM)) expect(values.get(field), field).toBe(value);
      expect(values.get('question')).toBe(over);
      expect((await app.app.store.drafts.load(TEST_TENANT_ID, chat.person.aadObjectId))?.value.question).toBeUndefined();
    });

    it('does not echo a question far over the limit, keeps the other entries, and the card still fits a Teams message', async () => {
      const res = await chat.invoke('advice.submitForm', { ...actionsOf(await adviceForm()).find((a) => a.verb === 'advice.submitForm')?.data, ...FORM, question: cleanText(12_000) });
      expect(res.status).toBe(200);
      expect(textOf(res.card)).toMatch(/12000 characters long, far over the limit of 2000/);
      const values = valuesOf(res.card);
      expect(values.get('question') ?? '').toBe('');
      expect(values.get('area')).toBe(FORM.area);
      expect(bytes(res.card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    });

    it('refuses an over-long edit at the identifier check with the limit named, and text past the payload bound with "nothing was changed"', async () => {
      const check = await chat.click(await adviceForm(), 'advice.submitForm', { ...FORM, question: 'Kacper Nowak is often hungry. Can I tell early help?' });
      expect(textOf(check)).toContain('Kacper');
      const tooLong = await chat.click(check, 'advice.checkQuestion', { question: cleanText(MAX_QUESTION_LENGTH + 1) });
      expect(textOf(tooLong)).toContain(`the limit is ${MAX_QUESTION_LENGTH}`);
      expect(valuesOf(tooLong).get('area')).toBe(FORM.area);

      const before = await storeDocuments(app);
      const ref = actionsOf(check).find((a) => a.verb === 'advice.checkQuestion')?.data ?? {};
      const huge = await chat.invoke('advice.checkQuestion', { ...ref, question: cleanText(20_001) });
      expect(huge.status).toBe(200);
      expect(textOf(huge.card)).toMatch(/could not be read[\s\S]*Nothing was changed/);
      expect((await storeDocuments(app)).conversations).toEqual(before.conversations);
    });

    it(`lists the first ${MAX_FINDINGS_SHOWN} of 300 identifiers with the count, replaces all of them, and stores none`, async () => {
      expect(FLOOD.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      expect(scanIdentifiers(FLOOD)).toHaveLength(300);
      const res = await chat.invoke('advice.submitForm', { ...actionsOf(await adviceForm()).find((a) => a.verb === 'advice.submitForm')?.data, ...FORM, question: FLOOD });
      expect(textOf(res.card)).toMatch(/300 details in your question could identify someone/);
      expect(textOf(res.card)).toMatch(/replaces all 300/);
      expect(inputsOf(res.card).filter((i) => String(i.id).startsWith('keep.')).length).toBeLessThanOrEqual(MAX_FINDINGS_SHOWN);
      expect(bytes(res.card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);

      const next = await chat.click(res.card, 'advice.applyReplacements');
      expect(actionsOf(next).map((a) => a.verb)).toContain('advice.answer');
      const draft = await app.app.store.drafts.load(TEST_TENANT_ID, chat.person.aadObjectId);
      expect(draft?.value.question).toBeDefined();
      expect(draft?.value.question).not.toMatch(FLOOD_NAMES);
      expect(draft?.value.identifierCheck).toMatchObject({ found: 300, replaced: 300 });
    });
  });

  describe('the decision record', () => {
    it.each(DECISION_TEXT_FIELDS)('refuses "%s" one character over its limit, names the limit, keeps every entry and records nothing', async (field) => {
      const limit = DECISION_TEXT_LIMITS[field];
      const input = { ...SHARE, sharedOn: ukToday(new Date()), [field]: cleanText(limit + 1) };
      const back = await chat.click(await decisionForm(), 'decision.submit', input);
      expect(textOf(back)).toContain(`${limit + 1} characters long; the limit is ${limit}`);
      expect(textOf(back)).toMatch(/Nothing has been recorded/);
      const values = valuesOf(back);
      for (const [key, value] of Object.entries(input)) expect(values.get(key), key).toBe(value);
      expect(await recorded()).toHaveLength(0);
    });

    it('records an answer of exactly its limit', async () => {
      const reasons = cleanText(DECISION_TEXT_LIMITS.reasons);
      expect(scanIdentifiers(reasons)).toEqual([]);
      const summary = await chat.click(await decisionForm(), 'decision.submit', { ...SHARE, sharedOn: ukToday(new Date()), reasons });
      expect(textOf(summary)).toMatch(/Version 1 of 1/);
      expect((await recorded())[0]?.content.reasons).toBe(reasons);
    });

    it(`refuses answers that together exceed ${MAX_DECISION_TEXT_TOTAL} characters, each within its own limit`, async () => {
      const input = { ...SHARE, sharedOn: ukToday(new Date()), reasons: cleanText(2000), whatShared: cleanText(2000), publicInterestJustification: cleanText(1500) };
      const back = await chat.click(await decisionForm(), 'decision.submit', input);
      expect(textOf(back)).toContain(`one record holds up to ${MAX_DECISION_TEXT_TOTAL}`);
      expect(await recorded()).toHaveLength(0);
    });

    it('answers 200 KB typed into one answer with a card that fits a Teams message, asks for it again and keeps the choices', async () => {
      const form = await decisionForm();
      const data = actionsOf(form).find((a) => a.verb === 'decision.submit')?.data ?? {};
      const res = await chat.invoke('decision.submit', { ...data, ...SHARE, sharedOn: ukToday(new Date()), reasons: 'x'.repeat(200_000) });
      expect(res.status).toBe(200);
      expect(bytes(res.card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      expect(textOf(res.card)).toMatch(/200000 characters long[\s\S]*Please write it again, shorter/);
      const values = valuesOf(res.card);
      for (const key of ['decision', 'recipients', 'lawfulBasis', 'consent', 'personTold', 'sharedHow', 'purpose']) expect(values.get(key), key).toBe(SHARE[key]);
      expect(await recorded()).toHaveLength(0);
    });

    it(`lists the first ${MAX_DECISION_FINDINGS_SHOWN} of 300 identifiers in an answer, replaces them all, and asks to shorten what the replacements lengthened`, async () => {
      const check = await chat.click(await decisionForm(), 'decision.submit', { ...SHARE, sharedOn: ukToday(new Date()), reasons: FLOOD });
      // Each distinct identifier is listed once per answer (the 300 hold 94 distinct ones).
      const listed = Number(/(\d+) details in your answers could identify someone/.exec(textOf(check))?.[1]);
      expect(listed).toBeGreaterThan(MAX_DECISION_FINDINGS_SHOWN);
      expect(inputsOf(check).filter((i) => String(i.id).startsWith('keep.')).length).toBeLessThanOrEqual(MAX_DECISION_FINDINGS_SHOWN);
      expect(bytes(check)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      expect(await recorded()).toHaveLength(0);

      // "Tom 1/1/18" becomes "[name] [date]": 1,957 characters grow past the limit of 2,000.
      const replace = actionsOf(check).find((a) => a.verb === 'decision.submit' && a.data?.replace === 'true');
      const back = await chat.click(check, replace!.title);
      expect(textOf(back)).toMatch(/made some answers too long/);
      expect(textOf(back)).toContain(`the limit is ${DECISION_TEXT_LIMITS.reasons}`);
      const shown = String(valuesOf(back).get('reasons'));
      expect(shown).toContain('[name] [date]');
      expect(shown).not.toMatch(FLOOD_NAMES);
      expect(await recorded()).toHaveLength(0);

      const summary = await chat.click(back, 'decision.submit', { reasons: `${shown.slice(0, 1990).replace(/\s*\S*$/, '')}.` });
      expect(textOf(summary)).toMatch(/Version 1 of 1/);
      const [record] = await recorded();
      expect(record?.content.reasons).toMatch(/^Many people: \[name\] \[date\]/);
      expect(record?.content.reasons).not.toMatch(FLOOD_NAMES);
    });
  });

  describe('the request body', () => {
    async function postRaw(body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);
      return { status: res.status, text: await res.text() };
    }

    it('refuses a body over MAX_BODY_BYTES with 413 before parsing it, also when it arrives without a length; one just under is served', async () => {
      const before = await storeDocuments(app);
      const calls = connector.calls.length;
      // Not JSON at all: a 413 rather than a 400 shows the size was checked first.
      const notJson = `{"type": "message", "text": "${'x'.repeat(MAX_BODY_BYTES)}`;
      expect((await postRaw(notJson)).status).toBe(413);
      const chunks = Array.from({ length: 40 }, () => new TextEncoder().encode('y'.repeat(10_000)));
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
      const chunked = await postRaw(stream);
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.text)).toMatchObject({ code: expect.any(String) as unknown, message: expect.any(String) as unknown });
      expect(connector.calls.length).toBe(calls);
      expect(await storeDocuments(app)).toEqual(before);

      const activity = personalMessage(connector.url, { from: chat.person, text: 'hi' });
      const padding = MAX_BODY_BYTES - Buffer.byteLength(JSON.stringify({ ...activity, entities: [{ type: 'padding', text: '' }] })) - 16;
      const justUnder = JSON.stringify({ ...activity, entities: [{ type: 'padding', text: 'z'.repeat(padding) }] });
      expect(Buffer.byteLength(justUnder)).toBeLessThan(MAX_BODY_BYTES);
      expect((await app.post(justUnder)).status).toBe(200);
    });

    it('answers deeply nested JSON with a clear refusal or an explanatory card, never a 500', async () => {
      const depth = 50_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const whole = await app.post(nested);
      expect(whole.status).toBe(400);
      expect(whole.body).toMatchObject({ code: 'BAD_ACTIVITY' });

      const form = await adviceForm();
      const ref = actionsOf(form).find((a) => a.verb === 'advice.submitForm')?.data ?? {};
      const activity = personalMessage(connector.url, { from: chat.person });
      const invoke = (data: string) =>
        `{${JSON.stringify({ ...activity, type: 'invoke', name: 'adaptiveCard/action' }).slice(1, -1)},"value":{"action":{"type":"Action.Execute","verb":"advice.submitForm","data":${data}}}}`;
      const inPayload = await app.post(invoke(`{${JSON.stringify({ ...ref, ...FORM, question: 'A worry.' }).slice(1, -1)},"junk":${nested}}`));
      expect(inPayload.status).toBe(200);
      expect(textOf((inPayload.body as { value: Card }).value)).not.toBe('');
      const asPayload = await app.post(invoke(nested));
      expect(asPayload.status).toBe(200);
      expect(textOf((asPayload.body as { value: Card }).value)).toMatch(/could not be read/);
      const inEntities = await app.post(`{${JSON.stringify({ ...activity, text: 'hi' }).slice(1, -1)},"entities":${nested}}`);
      expect(inEntities.status).toBeLessThan(500);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    });

    it('does not grow the heap over 50 oversized requests', async () => {
      const gc = exposedGc();
      const form = await decisionForm();
      const data = actionsOf(form).find((a) => a.verb === 'decision.submit')?.data ?? {};
      const big = (i: number) => ({ ...data, ...SHARE, sharedOn: ukToday(new Date()), reasons: `${i}`.padEnd(240_000, 'x') });
      const over = `{"type":"message","text":"${'x'.repeat(MAX_BODY_BYTES + 50_000)}"}`;
      const round = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const res = await chat.invoke('decision.submit', big(i));
          expect(res.status).toBe(200);
          expect(bytes(res.card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
          expect((await app.post(over)).status).toBe(413);
        }
      };
      await round(5);
      gc();
      const before = process.memoryUsage().heapUsed;
      await round(50);
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      // 50 × (240 KB accepted + 300 KB refused) went through: keeping even the accepted ones would
      // add 12 MB. Measured growth is about 1.6 MB (logs, caches).
      expect(grown).toBeLessThan(8 * 1024 * 1024);
      expect(await recorded()).toHaveLength(0);
    }, 120_000);
  });
});
