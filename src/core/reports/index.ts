/** The report figures, for the server and for a staff device computing them offline. */

export { neutraliseCell } from './csv-cells.js';
export { participantLines, participantTable } from './participant-export.js';
export { publishReport } from './publish.js';
export { type DayRange, MAX_REPORT_DAYS, rangeProblem } from './range.js';
export { computeReport, type Report } from './report.js';
export { type CellCount, cellText, FEWER_THAN_5, isSuppressed, type Suppressed, suppressSmall } from './small-cells.js';
export { REPORT_TABLES, type ReportTable, reportTable } from './tables.js';
