// Before a build: says loudly when content/site.json does not name the publisher, their contact
// or how soon they reply, and stops a build for publication (PUBLISH=1) until it does.
import type { AstroIntegration } from 'astro';
import site from '../../content/site.json' with { type: 'json' };
import { missingForPublication, publicationWarning, type PublisherDetails } from '../lib/publication.ts';

/** The check, as an Astro integration; `details` are content/site.json's unless a test gives others. */
export function publicationCheck(details: PublisherDetails = site, env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'publication-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const missing = missingForPublication(details);
        if (missing.length === 0) return;
        const message = publicationWarning(missing);
        if (env.PUBLISH === '1') throw new Error(`Not ready to publish. ${message}`);
        const rule = '!'.repeat(72);
        logger.warn(`\n${rule}\nNOT READY TO PUBLISH\n${message}\n${rule}`);
      },
    },
  };
}
