import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The Agents Toolkit project files against the toolkit's own JSON schema (v1.13, from @microsoft/teamsfx-core:
 * test/fixtures/m365agents/README.md), and against this repository: the files they name exist, they package
 * with `npm run package` and build with the README's steps. They cannot be run here (no tenant, no subscription).
 */

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('test/fixtures/m365agents/yaml.schema.v1.13.json', root), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Action = { uses: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Project = { version: string; provision?: Action[]; deploy?: Action[]; publish?: Action[] };

describe.each(['m365agents.yml', 'm365agents.local.yml'])('%s', (file) => {
  const text = readFileSync(new URL(file, root), 'utf8');
  const project = parse(text) as Project;
  const actions = [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];

  it('validates against the toolkit schema it declares', () => {
    expect(project.version).toBe('v1.13');
    expect(text).toContain('/v1.13/yaml.schema.json');
    const ok = validate(project);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('points at files that exist, and packages with npm run package', () => {
    const paths = actions.flatMap((a) => [a.with?.manifestPath, ...((a.with?.templates as { path: string; parameters?: string }[] | undefined) ?? []).flatMap((t) => [t.path, t.parameters])]).filter((p): p is string => typeof p === 'string');
    for (const p of paths) expect(existsSync(new URL(p, root)), p).toBe(true);
    expect(actions.some((a) => a.uses === 'script' && String(a.with?.run).startsWith('npm run package'))).toBe(true);
    expect(actions.some((a) => a.uses === 'teamsApp/zipAppPackage')).toBe(false);
    expect(existsSync(new URL('env/.env.local', root))).toBe(true);
  });

  it('carries no secret in the checked-in files', () => {
    expect(text).not.toMatch(/SECRET_[A-Z_]+\s*[:=]\s*[^$\s]/);
    for (const env of ['env/.env.dev', 'env/.env.local']) expect(readFileSync(new URL(env, root), 'utf8')).not.toMatch(/(PASSWORD|SECRET|KEY)[A-Z_]*=\S/);
  });
});

describe('m365agents.yml deploy', () => {
  it('runs the README production build before uploading', () => {
    const deploy = ((parse(readFileSync(new URL('m365agents.yml', root), 'utf8')) as Project).deploy ?? []).map((a) => `${a.uses} ${typeof a.with?.args === 'string' ? a.with.args : ''}`);
    expect(deploy).toEqual(['cli/runNpmCommand ci --no-audit --no-fund', 'cli/runNpmCommand run build', 'cli/runNpmCommand prune --omit=dev --no-audit --no-fund', 'azureAppService/zipDeploy ']);
  });
});
