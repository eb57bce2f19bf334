import { describe, expect, it } from 'vitest';
import type { ConsentStatus } from '../../../src/domain/advice.js';
import { answer, closing, effectiveConsent, nextStep, stepDefinition, type Situation } from '../../../src/flow/advice/guidance.js';
import { DEFAULT_PACK } from '../../../src/flow/advice/packs/index.js';

/**
 * Situations a practitioner brings, the answers they give, and what the guidance must and must
 * not say — run against the pure walk-through of the default pack (no HTTP). "Says" covers every
 * question, help text and choice shown on the way, the guidance after each answer and the closing
 * recording prompt.
 */

interface Scenario {
  situation: string;
  given: Partial<Situation>;
  /** The answers, in the order the steps are asked; each step must be the one asked next. */
  answers: [step: string, value: string][];
  says: RegExp[];
  neverSays?: RegExp[];
  /** How the walk-through ends: the emergency guidance, or (default) the recording prompt; `partway` checks only the steps listed. */
  ends?: 'emergency' | 'partway';
  /** Where consent stands once reconciled, when the walk-through settles it. */
  consent?: ConsentStatus;
}

const ASKING_FOR_CONSENT = /\b(ask|seek)(ing)? (them |for )*(their )?(consent|agreement|permission)\b|ask them first/i;
const TELL_THE_COLLEAGUE = /tell them what you shared|tell the colleague what/i;

const SCENARIOS: Scenario[] = [
  {
    situation: 'a teacher is worried about how a colleague behaves with a pupil',
    given: { area: 'concern_about_colleague', ageBand: '11_15', involved: ['child', 'professional'], recipients: ['lado'], consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['colleagueHarm', 'meets_threshold'],
      ['tellPerson', 'keep_quiet'],
    ],
    says: [/LADO/, /do not investigate/i, /do not (investigate, )?question or tell the colleague/i, /chair of governors/, /head teacher/, /record what you saw or heard/i, /never the colleague/],
    neverSays: [ASKING_FOR_CONSENT, TELL_THE_COLLEAGUE, /\bconsent\b/i],
  },
  {
    situation: 'a GP worried about a colleague at the practice',
    given: { area: 'concern_about_colleague', ageBand: '5_10', askerRole: 'gp', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['colleagueHarm', 'meets_threshold'],
      ['tellPerson', 'keep_quiet'],
    ],
    says: [/the senior manager who handles allegations in your organisation/, /LADO/, /Do not investigate, question or tell the colleague/],
    neverSays: [/head teacher/, /governors/, ASKING_FOR_CONSENT, TELL_THE_COLLEAGUE],
  },
  {
    situation: "a school nurse worried about a sports coach's messages to a pupil, filed under 'online harm'",
    given: { area: 'online_harm', ageBand: '11_15', askerRole: 'school_nurse', involved: ['child', 'professional'], consent: 'not_yet_asked' },
    answers: [
      ['situation', 'colleague_concern'],
      ['colleagueHarm', 'meets_threshold'],
      ['tellPerson', 'keep_quiet'],
    ],
    says: [/has its own route/, /LADO/, /Do not investigate, question or tell the colleague/, /never the colleague/],
    neverSays: [ASKING_FOR_CONSENT, TELL_THE_COLLEAGUE, /Risk of harm/],
  },
  {
    situation: 'a low-level concern about a colleague',
    given: { area: 'concern_about_colleague', ageBand: '5_10', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['colleagueHarm', 'low_level'],
      ['tellPerson', 'keep_quiet'],
    ],
    says: [/low-level concern/, /code of conduct/, /Do not discuss it with the colleague/],
    neverSays: [ASKING_FOR_CONSENT, TELL_THE_COLLEAGUE],
  },
  {
    situation: 'a colleague concern where the teacher has already spoken to the colleague',
    given: { area: 'concern_about_colleague', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['colleagueHarm', 'not_sure'],
      ['tellPerson', 'already_told'],
    ],
    says: [/Tell your designated safeguarding lead or your head teacher that today/, /Do not discuss it with them again/],
    neverSays: [ASKING_FOR_CONSENT],
  },
  {
    situation: 'a colleague concern where a child is in immediate danger',
    given: { area: 'concern_about_colleague' },
    answers: [
      ['situation', 'own_concern'],
      ['colleagueHarm', 'immediate_danger'],
    ],
    says: [/Call 999 now/],
    ends: 'emergency',
  },
  {
    situation: 'a 14-year-old discloses abuse, understands, and is at risk',
    given: { area: 'physical_abuse', ageBand: '11_15', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['youngPerson', 'understands'],
      ['identities', 'no_one'],
      ['consent', 'no_will_explain'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
    ],
    says: [/same right to confidentiality as an adult/, /Never promise a child/, /You do not need consent/, /without their agreement to protect them/, /refusal does not stop you/, /Do not wait for the leads' reply/],
    neverSays: [ASKING_FOR_CONSENT, /share it in good time/i],
  },
  {
    situation: 'a 16-year-old being criminally exploited refuses to let anyone know',
    given: { area: 'criminal_exploitation', ageBand: '16_17', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['youngPerson', 'under_pressure'],
      ['identities', 'yes_someone'],
      ['consent', 'yes_more_risk'],
      ['needToKnow', 'partly'],
      ['accurate', 'check_first'],
      ['secure', 'yes'],
    ],
    says: [/pressure or fear: that does not stop you sharing/, /coercion or exploitation can override their refusal/, /Protect their identity/, /do not tell them first/i, /do not hold back urgent information/],
    neverSays: [ASKING_FOR_CONSENT],
    consent: 'not_asking_risk',
  },
  {
    situation: 'a 16-year-old who cannot understand the decision',
    given: { area: 'neglect', ageBand: '16_17', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['youngPerson', 'does_not_understand'],
    ],
    says: [/Mental Capacity Act 2005/, /best interests/],
    neverSays: [/parental responsibility can decide/],
    ends: 'partway',
  },
  {
    situation: 'a 12-year-old who cannot understand the decision',
    given: { area: 'neglect', ageBand: '11_15', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['youngPerson', 'does_not_understand'],
    ],
    says: [/parental responsibility can decide for them/],
    neverSays: [/Mental Capacity Act/],
    ends: 'partway',
  },
  {
    situation: 'a care leaver of 19 who lacks capacity, no risk of significant harm',
    given: { area: 'parental_capacity', ageBand: '18_plus', consent: 'lacks_capacity' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'best_interests'],
      ['confidential', 'yes'],
      ['publicInterest', 'legal_duty'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
      ['tellPerson', 'yes_will_tell'],
    ],
    says: [/attorney or a deputy/, /best interests/, /parental responsibility no longer applies/, /the young adult/],
    neverSays: [/someone with parental responsibility you can ask/, /a person with parental responsibility/],
  },
  {
    situation: 'a young adult who lacks capacity, shared in their best interests',
    given: { area: 'neglect', ageBand: '18_plus', consent: 'lacks_capacity' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'yes_but_unsafe'],
      ['confidential', 'yes'],
      ['publicInterest', 'best_interests'],
    ],
    says: [/lack capacity and it is in their best interests/, /strong enough reason to share without consent/],
    ends: 'partway',
  },
  {
    situation: 'a care leaver of 18 at serious risk from an exploitative adult',
    given: { area: 'criminal_exploitation', ageBand: '18_plus', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['identities', 'yes_someone'],
      ['consent', 'no_will_explain'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
    ],
    says: [/serious harm/, /unless someone is at serious risk, a serious crime is involved, or they are being coerced/, /adult social care/, /the young adult/],
    neverSays: [ASKING_FOR_CONSENT, /parental responsibility/],
  },
  {
    situation: 'a young child whose parent must consent for them',
    given: { area: 'other', ageBand: '1_4', consent: 'lacks_capacity' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'yes_can_ask'],
    ],
    says: [/someone with parental responsibility you can ask/, /Record who gave or refused consent/],
    neverSays: [/attorney/],
    ends: 'partway',
  },
  {
    situation: 'the police ask a school in writing for a pupil’s attendance record',
    given: { area: 'other', ageBand: '11_15', recipients: ['police'], consent: 'not_yet_asked' },
    answers: [
      ['situation', 'agency_request'],
      ['requestWritten', 'in_writing'],
      ['requestPurpose', 'yes_clear'],
      ['identities', 'no_one'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
      ['tellPerson', 'no_prejudice_investigation'],
    ],
    says: [/in writing/, /share only what that purpose needs/i, /necessary and proportionate/, /prejudice preventing or detecting crime/, /the person the information is about/],
    neverSays: [ASKING_FOR_CONSENT],
  },
  {
    situation: 'a police officer phones asking for information urgently',
    given: { area: 'missing', recipients: ['police'] },
    answers: [
      ['situation', 'agency_request'],
      ['requestWritten', 'urgent_verbal'],
      ['requestPurpose', 'unclear'],
    ],
    says: [/ring back on a known number/, /in writing afterwards/, /explain the purpose and their legal power/],
    ends: 'partway',
  },
  {
    situation: 'another agency asks, and the practitioner decides not to share',
    given: { area: 'other', recipients: ['housing'] },
    answers: [
      ['situation', 'agency_request'],
      ['requestWritten', 'not_written'],
      ['requestPurpose', 'not_sharing'],
      ['identities', 'no_one'],
    ],
    says: [/Ask for it in writing before you share/, /decision not to share/],
    neverSays: [/Share it today/, /Only what is needed/],
  },
  {
    situation: "a parent asks the school for everything it holds about their child",
    given: { area: 'other', ageBand: '5_10', recipients: ['parent_or_carer'], consent: 'given' },
    answers: [
      ['situation', 'records_request'],
      ['sarWho', 'parent_for_child'],
      ['sarDpo', 'will_pass'],
    ],
    says: [/subject access request/, /data protection officer/, /held back/, /within one month/, /Do not send records yourself/, /Record the request/],
    neverSays: [/Share it today/],
  },
  {
    situation: 'a parent asks for records that could put the child at risk',
    given: { area: 'domestic_abuse', ageBand: '5_10', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'records_request'],
      ['sarWho', 'someone_else'],
      ['sarDpo', 'worried_risk'],
    ],
    says: [/Do not hand anything over/, /likely to cause serious harm/],
  },
  {
    situation: 'a child discloses domestic abuse at home; the mother is at high risk',
    given: { area: 'domestic_abuse', ageBand: '5_10', involved: ['child', 'parent_or_carer', 'partner_of_parent'], consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['identities', 'yes_someone'],
      ['consent', 'yes_more_risk'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
    ],
    says: [/MARAC/, /never let the person causing harm learn what you shared/i, /victim's address or new location/, /the parent who is being harmed/],
    neverSays: [ASKING_FOR_CONSENT],
    consent: 'not_asking_risk',
  },
  {
    situation: "a mother worried about her new partner's past, no immediate risk",
    given: { area: 'domestic_abuse', consent: 'given' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'yes_informed'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
    ],
    says: [/Clare's Law/, /the police decide what to disclose/],
  },
  {
    situation: 'an adult with a conviction has moved in with a family',
    given: { area: 'risk_from_adult', involved: ['child', 'adult_in_household'], consent: 'not_asking_risk' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
    ],
    says: [/Sarah's Law/, /You do not need consent/],
    ends: 'partway',
  },
  {
    situation: 'a parent refuses consent; the worry is about support, and the practitioner respects the refusal',
    given: { area: 'parental_capacity', ageBand: '1_4', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'respect_refusal'],
    ],
    says: [/Then do not share confidential information/, /Record your decision not to share and the reasons for it/],
    neverSays: [/Share it today/, /Only what is needed/],
  },
  {
    situation: 'a refusal is overridden to prevent harm to staff',
    given: { area: 'other', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'preventing_harm_to_staff'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'concerns_outweigh'],
      ['confidential', 'yes'],
      ['publicInterest', 'harm_to_others'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
      ['tellPerson', 'no_risk_to_child'],
    ],
    says: [/Preventing harm to staff or other people is a legitimate purpose/, /public interest/, /Record why/],
  },
  {
    situation: 'no risk, consent not yet asked, and the practitioner will ask first',
    given: { area: 'online_harm', ageBand: '5_10', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'no_will_ask'],
    ],
    says: [/ask for their agreement/, /Record your decision/],
    neverSays: [/strong enough reason to share without consent\?/],
  },
  {
    situation: 'a statutory duty: the council is making section 47 enquiries',
    given: { area: 'physical_abuse', consent: 'not_yet_asked', askerRole: 'gp' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'statutory_duty'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'no_will_explain'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
    ],
    says: [/You do not need consent/, /This is not a request for permission/],
    neverSays: [ASKING_FOR_CONSENT],
  },
  {
    situation: 'information that is not confidential',
    given: { area: 'missing', consent: 'not_asking_risk' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'undue_delay'],
      ['confidential', 'no'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'yes'],
      ['tellPerson', 'yes_will_tell'],
    ],
    says: [/does not breach confidence/],
    neverSays: [/strong enough reason to share without consent\?/],
  },
  {
    situation: 'a child in immediate danger, chosen in the middle of the walk-through',
    given: { area: 'physical_abuse', consent: 'refused' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'immediate_danger'],
    ],
    says: [/Call 999 now/, /Never delay emergency action/],
    ends: 'emergency',
  },
  {
    situation: 'the form says "not yet asked"; the walk-through settles it as "not asking"',
    given: { area: 'sexual_abuse', ageBand: '5_10', consent: 'not_yet_asked' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'yes_risk'],
      ['identities', 'no_one'],
      ['consent', 'yes_investigation'],
      ['needToKnow', 'yes'],
      ['accurate', 'yes'],
      ['secure', 'need_route'],
    ],
    says: [/Agree with the police/, /phone first and follow up in writing/],
    neverSays: [ASKING_FOR_CONSENT],
    consent: 'not_asking_risk',
  },
  {
    situation: 'the practitioner decides part-way not to share',
    given: { area: 'emotional_abuse', consent: 'given' },
    answers: [
      ['situation', 'own_concern'],
      ['purpose', 'safeguarding_child'],
      ['risk', 'no_support'],
      ['identities', 'no_one'],
      ['consent', 'yes_informed'],
      ['needToKnow', 'not_sharing'],
    ],
    says: [/I have decided not to share/, /Record your decision not to share/],
    neverSays: [/Share it securely/],
  },
];

const BASE: Situation = { area: 'other', ageBand: '5_10', involved: ['child', 'parent_or_carer'], recipients: ['childrens_social_care'], askerRole: 'teacher', consent: 'not_yet_asked' };

describe('the guidance walk-through, situation by situation (default pack)', () => {
  it.each(SCENARIOS.map((s) => [s.situation, s] as const))('%s', (_name, s) => {
    const situation = { ...BASE, ...s.given };
    let answers: Record<string, string> = {};
    const shown: string[] = [];
    let stopped = false;
    for (const [step, value] of s.answers) {
      expect(stopped, `nothing is asked after the emergency guidance`).toBe(false);
      const ctx = { pack: DEFAULT_PACK, situation, answers };
      expect(nextStep(ctx), `the step asked after ${Object.keys(answers).join(', ') || 'nothing'}`).toBe(step);
      const def = stepDefinition(ctx, step)!;
      shown.push(def.title, def.question, def.help, ...def.choices.map((c) => c.title));
      const result = answer(ctx, step, value);
      shown.push(result.guidance.text);
      if (result.kind === 'emergency') stopped = true;
      else answers = result.answers;
    }
    const ctx = { pack: DEFAULT_PACK, situation, answers };
    if (s.ends === 'emergency') {
      expect(stopped).toBe(true);
    } else if (s.ends !== 'partway') {
      expect(nextStep(ctx), 'the walk-through is complete').toBeUndefined();
      const end = closing(ctx);
      expect(end.text).toMatch(/\brecord\b/i);
      shown.push(end.text);
    }
    const all = shown.join('\n');
    for (const re of s.says) expect(all).toMatch(re);
    for (const re of s.neverSays ?? []) expect(all).not.toMatch(re);
    if (s.consent) expect(effectiveConsent(ctx)).toBe(s.consent);
  });

  it('covers each special path of the issue', () => {
    const names = SCENARIOS.map((s) => s.situation).join('\n');
    for (const path of [/colleague/, /14-year-old|12-year-old/, /16-year-old/, /of 19 who lacks capacity/, /police/, /records/, /domestic abuse/, /exploited/, /immediate danger/]) expect(names).toMatch(path);
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(25);
  });
});
