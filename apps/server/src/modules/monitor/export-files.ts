import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { MonitorUnit } from '@springplank/contract';
import type { ExportCell, ExportDocument } from './export-sections';

/** Spreadsheet number formats per unit; the stored value stays unrounded. */
const NUMBER_FORMATS: Record<MonitorUnit, string> = { count: '0', months: '0.0', share: '0.0%' };

const plain = (cell: ExportCell): string | number => (typeof cell === 'string' ? cell : cell.value);

/**
 * The export as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the
 * accents): the header lines, then each table under its title, separated by empty lines.
 */
export function toCsv(document: ExportDocument): string {
  const records: (string | number)[][] = [...document.header];
  for (const section of document.sections) {
    records.push([], [section.title], section.columns, ...section.rows.map((row) => row.map(plain)));
  }
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}

/** The export as an XLSX workbook: one worksheet per table, each starting with the header lines. */
export async function toXlsx(document: ExportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Springplank';
  for (const section of document.sections) {
    const sheet = workbook.addWorksheet(section.title.slice(0, 31));
    for (const line of document.header) sheet.addRow(line).getCell(1).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow([section.title]).getCell(1).font = { bold: true, size: 13 };
    const headerRow = sheet.addRow(section.columns);
    headerRow.font = { bold: true };
    headerRow.alignment = { wrapText: true, vertical: 'top' };
    for (const row of section.rows) {
      const added = sheet.addRow(row.map(plain));
      row.forEach((cell, index) => {
        if (typeof cell !== 'string') added.getCell(index + 1).numFmt = NUMBER_FORMATS[cell.unit];
        else if (cell === '<5') added.getCell(index + 1).alignment = { horizontal: 'right' };
      });
    }
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 48 : 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
