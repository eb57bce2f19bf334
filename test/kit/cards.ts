/**
 * Adaptive Cards as JSON, read the way Teams reads them: their buttons, inputs and text, and what a
 * click sends back. No imports, so the benchmarks' load worker (its own thread, no app) can use it.
 */

export type Card = Record<string, unknown>;

export interface ExecuteAction {
  type: 'Action.Execute';
  verb: string;
  title: string;
  data?: Record<string, unknown>;
  associatedInputs?: string;
  /** What a client without Action.Execute (Teams mobile) renders instead. */
  fallback?: { type: string; title?: string; data?: Record<string, unknown>; associatedInputs?: string } | string;
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

export function actionsOf(card: Card): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  walk(card, (n) => {
    if (n.type === 'Action.Execute') found.push(n as unknown as ExecuteAction);
  });
  return found;
}

export function inputsOf(card: Card): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) found.push(n);
  });
  return found;
}

export function textOf(card: Card): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (typeof n.text === 'string') parts.push(n.text);
    if (typeof n.title === 'string' && n.type !== 'Action.Execute' && n.type !== 'Action.Submit') parts.push(n.title);
    if (typeof n.value === 'string' && n.type === 'Input.Text') parts.push(n.value);
    // FactSet facts: { title, value }.
    if (n.type === undefined && typeof n.title === 'string' && typeof n.value === 'string') parts.push(n.value);
  });
  return parts.join('\n');
}

/** What Teams sends for a click on `action`: the card's inputs as they stand, what was typed or chosen, and the action's data. */
export function submission(card: Card, action: Pick<ExecuteAction, 'data'>, inputs: Record<string, string> = {}): Record<string, unknown> {
  const current: Record<string, unknown> = {};
  for (const input of inputsOf(card)) {
    if (typeof input.id !== 'string') continue;
    if (input.type === 'Input.Toggle') current[input.id] = input.value ?? input.valueOff ?? 'false';
    else if (input.value !== undefined) current[input.id] = input.value;
  }
  return { ...current, ...inputs, ...(action.data ?? {}) };
}

/** The first attachment's card of an outbound call recorded by the fake connector. */
export function cardOf(call: { body: Record<string, unknown> }): Card {
  return ((call.body.attachments as { content: Card }[] | undefined) ?? [])[0]?.content ?? {};
}

export const REFERENCE_PATTERN = /ISA-[2-9A-HJKMNP-Z]{4,5}/;
