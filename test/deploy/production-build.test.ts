import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthServer } from '../kit/auth.js';
import { FakeConnector } from '../kit/connector.js';
import { Chat, actionsOf, textOf } from '../kit/chat.js';
import { personalMessage } from '../kit/activities.js';
import { ASK } from '../kit/flows.js';
import { startBuiltApp, type BuiltApp } from '../kit/built-app.js';
import { runtimeCopies } from '../kit/dockerfile.js';

/**
 * The README's deployment steps, exactly: in a copy of the repository (the files git would commit, no
 * node_modules, dist or local data) `npm ci`, `npm run build`, `npm prune --omit=dev`, then `node
 * dist/main.js` on the embedded defaults. It must become ready, answer a turn (with Bot Framework
 * authentication off and on) and serve the Decisions tab, with no dev dependency installed. It runs from
 * a folder holding only what the Dockerfile's runtime stage copies, so that list is tested too.
 */

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What npm would see from a shell: not vitest's or an enclosing `npm test`'s own settings. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'NODE_OPTIONS' || k.startsWith('VITEST') || (k.startsWith('npm_') && k !== 'npm_config_cache')) continue;
    env[k] = v;
  }
  return { ...env, NODE_ENV: '' };
}

function copyRepository(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    // A worktree's node_modules may be a symlink (not ignored as a directory would be): never copy it, or npm ci there empties the original.
    .filter((f) => f !== '' && f !== 'node_modules' && !f.startsWith('node_modules/') && existsSync(join(root, f)));
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(root, f), join(to, f));
  }
}

describe('the production build: npm ci → npm run build → npm prune --omit=dev → node dist/main.js', () => {
  let dir: string;
  /** Only the paths the Dockerfile's runtime stage copies (node_modules linked, the rest copied). */
  let runtimeDir: string;
  const seconds: Record<string, number> = {};
  const step = async (name: string, args: string[]): Promise<void> => {
    const t0 = performance.now();
    await run('npm', args, { cwd: dir, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    seconds[name] = (performance.now() - t0) / 1000;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deploy-'));
    copyRepository(dir);
    await step('ci', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
    await step('build', ['run', 'build']);
    await step('prune', ['prune', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund']);
    runtimeDir = join(dir, '.runtime');
    mkdirSync(join(runtimeDir, '.data'), { recursive: true });
    for (const path of runtimeCopies()) {
      if (path === 'node_modules') symlinkSync(join(dir, path), join(runtimeDir, path), 'dir');
      else cpSync(join(dir, path), join(runtimeDir, path), { recursive: true });
    }
  }, 600_000);
  afterAll(async () => {
    process.stdout.write(`production build steps (s): ${JSON.stringify(Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Number(v.toFixed(1))])))}\n`);
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('leaves no dev dependency installed, and dist holds the server and the tab', () => {
    for (const dev of ['typescript', 'tsx', 'esbuild', 'vitest', '@faker-js/faker', '@microsoft/teams-js']) expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
    for (const built of ['dist/main.js', 'dist/tab/index.html', 'dist/tab/app.js', 'dist/tab/app.css']) expect(existsSync(join(dir, built)), built).toBe(true);
  });

  describe('on the embedded defaults (no configuration at all: authentication off, local use)', () => {
    const connector = new FakeConnector();
    let app: BuiltApp;
    beforeAll(async () => {
      await connector.start();
      app = await startBuiltApp(runtimeDir, {});
    }, 60_000);
    afterAll(async () => {
      expect(await app.stop()).toBe(0);
      await connector.stop();
    });

    it('is alive and ready', async () => {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    });

    it('answers a staff member: the welcome card, the request form, and the identifier check on a question with a name in it', async () => {
      const chat = new Chat(app, connector);
      const [welcome] = await chat.say('hi');
      expect(textOf(welcome!)).toContain('999');
      const form = await chat.click(welcome!, 'advice.start');
      const checked = await chat.click(form, 'advice.submitForm', { ...ASK, question: `${ASK.question} Her name is Kacper Nowak.` });
      expect(actionsOf(checked).map((a) => a.verb)).toContain('advice.applyReplacements');
      // Logs carry ids and codes only.
      expect(JSON.stringify(app.logs)).not.toContain('Kacper');
    });

    it('serves the Decisions tab page and its script', async () => {
      const page = await fetch(`${app.url}/tabs/decisions`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toMatch(/<html/i);
      const script = await fetch(`${app.url}/tabs/assets/app.js`);
      expect(script.status).toBe(200);
    });
  });

  describe('with Bot Framework authentication on (a local key set and token service)', () => {
    const auth = new AuthServer();
    const connector = new FakeConnector();
    let app: BuiltApp;
    beforeAll(async () => {
      await auth.start();
      await connector.start();
      connector.acceptToken = (token) => auth.isOutboundToken(token);
      app = await startBuiltApp(runtimeDir, { ...auth.env(), LOCAL_STORE_FILE: join(runtimeDir, '.data', 'auth-cosmos.json') });
    }, 60_000);
    afterAll(async () => {
      expect(await app.stop()).toBe(0);
      await connector.stop();
      await auth.stop();
    });

    it('refuses an unauthenticated POST /api/messages with 401', async () => {
      expect((await app.post(personalMessage(connector.url, { text: 'hi' }))).status).toBe(401);
      expect(connector.calls).toHaveLength(0);
    });

    it('runs a turn with a valid channel token and replies with its own outbound token', async () => {
      const chat = new Chat(app, connector, undefined, () => auth.mint({ serviceUrl: connector.url }));
      const [welcome] = await chat.say('hi');
      expect(textOf(welcome!)).toContain('999');
      expect(auth.tokensIssued).toBeGreaterThan(0);
    });
  });
});
