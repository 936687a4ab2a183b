// What every kind's loader receives.
import type { Reporter } from '../../i18n/reporter.js';
import type { LoadedYaml } from '../../load/load-yaml.js';
import type { Code, Params } from '../../i18n/messages.js';
import type { Path } from '../../load/to-plain.js';
import type { Project } from '../project.js';

export interface LoadBase {
  file: string;
  source: LoadedYaml;
  at: {
    warn: (code: Code, path: Path, params?: Params) => void;
    error: (code: Code, path: Path, params?: Params) => void;
  };
  project: Project;
  reporter: Reporter;
}
