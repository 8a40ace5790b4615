/** The colours of the player, as data, so their contrast is checked by a test, not by eye. */
export const palette = {
  redDeep: '#5c0606',
  red: '#7a0a0a',
  gold: '#ffdd66',
  cream: '#fff7e0',
  ink: '#2a0202',
} as const;

/** Every text colour and each background it is drawn on. */
export const TEXT_PAIRS: ReadonlyArray<readonly [text: keyof typeof palette, background: keyof typeof palette]> = [
  ['gold', 'red'],
  ['gold', 'redDeep'],
  ['cream', 'red'],
  ['cream', 'redDeep'],
  ['ink', 'gold'],
];

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
