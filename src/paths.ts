import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files the server reads at run time, found from the package root (the nearest folder above this
 * module with a package.json), so that `src/` under tsx and the built `dist/` resolve the same paths.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));
/** Adaptive Card templates (`cards/*.json`). */
export const CARDS_DIR = join(PACKAGE_ROOT, 'cards');
/** The built Decisions tab (`npm run build:tab`, part of `npm run build`). */
export const TAB_DIR = join(PACKAGE_ROOT, 'dist', 'tab');
