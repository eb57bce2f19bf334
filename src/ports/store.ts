import type { ChatAddress } from '../domain/chat.js';
import type { AdviceRequest } from '../domain/request.js';
import type { TenantSettings } from '../domain/tenant.js';
import type { Draft } from '../flow/advice/draft.js';
import type { DecisionRecord } from '../domain/decision.js';
import type { AuditEvent } from '../domain/audit.js';
import type { DecisionFilter, DecisionPage, DecisionView, RequestTimes, WeekRollup } from '../domain/reporting.js';

/** Remembers where each person and channel can be reached, so that later messages can be sent proactively. */
export interface ChatAddressRepository {
  /** Creates or refreshes the address (read-modify-write with the stored ETag). */
  remember(address: ChatAddress): Promise<void>;
  find(tenantId: string, scope: ChatAddress['scope'], key: string): Promise<ChatAddress | undefined>;
}

/** A value read together with its version, for conditional writes. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** One draft advice request per person (their 1:1 chat). */
export interface DraftRepository {
  load(tenantId: string, userId: string): Promise<Versioned<Draft> | undefined>;
  /**
   * Writes the draft if it is unchanged since `etag` was read (undefined = must not exist yet).
   * Throws ConcurrencyConflict otherwise, so two clicks cannot both advance the same draft.
   */
  save(tenantId: string, userId: string, draft: Draft, etag: string | undefined): Promise<void>;
}

/**
 * `duplicate`: this draft's request already exists (a replayed or retried submit).
 * `referenceTaken`: another request already has this reference; pick a new one.
 */
export type CreateResult = { outcome: 'created' } | { outcome: 'duplicate'; existing: AdviceRequest } | { outcome: 'referenceTaken' };

export interface RequestRepository {
  /** Creates the request, keyed by its reference; never overwrites. */
  create(request: AdviceRequest): Promise<CreateResult>;
  get(tenantId: string, id: string): Promise<AdviceRequest | undefined>;
  /** The request with its ETag, to hand to `update` (so a handler can read it beside other reads). */
  getVersioned(tenantId: string, id: string): Promise<Versioned<AdviceRequest> | undefined>;
  /** Requests (any tenant) whose `nextDueAt` has passed, earliest first: deadlines and undelivered messages. */
  listDue(now: Date, limit: number): Promise<AdviceRequest[]>;
  /** Requests (any tenant) past their retention period. */
  listPastRetention(now: Date, limit: number): Promise<AdviceRequest[]>;
  /** Retention only: removes the request (its audit trail stays). */
  purge(tenantId: string, id: string): Promise<void>;
  /** When each request asked in [from, to) was claimed and answered (reporting). */
  timesBetween(tenantId: string, from: string, to: string): Promise<RequestTimes[]>;
  /** Requests (any tenant) changed at or after `since`, oldest change first (reporting catch-up). */
  changedSince(since: string, limit: number): Promise<Changed[]>;
  /** Ids of a setting's requests with advice given (status answered), oldest first, at most `limit` (rule 7 in the leads' view). */
  answeredIdsForSetting(tenantId: string, settingId: string, limit: number): Promise<string[]>;
  /** The asker's own requests, newest first. */
  listByAsker(tenantId: string, askerId: string, limit: number): Promise<AdviceRequest[]>;
  /**
   * A setting's leads' queue: its requests still waiting for advice (sent or claimed), and those
   * answered at or after `answeredSince` when given; oldest first. Requests with no setting are `main`'s.
   */
  listOpenForSetting(tenantId: string, settingId: string, limit: number, answeredSince?: string): Promise<AdviceRequest[]>;
  /**
   * Read-modify-write on the ETag; `change` returns the new request or undefined for "no change".
   * With `first` (from getVersioned) the first attempt writes without reading again; a conflict reads afresh.
   */
  update(
    tenantId: string,
    id: string,
    change: (current: AdviceRequest) => AdviceRequest | undefined,
    first?: Versioned<AdviceRequest>,
  ): Promise<AdviceRequest | undefined>;
}

/** Where the reporting catch-up continues from, and weeks it has still to recompute. */
export interface CatchUpMark {
  since: string;
  /** `<tenantId>|<week>` keys, recomputed once the catch-up has caught up (so a rebuild recomputes each week once). */
  pendingWeeks: string[];
  /** The READ_MODEL_SHAPE the rows were built with; another (or none) starts a rebuild. */
  shape?: number;
}

/** Something that changed: which, and when (its `at` orders the catch-up). */
export interface Changed {
  tenantId: string;
  /** The request id or the decision record id. */
  id: string;
  /** When the request was asked (its week), or the version recorded. */
  createdAt: string;
  at: string;
}

export type VersionResult = { outcome: 'created' } | { outcome: 'versionTaken'; existing: DecisionRecord };

/**
 * Decision records are immutable: each version is its own document, created once and never
 * replaced — there is no update or delete here, so no path can change a record in place.
 */
export interface DecisionRepository {
  /** Creates this version; if the version number is already taken, returns what is there. */
  createVersion(record: DecisionRecord): Promise<VersionResult>;
  /** Every version of a record, oldest first. */
  versions(tenantId: string, recordId: string): Promise<DecisionRecord[]>;
  /** The latest version of each of this person's records, newest first. */
  listByMaker(tenantId: string, userId: string, limit: number): Promise<DecisionRecord[]>;
  /** Versions (any tenant) recorded at or after `since`, oldest first (reporting catch-up). */
  changedSince(since: string, limit: number): Promise<DecisionRecord[]>;
  /** Which of these records have been recorded (a first version exists): one single-partition query. */
  recordedAmong(tenantId: string, recordIds: readonly string[]): Promise<Set<string>>;
  /** A record's first version (a point read). */
  first(tenantId: string, recordId: string): Promise<DecisionRecord | undefined>;
  /** Record ids (any tenant) with a version past its retention, for the scheduler. */
  listPastRetention(now: Date, limit: number): Promise<{ tenantId: string; recordId: string }[]>;
  /**
   * Retention only (the scheduler, after the retention period): removes every version of the
   * record. Nothing else deletes records, and nothing changes them.
   */
  purge(tenantId: string, recordId: string): Promise<number>;
}

/** Append-only: events are created once (same id = same event) and never changed or removed. */
export interface AuditRepository {
  append(event: AuditEvent): Promise<void>;
  /** A request's or record's trail, in order. */
  listFor(tenantId: string, subjectId: string): Promise<AuditEvent[]>;
}

export interface TenantSettingsRepository {
  get(tenantId: string): Promise<TenantSettings>;
  put(settings: TenantSettings): Promise<void>;
  /**
   * Read-modify-write on the ETag: `change` gets the current settings and returns the whole next
   * document (undefined: no change); a concurrent change is read afresh and `change` runs again.
   * Returns what was written.
   */
  update(tenantId: string, change: (current: TenantSettings) => TenantSettings | undefined): Promise<TenantSettings | undefined>;
}

/**
 * Read models for managers (the Decisions tab): one summary row per decision record and a
 * rollup of figures per tenant and week. Derived from the records; safe to rewrite or rebuild.
 */
export interface ReportingRepository {
  /** Writes the row unless a row for a later version is already there (idempotent). */
  putView(view: DecisionView): Promise<void>;
  getView(tenantId: string, recordId: string): Promise<DecisionView | undefined>;
  /** Retention: removes a purged record's row (it holds the record's fields); no row is not an error. */
  deleteView(tenantId: string, recordId: string): Promise<void>;
  /** Newest first, one page; throws BadContinuation for a token this query did not issue. */
  listViews(tenantId: string, filter: DecisionFilter, pageSize: number, continuation?: string): Promise<DecisionPage>;
  /** Every row matching the filter, newest first, a page at a time (CSV export). */
  streamViews(tenantId: string, filter: DecisionFilter): AsyncIterable<DecisionView[]>;
  viewsOfWeek(tenantId: string, week: string): Promise<Pick<DecisionView, 'decision' | 'sharedWithoutConsent'>[]>;
  /** Ids of the requests asked in this week that have a decision record (from the rows' `askedWeek`). */
  decidedRequestsOfWeek(tenantId: string, askedWeek: string): Promise<string[]>;
  /** Requests with advice and no decision recorded yet, over every week's rollup (one aggregate query). */
  awaitingDecision(tenantId: string): Promise<number>;
  putRollup(rollup: WeekRollup): Promise<void>;
  /** Where the catch-up pass continues from; undefined before the first pass. */
  getMark(): Promise<CatchUpMark | undefined>;
  putMark(mark: CatchUpMark): Promise<void>;
  /** Rollups for weeks (Mondays) from `fromWeek` to `toWeek` inclusive. */
  rollups(tenantId: string, fromWeek: string, toWeek: string): Promise<WeekRollup[]>;
}

/** Readiness of the store for `/readyz`. */
export interface StoreHealth {
  ping(): Promise<void>;
}

export interface Store {
  chatAddresses: ChatAddressRepository;
  drafts: DraftRepository;
  requests: RequestRepository;
  decisions: DecisionRepository;
  audit: AuditRepository;
  tenants: TenantSettingsRepository;
  reporting: ReportingRepository;
  health: StoreHealth;
  /** Writes any buffered local data to disk (no-op on real Cosmos DB). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
