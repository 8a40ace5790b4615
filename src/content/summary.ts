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
