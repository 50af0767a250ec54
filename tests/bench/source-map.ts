// Reads a source map's "mappings" far enough to say which source each stretch of generated code
// came from: enough to split a bundle's bytes between the modules in it.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface SourceMap {
  sources: (string | null)[];
  mappings: string;
}

/** Characters of `code` by source file; code no mapping points at is counted under `unmapped`. */
export function bytesBySource(code: string, map: SourceMap, unmapped = '(no source)'): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, length: number) => length > 0 && totals.set(source, (totals.get(source) ?? 0) + length);
  const lines = code.split('\n');
  let source = 0;
  const mapped = map.mappings.split(';');
  lines.forEach((text, index) => {
    const line = mapped[index] ?? '';
    const length = text.length + 1;
    let column = 0;
    // Where each segment starts and which source it belongs to, in order along the line.
    const starts: { column: number; source?: string }[] = [];
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        starts.push({ column, source: map.sources[source] ?? unmapped });
      } else starts.push({ column });
    }
    add(unmapped, starts[0]?.column ?? length);
    starts.forEach((start, i) => add(start.source ?? unmapped, (starts[i + 1]?.column ?? length) - start.column));
  });
  return totals;
}
