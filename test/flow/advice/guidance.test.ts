import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GuidancePackSchema, packProblems, type GuidancePack } from '../../../src/domain/guidance-pack.js';
import {
  InvalidAnswer,
  allPaths,
  answer,
  closing,
  guidanceFor,
  isValidAnswer,
  nextStep,
  stepDefinition,
  summarise,
  type Situation,
} from '../../../src/flow/advice/guidance.js';
import { checkPack, sampleSituations } from '../../../src/flow/advice/packs/check.js';
import { BUILT_IN_PACKS, DEFAULT_PACK, LOCAL_PROCEDURES_PACK } from '../../../src/flow/advice/packs/index.js';

/** The two tests that walk every path of every sample situation: seconds on an idle machine, far more when CI's other test files share its two cores. */
const EXHAUSTIVE_MS = 120_000;

/**
 * Properties of every guidance pack in the repository, over every distinct path for a spread of
 * situations: the pack validates, every path ends in a recording prompt, every citation names a
 * source of the pack, "a child is in immediate danger" always stops the walk-through, and after
 * "a child is at risk of significant harm" nothing asks for consent first.
 */

const PACK_DIR = new URL('../../../src/flow/advice/packs/', import.meta.url);
const JSON_PACKS = readdirSync(PACK_DIR).filter((f) => f.endsWith('.json'));
const PACKS: GuidancePack[] = Object.values(BUILT_IN_PACKS);

const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '');
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Asking for consent (or agreement) before sharing. */
const ASKS_FOR_CONSENT = /\b(ask|seek)(ing)? (them |the family |for )*(for )?(their )?(consent|agreement|permission)\b|\bask them first\b|\bask for consent\b/i;

const base: Situation = { area: 'physical_abuse', ageBand: '5_10', involved: ['child'], recipients: ['childrens_social_care'], askerRole: 'teacher', consent: 'refused' };

describe('every guidance pack in the repository', () => {
  it('ships the JSON packs it finds as built-in packs', () => {
    expect(JSON_PACKS.length).toBeGreaterThan(0);
    for (const file of JSON_PACKS) {
      const raw = JSON.parse(readFileSync(new URL(file, PACK_DIR), 'utf8')) as unknown;
      const parsed = GuidancePackSchema.parse(raw);
      expect(BUILT_IN_PACKS[parsed.id], file).toBeDefined();
    }
  });

  for (const pack of PACKS) {
    describe(`${pack.id} v${pack.version}`, () => {
      it('validates, with no problems and every step reachable', () => {
        const checked = checkPack(pack);
        expect(checked.ok ? [] : checked.problems).toEqual([]);
        expect(checked.ok && checked.warnings).toEqual([]);
        expect(packProblems(pack)).toEqual([]);
      });

      it('names a publisher and a year for every source, a URL for every national one, and marks superseded law with what replaced it', () => {
        for (const s of pack.sources) {
          expect(s.publisher.length, s.id).toBeGreaterThan(2);
          if (s.status !== 'local') expect(s.url, s.id).toMatch(/^https:\/\/(www\.)?(gov\.uk|legislation\.gov\.uk|ico\.org\.uk|learning\.nspcc\.org\.uk|safelives\.org\.uk)\//);
          if (s.status === 'superseded') expect(s.note, s.id).toMatch(/replaced|superseded/i);
        }
        const dpa1998 = pack.sources.find((s) => /Data Protection Act 1998/.test(s.title));
        if (dpa1998) expect(dpa1998.status).toBe('superseded');
      });

      it('asks one short question a step, with 2–7 snake_case choices and short cited guidance for each', () => {
        for (const situation of sampleSituations(pack)) {
          const seen = new Set<string>();
          for (const p of allPaths(pack, situation, 2000)) {
            const answers: Record<string, string> = {};
            for (const [i, pair] of p.path.entries()) {
              const [step, value] = pair.split('=') as [string, string];
              const prefix = p.path.slice(0, i + 1).join('|');
              if (seen.has(prefix)) {
                answers[step] = value;
                continue;
              }
              seen.add(prefix);
              const ctx = { pack, situation, answers: { ...answers } };
              const def = stepDefinition(ctx, step)!;
              expect(def.question.endsWith('?'), def.question).toBe(true);
              expect(sentences(def.question), def.question).toHaveLength(1);
              expect(sentences(def.help).length, def.help).toBeLessThanOrEqual(2);
              expect(def.choices.length).toBeGreaterThanOrEqual(2);
              expect(def.choices.length).toBeLessThanOrEqual(7);
              expect(new Set(def.choices.map((c) => c.value)).size).toBe(def.choices.length);
              for (const c of def.choices) {
                expect(c.value).toMatch(SNAKE_CASE);
                const g = guidanceFor(ctx, step, c.value);
                expect(g.citations.length).toBeGreaterThanOrEqual(1);
                expect(sentences(g.text).length, g.text).toBeLessThanOrEqual(3);
                expect(g.text).not.toMatch(/e\.g\.|i\.e\.|\{[a-zA-Z]+\}/);
                expect(def.question + def.help + c.title).not.toMatch(/\{[a-zA-Z]+\}/);
              }
              answers[step] = value;
            }
          }
        }
      }, EXHAUSTIVE_MS);

      it('ends every path in a recording prompt (rule 7), and offers "not sure" at every step', () => {
        for (const situation of sampleSituations(pack)) {
          for (const p of allPaths(pack, situation)) {
            for (const pair of p.path) expect(p.offered, pair).toContain(`${pair.split('=')[0]}=not_sure`);
            if (p.emergency) continue;
            const end = closing({ pack, situation, answers: p.answers });
            expect(end.text, p.path.join(' → ')).toMatch(/\brecord\b/i);
            expect(end.citations.join(' ')).toMatch(/golden rule 7|§13\.3/);
          }
        }
      });

      it('stops at the emergency guidance whenever "a child is in immediate danger" is chosen, at any step', () => {
        for (const step of pack.steps) {
          for (const c of step.choices.filter((x) => x.value === 'immediate_danger')) expect(c.outcome, step.id).toBe('emergency');
        }
        const stops = sampleSituations(pack).flatMap((situation) => allPaths(pack, situation).filter((p) => p.emergency).map((p) => ({ situation, p })));
        expect(stops.length).toBeGreaterThan(0);
        for (const { situation, p } of stops) {
          const [step, value] = p.path.at(-1)!.split('=') as [string, string];
          const result = answer({ pack, situation, answers: p.answers }, step, value);
          expect(result.kind).toBe('emergency');
          expect(result.guidance.text).toMatch(/999/);
          expect(result.guidance.text).toMatch(/Never delay emergency action/);
        }
      });

      it('asks nothing about sharing once the asker has said they will not share', () => {
        const sharingSteps = new Set(['needToKnow', 'accurate', 'secure', 'proportionate', 'tellPerson']);
        for (const situation of sampleSituations(pack)) {
          for (const p of allPaths(pack, situation)) {
            const stopAt = p.path.findIndex((pair) => {
              const [step, value] = pair.split('=') as [string, string];
              return pack.steps.some((s) => s.id === step && s.choices.some((c) => c.value === value && c.outcome === 'notSharing'));
            });
            if (stopAt < 0) continue;
            for (const pair of p.path.slice(stopAt + 1)) expect(sharingSteps.has(pair.split('=')[0]!), p.path.join(' → ')).toBe(false);
            expect(closing({ pack, situation, answers: p.answers }).text).toMatch(/record/i);
          }
        }
      });
    });
  }
});

describe('the default pack (England, from the 2024 national advice)', () => {
  it('is for England, and says that Wales, Scotland and Northern Ireland have their own frameworks', () => {
    expect(DEFAULT_PACK.jurisdiction).toBe('england');
    expect(DEFAULT_PACK.description).toMatch(/Wales, Scotland and Northern Ireland have their own frameworks/);
    expect(DEFAULT_PACK.sources.find((s) => s.id === 'isa-2024')).toMatchObject({ year: '2024-05', status: 'current' });
  });

  it('never asks for consent first on any path after "a child is at risk of significant harm" (or a legal duty)', () => {
    let checked = 0;
    for (const situation of sampleSituations(DEFAULT_PACK)) {
      for (const p of allPaths(DEFAULT_PACK, situation)) {
        const at = p.path.findIndex((x) => x === 'risk=yes_risk' || x === 'purpose=statutory_duty' || x === 'publicInterest=child_at_risk');
        if (at < 0) continue;
        checked++;
        const answers: Record<string, string> = {};
        for (const [i, pair] of p.path.entries()) {
          const [step, value] = pair.split('=') as [string, string];
          if (i > at) {
            const ctx = { pack: DEFAULT_PACK, situation, answers: { ...answers } };
            const def = stepDefinition(ctx, step)!;
            const texts = [def.question, def.help, ...def.choices.flatMap((c) => [c.title, guidanceFor(ctx, step, c.value).text])];
            for (const t of texts) expect(t, `${p.path.join(' → ')}: ${t}`).not.toMatch(ASKS_FOR_CONSENT);
          }
          answers[step] = value;
        }
        expect(closing({ pack: DEFAULT_PACK, situation, answers: p.answers }).text).not.toMatch(ASKS_FOR_CONSENT);
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, EXHAUSTIVE_MS);

  it('defines "the person" for the situation: never a parent for an adult, never "the person" undefined', () => {
    const person = (s: Partial<Situation>, answers: Record<string, string> = { situation: 'own_concern', purpose: 'safeguarding_child', risk: 'yes_risk', identities: 'no_one' }) =>
      stepDefinition({ pack: DEFAULT_PACK, situation: { ...base, ...s }, answers }, 'consent')?.question ?? '';
    expect(person({ ageBand: '5_10' })).toContain("the child's parent or carer");
    expect(person({ ageBand: '18_plus' })).toContain('the young adult');
    expect(person({ ageBand: '18_plus' })).not.toMatch(/parent/);
    expect(person({ ageBand: '11_15' }, { situation: 'own_concern', purpose: 'safeguarding_child', risk: 'yes_risk', youngPerson: 'understands', identities: 'no_one' })).toContain('the young person');
    expect(person({ area: 'domestic_abuse' })).toContain('the parent who is being harmed');
  });

  it('gives the public-interest step the wider grounds of the sources, not only significant harm or serious crime', () => {
    const ctx = { pack: DEFAULT_PACK, situation: { ...base, consent: 'refused' as const }, answers: { situation: 'own_concern', purpose: 'safeguarding_child', risk: 'no_support', identities: 'no_one', consent: 'concerns_outweigh', confidential: 'yes' } };
    expect(nextStep(ctx)).toBe('publicInterest');
    const values = stepDefinition(ctx, 'publicInterest')!.choices.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['child_at_risk', 'serious_crime', 'harm_to_others', 'legal_duty', 'no', 'not_sure']));
  });

  it('skips the public-interest question when the information is not confidential', () => {
    const ctx = { pack: DEFAULT_PACK, situation: base, answers: { situation: 'own_concern', purpose: 'safeguarding_child', risk: 'no_support', identities: 'no_one', consent: 'concerns_outweigh', confidential: 'no' } };
    expect(nextStep(ctx)).toBe('needToKnow');
  });
});

describe('the local-procedures pack (the seeds, pre-2024 wording)', () => {
  it('reads requests made before guidance packs: the old seven steps and their stored values', () => {
    const old = { purpose: 'safeguarding_child', identifies: 'yes', confidential: 'yes', consent: 'concerns_outweigh', publicInterest: 'yes_reasonable_cause', proportionate: 'yes', tellPerson: 'no_risk_to_child' };
    const shown = summarise({ pack: LOCAL_PROCEDURES_PACK, situation: base, answers: old });
    expect(shown.map((s) => s.step)).toEqual(['purpose', 'identifies', 'confidential', 'consent', 'publicInterest', 'proportionate', 'tellPerson']);
    expect(shown[4]?.text).toMatch(/Sharing without consent can be justified in the public interest/);
  });

  it('says it is not the current national advice, and cites the Data Protection Act 1998 as superseded', () => {
    expect(LOCAL_PROCEDURES_PACK.description).toMatch(/not the current national advice/);
    const shown = summarise({ pack: LOCAL_PROCEDURES_PACK, situation: base, answers: { purpose: 'safeguarding_child', identifies: 'yes' } });
    expect(shown[1]?.citations.join(' ')).toMatch(/Data Protection Act 1998 \(superseded\)/);
  });
});

describe('answers', () => {
  const ctx = { pack: DEFAULT_PACK, situation: base, answers: {} };

  it('refuses an answer that is not a choice of the step asked now, with the INVALID_ANSWER code', () => {
    for (const [step, value] of [
      ['situation', 'banana'],
      ['situation', 'constructor'],
      ['purpose', 'safeguarding_child'],
      ['nonsense', 'yes'],
    ] as const) {
      expect(isValidAnswer(ctx, step, value)).toBe(false);
      let thrown: unknown;
      try {
        answer(ctx, step, value);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidAnswer);
      expect((thrown as InvalidAnswer).code).toBe('INVALID_ANSWER');
    }
  });

  it('is pure: the same context gives the same results, and content cannot be changed by callers', () => {
    const answers = Object.freeze({ situation: 'own_concern', purpose: 'safeguarding_child' });
    const frozen = Object.freeze({ ...ctx, answers });
    const first = JSON.stringify([summarise(frozen), nextStep(frozen), closing(frozen)]);
    expect(JSON.stringify([summarise(frozen), nextStep(frozen), closing(frozen)])).toBe(first);
    const g = guidanceFor(frozen, 'risk', 'yes_risk');
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(g.citations)).toBe(true);
  });

  it('renders citations as the source title with a link, and the section', () => {
    const g = guidanceFor({ ...ctx, answers: { situation: 'own_concern' } }, 'purpose', 'safeguarding_child');
    expect(g.citations[0]).toBe(
      '[HM Government information sharing advice (2024)](https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice), golden rule 1',
    );
    expect(g.citations[1]).toBe('Nottinghamshire Districts: Information Sharing, §4');
  });
});
