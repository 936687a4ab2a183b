// Golden document models of the other example kinds: the formal minutes with follow-ups,
// the cover memo and the register. A reviewer reads the JSON; UPDATE_GOLDEN=1 rewrites it.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile, loadOfficeConfig } from '../../src/index.js';
import { collectRegister, registerView } from '../../src/pipeline/register.js';
import type { Document } from '../../src/model/document.js';
import { expectGolden, modelJson } from '../support/golden.js';



const project = findProject();
const { office } = loadOfficeConfig(project, 'th');

for (const example of ['2566-04-wg', '2566-02-ita-memo']) {
  describe(`the ${example} example`, () => {
    it('gives the golden document model, without a warning', async () => {
      const result = await renderMeetingFile(`minutes/${example}.yaml`, {
        lang: 'th', strict: false, project, office, outDir: mkdtempSync(join(tmpdir(), 'minutes-')), formats: ['docx'], pdfEngine: 'builtin',
      });
      expect(result.diagnostics).toEqual([]);
      expectGolden(join('test/golden', example, 'document-model.json'), modelJson(result.document as Document));
    });
  });
}

describe('the register of the example archive', () => {
  it('gives the golden view', () => {
    const files = readdirSync('minutes').filter((f) => f.endsWith('.yaml')).sort().map((f) => join('minutes', f));
    const view = registerView(collectRegister(files, project, 'th'));
    expectGolden(join('test/golden', 'register', 'register-view.json'), `${JSON.stringify(view, (key, value: unknown) => (key === 'action' ? undefined : value), 2)}\n`);
  });
});
