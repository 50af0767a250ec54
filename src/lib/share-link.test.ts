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
      expect(validateShared(await decodeShare(hash), new Set(ids))).toMatchObject({ ok: true, assessment });
    }
  });

  it('keeps a full assessment short enough for a link', async () => {
    const hash = await encodeShare(generateAssessment(1, ids));
    expect(hash.length).toBeLessThan(2000);
  });

  it('gives nothing back for a damaged or foreign fragment', async () => {
    expect(await decodeShare('#share=not-really-deflate')).toBeUndefined();
    expect(await decodeShare('#share=')).toBeUndefined();
    expect(await decodeShare('#other')).toBeUndefined();
    const good = await encodeShare(generateAssessment(2, ids));
    expect(await decodeShare(good.slice(0, -12))).toBeUndefined();
  });

  it('refuses a small link that would inflate past the import limit', async () => {
    // 5 MB of spaces inside valid JSON compress to a few kilobytes.
    const bomb = new TextEncoder().encode(`{"format":"cii-secondment-readiness","pad":"${' '.repeat(5 * 1024 * 1024)}"}`);
    const compressed = new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const hash = `#share=${Buffer.from(compressed).toString('base64url')}`;
    expect(hash.length).toBeLessThan(20_000);
    expect(await decodeShare(hash)).toBeUndefined();
  });
});
