import { describe, expect, it } from 'vitest';
import type { GuidancePack } from '../../../src/domain/guidance-pack.js';
import type { AdviceRequest, StoredFields } from '../../../src/domain/request.js';
import type { TenantSettings } from '../../../src/domain/tenant.js';
import { TenantSettingsSchema } from '../../../src/domain/tenant.js';
import { answerStep, newDraft, shownOf, type Draft } from '../../../src/flow/advice/draft.js';
import { DEFAULT_PACK, LOCAL_PROCEDURES_PACK } from '../../../src/flow/advice/packs/index.js';
import { checkPack } from '../../../src/flow/advice/packs/check.js';
import { leadRequestCard } from '../../../src/flow/lead-views.js';
import { guidanceFrom } from '../../../src/handlers/context.js';

/**
 * What a record keeps of the guidance: the pack and version the asker saw and what it said, so a
 * request reads the same after the pack is updated; consent as the walk-through settled it; and an
 * organisation's own pack for that organisation only.
 */

const NOW = new Date('2026-12-01T10:00:00Z');
const FRONT_DOOR = { text: 'Call the front door.', speak: 'Call the front door.' };
const FIELDS: StoredFields = {
  area: 'sexual_abuse',
  involved: ['child', 'parent_or_carer'],
  ageBand: '5_10',
  urgency: 'today',
  informationKinds: ['disclosure'],
  recipients: ['childrens_social_care'],
  consent: 'not_yet_asked',
  askerRole: 'teacher',
};

function walk(pack: GuidancePack, answers: [string, string][]): Draft {
  let draft: Draft = { ...newDraft({ draftId: 'd1', conv: 'c1', reference: 'ISA-7K3Q', now: NOW }), stage: 'walkthrough', fields: FIELDS, question: 'May I share?', identifierCheck: { found: 0, replaced: 0, keptAsNotIdentifying: 0, keptKinds: [] }, pack: { id: pack.id, version: pack.version } };
  for (const [step, value] of answers) {
    const t = answerStep(draft, step, value, NOW, FRONT_DOOR, pack);
    if (!t.draft) throw new Error(`not applied: ${step}=${value}`);
    draft = t.draft;
  }
  return draft;
}

function requestOf(draft: Draft, pack: GuidancePack | undefined): AdviceRequest {
  return {
    id: draft.reference,
    tenantId: 't1',
    reference: draft.reference,
    draftId: draft.draftId,
    status: 'sent',
    asker: { id: 'u1', displayName: 'Sam Taylor' },
    fields: draft.fields!,
    question: draft.question!,
    identifierCheck: draft.identifierCheck!,
    answers: draft.answers,
    ...(pack ? { guidance: shownOf(draft, pack) } : {}),
    conversation: [],
    escalated: {},
    outbox: [],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

const AT_RISK: [string, string][] = [
  ['situation', 'own_concern'],
  ['purpose', 'safeguarding_child'],
  ['risk', 'yes_risk'],
  ['identities', 'no_one'],
  ['consent', 'yes_investigation'],
];

describe("the leads' card shows what the asker saw", () => {
  it('reconciles consent: the form said "not yet asked", the walk-through settled "not asking"; never both as if they agreed', () => {
    const card = leadRequestCard(requestOf(walk(DEFAULT_PACK, AT_RISK), DEFAULT_PACK), { viewer: 'everyone', hideAsker: false });
    const consent = card.data.facts.find((f) => f.title === 'Consent')?.value;
    expect(consent).toBe('Not asking: asking would increase risk to a child, prejudice an investigation or cause undue delay (on the form: not yet asked)');
    expect(card.data.guidance.at(-1)).toEqual({ question: 'Telling the family', answer: 'Yes: it could harm a police investigation' });
    expect(card.data.packNote).toBe('Guidance the asker saw: Information sharing in England, version 1 (2026-12-01).');
  });

  it('keeps showing what was shown after the organisation updates its pack', () => {
    const request = requestOf(walk(DEFAULT_PACK, AT_RISK), DEFAULT_PACK);
    const v2: GuidancePack = {
      ...DEFAULT_PACK,
      version: 2,
      steps: DEFAULT_PACK.steps.map((s) => (s.id === 'consent' ? { ...s, title: 'Talking to the family (new wording)' } : s)),
    };
    expect(checkPack(v2).ok).toBe(true);
    const card = leadRequestCard(request, { viewer: 'everyone', hideAsker: false });
    expect(card.data.guidance.map((g) => g.question)).not.toContain('Talking to the family (new wording)');
    expect(request.guidance?.pack).toEqual({ id: 'england-national', version: 1 });
    expect(request.guidance?.steps.find((s) => s.step === 'risk')?.text).toMatch(/Share without delay/);
  });

  it('reads a request made before guidance packs with the local-procedures pack (the old seven steps)', () => {
    const old = { ...requestOf(walk(LOCAL_PROCEDURES_PACK, [['purpose', 'safeguarding_child'], ['identifies', 'yes']]), undefined) };
    expect(old.guidance).toBeUndefined();
    const card = leadRequestCard(old, { viewer: 'everyone', hideAsker: false });
    expect(card.data.guidance).toEqual([
      { question: 'Purpose', answer: 'To safeguard a child or children' },
      { question: 'Identifying information', answer: 'Yes' },
    ]);
    expect(card.data.packNote).toBe('');
  });

  it('tells an asker part-way through when the pack changed, and carries on with the answers that still apply', () => {
    const draft = walk(DEFAULT_PACK, AT_RISK.slice(0, 2));
    const v2: GuidancePack = { ...DEFAULT_PACK, version: 2 };
    const t = answerStep(draft, 'risk', 'yes_risk', NOW, FRONT_DOOR, v2);
    expect(t.draft?.pack).toEqual({ id: 'england-national', version: 2 });
    expect(t.card.name).toBe('walkthroughStep');
    expect(JSON.stringify(t.card.data)).toMatch(/updated its guidance/);
    expect(t.card.name === 'walkthroughStep' && t.card.data.step).toBe('risk');
  });
});

describe("an organisation's own pack", () => {
  const settings: Record<string, TenantSettings> = {
    own: TenantSettingsSchema.parse({ tenantId: 'own', guidancePack: LOCAL_PROCEDURES_PACK }),
    other: { tenantId: 'other' },
    broken: TenantSettingsSchema.parse({ tenantId: 'broken', guidancePack: { ...LOCAL_PROCEDURES_PACK, sources: [] } }),
  };
  const deps = { defaultFrontDoorPhone: undefined };
  const of = (tenantId: string): TenantSettings => settings[tenantId] ?? { tenantId };

  it('is used for that tenant only; every other tenant gets the default pack', () => {
    expect(guidanceFrom(of('own'), deps).pack.id).toBe('local-procedures-2016');
    expect(guidanceFrom(of('other'), deps).pack.id).toBe('england-national');
  });

  it("names the tenant's own front door number in the guidance when its pack does not name one", () => {
    const { pack } = guidanceFrom({ tenantId: 'x', frontDoorPhone: '01709 336080', frontDoorName: "the Children's Front Door" }, deps);
    expect(pack.contacts.frontDoor).toBe("the Children's Front Door (01709 336080)");
    expect(pack.id).toBe('england-national');
    expect(DEFAULT_PACK.contacts.frontDoor).toBe("your local children's social care front door (MASH)");
  });

  it('that no longer validates is ignored (the default pack is used), rather than stopping the bot', () => {
    expect(settings.broken?.guidancePack).toBeUndefined();
    expect(guidanceFrom(of('broken'), deps).pack.id).toBe('england-national');
  });

  it('with an edited contact and wording validates; a citation of an unknown source, an unknown {placeholder} or a later step in a condition does not', () => {
    const edited = { ...DEFAULT_PACK, version: 2, contacts: { ...DEFAULT_PACK.contacts, lado: 'the LADO on 01709 823977' } };
    expect(checkPack(edited).ok).toBe(true);
    const broken = {
      ...DEFAULT_PACK,
      steps: DEFAULT_PACK.steps.map((s, i) =>
        i === 0
          ? { ...s, when: { answer: { step: 'risk', in: ['yes_risk'] } }, question: 'Who is {nobody}?', choices: s.choices.map((c) => ({ ...c, guidance: c.guidance.map((g) => ({ ...g, cite: [{ source: 'no-such-source' }] })) })) }
          : s,
      ),
    };
    const checked = checkPack(broken);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? '' : checked.problems.join('\n');
    expect(problems).toMatch(/no-such-source/);
    expect(problems).toMatch(/\{nobody\}/);
    expect(problems).toMatch(/not an earlier step/);
  });
});
