import type { ConsentStatus } from '../../domain/advice.js';
import { AppError } from '../../domain/errors.js';

/**
 * The guidance walk-through: one decision question per step, and plain guidance after every
 * answer that cites the rule it comes from. Wording follows the local safeguarding procedures in
 * ../shared/seeds (see docs/domain.md, "The walk-through"). Pure: no I/O, no mutable state.
 *
 * Choice values are stored with the request: never rename or reuse one, only add new ones.
 */

export const WALKTHROUGH_STEPS = ['purpose', 'identifies', 'confidential', 'consent', 'publicInterest', 'proportionate', 'tellPerson'] as const;
export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];
export type WalkthroughAnswers = Partial<Record<WalkthroughStep, string>>;

export interface Choice {
  value: string;
  title: string;
}

export interface Guidance {
  /** Plain English, 1–3 short sentences, second person. */
  text: string;
  /** Seed documents by human-readable title and section; never empty. */
  citations: readonly string[];
  /** 'warning' when the answer means: stop and think, get advice, or do not share yet. */
  tone: 'info' | 'good' | 'warning';
}

export interface StepDefinition {
  step: WalkthroughStep;
  title: string;
  question: string;
  help: string;
  choices: readonly Choice[];
}

export interface WalkthroughContext {
  consent: ConsentStatus;
  answers: WalkthroughAnswers;
}

/** The answer is not one of the step's choices (for the consent status in the context). */
export class InvalidAnswer extends AppError {
  readonly code = 'INVALID_ANSWER';
  constructor(readonly step: WalkthroughStep) {
    super(`not a choice of the ${step} step`);
    this.name = 'InvalidAnswer';
  }
}

// ---------------------------------------------------------------------------------------------
// Citations: the seed documents by title (their number in ../shared/seeds) and section.

const rule = (n: 1 | 2 | 3 | 4 | 5 | 6 | 7) => `Seven Golden Rules, rule ${n}`;
/** 000: Nottinghamshire Districts, "Information Sharing" (golden rules, consent, disclosure without consent). */
const P000 = 'Information sharing procedure 000';
/** 001: "A guide to information sharing" (myths, golden rules explained). */
const G001 = 'A guide to information sharing 001';
/** 002: Oxfordshire, "7.7 Information Sharing Protocol" with Annex A (legal position) and Annex B. */
const P002 = 'Information Sharing Protocol 002';
/** 003: "GDPR - Information sharing protocol". */
const P003 = 'GDPR information sharing protocol 003';
/** 004: Rotherham, "3 Information Sharing and Confidentiality". */
const P004 = 'Information sharing and confidentiality 004';

const EMERGENCY_CITATION = `${P004}, closing line`;

// ---------------------------------------------------------------------------------------------
// Content

function g(tone: Guidance['tone'], text: string, ...citations: [string, ...string[]]): Guidance {
  return Object.freeze({ text, tone, citations: Object.freeze([...citations]) });
}

type GuidanceSource = Guidance | ((consent: ConsentStatus) => Guidance);

interface ChoiceSpec {
  readonly value: string;
  readonly title: string;
  readonly guidance: GuidanceSource;
}

interface StepSpec {
  readonly title: string;
  readonly question: string;
  readonly help: string;
  readonly choices: readonly ChoiceSpec[];
}

const NOT_SURE = 'not_sure';

/** Content is constant: freeze each step and its choices so no caller can change it. */
function frozen(spec: StepSpec): StepSpec {
  for (const choice of spec.choices) Object.freeze(choice);
  Object.freeze(spec.choices);
  return Object.freeze(spec);
}

const PURPOSE: StepSpec = frozen({
  title: 'Purpose',
  question: 'Is there a clear and legitimate purpose for sharing this information?',
  help: 'Think about why the other agency needs to know. Safeguarding a child, preventing or detecting a crime, preventing harm to staff and a statutory duty are all legitimate purposes.',
  choices: [
    {
      value: 'safeguarding_child',
      title: 'To safeguard a child or children',
      guidance: g(
        'good',
        "Safeguarding a child is a legitimate purpose, and the child's safety and needs come first. Keep the purpose in mind: it decides what you share and with whom.",
        `${P000} §4`,
        rule(5),
      ),
    },
    {
      value: 'preventing_crime',
      title: 'To prevent or detect a crime',
      guidance: g(
        'good',
        'Preventing or detecting a crime is a legitimate purpose, including where asking for consent would get in the way of criminal enquiries. Share only what is needed for that purpose.',
        `${P000} §4`,
        `${P002} Annex A §8.1`,
      ),
    },
    {
      value: 'preventing_harm_to_staff',
      title: 'To prevent harm to staff',
      guidance: g('good', 'Preventing harm to staff is a legitimate purpose. Share only what is needed to keep them safe.', `${P000} §4`, rule(6)),
    },
    {
      value: 'statutory_duty',
      title: 'A statutory duty, such as a section 47 enquiry or section 17 assessment (Children Act 1989)',
      guidance: g(
        'good',
        'The law requires or allows this sharing, for example when the council makes child protection enquiries (section 47) or assesses a child in need (section 17). You do not need consent, but it is still good practice to tell the family.',
        `${P002} §1.5`,
        `${P002} Annex A §8.3`,
        `${P003} §2.6`,
      ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        'Do not share yet. Seek advice from your safeguarding lead about whether there is a legitimate purpose; you do not need to name the person to get advice.',
        rule(3),
        `${P000} §4`,
      ),
    },
  ],
});

const IDENTIFIES: StepSpec = frozen({
  title: 'Identifying information',
  question: 'Does the information identify a living person, or could someone work out who it is about?',
  help: 'Names, addresses, dates of birth, photos or a detail that points to one family all identify a person. Data protection law covers information that can identify a living person.',
  choices: [
    {
      value: 'yes',
      title: 'Yes',
      guidance: g(
        'info',
        'Data protection law applies, but it is not a barrier to sharing: it is a framework for sharing personal information appropriately. When you ask for advice, leave out names and identifying details where you can.',
        rule(1),
        rule(3),
        `${P002} Annex A §6.1`,
      ),
    },
    {
      value: 'no',
      title: 'No, it is anonymous',
      guidance: g(
        'good',
        'Anonymous information can be used to get advice without any data protection concern. Check that nothing in it, taken together, could still point to a child or family.',
        rule(1),
        rule(3),
        `${P002} Annex A §6.1`,
      ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        'Treat it as identifying until you are sure. Seek advice from your safeguarding lead without giving names or other identifying details.',
        rule(3),
        rule(1),
      ),
    },
  ],
});

const CONFIDENTIAL: StepSpec = frozen({
  title: 'Confidentiality',
  question: 'Is the information confidential?',
  help: 'Information is usually confidential if it was given in a special relationship, such as doctor and patient or teacher and pupil, or on the understanding that it would be kept private. Information that is trivial or readily available from other sources may not be confidential.',
  choices: [
    {
      value: 'yes',
      title: 'Yes, it is confidential',
      guidance: g(
        'info',
        'Confidentiality is not secrecy and it is not absolute: you may share with consent, or without consent where the public interest overrides it or the law requires it. The next questions help you decide.',
        `${P002} Annex A §3.1`,
        `${P002} Annex A §3.2`,
        `${P000}, introduction`,
      ),
    },
    {
      value: 'no',
      title: 'No: it is trivial or readily available elsewhere',
      guidance: g(
        'good',
        'Sharing information that is not confidential does not breach confidence, for example a social worker asking a school whether a child is in today. Still share only what is needed.',
        `${P002} Annex A §3.1`,
        `${P002} Annex A §3.2`,
        rule(6),
      ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        'As a general rule, treat personal information you hold about children and families as confidential. Seek advice from your safeguarding lead if you are unsure.',
        `${P002} Annex A §3.3`,
        rule(3),
      ),
    },
  ],
});

const SEEK_ADVICE_CONSENT = g(
  'warning',
  "Seek advice from your safeguarding lead before you decide, without naming the person where possible. The child's safety and welfare must come first.",
  rule(3),
  `${P004} §3.2`,
);

const CONSENT: Readonly<Record<ConsentStatus, StepSpec>> = Object.freeze({
  given: frozen({
    title: 'Consent',
    question: 'Was the consent informed: did they know what would be shared, why, and with whom?',
    help: 'Consent must be freely given, specific and informed. They should have been told why the information is to be shared, which agencies will receive it and what will be shared.',
    choices: [
      {
        value: 'yes_informed',
        title: 'Yes, they knew what, why and with whom',
        guidance: g(
          'good',
          'With informed consent you can share what they agreed to, with those they agreed to. Record their consent and what you shared.',
          `${P000} §3`,
          `${P002} Annex A §3.7`,
          rule(4),
          rule(7),
        ),
      },
      {
        value: 'partly_informed',
        title: 'Partly: they did not know everything',
        guidance: g(
          'warning',
          'Consent only covers what they understood and agreed to. Before sharing more, explain what, why and with whom, unless that would be unsafe; seek advice if you are in doubt.',
          `${P000} §3`,
          rule(2),
          rule(3),
        ),
      },
      {
        value: 'not_informed',
        title: 'No, it was not informed',
        guidance: g(
          'warning',
          'Consent that was not informed is not valid consent. Explain what, why and with whom and ask again; if that would be unsafe, seek advice about sharing without consent.',
          `${P000} §3`,
          rule(2),
          rule(3),
        ),
      },
      {
        value: NOT_SURE,
        title: 'Not sure',
        guidance: g(
          'warning',
          'Check with them what they understood, unless that would be unsafe. Seek advice from your safeguarding lead if you are in doubt.',
          rule(3),
          `${P000} §3`,
        ),
      },
    ],
  }),
  refused: frozen({
    title: 'Consent',
    question: 'Have you weighed the concerns for the child against the reasons given for refusing?',
    help: 'A refusal is not an absolute veto. Weigh what would be shared, why and with whom against the reasons they gave for refusing.',
    choices: [
      {
        value: 'concerns_outweigh',
        title: 'Yes: the concerns for the child outweigh their reasons',
        guidance: g(
          'info',
          'A refusal can be overridden in the public interest, which the next question checks. Record their reasons for refusing and your reasons for sharing.',
          `${P000} §3`,
          `${P002} Annex A §3.8`,
          rule(4),
        ),
      },
      {
        value: 'respect_refusal',
        title: 'Yes: I can respect their refusal',
        guidance: g(
          'info',
          'Where possible, respect the wishes of people who do not consent, and do not share confidential information. Record your decision and the reasons for it.',
          rule(4),
          rule(7),
        ),
      },
      {
        value: 'not_yet_weighed',
        title: 'Not yet',
        guidance: g(
          'warning',
          'Do not share yet. First weigh the nature of the concerns for the child against the reasons given for refusing, and seek advice if you are in doubt.',
          `${P000} §3`,
          `${P002} Annex A §3.8`,
          rule(3),
        ),
      },
      { value: NOT_SURE, title: 'Not sure', guidance: SEEK_ADVICE_CONSENT },
    ],
  }),
  not_yet_asked: frozen({
    title: 'Consent',
    question: 'Would asking for consent put a child at increased risk, prejudice a criminal investigation or cause undue delay?',
    help: 'Usually you should be open with the family and ask for their agreement. Do not ask where that would put a child at greater risk of significant harm, get in the way of a police investigation or cause a delay that cannot be justified.',
    choices: [
      {
        value: 'no_will_ask',
        title: 'No: I will ask for consent first',
        guidance: g(
          'info',
          'Be open and honest: explain why, what and with whom the information will be shared, and ask for their agreement. If they refuse, the next question helps you decide whether you can still share.',
          rule(2),
          `${P000} §3`,
          rule(4),
        ),
      },
      {
        value: 'increase_risk',
        title: 'Yes: it would put a child at increased risk',
        guidance: g(
          'info',
          'Then do not ask: you should not seek consent where that would place a child at increased risk of significant harm. Record why you did not ask.',
          `${P002} Annex A §4.2`,
          `${P002} Annex A §3.7`,
          rule(7),
        ),
      },
      {
        value: 'prejudice_investigation',
        title: 'Yes: it would prejudice a criminal investigation',
        guidance: g(
          'info',
          'Then do not ask: seeking consent should not put the prevention, detection or prosecution of a serious crime at risk. Record why you did not ask.',
          `${P002} Annex A §4.2`,
          `${P004} §3.2`,
          rule(7),
        ),
      },
      {
        value: 'undue_delay',
        title: 'Yes: it would cause undue delay',
        guidance: g(
          'warning',
          'If the information is needed urgently, the delay of asking for consent may not be justified, so do not wait. Never delay emergency action to protect a child from harm: if a child is in immediate danger, call 999.',
          `${P002} Annex A §3.7`,
          EMERGENCY_CITATION,
        ),
      },
      {
        value: NOT_SURE,
        title: 'Not sure',
        guidance: g(
          'warning',
          'Seek advice from your safeguarding lead before you ask, without naming the person where possible. Do not ask if you think it could put a child at risk.',
          rule(3),
          `${P002} Annex A §3.7`,
        ),
      },
    ],
  }),
  not_asking_risk: frozen({
    title: 'Consent',
    question: 'Which reason applies for not asking for consent?',
    help: 'You should not seek consent where it would place a child at increased risk of significant harm, prejudice the prevention, detection or prosecution of a serious crime, or lead to unjustified delay.',
    choices: [
      {
        value: 'increase_risk',
        title: 'Asking would put a child at increased risk of significant harm',
        guidance: g(
          'info',
          'That is a recognised reason not to seek consent. Record it, and check next whether the public interest justifies sharing without consent.',
          `${P002} Annex A §4.2`,
          rule(7),
        ),
      },
      {
        value: 'prejudice_investigation',
        title: 'Asking would prejudice a criminal investigation',
        guidance: g(
          'info',
          'That is a recognised reason not to seek consent. Record it, and check next whether the public interest justifies sharing without consent.',
          `${P002} Annex A §4.2`,
          `${P004} §3.2`,
          rule(7),
        ),
      },
      {
        value: 'undue_delay',
        title: 'Asking would cause undue delay',
        guidance: g(
          'info',
          'If the information is needed urgently, the delay of getting consent may not be justified. Record why, and do not wait to share if a child needs protecting now.',
          `${P002} Annex A §3.7`,
          `${P002} Annex A §4.2`,
          rule(7),
        ),
      },
      {
        value: 'immediate_danger',
        title: 'A child is in immediate danger',
        guidance: g(
          'warning',
          'Never delay emergency action to protect a child from harm: call 999 now. You can record your decision and the reasons for it afterwards.',
          EMERGENCY_CITATION,
          `${G001}, closing line`,
        ),
      },
      {
        value: NOT_SURE,
        title: 'None of these, or not sure',
        guidance: g(
          'warning',
          'If none of these reasons applies, you should normally be open with the person and ask for consent. Seek advice from your safeguarding lead if you are in doubt.',
          rule(2),
          rule(3),
        ),
      },
    ],
  }),
  lacks_capacity: frozen({
    title: 'Consent',
    question: 'Is there someone who can consent on their behalf, such as a person with parental responsibility?',
    help: 'Where a person cannot understand the choices and their consequences, consent may be sought from someone who can properly act for them, such as a person with parental responsibility, an appropriate adult or someone with a relevant power of attorney.',
    choices: [
      {
        value: 'yes_can_ask',
        title: 'Yes, and I can ask them',
        guidance: g(
          'info',
          'Ask them, explaining what, why and with whom. Record who gave or refused consent.',
          `${P002} Annex A §3.9`,
          `${P000} §3`,
          rule(7),
        ),
      },
      {
        value: 'yes_but_unsafe',
        title: 'Yes, but asking them would put a child at risk',
        guidance: g(
          'info',
          'Do not ask them where that would place a child at increased risk of significant harm or prejudice an investigation. Record why, and check next whether the public interest justifies sharing without consent.',
          `${P002} Annex A §4.2`,
          rule(4),
          rule(7),
        ),
      },
      {
        value: 'no_one',
        title: 'No',
        guidance: g(
          'info',
          'When the person lacks capacity and no one can consent for them, you may still share without consent where the need is strong enough. Record why consent could not be given, and check the public interest next.',
          `${G001}, golden rule 4`,
          `${P002} Annex A §3.9`,
          rule(4),
        ),
      },
      {
        value: NOT_SURE,
        title: 'Not sure',
        guidance: g(
          'warning',
          'Seek advice from your safeguarding lead or data protection officer about who can consent for them. Do not share yet unless a child needs protecting now.',
          rule(3),
          `${P002} Annex A §3.9`,
        ),
      },
    ],
  }),
});

const PUBLIC_INTEREST_JUSTIFIED = 'Sharing without consent can be justified in the public interest.';

/** What else to record when sharing without consent, by consent status (002 §13.3.4; rule 7). */
const RECORD_WHY: Readonly<Record<ConsentStatus, string>> = {
  given: 'Record why the public interest outweighs confidentiality.',
  refused: 'Record why the public interest outweighs confidentiality, and their reasons for refusing.',
  not_yet_asked: 'Record why the public interest outweighs confidentiality, and whether you asked for consent.',
  not_asking_risk: 'Record why the public interest outweighs confidentiality, and why you did not ask for consent.',
  lacks_capacity: 'Record why the public interest outweighs confidentiality, and why consent could not be given.',
};

function publicInterestYes(extra: string) {
  return (consent: ConsentStatus): Guidance =>
    g(
      'good',
      `${PUBLIC_INTEREST_JUSTIFIED} ${RECORD_WHY[consent]}`,
      `${P004} §3.3`,
      rule(4),
      `${P000} §4`,
      ...(consent === 'refused' ? [`${P002} Annex A §3.8`] : []),
      extra,
    );
}

/** Without a strong enough public interest, confidential information is not shared without consent. */
const NO_PUBLIC_INTEREST: Readonly<Record<ConsentStatus, string>> = {
  given: 'Respect their wishes where possible: share only what they consented to.',
  refused: 'Respect their wishes where possible: do not share confidential information without their consent.',
  not_yet_asked: 'Ask for their consent first: do not share confidential information without it.',
  not_asking_risk: 'Do not share confidential information without consent; think again about whether you can safely ask for it.',
  lacks_capacity: 'Do not share confidential information without consent from someone who can act for them.',
};

const PUBLIC_INTEREST: StepSpec = frozen({
  title: 'Public interest',
  question:
    'Is there evidence or reasonable cause to believe a child is suffering, or is at risk of suffering, significant harm, or is sharing needed to prevent serious crime?',
  help: 'These are the times when sharing confidential information without consent is normally justified. Serious crime means a crime that causes, or is likely to cause, significant harm to a child or serious harm to an adult.',
  choices: [
    { value: 'yes_evidence', title: 'Yes: there is evidence a child is suffering, or at risk of, significant harm', guidance: publicInterestYes(`${P002} §1.5`) },
    { value: 'yes_reasonable_cause', title: 'Yes: there is reasonable cause to believe a child is suffering, or at risk of, significant harm', guidance: publicInterestYes(`${P002} §1.5`) },
    {
      value: 'prevent_serious_crime',
      title: 'Yes: sharing is needed to prevent serious crime',
      guidance: publicInterestYes(`${P002} Annex A §8.1`),
    },
    {
      value: 'no',
      title: 'No',
      guidance: (consent) =>
        g(
          'warning',
          `${NO_PUBLIC_INTEREST[consent]} Seek advice if you are in any doubt, and record your decision and the reasons for it.`,
          rule(4),
          rule(3),
          rule(7),
          `${P004} §3.2`,
        ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        "Seek advice from your safeguarding lead or a named or designated professional before deciding, without naming the person where possible. Children's social care can also advise if you are unsure whether the threshold for significant harm is met.",
        rule(3),
        `${P004} §3`,
        `${P004} §3.3`,
      ),
    },
  ],
});

const PROPORTIONATE: StepSpec = frozen({
  title: 'Necessary and proportionate',
  question:
    'Is what you plan to share necessary, proportionate, relevant, accurate, timely and secure, with fact kept apart from opinion, and going only to those who need to know?',
  help: 'Share no more than the purpose needs, and only with people who need it. Make sure it is accurate and up to date, make clear which parts are your opinion, and use a secure route.',
  choices: [
    {
      value: 'yes',
      title: 'Yes',
      guidance: g(
        'good',
        'Share it securely and in good time. Record what you shared, with whom, for what purpose and how.',
        rule(6),
        rule(7),
        `${P003} §2.9`,
      ),
    },
    {
      value: 'partly',
      title: 'Partly: I will share only part of it',
      guidance: g(
        'info',
        'Share only the part that is necessary for the purpose, and only with those who need to know. Record what you shared, what you held back and why.',
        rule(6),
        `${P002} Annex A §4.3`,
        `${P002} §13.3`,
      ),
    },
    {
      value: 'no',
      title: 'No',
      guidance: g(
        'warning',
        'Do not share it as it stands. Cut it down to what is necessary and accurate, keep fact apart from opinion and use a secure route, or seek advice.',
        rule(6),
        `${P003} §2.7–2.9`,
        rule(3),
      ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        'Seek advice from your safeguarding lead or data protection officer before sharing. The more sensitive the information, the stronger the need must be and the fewer people should receive it.',
        rule(3),
        rule(6),
        `${P002} Annex A §4.3`,
      ),
    },
  ],
});

const TELL_PERSON: StepSpec = frozen({
  title: 'Telling the person',
  question: 'Should the person be told that information about them was shared?',
  help: 'Parents, carers and the child should normally be told that information has been shared. The exceptions are where telling them would place a child at increased risk of significant harm or undermine a criminal investigation.',
  choices: [
    {
      value: 'yes_will_tell',
      title: 'Yes, I will tell them',
      guidance: g('good', 'Tell them what you shared, with whom and why. Record that you told them.', `${P000} §4`, rule(2), rule(7)),
    },
    {
      value: 'no_risk_to_child',
      title: 'No: telling them would place a child at increased risk of significant harm',
      guidance: g(
        'info',
        'You do not have to tell them if it would place a child at further risk of significant harm. Record why you did not tell them.',
        `${P000} §4`,
        rule(7),
      ),
    },
    {
      value: 'no_prejudice_investigation',
      title: 'No: it would prejudice a criminal investigation',
      guidance: g(
        'info',
        'You do not have to tell them if it would undermine the prevention, detection or prosecution of a serious crime. Record why you did not tell them.',
        `${P004} §3.2`,
        `${P002} Annex A §4.2`,
        rule(7),
      ),
    },
    {
      value: NOT_SURE,
      title: 'Not sure',
      guidance: g(
        'warning',
        'Seek advice from your safeguarding lead before you tell them or decide not to. Whatever you decide, record why.',
        rule(3),
        rule(7),
        `${P000} §4`,
      ),
    },
  ],
});

function specFor(step: WalkthroughStep, consent: ConsentStatus): StepSpec {
  switch (step) {
    case 'purpose':
      return PURPOSE;
    case 'identifies':
      return IDENTIFIES;
    case 'confidential':
      return CONFIDENTIAL;
    case 'consent':
      return CONSENT[consent];
    case 'publicInterest':
      return PUBLIC_INTEREST;
    case 'proportionate':
      return PROPORTIONATE;
    case 'tellPerson':
      return TELL_PERSON;
  }
}

function choiceSpec(step: WalkthroughStep, value: string, context: WalkthroughContext): ChoiceSpec | undefined {
  return specFor(step, context.consent).choices.find((c) => c.value === value);
}

// ---------------------------------------------------------------------------------------------
// The contract

/** The card for one step; the consent step's question and choices follow `context.consent`. */
export function stepDefinition(step: WalkthroughStep, context: WalkthroughContext): StepDefinition {
  const spec = specFor(step, context.consent);
  return {
    step,
    title: spec.title,
    question: spec.question,
    help: spec.help,
    choices: spec.choices.map(({ value, title }) => ({ value, title })),
  };
}

/** The public-interest question only arises without consent (004 §3.3); every other step always applies. */
export function appliesTo(step: WalkthroughStep, context: WalkthroughContext): boolean {
  return step === 'publicInterest' ? context.consent !== 'given' : true;
}

export function isValidAnswer(step: WalkthroughStep, value: string, context: WalkthroughContext): boolean {
  return choiceSpec(step, value, context) !== undefined;
}

/**
 * The first applicable step, in WALKTHROUGH_STEPS order, without an answer; undefined when done.
 * A stored answer that is no longer a choice of its step (the consent status was changed after the
 * consent step was answered) counts as no answer, so the step is asked again.
 */
export function nextStep(context: WalkthroughContext): WalkthroughStep | undefined {
  return WALKTHROUGH_STEPS.find((step) => appliesTo(step, context) && !hasValidAnswer(step, context));
}

/** Guidance for an answer; throws InvalidAnswer (code 'INVALID_ANSWER') when it is not one of the step's choices. */
export function guidanceFor(step: WalkthroughStep, answer: string, context: WalkthroughContext): Guidance {
  const choice = choiceSpec(step, answer, context);
  if (!choice) throw new InvalidAnswer(step);
  return typeof choice.guidance === 'function' ? choice.guidance(context.consent) : choice.guidance;
}

/** Every answered applicable step, in order, with its question, the answer's title and its guidance. */
export function summarise(
  context: WalkthroughContext,
): { step: WalkthroughStep; title: string; question: string; answerTitle: string; guidance: Guidance }[] {
  return WALKTHROUGH_STEPS.flatMap((step) => {
    const answer = context.answers[step];
    if (answer === undefined || !appliesTo(step, context)) return [];
    const choice = choiceSpec(step, answer, context);
    if (!choice) return [];
    const spec = specFor(step, context.consent);
    return [{ step, title: spec.title, question: spec.question, answerTitle: choice.title, guidance: guidanceFor(step, answer, context) }];
  });
}

function hasValidAnswer(step: WalkthroughStep, context: WalkthroughContext): boolean {
  const answer = context.answers[step];
  return answer !== undefined && isValidAnswer(step, answer, context);
}
