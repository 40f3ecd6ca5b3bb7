// The server renders report PDFs with the same Chromium, so the lookup lives there.
export { CHROMIUM_ARGS, findChromium } from '@tks/server/chromium';
