/**
 * The two ways a card button reaches the bot. Desktop and web Teams send an `Action.Execute` as an
 * `adaptiveCard/action` invoke; a client that cannot render `Action.Execute` (Teams on some phones)
 * renders its `fallback` instead, an `Action.Submit`, which arrives as a message activity whose
 * `value` is the action's data merged with the card's inputs. The fallback carries the verb in its
 * data under `SUBMIT_VERB_KEY`, so both arrive at the same `dispatch`.
 */

export const SUBMIT_VERB_KEY = 'verb';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What the fallback copies from its `Action.Execute`: what it needs to work and to read the same.
 * Not `tooltip` (a hover hint; phones have no hover) nor `style` (Teams renders no positive or
 * destructive styling): each card carries every fallback, and the largest come close to Teams' 28 KB.
 */
const SHARED_PROPERTIES = ['title', 'associatedInputs', 'iconUrl', 'isEnabled', 'mode'] as const;

function submitFallbackOf(execute: Json): Json {
  const fallback: Json = { type: 'Action.Submit' };
  for (const key of SHARED_PROPERTIES) if (execute[key] !== undefined) fallback[key] = execute[key];
  // "auto" is the default: said once, on the Action.Execute.
  if (typeof fallback.associatedInputs === 'string' && fallback.associatedInputs.toLowerCase() === 'auto') delete fallback.associatedInputs;
  fallback.data = { ...(isObject(execute.data) ? execute.data : {}), [SUBMIT_VERB_KEY]: execute.verb };
  return fallback;
}

/**
 * A copy of an expanded card in which every `Action.Execute` — in the body, the card's actions,
 * ActionSets, containers, columns, `selectAction`s and `Action.ShowCard` cards — has an
 * `Action.Submit` fallback with the same title, inputs and data, plus its verb. A `refresh` action is
 * left alone (it must be an `Action.Execute`, and a client that cannot run it simply does not
 * refresh), and so is a fallback an author set. Action data is copied, never walked.
 */
export function withSubmitFallbacks(card: Json): Json {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'data' || k === 'refresh' ? v : walk(v);
    if (out.type === 'Action.Execute' && out.fallback === undefined) out.fallback = submitFallbackOf(out);
    return out;
  };
  return walk(card) as Json;
}

/**
 * A message activity's `value` read as a submitted card: the verb it names (whatever it is:
 * `dispatch` decides) and the rest as the action's data. Undefined when `value` is not an object,
 * i.e. the message is not a card submit.
 */
export function submittedAction(value: unknown): { verb: unknown; data: Json } | undefined {
  if (!isObject(value)) return undefined;
  const { [SUBMIT_VERB_KEY]: verb, ...data } = value;
  return { verb, data };
}
