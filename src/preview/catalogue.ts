/**
 * How the staff page looks its words up: each catalogue (the page's, the forms', the Screens
 * tab's) is one object of messages per language with {name} placeholders, and the same lookup
 * serves them all, so a fix to placeholder filling lands everywhere at once.
 */
export type Lang = 'vi' | 'en';

/** The values for a message's {name} placeholders. */
export type Placeholders = Record<string, string | number>;

/** A message with its {name} placeholders filled (the ones without a value are left as written). */
export function fill(template: string, values: Placeholders): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The lookup of one catalogue: the message in the language, its placeholders filled. */
export function lookup<Key extends string>(
  catalogue: Record<Lang, Record<Key, string>>,
): (lang: Lang, key: Key, values?: Placeholders) => string {
  return (lang, key, values = {}) => fill(catalogue[lang][key], values);
}
