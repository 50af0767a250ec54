/// <reference types="vitest/config" />
// Unit tests sit beside their code as *.test.ts and share Astro's Vite setup.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
