import { AGE_BANDS, AREAS_OF_CONCERN, ASKER_ROLES, CONSENT_STATUSES, INFORMATION_KINDS, PEOPLE_INVOLVED, RECIPIENTS, URGENCIES } from '../domain/advice.js';
import { buildAuditPack, type AuditPack } from '../domain/audit-pack.js';
import type { AuditEvent } from '../domain/audit.js';
import { auditEntry, namesOf, type AuditContext } from '../domain/audit-trail.js';
import { DECISIONS, LAWFUL_BASES, PERSON_TOLD, SHARE_METHODS, type DecisionRecord } from '../domain/decision.js';
import { RECORD_FIELDS, changesBetween, fieldLabel, fieldText } from '../domain/record-fields.js';
import { KIND_LABELS } from '../flow/advice/kind-labels.js';
import { RECOMMENDATIONS, REQUEST_STATUSES, ukDateTime, type AdviceRequest } from '../domain/request.js';
import { PAGE_SIZES, RECORD_STATUSES, addDays, summariseWeeks, weekOf, type DecisionFilter, type DecisionPage, type DecisionView, type Metrics } from '../domain/reporting.js';
import { type DecisionDetail, type Option, type TabOptions } from '../domain/tab-api.js';
import type { HandlerDeps } from '../handlers/context.js';

/**
 * What the Decisions tab reads. Every function takes the tenant from the caller's validated
 * token (the HTTP adapter passes it) and reads only that tenant's partition.
 */

type TabDeps = Pick<HandlerDeps, 'store' | 'clock'>;

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The weeks shown when no range is asked for. */
export const DEFAULT_WEEKS = 12;
/** The longest range of weekly figures one request returns. */
export const MAX_WEEKS = 105;

export async function tabOptions(tenantId: string, deps: TabDeps): Promise<TabOptions> {
  const thisWeek = weekOf(deps.clock.now().toISOString());
  const rollups = await deps.store.reporting.rollups(tenantId, addDays(thisWeek, -7 * (MAX_WEEKS - 1)), thisWeek);
  const leads = new Map<string, string>();
  for (const r of rollups) for (const [id, name] of Object.entries(r.leads)) leads.set(id, name);
  return {
    decisions: options(DECISIONS),
    lawfulBases: options(LAWFUL_BASES).map((o) => ({ ...o, label: o.label.split(':')[0] ?? o.label })),
    consents: options(CONSENT_STATUSES),
    areas: options(AREAS_OF_CONCERN),
    urgencies: options(URGENCIES),
    statuses: options(RECORD_STATUSES),
    recipients: options(RECIPIENTS),
    recommendations: options(RECOMMENDATIONS),
    personTold: options(PERSON_TOLD),
    shareMethods: options(SHARE_METHODS),
    requestStatuses: options(REQUEST_STATUSES),
    askerRoles: options(ASKER_ROLES),
    ageBands: options(AGE_BANDS),
    peopleInvolved: options(PEOPLE_INVOLVED),
    informationKinds: options(INFORMATION_KINDS),
    identifierKinds: options(KIND_LABELS),
    fields: RECORD_FIELDS.map((f) => ({ value: f, label: fieldLabel(f) })),
    leads: [...leads].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

export function listDecisions(tenantId: string, filter: DecisionFilter, pageSize: number, continuation: string | undefined, deps: TabDeps): Promise<DecisionPage> {
  return deps.store.reporting.listViews(tenantId, filter, Math.min(Math.max(1, pageSize), PAGE_SIZES.max), continuation);
}

export function exportDecisions(tenantId: string, filter: DecisionFilter, deps: TabDeps): AsyncIterable<DecisionView[]> {
  return deps.store.reporting.streamViews(tenantId, filter);
}

/** What a record's detail and its audit pack are made from: its versions, trails and request, with names for the ids they carry. */
interface RecordSources {
  versions: DecisionRecord[];
  audit: AuditEvent[];
  request: AdviceRequest | undefined;
  trail: AuditEvent[];
  ctx: AuditContext;
}

async function recordSources(tenantId: string, recordId: string, deps: TabDeps): Promise<RecordSources | undefined> {
  const [versions, audit] = await Promise.all([deps.store.decisions.versions(tenantId, recordId), deps.store.audit.listFor(tenantId, recordId)]);
  if (versions.length === 0) return undefined;
  const requestId = versions.at(-1)?.requestId;
  const [request, trail] = requestId ? await Promise.all([deps.store.requests.get(tenantId, requestId), deps.store.audit.listFor(tenantId, requestId)]) : [undefined, []];
  // Names for ids the events carry (a lead claimed or assigned), from people the record already holds.
  const people = [
    ...versions.flatMap((v) => [v.decisionMaker, v.amendment?.by, v.advice?.by]),
    ...(request ? [request.lead, request.answer?.by, request.asker, ...request.conversation.map((x) => x.by)] : []),
    ...[...audit, ...trail].map((e) => e.actor),
  ];
  const packTitles = new Map<string, string>();
  for (const g of [request?.guidance, ...versions.map((v) => v.guidance)]) if (g) packTitles.set(`${g.pack.id}@${g.pack.version}`, g.packTitle);
  return { versions, audit, request, trail, ctx: { names: namesOf(people), identifierKinds: KIND_LABELS, packTitles } };
}

/** A record in full, or undefined if the caller's tenant has no such record. */
export async function decisionDetail(tenantId: string, recordId: string, deps: TabDeps): Promise<DecisionDetail | undefined> {
  const [view, sources] = await Promise.all([deps.store.reporting.getView(tenantId, recordId), recordSources(tenantId, recordId, deps)]);
  if (!view || !sources) return undefined;
  const { versions, audit, request, trail, ctx } = sources;
  return {
    view,
    versions,
    changes: versions.slice(1).map((v, i) => ({ version: v.version, changes: changesBetween(versions[i]!.content, v.content) })),
    audit: audit.map((e) => auditEntry(e, ctx)),
    ...(request
      ? {
          request: {
            reference: request.reference,
            status: request.status,
            createdAt: request.createdAt,
            ...(request.claimedAt ? { claimedAt: request.claimedAt } : {}),
            ...(request.answeredAt ? { answeredAt: request.answeredAt } : {}),
            fields: request.fields,
            question: request.question,
            conversation: request.conversation,
            ...(request.answer ? { answer: request.answer } : {}),
            trail: trail.map((e) => auditEntry(e, ctx)),
          },
        }
      : {}),
  };
}

/** A record's audit pack for a case review, or undefined if the caller's tenant has no such record. */
export async function auditPack(tenantId: string, recordId: string, deps: TabDeps): Promise<AuditPack | undefined> {
  const sources = await recordSources(tenantId, recordId, deps);
  if (!sources) return undefined;
  return buildAuditPack({ versions: sources.versions, request: sources.request, recordTrail: sources.audit, requestTrail: sources.trail, ctx: sources.ctx, now: deps.clock.now() });
}

/** Weekly figures for the weeks holding UK dates `from`..`to` (default: the last 12 weeks). */
export async function metrics(tenantId: string, range: { from?: string; to?: string }, deps: TabDeps): Promise<Metrics> {
  const toWeek = weekOf(`${range.to ?? deps.clock.now().toISOString().slice(0, 10)}T12:00:00Z`);
  const fromWeek = range.from ? weekOf(`${range.from}T12:00:00Z`) : addDays(toWeek, -7 * (DEFAULT_WEEKS - 1));
  const first = fromWeek < addDays(toWeek, -7 * (MAX_WEEKS - 1)) ? addDays(toWeek, -7 * (MAX_WEEKS - 1)) : fromWeek;
  const [rollups, awaitingDecisionNow] = await Promise.all([deps.store.reporting.rollups(tenantId, first, toWeek), deps.store.reporting.awaitingDecision(tenantId)]);
  return { ...summariseWeeks(rollups, first, toWeek), awaitingDecisionNow };
}

const label = (labels: Record<string, string>, key: string | undefined) => (key ? (labels[key] ?? key) : '');

/** A row's version fields: all of them, or (a row written before they were kept) those the row has. */
function contentOf(v: DecisionView): Record<string, unknown> {
  if (v.content) return v.content;
  return { decision: v.decision, reasons: v.reasons, recipients: v.recipients, recipientRole: v.recipientRole, purpose: v.purpose, lawfulBasis: v.lawfulBasis, consent: v.consent };
}

const amendmentsText = (v: DecisionView) => v.amendments.map((a) => `Version ${a.version} (${ukDateTime(a.at)}, ${a.by.displayName}): ${a.reason}`).join(' | ');

type Column = { header: string; value: (v: DecisionView) => string | number };

/**
 * The export's columns, in order, with how each is read from a summary row: every field of the
 * latest version (rule 7) in words, then the request's context, the advice, who and the amendments.
 * Values are labels, not codes; dates are ISO (a spreadsheet reads them in any locale), times UTC.
 */
export const CSV_COLUMNS: readonly Column[] = [
  { header: 'Reference', value: (v) => v.reference },
  { header: 'Decided on (UK date)', value: (v) => v.decidedOn },
  { header: 'Decided at (UTC)', value: (v) => v.decidedAt },
  ...RECORD_FIELDS.map((f): Column => ({ header: f === 'sharedOn' ? `${fieldLabel(f)} (date)` : fieldLabel(f), value: (v) => fieldText(f, contentOf(v)[f], { isoDates: true }) })),
  { header: 'Shared without consent', value: (v) => (v.sharedWithoutConsent ? 'Yes' : 'No') },
  { header: 'Area of concern', value: (v) => label(AREAS_OF_CONCERN, v.area) },
  { header: 'Urgency', value: (v) => label(URGENCIES, v.urgency) },
  { header: 'Advice', value: (v) => label(RECOMMENDATIONS, v.recommendation) },
  { header: 'Advice given', value: (v) => v.adviceText ?? '' },
  { header: 'Advice given at (UTC)', value: (v) => v.adviceAt ?? '' },
  { header: 'Safeguarding lead', value: (v) => v.lead?.displayName ?? '' },
  { header: 'Decision maker', value: (v) => v.decisionMaker.displayName },
  { header: 'Status', value: (v) => label(RECORD_STATUSES, v.status) },
  { header: 'Version', value: (v) => v.version },
  { header: 'Last changed (UTC)', value: (v) => v.lastChangedAt },
  { header: 'Amendments (version, when, by whom, why)', value: amendmentsText },
  { header: 'Guidance used', value: (v) => v.guidance ?? '' },
];
