import { describe, expect, it } from 'vitest';
import { buildAuditPack, type AuditPackInput } from '../../src/domain/audit-pack.js';
import type { AuditEvent } from '../../src/domain/audit.js';
import { namesOf } from '../../src/domain/audit-trail.js';
import type { AdviceRequest } from '../../src/domain/request.js';
import { KIND_LABELS } from '../../src/flow/advice/identifier-check.js';
import { shownGuidance } from '../../src/flow/advice/guidance.js';
import { DEFAULT_PACK } from '../../src/flow/advice/packs/index.js';
import { CLEAN_CONTENT, record } from '../flow/decision/helpers.js';

/** The pack a case review reads: the whole story of one record, in words, with nothing else in it. */

const TENANT = 'tenant-1';
const ASKER = { id: '2d1b6c3e-8f4a-4b7d-9c2e-1a3b5c7d9e01', displayName: 'Sam Taylor' };
const LEAD = { id: '3e2c7d4f-9a5b-4c8e-8d3f-2b4c6d8e0f12', displayName: 'Priya Shah', accountId: '29:lead-1' };
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const SNAKE_CODE = /\b[a-z]+_[a-z_]+\b/;

const situation = { area: 'physical_abuse', involved: ['child', 'partner_of_parent'], ageBand: '5_10', urgency: 'today', informationKinds: ['disclosure'], recipients: ['childrens_social_care'], consent: 'not_yet_asked', askerRole: 'teacher' } as const;
const answers = { situation: 'own_concern', purpose: 'safeguarding_child', risk: 'yes_risk', identities: 'yes_someone', consent: 'yes_more_risk', needToKnow: 'partly', accurate: 'check_first', secure: 'need_route' };
const guidance = shownGuidance({ pack: DEFAULT_PACK, situation: { area: situation.area, ageBand: situation.ageBand, involved: situation.involved, recipients: situation.recipients, askerRole: situation.askerRole, consent: situation.consent }, answers });

const REQUEST: AdviceRequest = {
  id: 'ISA-7K3Q',
  tenantId: TENANT,
  reference: 'ISA-7K3Q',
  draftId: 'draft-internal-1',
  status: 'answered',
  asker: ASKER,
  fields: { ...situation, involved: [...situation.involved], informationKinds: [...situation.informationKinds], recipients: [...situation.recipients] },
  question: 'A [child] in year 4 told me [mum’s partner] hits her. May I tell the front door?',
  identifierCheck: { found: 2, replaced: 2, keptAsNotIdentifying: 0, keptKinds: [] },
  answers,
  guidance,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  lead: LEAD,
  claimedAt: '2026-11-20T09:10:00.000Z',
  answeredAt: '2026-11-20T10:00:00.000Z',
  answer: { recommendation: 'share_part', text: 'Share only what the child said, with the front door.', by: LEAD, at: '2026-11-20T10:00:00.000Z' },
  conversation: [
    { from: 'lead', by: LEAD, text: 'Has the child been seen by a GP recently?', at: '2026-11-20T09:20:00.000Z' },
    { from: 'asker', by: ASKER, text: 'Yes, last week.', at: '2026-11-20T09:30:00.000Z' },
  ],
  channelPost: { conversationId: '19:leads@thread.tacv2', activityId: 'activity-secret-1' },
  escalated: {},
  outbox: [],
};

const event = (subjectType: AuditEvent['subjectType'], action: AuditEvent['action'], at: string, actor: { id: string; displayName: string }, details: AuditEvent['details'] = {}): AuditEvent => ({
  id: `${subjectType}-${action}-${at}`,
  tenantId: TENANT,
  subjectType,
  subjectId: subjectType === 'request' ? 'ISA-7K3Q' : 'rec-ISA-7K3Q',
  reference: 'ISA-7K3Q',
  action,
  actor,
  at,
  details,
});

const v1 = record({ advice: REQUEST.answer!, decisionMaker: ASKER, guidance: { pack: guidance.pack, packTitle: guidance.packTitle } });
const v2 = record({ version: 2, advice: REQUEST.answer!, decisionMaker: ASKER, content: { ...CLEAN_CONTENT, recipients: ['childrens_social_care', 'police'], recipientRole: 'The duty social worker', timeLimits: undefined }, amendment: { by: ASKER, at: '2026-11-21T09:00:00.000Z', reason: 'The police were told too.' }, createdAt: '2026-11-21T09:00:00.000Z' });

function input(patch: Partial<AuditPackInput> = {}): AuditPackInput {
  const requestTrail = [
    event('request', 'created', '2026-11-20T09:00:00.000Z', ASKER, { urgency: 'today', area: 'physical_abuse', consent: 'not_yet_asked' }),
    // Claimed by a lead the event names only by id: the pack names them from the request.
    event('request', 'claimed', '2026-11-20T09:10:00.000Z', { id: LEAD.id, displayName: '' }, { leadId: LEAD.id }),
    event('request', 'answered', '2026-11-20T10:00:00.000Z', LEAD, { recommendation: 'share_part' }),
  ];
  const recordTrail = [
    event('decision', 'amended', '2026-11-21T09:00:00.000Z', ASKER, { version: 2, decision: 'share', lawfulBasis: 'public_task', requestId: 'ISA-7K3Q' }),
    event('decision', 'decided', '2026-11-20T11:00:00.000Z', ASKER, { version: 1, decision: 'share', lawfulBasis: 'public_task', requestId: 'ISA-7K3Q' }),
  ];
  const people = [ASKER, LEAD, ...requestTrail.map((e) => e.actor)];
  return {
    versions: [v1, v2],
    request: REQUEST,
    recordTrail,
    requestTrail,
    ctx: { names: namesOf(people), identifierKinds: KIND_LABELS, packTitles: new Map([[`${guidance.pack.id}@${guidance.pack.version}`, guidance.packTitle]]) },
    now: new Date('2026-12-01T12:00:00.000Z'),
    ...patch,
  };
}

describe('the audit pack of one record', () => {
  it('holds the anonymised request: the question as sent, every structured field in words, and the identifier check', () => {
    const { request, reference } = buildAuditPack(input());
    expect(reference).toBe('ISA-7K3Q');
    expect(request?.question).toBe(REQUEST.question);
    expect(request?.fields).toEqual([
      { label: 'Area of concern', value: 'Physical abuse' },
      { label: 'Urgency', value: 'I need advice today' },
      { label: 'People involved', value: expect.stringContaining(';') as string },
      { label: 'Age', value: expect.any(String) as string },
      { label: 'Kinds of information', value: expect.any(String) as string },
      { label: 'Might be shared with', value: expect.stringMatching(/social care/i) as string },
      { label: 'Consent when asked', value: 'Not yet asked' },
      { label: "Asker's role", value: expect.stringMatching(/teacher/i) as string },
    ]);
    expect(request?.fields.map((f) => f.value).join(' ')).not.toMatch(SNAKE_CODE);
    expect(request).toMatchObject({ askedBy: 'Sam Taylor', lead: 'Priya Shah', status: 'Answered', identifierCheck: '2 possible identifiers were found in the question; 2 replaced.' });
  });

  it('holds the guidance the asker was shown: pack id and version, each answer with its text and sources, and the closing text', () => {
    const g = buildAuditPack(input()).request?.guidance;
    expect(g).toMatchObject({ packId: DEFAULT_PACK.id, packVersion: DEFAULT_PACK.version, packTitle: guidance.packTitle, notSharing: false });
    expect(g?.steps).toHaveLength(guidance.steps.length);
    expect(g?.steps[0]).toEqual({ title: guidance.steps[0]!.title, question: guidance.steps[0]!.question, answer: guidance.steps[0]!.answerTitle, shown: guidance.steps[0]!.text, citations: guidance.steps[0]!.citations });
    expect(g?.closing).toEqual({ shown: guidance.closing.text, citations: guidance.closing.citations });
  });

  it('holds the follow-up exchanges in order, the advice, and who gave it when', () => {
    const pack = buildAuditPack(input());
    expect(pack.exchanges).toEqual([
      { from: 'Safeguarding lead', who: 'Priya Shah', at: '2026-11-20T09:20:00.000Z', text: 'Has the child been seen by a GP recently?' },
      { from: 'Asker', who: 'Sam Taylor', at: '2026-11-20T09:30:00.000Z', text: 'Yes, last week.' },
    ]);
    expect(pack.advice).toEqual({ recommendation: 'Share part of the information', text: 'Share only what the child said, with the front door.', by: 'Priya Shah', at: '2026-11-20T10:00:00.000Z' });
  });

  it('holds every version, oldest first, with what an amendment changed field by field and why', () => {
    const [first, second] = buildAuditPack(input()).versions;
    expect(first).toMatchObject({ version: 1, kind: 'Original record', recordedBy: 'Sam Taylor' });
    expect(first?.changes).toBeUndefined();
    expect(first?.fields).toContainEqual({ label: 'Lawful basis', value: 'Public task' });
    expect(first?.fields).toContainEqual({ label: 'Time limits', value: 'For the strategy discussion only.' });
    expect(second).toMatchObject({ version: 2, kind: 'Amendment', amendment: { by: 'Sam Taylor', at: '2026-11-21T09:00:00.000Z', reason: 'The police were told too.' } });
    expect(second?.changes).toEqual([
      { label: 'Shared with', before: expect.not.stringContaining('Police') as string, after: expect.stringContaining('Police') as string },
      { label: 'Time limits', before: 'For the strategy discussion only.', after: '' },
    ]);
    expect(second?.fields.map((f) => f.label)).not.toContain('Time limits');
    expect(second?.identifierCheck).toBe('2 possible identifiers were found in the written answers; 1 replaced. 1 was kept as not identifying (school or nursery).');
  });

  it('puts both trails together, oldest first, in words: names for ids, labels for codes', () => {
    const { trail } = buildAuditPack(input());
    expect(trail.map((e) => [e.action, e.appliesTo, e.who])).toEqual([
      ['Created', 'Request for advice', 'Sam Taylor'],
      ['Claimed', 'Request for advice', 'Priya Shah'],
      ['Answered', 'Request for advice', 'Priya Shah'],
      ['Decided', 'Decision record', 'Sam Taylor'],
      ['Amended', 'Decision record', 'Sam Taylor'],
    ]);
    expect(trail[1]?.details).toEqual([{ label: 'Safeguarding lead', value: 'Priya Shah' }]);
    expect(trail[2]?.details).toEqual([{ label: 'Recommendation', value: 'Share part of the information' }]);
  });

  it('holds no id a reader cannot use: no object ids, event ids, record ids, draft or channel ids, and no codes', () => {
    const text = JSON.stringify(buildAuditPack(input()));
    expect(text).not.toMatch(GUID);
    for (const internal of ['rec-ISA-7K3Q', 'draft-internal-1', 'activity-secret-1', '19:leads', '29:lead-1', 'tenant-1', 'request-created']) expect(text).not.toContain(internal);
    // The guidance pack's id is kept (it names the published pack); nothing else reads as a stored code.
    expect(text.replaceAll(DEFAULT_PACK.id, '')).not.toMatch(/"(share_part|physical_abuse|not_yet_asked|public_task|childrens_social_care)"/);
  });

  it('says so when a decision was recorded without asking for advice, and holds no request', () => {
    const alone = record({ requestId: undefined, reference: 'DEC-7K3Q', advice: undefined, recordId: 'dec-7k3q' });
    const pack = buildAuditPack(input({ versions: [alone], request: undefined, requestTrail: [], recordTrail: [] }));
    expect(pack).toMatchObject({ reference: 'DEC-7K3Q', exchanges: [], trail: [] });
    expect(pack.request).toBeUndefined();
    expect(pack.advice).toBeUndefined();
    expect(pack.versions).toHaveLength(1);
  });

  it('refuses to make a pack of no versions', () => {
    expect(() => buildAuditPack(input({ versions: [] }))).toThrow(/at least one version/);
  });
});
