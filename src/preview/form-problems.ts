/**
 * Which of the checker's problems a form shows where (issue #17): under a field, on an item, or, for
 * what no form holds (a misspelt name), in the file's text. Pure.
 */
import type { Problem } from '../content/problems';
import type { Field, Section } from './form-model';

/** `key` itself, or a path inside it (`slogans[2]` holds `slogans[2].text` and `slogans[2].phases[0]`). */
export function isUnder(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
}

/** The problems at `key` or within it. */
export function problemsUnder(problems: readonly Problem[], key: string): Problem[] {
  return problems.filter((problem) => isUnder(problem.path, key));
}

/** Every field of the forms, the messages of the phases included. */
export function allFields(sections: readonly Section[]): Field[] {
  return sections.flatMap((section) => section.items.flatMap((item) => [...item.fields, ...(item.messages?.fields ?? [])]));
}

/**
 * The field a problem names: the same path, or a field inside which the problem points, or the first
 * field of an item the problem names as a whole or by its id. A list (a screen's slide kinds, a
 * phase's messages) leads to its first field or control. Undefined: the page shows it in the text.
 */
export function fieldForProblem(sections: readonly Section[], problemPath: string): { key: string; section: Section['id'] } | undefined {
  for (const section of sections) {
    for (const item of section.items) {
      if (!isUnder(problemPath, item.key)) continue;
      const fields = [...item.fields, ...(item.messages?.fields ?? [])];
      const field =
        fields.find((candidate) => candidate.key === problemPath) ?? fields.find((candidate) => isUnder(problemPath, candidate.key));
      if (field) return { key: field.key, section: section.id };
      if (item.kinds && isUnder(problemPath, item.kinds.key)) return { key: item.kinds.key, section: section.id };
      if (item.messages && isUnder(problemPath, item.messages.key)) return { key: item.messages.key, section: section.id };
      if ((problemPath === item.key || problemPath === `${item.key}.id`) && fields[0]) return { key: fields[0].key, section: section.id };
    }
  }
  return undefined;
}
