import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../kit/connector.js';
import { startTestApp, TEST_TENANT_ID, type TestApp } from '../kit/app.js';
import { Chat, actionsOf, askAndSend, cardOf, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, personalMessage } from '../kit/activities.js';
import { conversationTag } from '../../src/handlers/context.js';
import { ASK, setUpQueue } from '../kit/flows.js';
import { cardInput, cleanText, echoOf, escapeMarkdown } from '../../src/domain/text.js';

/** Odd Unicode, deep and huge card input: cleaned or dropped at the edge, never a 500, never a giant card. */

function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { v };
  return v;
}

describe('cleanText and cardInput (the edge normalisation)', () => {
  it('removes NUL and other control characters and bidi overrides, keeps tabs and newlines, mends lone surrogates', () => {
    expect(cleanText('a\u0000b\u0007c\u007fd\u0085e')).toBe('abcde');
    expect(cleanText('line one\r\nline two\rthree\tcol')).toBe('line one\nline two\nthree\tcol');
    expect(cleanText('safe \u202Edrowssap\u202C and \u2066isolate\u2069')).toBe('safe drowssap and isolate');
    expect(cleanText('half \uD83D pair')).toBe('half \uFFFD pair');
    expect(cleanText('emoji 😀 stays')).toBe('emoji 😀 stays');
    expect(cleanText('Siobha\u0301n')).toBe('Siobh\u00e1n');
  });

  it('keeps flat strings, numbers and booleans; drops nested values, arrays and odd keys', () => {
    expect(cardInput({ question: 'x\u0000y', rev: 3, ok: true, deep: { a: 1 }, list: [1], '<script>': 'z', 'keep.NAME-abc': 'true' })).toEqual({
      question: 'xy',
      rev: 3,
      ok: true,
      'keep.NAME-abc': 'true',
    });
    expect(cardInput(nested(5000))).toEqual({});
    expect(cardInput('text')).toEqual({});
    expect(Object.keys(cardInput(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'v'])))).length).toBe(120);
  });

  it('echoes the verb’s own fields first and stays within its budget', () => {
    const echo = echoOf({ junk: 'j'.repeat(15_000), question: 'q'.repeat(9_000), requestId: 'ISA-ABCD' }, ['requestId', 'question'], 20_000, 22_000);
    expect(Object.keys(echo)).toEqual(['requestId', 'question']);
  });
});

describe('odd and oversized card input through the real endpoint', () => {
  const connector = new FakeConnector();
  let app: TestApp;
  let chat: Chat;

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp();
    await setUpQueue(app, connector);
    chat = new Chat(app, connector);
  });
  afterAll(async () => {
    app.app.store.local?.setAvailable(true);
    await app.stop();
    await connector.stop();
  });

  it('stores and posts a question without NUL, bidi overrides or lone surrogates', async () => {
    const question = 'The child\u0000 said \u202Eyeht\u202C are scared of going home \uD800 — may I share with the school nurse?';
    const { reference } = await askAndSend(chat, { ...ASK, question });
    const stored = (await app.app.store.requests.get(TEST_TENANT_ID, reference))?.question ?? '';
    expect(stored).toContain('are scared of going home');
    expect(stored).not.toContain('\u0000');
    expect(stored).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(stored).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const post = await connector.waitFor((c) => c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(reference));
    expect(JSON.stringify(post.body)).not.toMatch(/\\u0000|\\u202e|\u202E/i);
  });

  async function invoke(verb: string, data: unknown): Promise<{ status: number; card: Card; bytes: number }> {
    const activity = { ...personalMessage(connector.url, {}), type: 'invoke', name: 'adaptiveCard/action', id: randomUUID(), value: { action: { type: 'Action.Execute', verb, data } } };
    const res = await app.post(activity);
    const card = (res.body as { value?: Card } | undefined)?.value ?? {};
    return { status: res.status, card, bytes: JSON.stringify(card).length };
  }

  it('answers deeply nested card data with a card, not a 500', async () => {
    const res = await invoke('requests.mine', { junk: nested(3000) });
    expect(res.status).toBe(200);
    expect(textOf(res.card)).toMatch(/requests/i);
  });

  it('gives a "Try again" card during a store outage that carries the question but not 200 KB of junk or deep nesting', async () => {
    app.app.store.local?.setAvailable(false);
    try {
      const data = { draftId: 'd-1', rev: 1, conv: conversationTag(`a:personal-${STAFF.aadObjectId}`), question: 'Please keep this question', junk: 'x'.repeat(200_000), deep: nested(3000) };
      const res = await invoke('advice.checkQuestion', data);
      expect(res.status).toBe(200);
      expect(textOf(res.card)).toMatch(/Not saved/);
      expect(res.bytes).toBeLessThan(28_000);
      const retry = actionsOf(res.card).find((a) => a.title === 'Try again');
      expect(retry?.data).toMatchObject({ draftId: 'd-1', question: 'Please keep this question' });
      expect(retry?.data).not.toHaveProperty('junk');
      expect(retry?.data).not.toHaveProperty('deep');
    } finally {
      app.app.store.local?.setAvailable(true);
    }
  });
});

describe('escapeMarkdown (text shown where Teams renders Markdown)', () => {
  it('leaves no link, emphasis, code or list syntax, and changes nothing else', () => {
    expect(escapeMarkdown('[open the form](https://evil.example)')).toBe('\\[open the form\\](https://evil.example)');
    expect(escapeMarkdown('**bold** _it_ `code` ~~x~~')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~');
    expect(escapeMarkdown('- one\n+ two\n12. three\n# head\n> quote')).toBe('\\- one\n\\+ two\n12\\. three\n\\# head\n\\> quote');
    expect(escapeMarkdown('Shared by phone (section 47), 3 - 4 pages.')).toBe('Shared by phone (section 47), 3 - 4 pages.');
  });
});
