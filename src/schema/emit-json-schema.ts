// `npm run schema`: writes schema/*.schema.json from the schema source (a test checks they are current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import { JSON_SCHEMAS, jsonSchemaText } from './json-schema.js';

for (const name of Object.keys(JSON_SCHEMAS)) {
  writeFileSync(join(PACKAGE_ROOT, 'schema', name), jsonSchemaText(name));
  process.stdout.write(`schema/${name}\n`);
}
