import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';
import type { CardData, CardName } from '../../flow/cards.js';
import { withSubmitFallbacks } from './card-actions.js';
import { CardTemplateError, readCardTemplates, type CardTemplates } from './card-templates.js';

export { CardTemplateError } from './card-templates.js';

export interface CardRenderer {
  /** Expands a template with data into an Adaptive Card attachment. */
  render<N extends CardName>(name: N, data: CardData[N]): Attachment;
  /** The expanded card JSON, every Action.Execute with its Action.Submit fallback (tests validate it against the schema). */
  expand<N extends CardName>(name: N, data: CardData[N]): Record<string, unknown>;
}

const SHIELD = '\uE000\uE001{';

function shieldDollarBraces(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('${', SHIELD);
  if (Array.isArray(value)) return value.map(shieldDollarBraces);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shieldDollarBraces(v)]));
  }
  return value;
}

/** Loads every `cards/*.json` template once; a missing or unknown template is an error (card-templates.ts). */
export function loadCards(dir: string): CardRenderer {
  return createCardRenderer(readCardTemplates(dir));
}

/** The renderer over templates already read. */
export function createCardRenderer(templates: CardTemplates): CardRenderer {
  // Parsing a template's expressions is most of its cost: each is parsed once here, then bound to data per card.
  // It is done on a template's first use, not at start: a cold instance becomes ready sooner.
  const prepared = new Map<string, ACData.Template>();
  const templateOf = (name: CardName): ACData.Template | undefined => {
    let t = prepared.get(name);
    if (!t && templates.has(name)) prepared.set(name, (t = new ACData.Template(templates.get(name))));
    return t;
  };
  const expand = <N extends CardName>(name: N, data: CardData[N]): Record<string, unknown> => {
    const template = templateOf(name);
    if (!template) throw new CardTemplateError(`card template cards/${name}.json is missing`);
    // User text may itself contain "${": hide it from the leftover check below, then restore it.
    const card = template.expand({ $root: shieldDollarBraces(data) }) as Record<string, unknown>;
    const json = JSON.stringify(card);
    const leftover = /\$\{[^}]*\}/.exec(json);
    if (leftover) throw new CardTemplateError(`card ${name} left ${leftover[0]} unexpanded`);
    // Teams on phones may not run Action.Execute: each gets an Action.Submit fallback (card-actions.ts).
    return withSubmitFallbacks(JSON.parse(json.replaceAll(SHIELD, '${')) as Record<string, unknown>);
  };
  return {
    expand,
    render: (name, data) => CardFactory.adaptiveCard(expand(name, data)),
  };
}
