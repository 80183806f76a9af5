// Finds the system Chromium that the browser tests drive (Playwright never downloads one here).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path to a Chromium binary: $NUBECALC_CHROMIUM first, then the usual system locations, else null. */
export function findChromium() {
  const fromEnv = process.env.NUBECALC_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  try {
    const p = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    if (p) return p;
  } catch {
    /* not on PATH */
  }
  return null;
}
