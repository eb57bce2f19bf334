import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { CARDS_DIR } from '../../src/app.js';
import { loadCards } from '../../src/adapters/bot/cards.js';
import { CARD_NAMES, type CardData, type CardName } from '../../src/flow/cards.js';
import { welcomeCard } from '../../src/flow/welcome.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Teams refuses messages above about 28 KB; keep every card well inside it. */
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

function schemaValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  ajv.removeKeyword('id');
  const schema = JSON.parse(readFileSync(new URL('../fixtures/adaptive-card-1.5.json', import.meta.url), 'utf8')) as object;
  return ajv.compile(schema);
}

/** Fixture data for every card, with worst-case content (long strings, every optional part). */
const FIXTURES: { [N in CardName]: CardData[N][] } = {
  welcome: [welcomeCard({ displayName: 'Sam Teacher' }, { phone: '0300 123 4567' }).data, welcomeCard(undefined, {}).data],
};

describe('card templates', () => {
  const cards = loadCards(CARDS_DIR);
  const validate = schemaValidator();

  it('has a template for every card name and a card name for every template', () => {
    const files = readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual([...CARD_NAMES].sort());
  });

  for (const name of CARD_NAMES) {
    it(`renders ${name} with fixture data into a valid Adaptive Card 1.5 that fits a Teams message`, () => {
      for (const data of FIXTURES[name]) {
        const card = cards.expand(name, data);
        const text = JSON.stringify(card);
        expect(text).not.toMatch(/\$\{/);
        expect(card.version).toBe('1.5');
        expect(typeof card.speak).toBe('string');
        const ok = validate(card);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(Buffer.byteLength(text)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      }
    });
  }

  it('puts the emergency guidance first in the welcome card, before anything else', () => {
    const card = cards.expand('welcome', FIXTURES.welcome[0] as CardData['welcome']);
    const first = JSON.stringify((card.body as unknown[])[0]);
    expect(first).toContain('Call 999');
    expect(first).toContain('0300 123 4567');
    expect(first).toMatch(/Never delay emergency action/);
  });

  it('rejects a card that the schema does not allow (the validator can fail)', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock' }] })).toBe(false);
  });
});
