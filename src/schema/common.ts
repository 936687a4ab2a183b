// Pieces shared by every document kind's schema.
import { z } from 'zod';
import { describe } from './labels.js';
import { date, text } from './scalars.js';

export const obj = <T extends z.ZodRawShape>(key: string, shape: T) => z.strictObject(shape).meta({ description: describe(key) });

export const person = (key: string) =>
  obj(key, {
    name: text('name'),
    position: text('position').optional(),
  });

/** Something a unit was told to do: followed up at the next meeting and in the register. */
export const action = obj('actions', {
  id: z.string().regex(/^[\p{L}\p{N}_.-]{1,30}$/u).meta({ description: describe('id'), examples: ['งาน-1'] }).optional(),
  unit: text('unit'),
  task: text('task'),
  due: date('due').optional(),
});

/** Yes/no written as true or false (the loader hands every scalar over as text). */
export const flag = (key: string) =>
  z.enum(['true', 'false']).transform((v) => v === 'true').meta({ description: describe(key), type: ['boolean', 'string'] });

export const digitsOption = obj('options', {
  digits: z.enum(['thai', 'arabic']).optional().meta({ description: describe('digits') }),
  moneyWords: flag('moneyWords').optional(),
}).optional();

export type Person = z.output<ReturnType<typeof person>>;
export type Action = z.output<typeof action>;
