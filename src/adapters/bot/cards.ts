import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { CardFactory, type Attachment } from 'botbuilder';
import { CARD_NAMES, type CardData, type CardName } from '../../flow/cards.js';
import { withSubmitFallbacks } from './card-actions.js';


export class CardTemplateError extends Error {
  readonly code = 'CARD_TEMPLATE_INVALID';
}

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

/** Loads every `cards/*.json` template once at start; a missing or unknown template stops start-up. */
export function loadCards(dir: string): CardRenderer {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const templates = new Map<string, unknown>();
  for (const f of files) templates.set(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')));
  for (const name of CARD_NAMES) {
    if (!templates.has(name)) throw new CardTemplateError(`card template cards/${name}.json is missing`);
  }
  for (const name of templates.keys()) {
    if (!(CARD_NAMES as readonly string[]).includes(name)) {
      throw new CardTemplateError(`cards/${name}.json has no entry in CardData`);
    }
  }
  // Parsing a template's expressions is most of its cost: each is parsed once here, then bound to data per card.
  // It is done on a template's first use, not at start: a cold instance becomes ready sooner.
  const prepared = new Map<string, ACData.Template>();
  const templateOf = (name: string): ACData.Template | undefined => {
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
