import type { FakeConnector } from './connector.js';
import type { TestApp } from './app.js';
import { personalInvoke, personalMessage, STAFF, type Person } from './activities.js';
import { REFERENCE_PATTERN, actionsOf, inputsOf, submission, textOf, type Card } from './cards.js';

// The card readers live in cards.ts (no imports, for the benchmarks' load worker); the tests take them from here too.
export { REFERENCE_PATTERN, actionsOf, cardOf, inputsOf, submission, textOf, type Card } from './cards.js';

/**
 * A person's 1:1 chat with the bot, driven through the real HTTP endpoint: say something, or
 * click a button on a card (with what they typed or chose in its inputs), and see what comes back.
 */
export class Chat {
  readonly conversationId: string;
  constructor(
    private readonly app: Pick<TestApp, 'post'>,
    private readonly connector: FakeConnector,
    readonly person: Person = STAFF,
    private readonly token?: () => Promise<string>,
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

  /** Clicks the button `title` (or with that verb) on `card`, with inputs filled as given. */
  async click(card: Card, button: string, inputs: Record<string, string> = {}): Promise<Card> {
    const action = actionsOf(card).find((a) => a.title === button || a.verb === button);
    if (!action) throw new Error(`no button "${button}" on card: ${actionsOf(card).map((a) => a.title).join(', ')}`);
    for (const key of Object.keys(inputs)) {
      if (!inputsOf(card).some((i) => i.id === key)) throw new Error(`no input "${key}" on card`);
    }
    const { status, card: next } = await this.invoke(action.verb, submission(card, action, inputs));
    if (status !== 200) throw new Error(`invoke answered ${status}`);
    return next;
  }
}

/**
 * The staff path from "hi" to a sent request: the form, the suggested replacements if the
 * identifier check stops it, the first answer at every guidance step, then Send. Returns the
 * reference and the card that confirmed it.
 */
export async function askAndSend(chat: Chat, form: Record<string, string>): Promise<{ reference: string; sent: Card }> {
  const [welcome] = await chat.say('hi');
  let card = await chat.click(welcome!, 'advice.start');
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
