import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

/*
 * The browser tests need Debian's Chromium. On a fresh Debian machine where we run as root (as CI
 * does) it is installed here, so the README's test command works as is; elsewhere we say what to do.
 */
function main(): number {
  const found = findChromium();
  if (found) {
    console.log(`Chromium: ${found}`);
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing; installing Debian’s chromium package for the browser tests…');
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
      const result = spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.status !== 0) {
        console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
        return 1;
      }
    }
    if (findChromium()) return 0;
  }
  console.error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  return 1;
}

process.exit(main());
