import { z } from 'zod';
import { AreaOfConcernSchema, ConsentStatusSchema, RecipientSchema, UrgencySchema } from './advice.js';
import { DecisionContentSchema, DecisionSchema, LawfulBasisSchema, isCalendarDate, isSharing, ukToday, type DecisionRecord } from './decision.js';
import { RecommendationSchema, type AdviceRequest, type RequestStatus } from './request.js';
import { PersonSchema } from './person.js';

/**
 * What managers see (the Decisions tab): one summary row per decision record (its latest
 * version, with the context of the request it answered), and weekly figures kept per tenant.
 * Both are read models derived from the records, which stay the source of truth.
 */

export const RECORD_STATUSES = { recorded: 'Recorded', amended: 'Amended' } as const;
export type RecordStatus = keyof typeof RECORD_STATUSES;
export const RecordStatusSchema = z.enum(['recorded', 'amended']);

/** The summary row of a decision record, rewritten whenever a newer version is recorded. */
export const DecisionViewSchema = z.object({
  /** `view:<recordId>`. */
  id: z.string(),
  tenantId: z.string(),
  recordId: z.string(),
  reference: z.string(),
  /** The latest version's number. */
  version: z.number().int().min(1),
  status: RecordStatusSchema,
  /** When the first version was recorded. */
  decidedAt: z.iso.datetime(),
  /** The UK calendar date of `decidedAt` (date filters are by UK day). */
  decidedOn: z.string(),
  /** Monday (UTC date) of the week of `decidedAt`. */
  week: z.string(),
  /** When the latest version was recorded. */
  lastChangedAt: z.iso.datetime(),
  decisionMaker: PersonSchema,
  decision: DecisionSchema,
  lawfulBasis: LawfulBasisSchema.optional(),
  consent: ConsentStatusSchema,
  /** Sharing (in full or in part) where consent was not given. */
  sharedWithoutConsent: z.boolean(),
  recipients: z.array(RecipientSchema),
  recipientRole: z.string().optional(),
  purpose: z.string().optional(),
  reasons: z.string(),
  requestId: z.string().optional(),
  /** Monday (UTC date) of the week its request was asked: that week's "advice given, no decision recorded" count. */
  askedWeek: z.string().optional(),
  /** From the request the decision followed (absent when recorded without asking for advice). */
  area: AreaOfConcernSchema.optional(),
  urgency: UrgencySchema.optional(),
  lead: PersonSchema.optional(),
  recommendation: RecommendationSchema.optional(),
  /** What the lead advised, and when (the record's copy of the advice). */
  adviceText: z.string().optional(),
  adviceAt: z.iso.datetime().optional(),
  /** The guidance pack the asker's walk-through used, as its title names it (with its version). */
  guidance: z.string().optional(),
  /**
   * The latest version's every field (rule 7: what was shared, how, when, whether the person was
   * told, the justification, time limits, restrictions…), for the export. Absent on rows written
   * before it was kept; the catch-up rewrites those (READ_MODEL_SHAPE).
   */
  content: DecisionContentSchema.optional(),
  /** Every amendment so far: which version, when, by whom and why. */
  amendments: z.array(z.object({ version: z.number().int().min(2), at: z.iso.datetime(), by: PersonSchema, reason: z.string() })).default([]),
});
export type DecisionView = z.infer<typeof DecisionViewSchema>;

/**
 * The shape of the summary rows. When it changes (a field added), the catch-up pass rebuilds
 * every row from the records, so older rows gain the field; raise it with every such change.
 */
export const READ_MODEL_SHAPE = 3;

const day = z.string().refine(isCalendarDate, 'a date written YYYY-MM-DD');
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Filters of the decision list and the CSV export (query string; unknown keys are refused). */
export const DecisionFilterSchema = z
  .object({
    from: z.preprocess(blankToUndefined, day.optional()),
    to: z.preprocess(blankToUndefined, day.optional()),
    decision: z.preprocess(blankToUndefined, DecisionSchema.optional()),
    lawfulBasis: z.preprocess(blankToUndefined, LawfulBasisSchema.optional()),
    consent: z.preprocess(blankToUndefined, ConsentStatusSchema.optional()),
    area: z.preprocess(blankToUndefined, AreaOfConcernSchema.optional()),
    urgency: z.preprocess(blankToUndefined, UrgencySchema.optional()),
    /** The lead's Entra object id. */
    lead: z.preprocess(blankToUndefined, z.string().max(100).optional()),
    status: z.preprocess(blankToUndefined, RecordStatusSchema.optional()),
    /** A reference or its beginning, such as `ISA-7K` (case-insensitive). */
    reference: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : blankToUndefined(v)),
      z.string().regex(/^(ISA|DEC)(-[0-9A-Z]{0,6})?$|^[A-Z]{1,3}$/, 'a reference such as ISA-7K3Q').optional(),
    ),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: '"to" must not be before "from"' });
export type DecisionFilter = z.infer<typeof DecisionFilterSchema>;

export const PAGE_SIZES = { default: 25, max: 100 } as const;

/** One page of the list; `continuation` is opaque and present while more rows follow. */
export interface DecisionPage {
  items: DecisionView[];
  continuation?: string;
}

/** When a request was asked, claimed and answered, how often it was escalated, and where it stands. */
export interface RequestTimes {
  id: string;
  status: RequestStatus;
  createdAt: string;
  claimedAt?: string;
  answeredAt?: string;
  escalations: number;
  lead?: { id: string; displayName: string };
}

/** A tenant's figures for one week (requests by the week they were asked, decisions by the week they were made). */
export const WeekRollupSchema = z.object({
  /** `week:<Monday>`. */
  id: z.string(),
  tenantId: z.string(),
  /** Monday of the week (UTC date). */
  week: z.string(),
  requests: z.number().int().min(0),
  claimed: z.number().int().min(0),
  answered: z.number().int().min(0),
  escalations: z.number().int().min(0),
  /** Minutes from asking to claim / to answer, one entry per request, ascending. */
  claimMinutes: z.array(z.number().min(0)),
  answerMinutes: z.array(z.number().min(0)),
  decisions: z.object({ share: z.number().int().min(0), share_part: z.number().int().min(0), not_share: z.number().int().min(0) }),
  sharedWithoutConsent: z.number().int().min(0),
  /**
   * Rule 7 followed through: of this week's requests, those with advice (status answered) and no
   * decision recorded yet. Recomputed when a decision on one is recorded, so it goes down.
   */
  awaitingDecision: z.number().int().min(0).default(0),
  /** Leads who claimed requests this week (for the lead filter). */
  leads: z.record(z.string(), z.string()),
  computedAt: z.iso.datetime(),
});
export type WeekRollup = z.infer<typeof WeekRollupSchema>;

export interface Spread {
  /** How many values. */
  n: number;
  p50?: number;
  p90?: number;
}

export interface WeekFigures {
  week: string;
  requests: number;
  claimed: number;
  answered: number;
  escalations: number;
  claimMinutes: Spread;
  answerMinutes: Spread;
  decisions: { share: number; share_part: number; not_share: number };
  sharedWithoutConsent: number;
  /** Requests asked that week that have advice and no decision recorded yet. */
  awaitingDecision: number;
}

export interface Metrics {
  from: string;
  to: string;
  weeks: WeekFigures[];
  totals: Omit<WeekFigures, 'week'>;
  /** Requests with advice and no decision recorded yet, now, whenever they were asked. */
  awaitingDecisionNow: number;
}

const DAY_MS = 86_400_000;

/** Monday (UTC) of the week containing `iso`, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY_MS);
  return monday.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function spread(sorted: readonly number[]): Spread {
  return { n: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90) };
}

const minutesBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 6_000) / 10);

export function requestTimes(r: Pick<AdviceRequest, 'id' | 'status' | 'createdAt' | 'claimedAt' | 'answeredAt' | 'escalated' | 'lead'>): RequestTimes {
  return {
    id: r.id,
    status: r.status,
    createdAt: r.createdAt,
    ...(r.claimedAt ? { claimedAt: r.claimedAt } : {}),
    ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
    escalations: (r.escalated.claim ? 1 : 0) + (r.escalated.answer ? 1 : 0),
    ...(r.lead ? { lead: { id: r.lead.id, displayName: r.lead.displayName } } : {}),
  };
}

/**
 * A week's figures, computed from scratch from that week's requests, the decision rows of that
 * week and the ids of that week's requests that have a decision (so recomputing is always safe).
 */
export function rollupWeek(
  tenantId: string,
  week: string,
  requests: readonly RequestTimes[],
  decisions: readonly Pick<DecisionView, 'decision' | 'sharedWithoutConsent'>[],
  decidedRequests: ReadonlySet<string>,
  now: Date,
): WeekRollup {
  const claimMinutes: number[] = [];
  const answerMinutes: number[] = [];
  const leads: Record<string, string> = {};
  let escalations = 0;
  let awaitingDecision = 0;
  for (const r of requests) {
    if (r.status === 'answered' && !decidedRequests.has(r.id)) awaitingDecision++;
    // A request answered straight away has no separate claim: answering claims it.
    const claimedAt = r.claimedAt ?? r.answeredAt;
    if (claimedAt) claimMinutes.push(minutesBetween(r.createdAt, claimedAt));
    if (r.answeredAt) answerMinutes.push(minutesBetween(r.createdAt, r.answeredAt));
    escalations += r.escalations;
    if (r.lead) leads[r.lead.id] = r.lead.displayName;
  }
  const counts = { share: 0, share_part: 0, not_share: 0 };
  let sharedWithoutConsent = 0;
  for (const d of decisions) {
    counts[d.decision]++;
    if (d.sharedWithoutConsent) sharedWithoutConsent++;
  }
  const asc = (a: number, b: number) => a - b;
  return {
    id: `week:${week}`,
    tenantId,
    week,
    requests: requests.length,
    claimed: claimMinutes.length,
    answered: answerMinutes.length,
    escalations,
    claimMinutes: claimMinutes.sort(asc),
    answerMinutes: answerMinutes.sort(asc),
    decisions: counts,
    sharedWithoutConsent,
    awaitingDecision,
    leads,
    computedAt: now.toISOString(),
  };
}

function figures(rollups: readonly WeekRollup[]): Omit<WeekFigures, 'week'> {
  const asc = (a: number, b: number) => a - b;
  const claim = rollups.flatMap((r) => r.claimMinutes).sort(asc);
  const answer = rollups.flatMap((r) => r.answerMinutes).sort(asc);
  const sum = (f: (r: WeekRollup) => number) => rollups.reduce((n, r) => n + f(r), 0);
  return {
    requests: sum((r) => r.requests),
    claimed: sum((r) => r.claimed),
    answered: sum((r) => r.answered),
    escalations: sum((r) => r.escalations),
    claimMinutes: spread(claim),
    answerMinutes: spread(answer),
    decisions: { share: sum((r) => r.decisions.share), share_part: sum((r) => r.decisions.share_part), not_share: sum((r) => r.decisions.not_share) },
    sharedWithoutConsent: sum((r) => r.sharedWithoutConsent),
    awaitingDecision: sum((r) => r.awaitingDecision),
  };
}

/** Every week from `fromWeek` to `toWeek` (Mondays), weeks without data as zeros, and totals for the range. */
export function summariseWeeks(rollups: readonly WeekRollup[], fromWeek: string, toWeek: string): Omit<Metrics, 'awaitingDecisionNow'> {
  const byWeek = new Map(rollups.map((r) => [r.week, r]));
  const weeks: WeekFigures[] = [];
  for (let w = fromWeek; w <= toWeek; w = addDays(w, 7)) {
    const r = byWeek.get(w);
    weeks.push({ week: w, ...figures(r ? [r] : []) });
  }
  return { from: fromWeek, to: toWeek, weeks, totals: figures(rollups.filter((r) => r.week >= fromWeek && r.week <= toWeek)) };
}

/**
 * The summary row for a record's latest version, with the context of its request. `versions` are
 * the record's versions up to that one, oldest first (for the amendments; the first gives `decidedAt`).
 */
export function decisionView(versions: readonly DecisionRecord[], request: AdviceRequest | undefined): DecisionView {
  const latest = versions.at(-1);
  const first = versions[0];
  if (!latest || !first) throw new Error('a decision view needs at least one version');
  const c = latest.content;
  return {
    id: `view:${latest.recordId}`,
    tenantId: latest.tenantId,
    recordId: latest.recordId,
    reference: latest.reference,
    version: latest.version,
    status: latest.version > 1 ? 'amended' : 'recorded',
    decidedAt: first.createdAt,
    decidedOn: ukToday(new Date(first.createdAt)),
    week: weekOf(first.createdAt),
    lastChangedAt: latest.createdAt,
    decisionMaker: { id: latest.decisionMaker.id, displayName: latest.decisionMaker.displayName },
    decision: c.decision,
    ...(c.lawfulBasis ? { lawfulBasis: c.lawfulBasis } : {}),
    consent: c.consent,
    sharedWithoutConsent: isSharing(c.decision) && c.consent !== 'given',
    recipients: c.recipients,
    ...(c.recipientRole ? { recipientRole: c.recipientRole } : {}),
    ...(c.purpose ? { purpose: c.purpose } : {}),
    reasons: c.reasons,
    ...(latest.requestId ? { requestId: latest.requestId } : {}),
    ...(request ? { askedWeek: weekOf(request.createdAt), area: request.fields.area, urgency: request.fields.urgency } : {}),
    ...(request?.lead ? { lead: { id: request.lead.id, displayName: request.lead.displayName } } : latest.advice ? { lead: { id: latest.advice.by.id, displayName: latest.advice.by.displayName } } : {}),
    ...(latest.advice ? { recommendation: latest.advice.recommendation, adviceText: latest.advice.text, adviceAt: latest.advice.at } : {}),
    ...(latest.guidance ? { guidance: latest.guidance.packTitle } : {}),
    content: c,
    amendments: versions.flatMap((v) => (v.amendment ? [{ version: v.version, at: v.amendment.at, by: { id: v.amendment.by.id, displayName: v.amendment.by.displayName }, reason: v.amendment.reason }] : [])),
  };
}
