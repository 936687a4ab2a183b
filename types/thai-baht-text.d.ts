// thai-baht-text's own index.d.ts types its default export as not callable; at run time it is the function.
declare module 'thai-baht-text' {
  export default function ThaiBahtText(amount: number | string): string;
}
