import { readFileSync } from 'node:fs';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** The repository's Dockerfile, parsed: its stages, and what its last (runtime) stage contains. */
export const DOCKERFILE_TEXT = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
export const dockerfile = DockerfileParser.parse(DOCKERFILE_TEXT);
export const stages = dockerfile.getFROMs();
const runtimeStart = stages.at(-1)?.getRange().start.line ?? 0;
/** The instructions of the last stage, the image that runs. */
export const runtimeStage = dockerfile.getInstructions().filter((i) => i.getRange().start.line >= runtimeStart);

export const argsOf = (i: Instruction): string => i.getArguments().map((a) => a.getValue()).join(' ');
export const named = (list: Instruction[], keyword: string): Instruction[] => list.filter((i) => i.getKeyword() === keyword);

/** Paths the runtime stage copies from the build stage, relative to the app folder (/app). */
export function runtimeCopies(): string[] {
  return named(runtimeStage, 'COPY')
    .filter((i) => /--from=build\b/.test(i.getTextContent()))
    .flatMap((i) => i.getArguments().map((a) => a.getValue()).filter((v) => !v.startsWith('--')).slice(0, -1))
    .map((p) => p.replace(/^\/app\//, ''));
}
