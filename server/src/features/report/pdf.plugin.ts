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
    const renderer = new PdfRenderer({
      executablePath: options.chromiumPath === undefined ? findChromium() : options.chromiumPath,
      logger: app.log,
    });
    app.decorate('pdfRenderer', renderer);
    app.addHook('onClose', async () => renderer.close());
  },
  { name: 'report-pdf' },
);
