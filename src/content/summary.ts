import type { Bundle } from './schema';

/** One line saying what a valid bundle holds, for the CLI and the preview. */
export function summarize(bundle: Bundle): string {
  const inferred = bundle.phases.filter((phase) => phase.inferred).length + bundle.events.filter((event) => event.inferred).length;
  return [
    `${bundle.phases.length} phases`,
    `${bundle.slogans.length} slogans`,
    `${bundle.milestones.length} milestones`,
    `${bundle.events.length} events`,
    `${bundle.announcements.length} announcements`,
    `${inferred} inferred dates`,
  ].join(', ');
}

/** The checker's last line for a valid bundle, in the CLI and the preview alike. */
export function okLine(file: string, bundle: Bundle): string {
  return `${file}: OK — ${summarize(bundle)}`;
}

/** The checker's last line after its problems, in the CLI and the preview alike. */
export function problemsLine(file: string, count: number): string {
  return `${file}: ${count} problem${count === 1 ? '' : 's'}; the screens keep showing the last good content until it is fixed.`;
}
