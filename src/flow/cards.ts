import type { ChoiceView, FormValues } from './advice/form.js';
import type { FindingView } from './advice/identifier-check.js';

/**
 * The cards the conversation can show and the data each template expects. Templates live in
 * `cards/<name>.json`; the bot adapter renders them. Adding a card: a template and an entry here.
 */

/** Every card action on a draft carries these, so that stale or foreign cards are recognised. */
export interface DraftRef {
  draftId: string;
  rev: number;
  conv: string;
}

export interface Fact {
  title: string;
  value: string;
}

export interface GuidanceView {
  title: string;
  text: string;
  citations: string;
  /** Adaptive Card container style: good, warning, emphasis. */
  style: 'good' | 'warning' | 'emphasis';
}

export interface FrontDoorView {
  text: string;
  speak: string;
}

export interface CheckView {
  /** True while the typed text is waiting for the identifier check to pass. */
  active: boolean;
  findings: FindingView[];
  count: number;
}

export interface AnswerView {
  recommendation: string;
  text: string;
  by: string;
  when: string;
}

export interface ExchangeView {
  who: string;
  text: string;
  when: string;
}

export interface CardData {
  welcome: { greeting: string; frontDoor: FrontDoorView };
  help: { frontDoor: FrontDoorView; hasNotice: boolean; notice: { title: string; text: string }; commands: { command: string; what: string }[] };
  emergency: { frontDoor: FrontDoorView; ref: DraftRef; canContinue: boolean };
  adviceForm: {
    ref: DraftRef;
    values: FormValues;
    problems: Record<keyof FormValues, string>;
    hasProblems: boolean;
    notice: string;
    choices: {
      askerRoles: ChoiceView[];
      areas: ChoiceView[];
      involved: ChoiceView[];
      ageBands: ChoiceView[];
      urgencies: ChoiceView[];
      informationKinds: ChoiceView[];
      recipients: ChoiceView[];
      consent: ChoiceView[];
    };
    maxQuestionLength: number;
  };
  identifierCheck: { ref: DraftRef; question: string; findings: FindingView[]; count: number; speak: string };
  walkthroughStep: {
    ref: DraftRef;
    step: string;
    stepNumber: number;
    stepCount: number;
    title: string;
    question: string;
    help: string;
    choices: ChoiceView[];
    hasLastGuidance: boolean;
    lastGuidance: GuidanceView;
    problem: string;
    /** Why this card is shown (resumed, out of date, changed elsewhere); empty on the normal path. */
    notice: string;
    /** The answer chosen before (after Back), or empty. */
    selected: string;
  };
  review: {
    ref: DraftRef;
    notice: string;
    reference: string;
    facts: Fact[];
    /** The setting whose leads will receive it (organisations with several), or empty. */
    setting: string;
    question: string;
    guidance: (GuidanceView & { question: string; answer: string })[];
    /** The recording prompt that ends every path. */
    closing: GuidanceView;
    /** Which guidance pack (and version) the walk-through used. */
    packNote: string;
    identifierNote: string;
  };
  requestStatus: {
    reference: string;
    requestId: string;
    status: string;
    statusText: string;
    facts: Fact[];
    canWithdraw: boolean;
    notice: string;
    /** When to expect the leads to act (by the urgency chosen); empty once settled. */
    expect: string;
    area: string;
    question: string;
    exchanges: ExchangeView[];
    hasExchanges: boolean;
    answer: AnswerView;
    hasAnswer: boolean;
    decision: { recorded: boolean; recordId: string; text: string };
    canRecord: boolean;
  };
  myRequests: { items: { reference: string; requestId: string; statusText: string; when: string; area: string; canWithdraw: boolean }[]; hasItems: boolean };
  leadRequest: {
    requestId: string;
    reference: string;
    status: string;
    statusText: string;
    urgencyText: string;
    urgent: boolean;
    facts: Fact[];
    question: string;
    guidance: { question: string; answer: string }[];
    /** Which guidance pack (and version) the asker saw; empty for requests made before guidance packs. */
    packNote: string;
    identifierNote: string;
    holderLine: string;
    exchanges: ExchangeView[];
    hasExchanges: boolean;
    answer: AnswerView;
    hasAnswer: boolean;
    canClaim: boolean;
    /** The holder's controls: answer, ask a follow-up, release, close. */
    canWork: boolean;
    canAssign: boolean;
    leads: ChoiceView[];
    closeReasons: ChoiceView[];
    recommendations: ChoiceView[];
    draftText: string;
    draftRecommendation: string;
    checkMode: 'answer' | 'followUp' | '';
    check: CheckView;
    notice: string;
    /** Teams users whose client fetches their own view (`lead.refresh`): the holder, who sees the controls. */
    refreshUserIds: string[];
  };
  askerUpdate: {
    requestId: string;
    reference: string;
    title: string;
    text: string;
    statusText: string;
    answer: AnswerView;
    hasAnswer: boolean;
    question: ExchangeView;
    hasQuestion: boolean;
    canReply: boolean;
    draftText: string;
    check: CheckView;
    notice: string;
  };
  /** Rule 7: the asker records their decision (see src/flow/decision/). */
  decisionForm: {
    /** Empty when recording without a request (no advice sought). */
    requestId: string;
    /** Set when amending: the record and the version being amended. */
    recordId: string;
    baseVersion: number;
    /** Identifies one amendment, so a repeated submit of it adds one version, not two. Empty when not amending. */
    amendId: string;
    amending: boolean;
    reference: string;
    /** The advice received, attached automatically (empty when none). */
    advice: AnswerView;
    hasAdvice: boolean;
    values: Record<string, string>;
    problems: Record<string, string>;
    hasProblems: boolean;
    notice: string;
    choices: Record<string, ChoiceView[]>;
    check: CheckView;
    /** Today's date (YYYY-MM-DD), the latest date the form accepts. */
    maxDate: string;
  };
  decisionSummary: {
    recordId: string;
    reference: string;
    version: number;
    versionCount: number;
    /** Label/value rows of the whole record, in the order of the procedures (002 §13.3). */
    facts: Fact[];
    /** The same record as plain text, easy to copy into a case system. */
    copyText: string;
    /** The copy text, a line each (shown behind "Show text to copy"). */
    copyLines: { text: string }[];
    /** For an amendment: which answers changed from the version before (empty for version 1). */
    changes: string;
    /** The record's other versions, to open from the chat. */
    otherVersions: { version: number; title: string }[];
    amendment: { by: string; when: string; reason: string };
    isAmendment: boolean;
    notice: string;
  };
  myDecisions: { items: { recordId: string; reference: string; decision: string; when: string; version: number }[]; hasItems: boolean };
  settingChoice: { ref: DraftRef; notice: string; problem: string; selected: string; choices: ChoiceView[] };
  notice: { title: string; text: string; style: 'default' | 'warning' | 'attention' | 'good'; actions: { title: string; verb: string; data: Record<string, unknown> }[] };
}
export type CardName = keyof CardData;
export const CARD_NAMES = [
  'welcome',
  'help',
  'emergency',
  'adviceForm',
  'identifierCheck',
  'walkthroughStep',
  'review',
  'requestStatus',
  'myRequests',
  'notice',
  'settingChoice',
  'leadRequest',
  'askerUpdate',
  'decisionForm',
  'decisionSummary',
  'myDecisions',
] as const satisfies readonly CardName[];

/** A card to show, with its data; `name` and `data` always agree. */
export type CardView = { [N in CardName]: { name: N; data: CardData[N] } }[CardName];
