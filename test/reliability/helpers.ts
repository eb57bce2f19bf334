import type { TestApp } from '../kit/app.js';
import type { FakeConnector, OutboundCall } from '../kit/connector.js';
import { Chat, actionsOf, cardOf, submission, textOf, type Card } from '../kit/chat.js';
import { LEADS_CHANNEL_ID, STAFF, channelInvoke, type Person } from '../kit/activities.js';

/** Helpers shared by the reliability tests (outages, restarts, Teams faults). */

export const MINUTE = 60_000;

/** A fresh staff member per scenario, so that drafts and requests never mix between scenarios. */
export function staffChat(app: TestApp, connector: FakeConnector, tag: string, n: number): Chat {
  const hex = Buffer.from(tag).toString('hex').slice(0, 4).padEnd(4, '0');
  return new Chat(app, connector, { ...STAFF, id: `29:${tag}-${n}`, aadObjectId: `${hex}0000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Staff ${tag} ${n}` });
}

/** A lead clicks a button on a card in the leads' channel; the card that comes back replaces it. */
export async function leadInvoke(app: TestApp, connector: FakeConnector, lead: Person, verb: string, data: Record<string, unknown>): Promise<Card> {
  const res = await app.post(channelInvoke(connector.url, lead, verb, data));
  if (res.status !== 200) throw new Error(`lead invoke ${verb} answered ${res.status}`);
  return (res.body as { value?: Card } | undefined)?.value ?? {};
}

/** Clicks `button` on a card shown to a lead in the leads' channel. */
export async function leadClick(app: TestApp, connector: FakeConnector, lead: Person, card: Card, button: string, inputs: Record<string, string> = {}): Promise<Card> {
  const action = actionsOf(card).find((a) => a.title === button || a.verb === button);
  if (!action) throw new Error(`no button "${button}" on the lead's card: ${actionsOf(card).map((a) => a.title).join(', ')}`);
  return leadInvoke(app, connector, lead, action.verb, submission(card, action, inputs));
}

/** The "not saved, your entries are kept, try again" card that a store outage must produce. */
export function isStoreOutageCard(card: Card): boolean {
  const text = textOf(card);
  return /Not saved/.test(text) && /entries are kept/.test(text) && actionsOf(card).some((a) => a.title === 'Try again');
}

/** Lets background work (proactive messages, deliveries, reporting) finish, so it neither races nor uses the store allowance. */
export async function settle(app: TestApp): Promise<void> {
  await app.app.tasks.drain();
  await app.app.deps.outbound.drain();
  await app.app.tasks.drain();
}

/** Runs `action` with the store going down after `n` more requests; returns what it gave back and how long it took. */
export async function withStoreDownAfter<T>(app: TestApp, n: number, action: () => Promise<T>): Promise<{ result: T; ms: number }> {
  await settle(app);
  const local = app.app.store.local;
  if (!local) throw new Error('the test app has no local store');
  local.goDownAfter(n);
  const started = performance.now();
  const result = await action();
  return { result, ms: performance.now() - started };
}

/** Brings the store back and waits for whatever the outage left running. */
export async function storeBack(app: TestApp): Promise<void> {
  app.app.store.local?.setAvailable(true);
  await settle(app);
}

/** Channel posts (new threads in the leads' channel) that show this reference. */
export function channelPostsOf(connector: FakeConnector, reference: string): OutboundCall[] {
  return connector.calls.filter((c) => c.kind === 'send' && c.conversationId === LEADS_CHANNEL_ID && textOf(cardOf(c)).includes(reference));
}

/** The store's audit trail actions for a subject, in order. */
export async function auditActions(app: TestApp, tenantId: string, subjectId: string): Promise<string[]> {
  return (await app.app.store.audit.listFor(tenantId, subjectId)).map((e) => e.action);
}
