#!/usr/bin/env node
// The `nubecalc` command. The code is built from src/cli into dist-pkg/ by `npm run build:pkg`
// (run automatically by `npm install` in a clone, through the `prepare` script, and by `npm pack`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist-pkg/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('nubecalc: the command is not built yet. Run "npm run build:pkg" in the nubecalc folder, then try again.\n');
  process.exitCode = 2;
} else {
  try {
    const { main } = await import(cli.href);
    await main();
  } catch {
    process.stderr.write('nubecalc: the command could not start. Run "npm run build:pkg" in the nubecalc folder, then try again.\n');
    process.exitCode = 2;
  }
}
