import type { AuditEntry } from './audit-trail.js';
import type { DecisionRecord } from './decision.js';
import type { FieldChange } from './record-fields.js';
import type { AdviceRequest } from './request.js';
import type { DecisionView } from './reporting.js';

/**
 * The tab's HTTP API (all under `/api/tab`, JSON unless said; every call but `config` and
 * `dev-signin` needs `Authorization: Bearer <token>`):
 * - `GET config` → TabConfig
 * - `POST dev-signin` `{ role, displayName, userId? }` → `{ token }` (404 unless local sign-in is enabled)
 * - `GET me` → TabMe
 * - `GET options` → TabOptions
 * - `GET decisions?<DecisionFilter>&pageSize=&continuation=` → DecisionPage
 * - `GET decisions/:recordId` → DecisionDetail
 * - `GET decisions/:recordId/pack` → AuditPack (audit-pack.ts): the record's whole story, in words, for printing
 * - `GET metrics?from=&to=` (UK dates; default the last 12 weeks) → Metrics
 * - `GET export.csv?<DecisionFilter>` → text/csv, streamed
 * Errors: `{ code, message }` with 400 bad_request, 401 unauthenticated, 403 forbidden,
 * 404 not_found, 500 internal, 503 store_unavailable.
 */
export interface TabConfig {
  /** The local development sign-in is enabled (never in production). */
  devSignIn: boolean;
}

export type TabRole = 'manager' | 'lead' | 'staff';

export interface TabMe {
  tenantId: string;
  user: { id: string; displayName: string };
  role: 'manager';
}

export interface Option {
  value: string;
  label: string;
}

export interface TabOptions {
  decisions: Option[];
  lawfulBases: Option[];
  consents: Option[];
  areas: Option[];
  urgencies: Option[];
  statuses: Option[];
  recipients: Option[];
  recommendations: Option[];
  personTold: Option[];
  shareMethods: Option[];
  requestStatuses: Option[];
  askerRoles: Option[];
  ageBands: Option[];
  peopleInvolved: Option[];
  informationKinds: Option[];
  identifierKinds: Option[];
  /** The fields of a decision version (value = the field's key). */
  fields: Option[];
  /** Leads who have claimed requests (value = Entra object id). */
  leads: Option[];
}

/**
 * A record in full: every version (oldest first) with what each amendment changed, its audit
 * trail and the request it followed. The trails are in words: labels, and people by name (no ids).
 */
export interface DecisionDetail {
  view: DecisionView;
  versions: DecisionRecord[];
  /** For each version from 2 on, field by field what it changed from the version before. */
  changes: VersionChanges[];
  audit: AuditEntry[];
  request?: {
    reference: string;
    status: AdviceRequest['status'];
    createdAt: string;
    claimedAt?: string;
    answeredAt?: string;
    fields: AdviceRequest['fields'];
    /** The question as the asker approved it after the identifier check. */
    question: string;
    conversation: AdviceRequest['conversation'];
    answer?: AdviceRequest['answer'];
    trail: AuditEntry[];
  };
}

export interface VersionChanges {
  version: number;
  changes: FieldChange[];
}

export type TabErrorCode = 'bad_request' | 'unauthenticated' | 'forbidden' | 'not_found' | 'store_unavailable' | 'internal';

export interface TabError {
  code: TabErrorCode;
  message: string;
  /** With 403: not a manager (`role`), not a lead (`not_lead`), or an organisation not allowed to use the app (`tenant`). */
  reason?: TabForbiddenReason;
}

/** `not_lead`: the leads' view, for someone in no setting's leads' team. */
export type TabForbiddenReason = 'role' | 'tenant' | 'not_lead';
