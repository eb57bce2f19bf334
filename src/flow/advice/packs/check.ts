import { AGE_BANDS, AREAS_OF_CONCERN, CONSENT_STATUSES, type AgeBand, type AreaOfConcern, type ConsentStatus } from '../../../domain/advice.js';
import { GuidancePackSchema, JURISDICTIONS, type GuidancePack } from '../../../domain/guidance-pack.js';
import { allPaths, closing, forEachCondition, nextStep, stepDefinition, summarise, type Situation } from '../guidance.js';

/**
 * Checks and previews of a guidance pack, for `npm run tenant -- guidance-check` and the tests:
 * the schema, then every path for a spread of situations (each ends in a recording prompt, and
 * every step is reachable). Pure.
 */

export type PackCheck = { ok: true; pack: GuidancePack; warnings: string[] } | { ok: false; problems: string[] };

function mentioned(pack: GuidancePack): Record<'area' | 'ageBand' | 'consent' | 'involved' | 'recipients' | 'askerRole', Set<string>> {
  const m = { area: new Set<string>(), ageBand: new Set<string>(), consent: new Set<string>(), involved: new Set<string>(), recipients: new Set<string>(), askerRole: new Set<string>() };
  forEachCondition(pack, (c) => {
    for (const key of Object.keys(m) as (keyof typeof m)[]) if (key in c) for (const value of (c as Record<string, string[]>)[key]!) m[key].add(value);
  });
  return m;
}

/** The values a pack's conditions tell apart, plus one they do not: situations that exercise every condition. */
export function sampleSituations(pack: GuidancePack): Situation[] {
  const m = mentioned(pack);
  const pickFrom = <T extends string>(all: readonly T[], used: Set<string>): T[] => {
    const named = all.filter((x) => used.has(x));
    const other = all.find((x) => !used.has(x));
    return other ? [...named, other] : named;
  };
  const areas = pickFrom(Object.keys(AREAS_OF_CONCERN) as AreaOfConcern[], m.area);
  const ages = pickFrom(Object.keys(AGE_BANDS) as AgeBand[], m.ageBand);
  const base: Situation = { area: 'other', ageBand: '5_10', consent: 'not_yet_asked', involved: ['child', 'parent_or_carer'], recipients: ['childrens_social_care'], askerRole: 'teacher' };
  const out: Situation[] = [];
  for (const area of areas) for (const ageBand of ages) for (const consent of Object.keys(CONSENT_STATUSES) as ConsentStatus[]) out.push({ ...base, area, ageBand, consent });
  for (const p of m.involved) out.push({ ...base, involved: [p as Situation['involved'][number]] });
  for (const r of m.recipients) out.push({ ...base, recipients: [r as Situation['recipients'][number]] });
  for (const a of m.askerRole) out.push({ ...base, askerRole: a as Situation['askerRole'] });
  return out;
}

const RECORD = /\brecord\b/i;

export function checkPack(input: unknown): PackCheck {
  const parsed = GuidancePackSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(pack)'}: ${i.message}`) };
  }
  const pack = parsed.data;
  const problems: string[] = [];
  const warnings: string[] = [];
  const reached = new Set<string>();
  for (const situation of sampleSituations(pack)) {
    const paths = allPaths(pack, situation, 5000);
    if (paths.length >= 5000) warnings.push(`more than 5000 paths for ${situation.area}/${situation.ageBand}/${situation.consent}; only the first were checked`);
    for (const p of paths) {
      for (const s of p.offered) reached.add(s);
      if (p.emergency) continue;
      const ctx = { pack, situation, answers: p.answers };
      const end = closing(ctx);
      if (!RECORD.test(end.text)) problems.push(`the path ${p.path.join(' → ') || '(no steps)'} does not end in a recording prompt`);
      if (summarise(ctx).length === 0) problems.push(`no step applies for ${situation.area}/${situation.ageBand}/${situation.consent}`);
    }
  }
  pack.steps.forEach((step, i) => {
    if (!step.choices.some((c) => [...reached].some((r) => r === `${step.id}=${c.value}`))) warnings.push(`steps[${i}] (${step.id}) is never asked in any sample situation`);
  });
  return problems.length ? { ok: false, problems: [...new Set(problems)].slice(0, 50) } : { ok: true, pack, warnings };
}

/** A plain-text walk of a pack for one situation: every step and choice with its guidance (the first choice is followed). */
export function previewPack(pack: GuidancePack, situation: Situation): string {
  const lines: string[] = [
    `${pack.title} — ${pack.id} version ${pack.version}, published ${pack.published}, ${JURISDICTIONS[pack.jurisdiction]}`,
    pack.description,
    `Situation: ${situation.area}, age ${situation.ageBand}, consent ${situation.consent}`,
    '',
  ];
  const answers: Record<string, string> = {};
  for (let n = 1; n <= 30; n++) {
    const ctx = { pack, situation, answers };
    const stepId = nextStep(ctx);
    const def = stepId ? stepDefinition(ctx, stepId) : undefined;
    if (!def) break;
    lines.push(`${n}. ${def.title}: ${def.question}`);
    if (def.help) lines.push(`   ${def.help}`);
    for (const choice of def.choices) lines.push(`   - ${choice.title} [${choice.value}]`);
    const first = def.choices.find((c) => c.value !== 'immediate_danger') ?? def.choices[0]!;
    answers[def.step] = first.value;
  }
  const ctx = { pack, situation, answers };
  lines.push('', 'Following the first answer each time:');
  for (const s of summarise(ctx)) lines.push(`- ${s.title}: ${s.answerTitle}`, `  ${s.text}`, `  Source: ${s.citations.join('; ')}`);
  const end = closing(ctx);
  lines.push('', `Finally: ${end.text}`, `  Source: ${end.citations.join('; ')}`, '', 'Sources:');
  for (const s of pack.sources) lines.push(`- [${s.id}] ${s.title}. ${s.publisher}, ${s.year}.${s.url ? ` ${s.url}` : ''}${s.status !== 'current' ? ` (${s.status}${s.note ? `: ${s.note}` : ''})` : ''}`);
  return lines.join('\n');
}
