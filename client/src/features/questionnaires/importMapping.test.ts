import { describe, expect, it } from 'vitest';
import { fileToBase64, mappingFromTargets, targetsFromMapping } from './importMapping';

describe('import mapping', () => {
  it('round-trips between the server mapping and one choice per column', () => {
    const mapping = { organisation: 0, role: 2, items: { A1: 1, O1: 3 } };
    const targets = targetsFromMapping(mapping, 5);
    expect(targets).toEqual(['organisation', 'item:A1', 'role', 'item:O1', '']);
    expect(mappingFromTargets(targets)).toEqual(mapping);
  });

  it('has no mapping without an organisation column', () => {
    expect(mappingFromTargets(['item:A1', ''])).toBeNull();
  });

  it('encodes the bytes untouched, also outside ASCII', async () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in Windows-1252
    expect(await fileToBase64(new Blob([bytes]))).toBe('Q2Fm6Q==');
  });
});
