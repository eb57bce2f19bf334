import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_NAMES, type CardName } from '../../flow/cards.js';

export class CardTemplateError extends Error {
  readonly code = 'CARD_TEMPLATE_INVALID';
}

/** Every `cards/*.json` template, read and parsed as JSON. */
export type CardTemplates = ReadonlyMap<CardName, unknown>;

/**
 * Reads the templates at start; a missing or unknown template stops start-up. Apart from botbuilder and
 * adaptivecards-templating (cards.ts), so the check runs before the bot's modules are loaded.
 */
export function readCardTemplates(dir: string): CardTemplates {
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
  return templates as Map<CardName, unknown>;
}
