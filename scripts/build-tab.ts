import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const source = join(root, 'src', 'tab');

export interface BuiltTab {
  outDir: string;
  /** File name → size in bytes. */
  files: Record<string, number>;
}

/** Modules the page imports lazily; each is built as its own file next to app.js. */
const LAZY = { charts: 'charts.ts', 'teams-sdk': 'teams-sdk.ts' } as const;

const PAGE_FILES = ['app.js', 'app.css', 'index.html', ...Object.keys(LAZY).map((n) => `${n}.js`)];

export interface BuildTabOptions {
  /** Linked source maps (with the sources) beside each script; by default not when NODE_ENV=production. */
  sourceMaps?: boolean;
}

/** `import('./charts.js')` and `import('./teams-sdk.js')` in the page stay runtime imports of those files. */
const lazyStayExternal: Plugin = {
  name: 'lazy-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/(charts|teams-sdk)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Builds the managers' Decisions tab into `outDir`: `app.js` (an ES module: the page itself),
 * `teams-sdk.js` (@microsoft/teams-js, imported by app.js only when the page is framed),
 * `charts.js` (Chart.js and the chart drawing, imported when the Trends view first opens),
 * `app.css` and `index.html`, plus linked source maps outside production. The server serves
 * `index.html` at /tabs/decisions and the other files under /tabs/assets/ (the maps only with
 * the local sign-in on).
 */
export async function buildTab(outDir = 'dist/tab', options: BuildTabOptions = {}): Promise<BuiltTab> {
  const sourceMaps = options.sourceMaps ?? process.env.NODE_ENV !== 'production';
  const outputs = PAGE_FILES.flatMap((f) => (sourceMaps && f.endsWith('.js') ? [f, `${f}.map`] : [f]));
  const out = resolve(root, outDir);
  await mkdir(out, { recursive: true });
  // Built aside, then renamed over the old files one by one (rename is atomic): a server reading `out`
  // (a test run, a benchmark, the dev server) never finds a file missing or half written, even while
  // another build runs. Names are fixed (no hashes), so every output replaces its predecessor.
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}-build-`));
  try {
    const common: BuildOptions = {
      absWorkingDir: root,
      outdir: staging,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      minify: true,
      sourcemap: sourceMaps ? 'linked' : false,
      legalComments: 'eof',
      metafile: true,
      logLevel: 'warning',
    };
    const results = await Promise.all([
      build({ ...common, entryPoints: { app: join(source, 'main.ts') }, plugins: [lazyStayExternal] }),
      ...Object.entries(LAZY).map(([name, file]) => build({ ...common, entryPoints: { [name]: join(source, file) } })),
    ]);
    await copyFile(join(source, 'index.html'), join(staging, 'index.html'));
    await copyFile(join(source, 'styles.css'), join(staging, 'app.css'));
    const files: Record<string, number> = {};
    for (const result of results) for (const [path, output] of Object.entries(result.metafile?.outputs ?? {})) files[path.split('/').pop() ?? path] = output.bytes;
    for (const name of outputs) if (!(name in files)) files[name] = (await stat(join(staging, name))).size;
    for (const name of outputs) await rename(join(staging, name), join(out, name));
    return { outDir: out, files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, files } = await buildTab();
  console.log(`Built the Decisions tab into ${outDir}`);
  for (const [name, bytes] of Object.entries(files).sort()) console.log(`  ${name.padEnd(28)} ${(bytes / 1024).toFixed(1)} KiB`);
}
