import { describe, expect, it } from 'vitest';
import { CARDS_DIR } from '../../src/app.js';
import { loadCards } from '../../src/adapters/bot/cards.js';
import type { AdviceRequest } from '../../src/domain/request.js';
import type { DecisionRecord } from '../../src/domain/decision.js';
import { askerUpdateCard, leadRequestCard } from '../../src/flow/lead-views.js';
import { decisionFormCard, decisionSummaryCard } from '../../src/flow/decision/views.js';
import type { CardView } from '../../src/flow/cards.js';
import { ANSWERED, FULL_RECORD, TALKING } from '../fixtures/card-data.js';

/**
 * Text people type (a question, a lead's advice, a reply, a decision's reasons) is shown as typed:
 * Teams renders Markdown in TextBlocks and facts, so a typed "[open the form](https://…)" would
 * become a link in the leads' channel. It must appear only in TextRuns (no Markdown) or escaped.
 */

const LINK = '[open the form](https://evil.example/phish)';
const BOLD = '**urgent**';
const typed = (s: string) => `${s} ${LINK} ${BOLD}\n- a list item`;

function withTyped(r: AdviceRequest): AdviceRequest {
  return {
    ...r,
    question: typed(r.question.slice(0, 200)),
    conversation: r.conversation.map((e) => ({ ...e, text: typed(e.text.slice(0, 100)) })),
    ...(r.answer ? { answer: { ...r.answer, text: typed('Share it') } } : {}),
  };
}
const RECORD: DecisionRecord = {
  ...FULL_RECORD,
  content: { ...FULL_CONTENT_TYPED() },
  advice: { ...FULL_RECORD.advice!, text: typed('Share only the disclosure') },
  amendment: { ...FULL_RECORD.amendment!, reason: typed('Correcting the recipient') },
};
function FULL_CONTENT_TYPED(): DecisionRecord['content'] {
  const c = { ...FULL_RECORD.content } as Record<string, unknown>;
  for (const [k, v] of Object.entries(c)) if (typeof v === 'string' && v.length > 20) c[k] = typed(v.slice(0, 60));
  return c as DecisionRecord['content'];
}

const VIEWS: [string, CardView][] = [
  ['the lead card with advice', leadRequestCard(withTyped(ANSWERED), { viewer: 'holder', hideAsker: false })],
  ['the lead card with follow-ups', leadRequestCard(withTyped(TALKING), { viewer: 'everyone', hideAsker: false })],
  ["the asker's advice card", askerUpdateCard(withTyped(ANSWERED), 'answered')],
  ["the asker's follow-up card", askerUpdateCard(withTyped(TALKING), 'followUp')],
  ['the decision summary', decisionSummaryCard(RECORD, 3)],
  ['the decision form with the advice', decisionFormCard({ request: withTyped(ANSWERED), recordId: 'rec-ISA-7K3Q', baseVersion: 0, maxDate: '2026-11-21' })],
];

type Json = Record<string, unknown>;
function markdownTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) markdownTexts(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (o.type === undefined && typeof o.title === 'string' && typeof o.value === 'string') out.push(o.title, o.value);
    for (const v of Object.values(o)) markdownTexts(v, out);
  }
  return out;
}

describe('text people typed is shown without Markdown', () => {
  const cards = loadCards(CARDS_DIR);

  it.each(VIEWS)('%s has no live link, emphasis or list made of typed text', (_name, view) => {
    const card = cards.expand(view.name, view.data);
    const rendered = markdownTexts(card);
    for (const text of rendered) {
      expect(text).not.toMatch(/(?<!\\)\[open the form(?<!\\)\]\(/);
      expect(text).not.toMatch(/(?<!\\)\*\*urgent/);
      expect(text).not.toMatch(/^- a list item/m);
    }
    // …and the text itself is still there for the reader.
    expect(JSON.stringify(card)).toContain('open the form');
  });
});
