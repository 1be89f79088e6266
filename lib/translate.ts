import type { GeneratedI18nStructure } from '#i18n';

/*
 * Words come from the messages in locales/*.yml, in the browser's language. lib/ never reaches
 * for the browser: a function that puts words together takes a `Translate` as its first
 * argument (the UI passes components/i18n.ts's `t`, tests pass the same one serving English),
 * and tables of words hold message keys. The types come from the English file, so a wrong key
 * or a missing {placeholder} is a type error.
 */

type Messages = GeneratedI18nStructure;
export type MessageKey = keyof Messages;

/** The {names} a message needs filled in. */
export type MessageNames<K extends MessageKey> = Messages[K] extends { namedSubstitutions: readonly (infer N extends string)[] } ? N : never;

type Values<N extends string> = Readonly<Record<N, string | number>>;

/**
 * What a message takes besides its key: a count for a message with plural forms (its {count}
 * is that count), then a value for each {name}. Numbers are formatted for the user's locale.
 */
export type TranslateArgs<K extends MessageKey> = Messages[K]['plural'] extends true
  ? [Exclude<MessageNames<K>, 'count'>] extends [never]
    ? [count: number]
    : [count: number, values: Values<Exclude<MessageNames<K>, 'count'>>]
  : [MessageNames<K>] extends [never]
    ? []
    : [values: Values<MessageNames<K>>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** A message that needs nothing but its key: what tables of labels hold. */
export type PlainKey = { [K in MessageKey]: TranslateArgs<K> extends [] ? K : never }[MessageKey];

/**
 * The message lookup underneath, given a count (or none) and the {names}' values as text: in
 * the extension it is @wxt-dev/i18n's `i18n.t`, which picks the plural form and fills them in.
 */
export type MessageLookup = (key: string, count: number | undefined, values: Readonly<Record<string, string>>) => string;

/** A `Translate` over `lookup`, writing numbers as people in `locale` write them (1,234 or 1.234). */
export function translator(lookup: MessageLookup, locale: string): Translate {
  const number = new Intl.NumberFormat(locale);
  const text = (value: string | number) => (typeof value === 'number' ? number.format(value) : value);
  return ((key: MessageKey, ...args: unknown[]) => {
    const count = typeof args[0] === 'number' ? args[0] : undefined;
    const given = (count === undefined ? args[0] : args[1]) as Values<string> | undefined;
    const values: Record<string, string> = count === undefined ? {} : { count: text(count) };
    for (const [name, value] of Object.entries(given ?? {})) values[name] = text(value);
    return lookup(key, count, values);
  }) as Translate;
}
