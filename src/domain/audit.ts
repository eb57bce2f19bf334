import { z } from 'zod';
import { PersonSchema } from './person.js';

/**
 * The audit trail: one append-only event per state change of a request or a decision record —
 * who, when, what changed — as codes and counts, never free text beyond what the user approved
 * (and none at all here: details are ids, statuses and counts).
 */
export const AUDIT_ACTIONS = [
  'created',
  'claimed',
  'assigned',
  'released',
  'answered',
  'followUp',
  'askerReplied',
  'escalated',
  'reminded',
  'closed',
  'withdrawn',
  'decided',
  'amended',
  'purged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEventSchema = z.object({
  /** Deterministic, so writing the same event twice keeps one. */
  id: z.string(),
  tenantId: z.string(),
  subjectType: z.enum(['request', 'decision']),
  /** The request id or the decision record id. */
  subjectId: z.string(),
  reference: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** Who did it: a person (Entra object id and name) or the system (scheduler). */
  actor: PersonSchema,
  at: z.iso.datetime(),
  details: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()])).default({}),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const SYSTEM_ACTOR = { id: 'system', displayName: 'Scheduler' } as const;
