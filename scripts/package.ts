/**
 * Builds the Teams app package: `build/appPackage.zip` holding manifest.json, color.png and outline.png at its root.
 *
 *   npm run package                     # reads TEAMS_APP_ID, MicrosoftAppId, PUBLIC_HOSTNAME, optional TAB_SSO_APP_ID (and ./.env if present)
 *   npm run package -- --out some.zip   # write somewhere else
 *
 * The manifest template (manifest/manifest.json) carries ${{TEAMS_APP_ID}}, ${{MICROSOFT_APP_ID}} (the bot),
 * ${{TAB_SSO_APP_ID}} (the tab's SSO app: the bot's own id unless the bot is a managed identity, which cannot
 * expose an API) and ${{PUBLIC_HOSTNAME}} placeholders. The rendered manifest is checked against the JSON schema for its
 * manifestVersion bundled in @microsoft/app-manifest, entirely offline; nothing is written unless it passes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..');
export const MANIFEST_DIR = join(REPO_ROOT, 'manifest');
export const DEFAULT_OUT = join(REPO_ROOT, 'build', 'appPackage.zip');
/** The files of an app package, all at the zip root. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/* ---------- the values that fill the template ---------- */

/** What fills the placeholders, named as in the template. */
export interface PackageValues {
  TEAMS_APP_ID: string;
  MICROSOFT_APP_ID: string;
  /** The Entra app the tab's SSO token is for (webApplicationInfo); the bot's app id when not given. */
  TAB_SSO_APP_ID?: string;
  PUBLIC_HOSTNAME: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
/** At least two DNS labels of letters, digits and inner hyphens; no scheme, port, path or trailing dot. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

const guid = (key: string, what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${key} is missing: set it to ${what}` : `${key} must be a string`) })
    .trim()
    .refine((v) => GUID.test(v) && v !== NIL_GUID, {
      error: (issue) =>
        `${key} must be a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (it is ${what}), got "${String(issue.input)}"`,
    })
    .transform((v) => v.toLowerCase());

/** Validates the environment. Keys are the environment variable names; the output uses placeholder names. */
export const envSchema = z
  .object({
    TEAMS_APP_ID: guid('TEAMS_APP_ID', 'the Teams app id: one GUID per app, generated once and kept'),
    MicrosoftAppId: guid('MicrosoftAppId', "the bot's Microsoft Entra app (client) id"),
    // Empty (an unfilled toolkit env line) means "not given": the tab then uses the bot's app.
    TAB_SSO_APP_ID: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), guid('TAB_SSO_APP_ID', "the tab's SSO Entra app (client) id").optional()),
    PUBLIC_HOSTNAME: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'PUBLIC_HOSTNAME is missing: set it to the host name the app is served at, e.g. safeguarding.example.org'
            : 'PUBLIC_HOSTNAME must be a string',
      })
      .trim()
      .refine((v) => HOSTNAME.test(v), {
        error: (issue) =>
          `PUBLIC_HOSTNAME must be a bare host name such as safeguarding.example.org (no https://, port, path or slash), got "${String(issue.input)}"`,
      })
      .transform((v) => v.toLowerCase()),
  })
  .transform(
    (env): PackageValues => ({
      TEAMS_APP_ID: env.TEAMS_APP_ID,
      MICROSOFT_APP_ID: env.MicrosoftAppId,
      TAB_SSO_APP_ID: env.TAB_SSO_APP_ID ?? env.MicrosoftAppId,
      PUBLIC_HOSTNAME: env.PUBLIC_HOSTNAME,
    }),
  );

export class PackageConfigError extends Error {
  override name = 'PackageConfigError';
}

/** Reads and validates the three values from an environment; throws one message per wrong or missing key. */
export function valuesFromEnv(env: Record<string, string | undefined>): PackageValues {
  const result = envSchema.safeParse({
    TEAMS_APP_ID: env.TEAMS_APP_ID,
    MicrosoftAppId: env.MicrosoftAppId,
    TAB_SSO_APP_ID: env.TAB_SSO_APP_ID,
    PUBLIC_HOSTNAME: env.PUBLIC_HOSTNAME,
  });
  if (result.success) return result.data;
  throw new PackageConfigError(result.error.issues.map((issue) => issue.message).join('\n'));
}

/* ---------- rendering ---------- */

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Fills the placeholders in a manifest template (JSON text) and returns the manifest object.
 * Substitution happens inside parsed string values, so a value can never break the JSON.
 * Throws if the values are not valid, or if any `${{` is left afterwards (for example an unknown placeholder).
 */
export function renderManifest(template: string, values: PackageValues): Record<string, unknown> {
  const checked = envSchema.parse({
    TEAMS_APP_ID: values.TEAMS_APP_ID,
    MicrosoftAppId: values.MICROSOFT_APP_ID,
    TAB_SSO_APP_ID: values.TAB_SSO_APP_ID,
    PUBLIC_HOSTNAME: values.PUBLIC_HOSTNAME,
  });
  const lookup: Record<string, string> = { ...checked };
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') return node.replace(PLACEHOLDER, (whole, name: string) => lookup[name] ?? whole);
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [fill(key) as string, fill(value)]));
    }
    return node;
  };
  const parsed: unknown = JSON.parse(template);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('the manifest template must be a JSON object');
  }
  const rendered = fill(parsed) as Record<string, unknown>;
  const leftovers = [...new Set(JSON.stringify(rendered).match(/\$\{\{[^}]*\}?\}?/g) ?? [])];
  if (leftovers.length > 0) {
    throw new Error(`the manifest still has unfilled placeholders: ${leftovers.join(', ')}`);
  }
  return rendered;
}

/* ---------- validation against the bundled schema ---------- */

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

const require = createRequire(import.meta.url);
const schemasDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** The bundled Teams manifest JSON schema for a manifestVersion such as "1.30", or undefined if not bundled. */
export function loadBundledSchema(manifestVersion: string): object | undefined {
  if (!/^(?:1\.\d{1,2}|devPreview)$/.test(manifestVersion)) return undefined;
  const dir = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const file = join(schemasDir, dir, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) return undefined;
  // Some published schemas carry "\a"/"\v" in regexes, which are not JSON escapes.
  const text = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(text) as object;
}

/**
 * Validates a manifest object against the official JSON schema for its own manifestVersion, offline.
 * The schema is always passed in explicitly, so @microsoft/app-manifest never tries to download one.
 */
export async function validateManifest(manifest: unknown): Promise<ValidationResult> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return { valid: false, errors: ['the manifest must be a JSON object'] };
  }
  const record = manifest as Record<string, unknown>;
  const version = record.manifestVersion;
  if (typeof version !== 'string') {
    return { valid: false, errors: ['/manifestVersion is missing or not a string'] };
  }
  const schema = loadBundledSchema(version);
  if (schema === undefined) {
    return { valid: false, errors: [`/manifestVersion "${version}" has no schema bundled in @microsoft/app-manifest`] };
  }
  const errors: string[] = [];
  const schemaUrl = record.$schema;
  const schemaDir = version === 'devPreview' ? 'vDevPreview' : `v${version}`;
  if (typeof schemaUrl === 'string' && !schemaUrl.includes(`/${schemaDir}/`)) {
    errors.push(`/$schema ${schemaUrl} does not match manifestVersion ${version}`);
  }
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  errors.push(
    ...(await AppManifestUtils.validateAgainstSchema(
      record as unknown as Parameters<Validate>[0],
      schema as unknown as Parameters<Validate>[1],
    )),
  );
  return { valid: errors.length === 0, errors };
}

/* ---------- the package ---------- */

/** A fixed timestamp for zip entries, so the same inputs give byte-identical packages. */
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/** Renders, validates and zips the app package. Throws, writing nothing, if the manifest is not valid. */
export async function buildAppPackage(values: PackageValues, manifestDir: string = MANIFEST_DIR): Promise<Buffer> {
  const manifest = renderManifest(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), values);
  const result = await validateManifest(manifest);
  if (!result.valid) {
    throw new Error(`the rendered manifest is not valid against its schema:\n  ${result.errors.join('\n  ')}`);
  }
  const icons = manifest.icons as { color: string; outline: string };
  if (icons.color !== 'color.png' || icons.outline !== 'outline.png') {
    throw new Error('the manifest icons must be color.png and outline.png at the package root');
  }
  const zip = new JSZip();
  const options = { date: ZIP_DATE, createFolders: false };
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, options);
  zip.file('color.png', readFileSync(join(manifestDir, 'color.png')), options);
  zip.file('outline.png', readFileSync(join(manifestDir, 'outline.png')), options);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/* ---------- command line ---------- */

function outPathFromArgs(args: readonly string[]): string {
  const i = args.indexOf('--out');
  if (i === -1) return DEFAULT_OUT;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new PackageConfigError('--out needs a file path');
  return resolve(value);
}

async function main(): Promise<void> {
  try {
    // An existing environment variable wins over the same key in .env.
    if (existsSync('.env')) process.loadEnvFile('.env');
    const values = valuesFromEnv(process.env);
    const out = outPathFromArgs(process.argv.slice(2));
    const zip = await buildAppPackage(values);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    console.log(`Teams app package written to ${out}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`package: ${message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
