import { Agent, request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { FakeConnector, OutboundCall } from '../../test/kit/connector.js';
import { personalInvoke, personalMessage, type Person } from '../../test/kit/activities.js';
import { REFERENCE_PATTERN, actionsOf, cardOf, inputsOf, submission, textOf, type Card } from '../../test/kit/cards.js';
import type { ClientStats, LoadWorkerData, Step } from './protocol.js';
import type { Bot } from './types.js';
import { pct, sleep } from './stats.js';

/**
 * N conversations (distinct people and conversation ids), each running the advice flow in a closed
 * loop ("hi" → Ask for advice → form → guidance answers → Send, then "hi" again) against the
 * product, or replaying the recorded activities of one flow against the echo bot. It runs in the
 * load worker, beside the fake connector the bots reply to.
 */
export class LoadGenerator {
  private running = false;
  private windowOpen = false;
  private loops: Promise<void>[] = [];
  private agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  private latencies: number[] = [];
  private turns = 0;
  private errors = 0;
  private flows = 0;
  private firstErrors: string[] = [];
  private runs = 0;

  constructor(
    private readonly connector: FakeConnector,
    private readonly init: LoadWorkerData,
  ) {}

  /** One product flow, recording the activities sent, for the echo bot to replay. */
  async probe(url: string): Promise<Step[]> {
    const steps: Step[] = [];
    await this.productFlow(new URL('/api/messages', url), this.person(0), false, steps);
    return steps;
  }

  start(bot: Bot, url: string, conversations: number, steps: Step[], soakMix: boolean): void {
    this.running = true;
    this.windowOpen = false;
    this.latencies = [];
    this.turns = this.errors = this.flows = 0;
    this.firstErrors = [];
    this.runs++;
    const target = new URL('/api/messages', url);
    this.loops = Array.from({ length: conversations }, (_, i) => this.loop(bot, target, this.person(i), steps, soakMix));
  }

  setWindow(open: boolean): void {
    this.windowOpen = open;
  }

  async stop(): Promise<ClientStats> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return { turns: this.turns, errors: this.errors, flows: this.flows, p50: pct(sorted, 50), p99: pct(sorted, 99), firstErrors: this.firstErrors };
  }

  private person(i: number): Person {
    const aadObjectId = randomUUID();
    return { id: `29:bench-${this.runs}-${i}`, aadObjectId, name: `Bench Person ${i}` };
  }

  private async loop(bot: Bot, target: URL, person: Person, steps: Step[], soakMix: boolean): Promise<void> {
    while (this.running) {
      try {
        if (bot === 'product') await this.productFlow(target, person, soakMix);
        else await this.echoFlow(target, person, steps);
      } catch (err) {
        if (!this.running) return;
        if (this.windowOpen) {
          this.errors++;
          if (this.firstErrors.length < 5) this.firstErrors.push(err instanceof Error ? err.message : String(err));
        }
        await sleep(20);
      }
    }
  }

  private post(target: URL, activity: Record<string, unknown>): Promise<{ status: number; text: string }> {
    const body = JSON.stringify(activity);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        target,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            if (this.windowOpen) {
              this.turns++;
              this.latencies.push(performance.now() - started);
            }
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** A message; resolves with the activity the bot sent back through the connector. */
  private async say(target: URL, person: Person, text: string): Promise<OutboundCall> {
    const activity = personalMessage(this.connector.url, { from: person, tenantId: this.init.tenantId, text });
    const id = activity.id as string;
    const replied = this.connector.waitFor((c) => c.kind === 'reply' && c.activityId === id, 30_000);
    replied.catch(() => undefined);
    const res = await this.post(target, activity);
    if (res.status !== 200) throw new Error(`message "${text}" answered ${res.status}`);
    const call = await replied;
    // The connector records every call; keep the record (and its linear searches) short.
    if (this.connector.calls.length > 500) this.connector.reset();
    return call;
  }

  private async invoke(target: URL, person: Person, verb: string, data: Record<string, unknown>): Promise<{ card: Card; text: string }> {
    const res = await this.post(target, personalInvoke(this.connector.url, verb, data, { from: person, tenantId: this.init.tenantId }));
    if (res.status !== 200) throw new Error(`invoke ${verb} answered ${res.status}`);
    const body = (res.text ? JSON.parse(res.text) : {}) as { value?: Card };
    return { card: body.value ?? {}, text: res.text };
  }

  /** Clicks the button with `verb` on `card`, with its inputs as shown plus `inputs`. */
  private async click(target: URL, person: Person, card: Card, verb: string, inputs: Record<string, string>, record?: Step[]): Promise<{ card: Card; text: string }> {
    const action = actionsOf(card).find((a) => a.verb === verb);
    if (!action) throw new Error(`no ${verb} on the card (has ${actionsOf(card).map((a) => a.verb).join(', ')}): ${textOf(card).slice(0, 160)}`);
    const data = submission(card, action, inputs);
    record?.push({ kind: 'invoke', verb, data });
    return this.invoke(target, person, verb, data);
  }

  private async productFlow(target: URL, person: Person, soakMix: boolean, record?: Step[]): Promise<void> {
    record?.push({ kind: 'message', text: 'hi' });
    const welcome = cardOf(await this.say(target, person, 'hi'));
    if (!this.running && !record) return;
    let next = await this.click(target, person, welcome, 'advice.start', {}, record);
    next = await this.click(target, person, next.card, 'advice.submitForm', this.init.form, record);
    if (actionsOf(next.card).some((a) => a.verb === 'advice.applyReplacements')) next = await this.click(target, person, next.card, 'advice.applyReplacements', {}, record);
    for (let i = 0; i < 12 && actionsOf(next.card).some((a) => a.verb === 'advice.answer'); i++) {
      if (!this.running && !record) return;
      const choices = inputsOf(next.card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined;
      const first = choices?.[0]?.value;
      if (!first) throw new Error('a guidance step without choices');
      next = await this.click(target, person, next.card, 'advice.answer', { answer: first }, record);
    }
    if (!this.running && !record) return;
    const sent = await this.click(target, person, next.card, 'advice.send', {}, record);
    if (!REFERENCE_PATTERN.test(sent.text)) throw new Error('advice.send did not answer with a reference');
    if (this.windowOpen) this.flows++;
    if (soakMix && this.running) await this.say(target, person, 'my requests');
  }

  private async echoFlow(target: URL, person: Person, steps: Step[]): Promise<void> {
    for (const step of steps) {
      if (!this.running) return;
      if (step.kind === 'message') await this.say(target, person, step.text);
      else await this.invoke(target, person, step.verb, step.data);
    }
    if (this.windowOpen) this.flows++;
  }
}
