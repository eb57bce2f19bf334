import { AREAS_OF_CONCERN, CONSENT_STATUSES, URGENCIES } from './advice.js';
import { SYSTEM_ACTOR, type AuditAction, type AuditEvent } from './audit.js';
import { DECISIONS, LAWFUL_BASES } from './decision.js';
import { CLOSE_REASONS, RECOMMENDATIONS, REQUEST_STATUSES, ukDateTime } from './request.js';

/**
 * The audit trail as managers read it: each event's action, who and details in words — codes as
 * their labels, people by name — so no code or object id reaches the page. The events themselves
 * keep codes and ids (they are the record); this is only how they are shown.
 */

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  created: 'Created',
  claimed: 'Claimed',
  assigned: 'Assigned',
  released: 'Released to the queue',
  answered: 'Answered',
  followUp: 'Follow-up question to the asker',
  askerReplied: 'Asker replied',
  escalated: 'Escalated',
  reminded: 'Asker reminded to record a decision',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  decided: 'Decided',
  amended: 'Amended',
  purged: 'Deleted at the end of its retention period',
};

/** One event in words. */
export interface AuditEntry {
  id: string;
  at: string;
  subject: AuditEvent['subjectType'];
  action: AuditAction;
  actionLabel: string;
  /** Who did it, by name; never an id. */
  who: string;
  details: { label: string; value: string }[];
}

/** What the entries need besides the events: names of people the record knows, and labels from outside the domain. */
export interface AuditContext {
  /** Entra object id → display name, from the record, its request and the events. */
  names: ReadonlyMap<string, string>;
  /** Identifier kind → label (`NHS_NUMBER` → `NHS number`). */
  identifierKinds: Readonly<Record<string, string>>;
  /** `<pack id>@<version>` → the pack's title as the asker saw it (it names its version), where the record knows it. */
  packTitles: ReadonlyMap<string, string>;
}

/** Whoever did it when their name is not known (an old event, an empty name): by their part in the record. */
const UNNAMED: Record<AuditAction, string> = {
  created: 'The asker',
  withdrawn: 'The asker',
  askerReplied: 'The asker',
  decided: 'The decision maker',
  amended: 'The decision maker',
  escalated: SYSTEM_ACTOR.displayName,
  reminded: SYSTEM_ACTOR.displayName,
  purged: SYSTEM_ACTOR.displayName,
  claimed: 'A safeguarding lead',
  assigned: 'A safeguarding lead',
  released: 'A safeguarding lead',
  answered: 'A safeguarding lead',
  followUp: 'A safeguarding lead',
  closed: 'A safeguarding lead',
};

const labelled = (labels: Readonly<Record<string, string>>, short = false) => (v: string) => {
  const label = labels[v] ?? v;
  return short ? (label.split(':')[0] ?? label) : label;
};

type Describe = (value: string, ctx: AuditContext) => string;

/** The details events carry (see handlers and jobs), each with its label and how its value reads. */
const DETAILS: Record<string, { label: string; value?: Describe }> = {
  urgency: { label: 'Urgency', value: labelled(URGENCIES) },
  area: { label: 'Area of concern', value: labelled(AREAS_OF_CONCERN) },
  consent: { label: 'Consent', value: labelled(CONSENT_STATUSES) },
  guidancePack: { label: 'Guidance', value: (v, ctx) => packText(v, ctx) },
  recommendation: { label: 'Recommendation', value: labelled(RECOMMENDATIONS) },
  leadId: { label: 'Safeguarding lead', value: (v, ctx) => ctx.names.get(v) ?? 'A safeguarding lead' },
  keptAsNotIdentifying: { label: 'Flagged details kept as not identifying' },
  keptKinds: { label: 'Kinds kept', value: (v, ctx) => v.split(',').filter(Boolean).map((k) => ctx.identifierKinds[k] ?? k).join(', ') },
  exchanges: { label: 'Follow-up messages so far' },
  status: { label: 'Status', value: labelled(REQUEST_STATUSES) },
  stage: { label: 'Deadline missed', value: (v) => (v === 'answer' ? 'Not answered in time' : v === 'claim' ? 'Not claimed in time' : v) },
  version: { label: 'Version' },
  decision: { label: 'Decision', value: labelled(DECISIONS) },
  lawfulBasis: { label: 'Lawful basis', value: labelled(LAWFUL_BASES, true) },
  requestId: { label: 'Request' },
  versions: { label: 'Versions deleted' },
  retentionEnded: { label: 'Retention ended', value: (v) => (v ? ukDateTime(v) : 'Not set') },
  reason: { label: 'Why it was closed', value: labelled(CLOSE_REASONS) },
  reminder: { label: 'Reminder', value: (v) => (v === '1' ? 'First' : v === '2' ? 'Second' : v) },
};

function packText(value: string, ctx: AuditContext): string {
  const [id = value, version] = value.split('@');
  return ctx.packTitles.get(value) ?? (version ? `${id}, version ${version}` : id);
}

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function detailValue(key: string, value: string | number | boolean, ctx: AuditContext): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const describe = DETAILS[key]?.value;
  const text = String(value);
  if (describe) return describe(text, ctx);
  // A detail added later without a description here: a person's id is still never shown.
  return ctx.names.get(text) ?? (OBJECT_ID.test(text) ? 'Someone in your organisation' : text);
}

function detailLabel(key: string): string {
  const label = DETAILS[key]?.label;
  if (label) return label;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditEntry(event: AuditEvent, ctx: AuditContext): AuditEntry {
  const named = event.actor.displayName.trim() || ctx.names.get(event.actor.id);
  return {
    id: event.id,
    at: event.at,
    subject: event.subjectType,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action],
    who: named || UNNAMED[event.action],
    details: Object.entries(event.details).map(([key, value]) => ({ label: detailLabel(key), value: detailValue(key, value, ctx) })),
  };
}

/** Entra object id → name, from every person the record and its request name (the first non-empty name wins). */
export function namesOf(people: readonly ({ id: string; displayName: string } | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of people) if (p && p.displayName.trim() && !names.has(p.id)) names.set(p.id, p.displayName.trim());
  return names;
}
