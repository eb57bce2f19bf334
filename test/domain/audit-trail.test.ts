import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditEvent } from '../../src/domain/audit.js';
import { AUDIT_ACTION_LABELS, auditEntry, namesOf, type AuditContext } from '../../src/domain/audit-trail.js';

const LEAD_ID = 'dddd1111-0000-4000-8000-0000000000f1';
const OTHER_ID = 'aaaa2222-0000-4000-8000-000000000002';

const event = (action: AuditEvent['action'], details: AuditEvent['details'], actor = { id: LEAD_ID, displayName: 'Priya Shah' }): AuditEvent => ({
  id: `${action}-1`,
  tenantId: 't',
  subjectType: 'request',
  subjectId: 'ISA-7K3Q',
  reference: 'ISA-7K3Q',
  action,
  actor,
  at: '2026-11-13T10:00:00.000Z',
  details,
});

const ctx: AuditContext = {
  names: namesOf([{ id: LEAD_ID, displayName: 'Priya Shah' }, undefined, { id: 'x', displayName: '  ' }]),
  identifierKinds: { NAME: 'Name', NHS_NUMBER: 'NHS number' },
  packTitles: new Map([['england-national@3', 'England: national advice, version 3 (2026-05-01)']]),
};

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CODE = /\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][a-zA-Z]*\b/;

describe('the audit trail in words', () => {
  it('has a label for every action', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('writes the codes a request was created with as their labels', () => {
    const e = auditEntry(event('created', { urgency: 'today', area: 'physical_abuse', consent: 'not_yet_asked', guidancePack: 'england-national@3' }, { id: 'asker', displayName: 'Sam Teacher' }), ctx);
    expect(e).toMatchObject({ who: 'Sam Teacher', actionLabel: 'Created', subject: 'request' });
    expect(e.details).toEqual([
      { label: 'Urgency', value: 'I need advice today' },
      { label: 'Area of concern', value: 'Physical abuse' },
      { label: 'Consent', value: 'Not yet asked' },
      { label: 'Guidance', value: 'England: national advice, version 3 (2026-05-01)' },
    ]);
  });

  it('names the lead a claim or an assignment was for, from the people the record holds, and never shows an id', () => {
    expect(auditEntry(event('assigned', { leadId: LEAD_ID }), ctx).details).toEqual([{ label: 'Safeguarding lead', value: 'Priya Shah' }]);
    expect(auditEntry(event('claimed', { leadId: OTHER_ID }), ctx).details).toEqual([{ label: 'Safeguarding lead', value: 'A safeguarding lead' }]);
    expect(auditEntry(event('answered', { newKindOfId: OTHER_ID }), ctx).details).toEqual([{ label: 'New kind of id', value: 'Someone in your organisation' }]);
  });

  it('names who acted by their part in the record when the event has no name', () => {
    expect(auditEntry(event('claimed', {}, { id: OTHER_ID, displayName: '' }), ctx).who).toBe('A safeguarding lead');
    expect(auditEntry(event('claimed', {}, { id: LEAD_ID, displayName: '' }), ctx).who).toBe('Priya Shah');
    expect(auditEntry(event('amended', {}, { id: OTHER_ID, displayName: ' ' }), ctx).who).toBe('The decision maker');
  });

  it('leaves no code or object id in any entry', () => {
    const events = [
      event('answered', { recommendation: 'refer_csc_now', leadId: LEAD_ID, keptAsNotIdentifying: 2, keptKinds: 'NAME,NHS_NUMBER' }),
      event('escalated', { stage: 'answer' }, { id: 'system', displayName: 'Scheduler' }),
      event('closed', { status: 'closed', reason: 'advised_another_way' }),
      event('decided', { version: 1, decision: 'share_part', lawfulBasis: 'legal_obligation', requestId: 'ISA-7K3Q' }),
      event('purged', { versions: 2, retentionEnded: '2032-11-13T10:00:00.000Z' }),
      event('reminded', { reminder: 2 }, { id: 'system', displayName: 'Scheduler' }),
    ];
    for (const e of events) {
      const entry = auditEntry(e, ctx);
      const shown = [entry.who, entry.actionLabel, ...entry.details.flatMap((d) => [d.label, d.value])].join(' | ');
      expect(shown).not.toMatch(GUID);
      expect(shown).not.toMatch(CODE);
    }
    expect(auditEntry(events[0]!, ctx).details).toContainEqual({ label: 'Kinds kept', value: 'Name, NHS number' });
    expect(auditEntry(events[4]!, ctx).details).toContainEqual({ label: 'Retention ended', value: '13 Nov 2032, 10:00' });
    expect(auditEntry(events[2]!, ctx).details).toContainEqual({ label: 'Why it was closed', value: 'Advice was given another way (in person or by phone)' });
  });
});
