import { createContext, useContext, useEffect } from 'react';

export const PRODUCT_NAME = 'Thermometer Kansrijke Start';

/** Parts after the page name, e.g. the coalition's name; provided by the layout around the page. */
export const DocumentTitleContext = createContext<readonly string[]>([]);

export function composeDocumentTitle(page: string, context: readonly string[]): string {
  return [page, ...context, PRODUCT_NAME].filter((part) => part !== '').join(' · ');
}

export function useDocumentTitle(page: string): void {
  const context = useContext(DocumentTitleContext);
  const title = composeDocumentTitle(page, context);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
