// Run by `npm test` before the browser tests: makes sure a Chromium is there, installing
// Debian's package when running as root, or stops with one line naming the command to run.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path && !process.env.NUBECALC_CHROMIUM && process.getuid?.() === 0) {
  console.log('nubecalc: no Chromium found; installing Debian\'s chromium package (about 15 s)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation', { stdio: 'inherit' });
  } catch {
    /* reported below */
  }
  path = findChromium();
}
if (!path) {
  const why = process.env.NUBECALC_CHROMIUM ? `NUBECALC_CHROMIUM=${process.env.NUBECALC_CHROMIUM} does not exist` : 'no Chromium found';
  console.error(`nubecalc: ${why}; run "sudo apt-get install -y chromium" (or set NUBECALC_CHROMIUM=/path/to/chrome) and run npm test again.`);
  process.exit(1);
}
console.log(`nubecalc: browser tests use ${path}`);
