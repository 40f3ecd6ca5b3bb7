import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/*
 * Writes the import corpus: awkward and malformed extracts as Dutch systems produce them. The files
 * are committed; run this again (node --import tsx server/test/import-corpus/generate.ts) after
 * changing it. Files that only make sense large (oversized, mixed encoding past the sniffed start)
 * are made in the test itself.
 */

const dir = fileURLToPath(new URL('.', import.meta.url));
const text = (name: string, content: string) => writeFileSync(`${dir}${name}`, content, 'utf8');
const bytes = (name: string, content: Buffer | Uint8Array) => writeFileSync(`${dir}${name}`, content);
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

text(
  'long-semicolon-decimal-comma.csv',
  crlf([
    'indicator;periode;waarde;teller;noemer',
    'JGZ-04;K1 2025;31,5;63;200',
    'JGZ-04;K2 2025;30,8;;',
    'JGZ-05;2025-Q1;19,2;;',
    'ZIN-03;2024;6,6;66;1000',
    'KS-03;H1 2025;14;;',
    'PREM-01;2024;8,1;;',
  ]),
);
text(
  'long-comma-english-headers.csv',
  [
    'code,period,value,numerator,denominator',
    'JGZ-04,2025-Q1,31.5,63,200',
    'JGZ-05,Q2 2025,18.9,,',
    'ZIN-03,2024,6.6,,',
    '',
  ].join('\n'),
);
text(
  'tab-separated.tsv',
  ['indicator\tperiode\twaarde', 'JGZ-04\t2025-Q3\t32,1', 'JGZ-05\t2025-Q3\t20', ''].join('\n'),
);
text(
  'utf8-bom.csv',
  `\ufeff${crlf(['indicator;periode;waarde;opmerking', 'JGZ-04;K1 2025;31,5;geschat door één praktijk', 'ZIN-03;2024;6,6;'])}`,
);
bytes(
  'windows-1252.csv',
  iconv.encode(
    crlf([
      'indicator;periode;waarde;Cliënt-toelichting',
      'JGZ-04;K1 2025;31,5;Cijfers geleverd door de JGZ-organisatie (één locatie)',
      'JGZ-05;K1 2025;18,9;Geëxtraheerd uit het cliëntdossier',
    ]),
    'windows-1252',
  ),
);
text(
  'thousands-separators.csv',
  crlf([
    'indicator;periode;waarde;teller;noemer',
    'ZIN-03;2024;6,6;81;1.234',
    'JGZ-04;K1 2025;;1.050;3.333',
    'KS-03;H2 2024;1.234;;',
  ]),
);
text(
  'wide-layout.csv',
  crlf([
    'indicator;naam;K1 2025;K2 2025;K3 2025',
    'JGZ-04;Borstvoeding 3 mnd;31,5;30,8;',
    'JGZ-05;Borstvoeding 6 mnd;19,2;;20,1',
  ]),
);
text(
  'title-rows-above-header.csv',
  crlf([
    'Extract JGZ Voorbeeldstad;;',
    'Aangemaakt op 3-11-2026;;',
    ';;',
    'indicator;periode;waarde',
    'JGZ-04;K2 2025;30,8',
  ]),
);
bytes(
  'utf16le-excel-unicode-text.txt',
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(
      ['indicator\tperiode\twaarde', 'JGZ-04\tK1 2025\t31,5', 'JGZ-05\tK1 2025\t19,2', ''].join('\r\n'),
      'utf16le',
    ),
  ]),
);
text(
  'value-from-numerator-denominator.csv',
  crlf(['indicator;periode;teller;noemer', 'JGZ-04;K1 2025;63;200', 'ZIN-03;2024;66;1000']),
);
text(
  'warnings-only.csv',
  crlf([
    'indicator;periode;waarde;teller;noemer',
    'JGZ-04;K1 2025;104;104;100',
    'JGZ-05;K1 2025;70;7;10',
    'PREM-01;2024;11;;',
  ]),
);
text('yes-no.csv', crlf(['indicator;periode;waarde', 'ZIN-07;2023;ja', 'ZIN-07;2024;nee', 'ZIN-07;2025;misschien']));
text(
  'duplicate-same-row.csv',
  crlf(['indicator;periode;waarde', 'JGZ-04;K1 2025;31,5', 'JGZ-04;2025-Q1;31,5', 'JGZ-05;K1 2025;19']),
);

// Rejected files.
text('empty.csv', '');
text('whitespace-only.csv', '\r\n  \r\n;;\r\n');
text('header-only.csv', 'indicator;periode;waarde\r\n');
bytes(
  'binary.png',
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
  ]),
);
bytes(
  'old-excel.xls',
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]),
);
text('no-header.csv', crlf(['JGZ-04;K1 2025;31,5', 'JGZ-05;K1 2025;19,2']));
text(
  'unknown-codes.csv',
  crlf(['indicator;periode;waarde', 'JGZ-04;K1 2025;31,5', 'JGZ-99;K1 2025;12', 'ZIN-3;2024;6,6', ';K1 2025;5']),
);
text(
  'impossible-periods.csv',
  crlf([
    'indicator;periode;waarde',
    'JGZ-04;2025-Q5;31',
    'JGZ-04;K0 2025;31',
    'JGZ-04;13-2025;31',
    'ZIN-03;1850;6',
    'JGZ-05;gisteren;19',
    'JGZ-05;;19',
  ]),
);
text(
  'period-frequency-mismatch.csv',
  crlf(['indicator;periode;waarde', 'ZIN-03;K1 2025;6,6', 'JGZ-04;2025;31', 'KS-03;K3 2025;4', 'JGZ-05;juli 2025;19']),
);
text('future-period.csv', crlf(['indicator;periode;waarde', 'JGZ-04;K1 2099;31', 'ZIN-03;2098;6']));
text(
  'text-in-number-columns.csv',
  crlf([
    'indicator;periode;waarde;teller;noemer',
    'JGZ-04;K1 2025;n.v.t.;;',
    'JGZ-05;K1 2025;12,5%;;',
    'JGZ-04;K2 2025;30;tien;200',
    'JGZ-05;K2 2025;1,2,3;;',
  ]),
);
text(
  'duplicate-conflicting.csv',
  crlf(['indicator;periode;waarde', 'JGZ-04;K1 2025;31,5', 'JGZ-05;K1 2025;19', 'jgz-04;2025-Q1;32,0']),
);
text(
  'mixed-separators.csv',
  crlf(['indicator;periode;waarde', 'JGZ-04;K1 2025;31,5', 'JGZ-05,K1 2025,19', 'ZIN-03;2024;6,6']),
);
text(
  'decimal-comma-unquoted-in-comma-file.csv',
  ['indicator,periode,waarde', 'JGZ-04,K1 2025,31,5', 'JGZ-05,K1 2025,"19,2"', ''].join('\n'),
);
text('unclosed-quote.csv', crlf(['indicator;periode;waarde', 'JGZ-04;"K1 2025;31,5', 'JGZ-05;K1 2025;19']));
text('denominator-zero.csv', crlf(['indicator;periode;waarde;teller;noemer', 'JGZ-04;K1 2025;;5;0']));
text('archived-indicator.csv', crlf(['indicator;periode;waarde', 'OLD-01;K1 2025;5']));
text('duplicate-column.csv', crlf(['indicator;periode;waarde;waarde', 'JGZ-04;K1 2025;31,5;31,5']));
text(
  'multiline-quoted-field.csv',
  crlf([
    'indicator;periode;waarde;toelichting',
    'JGZ-04;K1 2025;31,5;"eerste regel',
    'tweede regel"',
    'JGZ-05;K1 2025;abc;',
  ]),
);

async function workbooks() {
  {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('Toelichting');
    notes.addRow(['Extract uit het JGZ-dossier, K1 en K2 2025']);
    const data = workbook.addWorksheet('Gegevens');
    data.addRow(['indicator', 'K1 2025', 'K2 2025']);
    data.addRow(['JGZ-04', 31.5, 30.8]);
    data.addRow(['JGZ-05', 19.2, null]);
    await workbook.xlsx.writeFile(`${dir}wide-two-sheets.xlsx`);
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Extract');
    sheet.addRow(['indicator', 'periode', 'teller', 'noemer', 'waarde']);
    sheet.addRow(['JGZ-04', 'K1 2025', 63, 200, { formula: 'C2/D2*100', result: 31.5 }]);
    sheet.addRow(['JGZ-05', 'K1 2025', 38, 200, { formula: 'C3/D3*100', result: 19 }]);
    await workbook.xlsx.writeFile(`${dir}formulas-with-cached-results.xlsx`);
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Extract');
    sheet.addRow(['indicator', 'periode', 'teller', 'noemer', 'waarde']);
    sheet.addRow(['JGZ-04', 'K1 2025', 63, 200, { formula: 'C2/D2*100' }]);
    sheet.addRow(['JGZ-05', 'K1 2025', 38, 0, { formula: 'C3/D3*100', result: { error: '#DIV/0!' } }]);
    await workbook.xlsx.writeFile(`${dir}formulas-without-results.xlsx`);
  }
  {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Indicator', 'Periode', 'Waarde']);
    sheet.addRow(['JGZ-04', 'K1 2025', 31.5]);
    sheet.addRow(['ZIN-03', 2024, '6,6']);
    await workbook.xlsx.writeFile(`${dir}long-plain.xlsx`);
  }
  bytes(
    'truncated.xlsx',
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip archive')]),
  );
}

await workbooks();
