/**
 * Printing: open every closed <details> (the "show your work" sections) so the printed report
 * shows the working, and close them again afterwards. Returns the function that restores them.
 */
export function openAllDetails(root: ParentNode): () => void {
  // The scenario strip's own menus are not printed: leave them as they are.
  const opened = [...root.querySelectorAll('details')].filter((d) => !d.open && !d.closest('.wsbar'));
  for (const d of opened) d.open = true;
  return () => {
    for (const d of opened) d.open = false;
  };
}
