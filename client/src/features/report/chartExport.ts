/*
 * Charts as files: the SVG on screen, made self-contained (its styles written onto each element,
 * since the page's stylesheet does not travel with it), with a title above it; and a PNG drawn from
 * that SVG on a canvas. Both are made in the browser: no round trip, and the picture is exactly
 * what the reader sees.
 */

const TITLE_HEIGHT = 32;
const PADDING = 12;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Liberation Sans", sans-serif';

/** The presentation properties that CSS classes set on charts and that an SVG file must carry itself. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE_MARK = 'data-export-style';

/**
 * Marks each copied element with the number of its computed style; the styles themselves are put
 * in as text when the file is written (see exportableSvg), because a style attribute set through
 * the DOM counts as an inline style under the page's content security policy.
 */
function collectStyles(source: Element, target: Element, styles: string[]) {
  const computed = window.getComputedStyle(source);
  const declarations = STYLE_PROPERTIES.map((property) => {
    const value = computed.getPropertyValue(property);
    return value ? `${property}:${value}` : '';
  }).filter(Boolean);
  // What the element had inline is in its computed style already.
  target.removeAttribute('style');
  if (declarations.length > 0) {
    target.setAttribute(STYLE_MARK, String(styles.length));
    styles.push(declarations.join(';'));
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) {
    const from = sourceChildren[i];
    const to = targetChildren[i];
    if (from && to) collectStyles(from, to, styles);
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox?.baseVal;
  const width = box.width || viewBox?.width || Number(svg.getAttribute('width')) || 400;
  const height = box.height || viewBox?.height || Number(svg.getAttribute('height')) || 300;
  return { width: Math.round(width), height: Math.round(height) };
}

/** A standalone SVG document: white background, the title on top, the chart beneath it. */
export function exportableSvg(svg: SVGSVGElement, title: string): { markup: string; width: number; height: number } {
  const { width: chartWidth, height: chartHeight } = sizeOf(svg);
  const width = chartWidth + 2 * PADDING;
  const height = chartHeight + TITLE_HEIGHT + 2 * PADDING;

  const file = document.implementation.createDocument(SVG_NS, 'svg', null);
  const chart = file.importNode(svg, true);
  const styles: string[] = [];
  collectStyles(svg, chart, styles);
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(PADDING + TITLE_HEIGHT));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  // They point at ids of the page, which the file does not have.
  chart.removeAttribute('aria-labelledby');
  chart.removeAttribute('aria-describedby');

  const root = file.documentElement;
  // No xmlns attribute of our own: the root is in the SVG namespace and the serializer declares it.
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT_FAMILY);
  const titleElement = file.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const background = file.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const heading = file.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', String(PADDING));
  heading.setAttribute('y', String(PADDING + 18));
  heading.setAttribute('font-size', '16');
  heading.setAttribute('font-weight', '700');
  heading.setAttribute('fill', '#1a1f26');
  heading.textContent = title;
  root.append(titleElement, background, heading, chart);
  const markup = new XMLSerializer()
    .serializeToString(root)
    .replace(
      new RegExp(`${STYLE_MARK}="(\\d+)"`, 'g'),
      (_, index: string) => `style="${escapeAttribute(styles[Number(index)] ?? '')}"`,
    );
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address stops working.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, title: string, fileName: string) {
  const { markup } = exportableSvg(svg, title);
  saveBlob(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`);
}

/** Twice the size on screen, so the PNG stays sharp in a slide or a printed document. */
export async function downloadPng(svg: SVGSVGElement, title: string, fileName: string, scale = 2) {
  const { markup, width, height } = exportableSvg(svg, title);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    saveBlob(blob, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: "Meten & weten K3 2026" → "meten-weten-k3-2026". */
export function fileNameFrom(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'grafiek'
  );
}
