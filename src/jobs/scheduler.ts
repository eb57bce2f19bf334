import type { AdviceRequest, OutboxItem, OutboxItemOf, OutboxKind } from '../domain/request.js';
import { NoLeadsQueue, errorFields } from '../domain/errors.js';
import { SYSTEM_ACTOR } from '../domain/audit.js';
import { ESCALATION_TEXT, completeItems, escalateDue, leaseDue, markReached } from '../flow/escalation.js';
import { leadRequestCard } from '../flow/lead-views.js';
import { remindDue, reminderCard, stopReminders } from '../flow/reminders.js';
import { recordIdFor } from '../domain/decision.js';
import { escalationContactsFor, queueFor } from '../domain/tenant.js';
import type { HandlerDeps } from '../handlers/context.js';
import { announce, announceNow, channelAddress } from './announce.js';
import { catchUpReporting, refreshWeek } from './reporting.js';
import { weekOf } from '../domain/reporting.js';

/**
 * The scheduler: finds requests with work due (a missed deadline, or a message owed to Teams),
 * escalates with a conditional write, and delivers outbox items under a lease. Several app
 * instances can run it at once: only the instance whose write wins does the work.
 */
export interface SchedulerPass {
  delivered: number;
  /** Requests and decision records removed at the end of their retention period. */
  purged: number;
  /** Requests whose work failed this pass (left due; a later pass retries them). */
  failed: number;
  /** Weeks whose managers' figures were recomputed. */
  reportedWeeks: number;
}

export interface Scheduler {
  /** One pass over everything due. One failing request never stops the others. */
  runOnce(): Promise<SchedulerPass>;
  /** Delivers one request's outbox now (after a change), instead of waiting for the next pass. */
  deliverSoon(request: AdviceRequest): void;
}

const BATCH = 50;

/** Delivers one kind of outbox item; returns what delivering it changes on the request (e.g. the channel post). */
type Deliver<K extends OutboxKind> = (item: OutboxItemOf<K>, request: AdviceRequest, deps: HandlerDeps) => Promise<Partial<AdviceRequest>>;

/** One delivery per kind of item; the compiler refuses a missing one. */
const DELIVER: { [K in OutboxKind]: Deliver<K> } = {
  async audit(item, _request, deps) {
    await deps.store.audit.append(item.event);
    return {};
  },
  async announce(item, request, deps) {
    await announceNow(request, item.announce.event, deps, { channelOnly: item.announce.channelOnly });
    return {};
  },
  async route(_item, request, deps) {
    const settings = await deps.store.tenants.get(request.tenantId);
    // The request's setting's queue (requests from before settings: the organisation's own).
    const queue = queueFor(settings, request);
    // No queue yet: the item stays owed and is delivered once a queue is set up.
    if (!queue) throw new NoLeadsQueue();
    if (request.channelPost) return {};
    const card = leadRequestCard(request, { viewer: 'everyone', hideAsker: settings.hideAskerIdentity === true });
    const { activityId } = await deps.outbound.post({ address: channelAddress(request.tenantId, queue) }, card, {
      summary: `New request ${request.reference} (${card.data.urgencyText})`,
    });
    return { channelPost: { conversationId: queue.channelId, activityId } };
  },
  async reminder(item, request, deps) {
    // Rule 7: no reminder once a decision is recorded (and none after that), or once the request is closed.
    const recorded = await deps.store.decisions.first(request.tenantId, recordIdFor(request.id));
    if (recorded || request.status !== 'answered') return stopReminders(request);
    const address = await deps.store.chatAddresses.find(request.tenantId, 'personal', request.asker.id);
    if (!address) return {};
    await deps.outbound.post({ address }, reminderCard(request, item.number), { summary: `Record your decision on ${request.reference}` });
    return {};
  },
  async escalation(item, request, deps) {
    const settings = await deps.store.tenants.get(request.tenantId);
    const queue = queueFor(settings, request);
    const text = ESCALATION_TEXT[item.stage](request);
    const card = { name: 'notice' as const, data: { title: `Escalation: ${request.reference}`, text, style: 'attention' as const, actions: [] } };
    // Each recipient once: when one fails, the item is retried for the others only.
    const current = request.outbox.find((i) => i.id === item.id);
    const reached = new Set(current?.kind === 'escalation' ? (current.reached ?? []) : []);
    const reach = async (recipient: string, post: () => Promise<unknown>): Promise<void> => {
      if (reached.has(recipient)) return;
      await post();
      await deps.store.requests.update(request.tenantId, request.id, (latest) => markReached(latest, item.id, recipient));
    };
    if (queue) await reach('channel', () => deps.outbound.post({ address: channelAddress(request.tenantId, queue) }, card, { summary: `Escalation: ${request.reference}` }));
    for (const contact of escalationContactsFor(settings, request, item.stage)) {
      const address = await deps.store.chatAddresses.find(request.tenantId, 'personal', contact);
      if (address) await reach(`contact:${contact}`, () => deps.outbound.post({ address }, card, { summary: `Escalation: ${request.reference}` }));
    }
    return {};
  },
};

function deliver(item: OutboxItem, request: AdviceRequest, deps: HandlerDeps): Promise<Partial<AdviceRequest>> {
  return (DELIVER[item.kind] as Deliver<OutboxKind>)(item, request, deps);
}

export function createScheduler(deps: HandlerDeps): Scheduler {
  /**
   * Delivers a request's owed items in order under one lease, then removes those delivered in one
   * write. An item for a tenant with no leads' queue waits (its lease expires); any other failure
   * stops the rest, which stay owed for the next pass, after what was delivered is removed.
   */
  async function deliverOutbox(request: AdviceRequest): Promise<number> {
    let taken: { request: AdviceRequest; itemIds: string[] } | undefined;
    await deps.store.requests.update(request.tenantId, request.id, (current) => {
      taken = leaseDue(current, deps.clock.now(), deps.escalation);
      return taken?.request;
    });
    if (!taken) return 0;
    const leased = taken.request;
    let current = leased;
    const delivered: { itemId: string; patch: Partial<AdviceRequest> }[] = [];
    let failure: Error | undefined;
    for (const itemId of taken.itemIds) {
      const item = current.outbox.find((i) => i.id === itemId);
      if (!item) continue;
      try {
        const patch = await deliver(item, current, deps);
        delivered.push({ itemId, patch });
        // What one delivery produced (the channel post) is what the next needs (its card update).
        current = { ...current, ...patch };
      } catch (err) {
        if (err instanceof NoLeadsQueue) continue;
        failure = err instanceof Error ? err : new Error('outbox delivery failed', { cause: err });
        break;
      }
    }
    if (delivered.length > 0) {
      const done = await deps.store.requests.update(request.tenantId, request.id, (latest) => completeItems(latest, delivered));
      // A lead may have acted while the new request's card was on its way: bring the channel card up to date.
      const routed = delivered.some((d) => leased.outbox.find((i) => i.id === d.itemId)?.kind === 'route');
      if (done && routed && done.updatedAt !== leased.updatedAt) announce(done, 'claimed', deps, { channelOnly: true });
    }
    if (failure !== undefined) throw failure;
    return delivered.length;
  }

  /**
   * Retention: removes decision records (every version, once the latest is past its period) and
   * requests past theirs, each leaving an audit event that says what was purged and when.
   * Does not rely on Cosmos DB TTL (the local server does not enforce it).
   */
  async function purgePastRetention(now: Date): Promise<number> {
    let purged = 0;
    const at = now.toISOString();
    for (const { tenantId, recordId } of await deps.store.decisions.listPastRetention(now, BATCH)) {
      const versions = await deps.store.decisions.versions(tenantId, recordId);
      const latest = versions.at(-1);
      if (!latest?.purgeAfter || latest.purgeAfter > at) continue;
      await deps.store.audit.append({
        id: `${recordId}:purged`,
        tenantId,
        subjectType: 'decision',
        subjectId: recordId,
        reference: latest.reference,
        action: 'purged',
        actor: { ...SYSTEM_ACTOR },
        at,
        details: { versions: versions.length, retentionEnded: latest.purgeAfter },
      });
      await deps.store.decisions.purge(tenantId, recordId);
      // The tab's row holds the record's fields: it goes too, and the weeks it counted in are recomputed.
      const view = await deps.store.reporting.getView(tenantId, recordId);
      await deps.store.reporting.deleteView(tenantId, recordId);
      for (const week of new Set([view?.week, view?.askedWeek].filter((w): w is string => w !== undefined))) await refreshWeek(tenantId, week, deps);
      purged++;
    }
    for (const request of await deps.store.requests.listPastRetention(now, BATCH)) {
      await deps.store.audit.append({
        id: `${request.id}:purged`,
        tenantId: request.tenantId,
        subjectType: 'request',
        subjectId: request.id,
        reference: request.reference,
        action: 'purged',
        actor: { ...SYSTEM_ACTOR },
        at,
        details: { status: request.status, retentionEnded: request.purgeAfter ?? '' },
      });
      await deps.store.requests.purge(request.tenantId, request.id);
      // Its week's figures no longer count it (an answered request without a decision, above all).
      await refreshWeek(request.tenantId, weekOf(request.createdAt), deps);
      purged++;
    }
    return purged;
  }

  return {
    async runOnce() {
      const now = deps.clock.now();
      const due = await deps.store.requests.listDue(now, BATCH);
      let delivered = 0;
      let failed = 0;
      for (const request of due) {
        try {
          const escalated = await deps.store.requests.update(request.tenantId, request.id, (current) => {
            const next = escalateDue(current, now, () => deps.ids.newId()) ?? current;
            return remindDue(next, now, () => deps.ids.newId()) ?? (next === current ? undefined : next);
          });
          delivered += await deliverOutbox(escalated ?? request);
        } catch (err) {
          // Left due (its lease expires); the next pass retries.
          failed++;
          deps.log.warn({ event: 'scheduler.request_failed', requestId: request.id, tenantId: request.tenantId, ...errorFields(err) }, 'scheduled work failed; retried next pass');
        }
      }
      const purged = await purgePastRetention(now).catch((err: unknown) => {
        failed++;
        deps.log.warn({ event: 'scheduler.retention_failed', ...errorFields(err) }, 'retention pass failed; retried next pass');
        return 0;
      });
      // Managers' figures: after delivery, so this pass's changes are counted.
      const reported = await catchUpReporting(deps).catch((err: unknown) => {
        failed++;
        deps.log.warn({ event: 'scheduler.reporting_failed', ...errorFields(err) }, 'reporting catch-up failed; retried next pass');
        return { records: 0, weeks: 0, more: false };
      });
      return { delivered, failed, purged, reportedWeeks: reported.weeks };
    },
    deliverSoon(request) {
      deps.later('outbox.deliver', async () => {
        await deliverOutbox(request);
      });
    },
  };
}
