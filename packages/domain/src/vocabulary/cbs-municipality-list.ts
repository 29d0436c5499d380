/** One row of the CBS municipality list: the four-digit code, the name and the province. */
export interface CbsMunicipalityRow {
  code: string;
  name: string;
  province: string;
}

const ROW = /^\|\s*(\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*$/;

/**
 * Reads the rows of the vendored CBS list (cbs/CBS_Gemeentecodes.md, a Markdown table) in
 * file order. Pure, so the generator and its drift test read the file the same way.
 */
export function parseCbsMunicipalityList(markdown: string): CbsMunicipalityRow[] {
  const rows: CbsMunicipalityRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = ROW.exec(line);
    if (match) rows.push({ code: match[1]!, name: match[2]!, province: match[3]! });
  }
  return rows;
}

/** The data module's source text for these rows: `GMxxxx` → name, sorted by code. */
export function renderMunicipalityModule(rows: readonly CbsMunicipalityRow[]): string {
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  // Quoted as Prettier would (single quotes unless the name holds one), so the file stays formatted.
  const quote = (name: string) => (name.includes("'") ? JSON.stringify(name) : `'${name}'`);
  const entries = sorted.map((row) => `  GM${row.code}: ${quote(row.name)},`);
  return [
    '// Generated from cbs/CBS_Gemeentecodes.md by generate-municipalities.ts; do not edit by hand.',
    '',
    '/** Every municipality of the CBS division of 1 January 2026, by CBS code (GM + four digits). */',
    'export const CBS_MUNICIPALITY_NAMES = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
