import { decisionEvent, makeDecisionReference, recordIdFor, ukToday, type DecisionRecord } from '../domain/decision.js';
import type { AdviceRequest, PersonRef } from '../domain/request.js';
import { confirmedKeys } from '../flow/advice/draft.js';
import { carriedCheck, checkDecisionText } from '../flow/decision/check.js';
import { parseDecisionForm, valuesFromContent } from '../flow/decision/form.js';
import { decisionFormCard, decisionSummaryCard, myDecisionsCard } from '../flow/decision/views.js';
import { purgeAfterFor, type Caller, type Handler, type HandlerDeps } from './context.js';
import { notFound } from '../flow/notices.js';
import { reportDecision } from '../jobs/reporting.js';

/**
 * Rule 7: the asker records the decision and the reasons. Every record version is created once
 * and never changed; an amendment is a new version with who, when and why.
 */

const MY_DECISIONS_LIMIT = 20;

function me(caller: Caller): PersonRef {
  return { id: caller.userId, displayName: caller.displayName };
}

async function requestOf(caller: Caller, requestId: string, deps: HandlerDeps): Promise<AdviceRequest | undefined> {
  if (!requestId) return undefined;
  const request = await deps.store.requests.get(caller.tenantId, requestId);
  return request && request.asker.id === caller.userId ? request : undefined;
}

export const startDecision: Handler<'decision.start'> = async (p, caller, deps) => {
  // The request and whether its record exists, side by side (the record's first version is a point read).
  const [request, first] = await Promise.all([
    requestOf(caller, p.requestId, deps),
    p.requestId ? deps.store.decisions.first(caller.tenantId, recordIdFor(p.requestId)) : Promise.resolve(undefined),
  ]);
  if (p.requestId && !request) return notFound('Request');
  if (request && first) {
    const existing = await deps.store.decisions.versions(caller.tenantId, recordIdFor(request.id));
    if (existing.length > 0 && existing.at(-1)!.decisionMaker.id !== caller.userId) return notFound('Decision record');
    if (existing.length > 0) return decisionSummaryCard(existing.at(-1)!, existing.length, { notice: 'You have already recorded a decision for this request. To change it, amend it.' });
  }
  return decisionFormCard({
    request,
    recordId: request ? recordIdFor(request.id) : `dec-${deps.ids.newId()}`,
    baseVersion: 0,
    maxDate: ukToday(deps.clock.now()),
  });
};

/**
 * After the answer: the version's audit event and the managers' read model. If either fails, the
 * scheduler's catch-up pass writes it (it appends the event of every new version; same id, so once).
 */
function afterRecording(record: DecisionRecord, deps: HandlerDeps): void {
  deps.later('audit.decision', () => deps.store.audit.append(decisionEvent(record)));
  deps.later('reporting.decision', () => reportDecision(record.tenantId, record.recordId, deps));
}

/** A request has at most one decision record, so a replayed first submit finds it. */

/**
 * Ids of records made without a request are issued by the server (`dec-` + a random id; before
 * that, `rec-` + a UUID). Nothing else is accepted from a card, so nobody can take the id of a
 * request's record (`rec-ISA-…`) and lock its asker out.
 */
const STANDALONE_RECORD_ID = /^(dec-[A-Za-z0-9-]{8,60}|rec-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The versions so far. A first submit needs only to know whether version 1 exists (a point read);
 * the whole list is read when amending, or when a first submit turns out to be a replay.
 */
async function versionsBefore(caller: Caller, recordId: string, amending: boolean, deps: HandlerDeps): Promise<DecisionRecord[]> {
  if (!amending && !(await deps.store.decisions.first(caller.tenantId, recordId))) return [];
  return deps.store.decisions.versions(caller.tenantId, recordId);
}

export const submitDecision: Handler<'decision.submit'> = async (p, caller, deps) => {
  if (!p.requestId && !STANDALONE_RECORD_ID.test(p.recordId)) return notFound('Decision record');
  const recordId = p.requestId ? recordIdFor(p.requestId) : p.recordId;
  // Read side by side: the request, the record so far, and the settings (retention) for later.
  // Nothing read here is shown before the checks below.
  const [request, previous] = await Promise.all([
    requestOf(caller, p.requestId, deps),
    versionsBefore(caller, recordId, p.baseVersion > 0, deps),
    caller.settings(),
  ]);
  if (p.requestId && !request) return notFound('Request');
  const latest = previous.at(-1);
  if (latest && latest.decisionMaker.id !== caller.userId) return notFound('Decision record');
  const amending = p.baseVersion > 0;
  if (amending && !p.amendId) return notFound('Amendment');
  const form = { request, recordId, baseVersion: p.baseVersion, amendId: p.amendId, maxDate: ukToday(deps.clock.now()), amending };
  // A repeated submit of the same amendment (Teams resends an unanswered invoke) adds nothing.
  const same = amending ? previous.find((v) => v.amendment?.id === p.amendId) : undefined;
  if (same) {
    // The first attempt may have stopped between the version and its audit event (same id: written once).
    await deps.store.audit.append(decisionEvent(same));
    return decisionSummaryCard(same, previous.length, { notice: 'This amendment had already been recorded.' });
  }

  if (!amending && latest) {
    // The first version exists already: a replayed or repeated submit, never a second record.
    await deps.store.audit.append(decisionEvent(latest));
    return decisionSummaryCard(latest, previous.length, { notice: 'This decision had already been recorded.' });
  }
  const parsed = parseDecisionForm(p, deps.clock.now(), { amending });
  if (!parsed.ok) {
    return decisionFormCard({ ...form, record: latest, values: parsed.values, problems: parsed.problems, notice: 'Please check the marked answers. Nothing has been recorded.' });
  }
  const checked = checkDecisionText(parsed.content, confirmedKeys(p), p.replace === 'true', parsed.amendReason);
  if (!checked.approved) {
    return decisionFormCard({
      ...form,
      record: latest,
      values: { ...valuesFromContent(checked.content), amendReason: checked.amendReason },
      check: checked.findings,
      notice: 'Some details may identify someone. Nothing has been recorded: replace them, or confirm they identify no one.',
    });
  }
  // A replacement can be longer than what it replaces ("Tom" → "[name]"): the limits are checked
  // again, or the record would fail its schema at the store and look like an outage.
  const replaced = parseDecisionForm({ ...valuesFromContent(checked.content), amendReason: checked.amendReason }, deps.clock.now(), { amending });
  if (!replaced.ok) {
    return decisionFormCard({
      ...form,
      record: latest,
      values: replaced.values,
      problems: replaced.problems,
      notice: 'The details were replaced, which made some answers too long. Please shorten them. Nothing has been recorded.',
    });
  }
  const reason = checked.amendReason;
  const now = deps.clock.now().toISOString();
  const base: Omit<DecisionRecord, 'id' | 'version'> = {
    recordId,
    tenantId: caller.tenantId,
    ...(request ? { requestId: request.id } : {}),
    reference: latest?.reference ?? request?.reference ?? makeDecisionReference(() => deps.ids.random()),
    content: checked.content,
    ...(request?.answer ? { advice: request.answer } : latest?.advice ? { advice: latest.advice } : {}),
    ...(request?.guidance ? { guidance: { pack: request.guidance.pack, packTitle: request.guidance.packTitle } } : latest?.guidance ? { guidance: latest.guidance } : {}),
    decisionMaker: me(caller),
    decidedAt: now,
    identifierCheck: amending ? carriedCheck(latest?.identifierCheck, checked.summary) : checked.summary,
    ...(amending ? { amendment: { id: p.amendId, by: me(caller), at: now, reason } } : {}),
    createdAt: now,
    purgeAfter: await purgeAfterFor(caller, deps.clock.now(), deps),
  };
  // Two amendments at once both land: the later one takes the next free version number.
  let version = amending ? Math.max(p.baseVersion, latest?.version ?? 0) + 1 : 1;
  for (let attempt = 0; attempt < 10; attempt++) {
    const record: DecisionRecord = { ...base, id: `${recordId}:v${version}`, version };
    const result = await deps.store.decisions.createVersion(record);
    if (result.outcome === 'created') {
      afterRecording(record, deps);
      return decisionSummaryCard(record, Math.max(version, previous.length + 1), {
        notice: amending ? `Amended: version ${version} recorded. Earlier versions stay readable.` : 'Recorded. Copy the reference and summary into your own case system.',
        previous: latest,
      });
    }
    if (!amending) return decisionSummaryCard(result.existing, 1, { notice: 'This decision had already been recorded.' });
    if (result.existing.amendment?.id === p.amendId) {
      return decisionSummaryCard(result.existing, result.existing.version, { notice: 'This amendment had already been recorded.' });
    }
    version++;
  }
  return decisionSummaryCard(latest!, previous.length, { notice: 'Too many amendments at once; please try again.' });
};

export const viewDecision: Handler<'decision.view'> = async (p, caller, deps) => {
  const versions = await deps.store.decisions.versions(caller.tenantId, p.recordId);
  const shown = p.version ? versions.find((v) => v.version === p.version) : versions.at(-1);
  if (!shown || shown.decisionMaker.id !== caller.userId) return notFound('Decision record');
  return decisionSummaryCard(shown, versions.length, { previous: versions.find((v) => v.version === shown.version - 1) });
};

export const amendDecision: Handler<'decision.amend'> = async (p, caller, deps) => {
  const versions = await deps.store.decisions.versions(caller.tenantId, p.recordId);
  const latest = versions.at(-1);
  if (!latest || latest.decisionMaker.id !== caller.userId) return notFound('Decision record');
  const request = latest.requestId ? await requestOf(caller, latest.requestId, deps) : undefined;
  return decisionFormCard({
    request,
    recordId: latest.recordId,
    baseVersion: latest.version,
    amendId: `amend-${deps.ids.newId()}`,
    maxDate: ukToday(deps.clock.now()),
    amending: true,
    record: latest,
    values: valuesFromContent(latest.content),
    notice: `Amending version ${latest.version}. The record is not changed: a new version is added, and every version stays readable.`,
  });
};

export const myDecisions: Handler<'decisions.mine'> = async (_p, caller, deps) => {
  return myDecisionsCard(await deps.store.decisions.listByMaker(caller.tenantId, caller.userId, MY_DECISIONS_LIMIT));
};
