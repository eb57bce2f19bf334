import { describe, expect, it } from 'vitest';
import { CONSENT_STATUSES, type ConsentStatus } from '../../../src/domain/advice.js';
import {
  InvalidAnswer,
  WALKTHROUGH_STEPS,
  appliesTo,
  guidanceFor,
  isValidAnswer,
  nextStep,
  stepDefinition,
  summarise,
  type WalkthroughAnswers,
  type WalkthroughContext,
  type WalkthroughStep,
} from '../../../src/flow/advice/guidance.js';

const CONSENTS = Object.keys(CONSENT_STATUSES) as ConsentStatus[];
const NOT_GIVEN = CONSENTS.filter((c) => c !== 'given');
const RULE_3 = 'Seven Golden Rules, rule 3';
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** A citation names the Seven Golden Rules or one of the seed documents (000–004) by title and section. */
const CITATION =
  /^(Seven Golden Rules, rule [1-7]|(Information sharing procedure 000|A guide to information sharing 001|Information Sharing Protocol 002|GDPR information sharing protocol 003|Information sharing and confidentiality 004)(,| ) ?\S.*)$/;

const ctx = (consent: ConsentStatus, answers: WalkthroughAnswers = {}): WalkthroughContext => ({ consent, answers });

/** Sentences in plain text: split after ., ? or ! followed by a space. */
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '');

/** A valid answer for every step, for a consent status (the first choice of each step). */
function firstAnswers(consent: ConsentStatus): WalkthroughAnswers {
  const answers: WalkthroughAnswers = {};
  for (const step of WALKTHROUGH_STEPS) answers[step] = stepDefinition(step, ctx(consent)).choices[0]?.value;
  return answers;
}

describe('the walk-through steps', () => {
  for (const consent of CONSENTS) {
    for (const step of WALKTHROUGH_STEPS) {
      it(`${step} with consent ${consent} has 2–5 unique snake_case choices, a one-sentence question ending '?', and cited guidance for every choice`, () => {
        const context = ctx(consent);
        const def = stepDefinition(step, context);
        expect(def.step).toBe(step);
        expect(def.title.trim()).not.toBe('');
        expect(def.question.endsWith('?')).toBe(true);
        expect(sentences(def.question)).toHaveLength(1);
        expect(sentences(def.help).length).toBeGreaterThanOrEqual(1);
        expect(sentences(def.help).length).toBeLessThanOrEqual(2);
        expect(def.choices.length).toBeGreaterThanOrEqual(2);
        expect(def.choices.length).toBeLessThanOrEqual(5);
        const values = def.choices.map((c) => c.value);
        expect(new Set(values).size).toBe(values.length);
        for (const choice of def.choices) {
          expect(choice.value).toMatch(SNAKE_CASE);
          expect(choice.title.trim()).not.toBe('');
          const guidance = guidanceFor(step, choice.value, context);
          expect(guidance.citations.length).toBeGreaterThanOrEqual(1);
          for (const citation of guidance.citations) expect(citation).toMatch(CITATION);
          expect(new Set(guidance.citations).size).toBe(guidance.citations.length);
          expect(['info', 'good', 'warning']).toContain(guidance.tone);
          expect(sentences(guidance.text).length).toBeGreaterThanOrEqual(1);
          expect(sentences(guidance.text).length).toBeLessThanOrEqual(3);
          expect(guidance.text).not.toMatch(/e\.g\.|i\.e\./);
        }
      });
    }
  }

  it('offers a "not sure" choice at every step for every consent status', () => {
    for (const consent of CONSENTS) {
      for (const step of WALKTHROUGH_STEPS) {
        expect(isValidAnswer(step, 'not_sure', ctx(consent)), `${step} / ${consent}`).toBe(true);
      }
    }
  });

  it('asks the consent follow-up that fits the consent status chosen in the request', () => {
    const questions = CONSENTS.map((c) => stepDefinition('consent', ctx(c)).question);
    expect(new Set(questions).size).toBe(CONSENTS.length);
    expect(stepDefinition('consent', ctx('given')).question).toMatch(/informed.*what.*why.*with whom/i);
    expect(stepDefinition('consent', ctx('refused')).question).toMatch(/weighed the concerns for the child against the reasons/i);
    expect(stepDefinition('consent', ctx('not_yet_asked')).question).toMatch(/increased risk.*criminal investigation.*undue delay/i);
    expect(stepDefinition('consent', ctx('lacks_capacity')).question).toMatch(/on their behalf.*parental responsibility/i);
    const reasons = stepDefinition('consent', ctx('not_asking_risk')).choices.map((c) => c.value);
    expect(reasons).toEqual(expect.arrayContaining(['increase_risk', 'prejudice_investigation', 'undue_delay']));
  });

  it('names the statutory duties (section 47 and section 17 of the Children Act 1989) among the purposes', () => {
    const statutory = stepDefinition('purpose', ctx('given')).choices.find((c) => c.value === 'statutory_duty');
    expect(statutory?.title).toMatch(/section 47.*section 17.*Children Act 1989/);
  });

  it('cites rule 1 and rule 3 for every answer about identifying a living person', () => {
    for (const { value } of stepDefinition('identifies', ctx('given')).choices) {
      expect(guidanceFor('identifies', value, ctx('given')).citations).toEqual(expect.arrayContaining(['Seven Golden Rules, rule 1', RULE_3]));
    }
  });

  it('cites rule 6 for every answer about what is shared being necessary and proportionate', () => {
    for (const { value } of stepDefinition('proportionate', ctx('refused')).choices) {
      expect(guidanceFor('proportionate', value, ctx('refused')).citations).toContain('Seven Golden Rules, rule 6');
    }
  });

  it('tells you to record why when you decide not to tell the person', () => {
    for (const value of ['no_risk_to_child', 'no_prejudice_investigation']) {
      const guidance = guidanceFor('tellPerson', value, ctx('not_asking_risk'));
      expect(guidance.text).toMatch(/record why/i);
      expect(guidance.citations).toContain('Seven Golden Rules, rule 7');
    }
  });
});

describe('nextStep and appliesTo', () => {
  it('walks the steps in order when consent is not given, including the public interest question', () => {
    for (const consent of NOT_GIVEN) {
      const all = firstAnswers(consent);
      const answers: WalkthroughAnswers = {};
      const visited: WalkthroughStep[] = [];
      for (let step = nextStep(ctx(consent, answers)); step !== undefined; step = nextStep(ctx(consent, answers))) {
        visited.push(step);
        answers[step] = all[step];
        expect(visited.length).toBeLessThanOrEqual(WALKTHROUGH_STEPS.length);
      }
      expect(visited).toEqual([...WALKTHROUGH_STEPS]);
    }
  });

  it('skips the public interest question when consent is given', () => {
    expect(appliesTo('publicInterest', ctx('given'))).toBe(false);
    const all = firstAnswers('given');
    const answers: WalkthroughAnswers = {};
    const visited: WalkthroughStep[] = [];
    for (let step = nextStep(ctx('given', answers)); step !== undefined; step = nextStep(ctx('given', answers))) {
      visited.push(step);
      answers[step] = all[step];
    }
    expect(visited).toEqual(['purpose', 'identifies', 'confidential', 'consent', 'proportionate', 'tellPerson']);
  });

  it('applies every other step whatever the consent status', () => {
    for (const consent of CONSENTS) {
      for (const step of WALKTHROUGH_STEPS.filter((s) => s !== 'publicInterest')) expect(appliesTo(step, ctx(consent))).toBe(true);
      expect(appliesTo('publicInterest', ctx(consent))).toBe(consent !== 'given');
    }
  });

  it('returns undefined when all applicable steps are answered', () => {
    for (const consent of CONSENTS) expect(nextStep(ctx(consent, firstAnswers(consent)))).toBeUndefined();
    const { publicInterest: _skipped, ...withoutPublicInterest } = firstAnswers('given');
    expect(nextStep(ctx('given', withoutPublicInterest))).toBeUndefined();
  });

  it('returns the first unanswered step even when later steps are answered', () => {
    const { confidential: _missing, ...answers } = firstAnswers('refused');
    expect(nextStep(ctx('refused', answers))).toBe('confidential');
  });

  it('asks the consent step again when the stored answer belongs to another consent status', () => {
    const answers = { ...firstAnswers('refused'), consent: 'yes_informed' };
    expect(isValidAnswer('consent', 'yes_informed', ctx('refused'))).toBe(false);
    expect(nextStep(ctx('refused', answers))).toBe('consent');
  });
});

describe('the key branches', () => {
  it('consent refused and reasonable cause to believe a child is at risk: sharing without consent can be justified; record why', () => {
    const context = ctx('refused', { purpose: 'safeguarding_child', consent: 'concerns_outweigh' });
    const guidance = guidanceFor('publicInterest', 'yes_reasonable_cause', context);
    expect(guidance.text).toContain('Sharing without consent can be justified in the public interest.');
    expect(guidance.text).toMatch(/Record why the public interest outweighs confidentiality/);
    expect(guidance.text).toMatch(/reasons for refusing/);
    expect(guidance.tone).toBe('good');
    expect(guidance.citations).toEqual(
      expect.arrayContaining(['Information sharing and confidentiality 004 §3.3', 'Seven Golden Rules, rule 4', 'Information sharing procedure 000 §4']),
    );
  });

  it('every public-interest "yes" answer, for every status without consent, says sharing can be justified and to record why', () => {
    for (const consent of NOT_GIVEN) {
      for (const value of ['yes_evidence', 'yes_reasonable_cause', 'prevent_serious_crime']) {
        const guidance = guidanceFor('publicInterest', value, ctx(consent));
        expect(guidance.text).toMatch(/^Sharing without consent can be justified in the public interest\. Record why the public interest outweighs confidentiality/);
        expect(guidance.citations).toContain('Information sharing and confidentiality 004 §3.3');
      }
    }
  });

  it('consent refused and no public interest: a warning to respect their wishes and not share confidential information', () => {
    const guidance = guidanceFor('publicInterest', 'no', ctx('refused'));
    expect(guidance.tone).toBe('warning');
    expect(guidance.text).toMatch(/respect their wishes/i);
    expect(guidance.text).toMatch(/do not share confidential information without/i);
    expect(guidance.text).toMatch(/seek advice/i);
    expect(guidance.citations).toEqual(expect.arrayContaining(['Seven Golden Rules, rule 4', RULE_3]));
  });

  it('no public interest is a warning for every status without consent', () => {
    for (const consent of NOT_GIVEN) expect(guidanceFor('publicInterest', 'no', ctx(consent)).tone).toBe('warning');
  });

  it('"not sure" anywhere is a warning to seek advice, citing rule 3', () => {
    for (const consent of CONSENTS) {
      for (const step of WALKTHROUGH_STEPS) {
        const guidance = guidanceFor(step, 'not_sure', ctx(consent));
        expect(guidance.tone, `${step} / ${consent}`).toBe('warning');
        expect(guidance.text, `${step} / ${consent}`).toMatch(/seek advice/i);
        expect(guidance.citations, `${step} / ${consent}`).toContain(RULE_3);
      }
    }
  });

  it('a child in immediate danger: never delay emergency action, call 999', () => {
    const guidance = guidanceFor('consent', 'immediate_danger', ctx('not_asking_risk'));
    expect(guidance.tone).toBe('warning');
    expect(guidance.text).toMatch(/Never delay emergency action/);
    expect(guidance.text).toContain('999');
    expect(guidance.citations).toContain('Information sharing and confidentiality 004, closing line');
  });

  it('consent not yet asked because of undue delay also says never to delay emergency action', () => {
    const guidance = guidanceFor('consent', 'undue_delay', ctx('not_yet_asked'));
    expect(guidance.text).toMatch(/Never delay emergency action/);
    expect(guidance.text).toContain('999');
  });

  it('informed consent is good guidance to share what they agreed to and record it', () => {
    const guidance = guidanceFor('consent', 'yes_informed', ctx('given'));
    expect(guidance.tone).toBe('good');
    expect(guidance.citations).toContain('Information sharing procedure 000 §3');
  });

  it('a purpose you are not sure about is a warning not to share yet', () => {
    const guidance = guidanceFor('purpose', 'not_sure', ctx('given'));
    expect(guidance.tone).toBe('warning');
    expect(guidance.text).toMatch(/do not share yet/i);
  });
});

describe('invalid answers', () => {
  it('guidanceFor throws the INVALID_ANSWER error for unknown values, and isValidAnswer agrees', () => {
    const cases: [WalkthroughStep, string, ConsentStatus][] = [
      ['purpose', 'banana', 'given'],
      ['identifies', '', 'refused'],
      ['consent', 'yes_informed', 'refused'],
      ['consent', 'concerns_outweigh', 'given'],
      ['publicInterest', 'YES_EVIDENCE', 'refused'],
      ['tellPerson', 'constructor', 'lacks_capacity'],
      ['proportionate', 'toString', 'not_yet_asked'],
    ];
    for (const [step, value, consent] of cases) {
      const context = ctx(consent);
      expect(isValidAnswer(step, value, context)).toBe(false);
      let thrown: unknown;
      try {
        guidanceFor(step, value, context);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidAnswer);
      expect((thrown as InvalidAnswer).code).toBe('INVALID_ANSWER');
      expect((thrown as InvalidAnswer).step).toBe(step);
      if (value) expect((thrown as Error).message).not.toContain(value);
    }
  });

  it('isValidAnswer accepts every offered choice and guidanceFor does not throw for it', () => {
    for (const consent of CONSENTS) {
      for (const step of WALKTHROUGH_STEPS) {
        for (const { value } of stepDefinition(step, ctx(consent)).choices) {
          expect(isValidAnswer(step, value, ctx(consent))).toBe(true);
          expect(() => guidanceFor(step, value, ctx(consent))).not.toThrow();
        }
      }
    }
  });
});

describe('summarise', () => {
  it('returns the answered steps in order with their answer titles', () => {
    const context = ctx('refused', {
      tellPerson: 'no_risk_to_child',
      publicInterest: 'yes_reasonable_cause',
      purpose: 'safeguarding_child',
      consent: 'concerns_outweigh',
    });
    const summary = summarise(context);
    expect(summary.map((s) => s.step)).toEqual(['purpose', 'consent', 'publicInterest', 'tellPerson']);
    expect(summary.map((s) => s.answerTitle)).toEqual([
      'To safeguard a child or children',
      'Yes: the concerns for the child outweigh their reasons',
      'Yes: there is reasonable cause to believe a child is suffering, or at risk of, significant harm',
      'No: telling them would place a child at increased risk of significant harm',
    ]);
    for (const entry of summary) {
      const def = stepDefinition(entry.step, context);
      expect(entry.title).toBe(def.title);
      expect(entry.question).toBe(def.question);
      expect(entry.guidance).toEqual(guidanceFor(entry.step, context.answers[entry.step] ?? '', context));
    }
  });

  it('leaves out a public-interest answer when consent is given, and answers that are no longer choices', () => {
    const context = ctx('given', { purpose: 'preventing_crime', consent: 'concerns_outweigh', publicInterest: 'yes_evidence', proportionate: 'partly' });
    expect(summarise(context).map((s) => s.step)).toEqual(['purpose', 'proportionate']);
  });

  it('is empty before any answer', () => {
    expect(summarise(ctx('not_yet_asked'))).toEqual([]);
  });
});

describe('purity', () => {
  it('does not change the context and gives the same results every time', () => {
    const answers = Object.freeze({ ...firstAnswers('lacks_capacity') });
    const context = Object.freeze(ctx('lacks_capacity', answers));
    const first = JSON.stringify([summarise(context), nextStep(context), WALKTHROUGH_STEPS.map((s) => stepDefinition(s, context))]);
    const second = JSON.stringify([summarise(context), nextStep(context), WALKTHROUGH_STEPS.map((s) => stepDefinition(s, context))]);
    expect(second).toBe(first);
  });

  it('hands out content that callers cannot change', () => {
    const guidance = guidanceFor('purpose', 'not_sure', ctx('given'));
    expect(Object.isFrozen(guidance)).toBe(true);
    expect(Object.isFrozen(guidance.citations)).toBe(true);
    const def = stepDefinition('purpose', ctx('given'));
    (def.choices as { value: string; title: string }[]).pop();
    expect(stepDefinition('purpose', ctx('given')).choices).toHaveLength(5);
  });
});
