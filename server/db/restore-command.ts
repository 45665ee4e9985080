/**
 * `npm run restore -- <backup file>`: restores a backup made by `npm run backup` over DATA_DIR's
 * database (server/db/restore.ts does the work), with the server stopped. Exits 1 when it refuses.
 */
import path from 'node:path';
import { RestoreRefused, restoreBackup } from './restore.js';

function main(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const [backupFile, ...extra] = args;
  if (!backupFile || extra.length > 0) {
    process.stderr.write(
      'Name one backup file: npm run restore -- data/backups/dropin-<date-time>.sqlite3\n' +
        '(DATA_DIR names the server’s data folder, ./data unless set; stop the server first.)\n',
    );
    return 1;
  }
  const dataDir = path.resolve(process.cwd(), env.DATA_DIR || './data');
  try {
    const report = restoreBackup({ dataDir, backupFile });
    process.stdout.write(
      `Restored ${path.resolve(backupFile)}\n   into ${report.file} (schema v${report.schemaVersion}; ` +
        'a server of this release brings an older schema up to date when it starts).\n' +
        (report.keptAside ? `The database it replaced is kept at ${report.keptAside}.\n` : '') +
        `New server id ${report.serverId} (the backup's was ${report.backupServerId}): devices notice it, ` +
        'send again the changes of their own that they still hold, and start again from a snapshot.\n',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    process.stderr.write(`Not restored, nothing was changed: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2), process.env);
