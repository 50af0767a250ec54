import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { publicationCheck } from './publication-check.ts';

const empty = { publisher: '', contact: { email: '', url: '', replyWithin: '' } };
const complete = { publisher: 'Leeds City Council', contact: { email: 'guide@leeds.example', url: '', replyWithin: '5 working days' } };

/** Runs the check's hook as the build would, with a logger that records warnings. */
function run(details: typeof empty, env: Record<string, string>) {
  const warn = vi.fn();
  const hook = publicationCheck(details, env).hooks['astro:build:start']!;
  const result = () => hook({ logger: { warn } as unknown as AstroIntegrationLogger } as never);
  return { warn, result };
}

describe('the publication check', () => {
  it('warns loudly, naming the empty fields, when a build is not for publication', () => {
    const { warn, result } = run(empty, {});
    expect(result).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/NOT READY TO PUBLISH[\s\S]*publisher, contact\.email or contact\.url, contact\.replyWithin/);
  });

  it('stops a build for publication while any field is empty', () => {
    expect(run(empty, { PUBLISH: '1' }).result).toThrow(/Not ready to publish.*content\/site\.json leaves empty: publisher/);
    expect(run({ ...complete, contact: { ...complete.contact, replyWithin: '' } }, { PUBLISH: '1' }).result).toThrow(/contact\.replyWithin/);
  });

  it('says nothing when the publisher, a contact and a reply time are given', () => {
    const { warn, result } = run(complete, { PUBLISH: '1' });
    expect(result).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });
});
