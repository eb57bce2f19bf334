import type { LeadsRequestDetail } from '../domain/leads-api.js';
import { withAnnouncement, withAudit, type AdviceRequest, type PersonRef } from '../domain/request.js';
import { settingIdOf } from '../domain/tenant.js';
import { REFUSAL_TEXT, claim, release, type LeadResult, type Refusal } from '../flow/leads.js';
import type { Ids } from '../ports/ids.js';
import { detailFor, type LeadAccess, type LeadCaller, type LeadsQueryDeps } from './leads-access.js';

/**
 * Claim and Release from the leads' view: the card's own pure transitions (src/flow/leads.ts),
 * applied the way the card's handler applies them — one conditional write on the request's ETag
 * that carries the audit event and the announcement (the channel card and the asker's notice),
 * then delivery soon after. Two leads claiming at once (card or tab): one wins, the other is told who.
 */

export type TabLeadAction = 'claim' | 'release';

const TRANSITIONS: Record<TabLeadAction, (r: AdviceRequest, lead: PersonRef, now: Date) => LeadResult> = { claim, release };

export interface LeadsActionDeps extends LeadsQueryDeps {
  ids: Ids;
  /** Delivers the request's outbox after the answer (the scheduler's; a later pass retries what fails). */
  deliverSoon(request: AdviceRequest): void;
}

export type ActionOutcome =
  | { ok: true; detail: LeadsRequestDetail }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: Refusal; message: string; detail: LeadsRequestDetail };

/** As the card's handler records them (src/handlers/leads.ts): codes and ids only. */
function auditDetails(r: AdviceRequest, action: TabLeadAction): Record<string, string> {
  return action === 'claim' ? { leadId: r.lead?.id ?? '' } : { status: r.status };
}

export async function leadAction(
  caller: LeadCaller,
  access: Extract<LeadAccess, { ok: true }>,
  requestId: string,
  action: TabLeadAction,
  deps: LeadsActionDeps,
): Promise<ActionOutcome> {
  const me: PersonRef = { id: caller.userId, displayName: access.member.displayName || caller.displayName, accountId: access.member.accountId };
  const led = new Set(access.led.map((s) => s.id));
  const at = deps.clock.now();
  let result: LeadResult | undefined;
  let changed = false;
  let outside = false;
  const updated = await deps.store.requests.update(caller.tenantId, requestId, (current) => {
    // Another setting's request is refused as if it did not exist, before any transition.
    outside = !led.has(settingIdOf(current));
    if (outside) return undefined;
    result = TRANSITIONS[action](current, me, at);
    changed = result.ok && result.request !== current;
    if (!changed || !result.ok) return undefined;
    const event = result.event;
    const audited = withAudit(result.request, event, me, at.toISOString(), `${event}-${deps.ids.newId()}`, auditDetails(result.request, action));
    return withAnnouncement(audited, event, at.toISOString(), `announce-${deps.ids.newId()}`);
  });
  if (!updated || outside || !result) return { ok: false, reason: 'not_found' };
  if (changed) deps.deliverSoon(updated);
  const detail = detailFor(updated, caller, access, at);
  if (!detail) return { ok: false, reason: 'not_found' };
  if (!result.ok) return { ok: false, reason: result.reason, message: REFUSAL_TEXT[result.reason](updated), detail };
  return { ok: true, detail };
}
