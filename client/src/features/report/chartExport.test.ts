import { afterEach, describe, expect, it } from 'vitest';
import { exportableSvg, fileNameFrom } from './chartExport';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function chartOnPage(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.line { stroke: rgb(0, 114, 178); stroke-width: 2px; } .label { fill: rgb(26, 31, 38); }';
  document.head.append(style);
  document.body.innerHTML = `<svg viewBox="0 0 330 190" aria-labelledby="t1" style="width: 100%">
    <path class="line" d="M0 0L10 10" style="opacity: 0.5"/><text class="label" x="4" y="12">K3 2026 &amp; "meer"</text>
  </svg>`;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('exportableSvg', () => {
  it('makes a standalone, well-formed SVG with the title above the chart and the page styles written on each element', () => {
    const { markup, width, height } = exportableSvg(chartOnPage(), 'Coalitie Delft — Meten & weten, K4 2025–K3 2026');
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const file = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    const root = file.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([width, height]).toEqual([330 + 24, 190 + 32 + 24]);
    expect(root.querySelector('title')?.textContent).toBe('Coalitie Delft — Meten & weten, K4 2025–K3 2026');
    expect(root.querySelector(':scope > text')?.textContent).toBe('Coalitie Delft — Meten & weten, K4 2025–K3 2026');

    const path = root.querySelector('path');
    expect(path?.getAttribute('style')).toContain('stroke:rgb(0, 114, 178)');
    expect(path?.getAttribute('style')).toContain('opacity:0.5');
    expect(root.querySelector('svg svg text')?.getAttribute('style')).toContain('fill:rgb(26, 31, 38)');
    // The page's ids mean nothing in the file, and no element carries a leftover marker.
    expect(root.querySelector('svg svg')?.hasAttribute('aria-labelledby')).toBe(false);
    expect(markup).not.toContain('data-export-style');
  });

  it('leaves the chart on the page untouched', () => {
    const svg = chartOnPage();
    const before = svg.outerHTML;
    exportableSvg(svg, 'Titel');
    expect(svg.outerHTML).toBe(before);
  });
});

describe('fileNameFrom', () => {
  it('turns a title into a plain file name', () => {
    expect(fileNameFrom('Coalitie Delft — Meten & weten, K4 2025–K3 2026')).toBe(
      'coalitie-delft-meten-weten-k4-2025-k3-2026',
    );
    expect(fileNameFrom('Coöperatie')).toBe('cooperatie');
    expect(fileNameFrom('—')).toBe('grafiek');
  });
});
