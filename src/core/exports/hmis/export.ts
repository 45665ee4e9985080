/**
 * issue 16 — HMIS: the whole export as files of rows (strings), ready for CSV: Export,
 * Organization, Project, User, Client, Enrollment, Exit (header only) and Services, plus a note
 * saying what was left out and why. Pure: the server loads the views and zips the result.
 */
import type { Participant } from '../../fold/selectors.js';
import type { ItemView, ParticipantView, RequestView } from '../../fold/views.js';
import {
  CLIENT_COLUMNS,
  ENROLLMENT_COLUMNS,
  EXIT_COLUMNS,
  EXPORT_COLUMNS,
  ORGANIZATION_COLUMNS,
  PROJECT_COLUMNS,
  SERVICES_COLUMNS,
  USER_COLUMNS,
} from './columns.js';
import { hmisDateTime, hmisStampDay, hmisStampTime } from './hmis-dates.js';
import { enrollmentId, personalId, stableHmisId, userId } from './hmis-ids.js';
import { hmisNote } from './note.js';
import { HMIS_PROJECT, NOT_COLLECTED } from './project.js';
import { buildServices, type HmisLeftOut } from './services.js';

/** A staff member as User.csv needs them. */
export interface HmisStaffMember {
  readonly id: string;
  readonly displayName: string;
  /** ISO date-time the account was made. */
  readonly createdAt: string;
}

export interface HmisExportInput {
  readonly exportId: string;
  readonly from: string;
  readonly to: string;
  readonly exportedAt: Date;
  readonly exportedBy: HmisStaffMember;
  readonly softwareVersion: string;
  readonly participants: readonly ParticipantView[];
  readonly items: readonly ItemView[];
  readonly requests: readonly RequestView[];
  readonly staff: readonly HmisStaffMember[];
}

/** One CSV file: its name in the zip, its header and its rows (cells in header order). */
export interface HmisFile {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface HmisExport {
  readonly files: readonly HmisFile[];
  readonly leftOut: HmisLeftOut;
  readonly counts: { readonly clients: number; readonly services: number };
  /** README.txt: what the zip holds and what it leaves out. */
  readonly note: string;
}

type Row<C extends readonly string[]> = Partial<Record<C[number], string>>;

function file<const C extends readonly string[]>(name: string, columns: C, rows: readonly Row<C>[]): HmisFile {
  return {
    name,
    columns,
    rows: rows.map((row) => columns.map((column) => row[column as C[number]] ?? '')),
  };
}

/** First word as first name, the rest as last name (HMIS has two fields; we keep one name). */
function splitName(displayName: string): { first: string; last: string } {
  const [first = '', ...rest] = displayName.trim().split(/\s+/);
  return { first, last: rest.join(' ') };
}

export function buildHmisExport(input: HmisExportInput): HmisExport {
  const services = buildServices(input);
  const exportId = input.exportId;
  const exportedAt = hmisDateTime(input.exportedAt);
  // The center's records start with its first account; a stable date, so re-exports agree.
  const since = [...input.staff.map((member) => member.createdAt)].sort()[0] ?? input.exportedAt.toISOString();
  const setUp = hmisDateTime(new Date(since));
  const by = splitName(input.exportedBy.displayName);
  const clients = [...services.participants.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const views = new Map(input.participants.map((view) => [view.id, view]));
  const users = new Set(services.users);
  for (const client of clients) {
    const actor = views.get(client.id)?.enrolled?.actor;
    if (actor) users.add(actor);
  }

  const files = [
    file('Export.csv', EXPORT_COLUMNS, [
      {
        ExportID: exportId,
        SourceType: HMIS_PROJECT.sourceType,
        SourceID: HMIS_PROJECT.organizationId,
        SourceName: HMIS_PROJECT.organizationName,
        SourceContactFirst: by.first,
        SourceContactLast: by.last,
        ExportDate: exportedAt,
        ExportStartDate: input.from,
        ExportEndDate: input.to,
        SoftwareName: HMIS_PROJECT.softwareName,
        SoftwareVersion: input.softwareVersion,
        CSVVersion: HMIS_PROJECT.csvVersion,
        ExportPeriodType: HMIS_PROJECT.exportPeriodType,
        ExportDirective: HMIS_PROJECT.exportDirective,
        HashStatus: HMIS_PROJECT.hashStatus,
      },
    ]),
    file('Organization.csv', ORGANIZATION_COLUMNS, [
      {
        OrganizationID: HMIS_PROJECT.organizationId,
        OrganizationName: HMIS_PROJECT.organizationName,
        VictimServiceProvider: '0',
        OrganizationCommonName: HMIS_PROJECT.organizationName,
        DateCreated: setUp,
        DateUpdated: setUp,
        ExportID: exportId,
      },
    ]),
    file('Project.csv', PROJECT_COLUMNS, [
      {
        ProjectID: HMIS_PROJECT.projectId,
        OrganizationID: HMIS_PROJECT.organizationId,
        ProjectName: HMIS_PROJECT.projectName,
        ProjectCommonName: HMIS_PROJECT.projectName,
        OperatingStartDate: setUp.slice(0, 10),
        ContinuumProject: HMIS_PROJECT.continuumProject,
        ProjectType: HMIS_PROJECT.projectType,
        DateCreated: setUp,
        DateUpdated: setUp,
        ExportID: exportId,
      },
    ]),
    file(
      'User.csv',
      USER_COLUMNS,
      input.staff
        .filter((member) => users.has(member.id))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((member) => {
          const name = splitName(member.displayName);
          const created = hmisDateTime(new Date(member.createdAt));
          return {
            UserID: userId(member.id),
            UserFirstName: name.first,
            UserLastName: name.last,
            DateCreated: created,
            DateUpdated: created,
            ExportID: exportId,
          };
        }),
    ),
    file(
      'Client.csv',
      CLIENT_COLUMNS,
      clients.map((client) => clientRow(client, views.get(client.id), exportId)),
    ),
    file(
      'Enrollment.csv',
      ENROLLMENT_COLUMNS,
      clients.map((client) => enrollmentRow(client, views.get(client.id), exportId)),
    ),
    // Nobody leaves a drop-in center with a destination; stopping participation is not an HMIS exit.
    file('Exit.csv', EXIT_COLUMNS, []),
    file('Services.csv', SERVICES_COLUMNS, services.rows),
  ];
  const counts = { clients: clients.length, services: services.rows.filter((row) => row.DateDeleted === '').length };
  return { files, leftOut: services.leftOut, counts, note: hmisNote(input, counts, services.leftOut) };
}

/** When the profile last changed: HMIS keeps the newest DateUpdated, so a re-export never outranks a later edit there. */
function lastChange(view: ParticipantView | undefined): { created: string; updated: string } {
  const created = view?.enrolled?.at ?? '';
  const stamps = Object.values(view?.fields ?? {}).map((register) => register?.at ?? '');
  const updated = [created, ...stamps].sort().at(-1) ?? created;
  return { created: hmisStampTime(created), updated: hmisStampTime(updated) };
}

function clientRow(
  client: Participant,
  view: ParticipantView | undefined,
  exportId: string,
): Row<typeof CLIENT_COLUMNS> {
  const dates = lastChange(view);
  const actor = view?.enrolled?.actor;
  return {
    PersonalID: personalId(client.id),
    FirstName: client.preferredName,
    LastName: client.lastName ?? '',
    // 1 = Full name reported; 2 = Partial, street name or code name reported.
    NameDataQuality: client.lastName ? '1' : '2',
    SSNDataQuality: NOT_COLLECTED,
    DOB: client.birthDate ?? '',
    DOBDataQuality: client.birthDate ? '1' : NOT_COLLECTED,
    RaceNone: NOT_COLLECTED,
    GenderNone: NOT_COLLECTED,
    VeteranStatus: NOT_COLLECTED,
    DateCreated: dates.created,
    DateUpdated: dates.updated,
    UserID: actor ? userId(actor) : '',
    ExportID: exportId,
  };
}

function enrollmentRow(
  client: Participant,
  view: ParticipantView | undefined,
  exportId: string,
): Row<typeof ENROLLMENT_COLUMNS> {
  const dates = lastChange(view);
  const enrolledAt = view?.enrolled?.at;
  const actor = view?.enrolled?.actor;
  return {
    EnrollmentID: enrollmentId(client.id),
    PersonalID: personalId(client.id),
    ProjectID: HMIS_PROJECT.projectId,
    EntryDate: enrolledAt ? hmisStampDay(enrolledAt) : '',
    HouseholdID: stableHmisId('household', client.id),
    // 1 = Self (head of household): each participant enrols alone.
    RelationshipToHoH: '1',
    EnrollmentCoC: HMIS_PROJECT.coc,
    LivingSituation: NOT_COLLECTED,
    DisablingCondition: NOT_COLLECTED,
    DateCreated: dates.created,
    DateUpdated: dates.created,
    UserID: actor ? userId(actor) : '',
    ExportID: exportId,
  };
}
