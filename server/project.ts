/**
 * Where the project lives on disk and what version it is. The server runs both from source
 * (tests) and compiled under build/, so paths are found by walking up, not by fixed depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'lead-dropin-kiosk';

/** The folder holding our package.json, searched upwards from this module. */
export function findProjectRoot(start: string = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate) && readPackage(candidate).name === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package.json above ${start}`);
    dir = parent;
  }
}

/** The application version from package.json. */
export function readAppVersion(projectRoot: string): string {
  return readPackage(path.join(projectRoot, 'package.json')).version ?? '0.0.0';
}

function readPackage(file: string): { name?: string; version?: string } {
  return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
}
