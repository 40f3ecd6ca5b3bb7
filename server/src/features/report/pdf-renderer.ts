import type { Locale } from '@tks/shared/locale';
import type { FastifyBaseLogger } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../chromium';
import { HttpError } from '../../http-error';

export interface PdfRendererOptions {
  /** Chromium to drive; null where none is installed, and then every render is refused with 503. */
  executablePath: string | null;
  /** Renders at the same time; each one is a Chromium page, and the machine has few cores. */
  maxConcurrent?: number;
  /** Requests allowed to wait for a free slot; beyond that the answer is "busy" at once. */
  maxQueue?: number;
  /** For one render, from opening the page to the last byte of PDF. */
  timeoutMs?: number;
  logger?: FastifyBaseLogger;
}

export interface PdfRenderJob {
  /** The page to print, on this server (absolute URL). */
  url: string;
  /** Cookies for that page's origin: the caller's session, so the page shows what the caller may see. */
  cookies: Array<{ name: string; value: string }>;
  locale: Locale;
  /** The running footer of every page. */
  footer: { left: string; right: string };
}

/** Where the client stores the chosen language (client/src/i18n/storage.ts). */
const LOCALE_STORAGE_KEY = 'tks.locale';
/** The client marks the report page when everything on it is drawn, or when it failed. */
const READY = '[data-report-ready="true"], [data-report-error]';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's footer template: it is rendered apart from the page (no page styles), at a default
 * font size too small to read, so everything is set inline. pageNumber and totalPages are filled in
 * by Chromium.
 */
export function footerTemplate(footer: PdfRenderJob['footer'], pageWord: { page: string; of: string }): string {
  return `<div style="width:100%;margin:0 14mm;font-family:'Liberation Sans',Arial,sans-serif;font-size:8pt;color:#3d4651;display:flex;justify-content:space-between;gap:8mm;">
<span>${escapeHtml(footer.left)}</span>
<span style="white-space:nowrap">${escapeHtml(footer.right)} · ${escapeHtml(pageWord.page)} <span class="pageNumber"></span> ${escapeHtml(pageWord.of)} <span class="totalPages"></span></span>
</div>`;
}

/**
 * Prints report pages to PDF with headless Chromium. One browser, launched on the first request
 * and closed with the app; a page per render in its own context (own cookies), a limit on renders
 * at once and a time limit on each.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;
  private readonly maxConcurrent: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PdfRendererOptions) {
    this.maxConcurrent = options.maxConcurrent ?? 2;
    this.maxQueue = options.maxQueue ?? 8;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  get available(): boolean {
    return this.options.executablePath !== null && !this.closed;
  }

  private launch(): Promise<Browser> {
    const executablePath = this.options.executablePath;
    if (!executablePath) throw new HttpError(503, 'pdf_unavailable');
    if (!this.browser) {
      // Loaded on the first PDF only: playwright-core adds about 75 MB to every server process.
      const launching = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
      );
      this.browser = launching;
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            // A crashed browser is replaced on the next request.
            if (this.browser === launching) this.browser = null;
          }),
        () => {
          if (this.browser === launching) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.maxConcurrent) {
      this.active += 1;
      return;
    }
    if (this.waiting.length >= this.maxQueue) throw new HttpError(503, 'pdf_busy');
    // The slot is handed over by release(), so active stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }

  async render(job: PdfRenderJob): Promise<Buffer> {
    if (!this.available) throw new HttpError(503, 'pdf_unavailable');
    await this.acquire();
    const started = Date.now();
    let context: BrowserContext | null = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const browser = await this.launch();
      context = await browser.newContext({
        locale: job.locale === 'nl' ? 'nl-NL' : 'en-GB',
        viewport: { width: 1024, height: 1448 },
      });
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(504, 'pdf_failed')), this.timeoutMs);
      });
      const pdf = await Promise.race([this.print(context, job), timedOut]);
      this.options.logger?.info({ ms: Date.now() - started, bytes: pdf.length }, 'report pdf rendered');
      return pdf;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      this.options.logger?.error({ err: error }, 'report pdf failed');
      throw new HttpError(502, 'pdf_failed');
    } finally {
      clearTimeout(timer);
      await context?.close().catch(() => undefined);
      this.release();
    }
  }

  private async print(context: BrowserContext, job: PdfRenderJob): Promise<Buffer> {
    const origin = new URL(job.url).origin;
    if (job.cookies.length > 0) {
      await context.addCookies(job.cookies.map((cookie) => ({ ...cookie, url: origin })));
    }
    // The caller's language, as the client would have remembered it. Runs in the page, so as text
    // (the server is not compiled against the DOM); without storage the page stays in Dutch.
    await context.addInitScript({
      content: `try { localStorage.setItem(${JSON.stringify(LOCALE_STORAGE_KEY)}, ${JSON.stringify(job.locale)}); } catch {}`,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(this.timeoutMs);
    await page.goto(job.url, { waitUntil: 'load' });
    const marker = await page.waitForSelector(READY, { state: 'attached' });
    if ((await marker.getAttribute('data-report-error')) !== null) throw new HttpError(502, 'pdf_failed');
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const words = job.locale === 'nl' ? { page: 'pagina', of: 'van' } : { page: 'page', of: 'of' };
    return page.pdf({
      format: 'A4',
      printBackground: true,
      // The page's own @page rule sets size and margins; the footer lives in the bottom margin.
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(job.footer, words),
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
