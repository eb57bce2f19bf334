import type { CitationRef, Condition, GuidancePack, PackChoice, PackStep, TextVariant } from '../../../domain/guidance-pack.js';
import { NATIONAL_SOURCES, SEED_SOURCES } from './sources.js';

/**
 * The default guidance pack: England. Written from HM Government's information sharing advice
 * (May 2024) and the local procedures in the five local procedures (seeds 000–004; docs/domain.md), with Working Together 2023, Keeping
 * Children Safe in Education, the ICO's guidance and the law it rests on. The 2024 advice is
 * paraphrased and cited, not quoted. Wales, Scotland and Northern Ireland have their own
 * frameworks: an organisation there loads its own pack.
 *
 * Choice values are stored with requests: never reuse one for a different meaning.
 */

// ---- authoring helpers -----------------------------------------------------------------------

const c = (source: string, section?: string): CitationRef => (section ? { source, section } : { source });
const rule = (n: number) => c('isa-2024', `golden rule ${n}`);
const v = (tone: TextVariant['tone'], text: string, cite: CitationRef[], when?: Condition): TextVariant => (when ? { when, tone, text, cite } : { tone, text, cite });
const choice = (value: string, title: string, guidance: TextVariant[], extra: Partial<PackChoice> = {}): PackChoice => ({ value, title, guidance, ...extra });

const EMERGENCY = choice(
  'immediate_danger',
  'A child is in immediate danger now',
  [v('warning', 'Call 999 now. Never delay emergency action to protect a child from harm.', [c('rotherham-004', 'closing line'), c('guide-001', 'closing line')])],
  { outcome: 'emergency' },
);
const notSure = (text: string, cite: CitationRef[] = [rule(4)]): PackChoice => choice('not_sure', 'Not sure', [v('warning', text, cite)]);
const NOT_SHARING = choice('not_sharing', 'I have decided not to share', [v('info', 'Then record your decision and the reasons for it. You can ask {dsl} to check it.', [rule(7)])], {
  outcome: 'notSharing',
});

// ---- conditions --------------------------------------------------------------------------------

/** A concern about someone who works with children: from the form's area, or said at the first step. */
const COLLEAGUE: Condition = { any: [{ area: ['concern_about_colleague'] }, { answer: { step: 'situation', in: ['colleague_concern'] } }] };
const NOT_COLLEAGUE: Condition = { not: COLLEAGUE };
const OWN_CONCERN: Condition = { answer: { step: 'situation', in: ['own_concern', 'colleague_concern', 'not_sure'] } };
const AGENCY: Condition = { answer: { step: 'situation', in: ['agency_request'] } };
const RECORDS: Condition = { answer: { step: 'situation', in: ['records_request'] } };
const AT_RISK: Condition = { answer: { step: 'risk', in: ['yes_risk'] } };
/** A child at risk, or a legal duty: consent is not needed, so the consent step is about telling, never about asking first. */
const NO_CONSENT_NEEDED: Condition = { any: [AT_RISK, { answer: { step: 'purpose', in: ['statutory_duty'] } }] };
const NOT_AT_RISK: Condition = { not: NO_CONSENT_NEEDED };
const YOUNG_PERSON: Condition = { ageBand: ['11_15', '16_17'] };
const ADULT: Condition = { ageBand: ['18_plus'] };
const SCHOOL_STAFF: Condition = { askerRole: ['teacher', 'school_leader'] };
const DOMESTIC_ABUSE: Condition = { area: ['domestic_abuse'] };
const RISK_FROM_ADULT: Condition = { area: ['risk_from_adult'] };
const EXPLOITATION: Condition = { area: ['criminal_exploitation', 'sexual_abuse'] };
const SHARING: Condition = { notSharing: false };
const all = (...conditions: Condition[]): Condition => ({ all: conditions });
const any = (...conditions: Condition[]): Condition => ({ any: conditions });

// ---- steps -------------------------------------------------------------------------------------

const situation: PackStep = {
  id: 'situation',
  title: 'Your question',
  question: 'What is your question about?',
  help: 'Your answer decides which questions follow.',
  choices: [
    choice('own_concern', 'A worry of mine that I may need to share', [
      v(
        'warning',
        'A concern about someone who works with children has its own route. Tell {dsl} or {headOrManager} today; they involve {lado}. Do not investigate it yourself, and do not tell the colleague.',
        [c('kcsie', 'Part four'), c('wt-2023', 'Chapter 4'), c('rotherham-004', '§3.2')],
        COLLEAGUE,
      ),
      v('info', 'The next questions help you decide what to share, with whom and why. If a child may be at risk, do not wait for the end: speak to {dsl} today.', [rule(1), rule(4)]),
    ]),
    choice(
      'colleague_concern',
      'A worry about how a colleague, or anyone who works with children, behaves',
      [
        v('warning', 'This has its own route. Tell {dsl} or {headOrManager} today; they involve {lado}. Do not investigate it yourself, and do not tell the colleague.', [
          c('kcsie', 'Part four'),
          c('wt-2023', 'Chapter 4'),
          c('rotherham-004', '§3.2'),
        ]),
      ],
      { when: { not: { area: ['concern_about_colleague'] } } },
    ),
    choice('agency_request', 'The police or another agency has asked me for information', [
      v('info', 'Check the request before you share: who is asking, for what purpose, and what they need. The next questions go through this.', [
        c('ico-law-enforcement'),
        c('oxon-isp', '§13.1'),
      ]),
    ]),
    choice('records_request', 'A parent or young person has asked for the records we hold', [
      v('warning', 'This is likely to be a subject access request. Pass it to {dpo} today: there are legal time limits, and some information may have to be held back.', [
        c('uk-gdpr', 'Articles 12 and 15'),
        c('ico-children'),
      ]),
    ]),
    EMERGENCY,
    notSure('Seek advice from {dsl}. You can ask without naming anyone.'),
  ],
};

const purpose: PackStep = {
  id: 'purpose',
  when: all(OWN_CONCERN, NOT_COLLEAGUE),
  title: 'Purpose',
  question: 'What would sharing be for?',
  help: 'Keep the purpose in mind: it decides what you share and with whom.',
  choices: [
    choice('safeguarding_child', 'To protect a child or get them help', [
      v('good', 'Protecting a child from abuse and neglect comes before privacy. Share what that purpose needs.', [rule(1), c('notts-districts', '§4')]),
    ]),
    choice('preventing_crime', 'To prevent or detect a crime', [
      v('good', 'Preventing or detecting crime is a lawful purpose. Data protection law allows sharing for it where it is necessary and proportionate.', [
        c('ico-law-enforcement'),
        c('dpa-2018', 'Schedule 1 paragraph 10; Schedule 2 paragraph 2'),
      ]),
    ]),
    choice('preventing_harm_to_staff', 'To protect someone else from harm, such as staff', [
      v('good', 'Preventing harm to staff or other people is a legitimate purpose. Share only what keeps them safe.', [c('notts-districts', '§4'), c('guide-001', 'golden rule 4')]),
    ]),
    choice('statutory_duty', 'A legal duty, such as a section 47 enquiry or section 17 assessment (Children Act 1989)', [
      v('good', 'The law requires or allows this sharing. You do not need consent, but tell the family unless that would put a child at risk.', [
        c('ca-1989', 'sections 17 and 47'),
        c('oxon-isp', '§1.5'),
        c('gdpr-protocol-003', '§2.1–2.6'),
      ]),
    ]),
    notSure('Seek advice from {dsl} about the purpose; you do not need to name anyone to ask. The next question checks whether a child is at risk.'),
  ],
};

const risk: PackStep = {
  id: 'risk',
  when: all(OWN_CONCERN, NOT_COLLEAGUE),
  title: 'Risk of harm',
  question: 'Do you think a child is suffering, or at risk of, significant harm?',
  help: 'You do not need proof. Reasonable cause to believe it is enough.',
  choices: [
    choice('yes_risk', 'Yes, or I think they may be', [
      v(
        'warning',
        'Share without delay: contact {frontDoor} today, with {dsl}. You do not need consent. If an adult victim is at high risk, a MARAC referral may be needed too; never let the person causing harm learn what you shared.',
        [rule(1), rule(3), c('safelives')],
        DOMESTIC_ABUSE,
      ),
      v(
        'warning',
        'Share without delay with {frontDoor}, with {dsl}. You do not need consent. A young person being exploited may refuse because of pressure or fear: that does not stop you sharing.',
        [rule(1), rule(3), c('oxon-isp', 'Annex A §5.1')],
        EXPLOITATION,
      ),
      v(
        'warning',
        "Share without delay with {frontDoor} or the police, with {dsl}. You do not need consent. A parent can also ask the police about an adult with access to their child (Sarah's Law).",
        [rule(1), rule(3), c('csods'), c('notts-districts', '§5')],
        RISK_FROM_ADULT,
      ),
      v('warning', 'Share without delay: contact {frontDoor} today, with {dsl}. You do not need consent to share when a child is at risk of harm.', [
        rule(1),
        rule(3),
        c('rotherham-004', '§3.3'),
      ]),
    ]),
    choice('no_support', 'No: it is about their wellbeing or extra help', [
      v(
        'info',
        "Work with the family where it is safe. A parent can ask the police about a partner's history under Clare's Law; the police decide what to disclose. If you learn of a high risk, share at once.",
        [rule(2), c('dvds'), c('notts-districts', '§6')],
        DOMESTIC_ABUSE,
      ),
      v(
        'info',
        "Work with the family where it is safe. A parent can ask the police about an adult with access to their child under Sarah's Law; the police decide what to disclose.",
        [rule(2), c('csods'), c('notts-districts', '§5')],
        RISK_FROM_ADULT,
      ),
      v('info', 'Then work with the family where you can: explain what you want to share and why, and listen to their view. You may still share without consent if there is another lawful reason.', [
        rule(2),
        c('gdpr-protocol-003', '§2.6'),
      ]),
    ]),
    EMERGENCY,
    notSure('Seek advice promptly from {dsl} or {frontDoor}: they can tell you whether the threshold is met. Do not let doubt delay you.', [rule(4), c('rotherham-004', '§3')]),
  ],
};

/** For a young adult (18 or over): the test for an adult is serious harm, and a capable adult's refusal counts for more. */
const riskAdult: PackStep = {
  id: 'risk',
  when: all(OWN_CONCERN, NOT_COLLEAGUE, ADULT),
  title: 'Risk of harm',
  question: 'Do you think a child is at risk of significant harm, or the young adult at risk of serious harm?',
  help: 'You do not need proof. An adult who can decide has the right to refuse, unless someone is at serious risk, a serious crime is involved, or they are being coerced.',
  choices: [
    choice('yes_risk', 'Yes, or I think so', [
      v('warning', 'Share without delay: contact {frontDoor} (or adult social care) today, with {dsl}. You do not need consent where someone is at serious risk of harm.', [
        c('guide-001', 'golden rule 4'),
        c('rotherham-004', '§3.2'),
        rule(3),
      ]),
    ]),
    choice('no_support', 'No: it is about their wellbeing or extra help', [
      v('info', 'Then respect their wishes if they can decide for themselves, and work with them. Seek advice from {dsl} if they may be under pressure or cannot decide.', [c('guide-001', 'golden rule 4'), c('mca-2005', 'section 1')]),
    ]),
    EMERGENCY,
    notSure('Seek advice promptly from {dsl}. Do not let doubt delay you if someone may be at serious risk.', [rule(4), c('guide-001', 'golden rule 3')]),
  ],
};

const youngPerson: PackStep = {
  id: 'youngPerson',
  when: all(OWN_CONCERN, NOT_COLLEAGUE, YOUNG_PERSON),
  title: "The young person's view",
  question: 'Does the young person understand what sharing would mean for them?',
  help: 'A young person who understands the choices has the same right to confidentiality as an adult. Never promise a child that you will keep a secret.',
  choices: [
    choice('understands', 'Yes: they understand the choices and what could happen', [
      v('info', 'Ask for their view and respect it where you can. You can still share without their agreement to protect them or others from significant harm.', [
        c('gillick'),
        c('oxon-isp', 'Annex A §5.1'),
        rule(3),
      ]),
    ]),
    choice('does_not_understand', 'No: they cannot understand it yet', [
      v(
        'info',
        'At 16 or 17, capacity is judged under the Mental Capacity Act 2005. If they lack it for this decision, it is made in their best interests; seek advice from {dsl}.',
        [c('mca-2005', 'sections 1–4')],
        { ageBand: ['16_17'] },
      ),
      v('info', 'A parent or carer with parental responsibility can decide for them, unless involving that parent would put the young person at risk.', [c('gillick'), c('oxon-isp', 'Annex A §4.2')]),
    ]),
    choice('under_pressure', 'They may be under pressure, coercion or exploitation', [
      v('warning', 'Pressure, coercion or exploitation can override their refusal. Share to protect them, and tell {dsl} today.', [
        c('oxon-isp', '§6.3; Annex A §5.1'),
        c('guide-001', 'golden rule 4'),
      ]),
    ]),
    notSure('Seek advice from {dsl}. Do not promise the young person that what they told you will stay secret.', [rule(4), c('oxon-isp', 'Annex A §3.6.2')]),
  ],
};

const colleagueHarm: PackStep = {
  id: 'colleagueHarm',
  when: all(OWN_CONCERN, COLLEAGUE),
  title: 'The concern',
  question: 'Might the colleague have harmed a child, committed an offence against a child, or shown they may be unsuitable to work with children?',
  help: 'That is the harm threshold. A worry below it is a low-level concern, and it still matters.',
  choices: [
    choice('meets_threshold', 'Yes, or it might', [
      v(
        'warning',
        'Tell {dsl} or your head teacher today (the chair of governors if it is about the head). They consult {lado}. Do not investigate, question or tell the colleague.',
        [c('kcsie', 'Part four, section one'), c('wt-2023', 'Chapter 4'), c('rotherham-004', '§3.2')],
        SCHOOL_STAFF,
      ),
      v(
        'warning',
        'Tell {dsl} or {headOrManager} today. They consult {lado}. Do not investigate, question or tell the colleague.',
        [c('wt-2023', 'Chapter 4'), c('rotherham-004', '§3.2')],
      ),
    ]),
    choice('low_level', 'No: it is a low-level concern', [
      v('info', 'Share it with {dsl} or {headOrManager}, as your code of conduct says. Do not discuss it with the colleague.', [c('kcsie', 'Part four, section two')]),
    ]),
    EMERGENCY,
    notSure('Tell {dsl} or {headOrManager} today; they can ask {lado}. Do not investigate it yourself.', [rule(4), c('kcsie', 'Part four')]),
  ],
};

const requestWritten: PackStep = {
  id: 'requestWritten',
  when: AGENCY,
  title: 'The request',
  question: 'Has the request been made in writing?',
  help: 'A written request shows who is asking, for what, and under what power. In an emergency it can follow afterwards.',
  choices: [
    choice('in_writing', 'Yes', [v('good', 'Check who sent it, and that it says what it is for and what is needed.', [c('ico-law-enforcement'), c('oxon-isp', '§13.1')])]),
    choice('urgent_verbal', 'No, but it is urgent', [
      v('info', 'If a child is at risk, do not delay. Check the caller is who they say (ring back on a known number), share what is needed, and ask for the request in writing afterwards.', [
        c('oxon-isp', '§13.1'),
        rule(3),
      ]),
    ]),
    choice('not_written', 'No', [v('warning', 'Ask for it in writing before you share. Ask {dsl} or {dpo} if you are unsure.', [c('oxon-isp', '§13.1'), c('ico-law-enforcement')])]),
    notSure('Ask for the request in writing, and seek advice from {dpo} or {dsl}.'),
  ],
};

const requestPurpose: PackStep = {
  id: 'requestPurpose',
  when: AGENCY,
  title: 'Their purpose',
  question: 'Do you know what they need it for, and does that fit why you hold it?',
  help: 'Data protection law allows sharing with the police where it is necessary and proportionate, for example to prevent or detect crime.',
  choices: [
    choice('yes_clear', 'Yes: the purpose is clear and fits', [
      v('good', 'Then share only what that purpose needs. Record the request, your decision and what you shared.', [
        c('ico-law-enforcement'),
        c('dpa-2018', 'Schedule 2 paragraph 2'),
        c('guide-001', 'myths'),
      ]),
    ]),
    choice('unclear', 'No, or it is not clear', [v('warning', 'Ask them to explain the purpose and their legal power before you share. Seek advice from {dpo} or {dsl}.', [c('ico-law-enforcement'), rule(4)])]),
    NOT_SHARING,
    notSure('Seek advice from {dpo} or {dsl} before you share.'),
  ],
};

const sarWho: PackStep = {
  id: 'sarWho',
  when: RECORDS,
  title: 'Who is asking',
  question: 'Whose records are they asking for?',
  help: 'Information about a child belongs to the child. A parent may ask for it on the child’s behalf.',
  choices: [
    choice('parent_for_child', "A parent, for their child's records", [
      v('info', 'A parent may act for the child if the child cannot understand the request, or agrees to it. In England there is no set age: a young person who understands can decide for themselves.', [c('ico-children')]),
    ]),
    choice('young_person_own', 'A young person, for their own records', [
      v('info', 'Children have the same rights over their data as adults, if they understand what they are asking for. Pass the request to {dpo}.', [c('ico-children')]),
    ]),
    choice('someone_else', 'Someone else', [v('warning', 'Do not hand anything over. Pass it to {dpo}, who checks who is asking and whether they have a right to it.', [c('uk-gdpr', 'Article 15'), c('oxon-isp', '§10.2.2')])]),
    notSure('Pass the request to {dpo} and do not send anything yourself.', [c('uk-gdpr', 'Article 15')]),
  ],
};

const sarDpo: PackStep = {
  id: 'sarDpo',
  when: RECORDS,
  title: 'Passing it on',
  question: 'Will you pass the request to your data protection officer today?',
  help: 'The answer is due within one month. Information about other people, or from other agencies, may have to be held back.',
  choices: [
    choice('will_pass', 'Yes', [
      v('good', 'Do not send records yourself. Tell {dpo} what was asked, when and by whom; they decide what can be released.', [c('ico-sar'), c('uk-gdpr', 'Articles 12(3) and 15'), c('oxon-isp', '§5.1.2')]),
    ]),
    choice('worried_risk', 'Yes, and I am worried that releasing it could put a child at risk', [
      v('warning', 'Tell {dpo} and {dsl} about that risk now. Information can be withheld where releasing it would be likely to cause serious harm.', [c('dpa-2018', 'Schedule 3 (the serious harm test)'), rule(4)]),
    ]),
    notSure('Ask {dpo} today what to do. Do not release anything before they say.', [c('uk-gdpr', 'Article 12(3)')]),
  ],
};

const identities: PackStep = {
  id: 'identities',
  when: any(all(OWN_CONCERN, NOT_COLLEAGUE), AGENCY),
  title: 'Protecting people',
  question: 'Could anyone be harmed if the people receiving this learn who they are?',
  help: 'For example the person who told you, a victim who has moved, a neighbour or a colleague.',
  choices: [
    choice('yes_someone', 'Yes, someone could be put at risk', [
      v('warning', "Never share a victim's address or new location with anyone who could pass it to the person causing harm. Say clearly that the victim's details must be protected.", [rule(5), c('safelives')], DOMESTIC_ABUSE),
      v('warning', 'Protect their identity: leave out their name and whereabouts unless the receiver truly needs them, and say why it matters.', [rule(5)]),
    ]),
    choice('no_one', 'No', [v('good', 'Still share only what the receiver needs. When you ask for advice, leave out names where you can.', [rule(5), rule(4)])]),
    notSure('Treat it as a risk until you know. Seek advice from {dsl}.', [rule(4), rule(5)]),
  ],
};

// The consent step: on a risk path, about telling (never about asking first); otherwise by the form's consent answer.
const CONSENT_PATH = all(OWN_CONCERN, NOT_COLLEAGUE);

const consentAtRisk: PackStep = {
  id: 'consent',
  when: all(CONSENT_PATH, NO_CONSENT_NEEDED),
  title: 'Telling the family',
  question: 'Would telling {person} that you are sharing put anyone at more risk, or harm an investigation?',
  help: 'You do not need their consent. Be open with them where it is safe, but do not let it delay you.',
  choices: [
    choice('no_will_explain', 'No: I will explain what I am sharing and why', [
      v('info', 'Their refusal does not stop you sharing where someone is at serious risk. Explain what you are sharing and why, where it is safe, and record their objection.', [c('guide-001', 'golden rule 4'), rule(3)], {
        all: [{ consent: ['refused'] }, ADULT],
      }),
      v('info', 'Their refusal does not stop you sharing to protect a child. Explain what you are sharing and why, where it is safe, and record their objection.', [rule(3), c('notts-districts', '§3'), c('oxon-isp', 'Annex A §3.8')], {
        consent: ['refused'],
      }),
      v('info', 'Tell them what you are sharing, with whom and why. This is not a request for permission: you do not need consent to share here.', [rule(2), rule(3)]),
    ]),
    choice('yes_more_risk', 'Yes: it could put someone at more risk', [v('info', 'Then do not tell them first. Share now, and record why you did not tell them.', [c('oxon-isp', 'Annex A §4.2'), rule(3)])], {
      consentBecomes: 'not_asking_risk',
    }),
    choice('yes_investigation', 'Yes: it could harm a police investigation', [
      v('info', 'Then do not tell them. Agree with the police or {frontDoor} when they will be told, and record why.', [c('oxon-isp', 'Annex A §4.2'), c('rotherham-004', '§3.2')]),
    ], { consentBecomes: 'not_asking_risk' }),
    notSure('Do not let this hold up sharing. Ask {dsl} or {frontDoor} whether and when to tell the family.'),
  ],
};

const NO_RISK = all(CONSENT_PATH, NOT_AT_RISK);

const consentGiven: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['given'] }),
  title: 'Consent',
  question: 'Did {person} know what would be shared, why and with whom?',
  help: 'Consent must be freely given, specific and informed.',
  choices: [
    choice('yes_informed', 'Yes, they knew what, why and with whom', [
      v('good', 'Then you can share what they agreed to, with those they agreed to. Record their consent and what you shared.', [c('notts-districts', '§3'), c('oxon-isp', 'Annex A §3.7'), rule(7)]),
    ]),
    choice('partly_informed', 'Partly: they did not know everything', [
      v('warning', 'Consent covers only what they understood. Explain the rest before sharing more, unless that would be unsafe.', [c('notts-districts', '§3'), rule(2)]),
    ]),
    choice('not_informed', 'No, it was not informed', [
      v('warning', 'That is not valid consent. Explain what, why and with whom and ask again, or seek advice about sharing without it.', [c('notts-districts', '§3'), rule(4)]),
    ]),
    notSure('Check with them what they understood, unless that would be unsafe. Seek advice from {dsl} if in doubt.'),
  ],
};

const consentRefused: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['refused'] }),
  title: 'Consent',
  question: 'Have you weighed the concerns against the reasons {person} gave for refusing?',
  help: 'A refusal is not an absolute veto. Weigh what would be shared, why and with whom against their reasons.',
  choices: [
    choice('concerns_outweigh', 'Yes: the concerns outweigh their reasons', [
      v('info', 'A refusal can be overridden where there is a strong enough reason, which the next questions check. Record their reasons and yours.', [c('notts-districts', '§3'), c('oxon-isp', 'Annex A §3.8')]),
    ]),
    choice('respect_refusal', 'Yes: I will respect their refusal', [v('info', 'Then do not share confidential information. Record your decision and the reasons for it.', [c('notts-districts', '§1, golden rule 4'), rule(7)])], {
      outcome: 'notSharing',
    }),
    choice('not_yet_weighed', 'Not yet', [v('warning', 'Do not share yet. First weigh the concerns against their reasons, and seek advice if in doubt.', [c('oxon-isp', 'Annex A §3.8'), rule(4)])]),
    notSure("Seek advice from {dsl} before you decide, without naming anyone where you can. The child's safety comes first."),
  ],
};

const consentNotAsked: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['not_yet_asked'] }),
  title: 'Asking for consent',
  question: 'Would asking {person} for consent put a child at risk, harm an investigation or cause a harmful delay?',
  help: 'Usually you should be open and ask. Do not ask where asking itself would cause harm.',
  choices: [
    choice('no_will_ask', 'No: I will ask them first', [
      v('info', 'Explain what you want to share, with whom and why, and ask for their agreement. If they refuse, you may still share if there is a strong enough reason: ask {dsl}.', [rule(2), c('notts-districts', '§3')]),
    ]),
    choice('increase_risk', 'Yes: it would put a child at more risk', [v('info', 'Then do not ask. Record why you did not ask.', [c('oxon-isp', 'Annex A §4.2'), rule(7)])], { consentBecomes: 'not_asking_risk' }),
    choice('prejudice_investigation', 'Yes: it would harm a police investigation', [v('info', 'Then do not ask. Record why you did not ask.', [c('oxon-isp', 'Annex A §4.2'), c('rotherham-004', '§3.2')])], {
      consentBecomes: 'not_asking_risk',
    }),
    choice('undue_delay', 'Yes: the delay would cause harm', [v('info', 'Then do not wait for consent. Record why.', [c('oxon-isp', 'Annex A §3.7'), rule(7)])], { consentBecomes: 'not_asking_risk' }),
    notSure('Seek advice from {dsl} before you ask, without naming anyone where you can.'),
  ],
};

const consentNotAsking: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['not_asking_risk'] }),
  title: 'Not asking for consent',
  question: 'Which reason applies for not asking {person}?',
  help: 'Do not ask where it would put a child at more risk, harm an investigation or cause a harmful delay.',
  choices: [
    choice('increase_risk', 'Asking would put a child at more risk', [v('info', 'That is a recognised reason. Record it; the next questions check whether you can share without consent.', [c('oxon-isp', 'Annex A §4.2'), rule(7)])]),
    choice('prejudice_investigation', 'Asking would harm a police investigation', [v('info', 'That is a recognised reason. Record it; the next questions check whether you can share without consent.', [c('oxon-isp', 'Annex A §4.2'), c('rotherham-004', '§3.2')])]),
    choice('undue_delay', 'The delay would cause harm', [v('info', 'If the information is needed urgently, waiting for consent may not be justified. Record why.', [c('oxon-isp', 'Annex A §3.7')])]),
    choice('none_apply', 'None of these', [v('warning', 'Then you should normally be open with them and ask for consent. Seek advice from {dsl} if in doubt.', [rule(2), rule(4)])], { consentBecomes: 'not_yet_asked' }),
    notSure('Seek advice from {dsl} before you decide.'),
  ],
};

const consentCapacityAdult: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['lacks_capacity'] }, ADULT),
  title: 'Capacity',
  question: 'Does anyone have legal authority to decide for them, such as an attorney or a deputy?',
  help: 'For an adult, parental responsibility no longer applies. Without an attorney or deputy, the decision is made in their best interests.',
  choices: [
    choice('yes_attorney', 'Yes: an attorney or a deputy', [v('info', 'Ask them, explaining what, why and with whom. Record who decided.', [c('mca-2005', 'sections 9 and 16')])]),
    choice('best_interests', 'No: it needs a best-interests decision', [
      v('info', 'Decide in their best interests, with the people who know them, and record how. You may also share without consent where the need is strong enough.', [c('mca-2005', 'section 4'), c('guide-001', 'golden rule 4')]),
    ]),
    choice('yes_but_unsafe', 'Yes, but asking them could put someone at risk', [v('info', 'Then do not ask them. Record why; the next questions check whether you can share without consent.', [c('oxon-isp', 'Annex A §4.2')])], {
      consentBecomes: 'not_asking_risk',
    }),
    notSure('Seek advice from {dsl} or {dpo} about who can decide for them.', [rule(4), c('mca-2005')]),
  ],
};

const consentCapacity16: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['lacks_capacity'] }, { ageBand: ['16_17'] }),
  title: 'Capacity',
  question: 'Has their capacity for this decision been assessed under the Mental Capacity Act?',
  help: 'From 16, capacity is presumed unless it is shown to be lacking for the decision in question.',
  choices: [
    choice('assessed_lacks', 'Yes: they lack capacity for this decision', [
      v('info', 'Then the decision is made in their best interests, involving those who care for them. Record how you decided.', [c('mca-2005', 'sections 1–4')]),
    ]),
    choice('not_assessed', 'No', [v('warning', 'Presume they have capacity and ask them, unless that would put them at risk. Seek advice from {dsl}.', [c('mca-2005', 'section 1'), rule(4)])], {
      consentBecomes: 'not_yet_asked',
    }),
    notSure('Seek advice from {dsl} about their capacity before you decide.', [rule(4), c('mca-2005')]),
  ],
};

const consentCapacityChild: PackStep = {
  id: 'consent',
  when: all(NO_RISK, { consent: ['lacks_capacity'] }),
  title: 'Consent for a child',
  question: 'Is there someone with parental responsibility you can ask?',
  help: 'A child who cannot understand the choices needs an adult with parental responsibility to decide for them.',
  choices: [
    choice('yes_can_ask', 'Yes, and I can ask them', [v('info', 'Ask them, explaining what, why and with whom. Record who gave or refused consent.', [c('oxon-isp', 'Annex A §3.9'), c('gillick'), rule(7)])]),
    choice('yes_but_unsafe', 'Yes, but asking them would put the child at risk', [v('info', 'Then do not ask them. Record why; the next questions check whether you can share without consent.', [c('oxon-isp', 'Annex A §4.2'), rule(3)])], {
      consentBecomes: 'not_asking_risk',
    }),
    choice('no_one', 'No', [v('info', 'You may still share without consent where the need is strong enough. Record why consent could not be given.', [c('oxon-isp', 'Annex A §3.9'), c('guide-001', 'golden rule 4')])]),
    notSure('Seek advice from {dsl} about who can consent for the child.'),
  ],
};

/** The asker will ask for consent first (from the person, or from whoever can give it for them): what follows waits for the answer. */
const NOT_ASKING_FIRST: Condition = { not: { answer: { step: 'consent', in: ['no_will_ask', 'none_apply', 'not_assessed', 'yes_can_ask', 'yes_attorney'] } } };

/** Without consent and without a risk of significant harm: is the information confidential, and is there another strong reason? */
const NEEDS_REASON: Condition = all(
  NO_RISK,
  SHARING,
  { not: { consent: ['given'] } },
  NOT_ASKING_FIRST,
);

const confidential: PackStep = {
  id: 'confidential',
  when: NEEDS_REASON,
  title: 'Confidentiality',
  question: 'Was the information given in confidence?',
  help: 'For example by a patient to a doctor, or a pupil to a teacher. Information that is trivial or already known elsewhere may not be confidential.',
  choices: [
    choice('yes', 'Yes', [v('info', 'Confidentiality is not secrecy, and it is not absolute. The next question checks whether there is a strong enough reason to share without consent.', [c('oxon-isp', 'Annex A §3.1–3.2'), c('notts-districts', 'introduction')])]),
    choice('no', 'No: it is trivial or already known elsewhere', [
      v('good', 'Then sharing it does not breach confidence. You still need a lawful reason, and share only what is needed.', [c('oxon-isp', 'Annex A §3.1–3.2'), rule(6)]),
    ]),
    notSure('Treat it as confidential until you are sure, and seek advice from {dsl}.', [c('oxon-isp', 'Annex A §3.3'), rule(4)]),
  ],
};

/** Why sharing without consent is not justified, by where consent stands. */
const noReason = (text: string, when: Condition) => v('warning', text, [rule(4), rule(7), c('notts-districts', '§3')], when);

const publicInterest: PackStep = {
  id: 'publicInterest',
  when: all(NEEDS_REASON, { answer: { step: 'confidential', in: ['yes', 'not_sure'] } }),
  title: 'A reason to share without consent',
  question: 'Is there a strong enough reason to share without consent?',
  help: 'Reasons include: a child may be at risk of significant harm, preventing serious crime, preventing harm to others, a legal duty, or the person lacks capacity.',
  choices: [
    choice('child_at_risk', 'Yes: I now think a child may be at risk of significant harm', [
      v('good', 'Then share without delay: you do not need consent when a child is at risk. Record why you shared.', [rule(3), c('rotherham-004', '§3.3')]),
    ]),
    choice('serious_crime', 'Yes: to prevent or detect serious crime', [
      v('good', 'Sharing without consent can be justified in the public interest. Record why it outweighs confidentiality.', [c('rotherham-004', '§3.3'), c('dpa-2018', 'Schedule 1 paragraph 10')]),
    ]),
    choice('harm_to_others', 'Yes: to prevent harm to someone else, such as staff', [
      v('good', 'Sharing without consent can be justified in the public interest. Record why it outweighs confidentiality.', [c('notts-districts', '§4'), c('guide-001', 'golden rule 4')]),
    ]),
    choice(
      'best_interests',
      'Yes: they cannot decide, and sharing is in their best interests',
      [v('good', 'Sharing without consent can be justified when they lack capacity and it is in their best interests. Record how you decided.', [c('mca-2005', 'section 4'), c('guide-001', 'golden rule 4')])],
      { when: { consent: ['lacks_capacity'] } },
    ),
    choice('legal_duty', 'Yes: the law or a court order requires it', [
      v('good', 'Then share what the law requires. Tell them unless that would put a child at risk, and record the legal basis.', [c('oxon-isp', 'Annex A §3.1.4'), c('ca-1989')]),
    ]),
    choice(
      'no',
      'No',
      [
        noReason('Then respect their refusal: do not share confidential information without consent. Seek advice if in doubt, and record your decision.', { consent: ['refused'] }),
        noReason('Then do not share it without consent from someone who can act for them. Seek advice if in doubt, and record your decision.', { consent: ['lacks_capacity'] }),
        noReason('Then do not share confidential information without consent; think again about whether you can safely ask. Record your decision.', { consent: ['not_asking_risk', 'not_yet_asked'] }),
        v('warning', 'Then do not share confidential information without consent. Seek advice if in doubt, and record your decision.', [rule(4), rule(7)]),
      ],
      { outcome: 'notSharing' },
    ),
    notSure('Seek advice from {dsl} before deciding. {frontDoor} can also advise whether the threshold for significant harm is met.', [rule(4), c('rotherham-004', '§3')]),
  ],
};

const SHARES = all(SHARING, { not: RECORDS }, any(all(OWN_CONCERN, NOT_COLLEAGUE), AGENCY), NOT_ASKING_FIRST);

const needToKnow: PackStep = {
  id: 'needToKnow',
  when: SHARES,
  title: 'Only what is needed',
  question: 'Will you share only what the purpose needs, and only with people who need it?',
  help: 'The more sensitive it is, the fewer people should receive it.',
  choices: [
    choice('yes', 'Yes', [v('good', 'Good. Leave out anything the receiver does not need.', [rule(6), c('oxon-isp', 'Annex A §4.3')])]),
    choice('partly', 'I will leave part of it out', [v('info', 'Share the part that is needed, and record what you held back and why.', [rule(6), c('oxon-isp', 'Annex A §4.3; §13.3')])]),
    choice('no', 'No, not yet', [v('warning', 'Cut it down to what the purpose needs before you share, or seek advice from {dsl}.', [rule(6), rule(4)])]),
    NOT_SHARING,
    notSure('Seek advice from {dsl} or {dpo} before you share.', [rule(4), rule(6)]),
  ],
};

const accurate: PackStep = {
  id: 'accurate',
  when: SHARES,
  title: 'Accurate',
  question: 'Is it accurate and up to date, with facts kept apart from your opinion?',
  help: 'Say where the information came from, and when.',
  choices: [
    choice('yes', 'Yes', [v('good', 'Good. Say which parts are your opinion.', [rule(6), c('gdpr-protocol-003', '§2.8')])]),
    choice('check_first', 'Not yet: I will check it first', [
      v('info', 'Check it quickly, but do not hold back urgent information to perfect it. Say what you have not been able to check.', [rule(6), c('gdpr-protocol-003', '§2.8')], AT_RISK),
      v('info', 'Check it before you share, and say what you could not check.', [rule(6), c('gdpr-protocol-003', '§2.8')]),
    ]),
    NOT_SHARING,
    notSure('Seek advice from {dsl}. Make clear which parts are fact and which are opinion.', [rule(4), c('gdpr-protocol-003', '§2.8')]),
  ],
};

const secure: PackStep = {
  id: 'secure',
  when: SHARES,
  title: 'Secure and on time',
  question: 'Can you send it securely and without delay?',
  help: 'Use secure email, or a phone call to a number you know. Where a child is at risk, share the same day.',
  choices: [
    choice('yes', 'Yes', [
      v('good', 'Share it today, securely. Record what you shared, with whom, why and how.', [rule(6), rule(7), c('gdpr-protocol-003', '§2.9')], AT_RISK),
      v('good', 'Share it securely and in good time. Record what you shared, with whom, why and how.', [rule(6), rule(7), c('gdpr-protocol-003', '§2.9')]),
    ]),
    choice('need_route', 'I need help with a secure route', [
      v('info', 'Ask {dsl} or your IT team for a secure route today. Where a child is at risk, phone first and follow up in writing.', [c('gdpr-protocol-003', '§2.9'), c('oxon-isp', '§9.3')]),
    ]),
    NOT_SHARING,
    notSure('Ask {dsl} how to send it securely. Do not let this delay sharing where a child is at risk.', [rule(4), rule(6)]),
  ],
};

const tellColleague: PackStep = {
  id: 'tellPerson',
  when: all(OWN_CONCERN, COLLEAGUE),
  title: 'The colleague',
  question: 'Will you keep this from the colleague unless you are told otherwise?',
  help: 'The people managing the concern decide whether, when and how the colleague is told.',
  choices: [
    choice('keep_quiet', 'Yes: I will not tell them or discuss it with them', [
      v('good', 'Right: {lado} and {headOrManager} decide when the colleague is told. Do not investigate or gather evidence yourself.', [c('kcsie', 'Part four'), c('wt-2023', 'Chapter 4')]),
    ]),
    choice('already_told', 'They already know, or I have spoken to them', [v('warning', 'Tell {dsl} or {headOrManager} that today, and what was said. Do not discuss it with them again.', [c('kcsie', 'Part four')])]),
    notSure('Do not tell them. Ask {dsl} or {headOrManager}, who can consult {lado}.', [rule(4), c('kcsie', 'Part four')]),
  ],
};

const tellAgencyCase: PackStep = {
  id: 'tellPerson',
  when: all(AGENCY, SHARING),
  title: 'Telling the person',
  question: 'Should {person} be told that you shared it?',
  help: 'Usually yes. Not where telling them would harm the prevention or detection of crime, or put someone at risk.',
  choices: [
    choice('yes_will_tell', 'Yes, I will tell them', [v('good', 'Tell them what you shared, with whom and why. Record that you told them.', [rule(2), rule(7)])]),
    choice('no_prejudice_investigation', 'No: it could harm an investigation, or the police asked me not to', [
      v('info', 'You need not tell them where that would prejudice preventing or detecting crime. Record why you did not.', [c('dpa-2018', 'Schedule 2 paragraph 2'), c('ico-law-enforcement')]),
    ]),
    choice('no_risk_to_child', 'No: telling them could put a child at risk', [v('info', 'Then do not tell them. Record why.', [c('notts-districts', '§4'), rule(7)])]),
    notSure('Ask the agency and {dsl} before you tell them, and record what you decide.'),
  ],
};

/** Telling, where the consent step has not already settled it (no risk of significant harm, sharing without consent). */
const tellPerson: PackStep = {
  id: 'tellPerson',
  when: all(CONSENT_PATH, NOT_AT_RISK, SHARING, { not: { consent: ['given'] } }, NOT_ASKING_FIRST),
  title: 'Telling the person',
  question: 'Should {person} be told that you shared information?',
  help: 'Normally yes. Not where telling them would put a child at more risk or harm an investigation.',
  choices: [
    choice('yes_will_tell', 'Yes, I will tell them', [
      v('good', 'Tell the victim, never the person causing harm, and check first with {frontDoor} or the police that it is safe. Record that you told them.', [rule(5), rule(7)], DOMESTIC_ABUSE),
      v('good', 'Tell them what you shared, with whom and why. Record that you told them.', [c('notts-districts', '§4'), rule(2), rule(7)]),
    ]),
    choice('no_risk_to_child', 'No: telling them could put a child at more risk', [v('info', 'You do not have to tell them if it would put a child at more risk. Record why you did not tell them.', [c('notts-districts', '§4'), rule(7)])]),
    choice('no_prejudice_investigation', 'No: it could harm a police investigation', [
      v('info', 'You do not have to tell them if it would harm an investigation. Record why you did not tell them.', [c('rotherham-004', '§3.2'), c('oxon-isp', 'Annex A §4.2'), rule(7)]),
    ]),
    notSure('Seek advice from {dsl} before you tell them or decide not to. Record why, whichever you decide.', [rule(4), rule(7)]),
  ],
};

// ---- the pack ----------------------------------------------------------------------------------

export const ENGLAND_PACK: GuidancePack = {
  id: 'england-national',
  version: 1,
  published: '2026-12-01',
  jurisdiction: 'england',
  title: 'Information sharing in England',
  description:
    "Written from HM Government's information sharing advice for practitioners (May 2024), Working Together to Safeguard Children 2023, Keeping Children Safe in Education, the ICO's guidance and the law, with the local procedures in the seeds where they still hold. England only: Wales, Scotland and Northern Ireland have their own frameworks. Organisations should set their own contacts.",
  contacts: {
    dsl: 'your designated safeguarding lead',
    frontDoor: "your local children's social care front door (MASH)",
    lado: 'the local authority designated officer (LADO)',
    dpo: 'your data protection officer',
  },
  terms: {
    headOrManager: [{ when: SCHOOL_STAFF, text: 'your head teacher' }, { text: 'the senior manager who handles allegations in your organisation' }],
    person: [
      { when: COLLEAGUE, text: 'the colleague' },
      { when: AGENCY, text: 'the person the information is about' },
      { when: DOMESTIC_ABUSE, text: 'the parent who is being harmed' },
      { when: ADULT, text: 'the young adult' },
      { when: YOUNG_PERSON, text: 'the young person (and, where right, their parent or carer)' },
      { when: { ageBand: ['unborn'] }, text: 'the expectant parent' },
      { text: "the child's parent or carer" },
    ],
  },
  sources: [...NATIONAL_SOURCES, ...SEED_SOURCES],
  steps: [
    situation,
    purpose,
    riskAdult,
    risk,
    colleagueHarm,
    youngPerson,
    requestWritten,
    requestPurpose,
    sarWho,
    sarDpo,
    identities,
    consentAtRisk,
    consentGiven,
    consentRefused,
    consentNotAsked,
    consentNotAsking,
    consentCapacityAdult,
    consentCapacity16,
    consentCapacityChild,
    confidential,
    publicInterest,
    needToKnow,
    accurate,
    secure,
    tellColleague,
    tellAgencyCase,
    tellPerson,
  ],
  closing: [
    v('info', 'Record your decision not to share and the reasons for it, and who advised you. You can still share later if things change.', [rule(7)], { notSharing: true }),
    v('info', 'Record the request: who asked, for what, and when you passed it to {dpo}.', [rule(7), c('oxon-isp', '§13.3')], RECORDS),
    v('info', 'Record what you saw or heard, when, and who you told, in your own words; sign and date it. Give it to {dsl} or {headOrManager}, never the colleague.', [c('kcsie', 'Part four'), rule(7)], all(COLLEAGUE, OWN_CONCERN)),
    v('warning', "Do not wait for the leads' reply to act on a risk to a child. Record your decision and the reasons for it, and what you shared, with whom, why and when.", [rule(7), rule(3)], AT_RISK),
    v('info', 'Record your decision and the reasons for it. Record what you shared, with whom, why and when.', [rule(7), c('oxon-isp', '§13.3')]),
  ],
};
