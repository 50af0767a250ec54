// @astrojs/preact always hands @preact/preset-vite Babel options, even empty ones, and with any
// Babel options the preset runs Babel over every .ts and .tsx file of ours in both the server and
// the client build. In a production build that Babel pass does one thing, compile JSX for Preact,
// yet it was the largest part of the Vite phase: about 2 s of CPU in a 5 to 8 s build, against
// Starlight's whole bundle phase of under 1 s. Vite's own Oxc transform compiles the same JSX, in
// Rust, and the built site comes out byte for byte the same, so a build skips the Babel pass (as
// does the server Astro starts during a build to load the content config). The dev server keeps
// it: there Babel also adds what Preact's devtools and debug messages read.
import type { Plugin } from 'vite';

/** The plugin in @preact/preset-vite that runs Babel. */
const BABEL_JSX = 'vite:preact-jsx';

export function jsxWithoutBabel(): Plugin {
  return {
    name: 'jsx-without-babel',
    // A build, and the servers it starts, run in production mode; the dev server does not.
    apply: (_config, env) => env.mode === 'production',
    // Oxc's JSX output imports Preact's runtime, as the Babel pass's did.
    config: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
    configResolved(config) {
      // Should a later version rename the plugin, nothing breaks: Babel compiles the JSX before
      // Oxc sees it, as before, and the build is only slower.
      const babel = config.plugins.find((plugin) => plugin.name === BABEL_JSX);
      if (babel) delete (babel as Partial<Plugin>).transform;
    },
  };
}
