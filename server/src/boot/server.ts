// dist/server.js: starts the language server bundle (dist/server-main.js) with its
// compiled code cached between runs (../node/boot.ts).
import * as path from 'node:path';
import { boot } from '../node/boot';

/** The hash of the bundle, set by scripts/build.mjs. */
declare const BUNDLE_KEY: string;

// The built-ins the server loads as it starts, loaded before boot() sets a V8 flag that makes V8
// refuse their code caches (../node/boot.ts): crypto names the capabilities the server registers,
// net and process carry its messages, zlib packs idle documents.
boot(path.join(__dirname, 'server-main.js'), BUNDLE_KEY, ['node:crypto', 'node:diagnostics_channel', 'node:net', 'node:perf_hooks', 'node:process', 'node:zlib']);
