// The document option `moneyWords`: every text the clerk wrote gets the words of each amount
// of money that has none, before the view sees it. Only the clerk's strings change.
import { withBahtWords } from '../thai/money.js';

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return withBahtWords(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item)]));
  }
  return value;
}

export function withMoneyWords<T extends { meeting: unknown }>(loaded: T): T {
  return { ...loaded, meeting: mapStrings(loaded.meeting) as T['meeting'] };
}
