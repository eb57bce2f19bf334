import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AuthServer } from '../kit/auth.js';
import { EntraKeys } from '../kit/entra.js';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { BOT, LEADS_CHANNEL_ID, STAFF, TEAM_ID, type Person } from '../kit/activities.js';
import { Chat, actionsOf, askAndSend, textOf, type Card } from '../kit/chat.js';
import { ASK, LEAD, NOT_SHARE, adviseAndDecide, setUpQueue } from '../kit/flows.js';
import { changedContainers, storeDocuments, type StoreDocuments } from '../kit/store-snapshot.js';
import { allowConsoleError } from '../setup/no-console-error.js';
import { CHANNEL_COMMANDS, TEXT_COMMANDS, VERBS, VERB_PAYLOADS, VERB_PLACES, isVerb } from '../../src/flow/verbs.js';
import { cardInput } from '../../src/domain/text.js';
import { normaliseCommand } from '../../src/flow/welcome.js';
import { DECISION_FIELDS } from '../../src/flow/decision/form.js';
import { FORM_FIELDS } from '../../src/flow/advice/form.js';

/**
 * Random and malformed input at the two public doors — the bot endpoint (with Bot Framework
 * authentication on, so most requests reach the bot's logic) and the Decisions tab API — must
 * never get a 500, never crash the process, never leave an unhandled rejection behind, and never
 * change the store when the input is refused.
 *
 * The seed is fixed (it is in each test's name); a failure prints it with the shrunk counterexample.
 * FUZZ_SEED replays another seed, FUZZ_RUNS widens a run (each property's run count is bounded so
 * that the file stays well under a minute on a busy two-core machine).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;
const CONTAINERS_TOUCHED_BY_ANY_TURN = ['chatAddresses'];

// ---- JSON text with keys JavaScript object literals cannot carry ---------------------------------

/** A piece of JSON text spliced verbatim into a body, so keys such as "__proto__" reach the server as keys. */
class Raw {
  constructor(readonly json: string) {}
  toString(): string {
    return this.json.length > 200 ? `${this.json.slice(0, 200)}…(${this.json.length} chars)` : this.json;
  }
}

function toJson(value: unknown): string {
  if (value instanceof Raw) return value.json;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const rawObject = (entries: [string, Raw][]) => new Raw(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v.json}`).join(',')}}`);

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'toJSON'];
const PAYLOAD_KEYS = [
  'draftId', 'rev', 'conv', 'requestId', 'recordId', 'question', 'step', 'answer', 'replyText', 'replace', 'leadText',
  'recommendation', 'assignee', 'baseVersion', 'amendId', 'version', 'amendReason', 'keep.NAME-abc', 'keep.', ...FORM_FIELDS, ...DECISION_FIELDS,
];
const TRICKY_STRINGS = [
  '', ' ', '\u0000', '\u202e\u202d', '\ud800', '${fee}', '{{x}}', '<at>Safeguarding advice</at>', '<script>alert(1)</script>', "' OR 1=1 --",
  '../../etc/passwd', '%00', 'NaN', '-1', '1e309', '9007199254740993', 'true', 'false', 'null', '__proto__', 'ISA-', 'rec-', 'DEC-', '🙂',
  'x'.repeat(65), 'ask', 'my requests', 'set leads queue', 'share', 'not_share', 'immediate_danger', '2026-02-30', 'keep.',
];

const hugeString = fc
  .tuple(fc.constantFrom('x', 'é', '🙂', '\u0000', ' ', 'Kacper '), fc.integer({ min: 1_000, max: 30_000 }))
  .map(([c, n]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));
const deepNesting = fc
  .tuple(fc.constantFrom('[', '{"a":'), fc.integer({ min: 50, max: 3_000 }))
  .map(([open, n]) => new Raw(`${open.repeat(n)}1${(open === '[' ? ']' : '}').repeat(n)}`));
const scalar = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 5, arbitrary: fc.string({ maxLength: 24, unit: 'binary' }) },
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: hugeString },
);
const junkKey = fc.oneof(fc.constantFrom(...POLLUTING_KEYS, ...PAYLOAD_KEYS), fc.string({ maxLength: 10 }));
const { junk } = fc.letrec<{ junk: Raw }>((tie) => ({
  junk: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    { weight: 6, arbitrary: scalar.map((v) => new Raw(toJson(v))) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 2, arbitrary: fc.array(tie('junk'), { maxLength: 4 }).map((items) => new Raw(`[${items.map((i) => i.json).join(',')}]`)) },
    { weight: 3, arbitrary: fc.array(fc.tuple(junkKey, tie('junk')), { maxLength: 5 }).map(rawObject) },
  ),
}));

// ---- the world the fuzzer acts in ----------------------------------------------------------------

const ASKER: Person = { id: '29:fuzz-asker', aadObjectId: 'f0000000-0000-4000-8000-00000000a5ce', name: 'Fuzz Asker' };
const STRANGER: Person = { id: '29:fuzz-stranger', aadObjectId: 'f0000000-0000-4000-8000-000000005742', name: 'Fuzz Stranger' };
const OTHER_TENANT = '0b0b0b0b-1111-4222-8333-444444444444';

interface World {
  reference: string;
  openReference: string;
  draftId: string;
  conv: string;
}

/** Plausible values (real ids among them) so that payloads get past the first checks now and then. */
function plausible(world: World): fc.Arbitrary<unknown> {
  return fc.constantFrom(
    world.reference,
    world.openReference,
    `rec-${world.reference}`,
    world.draftId,
    world.conv,
    'ISA-AAAA',
    'rec-nope',
    '0',
    '1',
    '2',
    'true',
    'false',
    'share',
    'share_part',
    'public_task',
    'refused',
    'no_risk_to_child',
    'childrens_social_care',
    'A worry about a child at home.',
    LEAD.aadObjectId,
    0,
    1,
  );
}

function cardData(world: World): fc.Arbitrary<Raw> {
  const value = fc.oneof({ weight: 3, arbitrary: plausible(world).map((v) => new Raw(toJson(v))) }, { weight: 2, arbitrary: junk });
  return fc.oneof(
    { weight: 1, arbitrary: junk },
    { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PAYLOAD_KEYS), junkKey), value), { maxLength: 8 }).map(rawObject) },
  );
}

const verb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VERBS).map((v) => new Raw(JSON.stringify(v))) },
  { weight: 1, arbitrary: fc.constantFrom('advice.launchMissiles', 'ADVICE.START', 'advice.start ', 'lead.claim\u0000', ...POLLUTING_KEYS).map((v) => new Raw(JSON.stringify(v))) },
  { weight: 1, arbitrary: junk },
);

/** `null` about six times in seven. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const person = fc.constantFrom(ASKER, LEAD, STRANGER, STAFF);

interface Shape {
  token: 'valid' | 'none' | 'garbage' | 'forged' | 'expired';
  body: Record<string, unknown>;
}

function activities(world: World, serviceUrl: string): fc.Arbitrary<Shape> {
  const conversationFor = (scope: string, from: Person) =>
    scope === 'channel'
      ? { id: `${LEADS_CHANNEL_ID};messageid=1`, conversationType: 'channel', isGroup: true }
      : scope === 'groupChat'
        ? { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true }
        : { id: `a:personal-${from.aadObjectId}`, conversationType: scope };
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.record({ action: fc.record({ type: fc.constant('Action.Execute'), verb, data: cardData(world) }, { requiredKeys: ['verb'] }), trigger: fc.constantFrom('manual', 'automatic') }, { requiredKeys: ['action'] }) },
    { weight: 1, arbitrary: junk },
  );
  return fc
    .record({
      token: fc.oneof({ weight: 12, arbitrary: fc.constant('valid' as const) }, { weight: 1, arbitrary: fc.constantFrom('none' as const, 'garbage' as const, 'forged' as const, 'expired' as const) }),
      type: fc.oneof({ weight: 3, arbitrary: fc.constant('invoke') }, { weight: 2, arbitrary: fc.constant('message') }, { weight: 1, arbitrary: fc.constantFrom('conversationUpdate', 'messageReaction', 'event', 'installationUpdate', 'typing', 'endOfConversation', 'invokeResponse', 'trace', 'Invoke', 'x'.repeat(65)) }),
      name: fc.oneof({ weight: 8, arbitrary: fc.constant('adaptiveCard/action') }, { weight: 1, arbitrary: fc.constantFrom('composeExtension/query', 'task/fetch', 'signin/verifyState', 'config/fetch', '') }, { weight: 1, arbitrary: junk }),
      from: person,
      scope: fc.constantFrom('personal', 'personal', 'personal', 'channel', 'groupChat', 'meeting'),
      tenant: fc.oneof({ weight: 10, arbitrary: fc.constant(TEST_TENANT_ID) }, { weight: 1, arbitrary: fc.constantFrom(TEST_TENANT_ID.toUpperCase(), OTHER_TENANT, '') }),
      text: fc.oneof(fc.constantFrom(...TRICKY_STRINGS), fc.string({ maxLength: 40 }), junk),
      value,
      membersAdded: fc.oneof(fc.constant([{ id: BOT.id }]), junk),
      deliveryMode: fc.constantFrom(undefined, 'normal', 'expectReplies', 'notification'),
      /** Occasionally, any envelope field replaced by junk. */
      junkField: rarely(fc.tuple(fc.constantFrom('type', 'id', 'serviceUrl', 'channelId', 'conversation', 'from', 'recipient', 'channelData', 'locale', 'timestamp', 'entities', 'attachments', 'replyToId', '__proto__', 'constructor'), junk)),
      /** Occasionally, a field inside the conversation, an account or the channel data replaced by junk. */
      junkSubField: rarely(
        fc.tuple(
          fc.constantFrom('conversation', 'from', 'recipient', 'channelData'),
          fc.constantFrom('id', 'name', 'aadObjectId', 'role', 'isGroup', 'conversationType', 'tenantId', 'properties', 'tenant', 'team', 'channel', '__proto__'),
          junk,
        ),
      ),
      extra: fc.array(fc.tuple(junkKey, junk), { maxLength: 2 }),
    })
    .map((r): Shape => {
      const body: Record<string, unknown> = {
        type: r.type,
        id: `fuzz-${Math.abs(hash(r.text.toString()))}`,
        timestamp: '2026-11-23T09:00:00.000Z',
        serviceUrl,
        channelId: 'msteams',
        from: { id: r.from.id, name: r.from.name, aadObjectId: r.from.aadObjectId },
        recipient: BOT,
        conversation: { ...conversationFor(r.scope, r.from), ...(r.tenant ? { tenantId: r.tenant } : {}) },
        channelData: { tenant: { id: r.tenant || TEST_TENANT_ID }, ...(r.scope === 'channel' ? { team: { id: TEAM_ID }, channel: { id: LEADS_CHANNEL_ID } } : {}) },
        locale: 'en-GB',
        ...(r.deliveryMode ? { deliveryMode: r.deliveryMode } : {}),
      };
      if (r.type === 'invoke') {
        body.name = r.name;
        body.value = r.value;
      } else if (r.type === 'message') {
        body.text = r.text;
      } else if (r.type === 'conversationUpdate') {
        body.membersAdded = r.membersAdded;
      }
      for (const [k, v] of r.extra) if (!Object.hasOwn(body, k)) setOwn(body, k, v);
      if (r.junkSubField) {
        const [field, key, value] = r.junkSubField;
        body[field] = { ...(body[field] as Record<string, unknown>), [key]: value };
      }
      if (r.junkField) {
        const [field, value] = r.junkField;
        setOwn(body, field, value);
      }
      return { token: r.token, body };
    });
}

/** Sets an own property, also for keys such as `__proto__` that plain assignment would not create. */
function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Which containers the input may change, from what the server received. Refused input changes
 * nothing beyond the chat address every turn remembers; accepted input (a known verb whose payload
 * passes its schema, a typed command that starts something) is not judged here.
 */
function allowedChanges(received: unknown, status: number): { containers: string[] | 'any'; expect?: RegExp } {
  if (status !== 200) {
    // Refused at the edge (400/401/403/413/415): nothing at all; an unsupported invoke ran a turn.
    return { containers: status === 400 && isUnsupportedInvoke(received) ? CONTAINERS_TOUCHED_BY_ANY_TURN : [] };
  }
  const a = (received ?? {}) as Record<string, unknown>;
  const conversation = (a.conversation ?? {}) as Record<string, unknown>;
  const scope = conversation.conversationType === 'channel' ? 'channel' : conversation.conversationType === 'groupChat' ? 'groupChat' : 'personal';
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const action = (a.value as { action?: { verb?: unknown; data?: unknown } } | null | undefined)?.action;
    if (!isVerb(action?.verb)) return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN, expect: /do not know that action/ };
    const place = VERB_PLACES[action.verb];
    if (place === 'personal' && scope !== 'personal') return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN, expect: /Please use a 1:1 chat/ };
    if (place === 'leadsChannel' && scope !== 'channel') return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN, expect: /Safeguarding leads only/ };
    if (!VERB_PAYLOADS[action.verb].safeParse(cardInput(action.data)).success) return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN, expect: /could not be read/ };
    return { containers: 'any' };
  }
  if (a.type === 'message') {
    const text = typeof a.text === 'string' ? normaliseCommand(a.text) : '';
    if (scope === 'personal' && TEXT_COMMANDS[text] === 'advice.start') return { containers: [...CONTAINERS_TOUCHED_BY_ANY_TURN, 'conversations'] };
    if (scope === 'channel' && (CHANNEL_COMMANDS as Record<string, string>)[text] === 'queue.set') return { containers: [...CONTAINERS_TOUCHED_BY_ANY_TURN, 'tenants'] };
    return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN };
  }
  if (a.type === 'conversationUpdate') return { containers: CONTAINERS_TOUCHED_BY_ANY_TURN };
  return { containers: [] };
}

function isUnsupportedInvoke(received: unknown): boolean {
  const a = (received ?? {}) as Record<string, unknown>;
  return a.type === 'invoke' && a.name !== 'adaptiveCard/action';
}

function errorBody(body: unknown): { code?: unknown; message?: unknown } {
  return body !== null && typeof body === 'object' ? body : {};
}

describe('fuzzing the public doors', () => {
  const auth = new AuthServer();
  const entra = new EntraKeys();
  const connector = new FakeConnector();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  let app: TestApp;
  let authed: TestApp;
  let world: World;
  const tokens: Record<Shape['token'], string | undefined> = { valid: undefined, none: undefined, garbage: 'not-a-jwt', forged: undefined, expired: undefined };
  /** Tab tokens by label (counterexamples name the label, not the token). */
  const tabTokens: Record<string, string> = {};
  /** The store as the previous run left it (undefined after a failed run). */
  let last: StoreDocuments | undefined;

  beforeAll(async () => {
    // botframework-connector writes these itself when it rejects a token; the endpoint answers 401 regardless.
    allowConsoleError(/jwt expired|jwt not active|invalid signature|Error finding key for token|jwt signature is required|invalid algorithm|jwt malformed/i);
    process.on('unhandledRejection', onRejection);
    await Promise.all([auth.start(), entra.start(), connector.start()]);
    connector.acceptToken = (token) => auth.isOutboundToken(token);
    app = await startTestApp({ ...auth.env(), ...entra.env(), LOCAL_STORE_FLUSH_MS: '60000' });
    tokens.valid = await auth.mint({ serviceUrl: connector.url });
    tokens.forged = await auth.mint({ serviceUrl: connector.url, signWithUnpublishedKey: true });
    tokens.expired = await auth.mint({ serviceUrl: connector.url, expiresInSeconds: -3600, notBeforeOffsetSeconds: -7200 });
    authed = { ...app, post: (body, token, headers) => app.post(body, token ?? tokens.valid, headers) };

    // A world with something in it: a leads' queue, an answered request with a decision, an open request, a draft.
    await setUpQueue(authed, connector);
    const asker = new Chat(authed, connector, ASKER);
    const { reference } = await adviseAndDecide(authed, connector, asker, NOT_SHARE);
    const { reference: openReference } = await askAndSend(new Chat(authed, connector, STAFF), ASK);
    const [welcome] = await asker.say('hi');
    const form = await asker.click(welcome!, 'advice.start');
    const ref = actionsOf(form).find((a) => a.verb === 'advice.submitForm')?.data as { draftId: string; conv: string };
    world = { reference, openReference, draftId: ref.draftId, conv: ref.conv };
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();

    tabTokens.manager = await entra.manager(TEST_TENANT_ID);
    tabTokens.staff = await entra.mint({ tenantId: TEST_TENANT_ID });
    tabTokens.expired = await entra.manager(TEST_TENANT_ID, { expiresInSeconds: -600 });
    tabTokens['other-tenant'] = await entra.manager(OTHER_TENANT);
    tabTokens.forged = await entra.manager(TEST_TENANT_ID, { signWithUnpublishedKey: true });
  }, 120_000);

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await app?.stop();
    await Promise.all([connector.stop(), entra.stop(), auth.stop()]);
  });

  /** The process still serves: health, and an ordinary turn with its welcome card. */
  async function expectStillServing(): Promise<void> {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const chat = new Chat(authed, connector, { ...STAFF, id: '29:after-fuzz', aadObjectId: 'f0000000-0000-4000-8000-0000000af7e2', name: 'After Fuzz' });
    const [welcome] = await chat.say('hi');
    expect(textOf(welcome!)).toMatch(/999/);
    expect(rejections).toEqual([]);
  }

  async function beforeRun(): Promise<StoreDocuments> {
    const before = last ?? (await storeDocuments(app));
    last = undefined;
    return before;
  }

  it(`answers random activities with 2xx/4xx and a clear body, and refused ones change nothing (seed ${SEED})`, async () => {
    let reachedTheBot = 0;
    await fc.assert(
      fc.asyncProperty(activities(world, connector.url), async ({ token, body }) => {
        const before = await beforeRun();
        const text = toJson(body);
        const res = await app.post(text, tokens[token]);
        expect(res.status, `status for ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(errorBody(res.body).code, `a code in ${JSON.stringify(res.body)}`).toEqual(expect.any(String));
        }
        let received: unknown;
        try {
          received = JSON.parse(text);
        } catch {
          received = undefined;
        }
        const allowed = allowedChanges(received, res.status);
        if (res.status === 200) reachedTheBot++;
        const r = (received ?? {}) as Record<string, unknown>;
        if (res.status === 200 && r.type === 'invoke' && r.name === 'adaptiveCard/action' && r.deliveryMode !== 'expectReplies') {
          const card = (res.body as { value?: Card } | undefined)?.value;
          expect(card?.type, 'an Adaptive Card in the invoke response').toBe('AdaptiveCard');
          expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
          if (allowed.expect) expect(textOf(card!)).toMatch(allowed.expect);
        }
        const after = await storeDocuments(app);
        if (allowed.containers !== 'any') {
          const permitted = allowed.containers;
          expect(changedContainers(before, after).filter((c) => !permitted.includes(c)), 'containers changed by refused input').toEqual([]);
        }
        last = after;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generators are worth something only if much of what they make gets past the edge.
    expect(reachedTheBot).toBeGreaterThan(RUNS / 3);
    await expectStillServing();
  }, 300_000);

  it(`refuses malformed bodies at the edge with 400/413/415 and changes nothing (seed ${SEED})`, async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200, unit: 'binary' }),
      junk.map((j) => j.json),
      junk.map((j) => j.json.slice(0, Math.max(0, j.json.length - 1))),
      fc.constantFrom('', '{', '{"type":', 'null', '[]', '"activity"', '1', 'true', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'),
      fc.integer({ min: 262_145, max: 400_000 }).map((n) => `{"type":"message","text":"${'x'.repeat(n)}"}`),
    );
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream');
    const before = await storeDocuments(app);
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.constantFrom<Shape['token']>('valid', 'none', 'garbage'), async (text, type, token) => {
        const res = await app.post(text, tokens[token], { 'content-type': type });
        expect(res.status, `status for ${type} ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(errorBody(res.body).code, `a code in ${JSON.stringify(res.body)?.slice(0, 300)}`).toEqual(expect.any(String));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(changedContainers(before, await storeDocuments(app))).toEqual([]);
    last = undefined;
    await expectStillServing();
  }, 300_000);

  it(`answers random tab API requests with 2xx/4xx and a clear body, and never changes the store (seed ${SEED})`, async () => {
    const known = fc.constantFrom('me', 'options', 'decisions', `decisions/rec-${world.reference}`, `decisions/rec-${world.reference}/pack`, 'decisions/rec-nope', 'decisions/rec-nope/pack', 'metrics', 'export.csv', 'config', 'dev-signin');
    const path = fc.oneof(
      { weight: 4, arbitrary: known },
      { weight: 1, arbitrary: fc.webPath().map((p) => p.replace(/^\//, '')) },
      { weight: 1, arbitrary: fc.constantFrom('decisions/%', 'decisions/%E0%A4%A', 'decisions/..%2F..%2Fetc', 'decisions/a%00b', 'decisions/' + 'x'.repeat(5000), '../healthz', 'decisions//', '%2e%2e/', 'decisions/__proto__', 'decisions/constructor', 'export.csv/x') },
      { weight: 1, arbitrary: fc.tuple(known, fc.webSegment()).map(([k, s]) => `${k}/${s}`) },
    );
    const FILTER_KEYS = ['from', 'to', 'decision', 'lawfulBasis', 'consent', 'area', 'urgency', 'lead', 'status', 'reference', 'pageSize', 'continuation', '__proto__', 'constructor', 'toString', 'tenantId'];
    const FILTER_VALUES = ['', '2026-11-23', '2026-02-30', '9999-12-31', '0000-01-01', 'share', 'not_share', 'maybe', 'public_task', 'refused', 'neglect', 'today', 'recorded', 'amended', 'ISA-', 'isa-7k', "ISA-' OR 1=1", '1', '0', '-1', '100', '101', '1.5', '1e2', 'NaN', 'eyJxIjoiYSIsInQiOiJiIn0', 'x'.repeat(3000), '%', '%ZZ', '\u0000'];
    const validFilter = fc
      .record(
        {
          from: fc.constantFrom('2026-01-01', '2026-11-23'),
          to: fc.constantFrom('2026-11-30', '2099-12-31'),
          decision: fc.constantFrom('share', 'share_part', 'not_share', ''),
          consent: fc.constantFrom('refused', 'given'),
          area: fc.constantFrom('neglect', 'domestic_abuse'),
          status: fc.constantFrom('recorded', 'amended'),
          reference: fc.constantFrom('ISA-', 'isa', world.reference, 'DEC'),
          pageSize: fc.constantFrom('1', '25', '100'),
        },
        { requiredKeys: [] },
      )
      .map((f) => new URLSearchParams(Object.entries<string>(f)).toString());
    const query = fc.oneof(
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 3, arbitrary: validFilter },
      { weight: 1, arbitrary: fc.webQueryParameters() },
      {
        weight: 2,
        arbitrary: fc
          .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FILTER_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FILTER_VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) })), { maxLength: 5 })
          .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${k === '%' ? v : encodeURIComponent(v)}`).join('&')),
      },
      { weight: 1, arbitrary: fc.constantFrom('%', '%%', 'a=%ZZ', '&&&', '=', 'from', 'from=2026-11-23&from=2026-11-24', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '__proto__=1', 'toString=1') },
    );
    const authorization = fc.oneof(
      { weight: 6, arbitrary: fc.constant('Bearer {manager}') },
      { weight: 2, arbitrary: fc.constantFrom(...Object.keys(tabTokens).map((label) => `Bearer {${label}}`)) },
      { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', 'Bearer ....', 'bearer {manager}', 'Bearer {manager} extra', 'Bearer {manager}x', `Bearer ${'a'.repeat(12_000)}.b.c`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`) },
    );
    const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS');
    const before = await storeDocuments(app);
    let served = 0;
    await fc.assert(
      fc.asyncProperty(path, query, authorization, method, junk, async (p, q, auth, m, body) => {
        const url = `${app.url}/api/tab/${p}${q ? `?${q}` : ''}`;
        const headers: Record<string, string> = auth === undefined ? {} : { authorization: auth.replace(/\{([a-z-]+)\}/, (_, label: string) => tabTokens[label] ?? '') };
        const withBody = m === 'POST' || m === 'PUT' || m === 'PATCH';
        if (withBody) headers['content-type'] = 'application/json';
        const res = await fetch(url, { method: m, headers, ...(withBody ? { body: body.json } : {}) });
        const text = await res.text();
        expect(res.status, `${m} ${url.slice(0, 300)}`).toBeLessThan(500);
        // 431 is Node's own answer to headers over its 16 KB limit, before any route runs.
        if (res.status >= 400 && m !== 'HEAD' && res.status !== 431) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
          expect(errorBody(parsed).code, `a code in ${text.slice(0, 300)}`).toEqual(expect.any(String));
          const message = errorBody(parsed).message;
          expect(message, `a message in ${text.slice(0, 300)}`).toEqual(expect.any(String));
          // The explanation is true: a key said to be repeated was given more than once.
          const repeated = /^"(.*)" is given more than once$/s.exec(String(message))?.[1];
          if (repeated !== undefined) expect(new URLSearchParams(q).getAll(repeated).length, String(message)).toBeGreaterThan(1);
        }
        if (res.status < 300) served++;
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
    expect(served).toBeGreaterThan(RUNS / 10);
    expect(changedContainers(before, await storeDocuments(app))).toEqual([]);
    last = undefined;
    await expectStillServing();
  }, 300_000);
});
