import { monitorDecimals, type MonitorUnit } from '@springplank/contract';
import ExcelJS from 'exceljs';
import { EMPTY, SUPPRESSED } from './export-labels';
import type { ExportCell, ExportDocument } from './export-sections';

/** Dutch date and date-time display formats; the cell holds a real spreadsheet date. */
const DATE_FORMAT = 'dd-mm-yyyy';
const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm';

/**
 * The spreadsheet number format of a value: the stored value stays unrounded, the format shows
 * it as the screen does (persons whole, a derived target such as 194.4 with one decimal).
 */
function numberFormat(value: number, unit: MonitorUnit): string {
  if (unit === 'share') return '0.0%';
  return monitorDecimals(value, unit) === 0 ? '0' : '0.0';
}

/** A calendar date as the spreadsheet's date (midnight UTC is a whole day number in the file). */
function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * A moment as the spreadsheet's date-time showing Dutch wall-clock time: spreadsheets have no
 * time zones, so the Amsterdam fields are written as they are read.
 */
function wallClockOf(iso: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second));
}

/** Write one export cell into a worksheet cell: value and display format. */
function writeCell(target: ExcelJS.Cell, cell: ExportCell): void {
  if (typeof cell === 'string' || typeof cell === 'number') {
    target.value = cell;
    // The words that stand in for a number line up with the numbers.
    if (cell === SUPPRESSED || cell === EMPTY) target.alignment = { horizontal: 'right' };
  } else if ('date' in cell) {
    target.value = dateOf(cell.date);
    target.numFmt = DATE_FORMAT;
  } else if ('dateTime' in cell) {
    target.value = wallClockOf(cell.dateTime);
    target.numFmt = DATE_TIME_FORMAT;
  } else {
    target.value = cell.value;
    target.numFmt = numberFormat(cell.value, cell.unit);
  }
}

/** The export as an XLSX workbook: one worksheet per table, each starting with the header lines. */
export async function toXlsx(document: ExportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Springplank';
  for (const section of document.sections) {
    const sheet = workbook.addWorksheet(section.title.slice(0, 31));
    for (const [label, value] of document.header) {
      const row = sheet.addRow([label]);
      row.getCell(1).font = { bold: true };
      writeCell(row.getCell(2), value);
    }
    sheet.addRow([]);
    sheet.addRow([section.title]).getCell(1).font = { bold: true, size: 13 };
    const headerRow = sheet.addRow(section.columns);
    headerRow.font = { bold: true };
    headerRow.alignment = { wrapText: true, vertical: 'top' };
    for (const cells of section.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, index) => writeCell(row.getCell(index + 1), cell));
    }
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 48 : 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
