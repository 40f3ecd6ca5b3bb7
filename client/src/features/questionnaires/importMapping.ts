import type { ImportMapping } from '@tks/shared/schemas/questionnaires';

/** What one column of the file is used for: nothing, the organisation, the role, or an item (by code). */
export type ColumnTarget = '' | 'organisation' | 'role' | `item:${string}`;

export function targetsFromMapping(mapping: ImportMapping, columns: number): ColumnTarget[] {
  const targets: ColumnTarget[] = Array.from({ length: columns }, () => '');
  if (mapping.organisation >= 0 && mapping.organisation < columns) targets[mapping.organisation] = 'organisation';
  if (mapping.role !== null && mapping.role < columns) targets[mapping.role] = 'role';
  for (const [code, index] of Object.entries(mapping.items)) if (index < columns) targets[index] = `item:${code}`;
  return targets;
}

/** Null when the organisation column is missing: the server needs it for every response. */
export function mappingFromTargets(targets: readonly ColumnTarget[]): ImportMapping | null {
  const organisation = targets.indexOf('organisation');
  if (organisation === -1) return null;
  const role = targets.indexOf('role');
  const items: Record<string, number> = {};
  targets.forEach((target, index) => {
    if (target.startsWith('item:')) items[target.slice(5)] ??= index;
  });
  return { organisation, role: role === -1 ? null : role, items };
}

/** The file's bytes as base64, so the server can tell UTF-8 from Windows-1252 itself. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await readBytes(file));
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
