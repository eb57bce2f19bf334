/**
 * Store round trips per action: the advice flow, a lead's claim and answer, and a decision, through
 * the real endpoint with every request to the embedded store delayed by `latencyMs` (a store in
 * another region). An action's answer time divided by the delay is the number of store round
 * trips it waited on one after another; the requests counted during it include work done beside
 * them. `npm run bench` runs it; `npx tsx scripts/bench-store-trips.ts` runs it alone.
 */
import { fileURLToPath } from 'node:url';
import { FakeConnector } from '../test/kit/connector.js';
import { startTestApp } from '../test/kit/app.js';
import { Chat, REFERENCE_PATTERN, actionsOf, inputsOf, type Card } from '../test/kit/chat.js';
import { channelInvoke } from '../test/kit/activities.js';
import { ASK, LEAD, NOT_SHARE, setUpQueue } from '../test/kit/flows.js';

export interface ActionTrips {
  action: string;
  /** Store round trips the answer waited for, one after another. */
  sequential: number;
  /** Store requests made while the action ran (including those beside the critical path). */
  requests: number;
  ms: number;
}

export interface StoreTrips {
  latencyMs: number;
  actions: ActionTrips[];
  /** The staff member's advice flow from "hi" to Send. */
  adviceFlow: { turns: number; requests: number; sequential: number };
}

export async function benchStoreTrips(latencyMs = 100): Promise<StoreTrips> {
  const connector = await new FakeConnector().start();
  const app = await startTestApp({ LOG_LEVEL: 'warn', LOCAL_STORE_FLUSH_MS: '60000' });
  const local = app.app.store.local;
  if (!local) throw new Error('the store trips benchmark needs the embedded store');
  const actions: ActionTrips[] = [];
  try {
    await setUpQueue(app, connector);
    const chat = new Chat(app, connector);
    await chat.say('hello');
    await app.app.tasks.drain();
    local.setLatency(latencyMs);

    async function measure<T>(action: string, work: () => Promise<T>): Promise<T> {
      await app.app.tasks.drain();
      const before = local!.requests;
      const started = performance.now();
      const result = await work();
      const ms = performance.now() - started;
      actions.push({ action, sequential: Math.round(ms / latencyMs), requests: local!.requests - before, ms: Math.round(ms) });
      return result;
    }

    const [welcome] = await measure('say "hi" (welcome card)', () => chat.say('hi'));
    let card: Card = await measure('advice.start', () => chat.click(welcome!, 'advice.start'));
    card = await measure('advice.submitForm', () => chat.click(card, 'advice.submitForm', ASK));
    let step = 0;
    while (actionsOf(card).some((a) => a.verb === 'advice.answer')) {
      const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined)?.[0]?.value ?? '';
      const current = card;
      card = await measure(`advice.answer (step ${++step})`, () => chat.click(current, 'advice.answer', { answer: first }));
    }
    const sent = await measure('advice.send', () => chat.click(card, 'advice.send'));
    const reference = REFERENCE_PATTERN.exec(JSON.stringify(sent))?.[0] ?? '';
    const flow = actions.slice();
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();

    const lead = (verb: string, data: Record<string, unknown>) => app.post(channelInvoke(connector.url, LEAD, verb, data));
    await measure('lead.claim', () => lead('lead.claim', { requestId: reference }));
    await measure('lead.answer', () => lead('lead.answer', { requestId: reference, recommendation: 'share', leadText: 'Share with the health visitor and record why.', replace: 'false' }));
    await app.app.tasks.drain();
    await app.app.scheduler.runOnce();
    const form = await measure('decision.start', async () => (await chat.invoke('decision.start', { requestId: reference })).card);
    await measure('decision.submit', () => chat.click(form, 'decision.submit', NOT_SHARE));
    await app.app.tasks.drain();
    return {
      latencyMs,
      actions,
      adviceFlow: { turns: flow.length, requests: flow.reduce((n, a) => n + a.requests, 0), sequential: flow.reduce((n, a) => n + a.sequential, 0) },
    };
  } finally {
    local.setLatency(0);
    await app.stop();
    await connector.stop();
  }
}

export function formatStoreTrips(t: StoreTrips): string {
  const lines = [`Store round trips per action (every store request delayed ${t.latencyMs} ms)`, 'action                          sequential  requests     ms'];
  for (const a of t.actions) lines.push(`${a.action.padEnd(30)} ${String(a.sequential).padStart(10)} ${String(a.requests).padStart(9)} ${String(a.ms).padStart(6)}`);
  lines.push(`advice flow: ${t.adviceFlow.turns} turns, ${t.adviceFlow.requests} store requests, ${t.adviceFlow.sequential} sequential round trips`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatStoreTrips(await benchStoreTrips(Number(process.env.BENCH_STORE_LATENCY_MS ?? 100))));
}
