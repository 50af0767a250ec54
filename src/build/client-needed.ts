// Registers client:needed (src/widgets/assessment/when-needed.ts), the step form's hydration.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function clientNeeded(): AstroIntegration {
  return {
    name: 'client-needed',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'needed', entrypoint: fileURLToPath(new URL('../widgets/assessment/when-needed.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at once when answers are stored, else on the reader's first use of the island. */
    'client:needed'?: boolean;
  }
}
