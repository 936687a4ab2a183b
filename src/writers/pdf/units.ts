// Length units: the document model speaks millimetres, PDF speaks points (1/72 inch).

// One definition, in the house style both writers read.
export { mmToPt } from '../../model/house-style.js';
