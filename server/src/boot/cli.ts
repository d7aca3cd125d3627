// dist/cli.js, the `impact-lint` command: starts the CLI bundle (dist/cli-main.js)
// with its compiled code cached between runs (../node/boot.ts).
import * as path from 'node:path';
import * as util from 'node:util';
import { boot } from '../node/boot';

/** The hash of the bundle, set by scripts/build.mjs. */
declare const BUNDLE_KEY: string;

// The built-ins the CLI loads as it starts, loaded before boot() sets a V8 flag that makes V8
// refuse their code caches (../node/boot.ts): those of its output stream, and util.parseArgs.
boot(path.join(__dirname, 'cli-main.js'), BUNDLE_KEY, ['node:diagnostics_channel', 'node:net', 'node:perf_hooks', 'node:process'], () => [process.stdout, util.parseArgs]);
