// Issue 12: the office's font in minutes.config.yaml is honoured over the template's, as its
// digits are (office over template); a template's font is only the default.
import { describe, expect, it } from 'vitest';
import { findProject, loadMeeting, buildDocument, Reporter } from '../../src/index.js';
import { loadTemplate } from '../../src/render/load-template.js';
import type { OfficeConfig } from '../../src/schema/office-config.js';

describe("the office's font", () => {
  const reporter = new Reporter('minutes/2566-03-wg.yaml', 'th');
  const project = findProject();
  const loaded = loadMeeting('minutes/2566-03-wg.yaml', project, reporter);
  const template = loadTemplate(project.templatesDir, 'minutes', reporter);
  if (loaded === null || template === null) throw new Error('no example meeting or template');
  const fontOf = (office: OfficeConfig | null) => buildDocument(loaded, template, office, reporter)?.document.font;

  it('is the template font when the office names none', () => {
    expect(template.config.font?.family).toBeDefined();
    expect(fontOf(null)).toEqual({ family: template.config.font?.family, sizePt: template.config.font?.size });
  });

  it('wins over the template font, family and size each', () => {
    expect(fontOf({ font: { family: 'TH Sarabun New', size: 15 } } as OfficeConfig)).toEqual({ family: 'TH Sarabun New', sizePt: 15 });
    expect(fontOf({ font: { size: 14 } } as OfficeConfig)).toEqual({ family: template.config.font?.family, sizePt: 14 });
    expect(fontOf({ font: { family: 'Angsana New' } } as OfficeConfig)?.family).toBe('Angsana New');
  });
});
