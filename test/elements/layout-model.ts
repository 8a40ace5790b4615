/**
 * What the fit-text tests model of a browser's layout: a box's font size, and a count of the layouts
 * its reads force (a layout happens when a size is read after the font size changed).
 */
export function countedLayouts() {
  let layouts = 0;
  let laidOutAt = '';
  const style = { fontSize: '' };
  return {
    style,
    /** The font size in px, as a read of the box's size lays it out. */
    size: () => {
      if (style.fontSize !== laidOutAt) layouts++;
      laidOutAt = style.fontSize;
      return parseFloat(style.fontSize);
    },
    layouts: () => layouts,
  };
}
