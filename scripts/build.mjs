// Bundles the client (vscode external), the language server and the CLI with esbuild.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build does not.
  mainFields: ['module', 'main'],
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  // dist/server.js and dist/cli.js are small loaders that start the big bundles
  // (-main.js) with a V8 code cache (server/src/node/boot.ts).
  build({ ...common, entryPoints: { 'server-main': 'server/src/server-main.ts', 'cli-main': 'server/src/cli-main.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/boot/server.ts' }, outdir: 'dist' }),
  build({
    ...common,
    entryPoints: { cli: 'server/src/boot/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: { engine: 'server/src/engine/index.ts' }, outdir: 'dist' }),
  // The Markdown preview plugin on its own, for test/preview.test.mjs (the client bundles it too).
  build({ ...common, entryPoints: { preview: 'client/src/preview/index.ts' }, outdir: 'dist' }),
]);
if (!watch) console.log(`built dist/ in ${Date.now() - started} ms`);
