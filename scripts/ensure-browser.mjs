// The browser tests drive Debian's Chromium through playwright-core (no tool may download a browser).
// Installs it when missing and we are root on Debian; otherwise says how, and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.error(`ensure-browser: ${CHROMIUM} is missing; installing Debian's chromium…`);
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
      {
        stdio: 'inherit',
      },
    );
  } else {
    console.error(
      `ensure-browser: the browser tests need Chromium at ${CHROMIUM}.\n` +
        '  Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_PATH to another Chromium).',
    );
    process.exit(1);
  }
}
