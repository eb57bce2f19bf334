import { AREAS_OF_CONCERN } from '../domain/advice.js';
import { REQUEST_STATUSES, canWithdraw, isAwaitingAdvice, ukDateTime, withAnnouncement, withAudit } from '../domain/request.js';
import { requestStatusCard } from '../flow/request-status.js';
import { hasSeveralSettings, queueFor, settingById } from '../domain/tenant.js';
import { recordIdFor } from '../domain/decision.js';
import type { Handler } from './context.js';
import { notFound } from '../flow/notices.js';

/** How many of the asker's requests "My requests" shows (open ones first, then recent). */
const MY_REQUESTS_LIMIT = 20;

const when = ukDateTime;

export const myRequests: Handler<'requests.mine'> = async (_payload, caller, deps) => {
  const requests = await deps.store.requests.listByAsker(caller.tenantId, caller.userId, MY_REQUESTS_LIMIT);
  const open = requests.filter((r) => isAwaitingAdvice(r.status));
  const rest = requests.filter((r) => !isAwaitingAdvice(r.status));
  const items = [...open, ...rest].map((r) => ({
    reference: r.reference,
    requestId: r.id,
    statusText: REQUEST_STATUSES[r.status],
    when: when(r.createdAt),
    area: AREAS_OF_CONCERN[r.fields.area],
    canWithdraw: canWithdraw(r.status),
  }));
  return { name: 'myRequests', data: { items, hasItems: items.length > 0 } };
};

export const viewRequest: Handler<'request.view'> = async (payload, caller, deps) => {
  const request = await deps.store.requests.get(caller.tenantId, payload.requestId);
  // Only the asker sees their request here; anyone else is told it is not theirs to see.
  if (!request || request.asker.id !== caller.userId) return notFound('Request');
  const [versions, settings] = await Promise.all([
    request.answer ? deps.store.decisions.versions(caller.tenantId, recordIdFor(request.id)) : Promise.resolve([]),
    caller.settings().catch(() => undefined),
  ]);
  return requestStatusCard(request, { decision: versions.at(-1), hasLeadsQueue: settings === undefined || queueFor(settings, request) !== undefined,
    settingName: settings && hasSeveralSettings(settings) ? settingById(settings, request.settingId)?.name : undefined });
};

export const withdrawRequest: Handler<'request.withdraw'> = async (payload, caller, deps) => {
  const existing = await deps.store.requests.get(caller.tenantId, payload.requestId);
  if (!existing || existing.asker.id !== caller.userId) return notFound('Request');
  const now = deps.clock.now().toISOString();
  let refused = false;
  const updated = await deps.store.requests.update(caller.tenantId, payload.requestId, (current) => {
    if (current.status === 'withdrawn') return undefined;
    if (!canWithdraw(current.status)) {
      refused = true;
      return undefined;
    }
    const audited = withAudit({ ...current, status: 'withdrawn', withdrawnAt: now, updatedAt: now }, 'withdrawn', { id: caller.userId, displayName: caller.displayName }, now, `withdrawn-${deps.ids.newId()}`);
    return withAnnouncement(audited, 'closed', now, `announce-${deps.ids.newId()}`, true);
  });
  if (!updated) return notFound('Request');
  if (refused) return requestStatusCard(updated, { notice: `This request is ${REQUEST_STATUSES[updated.status].toLowerCase()}, so it can no longer be withdrawn.` });
  deps.deliverSoon(updated);
  return requestStatusCard(updated, { notice: 'Withdrawn. The safeguarding leads will see that you no longer need advice on it.' });
};
