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
import { settingById, type TenantSettings } from '../domain/tenant.js';
import type { Draft } from '../flow/advice/draft.js';
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

/** The front door for a setting: its own where set (a trust across two councils), else the organisation's. */
function doorOf(settings: TenantSettings | undefined, settingId: string | undefined): { phone?: string | undefined; name?: string | undefined } {
  const setting = settings && settingId ? settingById(settings, settingId) : undefined;
  if (setting?.frontDoorPhone) return { phone: setting.frontDoorPhone, name: setting.frontDoorName };
  return { phone: settings?.frontDoorPhone, name: settings?.frontDoorName };
}

function frontDoorFrom(settings: TenantSettings | undefined, deps: Pick<HandlerDeps, 'defaultFrontDoorPhone'>, settingId?: string): FrontDoorView {
  const door = doorOf(settings, settingId);
  const phone = door.phone ?? deps.defaultFrontDoorPhone;
  const name = door.name ?? "your children's services front door";
  const text = phone
    ? `Worried a child is at risk of significant harm? Call ${name} on ${phone}.`
    : FRONT_DOOR_NOT_SET;
  return { text, speak: text };
}

/**
 * Emergency guidance text for the caller: their setting's front door (the one they chose for their
 * requests), else the organisation's. It never depends on the store: if it is down, the default.
 */
export async function frontDoorOf(caller: Caller, deps: HandlerDeps): Promise<FrontDoorView> {
  const [settings, draft] = await Promise.all([
    caller.settings().catch(() => undefined),
    deps.store.drafts.load(caller.tenantId, caller.userId).catch(() => undefined),
  ]);
  return frontDoorFrom(settings, deps, draft?.value.setting?.id);
}

/**
 * The organisation's front door and guidance pack (the default pack if it has none), for the
 * draft's setting. Unlike the emergency guidance, a walk-through step needs the store: an outage
 * is an outage here, never a silent switch to another organisation's wording.
 */
export async function tenantGuidance(caller: Caller, deps: HandlerDeps, draft?: Pick<Draft, 'setting'>): Promise<{ frontDoor: FrontDoorView; pack: GuidancePack }> {
  return guidanceFrom(await caller.settings(), deps, draft?.setting?.id);
}

export function guidanceFrom(
  settings: TenantSettings,
  deps: Pick<HandlerDeps, 'defaultFrontDoorPhone'>,
  settingId?: string,
): { frontDoor: FrontDoorView; pack: GuidancePack } {
  const pack = settings.guidancePack ?? DEFAULT_PACK;
  // The front door (and a setting's LADO) set with `npm run tenant` are named in the guidance too,
  // unless the organisation's own pack names them already (what is shown is stored with each request).
  const door = doorOf(settings, settingId);
  const setting = settingId ? settingById(settings, settingId) : undefined;
  const contacts = { ...pack.contacts };
  if (door.phone && pack.contacts.frontDoor !== undefined && pack.contacts.frontDoor === DEFAULT_PACK.contacts.frontDoor) {
    contacts.frontDoor = `${door.name ?? "your children's services front door"} (${door.phone})`;
  }
  if (setting?.ladoPhone && pack.contacts.lado !== undefined && pack.contacts.lado === DEFAULT_PACK.contacts.lado) {
    contacts.lado = `${setting.ladoName ?? 'the local authority designated officer (LADO)'} (${setting.ladoPhone})`;
  }
  const changed = contacts.frontDoor !== pack.contacts.frontDoor || contacts.lado !== pack.contacts.lado;
  return { frontDoor: frontDoorFrom(settings, deps, settingId), pack: changed ? { ...pack, contacts } : pack };
}

export function conversationTag(conversationId: string): string {
  return fnv1a36(conversationId);
}
