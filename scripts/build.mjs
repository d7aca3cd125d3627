// Bundles the client (vscode external), the language server and the CLI with esbuild.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
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

/**
 * node:child_process, which vscode-languageserver requires as it loads, to ask npm where global
 * modules are: Impact Lint never does. Loading it took 3-6 ms of each cold start; in the
 * server's and the CLI's bundles a stand-in loads the real module when it is first used.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(context) {
    context.onResolve({ filter: /^child_process$/ }, (args) => (args.importer.includes('node_modules') ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
    context.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let real;
const load = () => (real ??= require(${JSON.stringify(`node:${args.path}`)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  set: (_, key, value) => Reflect.set(load(), key, value),
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  defineProperty: (_, key, descriptor) => Reflect.defineProperty(load(), key, descriptor),
  deleteProperty: (_, key) => Reflect.deleteProperty(load(), key),
  getOwnPropertyDescriptor: (_, key) => {
    const found = Reflect.getOwnPropertyDescriptor(load(), key);
    return found && { ...found, configurable: true };
  },
});
`,
    }));
  },
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  build({ ...common, entryPoints: { 'server-main': 'server/src/server-main.ts', 'cli-main': 'server/src/cli-main.ts' }, outdir: 'dist', plugins: [lazyBuiltins] }),
  build({ ...common, entryPoints: { engine: 'server/src/engine/index.ts' }, outdir: 'dist' }),
  // The Markdown preview plugin on its own, for test/preview.test.mjs (the client bundles it too).
  build({ ...common, entryPoints: { preview: 'client/src/preview/index.ts' }, outdir: 'dist' }),
]);
const escapeAll = (files) => {
  for (const file of files) fs.writeFileSync(`dist/${file}`, asciiOnly(fs.readFileSync(`dist/${file}`, 'utf8'), file));
};
// dist/server.js and dist/cli.js are small loaders that start the big bundles
// (-main.js) with a V8 code cache (server/src/node/boot.ts). Each loader is given its
// bundle's hash, which names the cache, so that a start need not hash 1.8 MB itself:
// every other bundle is escaped (and so final) before the loaders are built.
const loaders = { server: 'server-main.js', cli: 'cli-main.js' };
escapeAll(fs.readdirSync('dist').filter((file) => file.endsWith('.js') && !(file.slice(0, -3) in loaders)));
await Promise.all(
  Object.entries(loaders).map(([name, bundle]) =>
    build({
      ...common,
      entryPoints: { [name]: `server/src/boot/${name}.ts` },
      outdir: 'dist',
      define: { BUNDLE_KEY: JSON.stringify(crypto.createHash('sha256').update(fs.readFileSync(`dist/${bundle}`)).digest('hex').slice(0, 20)) },
      banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
    }),
  ),
);
escapeAll(['server.js', 'cli.js']);
if (!watch) console.log(`built dist/ in ${Date.now() - started} ms`);

/**
 * The bundle with every character outside ASCII written as a \u escape. esbuild escapes
 * them in strings but not in regular expression literals ("[-\u2013\u2014]" written with the
 * dashes themselves), and one such character makes V8 keep the whole 1.5 MB source as a
 * two-byte string: 3 MB of the server's memory instead of 1.5. Lines stay as they are,
 * so source maps only drift in the columns after an escaped character.
 */
function asciiOnly(code, file) {
  for (let at = code.indexOf('String.raw`'); at !== -1; at = code.indexOf('String.raw`', at + 1)) {
    let end = at + 11;
    while (end < code.length && code[end] !== '`') end += code[end] === '\\' ? 2 : 1;
    // A raw template keeps an escape as written: "\u2019" there is six characters, not one.
    if (/[^\0-\x7f]/.test(code.slice(at, end))) throw new Error(`${file}: a String.raw template holds a character outside ASCII; write it as an escape in the source`);
  }
  return code.replace(/[^\0-\x7f]/g, (char, at) => {
    // "\–" (an identity escape) would turn into "\\u2013", a backslash and "u2013".
    if (code[at - 1] === '\\') throw new Error(`${file}: an escaped character outside ASCII at ${at}`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
