/**
 * `npm start`: the bot on the embedded store plus the Microsoft 365 Agents Playground pointed
 * at it (telemetry off, no outbound connections). Open http://localhost:56150 in a browser.
 * The managers' Decisions tab is at http://127.0.0.1:3978/tabs/decisions with the local sign-in.
 * Ctrl+C stops both.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const port = process.env.PORT ?? '3978';
const children: ChildProcess[] = [];

function stopAll(code: number): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}

// Two settings in the playground's organisation (scripts/playground-settings.ts), before the bot opens the local store.
if (process.env.PLAYGROUND_SETTINGS !== 'off') {
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/playground-settings.ts'], { stdio: 'inherit', env: process.env });
  if (seeded.status !== 0) console.error('playground settings were not set up (the bot starts anyway)');
}

const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  // The local sign-in for the Decisions tab is switched on here, for this local run only.
  // The playground's team (.m365agentsplayground.yml) is granted to hold the leads' queue.
  env: {
    ...process.env,
    PORT: port,
    HOST: process.env.HOST ?? '127.0.0.1',
    TAB_DEV_SIGNIN: process.env.TAB_DEV_SIGNIN ?? 'true',
    LEADS_TEAM_IDS: process.env.LEADS_TEAM_IDS ?? '19:safeguarding-team@thread.tacv2',
  },
  stdio: 'inherit',
});
children.push(bot);
bot.on('exit', (code) => stopAll(code ?? 1));

async function waitForReady(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the bot did not become ready within 60 s');
}

await waitForReady();
const playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
const playground = spawn(
  process.execPath,
  [playgroundCli, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
  {
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: '.m365agentsplayground.yml',
    },
    stdio: 'inherit',
  },
);
children.push(playground);
playground.on('exit', (code) => stopAll(code ?? 0));
console.log(
  '\nAgents Playground: http://localhost:56150  (bot on port %s, local store; Ctrl+C to stop)\nDecisions tab (local sign-in): http://127.0.0.1:%s/tabs/decisions\n',
  port,
  port,
);
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => stopAll(0));
