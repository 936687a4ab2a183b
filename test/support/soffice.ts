// Whether LibreOffice (soffice) is installed: the tests that need it run only where it is
// (.ci/run installs it).
import { execFileSync } from 'node:child_process';

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
