import fp from 'fastify-plugin';
import { findChromium } from '../../chromium';
import { PdfRenderer } from './pdf-renderer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Prints report pages to PDF; `available` is false where no Chromium is installed. */
    pdfRenderer: PdfRenderer;
  }
}

export interface PdfPluginOptions {
  /** Chromium for the report PDF; left out, the usual places are searched; null turns PDFs off. */
  chromiumPath?: string | null | undefined;
}

/** One renderer for the app; its browser starts with the first PDF and ends with the app. */
export const pdfPlugin = fp(
  async (app, options: PdfPluginOptions) => {
    const executablePath = options.chromiumPath === undefined ? findChromium() : options.chromiumPath;
    if (executablePath === null) {
      app.log.warn(
        { CHROMIUM_PATH: process.env.CHROMIUM_PATH },
        'no Chromium found: the report is offered for the browser to print, not as a PDF from the server',
      );
    }
    const renderer = new PdfRenderer({ executablePath, logger: app.log });
    app.decorate('pdfRenderer', renderer);
    app.addHook('onClose', async () => renderer.close());
  },
  { name: 'report-pdf' },
);
