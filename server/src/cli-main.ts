// Entry point of dist/cli-main.js, which dist/cli.js starts (server/src/boot/cli.ts).
import { runCli } from './cli';

runCli();
