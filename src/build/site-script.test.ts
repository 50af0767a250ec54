import { describe, expect, it } from 'vitest';
import { classicSiteScript, siteScript } from './site-script.ts';

type Hook = (...args: unknown[]) => unknown;
const plugin = siteScript() as unknown as { renderChunk: Hook; generateBundle: Hook };
const entry = { facadeModuleId: '/work/src/layouts/Base.astro?astro&type=script&index=0&lang.ts', fileName: '_astro/Base.astro_x.js', type: 'chunk' };

describe('the site script', () => {
  it('is wrapped so its names stay its own', () => {
    const { code } = plugin.renderChunk('function e(){}e();', entry) as { code: string };
    expect(code).toBe('(() => {\nfunction e(){}e();\n})();\n');
    expect(plugin.renderChunk('export const a = 1;', { ...entry, facadeModuleId: '/work/src/widgets/x.ts' })).toBeNull();
  });

  it('stops the build when it imports or exports, which a classic script cannot', () => {
    expect(() => plugin.renderChunk('import { a } from "./a.js";\na();', entry)).toThrow(/cannot run as a classic script/);
    expect(() => plugin.renderChunk('const e = 1;\nexport { e as t };', entry)).toThrow(/cannot run as a classic script/);
    // A dynamic import() is what a classic script may do.
    expect(plugin.renderChunk('import("./search.js");', entry)).not.toBeNull();
  });

  it('is loaded by every page as a classic, deferred script; other scripts stay modules', () => {
    plugin.generateBundle({}, { [entry.fileName]: entry });
    const page = '<script type="module" src="/guide/_astro/Base.astro_x.js"></script><script type="module" src="/guide/_astro/island.js"></script>';
    expect(classicSiteScript(page)).toBe(
      '<script src="/guide/_astro/Base.astro_x.js" defer></script><script type="module" src="/guide/_astro/island.js"></script>',
    );
  });
});
