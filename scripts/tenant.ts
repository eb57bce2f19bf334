/**
 * Per-tenant settings, written to the store the app uses (Cosmos DB, or the local store file —
 * stop the app first when using the local store, or its next snapshot overwrites this change).
 *
 *   npm run tenant -- show <tenantId>
 *   npm run tenant -- front-door <tenantId> "<phone number>" ["<name>"]
 *   npm run tenant -- escalate-to <tenantId> <entraObjectId>[,<entraObjectId>…]
 *   npm run tenant -- hide-asker <tenantId> true|false
 *   npm run tenant -- retention <tenantId> <days>
 *   npm run tenant -- allow-leads-team <tenantId> <teamId>     (the team may then hold the leads' queue)
 *   npm run tenant -- disallow-leads-team <tenantId> <teamId>
 */
import { pino } from 'pino';
import { z } from 'zod';
import { loadConfig } from '../src/config.js';
import { openCosmosStore } from '../src/adapters/cosmos/store.js';

const Args = z.union([
  z.tuple([z.literal('show'), z.uuid()]),
  z.tuple([z.literal('front-door'), z.uuid(), z.string().regex(/^[0-9 +()-]{3,40}$/)]),
  z.tuple([z.literal('front-door'), z.uuid(), z.string().regex(/^[0-9 +()-]{3,40}$/), z.string().min(1).max(120)]),
  z.tuple([z.literal('escalate-to'), z.uuid(), z.string().regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36})*$/i)]),
  z.tuple([z.literal('hide-asker'), z.uuid(), z.enum(['true', 'false'])]),
  z.tuple([z.literal('retention'), z.uuid(), z.string().regex(/^[1-9][0-9]{0,4}$/)]),
  z.tuple([z.enum(['allow-leads-team', 'disallow-leads-team']), z.uuid(), z.string().regex(/^19:[^\s]{1,250}$/, 'a Teams team id such as 19:…@thread.tacv2')]),
]);

const parsed = Args.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error('usage: npm run tenant -- show <tenantId> | front-door <tenantId> "<phone>" ["<name>"] | escalate-to <tenantId> <objectId,...> | hide-asker <tenantId> true|false | retention <tenantId> <days> | allow-leads-team <tenantId> <teamId> | disallow-leads-team <tenantId> <teamId>');
  process.exit(2);
}
const args = parsed.data;
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
  if (args[0] === 'hide-asker') {
    const current = await store.tenants.get(args[1].toLowerCase());
    await store.tenants.put({ ...current, hideAskerIdentity: args[2] === 'true' });
  }
  if (args[0] === 'allow-leads-team' || args[0] === 'disallow-leads-team') {
    const current = await store.tenants.get(args[1].toLowerCase());
    const others = (current.leadsTeamIds ?? []).filter((t) => t !== args[2]);
    await store.tenants.put({ ...current, leadsTeamIds: args[0] === 'allow-leads-team' ? [...others, args[2]] : others });
  }
  console.log(JSON.stringify(await store.tenants.get(args[1].toLowerCase()), null, 2));
} finally {
  await store.close();
}
