import type { FakeConnector, OutboundCall } from './connector.js';
import type { TestApp } from './app.js';
import { channelInvoke, channelSubmit, personalInvoke, personalMessage, personalSubmit, LEADS_CHANNEL_ID, STAFF, type Person } from './activities.js';
import { REFERENCE_PATTERN, actionsOf, cardOf, inputsOf, submission, textOf, type Card, type ExecuteAction } from './cards.js';

// The card readers live in cards.ts (no imports, for the benchmarks' load worker); the tests take them from here too.
export { REFERENCE_PATTERN, actionsOf, cardOf, inputsOf, submission, textOf, type Card } from './cards.js';

/** How a person's client sends a click: an Action.Execute invoke (desktop, web) or its Action.Submit fallback (mobile). */
export type Via = 'invoke' | 'submit';

function buttonOf(card: Card, button: string): ExecuteAction {
  const action = actionsOf(card).find((a) => a.title === button || a.verb === button);
  if (!action) throw new Error(`no button "${button}" on card: ${actionsOf(card).map((a) => a.title).join(', ')}`);
  return action;
}

/**
 * What Teams sends for a click on `button`: for an invoke, `submission` (the inputs, what was typed,
 * the action's data); for the Action.Submit fallback (which must be there), its data with the
 * inputs merged in as the Adaptive Cards renderer does (none when `associatedInputs` is none).
 */
export function clickPayload(card: Card, button: string, inputs: Record<string, string>, via: Via): { verb: string; data: Record<string, unknown> } {
  const action = buttonOf(card, button);
  for (const key of Object.keys(inputs)) {
    if (!inputsOf(card).some((i) => i.id === key)) throw new Error(`no input "${key}" on card`);
  }
  if (via === 'invoke') return { verb: action.verb, data: submission(card, action, inputs) };
  const fallback = action.fallback;
  if (typeof fallback !== 'object' || fallback.type !== 'Action.Submit') throw new Error(`button "${button}" has no Action.Submit fallback`);
  const gathers = (fallback.associatedInputs ?? 'auto').toLowerCase() !== 'none';
  return { verb: action.verb, data: { ...(fallback.data ?? {}), ...(gathers ? submission(card, {}, inputs) : {}) } };
}

/** Where a card the bot sent now is: its activity and (for a channel thread) the thread's root. */
export function whereIs(connector: FakeConnector, card: Card, known: WeakMap<Card, string>): { activityId: string | undefined; threadId: string | undefined } {
  const call = [...connector.calls].reverse().find((c) => cardOf(c) === card);
  const activityId = known.get(card) ?? (call ? (call.kind === 'update' ? call.activityId : call.assignedId) : undefined);
  const root = call?.conversationId ? /;messageid=([^;]+)$/.exec(call.conversationId)?.[1] : undefined;
  return { activityId, threadId: root ?? (call?.conversationId === LEADS_CHANNEL_ID ? activityId : undefined) };
}

/**
 * The card the bot answered a submit with, among the calls it made during that turn: the update
 * of the clicked card, else the card it posted.
 */
function submitAnswer(calls: OutboundCall[], conversation: (id: string | undefined) => boolean, clicked: string | undefined): { card: Card; activityId: string | undefined } | undefined {
  const mine = calls.filter((c) => conversation(c.conversationId) && cardOf(c).type === 'AdaptiveCard');
  const updated = mine.find((c) => c.kind === 'update' && c.activityId === clicked);
  if (updated) return { card: cardOf(updated), activityId: updated.activityId };
  const posted = mine.find((c) => c.kind === 'send' || c.kind === 'reply');
  return posted ? { card: cardOf(posted), activityId: posted.assignedId } : undefined;
}

/**
 * A person's 1:1 chat with the bot, driven through the real HTTP endpoint: say something, or
 * click a button on a card (with what they typed or chose in its inputs), and see what comes back.
 * `via: 'submit'` clicks as Teams mobile does, with each button's Action.Submit fallback.
 */
export class Chat {
  readonly conversationId: string;
  /** Cards whose activity the kit knows without looking it up (an invoke's card replaces the clicked one). */
  private readonly ids = new WeakMap<Card, string>();
  constructor(
    private readonly app: Pick<TestApp, 'post'>,
    private readonly connector: FakeConnector,
    readonly person: Person = STAFF,
    private readonly token?: () => Promise<string>,
    readonly via: Via = 'invoke',
  ) {
    this.conversationId = `a:personal-${person.aadObjectId}`;
  }

  /** Sends a message; returns the cards the bot sent in reply. */
  async say(text: string): Promise<Card[]> {
    const before = this.connector.activitiesTo(this.conversationId).length;
    const res = await this.app.post(personalMessage(this.connector.url, { text, from: this.person }), await this.token?.());
    if (res.status !== 200) throw new Error(`message answered ${res.status}`);
    return this.connector
      .activitiesTo(this.conversationId)
      .slice(before)
      .flatMap((a) => ((a.attachments as { content: Card }[] | undefined) ?? []).map((x) => x.content));
  }

  /** Raw invoke of a verb with data; returns the HTTP status and the card that replaces the clicked one. */
  async invoke(verb: unknown, data: unknown, options: { conversationId?: string } = {}): Promise<{ status: number; card: Card; body: unknown }> {
    const activity = personalInvoke(this.connector.url, verb, data, { from: this.person, ...(options.conversationId ? { conversationId: options.conversationId } : {}) });
    const res = await this.app.post(activity, await this.token?.());
    const body = res.body as { value?: Card } | undefined;
    return { status: res.status, card: body?.value ?? {}, body: res.body };
  }

  /**
   * Raw submit (a message whose value is the card's data): returns the HTTP status, the card the
   * person then sees (the clicked card updated, or a new one) and every call the bot made meanwhile.
   */
  async submit(value: Record<string, unknown>, options: { replyToId?: string; conversationId?: string } = {}): Promise<{ status: number; card: Card; updated: boolean; calls: OutboundCall[] }> {
    const before = this.connector.calls.length;
    const activity = personalSubmit(this.connector.url, { from: this.person, value, ...options });
    const res = await this.app.post(activity, await this.token?.());
    const calls = this.connector.calls.slice(before);
    const conversationId = options.conversationId ?? this.conversationId;
    const answer = submitAnswer(calls, (id) => id === conversationId, options.replyToId);
    if (answer?.activityId) this.ids.set(answer.card, answer.activityId);
    return { status: res.status, card: answer?.card ?? {}, updated: answer !== undefined && answer.activityId === options.replyToId && options.replyToId !== undefined, calls };
  }

  /** The activity id of a card this chat has seen. */
  activityIdOf(card: Card): string | undefined {
    return whereIs(this.connector, card, this.ids).activityId;
  }

  /** Clicks the button `title` (or with that verb) on `card`, with inputs filled as given, the way this chat's client does. */
  async click(card: Card, button: string, inputs: Record<string, string> = {}): Promise<Card> {
    const { verb, data } = clickPayload(card, button, inputs, this.via);
    if (this.via === 'submit') {
      const replyToId = this.activityIdOf(card);
      const { status, card: next } = await this.submit({ ...data, verb }, replyToId ? { replyToId } : {});
      if (status !== 200) throw new Error(`submit answered ${status}`);
      if (next.type !== 'AdaptiveCard') throw new Error(`no card came back for "${button}"`);
      return next;
    }
    const { status, card: next } = await this.invoke(verb, data);
    if (status !== 200) throw new Error(`invoke answered ${status}`);
    const clicked = this.activityIdOf(card);
    if (clicked) this.ids.set(next, clicked);
    return next;
  }
}

/**
 * A safeguarding lead at the leads' channel, clicking the cards there the way their client does:
 * an invoke answers with the lead's own view; a submit's answer is posted in the request's thread
 * (or updates the reply it came from), where the kit finds it.
 */
export class LeadDesk {
  private readonly ids = new WeakMap<Card, string>();
  constructor(
    private readonly app: TestApp,
    private readonly connector: FakeConnector,
    readonly person: Person,
    readonly via: Via = 'invoke',
    private readonly token?: () => Promise<string>,
  ) {}

  async click(card: Card, button: string, inputs: Record<string, string> = {}): Promise<Card> {
    const { verb, data } = clickPayload(card, button, inputs, this.via);
    const where = whereIs(this.connector, card, this.ids);
    if (this.via === 'invoke') {
      const res = await this.app.post(channelInvoke(this.connector.url, this.person, verb, data), await this.token?.());
      if (res.status !== 200) throw new Error(`invoke answered ${res.status}`);
      const next = (res.body as { value?: Card } | undefined)?.value ?? {};
      if (where.activityId) this.ids.set(next, where.activityId);
      return next;
    }
    const before = this.connector.calls.length;
    const options = { ...(where.activityId ? { replyToId: where.activityId } : {}), ...(where.threadId ? { threadId: where.threadId } : {}) };
    const res = await this.app.post(channelSubmit(this.connector.url, this.person, { ...data, verb }, options), await this.token?.());
    if (res.status !== 200) throw new Error(`submit answered ${res.status}`);
    const thread = where.threadId ? `${LEADS_CHANNEL_ID};messageid=${where.threadId}` : LEADS_CHANNEL_ID;
    const answer = submitAnswer(this.connector.calls.slice(before), (id) => id === thread, where.activityId);
    if (!answer) throw new Error(`no card came back in the thread for "${button}"`);
    if (answer.activityId) this.ids.set(answer.card, answer.activityId);
    return answer.card;
  }
}

/**
 * The staff path from "hi" to a sent request: the form, the suggested replacements if the
 * identifier check stops it, the first answer at every guidance step, then Send. Returns the
 * reference and the card that confirmed it.
 */
export async function askAndSend(chat: Chat, form: Record<string, string>, options: { setting?: string } = {}): Promise<{ reference: string; sent: Card }> {
  const [welcome] = await chat.say('hi');
  let card = await chat.click(welcome!, 'advice.start');
  // An organisation with several settings asks which is the asker's (once; then it is remembered).
  if (actionsOf(card).some((a) => a.verb === 'advice.chooseSetting')) {
    if (!options.setting) throw new Error('the organisation has several settings: say which one the asker chooses');
    card = await chat.click(card, 'advice.chooseSetting', { settingId: options.setting });
  }
  card = await chat.click(card, 'advice.submitForm', form);
  if (actionsOf(card).some((a) => a.verb === 'advice.applyReplacements')) card = await chat.click(card, 'advice.applyReplacements');
  for (let i = 0; i < 10 && actionsOf(card).some((a) => a.verb === 'advice.answer'); i++) {
    const first = (inputsOf(card).find((x) => x.id === 'answer')?.choices as { value: string }[] | undefined)?.[0]?.value;
    if (!first) throw new Error('a guidance step without choices');
    card = await chat.click(card, 'advice.answer', { answer: first });
  }
  const sent = await chat.click(card, 'advice.send');
  const reference = REFERENCE_PATTERN.exec(textOf(sent))?.[0];
  if (!reference) throw new Error(`no reference on the sent card: ${textOf(sent).slice(0, 200)}`);
  return { reference, sent };
}
