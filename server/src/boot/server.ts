// dist/server.js: starts the language server bundle (dist/server-main.js) with its
// compiled code cached between runs (../node/boot.ts).
import * as path from 'node:path';
import { boot } from '../node/boot';

/** The hash of the bundle, set by scripts/build.mjs. */
declare const BUNDLE_KEY: string;

boot(path.join(__dirname, 'server-main.js'), BUNDLE_KEY);
