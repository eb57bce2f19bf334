import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/make-icons.js';
import {
  MANIFEST_DIR,
  REPO_ROOT,
  buildAppPackage,
  renderManifest,
  validateManifest,
  valuesFromEnv,
  type PackageValues,
} from '../../scripts/package.js';

const VALUES: PackageValues = {
  TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  MICROSOFT_APP_ID: 'b1c2d3e4-1111-4222-8333-944455556666',
  PUBLIC_HOSTNAME: 'safeguarding.example.org',
};
const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
const render = (): Record<string, unknown> => renderManifest(template, VALUES);

interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: { scopes: string[]; commands: { title: string }[] }[];
}
interface StaticTab {
  entityId: string;
  name: string;
  contentUrl: string;
  websiteUrl: string;
  scopes: string[];
}

/** The newest Teams manifest version whose schema @microsoft/app-manifest bundles. */
function newestBundledVersion(): string {
  const dir = join(REPO_ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
  const minors = readdirSync(dir).flatMap((name) => /^v1\.(\d+)$/.exec(name)?.[1] ?? []).map(Number);
  return `1.${Math.max(...minors)}`;
}

describe('the manifest template', () => {
  it('renders to a manifest that is valid against the official schema, checked offline', async () => {
    const result = await validateManifest(render());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('uses the newest manifest version the bundled schemas know, with a matching $schema', () => {
    const manifest = render();
    expect(manifest.manifestVersion).toBe(newestBundledVersion());
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${String(manifest.manifestVersion)}/MicrosoftTeams.schema.json`,
    );
  });

  it('is reported invalid when the bot id is missing', async () => {
    const manifest = render();
    const bots = manifest.bots as Partial<Bot>[];
    delete bots[0]!.botId;
    const result = await validateManifest(manifest);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/bots\/0.*botId/);
  });

  it('is reported invalid when the manifest version is not a known one', async () => {
    const result = await validateManifest({ ...render(), manifestVersion: '9.99' });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('9.99');
  });

  it('is reported invalid when the manifest version does not match the schema it names', async () => {
    const result = await validateManifest({ ...render(), manifestVersion: '1.19' });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/\$schema .* does not match manifestVersion 1\.19/);
  });

  it("takes the tab's SSO app id apart from the bot's (a managed-identity bot cannot expose the tab's API)", async () => {
    const tabApp = '0f1e2d3c-4b5a-4968-8776-655443322110';
    const manifest = renderManifest(template, { ...VALUES, TAB_SSO_APP_ID: tabApp });
    expect((manifest.bots as Bot[])[0]!.botId).toBe(VALUES.MICROSOFT_APP_ID);
    expect(manifest.webApplicationInfo).toEqual({ id: tabApp, resource: `api://${VALUES.PUBLIC_HOSTNAME}/${tabApp}` });
    expect((await validateManifest(manifest)).valid).toBe(true);
    // From the environment: an empty value (an unfilled toolkit line) means the bot's app; a wrong one is named.
    expect(valuesFromEnv({ TEAMS_APP_ID: VALUES.TEAMS_APP_ID, MicrosoftAppId: VALUES.MICROSOFT_APP_ID, PUBLIC_HOSTNAME: VALUES.PUBLIC_HOSTNAME, TAB_SSO_APP_ID: '' }).TAB_SSO_APP_ID).toBe(VALUES.MICROSOFT_APP_ID);
    expect(() => valuesFromEnv({ TEAMS_APP_ID: VALUES.TEAMS_APP_ID, MicrosoftAppId: VALUES.MICROSOFT_APP_ID, PUBLIC_HOSTNAME: VALUES.PUBLIC_HOSTNAME, TAB_SSO_APP_ID: 'tab-app' })).toThrow(/TAB_SSO_APP_ID must be a GUID/);
  });

  it('is reported invalid when the bot id is not a GUID or the short name is too long', async () => {
    const manifest = render();
    (manifest.bots as Bot[])[0]!.botId = 'not-a-guid';
    (manifest.name as { short: string }).short = 'x'.repeat(31);
    const result = await validateManifest(manifest);
    expect(result.valid).toBe(false);
    expect(result.errors.some((e) => e.startsWith('/bots/0/botId'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('/name/short'))).toBe(true);
  });

  it('has every placeholder replaced, with the ids from the input in the bot and webApplicationInfo', () => {
    const manifest = render();
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('${{');
    expect(manifest.id).toBe(VALUES.TEAMS_APP_ID);
    const bot = (manifest.bots as Bot[])[0]!;
    expect(bot.botId).toBe(VALUES.MICROSOFT_APP_ID);
    expect(manifest.webApplicationInfo).toEqual({
      id: VALUES.MICROSOFT_APP_ID,
      resource: `api://${VALUES.PUBLIC_HOSTNAME}/${VALUES.MICROSOFT_APP_ID}`,
    });
    expect(manifest.validDomains).toEqual([VALUES.PUBLIC_HOSTNAME]);
    expect(manifest.developer).toMatchObject({
      name: 'Safeguarding information sharing',
      privacyUrl: `https://${VALUES.PUBLIC_HOSTNAME}/privacy`,
      termsOfUseUrl: `https://${VALUES.PUBLIC_HOSTNAME}/terms`,
    });
  });

  it('refuses to render when a placeholder is left unfilled', () => {
    const withUnknown = template.replace('"version": "1.1.0"', '"version": "${{APP_VERSION}}"');
    expect(() => renderManifest(withUnknown, VALUES)).toThrow(/unfilled placeholders: \$\{\{APP_VERSION\}\}/);
  });

  it('refuses to render with a value that is not a GUID or a bare host name', () => {
    expect(() => renderManifest(template, { ...VALUES, MICROSOFT_APP_ID: 'bot' })).toThrow(/MicrosoftAppId/);
    expect(() => renderManifest(template, { ...VALUES, PUBLIC_HOSTNAME: 'https://x.example.org' })).toThrow(
      /PUBLIC_HOSTNAME/,
    );
  });

  it("has personal Decisions and Leads' queue tabs that point at /tabs/decisions and /tabs/leads on the host", () => {
    const tabs = render().staticTabs as StaticTab[];
    expect(tabs).toEqual([
      {
        entityId: 'decisions',
        name: 'Decisions',
        contentUrl: 'https://safeguarding.example.org/tabs/decisions',
        websiteUrl: 'https://safeguarding.example.org/tabs/decisions',
        scopes: ['personal'],
      },
      {
        entityId: 'queue',
        name: "Leads' queue",
        contentUrl: 'https://safeguarding.example.org/tabs/leads',
        websiteUrl: 'https://safeguarding.example.org/tabs/leads',
        scopes: ['personal'],
      },
    ]);
  });

  it('has a conversational personal and team bot with the agreed commands', () => {
    const manifest = render();
    const bot = (manifest.bots as Bot[])[0]!;
    expect(bot.scopes).toEqual(['personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    const titles = (scope: string) =>
      bot.commandLists.filter((list) => list.scopes.includes(scope)).flatMap((list) => list.commands.map((c) => c.title));
    expect(titles('personal')).toEqual(['help', 'ask', 'my requests', 'my decisions']);
    expect(titles('team')).toEqual(['set leads queue', 'help']);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
  });
});

describe('the icons', () => {
  const color = PNG.sync.read(readFileSync(join(MANIFEST_DIR, 'color.png')));
  const outline = PNG.sync.read(readFileSync(join(MANIFEST_DIR, 'outline.png')));

  it('are 192×192 for colour and 32×32 for outline', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('give a colour icon that is fully opaque', () => {
    const alphas = new Set<number>();
    for (let i = 3; i < color.data.length; i += 4) alphas.add(color.data[i]!);
    expect([...alphas]).toEqual([255]);
  });

  it('give an outline icon that is only white and transparency, with something drawn', () => {
    let opaque = 0;
    let transparent = 0;
    const notWhite: string[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) {
        transparent++;
        continue;
      }
      if (r !== 255 || g !== 255 || b !== 255) notWhite.push(`pixel ${i / 4}: rgba(${r}, ${g}, ${b}, ${a})`);
      if (a === 255) opaque++;
    }
    expect(notWhite).toEqual([]);
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(300);
  });

  it('are exactly what scripts/make-icons.ts draws (run `npm run icons` after changing it)', () => {
    expect(drawColorIcon().equals(readFileSync(join(MANIFEST_DIR, 'color.png')))).toBe(true);
    expect(drawOutlineIcon().equals(readFileSync(join(MANIFEST_DIR, 'outline.png')))).toBe(true);
  });
});

describe('the app package', () => {
  it('is a zip with exactly manifest.json, color.png and outline.png at its root', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(VALUES));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(manifest.id).toBe(VALUES.TEAMS_APP_ID);
    expect((await validateManifest(manifest)).valid).toBe(true);
    const colorInZip = await zip.file('color.png')!.async('nodebuffer');
    expect(colorInZip.equals(readFileSync(join(MANIFEST_DIR, 'color.png')))).toBe(true);
  });

  it('is byte-identical when built twice from the same values', async () => {
    const [a, b] = await Promise.all([buildAppPackage(VALUES), buildAppPackage(VALUES)]);
    expect(a.equals(b)).toBe(true);
  });

  it('is not built from a template that renders to an invalid manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), template.replace('"accentColor": "#0B5563"', '"accentColor": "teal"'));
      await expect(buildAppPackage(VALUES, dir)).rejects.toThrow(/not valid against its schema[\s\S]*accentColor/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reading the values from the environment', () => {
  it('maps MicrosoftAppId to the MICROSOFT_APP_ID placeholder and normalises case', () => {
    expect(
      valuesFromEnv({
        TEAMS_APP_ID: VALUES.TEAMS_APP_ID.toUpperCase(),
        MicrosoftAppId: ` ${VALUES.MICROSOFT_APP_ID} `,
        PUBLIC_HOSTNAME: 'Safeguarding.Example.ORG',
      }),
    ).toEqual({ ...VALUES, TAB_SSO_APP_ID: VALUES.MICROSOFT_APP_ID });
  });

  it('names every missing key', () => {
    expect(() => valuesFromEnv({})).toThrow(/TEAMS_APP_ID is missing[\s\S]*MicrosoftAppId is missing[\s\S]*PUBLIC_HOSTNAME is missing/);
  });

  it.each([
    ['TEAMS_APP_ID', 'not-a-guid'],
    ['MicrosoftAppId', '00000000-0000-0000-0000-000000000000'],
    ['PUBLIC_HOSTNAME', 'https://safeguarding.example.org'],
    ['PUBLIC_HOSTNAME', 'safeguarding.example.org/tabs'],
    ['PUBLIC_HOSTNAME', 'safeguarding.example.org:443'],
    ['PUBLIC_HOSTNAME', 'localhost'],
  ])('rejects %s=%s, naming the key', (key, value) => {
    const env = {
      TEAMS_APP_ID: VALUES.TEAMS_APP_ID,
      MicrosoftAppId: VALUES.MICROSOFT_APP_ID,
      PUBLIC_HOSTNAME: VALUES.PUBLIC_HOSTNAME,
      [key]: value,
    };
    expect(() => valuesFromEnv(env)).toThrow(new RegExp(`^${key} must`));
  });
});

describe('the package script', () => {
  const tsxCli = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const script = join(REPO_ROOT, 'scripts', 'package.ts');
  // Run from an empty directory so a developer's own .env cannot leak in, with nothing but PATH inherited.
  const cwd = mkdtempSync(join(tmpdir(), 'package-script-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [tsxCli, script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
  const good = {
    TEAMS_APP_ID: VALUES.TEAMS_APP_ID,
    MicrosoftAppId: VALUES.MICROSOFT_APP_ID,
    PUBLIC_HOSTNAME: VALUES.PUBLIC_HOSTNAME,
  };

  it('exits non-zero naming the key when one is missing', () => {
    const { MicrosoftAppId: _omitted, ...env } = good;
    const result = run(env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('MicrosoftAppId is missing');
    expect(result.stderr).not.toMatch(/TEAMS_APP_ID|PUBLIC_HOSTNAME/);
  });

  it('exits non-zero naming the key when one is invalid', () => {
    const result = run({ ...good, PUBLIC_HOSTNAME: 'https://safeguarding.example.org/' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PUBLIC_HOSTNAME must be a bare host name');
  });

  it('reads a .env file in the working directory, and writes the package where --out says', () => {
    writeFileSync(
      join(cwd, '.env'),
      `TEAMS_APP_ID=${good.TEAMS_APP_ID}\nMicrosoftAppId=${good.MicrosoftAppId}\nPUBLIC_HOSTNAME=${good.PUBLIC_HOSTNAME}\n`,
    );
    const out = join(cwd, 'out', 'app.zip');
    const result = run({}, ['--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(out);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    rmSync(join(cwd, '.env'));
  });
});
