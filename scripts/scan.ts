/**
 * Scan JSON Lines from stdin: each line {"id": string, "text": string}.
 * Writes one JSON line per input line, in order: {"id","findings":[{"start","end","kind"}]}.
 * Blank lines are ignored. A malformed line yields {"id":<id|null>,"line":N,"error":"…"} on stdout,
 * a message naming the line on stderr, and exit code 1 once all input is processed.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { scanIdentifiers } from '../src/anonymise/index.js';

const InputLine = z.object({ id: z.string(), text: z.string() });

function idOf(value: unknown): string | null {
  if (value !== null && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  return null;
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = false;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      failed = true;
      const message = `invalid JSON: ${err instanceof Error ? err.message : String(err)}`;
      process.stdout.write(JSON.stringify({ id: null, line: lineNo, error: message }) + '\n');
      process.stderr.write(`line ${lineNo}: ${message}\n`);
      continue;
    }
    const result = InputLine.safeParse(parsed);
    if (!result.success) {
      failed = true;
      const message = result.error.issues
        .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : `expected an object with string "id" and "text": ${i.message}`))
        .join('; ');
      process.stdout.write(JSON.stringify({ id: idOf(parsed), line: lineNo, error: message }) + '\n');
      process.stderr.write(`line ${lineNo}: ${message}\n`);
      continue;
    }
    const findings = scanIdentifiers(result.data.text).map((f) => ({ start: f.start, end: f.end, kind: f.kind }));
    process.stdout.write(JSON.stringify({ id: result.data.id, findings }) + '\n');
  }
  if (failed) process.exitCode = 1;
}

// `npm run scan < x | head`: the reader closing the pipe early ends the scan quietly, not with a stack trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

await main();
