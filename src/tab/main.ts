import { startLeadsSession } from './leads-session.js';
import { startSession } from './session.js';
import { createShell } from './shell.js';
import { asTheme } from './teams.js';
import { readParams } from './ui.js';
import { showViews } from './views.js';

/**
 * The Decisions tab page: the shell (regions, alerts, theme) → sign-in (session.ts) → the
 * views (views.ts: the list with a record's detail, and trends); at /tabs/leads, the leads' queue.
 */
const page = createShell(asTheme(readParams().get('theme')) ?? 'default');
// One page, two tabs: /tabs/leads is the leads' view of their queue (leads-session.ts).
if (window.location.pathname === '/tabs/leads') startLeadsSession(page);
else startSession(page, (ctx) => showViews(page.content, ctx));
