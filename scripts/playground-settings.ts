/**
 * `npm start` runs this before the bot: the playground's organisation gets two settings, as an
 * administrator would set them up with `npm run tenant -- setting-add / allow-leads-team` —
 * Oakfield Primary, whose leads' queue may be the playground's *Safeguarding* team, and Riverside
 * Nursery, whose leads' team is not in the playground (so its requests wait, unseen by Oakfield's
 * leads). Only when the organisation has no settings yet; `PLAYGROUND_SETTINGS=off` skips it.
 */
import { pino } from 'pino';
import { LOCAL_DEV_TENANT_ID, loadConfig } from '../src/config.js';
import { openCosmosStore } from '../src/adapters/cosmos/store.js';
import { addSetting, grantLeadsTeam, setSettingField } from '../src/domain/tenant.js';

const PLAYGROUND_TEAM = '19:safeguarding-team@thread.tacv2';
const RIVERSIDE_TEAM = '19:riverside-leads-not-in-playground@thread.tacv2';

const config = loadConfig();
if (config.store.kind !== 'local') {
  console.error('playground-settings: only for the embedded local store; nothing changed');
  process.exit(0);
}
const store = await openCosmosStore(config.store, pino({ level: 'warn' }));
try {
  const written = await store.tenants.update(LOCAL_DEV_TENANT_ID, (t) => {
    if (t.settings && t.settings.length > 0) return undefined;
    let next = addSetting(t, { id: 'oakfield', name: 'Oakfield Primary' }, 'Safeguarding (whole organisation)');
    next = addSetting(next, { id: 'riverside', name: 'Riverside Nursery' }, 'Safeguarding (whole organisation)');
    // Earlier local data whose queue is already in the playground's team keeps it (as `main`).
    if (!next.settings?.some((s) => s.leadsQueue?.teamId === PLAYGROUND_TEAM)) next = grantLeadsTeam(next, 'oakfield', PLAYGROUND_TEAM);
    next = grantLeadsTeam(next, 'riverside', RIVERSIDE_TEAM);
    next = setSettingField(next, 'riverside', 'hours', 'Mon–Fri 8:00–18:00');
    return next;
  });
  if (written) console.log('playground: two settings set up (Oakfield Primary, Riverside Nursery)');
} finally {
  await store.close();
}
