import { installDebianPackage } from './apt-install';
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
  if (installDebianPackage('chromium', 'for the browser tests') && findChromium()) return 0;
  console.error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  return 1;
}

process.exit(main());
