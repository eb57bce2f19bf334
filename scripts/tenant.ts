/**
 * Per-tenant settings, written to the store the app uses (Cosmos DB, or the local store file —
 * stop the app first when using the local store, or its next snapshot overwrites this change).
 *
 *   npm run tenant -- show <tenantId>
 *   npm run tenant -- front-door <tenantId> "<phone number>" ["<name>"]
 *   npm run tenant -- escalate-to <tenantId> <entraObjectId>[,<entraObjectId>…]
 *   npm run tenant -- hide-asker <tenantId> true|false
 *   npm run tenant -- retention <tenantId> <days>
 *   npm run tenant -- allow-leads-team <tenantId> <teamId> [<settingId>]   (the team may then hold that setting's leads' queue)
 *   npm run tenant -- disallow-leads-team <tenantId> <teamId>
 *
 * Settings (schools, nurseries, teams, each with its own leads; see README, "Settings"):
 *   npm run tenant -- settings <tenantId>                      list them
 *   npm run tenant -- setting-add <tenantId> <settingId> "<name>" ["<name of the organisation's own setting, main>"]
 *   npm run tenant -- setting-set <tenantId> <settingId> name|front-door|front-door-name|lado|lado-name|hours|escalate-to|reminder-days "<value>"
 *
 * Guidance packs (see README, "Guidance packs"):
 *   npm run tenant -- guidance-export <packId>                 print a built-in pack as JSON, to edit
 *   npm run tenant -- guidance-check <file.json> [area] [ageBand] [consent]
 *                                                              validate; print problems, or a plain-text walk
 *   npm run tenant -- guidance-load <tenantId> <file.json|packId>   validate, then use it for that tenant only
 *   npm run tenant -- guidance-default <tenantId>              go back to the default pack
 */
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { z } from 'zod';
import { AgeBandSchema, AreaOfConcernSchema, ConsentStatusSchema } from '../src/domain/advice.js';
import type { GuidancePack } from '../src/domain/guidance-pack.js';
import { loadConfig } from '../src/config.js';
import { SettingIdSchema, MAIN_SETTING_ID } from '../src/domain/setting.js';
import { SETTING_FIELDS, addSetting, grantLeadsTeam, revokeLeadsTeam, setSettingField, settingsOf, type TenantSettings } from '../src/domain/tenant.js';
import { openCosmosStore } from '../src/adapters/cosmos/store.js';
import { checkPack, previewPack } from '../src/flow/advice/packs/check.js';
import { BUILT_IN_PACKS, DEFAULT_PACK } from '../src/flow/advice/packs/index.js';

const TeamId = z.string().regex(/^19:[^\s]{1,250}$/, 'a Teams team id such as 19:…@thread.tacv2');
const Args = z.union([
  z.tuple([z.literal('show'), z.uuid()]),
  z.tuple([z.literal('front-door'), z.uuid(), z.string().regex(/^[0-9 +()-]{3,40}$/)]),
  z.tuple([z.literal('front-door'), z.uuid(), z.string().regex(/^[0-9 +()-]{3,40}$/), z.string().min(1).max(120)]),
  z.tuple([z.literal('escalate-to'), z.uuid(), z.string().regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36})*$/i)]),
  z.tuple([z.literal('hide-asker'), z.uuid(), z.enum(['true', 'false'])]),
  z.tuple([z.literal('retention'), z.uuid(), z.string().regex(/^[1-9][0-9]{0,4}$/)]),
  z.tuple([z.enum(['allow-leads-team', 'disallow-leads-team']), z.uuid(), TeamId]),
  z.tuple([z.literal('allow-leads-team'), z.uuid(), TeamId, SettingIdSchema]),
  z.tuple([z.literal('settings'), z.uuid()]),
  z.tuple([z.literal('setting-add'), z.uuid(), SettingIdSchema, z.string().min(1).max(120)]),
  z.tuple([z.literal('setting-add'), z.uuid(), SettingIdSchema, z.string().min(1).max(120), z.string().min(1).max(120)]),
  z.tuple([z.literal('setting-set'), z.uuid(), SettingIdSchema, z.enum(SETTING_FIELDS), z.string().max(400)]),
  z.tuple([z.literal('guidance-export'), z.string().min(1)]),
  z.tuple([z.literal('guidance-check'), z.string().min(1)]).rest(z.string()),
  z.tuple([z.literal('guidance-load'), z.uuid(), z.string().min(1)]),
  z.tuple([z.literal('guidance-default'), z.uuid()]),
]);

const USAGE =
  'usage: npm run tenant -- show <tenantId> | front-door <tenantId> "<phone>" ["<name>"] | escalate-to <tenantId> <objectId,...> | hide-asker <tenantId> true|false | retention <tenantId> <days>\n' +
  '       | allow-leads-team <tenantId> <teamId> [<settingId>] | disallow-leads-team <tenantId> <teamId>\n' +
  '       | settings <tenantId> | setting-add <tenantId> <settingId> "<name>" ["<name for main>"] | setting-set <tenantId> <settingId> <field> "<value>"\n' +
  `         setting fields: ${SETTING_FIELDS.join(', ')}\n` +
  '       | guidance-export <packId> | guidance-check <file.json> [area] [ageBand] [consent] | guidance-load <tenantId> <file.json|packId> | guidance-default <tenantId>\n' +
  `       built-in packs: ${Object.keys(BUILT_IN_PACKS).join(', ')}`;

/** A built-in pack by id, or a JSON file; validated. Prints the problems and exits 1 when it does not validate. */
function packFrom(source: string): GuidancePack {
  let raw: unknown = BUILT_IN_PACKS[source];
  if (raw === undefined) {
    try {
      raw = JSON.parse(readFileSync(source, 'utf8')) as unknown;
    } catch (err) {
      console.error(`cannot read ${source} as JSON: ${(err as Error).message}`);
      process.exit(1);
    }
  }
  const checked = checkPack(raw);
  if (!checked.ok) {
    console.error(`${source} is not a valid guidance pack:`);
    for (const p of checked.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  for (const w of checked.warnings) console.error(`warning: ${w}`);
  return checked.pack;
}

const parsed = Args.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(USAGE);
  process.exit(2);
}
const args = parsed.data;

// Commands about a pack alone need no store.
if (args[0] === 'guidance-export') {
  const pack = BUILT_IN_PACKS[args[1]];
  if (!pack) {
    console.error(`no built-in pack "${args[1]}"; built-in packs: ${Object.keys(BUILT_IN_PACKS).join(', ')}`);
    process.exit(1);
  }
  console.log(JSON.stringify(pack, null, 2));
  process.exit(0);
}
if (args[0] === 'guidance-check') {
  const pack = packFrom(args[1]);
  const [area, ageBand, consent] = args.slice(2);
  const situation = {
    area: AreaOfConcernSchema.catch('other').parse(area ?? 'other'),
    ageBand: AgeBandSchema.catch('5_10').parse(ageBand ?? '5_10'),
    consent: ConsentStatusSchema.catch('not_yet_asked').parse(consent ?? 'not_yet_asked'),
    involved: ['child' as const],
    recipients: ['childrens_social_care' as const],
    askerRole: 'teacher' as const,
  };
  console.log(previewPack(pack, situation));
  console.log(`\nOK: ${pack.id} version ${pack.version} is valid.`);
  process.exit(0);
}

const store = await openCosmosStore(loadConfig().store, pino({ level: 'warn' }));
try {
  if (args[0] === 'front-door') {
    const current = await store.tenants.get(args[1].toLowerCase());
    await store.tenants.put({ ...current, frontDoorPhone: args[2], ...(args[3] ? { frontDoorName: args[3] } : {}) });
  }
  if (args[0] === 'escalate-to') {
    const current = await store.tenants.get(args[1].toLowerCase());
    await store.tenants.put({ ...current, escalationContacts: args[2].toLowerCase().split(',') });
  }
  if (args[0] === 'retention') {
    const current = await store.tenants.get(args[1].toLowerCase());
    await store.tenants.put({ ...current, retentionDays: Number(args[2]) });
  }
  if (args[0] === 'guidance-load') {
    const pack = packFrom(args[2]);
    const current = await store.tenants.get(args[1].toLowerCase());
    const loaded = current.guidancePack;
    if (loaded && loaded.id === pack.id && loaded.version >= pack.version && JSON.stringify(loaded) !== JSON.stringify(pack)) {
      // Records keep what their asker saw, but a version must name one text: changed content needs a new version.
      console.error(`${pack.id} version ${loaded.version} is already loaded with different content: raise "version" (to ${loaded.version + 1}) and try again.`);
      process.exit(1);
    }
    await store.tenants.put({ ...current, guidancePack: pack });
    console.error(`loaded ${pack.id} version ${pack.version} for tenant ${args[1].toLowerCase()} only`);
  }
  if (args[0] === 'guidance-default') {
    const current = await store.tenants.get(args[1].toLowerCase());
    // An undefined field is left out when the document is written, so this removes the tenant's pack.
    await store.tenants.put({ ...current, guidancePack: undefined });
    console.error(`tenant ${args[1].toLowerCase()} now uses the default pack (${DEFAULT_PACK.id} version ${DEFAULT_PACK.version})`);
  }
  if (args[0] === 'hide-asker') {
    const current = await store.tenants.get(args[1].toLowerCase());
    await store.tenants.put({ ...current, hideAskerIdentity: args[2] === 'true' });
  }
  /** A change to the settings, on their ETag; a refused change (e.g. a team granted elsewhere) is printed and nothing is written. */
  const change = async (tenantId: string, apply: (t: TenantSettings) => TenantSettings): Promise<void> => {
    try {
      await store.tenants.update(tenantId.toLowerCase(), apply);
    } catch (err) {
      console.error((err as Error).message);
      process.exitCode = 1;
    }
  };
  if (args[0] === 'allow-leads-team') {
    const settingId = args[3] ?? MAIN_SETTING_ID;
    await change(args[1], (t) => {
      if (args[3] === undefined && settingsOf(t).length > 1) throw new Error(`this organisation has ${settingsOf(t).length} settings: say which one the team is for (npm run tenant -- settings ${args[1]})`);
      return grantLeadsTeam(t, settingId, args[2]);
    });
  }
  if (args[0] === 'disallow-leads-team') await change(args[1], (t) => revokeLeadsTeam(t, args[2]));
  if (args[0] === 'setting-add') {
    await change(args[1], (t) => addSetting(t, { id: args[2], name: args[3] }, args[4] ?? 'Main'));
  }
  if (args[0] === 'setting-set') await change(args[1], (t) => setSettingField(t, args[2], args[3], args[4]));
  if (args[0] === 'settings') {
    const t = await store.tenants.get(args[1].toLowerCase());
    for (const s of settingsOf(t)) {
      console.log(`${s.id}\t${s.name}\tqueue: ${s.leadsQueue ? `team ${s.leadsQueue.teamId}` : 'not set'}\tgranted teams: ${(s.leadsTeamIds ?? []).join(', ') || 'none'}`);
    }
    process.exit(process.exitCode ?? 0);
  }
  const { guidancePack, ...settings } = await store.tenants.get(args[1].toLowerCase());
  // The pack is long: show which one, not all of it (guidance-export prints a built-in one whole).
  console.log(JSON.stringify({ ...settings, guidancePack: guidancePack ? `${guidancePack.id} version ${guidancePack.version} (${guidancePack.title})` : `default: ${DEFAULT_PACK.id} version ${DEFAULT_PACK.version}` }, null, 2));
} finally {
  await store.close();
}
