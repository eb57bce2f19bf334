import type { TabOptions } from '../domain/tab-api.js';
import { humanise } from './format.js';

/** Labels for codes, from `GET /api/tab/options` (the vocabulary in src/domain); a code the lists lack is humanised. */
export type AllOptions = TabOptions;
export type OptionList = keyof AllOptions;

export interface Labels {
  options: AllOptions;
  /** The label for `value` in `list`, or the value in plain words when the list lacks it. */
  of(list: OptionList, value: string | undefined): string;
  /** The part of a long label before its explanation (`Public task: a task …` → `Public task`), for table cells. */
  short(list: OptionList, value: string | undefined): string;
}

export function labels(options: AllOptions): Labels {
  const maps = new Map<OptionList, Map<string, string>>();
  const mapOf = (list: OptionList) => {
    let m = maps.get(list);
    if (!m) {
      m = new Map((options[list] ?? []).map((o) => [o.value, o.label]));
      maps.set(list, m);
    }
    return m;
  };
  const of = (list: OptionList, value: string | undefined) => (value === undefined ? '' : (mapOf(list).get(value) ?? humanise(value)));
  return {
    options,
    of,
    short(list, value) {
      const full = of(list, value);
      const cut = full.indexOf(': ');
      return cut > 0 ? full.slice(0, cut) : full;
    },
  };
}
