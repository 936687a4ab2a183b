// templates/<kind>/template.yaml: what a document kind looks like, changeable by an office.
import { z } from 'zod';
import { integer, text } from './scalars.js';

export const templateConfigSchema = z.strictObject({
  name: text('title'),
  font: z
    .strictObject({ family: text('fontFamily').optional(), size: integer('fontSize', 8, 40).optional() })
    .optional(),
  digits: z.enum(['thai', 'arabic']).optional(),
  /** Default agenda headings, in order (formal minutes): an item without a title takes the one at its position. */
  agenda: z.array(text('title')).optional(),
});

export type TemplateConfig = z.output<typeof templateConfigSchema>;
