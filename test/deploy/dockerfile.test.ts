import { readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { DOCKERFILE_TEXT as text, argsOf as args, dockerfile, named, runtimeCopies, runtimeStage as runtime, stages } from '../kit/dockerfile.js';

/**
 * No container runtime here, so the Dockerfile is linted (dockerfile-utils, the linter behind the
 * Dockerfile language server) and its shape checked: the README's build steps, a Node 22 LTS base,
 * a non-root user, `node dist/main.js`, a health check that needs no curl. The production-build test
 * starts the server from exactly what the runtime stage copies.
 */

describe('the Dockerfile', () => {
  it('passes the linter with no diagnostic', () => {
    expect(validate(text).map((d) => [d.range.start.line + 1, d.message])).toEqual([]);
  });

  it('is multi-stage on the Node 22 LTS image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of stages) {
      expect(from.getImageName()).toBe('node');
      expect(from.getImageTag()).toMatch(/^22(-|$)/);
    }
  });

  it('builds with the README steps: npm ci, npm run build, npm prune --omit=dev', () => {
    const runs = named(dockerfile.getInstructions(), 'RUN').map(args).join('\n');
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).toMatch(/npm run build\b/);
    expect(runs).toMatch(/npm prune --omit=dev\b/);
    expect(runs).not.toMatch(/tsx|--omit=dev.*npm run build/);
  });

  it('runs node dist/main.js as a non-root user, with a health check on /healthz that uses node', () => {
    const user = named(runtime, 'USER').at(-1);
    expect(user && args(user)).toMatch(/^(node|[1-9]\d*)$/);
    const cmd = named(runtime, 'CMD').at(-1);
    expect(cmd?.getTextContent().trim()).toBe('CMD ["node", "dist/main.js"]');
    const health = named(runtime, 'HEALTHCHECK').at(-1)?.getTextContent() ?? '';
    expect(health).toMatch(/CMD \["node", "-e"/);
    expect(health).toContain('/healthz');
    expect(health).not.toMatch(/curl|wget/);
  });

  it('copies into the runtime stage only the built server, its production modules and the card templates', () => {
    expect(runtimeCopies().sort()).toEqual(['cards', 'dist', 'node_modules', 'package-lock.json', 'package.json']);
  });

  it('keeps local data, secrets and installs out of the build context (.dockerignore)', () => {
    const ignored = readFileSync(new URL('../../.dockerignore', import.meta.url), 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['.git', 'node_modules', 'dist', '.data', '.env', '.env.*']) expect(ignored).toContain(entry);
  });
});
