import type { TabErrorCode } from './tab-api.js';
import type { RequestStatus } from './request.js';

/**
 * The leads' view in the tab (`/tabs/leads`), its API under `/api/tab/`; every call needs
 * `Authorization: Bearer <token>` (the same Teams SSO as the Decisions tab, but no manager role):
 * - `GET queue` → LeadsQueue: the open requests of every setting whose leads' team the caller is in
 * - `GET queue/:requestId` → LeadsRequestDetail (404 unless it is in one of those settings)
 * - `POST queue/:requestId/claim`, `POST queue/:requestId/release` with `{}` → LeadsRequestDetail, or 409
 *   `conflict` with the card's refusal in words (another lead has it; only its holder can release it)
 * Who is a lead is read live from Teams (the members of each setting's leads' team), never from the token.
 * Errors: `{ code, message }`: 401; 403 (`reason`: `not_lead`, or `tenant`); 404; 503 `store_unavailable`,
 * or 503 `directory_unavailable` when Teams could not say who the leads are.
 */

/** Where a request stands for the leads, in the order the view shows them. */
export const QUEUE_GROUPS = {
  unclaimed: 'Unclaimed',
  mine: 'Yours',
  waiting: 'Waiting on the asker',
  colleagues: 'Held by a colleague',
  answered: 'Answered in the last 3 days',
} as const;
export type QueueGroup = keyof typeof QUEUE_GROUPS;

/** `near`: within a quarter of its window, or an hour, of the deadline; `past`: missed. */
export type DeadlineState = 'ok' | 'near' | 'past';

export interface QueueDeadline {
  kind: 'claim' | 'answer';
  /** ISO time. */
  at: string;
  state: DeadlineState;
  /** In words, never colour alone: "Claim by 10:30 — past deadline". */
  label: string;
}

export interface QueueItem {
  requestId: string;
  reference: string;
  settingId: string;
  settingName: string;
  group: QueueGroup;
  status: RequestStatus;
  statusLabel: string;
  urgency: string;
  urgencyLabel: string;
  areaLabel: string;
  createdAt: string;
  /** "25 min", "3 h 10 min", "2 days". */
  age: string;
  /** Who holds it (claimed or assigned), by name; `isYou` for the signed-in lead. */
  holder?: { displayName: string; isYou: boolean };
  waitingOnAsker: boolean;
  deadline?: QueueDeadline;
  /** Opens the request's card in the leads' channel in Teams (absent until it has been posted there). */
  channelLink?: string;
}

export interface QueueSetting {
  id: string;
  name: string;
}

export interface LeadsQueue {
  user: { id: string; displayName: string };
  /** The settings whose leads' team the caller is in. */
  settings: QueueSetting[];
  /** How many settings' leads' teams Teams did not answer for (the caller may be a lead there too). */
  unreachable: number;
  items: QueueItem[];
  counts: Record<QueueGroup, number> & { near: number; past: number };
  /** Rule 7: the caller's settings' requests with advice given and no decision recorded yet (any age). */
  awaitingDecision: number;
  /** Each group's heading, in the order the page shows them (the page copies no labels). */
  groups: { group: QueueGroup; label: string }[];
  /** True when a setting had more open requests than one answer holds (the oldest are shown). */
  truncated: boolean;
  /** When this was read (ISO), so the page can say how fresh it is. */
  at: string;
}

export interface LeadsRequestDetail {
  item: QueueItem;
  /** The question as the asker approved it after the identifier check (anonymised). */
  question: string;
  /** The request's fields, label and value in words. */
  fields: { label: string; value: string }[];
  /** The asker (name and role), unless the organisation hides it from the leads. */
  asker?: string;
  /** Follow-up questions and replies, oldest first (checked for identifiers before they were stored). */
  exchanges: { from: 'lead' | 'asker'; by: string; text: string; at: string }[];
  answer?: { recommendation: string; text: string; by: string; at: string };
}

/** The Decisions tab's error codes, Teams not answering when asked who the leads are, and a refused claim or release (409). */
export type LeadsErrorCode = TabErrorCode | 'directory_unavailable' | 'conflict';
