import type { Clock } from '../ports/clock.js';
import { fnv1a36 } from '../domain/codes.js';
import type { Ids } from '../ports/ids.js';
import type { EventLog } from '../ports/log.js';
import type { AdviceRequest } from '../domain/request.js';
import type { Store } from '../ports/store.js';
import type { Outbound } from '../ports/outbound.js';
import type { LeadDirectory } from '../ports/directory.js';
import type { EscalationPolicy } from '../flow/escalation.js';
import type { CardView, FrontDoorView } from '../flow/cards.js';
import type { GuidancePack } from '../domain/guidance-pack.js';
import type { TenantSettings } from '../domain/tenant.js';
import { DEFAULT_PACK } from '../flow/advice/packs/index.js';
import type { Verb, VerbPayload } from '../flow/verbs.js';

/** Who is acting, from the validated activity (never from card data). */
export interface Caller {
  tenantId: string;
  /** Entra object id. */
  userId: string;
  /** Teams channel account id (roster lookups). */
  accountId: string;
  displayName: string;
  conversationId: string;
  /** Short hash of the conversation id that cards carry, to recognise cards from another chat. */
  conv: string;
  scope: 'personal' | 'channel' | 'groupChat';
  /** The Teams team of a channel conversation (from the activity's channel data); undefined elsewhere. */
  teamId: string | undefined;
  /** The tenant's settings, read from the store at most once per turn (every helper asks this, never the store). */
  settings(): Promise<TenantSettings>;
}

/** `load` once, on first use; every later call in the same turn gets the same answer (or the same failure). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}

export interface HandlerDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
  /** Used where a tenant has not configured its own front door number. */
  defaultFrontDoorPhone: string | undefined;
  outbound: Outbound;
  directory: LeadDirectory;
  /**
   * Runs work after the reply (proactive messages), so an invoke answers within Teams' 5 s.
   * Failures are logged by code; anything not delivered is retried by the scheduler.
   */
  later(name: string, task: () => Promise<void>): void;
  escalation: EscalationPolicy;
  /** Default retention in days, where a tenant has not set its own. */
  retentionDays: number;
  /** Rule 7: working days after the advice when the asker is reminded to record their decision. */
  decisionReminderDays: readonly number[];
  /** Teams teams the deployment grants to host a leads' queue, for every tenant (LEADS_TEAM_IDS). */
  leadsTeamIds: readonly string[];
  /** Delivers a request's outbox now, after the reply (the scheduler's; any later pass retries what fails). */
  deliverSoon(request: AdviceRequest): void;
  log: EventLog;
}

/** The end of the retention period for something created at `at`, by the tenant's (or the default) period. */
export async function purgeAfterFor(caller: Caller, at: Date, deps: HandlerDeps): Promise<string> {
  return purgeAfterFrom(await caller.settings(), at, deps);
}

/** The same, from tenant settings already read this turn. */
export function purgeAfterFrom(settings: TenantSettings, at: Date, deps: Pick<HandlerDeps, 'retentionDays'>): string {
  const days = settings.retentionDays ?? deps.retentionDays;
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}

export type Handler<V extends Verb> = (payload: VerbPayload<V>, caller: Caller, deps: HandlerDeps) => Promise<CardView>;

/** Shown until the organisation sets its front door (npm run tenant -- front-door …): never a made-up number. */
export const FRONT_DOOR_NOT_SET =
  "Worried a child is at risk of significant harm? Contact your local children's services front door (MASH) today. Your organisation has not yet set its number in this app: ask your safeguarding lead, or find your council's number at gov.uk/report-child-abuse-to-local-council.";

function frontDoorFrom(settings: TenantSettings | undefined, deps: Pick<HandlerDeps, 'defaultFrontDoorPhone'>): FrontDoorView {
  const phone = settings?.frontDoorPhone ?? deps.defaultFrontDoorPhone;
  const name = settings?.frontDoorName ?? "your children's services front door";
  const text = phone
    ? `Worried a child is at risk of significant harm? Call ${name} on ${phone}.`
    : FRONT_DOOR_NOT_SET;
  return { text, speak: text };
}

/** Emergency guidance text for the caller's organisation (its front door number if configured). */
export async function frontDoorOf(caller: Caller, deps: HandlerDeps): Promise<FrontDoorView> {
  // Emergency guidance must never depend on the store: fall back to the default if it is down.
  const settings = await caller.settings().catch(() => undefined);
  return frontDoorFrom(settings, deps);
}

/**
 * The organisation's front door and guidance pack (the default pack if it has none). Unlike the
 * emergency guidance, a walk-through step needs the store: an outage is an outage here, never a
 * silent switch to another organisation's wording.
 */
export async function tenantGuidance(caller: Caller, deps: HandlerDeps): Promise<{ frontDoor: FrontDoorView; pack: GuidancePack }> {
  return guidanceFrom(await caller.settings(), deps);
}

export function guidanceFrom(settings: TenantSettings, deps: Pick<HandlerDeps, 'defaultFrontDoorPhone'>): { frontDoor: FrontDoorView; pack: GuidancePack } {
  const pack = settings.guidancePack ?? DEFAULT_PACK;
  // The front door set with `npm run tenant -- front-door` is named in the guidance too, unless the
  // organisation's own pack names it already (what is shown is stored with each request as rendered).
  const named = settings.frontDoorPhone && pack.contacts.frontDoor !== undefined && pack.contacts.frontDoor === DEFAULT_PACK.contacts.frontDoor;
  const withDoor = named
    ? { ...pack, contacts: { ...pack.contacts, frontDoor: `${settings.frontDoorName ?? "your children's services front door"} (${settings.frontDoorPhone})` } }
    : pack;
  return { frontDoor: frontDoorFrom(settings, deps), pack: withDoor };
}

export function conversationTag(conversationId: string): string {
  return fnv1a36(conversationId);
}
