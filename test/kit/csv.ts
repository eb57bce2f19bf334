/**
 * Reads a CSV file as the export writes it (RFC 4180: quoted cells, doubled quotes, line breaks
 * inside quotes, an optional byte-order mark) into one record per row, keyed by the header.
 */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const cells: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.at(-1)!.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.at(-1)!.push(cell);
      cell = '';
      cells.push([]);
    } else cell += ch;
  }
  if (cell || cells.at(-1)!.length) cells.at(-1)!.push(cell);
  const [header = [], ...body] = cells.filter((r) => r.length > 0);
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}
