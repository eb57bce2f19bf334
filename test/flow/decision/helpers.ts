import type { DecisionContent, DecisionRecord } from '../../../src/domain/decision.js';

/** 12:00 UTC on 21 November 2026 (also 21 November in London). */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** A complete "share" entry as the card sends it: strings only, invented and non-identifying. */
export const SHARE_INPUT: Record<string, string> = {
  decision: 'share',
  reasons: 'The child said she is afraid to go home; the lead advised sharing with the front door today.',
  whatShared: "The child's words on the day and my observations of bruising; not the family's health history.",
  requestedDiffered: '',
  recipients: 'childrens_social_care',
  recipientRole: 'The duty social worker at the front door',
  purpose: 'So that children’s social care can decide whether an enquiry is needed.',
  lawfulBasis: 'public_task',
  consent: 'not_asking_risk',
  publicInterestJustification: 'Reasonable cause to believe the child is at risk of significant harm.',
  personTold: 'no_risk_to_child',
  notToldReason: "Telling mum's partner could place the child at increased risk.",
  sharedHow: 'phone',
  sharedOn: '2026-11-21',
  timeLimits: '',
  restrictions: 'Not to be shared further without asking us first.',
};

export const NOT_SHARE_INPUT: Record<string, string> = {
  decision: 'not_share',
  reasons: 'Nothing suggests a risk of significant harm, and the parent has asked us not to share.',
  consent: 'refused',
};

export const CLEAN_CONTENT: DecisionContent = {
  decision: 'share',
  reasons: 'The child said she is afraid to go home.',
  whatShared: "The child's words and my observations.",
  requestedDiffered: 'They asked for the whole file.',
  recipients: ['childrens_social_care', 'other_agency'],
  recipientRole: 'The duty social worker',
  purpose: 'So that an enquiry can be considered.',
  lawfulBasis: 'public_task',
  consent: 'refused',
  publicInterestJustification: 'Reasonable cause to believe the child is at risk of significant harm.',
  personTold: 'no_other',
  notToldReason: 'The parent could not be reached.',
  sharedHow: ['secure_email'],
  sharedOn: '2026-11-20',
  timeLimits: 'For the strategy discussion only.',
  restrictions: 'No further sharing without asking us.',
};

const LEAD = { id: 'lead-1', displayName: 'Priya Shah (DSL)' };
const MAKER = { id: 'maker-1', displayName: 'Sam Taylor (Teacher)' };

export function record(patch: Partial<DecisionRecord> = {}): DecisionRecord {
  const version = patch.version ?? 1;
  const recordId = patch.recordId ?? 'rec-ISA-7K3Q';
  return {
    id: `${recordId}:v${version}`,
    recordId,
    version,
    tenantId: 'tenant-1',
    requestId: 'ISA-7K3Q',
    reference: 'ISA-7K3Q',
    content: CLEAN_CONTENT,
    advice: { recommendation: 'share_part', text: 'Share only what the child said, with the front door.', by: LEAD, at: '2026-11-20T10:00:00.000Z' },
    decisionMaker: MAKER,
    decidedAt: '2026-11-20T11:00:00.000Z',
    identifierCheck: { found: 2, replaced: 1, keptAsNotIdentifying: 1, keptKinds: ['SCHOOL'] },
    createdAt: '2026-11-20T11:00:00.000Z',
    ...(version > 1 ? { amendment: { by: MAKER, at: '2026-11-21T09:00:00.000Z', reason: 'Correcting who it was shared with.' } } : {}),
    ...patch,
  };
}
