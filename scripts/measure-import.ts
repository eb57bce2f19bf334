/**
 * Cold start of the scanner: time and heap of the first import, in this fresh process.
 *   node --expose-gc --import tsx scripts/measure-import.ts
 * Prints import ms, first-scan ms and heapUsed after GC (MB), before and after the import.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = process.hrtime.bigint();
const mod = await import('../src/anonymise/index.js');
const t1 = process.hrtime.bigint();
mod.scanIdentifiers("Kacper's mum rang, DOB 1/2/15, lives at 14 Beech Road S2 4PL");
const t2 = process.hrtime.bigint();
gc();
const heapAfter = process.memoryUsage().heapUsed;
const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);
console.log(
  `import_ms=${(Number(t1 - t0) / 1e6).toFixed(0)} first_scan_ms=${(Number(t2 - t1) / 1e6).toFixed(1)} ` +
    `heap_before_mb=${mb(heapBefore)} heap_after_mb=${mb(heapAfter)} heap_delta_mb=${mb(heapAfter - heapBefore)}`,
);
