import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_PREFIX } from './share-link.ts';
import { validateShared } from './import-file.ts';
import { generateAssessment } from '../../tests/support/generated.ts';
import { questions } from '../../tests/support/questions.ts';

const ids = questions(45).map((q) => q.id);

describe('share links', () => {
  it('round-trips generated assessments through a compressed fragment', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const assessment = generateAssessment(seed, ids);
      const hash = await encodeShare(assessment);
      expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
      expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
      const decoded = await decodeShare(hash);
      if (!decoded.ok) throw new Error('expected a readable link');
      expect(validateShared(decoded.data, new Set(ids))).toMatchObject({ ok: true, assessment });
    }
  });

  it('keeps a full assessment short enough for a link', async () => {
    const hash = await encodeShare(generateAssessment(1, ids));
    expect(hash.length).toBeLessThan(2000);
  });

  it('calls a cut, foreign or wrongly compressed fragment damaged', async () => {
    const damaged = { ok: false, problem: 'damaged' };
    expect(await decodeShare('#share=not-really-deflate')).toEqual(damaged);
    expect(await decodeShare('#share=')).toEqual(damaged);
    expect(await decodeShare('#other')).toEqual(damaged);
    expect(await decodeShare('#share=%%%')).toEqual(damaged);
    const good = await encodeShare(generateAssessment(2, ids));
    expect(await decodeShare(good.slice(0, -12))).toEqual(damaged);
    // The right JSON, compressed another way (gzip, zlib) or not at all.
    const json = new TextEncoder().encode(JSON.stringify({ format: 'cii-secondment-readiness', formatVersion: 2, assessment: generateAssessment(3, ids) }));
    for (const format of ['gzip', 'deflate'] as const) {
      const other = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream(format))).arrayBuffer());
      expect(await decodeShare(`#share=${Buffer.from(other).toString('base64url')}`)).toEqual(damaged);
    }
    expect(await decodeShare(`#share=${Buffer.from(json).toString('base64url')}`)).toEqual(damaged);
  });

  it('calls a link whose text is not UTF-8 damaged', async () => {
    const latin1 = Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]);
    const compressed = new Uint8Array(await new Response(new Blob([latin1]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(await decodeShare(`#share=${Buffer.from(compressed).toString('base64url')}`)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses a small link that would inflate past the import limit', async () => {
    // 5 MB of spaces inside valid JSON compress to a few kilobytes.
    const bomb = new TextEncoder().encode(`{"format":"cii-secondment-readiness","pad":"${' '.repeat(5 * 1024 * 1024)}"}`);
    const compressed = new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const hash = `#share=${Buffer.from(compressed).toString('base64url')}`;
    expect(hash.length).toBeLessThan(20_000);
    expect(await decodeShare(hash)).toEqual({ ok: false, problem: 'too-large' });
  });
});
