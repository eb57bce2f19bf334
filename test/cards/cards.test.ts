import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { CARDS_DIR } from '../../src/app.js';
import { loadCards, type CardRenderer } from '../../src/adapters/bot/cards.js';
import { FORM_FIELDS } from '../../src/flow/advice/form.js';
import { CARD_NAMES, type CardData, type CardName } from '../../src/flow/cards.js';
import { VERBS, VERB_PAYLOADS, isVerb, type Verb } from '../../src/flow/verbs.js';
import { SUBMIT_VERB_KEY } from '../../src/adapters/bot/card-actions.js';
import { storeOutage } from '../../src/flow/notices.js';
import { echoOf } from '../../src/domain/text.js';
import { RETRY_BUDGET, RETRY_FIELD_MAX } from '../../src/handlers/index.js';
import { CARD_FIXTURES } from '../fixtures/card-data.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Teams refuses messages above about 28 KB; keep every card well inside it. */
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

function schemaValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  ajv.removeKeyword('id');
  const schema = JSON.parse(readFileSync(new URL('../fixtures/adaptive-card-1.5.json', import.meta.url), 'utf8')) as object;
  return ajv.compile(schema);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in a card (body, actions, ActionSets, selectActions, Action.ShowCard cards). */
function objectsIn(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) objectsIn(n, out);
  else if (isObject(node)) {
    out.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'data') objectsIn(v, out);
  }
  return out;
}
const actionsIn = (card: unknown) => objectsIn(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Action.'));
const executesIn = (card: unknown) => actionsIn(card).filter((o) => o.type === 'Action.Execute');
const inputsIn = (card: unknown) => objectsIn(card).filter((o) => typeof o.type === 'string' && o.type.startsWith('Input.'));

/** What a person might enter in an input: a real choice, the text already there, or the toggle's off value. */
function sampleValue(input: Json): string {
  switch (input.type) {
    case 'Input.ChoiceSet': {
      const choices = (input.choices as { value: string }[]) ?? [];
      return typeof input.value === 'string' && input.value !== '' ? input.value : (choices[0]?.value ?? '');
    }
    case 'Input.Toggle':
      return typeof input.valueOff === 'string' ? input.valueOff : 'false';
    default:
      return typeof input.value === 'string' && input.value !== '' ? input.value : 'A worry about a child at home.';
  }
}

/** The payload the bot receives for an Action.Execute: its data merged with the card's inputs (unless associatedInputs is none). */
function payloadOf(card: Json, action: Json): Json {
  const data = isObject(action.data) ? action.data : {};
  const gathers = typeof action.associatedInputs !== 'string' || action.associatedInputs.toLowerCase() !== 'none';
  const inputs = gathers ? Object.fromEntries(inputsIn(card).map((i) => [String(i.id), sampleValue(i)])) : {};
  return { ...inputs, ...data };
}

/** Verbs whose payload carries a draft reference (and so must be bound to the draft that produced the card). */
const DRAFT_BOUND: Verb[] = VERBS.filter((v) => {
  const shape = (VERB_PAYLOADS[v] as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return 'draftId' in shape;
});

function renderAll(cards: CardRenderer): { name: CardName; card: Json }[] {
  const out: { name: CardName; card: Json }[] = [];
  for (const name of CARD_NAMES) {
    for (const data of CARD_FIXTURES[name]) out.push({ name, card: cards.expand(name, data) });
  }
  return out;
}

describe('card templates', () => {
  const cards = loadCards(CARDS_DIR);
  const validate = schemaValidator();
  const rendered = renderAll(cards);

  it('has a template for every card name and a card name for every template', () => {
    const files = readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual([...CARD_NAMES].sort());
  });

  it('has fixture data for every card', () => {
    for (const name of CARD_NAMES) expect(CARD_FIXTURES[name].length, name).toBeGreaterThan(0);
  });

  for (const name of CARD_NAMES) {
    it(`renders ${name} with fixture data into a valid Adaptive Card 1.5 that fits a Teams message`, () => {
      for (const data of CARD_FIXTURES[name]) {
        const card = cards.expand(name, data);
        const text = JSON.stringify(card);
        expect(text).not.toMatch(/\$\{/);
        expect(text).not.toMatch(/"\$(when|data)"/);
        expect(card.version).toBe('1.5');
        expect(typeof card.speak).toBe('string');
        expect((card.speak as string).trim()).not.toBe('');
        const ok = validate(card);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(Buffer.byteLength(text)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      }
    });
  }

  it('wraps every TextBlock, and marks every heading as one', () => {
    for (const { name, card } of rendered) {
      for (const o of objectsIn(card)) {
        if (o.type === 'TextBlock') expect(o.wrap, `${name}: ${String(o.text)}`).toBe(true);
        if (o.type === 'Image') expect(typeof o.altText, name).toBe('string');
      }
    }
  });

  it('only uses known verbs', () => {
    for (const { name, card } of rendered) {
      for (const a of executesIn(card)) expect(isVerb(a.verb), `${name}: ${String(a.verb)}`).toBe(true);
    }
  });

  it('uses every verb in at least one card', () => {
    const used = new Set(rendered.flatMap(({ card }) => executesIn(card).map((a) => a.verb)));
    expect(VERBS.filter((v) => !used.has(v))).toEqual([]);
  });

  it('labels every input (a toggle by its title)', () => {
    for (const { name, card } of rendered) {
      for (const i of inputsIn(card)) {
        const labelled = (typeof i.label === 'string' && i.label.trim() !== '') || (i.type === 'Input.Toggle' && typeof i.title === 'string' && i.title.trim() !== '');
        expect(labelled, `${name}: input ${String(i.id)}`).toBe(true);
      }
    }
  });

  it('gives every input on a card a unique id', () => {
    for (const { name, card } of rendered) {
      const ids = inputsIn(card).map((i) => String(i.id));
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('sends every action a payload its verb accepts, and binds draft actions to the draft', () => {
    expect(DRAFT_BOUND.length).toBeGreaterThan(0);
    for (const { name, card } of rendered) {
      for (const a of executesIn(card)) {
        const verb = a.verb as Verb;
        const payload = payloadOf(card, a);
        if (DRAFT_BOUND.includes(verb)) {
          const data = a.data as Json;
          expect(typeof data.draftId, `${name}: ${verb}`).toBe('string');
          expect(typeof data.rev, `${name}: ${verb}`).toBe('number');
          expect(typeof data.conv, `${name}: ${verb}`).toBe('string');
        }
        const parsed = VERB_PAYLOADS[verb].safeParse(payload);
        expect(parsed.error?.issues ?? [], `${name}: ${verb}`).toEqual([]);
      }
    }
  });

  it('binds draft actions to the draft that produced the card', () => {
    for (const name of CARD_NAMES) {
      for (const data of CARD_FIXTURES[name] as CardData[typeof name][]) {
        const ref = (data as { ref?: { draftId: string; rev: number; conv: string } }).ref;
        // The notice card passes its actions' data through as given; every other card builds draft data from `ref`.
        if (name === 'notice') continue;
        const card = cards.expand(name, data as never);
        for (const a of executesIn(card).filter((x) => DRAFT_BOUND.includes(x.verb as Verb))) {
          expect(ref, `${name} has no ref`).toBeDefined();
          expect(a.data, name).toEqual(expect.objectContaining({ draftId: ref?.draftId, rev: ref?.rev, conv: ref?.conv }));
        }
      }
    }
  });

  it('makes the emergency guidance reachable from every card, without waiting on any input', () => {
    for (const { name, card } of rendered) {
      const emergency = executesIn(card).filter((a) => a.verb === 'emergency.show');
      if (name === 'emergency') {
        expect(emergency).toEqual([]);
        continue;
      }
      expect(emergency.length, name).toBeGreaterThan(0);
      // Teams validates the inputs an action gathers; the emergency button must never be blocked by them.
      for (const a of emergency) expect(a.associatedInputs, name).toBe('none');
    }
  });

  it('puts 999 first and biggest on the emergency card, and always offers a way on (continue the paused request, or back to the request or a new one)', () => {
    for (const data of CARD_FIXTURES.emergency) {
      const card = cards.expand('emergency', data);
      const first = JSON.stringify((card.body as unknown[])[0]);
      expect(first).toContain('999');
      expect(first).toMatch(/Never delay emergency action to protect a child from harm/);
      expect(JSON.stringify(card)).toContain(data.frontDoor.text);
      const cont = executesIn(card).filter((a) => a.verb === 'advice.start');
      expect(cont.map((a) => a.title)).toEqual([data.canContinue ? 'I have acted on the emergency — continue my request' : 'Back to my request, or ask for advice']);
    }
  });

  it('puts the emergency guidance first in the welcome card, before anything else', () => {
    const card = cards.expand('welcome', CARD_FIXTURES.welcome[0] as CardData['welcome']);
    const first = JSON.stringify((card.body as unknown[])[0]);
    expect(first).toContain('Call 999');
    expect(first).toContain('0300 123 4567');
    expect(first).toMatch(/Never delay emergency action/);
    expect(executesIn(card).map((a) => a.verb)).toEqual(expect.arrayContaining(['advice.start', 'requests.mine', 'decisions.mine']));
  });

  it('asks for every form field, keeps every entry and shows each problem next to its field', () => {
    for (const data of CARD_FIXTURES.adviceForm) {
      const card = cards.expand('adviceForm', data);
      const inputs = inputsIn(card);
      expect(inputs.map((i) => i.id).sort()).toEqual([...FORM_FIELDS].sort());
      for (const f of FORM_FIELDS) expect(inputs.find((i) => i.id === f)?.value).toBe(data.values[f]);
      const question = inputs.find((i) => i.id === 'question');
      // No maxLength: Teams would cut pasted text silently; the server explains the limit instead.
      expect(question?.maxLength).toBeUndefined();
      expect(question?.isMultiline).toBe(true);
      const text = JSON.stringify(card);
      for (const f of FORM_FIELDS) if (data.problems[f]) expect(text).toContain(JSON.stringify(data.problems[f]).slice(1, -1));
      const attention = objectsIn(card).filter((o) => o.type === 'TextBlock' && o.color === 'attention');
      const noticeInAttention = data.notice !== '' && data.hasProblems ? 1 : 0;
      expect(attention.length).toBe(FORM_FIELDS.filter((f) => data.problems[f] !== '').length + noticeInAttention);
      if (data.notice !== '') expect(JSON.stringify((card.body as unknown[])[0])).toContain(JSON.stringify(data.notice).slice(1, -1));
      for (const c of ['involved', 'informationKinds', 'recipients']) expect(inputs.find((i) => i.id === c)?.isMultiSelect, c).toBe(true);
    }
  });

  it('offers a keep-it toggle for every flagged detail, in the form the flow reads back', () => {
    for (const data of CARD_FIXTURES.identifierCheck) {
      const card = cards.expand('identifierCheck', data);
      const toggles = inputsIn(card).filter((i) => i.type === 'Input.Toggle');
      expect(toggles.map((t) => t.id)).toEqual(data.findings.map((f) => `keep.${f.key}`));
      toggles.forEach((t, i) => expect([t.valueOn, t.valueOff, t.value]).toEqual(['true', 'false', data.findings[i]?.kept ? 'true' : 'false']));
      expect(inputsIn(card).find((i) => i.id === 'question')?.value).toBe(data.question);
      expect(JSON.stringify(card)).toMatch(/Nothing has been sent or saved/);
      expect(JSON.stringify(card).includes(`The first ${data.findings.length} are shown`)).toBe(data.count > data.findings.length);
    }
  });

  it('shows text the user typed exactly, even when it looks like a template expression', () => {
    const base = CARD_FIXTURES.identifierCheck[0]!;
    const question = 'Is ${this} a ${problem}? Cost was $5 {approx}.';
    const card = cards.expand('identifierCheck', { ...base, question });
    expect(inputsIn(card).find((i) => i.id === 'question')?.value).toBe(question);
  });

  it('offers withdrawal only for a request that can be withdrawn', () => {
    for (const data of CARD_FIXTURES.requestStatus) {
      const card = cards.expand('requestStatus', data);
      const withdraw = executesIn(card).filter((a) => a.verb === 'request.withdraw');
      expect(withdraw.length).toBe(data.canWithdraw ? 1 : 0);
      expect(JSON.stringify(card)).toContain('Note this reference in your own case system');
    }
  });

  it('lists every request with its own view button, or says there are none', () => {
    for (const data of CARD_FIXTURES.myRequests) {
      const card = cards.expand('myRequests', data);
      const views = executesIn(card).filter((a) => a.verb === 'request.view');
      expect(views.map((v) => (v.data as Json).requestId)).toEqual(data.items.map((i) => i.requestId));
      if (!data.hasItems) expect(executesIn(card).some((a) => a.verb === 'advice.start')).toBe(true);
    }
  });

  it('gives the notice card exactly the actions in its data', () => {
    for (const data of CARD_FIXTURES.notice) {
      const card = cards.expand('notice', data);
      const actions = (card.actions as Json[] | undefined) ?? [];
      expect(actions.map((a) => ({ title: a.title, verb: a.verb, data: a.data }))).toEqual(data.actions);
    }
  });

  it('gives every Action.Execute an Action.Submit fallback with its title, inputs and data, and its verb in the data (Teams mobile)', () => {
    let count = 0;
    for (const { name, card } of rendered) {
      const refresh = isObject(card.refresh) ? card.refresh.action : undefined;
      for (const a of executesIn(card)) {
        if (a === refresh) continue;
        count++;
        const fallback = a.fallback as Json | undefined;
        expect(fallback?.type, `${name}: ${String(a.verb)}`).toBe('Action.Submit');
        expect(fallback?.title).toBe(a.title);
        expect(fallback?.associatedInputs ?? 'auto').toBe(a.associatedInputs ?? 'auto');
        expect(fallback?.data).toEqual({ ...(a.data as Json | undefined), [SUBMIT_VERB_KEY]: a.verb });
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('never lets an input or action data overwrite the verb a fallback submit carries', () => {
    for (const { name, card } of rendered) {
      for (const i of inputsIn(card)) expect(i.id, name).not.toBe(SUBMIT_VERB_KEY);
      for (const a of executesIn(card)) expect(Object.keys((a.data as Json | undefined) ?? {}), name).not.toContain(SUBMIT_VERB_KEY);
    }
  });

  it('leaves the refresh action an Action.Execute without a fallback (a client that cannot run it does not refresh)', () => {
    const withRefresh = rendered.filter(({ card }) => isObject(card.refresh));
    expect(withRefresh.length).toBeGreaterThan(0);
    for (const { card } of withRefresh) {
      const action = (card.refresh as Json).action as Json;
      expect(action.type).toBe('Action.Execute');
      expect(action.fallback).toBeUndefined();
    }
  });

  it('fits the largest "Try again" card in a Teams message, its data carried twice (the action and its fallback)', () => {
    const typed: Record<string, string> = { reasons: 'x'.repeat(RETRY_FIELD_MAX) };
    for (let i = 0; i < 40; i++) typed[`field${i}`] = 'y'.repeat(400);
    const data = echoOf(typed, ['reasons'], RETRY_FIELD_MAX, RETRY_BUDGET);
    const card = cards.expand('notice', storeOutage('decision.submit', data).data as CardData['notice']);
    expect(JSON.stringify(card).length).toBeGreaterThan(2 * (RETRY_BUDGET - 500));
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });

  it('rejects a card that the schema does not allow (the validator can fail)', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock' }] })).toBe(false);
  });
});
