/**
 * issue 16 — HMIS: how the center appears in the county's HMIS. Codes from the HUD data dictionary
 * as far as known (verify with the county's HMIS admin before a first import; see ADR 0017).
 */
import { CENTER } from '../../center.js';

export const HMIS_PROJECT = {
  organizationId: 'LEADHOLLYWOOD',
  organizationName: CENTER.programName,
  projectId: 'LEADHOLLYWOOD-DROPIN',
  projectName: `${CENTER.programName} drop-in center`,
  /** 11 = Day Shelter (6 would be Services Only). */
  projectType: '11',
  /** 0 = No: the program is not funded as part of the Continuum of Care. */
  continuumProject: '0',
  /** Los Angeles City & County CoC. */
  coc: 'CA-600',
  /** 4 = Other (not an HMIS: a program's own application). */
  sourceType: '4',
  softwareName: 'LEAD Hollywood drop-in kiosk',
  csvVersion: 'FY2026',
  /** 3 = Reporting period; 1 = Delta refresh (records outside the range stay as they are); 1 = Unhashed. */
  exportPeriodType: '3',
  exportDirective: '1',
  hashStatus: '1',
} as const;

/** HUD "Data not collected", sent where a required field has nothing from us. */
export const NOT_COLLECTED = '99';
